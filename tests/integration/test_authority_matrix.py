"""Who may do what: every act × every role and a stranger × amounts under, at and over each
limit, against the one table (core.domain.authority.RULES) and through the real paths.

EXPECTED is the product's rule written down a second time: an act added to the code without
its line here fails `test_rules_are_the_ones_the_product_states`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from core.adapters.clock import FixedClock
from core.adapters.templates import TemplateRenderer
from core.domain.authority import RULES, Act, Role
from core.domain.decision import Draft, Outcome, Route
from core.domain.policy import Policy
from core.domain.sync.staged import ChangeKind, StagedChange
from core.errors import NotAuthorizedError, UserFacingError
from core.models import AuditEntry, OAuthState, ProposedAction, SyncConflict
from core.services import audit, permissions
from core.services.approvals import Actor, ApprovalService
from core.services.case_actions import CardActionService, CardActor
from core.services.change_approvals import ChangeApprovalService
from core.services.collections import CollectionsService
from core.services.conflict_cards import ConflictCardService
from core.services.permissions import Attempt
from core.services.staging import StagingService, stage
from core.services.uow import UnitOfWork
from sandbox.slack.interactions import TEAM_ID, slash_command_body
from tests.harness import ADMIN, APPROVERS, CHANNEL, COLLECTOR, LEAD, NOW, STRANGER, running_loop
from tests.integration.test_bolt_rig import Rig, bolt_rig

EVERY = {Role.COLLECTOR, Role.FINANCE_LEAD, Role.ADMIN}
LEADS = {Role.FINANCE_LEAD, Role.ADMIN}
EXPECTED: dict[Act, tuple[set[Role], bool]] = {  # act: (roles allowed, limited by amount)
    Act.APPROVE: (EVERY, True),
    Act.EDIT: (EVERY, True),
    Act.REJECT: (EVERY, True),
    Act.CONNECT: (LEADS, False),
    Act.DISCONNECT: (LEADS, False),
    Act.RESOLVE_IN_DOUBT: (LEADS, True),
    Act.SHARE_REPORT: (EVERY, False),
    Act.SUBMIT_CHANGE: (EVERY, False),
    Act.APPROVE_CHANGE: (EVERY, True),
    Act.REJECT_CHANGE: (EVERY, True),
    Act.CHANGE_ACCOUNTS: (LEADS, False),
    Act.RESOLVE_CONFLICT: (EVERY, False),
    Act.RUN_SYNC: (EVERY, False),
    Act.RETRY_CHANGE: (EVERY, False),
    Act.SNOOZE: (EVERY, True),
    Act.ASSIGN: (EVERY, True),
    Act.RESOLVE_CASE: (EVERY, True),
    Act.DRAFT_ANYWAY: (LEADS, True),  # and the policy's draft_anyway_roles on top
}
PEOPLE = (COLLECTOR, LEAD, ADMIN, STRANGER)
CENT = Decimal("0.01")
AMOUNTS = sorted(
    {a for limit in APPROVERS.limits.values() for a in (limit - CENT, limit, limit + CENT)}
)


def allowed(act: Act, user: str, amount: Decimal) -> bool:
    """What the product states: a listed role the act allows, within its limit if limited."""
    role = APPROVERS.users.get(user)
    roles, limited = EXPECTED[act]
    return role in roles and (not limited or amount <= APPROVERS.limits[role])


def test_rules_are_the_ones_the_product_states() -> None:
    assert set(RULES) == set(Act) == set(EXPECTED)
    assert {a: (set(r.roles), r.amount_limited) for a, r in RULES.items()} == EXPECTED
    assert len(AMOUNTS) == 3 * len(APPROVERS.limits)


@pytest.mark.parametrize("act", list(Act))
def test_every_role_and_amount_against_the_table(act: Act) -> None:
    for user in PEOPLE:
        for amount in AMOUNTS:
            if allowed(act, user, amount):
                assert APPROVERS.permit(act, user, "T0", amount) is APPROVERS.users[user]
            else:
                with pytest.raises(NotAuthorizedError):
                    APPROVERS.permit(act, user, "T0", amount)


@pytest.mark.parametrize("act", list(Act))
def test_nobody_named_and_another_workspace_are_refused(act: Act) -> None:
    team_bound = type(APPROVERS)(APPROVERS.users, APPROVERS.limits, team_id="T0")
    with pytest.raises(NotAuthorizedError, match="who you are"):
        APPROVERS.permit(act, None, "T0", CENT)
    with pytest.raises(NotAuthorizedError, match="workspace"):
        team_bound.permit(act, ADMIN, "T_OTHER", CENT)


# -- the real paths ------------------------------------------------------------------------


def _last_audit(engine: Engine) -> AuditEntry:
    with Session(engine) as session:
        row = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert row is not None
    return row


def _audit_count(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(AuditEntry)).all())


@pytest.mark.parametrize("act", list(Act))
def test_the_permission_service_audits_every_refusal(engine: Engine, act: Act) -> None:
    """The check every Slack path makes (connect today; disconnect and resolve-in-doubt are
    terminal commands, where the operator is trusted, until a Slack path calls it too)."""
    uow, clock = UnitOfWork(engine), FixedClock(NOW)
    refusals = 0
    for user in PEOPLE:
        for amount in AMOUNTS:
            attempt = Attempt(act, user, "T0", subject=f"{act}:{amount}", amount=amount)
            if allowed(act, user, amount):
                assert permissions.check(uow, clock, APPROVERS, attempt) is APPROVERS.users[user]
                continue
            with pytest.raises(NotAuthorizedError):
                permissions.check(uow, clock, APPROVERS, attempt)
            refusals += 1
            row = _last_audit(engine)
            assert (row.kind, row.actor, row.subject) == (
                "authority.refused",
                user,
                f"{act}:{amount}",
            )
            assert row.data["attempted"] == act.value and row.data["amount"] == str(amount)
    with Session(engine) as session:
        assert audit.verify(session).checked == refusals


def _action(engine: Engine, amount: Decimal, n: int) -> ProposedAction:
    with Session(engine, expire_on_commit=False) as session:
        action = ProposedAction(
            realm_id="r1",
            invoice_qbo_id=str(n),
            case_key=f"case-{n}",
            route=Route.DRAFT_FOR_APPROVAL.value,
            outcome=Outcome.ROUTINE_REMINDER.value,
            balance=amount,
            home_amount=amount,
            doc_number=str(n),
            send_to="ap@example.com",
            draft_subject="Invoice reminder",
            draft_body="Please pay.",
            created_at=NOW,
        )
        session.add(action)
        session.commit()
    return action


@pytest.mark.parametrize("act", [Act.APPROVE, Act.EDIT, Act.REJECT])
def test_decisions_follow_the_table(engine: Engine, act: Act) -> None:
    service = ApprovalService(UnitOfWork(engine), FixedClock(NOW), APPROVERS)
    n = 0
    for user in PEOPLE:
        for amount in AMOUNTS:
            n += 1
            action = _action(engine, amount, n)
            assert action.id is not None

            def decide(
                action_id: int = action.id,
                version: int = action.version,
                actor: Actor = Actor(user, "T0"),
                facts: str = f"invoice {action.doc_number}, {amount:,.2f} due",
            ) -> None:
                if act is Act.REJECT:
                    service.reject(action_id, version, actor, "disputed")
                else:
                    # An edit that keeps the invoice's facts: only authority is tested here.
                    body = f"Edited: {facts}."
                    edited = Draft(subject="Edited", body=body) if act is Act.EDIT else None
                    service.approve(action_id, version, actor, edited)

            if allowed(act, user, amount):
                decide()
                assert _last_audit(engine).kind.startswith("approval.")
                assert _last_audit(engine).kind != "approval.refused"
            else:
                with pytest.raises(NotAuthorizedError):
                    decide()
                row = _last_audit(engine)
                assert (row.kind, row.actor) == ("approval.refused", user)
                assert row.data["attempted"] == act.value


def _escalation(engine: Engine, amount: Decimal, n: int) -> ProposedAction:
    """An over-threshold escalation (no invoice behind it: authority only is tested here)."""
    with Session(engine, expire_on_commit=False) as session:
        action = ProposedAction(
            realm_id="r1", invoice_qbo_id=f"e{n}", case_key=f"esc-{n}",
            route=Route.ESCALATE_TO_HUMAN.value, outcome=Outcome.HIGH_TOUCH_ESCALATION.value,
            hard_stop="over_risk_threshold", balance=amount, home_amount=amount,
            doc_number=str(n), send_to="ap@example.com", created_at=NOW,
        )
        session.add(action)
        session.commit()
    return action


@pytest.mark.parametrize("act", [Act.SNOOZE, Act.ASSIGN, Act.RESOLVE_CASE, Act.DRAFT_ANYWAY])
def test_card_life_acts_follow_the_table(engine: Engine, act: Act) -> None:
    uow, clock, policy = UnitOfWork(engine), FixedClock(NOW), Policy()
    collections = CollectionsService(uow, clock, policy, TemplateRenderer(), CHANNEL)
    service = CardActionService(uow, clock, APPROVERS, policy, collections)
    n = 0
    for user in PEOPLE:
        for amount in AMOUNTS:
            n += 1
            action = _escalation(engine, amount, n)
            assert action.id is not None
            actor = CardActor(user, "T0")

            def act_on(action_id: int = action.id, version: int = action.version,
                       actor: CardActor = actor) -> None:
                if act is Act.SNOOZE:
                    service.snooze(action_id, version, actor, NOW.date() + timedelta(days=3))
                elif act is Act.ASSIGN:
                    service.assign(action_id, version, actor, ADMIN)
                elif act is Act.RESOLVE_CASE:
                    service.resolve(action_id, version, actor, "Handled by phone.")
                else:
                    service.draft_anyway(action_id, version, actor)

            if allowed(act, user, amount):
                if act is Act.DRAFT_ANYWAY:  # authorised; no invoice here to draft from
                    with pytest.raises(UserFacingError, match="nothing left to collect"):
                        act_on()
                    continue
                act_on()
                assert _last_audit(engine).kind != "approval.refused"
            else:
                with pytest.raises(NotAuthorizedError):
                    act_on()
                row = _last_audit(engine)
                assert (row.kind, row.actor) == ("approval.refused", user)
                assert row.data["attempted"] == act.value


def _staged_batch(engine: Engine, amount: Decimal, kind: ChangeKind) -> int:
    fields: dict[str, Any] = (
        {"Name": f"Tolls {amount}", "AccountType": "Expense"}
        if kind is ChangeKind.ACCOUNT
        else {"PrivateNote": "fuel"}
    )
    with UnitOfWork(engine).session() as session:
        change = StagedChange(kind, None, fields, amount=amount)
        return stage(session, FixedClock(NOW), "r1", [(1, change)], "import:t.jsonl", "t").batch_id


@pytest.mark.parametrize("act", [Act.APPROVE_CHANGE, Act.REJECT_CHANGE, Act.CHANGE_ACCOUNTS])
def test_change_decisions_follow_the_table(engine: Engine, act: Act) -> None:
    """A staged change's card: approve or reject on its total; a chart-of-accounts change
    needs CHANGE_ACCOUNTS on top of approving it."""
    service = ChangeApprovalService(UnitOfWork(engine), FixedClock(NOW), APPROVERS)
    kind = ChangeKind.ACCOUNT if act is Act.CHANGE_ACCOUNTS else ChangeKind.EXPENSE
    for user in PEOPLE:
        for amount in AMOUNTS:
            batch_id = _staged_batch(engine, amount, kind)
            may = allowed(act, user, amount)
            if act is Act.CHANGE_ACCOUNTS:
                may = may and allowed(Act.APPROVE_CHANGE, user, amount)

            def decide(batch_id: int = batch_id, actor: Actor = Actor(user, "T0")) -> None:
                if act is Act.REJECT_CHANGE:
                    service.reject(batch_id, 1, actor, "wrong account")
                else:
                    service.approve(batch_id, 1, actor)

            if may:
                decide()
                assert _last_audit(engine).kind.startswith("change_batch.")
            else:
                with pytest.raises(NotAuthorizedError):
                    decide()
                row = _last_audit(engine)
                assert (row.kind, row.actor, row.subject) == (
                    "authority.refused", user, f"batch:{batch_id}",
                )  # fmt: skip


def _conflict(engine: Engine) -> int:
    """A resolved conflict on an invoice edit, as the policy leaves it."""
    with UnitOfWork(engine).session() as session:
        change = StagedChange(ChangeKind.INVOICE, "1", {"DueDate": "2026-12-15"}, "1",
                              {"DueDate": "2026-12-01"})  # fmt: skip
        staged = stage(session, FixedClock(NOW), "r1", [(1, change)], "U0SUBMITTER", "slack")
        row = SyncConflict(
            realm_id="r1", record_type="invoice", qbo_id="1", change_id=staged.change_ids[0],
            state="resolved", rule="quickbooks_wins", outcome="withdrawn", fields=[],
            change_state="awaiting_approval", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def test_conflict_card_acts_follow_the_table(engine: Engine) -> None:
    """Keep this result / Use the other side: anyone on the approvers list (an override that
    changes QuickBooks then goes to the change approval, tested above)."""
    uow = UnitOfWork(engine)
    clock = FixedClock(NOW)
    service = ConflictCardService(uow, clock, APPROVERS, StagingService(uow, clock))
    for user in PEOPLE:
        conflict_id = _conflict(engine)
        if allowed(Act.RESOLVE_CONFLICT, user, Decimal("0")):
            service.keep(conflict_id, 1, Actor(user, "T0"))
            assert _last_audit(engine).kind == "sync.conflict_kept"
        else:
            with pytest.raises(NotAuthorizedError):
                service.keep(conflict_id, 1, Actor(user, "T0"))
            row = _last_audit(engine)
            assert (row.kind, row.actor, row.subject) == (
                "authority.refused", user, f"conflict:{conflict_id}",
            )  # fmt: skip


# -- /qb connect through bolt, signed --------------------------------------------------------


@pytest.fixture
def rig(engine: Engine, database_url: str) -> Iterator[Rig]:
    with (
        running_loop(engine, database_url, connectable=True) as loop,
        bolt_rig(loop, "dispatch") as r,
    ):
        yield r


def _states(rig: Rig) -> list[OAuthState]:
    with rig.loop.services.uow.session() as session:
        return list(session.exec(select(OAuthState)).all())


@pytest.mark.parametrize("user", PEOPLE)
def test_qb_connect_mints_a_link_only_for_a_lead(rig: Rig, user: str) -> None:
    body = slash_command_body("/qb", "connect", user, CHANNEL, "http://127.0.0.1:9/r")
    answer = rig.send(body)
    assert answer.status == 200
    if allowed(Act.CONNECT, user, CENT):
        assert "Connect a QuickBooks company" in answer.body
        [state] = _states(rig)
        assert state.slack_user_id == user and state.state in answer.body
        return
    assert answer.body.startswith("You cannot connect a QuickBooks company: ")
    assert _states(rig) == []
    row = _last_audit(rig.loop.services.engine)
    assert (row.kind, row.actor, row.data["attempted"]) == ("authority.refused", user, "connect")
    assert row.data["team_id"] == TEAM_ID


def test_qb_connect_naming_nobody_mints_nothing(rig: Rig) -> None:
    signed = slash_command_body("/qb", "connect", ADMIN, CHANNEL, "http://127.0.0.1:9/r")
    fields = [(k, v) for k, v in parse_qsl(signed) if k not in ("user_id", "user_name")]
    before = _audit_count(rig.loop.services.engine)
    answer = rig.send(urlencode(fields))
    # Signed but naming nobody: refused before any listener (bot.envelope), and bad input
    # changes nothing — no link, and no audit row, since there is no one to name.
    assert answer.status == 400
    assert _states(rig) == []
    assert _audit_count(rig.loop.services.engine) == before
