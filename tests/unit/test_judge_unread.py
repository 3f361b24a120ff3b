"""The accounting rule: a customer draft only when every piece of every fresh customer message
is accounted for (a known act, a known harmless act, or mail furniture).

The wordings below were written for this probe from the rule alone, before looking at which of
them the judge reads: another language, a cut-off sentence, an attachment nobody explains, a
question that might matter, bare punctuation, an unknown request, a vague line. Each leaves the
message unread: no draft, a person reads it (escalate_to_human, high_touch_escalation, a reason
naming the message). The negative controls are clearly harmless and still get the reminder.
"""

from __future__ import annotations

import pytest

from core.domain.case import CaseBundle
from core.domain.decision import Outcome, Route
from core.domain.policy import Policy
from core.domain.triage import decide
from tests.unit.test_judge_support import US, email, make_case, note

UNREAD = {
    # another language
    "french": "Bonjour, nous avons une question concernant cette facture. Merci",
    "spanish": "Hola, la factura no coincide con el pedido. Saludos",
    "german": "Guten Tag, bitte rufen Sie mich wegen der Rechnung an.",
    "portuguese": "Olá, ainda estamos aguardando a nota corrigida.",
    "italian": "Buongiorno, il pagamento è bloccato dal nostro ufficio.",
    "dutch": "Kunt u mij even bellen over deze factuur?",
    "spanish short": "Gracias. Esto no es correcto.",
    "french one word": "Pourquoi?",
    "german capitalised nouns": "Rechnung Falsch",
    # cut off mid-sentence
    "cut after the": "Hi, about this invoice, we noticed that the",
    "cut after because": "Thanks for the reminder. We can't process this yet because",
    "cut after but": "Received, but",
    "cut after regarding": "Hello, just writing regarding the",
    "cut mid word": "The amount on this one looks diffe",
    "cut after dash": "Quick note on 2001 -",
    # an attachment nobody explains
    "bare attached": "Please see attached.",
    "find attached": "Please find attached",
    "attached pdf": "Attached: scan_0043.pdf",
    "see the attachment": "See the attachment for our position.",
    "image only": "[image: photo.jpg]",
    "enclosed letter": "Enclosed is a letter from our director.",
    # a question that might matter
    "which job": "Is this the one for the Elm Street job?",
    "includes visit": "Does this include the second site visit?",
    "who approved": "Who approved this?",
    "why twice": "Why did we get two of these?",
    "what for": "What is this charge for?",
    "po number": "Which PO does this relate to?",
    "signed off": "Was this signed off by Dave?",
    "bare question about amount": "Is that the final amount?",
    # bare punctuation
    "double question": "??",
    "question and bang": "?!",
    "ellipsis": "...",
    "ok then question": "Ok ??",
    # an unknown request
    "call me": "Please call me about this.",
    "speak to owner": "I'd like to speak to the owner before anything else.",
    "meeting": "Can we set up a meeting next week to go over it?",
    "breakdown": "Can you send a breakdown of the hours?",
    "hold please": "Please don't send anything more until we talk.",
    "different contact": "Please deal with our head office from now on.",
    "change terms": "We'd like to move to 60 day terms.",
    # vague
    "not sure": "Not sure about this one.",
    "hmm": "Hmm.",
    "interesting": "Interesting.",
    "we need to talk": "We need to talk.",
    "see you tuesday": "Will discuss with you Tuesday.",
    "thanks but": "Thanks, but this isn't what we agreed.",
    "noted but": "Noted. There's something I need to raise though.",
    "talk to jim": "Jim will be in touch about this.",
    "please advise": "Please advise.",
    "kindly revert": "Kindly revert on the below.",
    "who is this": "Hello, sorry, who is this from?",
    "bare hello": "Hello?",
    "thanks then a question": "Thanks. Is this for the October visit?",
    "thanks then german": "Hi Dana, thanks. Danke für die Rechnung, wir prüfen sie.",
    "comments attached": "Thanks, see my comments in the attached.",
    "status of credit": "Hi, re your email - what's the status on our credit?",
    # nothing of their own: a greeting and a closing, a bare name, an empty reply
    "greeting and closing only": "Hi Dana,\n\nRegards,\nMaria",
    "empty": "",
    "phone signature only": "Sent from my iPhone",
    "empty reply over our reminder": "\n\nOn Mon, Nov 16, 2026 ar@greenleaf.example wrote:\n"
                                     "> Hi, a friendly reminder about invoice 2001.",
}

# Clearly harmless: thanks, an acknowledgement, a copy requested, an address change, an
# out-of-office, a greeting and a sign-off around nothing.
HARMLESS = {
    "thanks received": "Thanks, received.",
    "got it": "Got it, thanks!",
    "noted": "Noted with thanks.",
    "thanks for reminder": "Thanks for the reminder.",
    "resend copy": "Hi, could you resend a copy of the invoice please? Thanks, Maria",
    "new email": "Hi, our new email address is payables@acme.example. Regards",
    "out of office": "I am out of the office until Monday with limited access to email.",
    "greeting sign-off": "Hi Dana,\n\nThank you.\n\nKind regards,\nMaria Okafor\nAP Manager",
    "look into it": "Thanks, we'll look into it and get back to you.",
    "forwarded to ap": "I've forwarded this to our accounts payable team.",
    "acknowledged": "Acknowledged.",
    "w9": "We just need a W-9 on file. Thanks",
    "check with a colleague": "Thanks, I'll check with Tom.",
    "resend question": "Could you resend a copy?",
    "thanks in two languages": "Thanks, received. Obrigado.",
    "thumbs up": "\U0001F44D",
    "po on future invoices": "Please quote our PO number on future invoices. Thanks",
}

# Two wordings the lexicons read as a contest (payment made to wait on a fix, an amount
# queried): also a person, with a dispute's reason rather than the unread one.
READ_AS_CONTEST = {"cut after because", "breakdown"}

REMINDED = [{"date": "2026-11-13", "stage": 1}]  # stage 7 is still due on 2026-11-20


def _judge(raw: dict[str, object]) -> tuple[Route, Outcome, tuple[str, ...]]:
    j = decide(CaseBundle(raw), Policy())
    return j.route, j.outcome, j.reasons


@pytest.mark.parametrize("kind", sorted(UNREAD))
def test_a_message_the_judge_cannot_account_for_goes_to_a_person(kind: str) -> None:
    route, outcome, reasons = _judge(make_case(emails=[email(UNREAD[kind])]))
    assert route is Route.ESCALATE_TO_HUMAN, reasons
    if kind in READ_AS_CONTEST:  # a person reads it as a contest; the unread rule is not needed
        assert outcome is Outcome.LIKELY_DISPUTE, reasons
        return
    assert outcome is Outcome.HIGH_TOUCH_ESCALATION, reasons
    assert any("the customer wrote on 2026-11-18: read it before anything is sent" in r
               for r in reasons), reasons


@pytest.mark.parametrize("kind", sorted(UNREAD))
def test_an_unread_message_since_the_last_reminder_goes_to_a_person(kind: str) -> None:
    raw = make_case(emails=[email(UNREAD[kind], date="2026-11-16T09:00:00-08:00")],
                    reminders_sent=REMINDED)
    route, _, reasons = _judge(raw)
    assert route is Route.ESCALATE_TO_HUMAN, reasons


@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_a_clearly_harmless_message_still_allows_the_reminder(kind: str) -> None:
    route, outcome, reasons = _judge(make_case(emails=[email(HARMLESS[kind])]))
    assert (route, outcome) == (Route.DRAFT_FOR_APPROVAL, Outcome.ROUTINE_REMINDER), reasons


def test_an_unread_message_older_than_the_window_does_not_count() -> None:
    # No reminder sent: only the last 14 days count; 2026-11-01 is 19 days before as_of.
    raw = make_case(emails=[email(UNREAD["which job"], date="2026-11-01T09:00:00-08:00")])
    assert _judge(raw)[0] is Route.DRAFT_FOR_APPROVAL


def test_an_unread_message_before_the_last_reminder_does_not_count() -> None:
    raw = make_case(emails=[email(UNREAD["german"], date="2026-11-10T09:00:00-08:00")],
                    reminders_sent=REMINDED)
    assert _judge(raw)[0] is Route.DRAFT_FOR_APPROVAL


def test_our_own_collectors_words_are_not_the_customers() -> None:
    ours = email("Hola, la factura está pendiente. ¿Puede confirmar?", sender=US,
                 to="ap@acme.example")
    assert _judge(make_case(emails=[ours]))[0] is Route.DRAFT_FOR_APPROVAL


def test_a_note_in_our_own_words_is_no_unread_message() -> None:
    raw = make_case(crm_notes=[note("Called, left a voicemail. ??")])
    assert _judge(raw)[0] is Route.DRAFT_FOR_APPROVAL


PLAN = "We can't pay it all at once, could we split it into three monthly payments?"

# Beside a plan request the customer's story is context; these pieces, a paragraph of their
# own under the request, are not a story.
BESIDE_A_PLAN = {
    "another language": "Nous avons aussi une question sur la facture.",
    "a question about the work": "Does this include the second site visit?",
    "a question about the job": "Is this the one for the Elm Street job?",
    "an attachment": "Please see attached.",
    "bare question marks": "??",
    "cut off": "Also, regarding the",
}


@pytest.mark.parametrize("kind", sorted(BESIDE_A_PLAN))
def test_an_unread_piece_beside_a_plan_request_gets_no_plan_draft(kind: str) -> None:
    body = f"{PLAN}\n\n{BESIDE_A_PLAN[kind]}"
    route, outcome, reasons = _judge(make_case(emails=[email(body)]))
    assert (route, outcome) == (Route.ESCALATE_TO_HUMAN, Outcome.HIGH_TOUCH_ESCALATION), reasons


@pytest.mark.parametrize(
    "extra",
    [
        "Could the first one wait until the 5th?",  # a question about the paying itself
        "Business has been slow since the summer.",  # their own story
        "Mit freundlichen Grüßen\nAnna Weber",  # a sign-off in another language is furniture
    ],
)
def test_a_plan_request_with_its_own_words_still_gets_a_plan_draft(extra: str) -> None:
    route, outcome, reasons = _judge(make_case(emails=[email(f"{PLAN} {extra}")]))
    assert (route, outcome) == (Route.DRAFT_FOR_APPROVAL, Outcome.PAYMENT_PLAN_CANDIDATE), reasons


def test_the_unread_message_is_quoted_on_the_card() -> None:
    reasons = _judge(make_case(emails=[email(UNREAD["spanish"])]))[2]
    assert any("'Hola, la factura no coincide con el pedido. Saludos'" in r for r in reasons), (
        reasons)


def test_an_email_with_no_words_of_its_own_shows_its_subject() -> None:
    reasons = _judge(make_case(emails=[email("", subject="Question about invoice 2001")]))[2]
    assert any("(no text of its own; subject: Question about invoice 2001)" in r
               for r in reasons), reasons


PROMISE = "We'll pay it on the 30th."


@pytest.mark.parametrize("question", ["Who is our account manager now?",
                                      "Could you add the missing hours to future invoices?"])
def test_a_question_beside_a_dated_promise_goes_to_a_person(question: str) -> None:
    # A hold sends nothing, but nobody would read the question: a person does.
    route, _, reasons = _judge(make_case(emails=[email(f"{PROMISE}\n\n{question}")]))
    assert route is Route.ESCALATE_TO_HUMAN, reasons


def test_a_request_about_future_invoices_beside_a_promise_still_holds() -> None:
    body = f"{PROMISE}\n\nP.S. Could you add our new PO format (AC-xxxx) to future invoices?"
    assert _judge(make_case(emails=[email(body)]))[0] is Route.NONE


@pytest.mark.parametrize("line", ["Wir zahlen am Freitag.", "Le montant est différent.",
                                  "Obrigado pela compreensão, mas o valor está errado."])
def test_a_line_in_another_language_beside_a_promise_goes_to_a_person(line: str) -> None:
    route, _, reasons = _judge(make_case(emails=[email(f"{PROMISE}\n\n{line}")]))
    assert route is Route.ESCALATE_TO_HUMAN, reasons
