"""Approvals and the outbox against the simulators: once-only effects, authority, re-reads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from core.domain.approval import ApprovalState
from core.domain.decision import Draft, Outcome, Route
from core.errors import InvalidTransitionError, NotAuthorizedError, UserFacingError
from core.jobs import handlers as job_handlers
from core.models import AuditEntry, OutboxEffect, ProposedAction
from core.services import doubts
from core.services.approvals import Actor
from core.worker import Worker
from tests.harness import COLLECTOR, LEAD, STRANGER, TODAY, Loop, pay_in_full, scanned_loop


@pytest.fixture
def loop(engine: Engine, database_url: str) -> Iterator[Loop]:
    with scanned_loop(engine, database_url) as running:
        yield running


def _first(loop: Loop, outcome: Outcome) -> ProposedAction:
    with loop.services.uow.session() as session:
        action = session.exec(
            select(ProposedAction)
            .where(ProposedAction.outcome == outcome.value, ProposedAction.state == "proposed")
            .order_by(ProposedAction.id)
        ).first()  # type: ignore[arg-type]
    assert action is not None and action.id is not None
    return action


def _effects(loop: Loop, action_id: int) -> list[OutboxEffect]:
    with loop.services.uow.session() as session:
        return list(
            session.exec(
                select(OutboxEffect)
                .where(OutboxEffect.action_id == action_id)
                .order_by(OutboxEffect.seq)
            ).all()
        )  # type: ignore[arg-type]


def _audit_kinds(loop: Loop) -> list[str]:
    with loop.services.uow.session() as session:
        return [e.kind for e in session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()]  # type: ignore[arg-type]


def test_scan_posts_one_card_per_case_and_rescan_adds_nothing(loop: Loop) -> None:
    posted = len(loop.ssim.calls_to("chat.postMessage"))
    with loop.services.uow.session() as session:
        actions = session.exec(select(ProposedAction)).all()
    assert posted == len(actions) >= 5
    assert all(a.slack_ts for a in actions)
    report = loop.services.collections.scan(loop.company.realm_id, TODAY, "USD")
    assert report.proposed == 0 and report.unchanged == report.cases
    assert loop.services.relay is not None
    assert loop.services.relay.drain().done == {}
    assert len(loop.ssim.calls_to("chat.postMessage")) == posted


def test_escalations_carry_no_draft(loop: Loop) -> None:
    with loop.services.uow.session() as session:
        escalations = session.exec(
            select(ProposedAction).where(ProposedAction.route == Route.ESCALATE_TO_HUMAN.value)
        ).all()
    assert escalations
    assert all(a.draft_body is None and a.summary for a in escalations)


def test_each_proposed_case_records_its_draft_s_template(loop: Loop) -> None:
    # The weekly review groups rewrites by template: the scan records it at the source.
    with loop.services.uow.session() as session:
        actions = {f"action:{a.id}": a for a in session.exec(select(ProposedAction))}
        rows = session.exec(select(AuditEntry).where(AuditEntry.kind == "case.proposed")).all()
    assert {r.subject for r in rows} == set(actions)
    for row in rows:
        action = actions[row.subject]
        want = None
        if action.route == Route.DRAFT_FOR_APPROVAL.value:
            want = ("payment_plan" if action.outcome == Outcome.PAYMENT_PLAN_CANDIDATE.value
                    else "reminder")
        assert row.data["template"] == want, action.outcome
    assert {r.data["template"] for r in rows} >= {"reminder", None}


def test_approval_sends_once_writes_once_and_redraws_the_card(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    before = loop.qsim.entity("Invoice", action.invoice_qbo_id)
    loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR))
    assert [e.kind for e in _effects(loop, action.id)] == [
        "post_card",
        "show_decision",
        "send_email",
        "qbo_note",
        "update_card",
        "decision_log",
    ]
    assert loop.services.relay is not None
    report = loop.services.relay.drain()
    assert report.done == {
        "show_decision": 1,
        "send_email": 1,
        "qbo_note": 1,
        "update_card": 1,
        "decision_log": 1,
    }
    assert loop.services.relay.drain().done == {}  # a second pass does nothing
    [mail] = loop.sink.messages
    assert mail["To"] == action.send_to and mail["Subject"] == action.draft_subject
    assert mail["Message-ID"].endswith("@qbot>")
    after = loop.qsim.entity("Invoice", action.invoice_qbo_id)
    assert int(after["SyncToken"]) == int(before["SyncToken"]) + 1
    assert after["PrivateNote"].endswith(
        f"reminder stage {action.stage} sent, approved by @{COLLECTOR}"
    )
    status = {f["Name"]: f.get("StringValue") for f in after["CustomField"]}
    assert status["Collections Status"] == f"Reminder {action.stage} sent"
    assert after["Balance"] == before["Balance"] and after["Line"] == before["Line"]
    with loop.services.uow.session() as session:
        done = session.get(ProposedAction, action.id)
    assert done is not None and done.state == ApprovalState.DONE.value
    # Redrawn as "sending…" before SMTP, then as sent.
    updates = loop.ssim.calls_to("chat.update")
    assert [u["args"]["ts"] for u in updates] == [action.slack_ts, action.slack_ts]
    kinds = _audit_kinds(loop)
    assert kinds[-3:] == ["approval.approved", "email.sent", "qbo.write"]


def test_second_click_is_refused_and_sends_nothing_more(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR))
    with pytest.raises(InvalidTransitionError, match="that is approved"):
        loop.services.approvals.approve(action.id, action.version, Actor(LEAD))
    assert len(_effects(loop, action.id)) == 6
    assert loop.services.relay is not None
    loop.services.relay.drain()
    assert len(loop.sink.messages) == 1


def test_concurrent_approve_and_reject_leave_exactly_one_decision(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    barrier, outcomes = threading.Barrier(2), []

    def click(kind: str) -> None:
        barrier.wait()
        try:
            if kind == "approve":
                loop.services.approvals.approve(action.id or 0, 1, Actor(COLLECTOR))
            else:
                loop.services.approvals.reject(action.id or 0, 1, Actor(LEAD), "not now")
            outcomes.append(kind)
        except InvalidTransitionError:
            outcomes.append("refused")
        except Exception as exc:  # SQLite may answer "database is locked": also a refusal
            outcomes.append(f"error:{type(exc).__name__}")

    threads = [threading.Thread(target=click, args=(k,)) for k in ("approve", "reject")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    winners = [o for o in outcomes if o in ("approve", "reject")]
    assert len(winners) == 1, outcomes
    with loop.services.uow.session() as session:
        state = session.get(ProposedAction, action.id)
    # The stored decision is the winner's, not merely some decision.
    assert state is not None
    assert state.state == {"approve": "approved", "reject": "rejected"}[winners[0]]


def test_user_without_a_role_is_refused_and_audited(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    with pytest.raises(NotAuthorizedError, match="approvers list"):
        loop.services.approvals.approve(action.id, action.version, Actor(STRANGER))
    assert _audit_kinds(loop)[-1] == "approval.refused"
    assert len(_effects(loop, action.id)) == 1  # only the card post


def test_amount_over_the_collector_limit_needs_a_lead(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    with loop.services.uow.session() as session:
        row = session.get(ProposedAction, action.id)
        assert row is not None
        row.home_amount = Decimal("7500.00")
        session.add(row)
    with pytest.raises(NotAuthorizedError, match="over your collector limit"):
        loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR))
    view = loop.services.approvals.approve(action.id, action.version, Actor(LEAD))
    assert view.state is ApprovalState.APPROVED


def test_stale_card_version_is_refused(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    with pytest.raises(InvalidTransitionError, match="out of date"):
        loop.services.approvals.approve(action.id, action.version + 1, Actor(COLLECTOR))


def test_edited_draft_is_what_gets_sent(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    # An edit keeps the invoice number and the amount (core.domain.edit_guard).
    body = f"Edited by a person: invoice {action.doc_number}, ${action.balance:,.2f}. Thanks!"
    edited = Draft(subject=f"Invoice {action.doc_number}", body=body)
    view = loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR), edited)
    assert view.state is ApprovalState.EDITED
    assert loop.services.relay is not None
    loop.services.relay.drain()
    [mail] = loop.sink.messages
    assert mail.get_content().strip() == body


def test_reject_needs_a_reason_and_sends_nothing(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    with pytest.raises(InvalidTransitionError, match="needs a reason"):
        loop.services.approvals.reject(action.id, action.version, Actor(COLLECTOR), "  ")
    view = loop.services.approvals.reject(
        action.id, action.version, Actor(COLLECTOR), "Customer called, paying Friday"
    )
    assert view.state is ApprovalState.REJECTED and view.reject_reason
    assert loop.services.relay is not None
    assert loop.services.relay.drain().done == {"update_card": 1, "decision_log": 1}
    assert loop.sink.messages == []


def test_invoice_paid_after_the_card_supersedes_instead_of_sending(loop: Loop) -> None:
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    pay_in_full(loop, action.invoice_qbo_id, f"test-pay-{action.invoice_qbo_id}")
    loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR))
    assert loop.services.relay is not None
    loop.services.relay.drain()
    assert loop.sink.messages == []
    with loop.services.uow.session() as session:
        row = session.get(ProposedAction, action.id)
    assert row is not None and row.state == ApprovalState.SUPERSEDED.value
    assert "paid or voided" in (row.status_note or "")
    assert "PrivateNote" not in loop.qsim.entity("Invoice", action.invoice_qbo_id) or (
        "reminder stage" not in loop.qsim.entity("Invoice", action.invoice_qbo_id)["PrivateNote"]
    )


def _crash_while_sending(loop: Loop) -> ProposedAction:
    """Approve, then leave the email row as a worker killed mid-SMTP would."""
    action = _first(loop, Outcome.ROUTINE_REMINDER)
    assert action.id is not None
    loop.services.approvals.approve(action.id, action.version, Actor(COLLECTOR))
    with loop.services.uow.session() as session:
        email = session.exec(
            select(OutboxEffect).where(
                OutboxEffect.action_id == action.id, OutboxEffect.kind == "send_email"
            )
        ).one()
        email.state = "sending"
        row = session.get(ProposedAction, action.id)
        assert row is not None
        row.state = "sending"  # committed together with the email row, as send_email does
        session.add_all([email, row])
    return action


def test_email_left_sending_by_a_crash_is_in_doubt_not_resent(loop: Loop) -> None:
    action = _crash_while_sending(loop)
    assert action.id is not None and loop.services.relay is not None
    loop.services.relay.run_action(action.id)  # the job taken over after the lease expired
    assert loop.sink.messages == []
    assert "outbox.in_doubt" in _audit_kinds(loop)
    [doubt] = doubts.in_doubt(loop.services.uow)
    assert doubt.kind == "send_email"
    # Nothing after the doubtful email runs: no QuickBooks note for an unconfirmed send.
    assert "reminder stage" not in str(
        loop.qsim.entity("Invoice", action.invoice_qbo_id).get("PrivateNote")
    )


@pytest.mark.parametrize("sent", [True, False])
def test_a_person_settles_the_doubt(loop: Loop, sent: bool) -> None:
    action = _crash_while_sending(loop)
    assert action.id is not None and loop.services.relay is not None
    loop.services.relay.run_action(action.id)
    [doubt] = doubts.in_doubt(loop.services.uow)
    assert doubt.id is not None
    doubts.resolve(loop.services.uow, loop.clock, doubt.id, LEAD, sent=sent)
    worker = Worker(loop.services.uow, loop.clock, job_handlers(loop.services))
    worker.run_until_idle()
    assert len(loop.sink.messages) == (0 if sent else 1)
    note = loop.qsim.entity("Invoice", action.invoice_qbo_id)["PrivateNote"]
    assert f"reminder stage {action.stage} sent" in note
    assert doubts.in_doubt(loop.services.uow) == []
    assert {e.state for e in _effects(loop, action.id)} == {"done"}
    with pytest.raises(UserFacingError, match="not in doubt"):
        doubts.resolve(loop.services.uow, loop.clock, doubt.id, LEAD, sent=True)
