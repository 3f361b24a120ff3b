"""A local SMTP sink (aiosmtpd on loopback) keeping every message: demo, tests, `qbot sandbox smtp`.

Real SMTP over a real socket, so the mailer under test is exactly the production one. Each
message is kept in memory, optionally written to a directory as `NNNN.eml`, and handed to an
`on_message` callback (the CLI prints one line per message).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class _Handler:
    maildir: Path | None = None
    on_message: Callable[[EmailMessage, Path | None], None] | None = None
    messages: list[EmailMessage] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = BytesParser(policy=default_policy).parsebytes(envelope.content)
        with self.lock:
            self.messages.append(parsed)
            saved = None
            if self.maildir is not None:
                saved = self.maildir / f"{len(self.messages):04d}.eml"
                saved.write_bytes(envelope.content)
        if self.on_message is not None:
            self.on_message(parsed, saved)
        return "250 Message accepted for delivery"


class SmtpSink:
    """A real SMTP server on loopback that keeps every message it receives."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        maildir: Path | None = None,
        on_message: Callable[[EmailMessage, Path | None], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self._handler = _Handler(maildir, on_message)
        self._controller = Controller(self._handler, hostname=host, port=self.port)
        self._stopped, self.running = False, False

    def start(self) -> SmtpSink:
        """Listen (again, after `stop`: same port, same messages); OSError if the port is taken."""
        if self._stopped:  # an aiosmtpd Controller cannot be started twice
            self._controller = Controller(self._handler, hostname=self.host, port=self.port)
        self._controller.start()
        self._stopped, self.running = False, True
        return self

    def stop(self) -> None:
        """Stop listening: a client is then refused, as by an SMTP server that is down."""
        self._controller.stop()
        self._stopped, self.running = True, False

    @property
    def messages(self) -> list[EmailMessage]:
        with self._handler.lock:
            return list(self._handler.messages)


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
