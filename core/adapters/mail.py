"""Email over SMTP (smtplib), and a local aiosmtpd sink for the demo and tests."""

from __future__ import annotations

import smtplib
import socket
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from typing import Any

from aiosmtpd.controller import Controller

from core.errors import OutcomeUnknownError, RetryableError
from core.ports import OutgoingEmail


class SmtpMailer:
    """Sends plain-text email through an SMTP server; Message-ID comes from the outbox key."""

    def __init__(self, host: str, port: int, sender: str, timeout: float = 10.0) -> None:
        self.host, self.port, self.sender, self.timeout = host, port, sender, timeout

    def send(self, email: OutgoingEmail) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.sender, email.to, email.subject
        msg["Message-ID"] = email.message_id
        msg.set_content(email.body)
        try:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        except OSError as exc:
            # Nothing was sent: safe to try again.
            raise RetryableError(
                f"SMTP server {self.host}:{self.port} unavailable: {exc}", retry_after=30
            ) from exc
        try:
            with smtp:
                smtp.send_message(msg)
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:  # refused for now: nothing was accepted
                raise RetryableError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", 60) from exc
            raise
        except OSError as exc:  # SMTPServerDisconnected is an OSError too
            # The connection broke mid-conversation: the message may have been accepted.
            raise OutcomeUnknownError(f"SMTP connection lost while sending: {exc}") from exc


@dataclass
class _Handler:
    messages: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = BytesParser(policy=default_policy).parsebytes(envelope.content)
        with self.lock:
            self.messages.append(parsed)
        return "250 Message accepted for delivery"


class SmtpSink:
    """A real SMTP server on loopback that keeps every message it receives."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self._handler = _Handler()
        self._controller = Controller(self._handler, hostname=host, port=self.port)

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        with self._handler.lock:
            return list(self._handler.messages)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
