"""Which Slack channel one company's cards go to: the one `/qb connect` was run in.

A company with no link uses the default channel (QBOT_SLACK_CHANNEL). Linking is done when the
QuickBooks connect started in that channel completes, so it carries the connect's own
authorization (admin or finance lead) and is audited with it.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlmodel import Session, select

from core.models import QboConnection, SlackChannelLink
from core.services import audit

# Channels a company can be linked to: public (C…) and private (G…), never a DM (D…).
_LINKABLE = re.compile(r"^[CG][A-Z0-9]{2,31}$")


def linkable(channel_id: str | None) -> bool:
    """Whether cards can be sent to this channel id (a DM is not a team's channel)."""
    return bool(channel_id and _LINKABLE.match(channel_id))


def link(
    session: Session,
    now: datetime,
    realm_id: str,
    channel_id: str,
    team_id: str | None,
    linked_by: str,
) -> None:
    """Send `realm_id`'s cards to `channel_id` from now on (replacing an earlier link)."""
    row = session.exec(
        select(SlackChannelLink).where(SlackChannelLink.realm_id == realm_id)
    ).first() or SlackChannelLink(realm_id=realm_id, channel_id=channel_id, linked_by=linked_by,
                                  linked_at=now)  # fmt: skip
    before = row.channel_id if row.id is not None else None
    row.channel_id, row.team_id, row.linked_by, row.linked_at = channel_id, team_id, linked_by, now
    session.add(row)
    audit.append(
        session,
        at=now,
        kind="slack.channel_linked",
        actor=linked_by,
        subject=f"realm {realm_id}",
        realm_id=realm_id,
        data={"channel": channel_id, "team_id": team_id, "before": before},
    )


def channel_for(session: Session, realm_id: str, default: str) -> str:
    """The channel `realm_id`'s cards go to: its link, else `default`."""
    found = session.exec(
        select(SlackChannelLink.channel_id).where(SlackChannelLink.realm_id == realm_id)
    ).first()
    return found or default


def team_of(session: Session, realm_id: str | None, channel: str) -> str | None:
    """The workspace a company's (or a channel's) messages go to: the channel link's, else
    the workspace the company was connected from; None when neither names one."""
    if realm_id is not None:
        linked = session.exec(
            select(SlackChannelLink.team_id).where(SlackChannelLink.realm_id == realm_id)
        ).first()
        connected = session.exec(
            select(QboConnection.slack_team_id).where(QboConnection.realm_id == realm_id)
        ).first()
        return linked or connected
    return session.exec(
        select(SlackChannelLink.team_id).where(SlackChannelLink.channel_id == channel)
    ).first()
