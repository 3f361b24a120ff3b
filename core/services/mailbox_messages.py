"""One message from the AR mailbox, read the way a person reads it: MIME decoded, the newest
words only (quoted history and signature cut), addresses and thread ids parsed.

The email package with `policy.default` decodes headers (RFC 2047) and bodies (base64,
quoted-printable, charsets); text/plain is preferred, HTML is turned into text with
BeautifulSoup. mail-parser-reply cuts the quoted history ("On … wrote:", "> " lines, Outlook's
"From: … Sent: …" block) and the signature in several languages: those shapes are many and
a library that collects them beats our own list of regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from bs4 import BeautifulSoup
from mailparser_reply import EmailReplyParser

_MSGID = re.compile(r"<[^<>\s]+>")
BODY_LIMIT = 20_000  # characters kept of one message's newest words
_BLOCKS = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol", "pre"]
LANGUAGES = ["en", "de", "fr", "es", "it", "nl"]


@dataclass(frozen=True)
class MailboxMessage:
    """What the mailbox service stores and matches on."""

    message_id: str
    sender: str  # the bare address, lower case
    recipients: tuple[str, ...]  # To and Cc, bare and lower case
    sent_at: datetime
    subject: str
    body: str  # the newest words of the message, no quoted history, no signature
    in_reply_to: tuple[str, ...]  # In-Reply-To and References, Message-IDs in order
    thread_id: str  # the first message of the thread (References' first), or its own id


def parse(raw: bytes, received_at: datetime) -> MailboxMessage:
    """Decode one RFC 5322 message; `received_at` dates one that has no readable Date."""
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)  # policy.default builds EmailMessage
    own_id = _ids(msg.get("Message-ID", ""))
    references = _ids(msg.get("References", ""))
    replied = _ids(msg.get("In-Reply-To", ""))
    earlier = tuple(dict.fromkeys(references + replied))
    message_id = own_id[0] if own_id else _synthetic_id(msg, raw)
    return MailboxMessage(
        message_id=message_id,
        sender=_addresses(msg.get_all("From", []))[:1][0] if msg.get("From") else "",
        recipients=tuple(_addresses(msg.get_all("To", []) + msg.get_all("Cc", []))),
        sent_at=_date(msg.get("Date"), received_at),
        subject=" ".join(str(msg.get("Subject", "")).split()),
        body=newest_words(text_of(msg))[:BODY_LIMIT],
        in_reply_to=earlier,
        thread_id=(references or replied or (message_id,))[0],
    )


def text_of(msg: EmailMessage) -> str:
    """The message's text: its text/plain part, else its HTML part as text, else ''."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or lying charset: read what we can
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, a line per block; quoted replies (<blockquote>, Gmail's
    and Outlook's quote containers) are history, not the customer's new words, and go."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "head", "blockquote"]):
        hidden.decompose()
    for quote in soup.select(".gmail_quote, #divRplyFwdMsg, #appendonsend"):
        quote.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def newest_words(text: str) -> str:
    """The reply's own words: quoted history and signature removed."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        return ""
    parsed = EmailReplyParser(languages=LANGUAGES).read(text=text)
    if parsed.replies:
        newest = parsed.replies[0]
        words = (newest.body or newest.content or "").strip()
        if words:
            return words
    return text


def _ids(header: object) -> tuple[str, ...]:
    return tuple(_MSGID.findall(str(header or "")))


def _addresses(values: list[object]) -> list[str]:
    return [a.strip().lower() for _n, a in getaddresses([str(v) for v in values]) if "@" in a]


def _date(value: object, fallback: datetime) -> datetime:
    try:
        when = parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        when = None
    if when is None:
        return fallback.astimezone(UTC)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _synthetic_id(msg: EmailMessage, raw: bytes) -> str:
    """A stable id for a message sent without Message-ID (rare; some scanners and forms)."""
    import hashlib

    return f"<sha256.{hashlib.sha256(raw).hexdigest()[:32]}@qbot.no-message-id>"
