"""A real IMAP4rev1 server for the mailbox tests: Twisted's `twisted.mail.imap4` protocol over
an in-memory folder, on loopback, in one reactor thread shared by the test session.

    with ImapServer(user="ar@acme.test", password="pw") as server:
        server.append(raw_bytes)           # over the wire: a real client's APPEND
        ImapMailbox("127.0.0.1", ..., port=server.port, use_ssl=False).fetch_new(None, 0)

`renumber()` changes the folder's UIDVALIDITY (and UIDs), as a server rebuilding its index does.
"""

from __future__ import annotations

import imaplib
import io
import threading
from email.utils import format_datetime
from typing import Any, Self

from twisted.cred import checkers, portal
from twisted.internet import defer, protocol, reactor
from twisted.internet.threads import blockingCallFromThread
from twisted.mail import imap4
from zope.interface import implementer

_reactor: Any = reactor
_started = threading.Lock()
_thread: threading.Thread | None = None


def _ensure_reactor() -> None:
    """One reactor per process (Twisted cannot restart it): started once, left running."""
    global _thread
    with _started:
        if _thread is None:
            _thread = threading.Thread(
                target=_reactor.run, kwargs={"installSignalHandlers": False},
                name="imap-reactor", daemon=True,
            )
            _thread.start()


@implementer(imap4.IMessage, imap4.IMessageFile)
class _Message:
    def __init__(self, raw: bytes, uid: int, flags: list[str], date: str) -> None:
        self.raw, self.uid, self.flags, self.date = raw, uid, flags, date
        head, _, self.body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
        self.headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\n"):
            if line[:1] in (" ", "\t") and self.headers:
                key = list(self.headers)[-1]
                self.headers[key] += "\r\n" + line
            elif ":" in line:
                key, _, value = line.partition(":")
                self.headers[key.strip().lower()] = value.strip()

    def open(self) -> io.BytesIO:  # IMessageFile: BODY[] served byte for byte
        return io.BytesIO(self.raw)

    def getHeaders(self, negate: bool, *names: str) -> dict[str, str]:
        wanted = {n.lower() if isinstance(n, str) else n.decode().lower() for n in names}
        return {k: v for k, v in self.headers.items() if (k in wanted) != negate or not names}

    def getBodyFile(self) -> io.BytesIO:
        return io.BytesIO(self.body)

    def getSize(self) -> int:
        return len(self.raw)

    def getUID(self) -> int:
        return self.uid

    def getFlags(self) -> list[str]:
        return self.flags

    def getInternalDate(self) -> str:
        return self.date

    def isMultipart(self) -> bool:
        return False

    def getSubPart(self, part: int) -> Any:
        raise IndexError(part)


@implementer(imap4.IMailbox, imap4.IMailboxInfo)
class _Folder:
    def __init__(self, uidvalidity: int) -> None:
        self.uidvalidity, self.next_uid = uidvalidity, 1
        self.messages: list[_Message] = []
        self.listeners: list[Any] = []

    def getFlags(self) -> list[str]:
        return ["\\Seen", "\\Answered", "\\Deleted"]

    def getHierarchicalDelimiter(self) -> str:
        return "/"

    def getUIDValidity(self) -> int:
        return self.uidvalidity

    def getUIDNext(self) -> int:
        return self.next_uid

    def getUID(self, seq: int) -> int:
        return self.messages[seq - 1].uid

    def getMessageCount(self) -> int:
        return len(self.messages)

    def getRecentCount(self) -> int:
        return 0

    def getUnseenCount(self) -> int:
        return sum("\\Seen" not in m.flags for m in self.messages)

    def isWriteable(self) -> bool:
        return True

    def destroy(self) -> None:
        self.messages.clear()

    def requestStatus(self, names: list[str]) -> Any:
        return defer.succeed({"MESSAGES": len(self.messages), "UIDNEXT": self.next_uid,
                              "UIDVALIDITY": self.uidvalidity, "RECENT": 0,
                              "UNSEEN": self.getUnseenCount()})

    def addListener(self, listener: Any) -> None:
        self.listeners.append(listener)

    def removeListener(self, listener: Any) -> None:
        self.listeners.remove(listener)

    def addMessage(self, message: Any, flags: list[str], date: str | None = None) -> Any:
        raw = message.read() if hasattr(message, "read") else bytes(message)
        self.messages.append(_Message(raw, self.next_uid, list(flags), date or ""))
        self.next_uid += 1
        return defer.succeed(None)

    def expunge(self) -> list[int]:
        gone = [m.uid for m in self.messages if "\\Deleted" in m.flags]
        self.messages = [m for m in self.messages if "\\Deleted" not in m.flags]
        return gone

    def fetch(self, messages: imap4.MessageSet, uid: bool) -> Any:
        if not self.messages:
            return []
        if uid:
            messages.last = self.messages[-1].uid
            wanted = set(messages)
            return [(i, m) for i, m in enumerate(self.messages, 1) if m.uid in wanted]
        messages.last = len(self.messages)
        return [(i, self.messages[i - 1]) for i in messages if 0 < i <= len(self.messages)]

    def store(self, messages: Any, flags: Any, mode: int, uid: bool) -> dict[int, list[str]]:
        return {}


class _Account(imap4.MemoryAccount):  # type: ignore[misc]
    uidvalidity = 1000

    def _emptyMailbox(self, name: str, id: int) -> _Folder:
        return _Folder(self.uidvalidity)


@implementer(portal.IRealm)
class _Realm:
    def __init__(self, account: _Account) -> None:
        self.account = account

    def requestAvatar(self, avatar_id: bytes, mind: Any, *interfaces: Any) -> Any:
        return imap4.IAccount, self.account, lambda: None


class _Factory(protocol.Factory):
    def __init__(self, gate: portal.Portal) -> None:
        self.gate = gate

    def buildProtocol(self, addr: Any) -> imap4.IMAP4Server:
        server = imap4.IMAP4Server()
        server.portal = self.gate
        server.factory = self
        return server


class ImapServer:
    """One account with one folder (INBOX unless told), listening on 127.0.0.1."""

    def __init__(self, user: str = "ar@acme.test", password: str = "imap-secret",
                 folder: str = "INBOX") -> None:
        self.user, self.password, self.folder = user, password, folder
        self.account = _Account(user)
        self.account.create(folder)
        checker = checkers.InMemoryUsernamePasswordDatabaseDontUse(
            **{user: password.encode()})
        self._factory = _Factory(portal.Portal(_Realm(self.account), [checker]))
        self._port: Any = None
        self.port = 0

    def start(self) -> Self:
        _ensure_reactor()
        self._port = blockingCallFromThread(
            _reactor, _reactor.listenTCP, 0, self._factory, interface="127.0.0.1")
        self.port = self._port.getHost().port
        return self

    def stop(self) -> None:
        if self._port is not None:
            blockingCallFromThread(_reactor, self._port.stopListening)
            self._port = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def append(self, raw: bytes, folder: str | None = None) -> None:
        """APPEND one message over IMAP, as a mail client or delivery agent would."""
        conn = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        try:
            conn.login(self.user, self.password)
            typ, data = conn.append(f'"{folder or self.folder}"', "()", None, raw)
            assert typ == "OK", data
        finally:
            conn.logout()

    def renumber(self, uidvalidity: int) -> None:
        """A new UIDVALIDITY and UIDs from 1 again, for every message still in the folder."""
        def work() -> None:
            box = self.account.mailboxes[self.folder.upper()]
            box.uidvalidity = uidvalidity
            for i, m in enumerate(box.messages, 1):
                m.uid = i
            box.next_uid = len(box.messages) + 1
        blockingCallFromThread(_reactor, work)


def message(
    sender: str, to: str, subject: str, body: str, *, message_id: str,
    date: Any = None, in_reply_to: str | None = None, references: str | None = None,
    html: str | None = None,
) -> bytes:
    """An RFC 5322 message as a mail client writes it (text/plain, or alternative with HTML)."""
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = message_id
    if date is not None:
        msg["Date"] = format_datetime(date)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=SMTP)
