"""Email over SMTP (smtplib), the mailer the outbox sends through; the sink is sandbox/smtp.py."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from core.errors import OutcomeUnknownError, RetryableError
from core.ports import OutgoingEmail


class SmtpMailer:
    """Sends plain-text email through an SMTP server; Message-ID comes from the outbox key."""

    def __init__(self, host: str, port: int, sender: str, timeout: float = 10.0) -> None:
        self.host, self.port, self.sender, self.timeout = host, port, sender, timeout

    def check(self, timeout: float = 3.0) -> str:
        """Connect and say EHLO without sending anything; return what the server calls itself.

        Raises OSError (refused, unreachable, timed out) or SMTPException (a bad greeting).
        """
        with smtplib.SMTP(self.host, self.port, timeout=timeout) as smtp:
            code, answer = smtp.ehlo()
            if code != 250:
                raise smtplib.SMTPResponseException(code, answer)
            return answer.decode("utf-8", "replace").splitlines()[0]

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
