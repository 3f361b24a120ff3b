"""The decision log in words, from audit facts: only steps a person needs, in time order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.cards.decision_log import LOG_CHARS, decision_log_text
from core.domain.decision_log import AuditFact, LogLine, log_lines

T0 = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_log_lines_words_order_and_who() -> None:
    facts = [
        AuditFact(T0 + timedelta(minutes=2), "email.sent", "qbot", {"to": "ap@example.com"}),
        AuditFact(T0, "case.proposed", "qbot", {"decision": {}}),
        AuditFact(T0 + timedelta(minutes=1), "approval.refused", "U0STRANGER", {}),
        AuditFact(T0 + timedelta(minutes=1), "approval.edited", "U0MARIA01", {}),
        AuditFact(
            T0 + timedelta(minutes=3),
            "qbo.write",
            "qbot",
            {"private_note_line": "2026-11-20 reminder sent", "collections_status": "Reminder 7"},
        ),
    ]
    assert log_lines(facts) == [
        LogLine(T0, None, "Card posted for a decision"),
        LogLine(T0 + timedelta(minutes=1), "U0MARIA01", "Edited and approved"),
        LogLine(T0 + timedelta(minutes=2), None, "Reminder emailed to ap@example.com"),
        LogLine(
            T0 + timedelta(minutes=3),
            None,
            'Written back to QuickBooks: note "2026-11-20 reminder sent", '
            'Collections Status "Reminder 7"',
        ),
    ]


def test_log_text_mentions_people_escapes_text_and_stays_one_message() -> None:
    lines = [
        LogLine(T0, "U0MARIA01", "Rejected: Other: <!channel> & friends"),
        LogLine(T0, "not an id", "Approved as drafted"),
    ]
    text = decision_log_text(lines)
    assert "<@U0MARIA01>" in text and "&lt;!channel&gt; &amp; friends" in text
    assert "<!channel>" not in text and "<@not an id>" not in text
    many = decision_log_text([LogLine(T0, None, "x" * 500)] * 40)
    assert len(many) <= LOG_CHARS + 100 and many.endswith("more steps in the audit log")
    assert decision_log_text([]).endswith("No decision recorded yet.")
