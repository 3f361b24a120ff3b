"""Classes of wording the rules judge lacked on testf/testg once they were opened (judge18).

Each class is tested with wordings written here, not copied from any corpus, and with hard
negatives. Safety first: no wording that should reach a person may become a draft or a hold.
"""

from __future__ import annotations

import pytest

from tests.unit.test_judge_classes16 import DISPUTE, HOLD, PERSON, PLAN, check, judge


# --- 1. An unread email with a claim's shape: the person it goes to reads it as a dispute -----
@pytest.mark.parametrize("body", [
    # a payment told with its way, day or reference, in words no payment lexicon lists
    "Good morning. Settlement in full was remitted on 19/11/2026 against ref QX-5521.",
    "FYI the whole balance was discharged by SWIFT transfer on 21 November.",
    "Our treasury remitted the full sum last week, confirmation 88213.",
    # our invoice or work turned to with a fault's words, no dispute vocabulary
    "The survey fee is there because of your engineer's error on the first visit, not ours.",
    "Line 3 repeats the courier charge from line 1, so you've invoiced us for both.",
    "That line should have been removed, the extra coat was never applied.",
])
def test_an_unread_claim_by_its_shape_is_read_as_a_dispute(body: str) -> None:
    check(body, DISPUTE)


@pytest.mark.parametrize("body", [
    # the customer's own slip, a problem denied, a practice, a question: still a person's, but
    # nothing says the invoice is contested
    "Apologies, that last email went to the wrong department, please ignore it.",
    "No no, nothing is wrong with the invoice, the office manager is just away this week.",
    "Cheques from our head office are typically mailed on Thursdays.",
    "Has the card we put on file last week been charged yet for the new order?",
])
def test_what_has_no_claims_shape_stays_a_persons_without_a_dispute(body: str) -> None:
    assert judge(body) not in {DISPUTE, PLAN, HOLD}, body
    assert judge(body) == PERSON, body
