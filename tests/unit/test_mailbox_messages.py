"""Reading one AR-mailbox message as a person does: MIME decoded, newest words only."""

from __future__ import annotations

from datetime import UTC, datetime

from core.services.mailbox_messages import html_to_text, newest_words, parse

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def test_encoded_headers_base64_and_a_latin1_body_are_decoded() -> None:
    raw = (
        b"From: =?utf-8?q?Ren=C3=A9e_M=C3=BCller?= <Renee@Bauhaus.test>\r\n"
        b"To: AR <ar@us.test>, Ops <ops@us.test>\r\nCc: boss@bauhaus.test\r\n"
        b"Subject: =?windows-1252?q?Rechnung_1037_=96_Reklamation?=\r\n"
        b"Date: Thu, 19 Nov 2026 09:30:00 +0100\r\n"
        b"Message-ID: <m-1@bauhaus.test>\r\n"
        b"In-Reply-To: <action.12.send.1@qbot>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").encodebytes("Die Ware war beschädigt.\n".encode("latin-1"))
    )
    msg = parse(raw, NOW)
    assert msg.sender == "renee@bauhaus.test"
    assert msg.recipients == ("ar@us.test", "ops@us.test", "boss@bauhaus.test")
    assert msg.subject == "Rechnung 1037 \u2013 Reklamation"
    assert msg.body == "Die Ware war beschädigt."
    assert msg.sent_at == datetime(2026, 11, 19, 8, 30, tzinfo=UTC)
    assert msg.in_reply_to == ("<action.12.send.1@qbot>",)
    assert msg.thread_id == "<action.12.send.1@qbot>"


def test_a_message_without_message_id_or_date_gets_stable_ones() -> None:
    raw = b"From: a@b.test\r\nSubject: hi\r\n\r\nHello\r\n"
    first, again = parse(raw, NOW), parse(raw, NOW)
    assert first.message_id == again.message_id and first.message_id.startswith("<sha256.")
    assert first.sent_at == NOW and first.thread_id == first.message_id


def test_outlook_style_history_and_signatures_are_cut() -> None:
    text = ("Payment goes out Friday.\n\nBest regards\nTom\n\n"
            "From: AR <ar@us.test>\nSent: Monday, November 16, 2026 9:00 AM\n"
            "To: Tom <tom@acme.test>\nSubject: Invoice 1037\n\nPlease pay invoice 1037.\n")
    assert newest_words(text) == "Payment goes out Friday."


def test_html_blocks_become_lines_and_quotes_go() -> None:
    html = ("<div>We will pay <b>half</b> now</div><div>and half in January.</div>"
            "<div class='gmail_quote'>On Mon … wrote:<blockquote>pay now</blockquote></div>")
    assert html_to_text(html) == "We will pay half now\nand half in January."
