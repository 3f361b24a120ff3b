"""The AR mailbox over IMAP (stdlib imaplib), read only: UID SEARCH and UID FETCH BODY.PEEK[].

imaplib rather than a client library: we need four commands (LOGIN, EXAMINE, UID SEARCH,
UID FETCH), which imaplib speaks with TLS and literals handled, and no new dependency in the
product. EXAMINE opens the folder read-only and BODY.PEEK[] leaves \\Seen alone, so the team's
own mail client sees the messages as it left them.
"""

from __future__ import annotations

import imaplib
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from core.errors import RetryableError
from core.ports import MailboxFetch

_UID = re.compile(rb"UID (\d+)")
FETCH_CHUNK = 50  # UIDs per UID FETCH: bounded responses on a large first read


class ImapError(Exception):
    """The server refused us (login, folder): a person must fix the settings."""


class ImapMailbox:
    """One folder of one account; each call opens its own connection and logs out."""

    def __init__(
        self,
        host: str,
        user: str,
        password: str,
        folder: str = "INBOX",
        port: int | None = None,
        use_ssl: bool = True,
        timeout: float = 30.0,
    ) -> None:
        self.host, self.user, self.folder = host, user, folder
        self.port = port or (993 if use_ssl else 143)
        self.use_ssl, self.timeout = use_ssl, timeout
        self._password = password  # kept out of repr and every message we raise

    def __repr__(self) -> str:
        return f"ImapMailbox({self.name!r})"

    @property
    def name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"

    @contextmanager
    def _folder(self) -> Iterator[tuple[imaplib.IMAP4, int, int]]:
        """Logged in with the folder open read-only: (connection, UIDVALIDITY, message count)."""
        try:
            conn: imaplib.IMAP4 = (
                imaplib.IMAP4_SSL(self.host, self.port, ssl_context=ssl.create_default_context(),
                                  timeout=self.timeout)
                if self.use_ssl
                else imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
            )
        except OSError as exc:
            raise RetryableError(f"IMAP server {self.host}:{self.port} unreachable: {exc}",
                                 retry_after=60) from exc
        try:
            try:
                conn.login(self.user, self._password)
            except imaplib.IMAP4.error as exc:
                raise ImapError(f"IMAP login as {self.user} refused: {_said(exc)}") from None
            typ, data = conn.select(_quoted(self.folder), readonly=True)
            if typ != "OK":
                raise ImapError(f"IMAP folder {self.folder!r} cannot be opened: {_said(data)}")
            count = int(data[0] or 0) if data and data[0] else 0
            # imaplib files the `OK [UIDVALIDITY n]` response code under its name.
            _typ, codes = conn.response("UIDVALIDITY")
            uidvalidity = int(codes[0]) if codes and codes[0] else 0
            yield conn, uidvalidity, count
        except (OSError, imaplib.IMAP4.abort) as exc:
            raise RetryableError(f"IMAP connection to {self.host} lost: {exc}",
                                 retry_after=60) from exc
        finally:
            with suppress(OSError, imaplib.IMAP4.error):  # the connection is gone either way
                conn.logout()

    def probe(self) -> int:
        with self._folder() as (_conn, _validity, count):
            return count

    def fetch_new(self, uidvalidity: int | None, after_uid: int) -> MailboxFetch:
        with self._folder() as (conn, validity, _count):
            start = after_uid if validity == uidvalidity else 0
            typ, data = conn.uid("SEARCH", f"UID {start + 1}:*")
            if typ != "OK":
                raise ImapError(f"IMAP UID SEARCH failed: {_said(data)}")
            # `N:*` always names the highest UID, even one below N: keep only the new ones.
            uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > start)
            messages: list[tuple[int, bytes]] = []
            for i in range(0, len(uids), FETCH_CHUNK):
                chunk = ",".join(str(u) for u in uids[i : i + FETCH_CHUNK])
                typ, parts = conn.uid("FETCH", chunk, "(UID BODY.PEEK[])")
                if typ != "OK":
                    raise ImapError(f"IMAP UID FETCH failed: {_said(parts)}")
                for part in parts:
                    if isinstance(part, tuple) and (m := _UID.search(part[0])):
                        messages.append((int(m.group(1)), part[1]))
            messages.sort(key=lambda m: m[0])
            return MailboxFetch(validity, messages)


def _quoted(folder: str) -> str:
    """A folder name as an IMAP quoted string (names with spaces: "AR Replies")."""
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _said(answer: object) -> str:
    """The server's words, one line (never our credentials: the server does not echo them)."""
    if isinstance(answer, BaseException) and answer.args:
        answer = answer.args[0]
    if isinstance(answer, list):
        answer = b" ".join(a for a in answer if isinstance(a, bytes))
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", "replace")
    return str(answer).strip()[:200]
