"""`/qb expense`, `/qb invoice` and an invoice's Edit: open the form, search its long menus,
and stage what is submitted (field errors answered inside the form, nothing staged).

views.open needs the trigger_id within 3 s, so the form opens here, right after the ack,
never from the queue. Who may submit is checked before the form opens and on submission.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from bot.after_answer import after_answer
from bot.cards.change_forms import expense_modal, invoice_modal, option, staged_line
from bot.cards.text import clip
from bot.form_state import MENU_LISTS, FormMetadata, block_of, expense_form, invoice_form
from bot.ids import AnswerActionId, CallbackId, ChangeActionId, FormMenuId
from bot.listeners import actor_of, services_of
from bot.payloads import PayloadError
from bot.slack_bodies import ButtonClick, ModalSubmit, QbCommand, parse
from core.bootstrap import Services
from core.domain.sync.forms import ExpenseForm
from core.errors import InvalidTransitionError, NotAuthorizedError, UserFacingError
from core.services.approvals import Actor
from core.services.change_forms import FormProblem, Revised
from core.services.staging import StagedBatch

log = logging.getLogger(__name__)
ERROR_CHARS = 500
_NO_TRIGGER = "Slack sent no way to open a form with this request; run the command again."


def open_form(
    ack: Ack, cmd: QbCommand, kind: str, words: list[str], services: Services, client: WebClient
) -> None:
    """`/qb expense [company id]` or `/qb invoice [company id]`: the form, for an approver."""
    actor = Actor(user_id=cmd.user_id, team_id=cmd.team_id)
    forms = services.change_forms
    try:
        forms.permit(actor, kind)
        realm = forms.company(words[0][:32] if words else None)
    except NotAuthorizedError as exc:  # audited by the permission check
        ack(text=f"You cannot submit an {kind} for approval: {exc}.")
        return
    except UserFacingError as exc:
        ack(text=str(exc))
        return
    if cmd.trigger_id is None:
        ack(text=_NO_TRIGGER)
        return
    ack()
    meta = FormMetadata(kind="expense" if kind == "expense" else "invoice", realm_id=realm,
                        channel=cmd.channel_id)  # fmt: skip
    choices = forms.choices(realm)
    today = services.clock.now().date().isoformat()
    view = (
        expense_modal(choices, meta, today) if kind == "expense" else invoice_modal(choices, meta)
    )
    client.views_open(trigger_id=cmd.trigger_id, view=view.to_dict())


def edit_invoice(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """An invoice's Edit button: the invoice form prefilled from the read copy."""
    ack()
    click = parse(ButtonClick, body)
    target = FormMetadata.parse(click.actions[0].value)
    if target.kind != "invoice" or target.qbo_id is None or click.trigger_id is None:
        raise PayloadError("This button could not open a form; run `/qb customer` again.")
    actor = actor_of(click.user, click.team.id if click.team else None)
    services = services_of(context)
    forms = services.change_forms
    forms.permit(actor, "invoice")
    invoice = forms.invoice(target.realm_id, target.qbo_id)
    choices = forms.choices(target.realm_id)
    names = forms.names(target.realm_id, "customer", [invoice.form.customer or ""])
    names |= forms.names(target.realm_id, "item", [ln.item or "" for ln in invoice.form.lines])
    meta = FormMetadata(
        kind="invoice", realm_id=target.realm_id, qbo_id=invoice.qbo_id,
        sync_token=invoice.sync_token, channel=click.channel.id if click.channel else None,
    )  # fmt: skip
    view = invoice_modal(choices, meta, invoice.form, invoice.doc_number, names)
    client.views_open(trigger_id=click.trigger_id, view=view.to_dict())


def edit_change(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """A change card's Edit: the expense or invoice form filled with the change as staged."""
    ack()
    click = parse(ButtonClick, body)
    value = click.button()
    if click.trigger_id is None:
        raise PayloadError(_NO_TRIGGER)
    actor = actor_of(click.user, click.team.id if click.team else None)
    forms = services_of(context).change_forms
    forms.permit(actor, "edit")
    staged = forms.staged(value.action_id)
    if staged.version != value.version:
        raise InvalidTransitionError("this card is out of date; use the newest card",
                                     state="awaiting_approval")  # fmt: skip
    meta = FormMetadata(
        kind="expense" if isinstance(staged.form, ExpenseForm) else "invoice",
        realm_id=staged.realm_id, batch_id=staged.batch_id, version=staged.version,
    )  # fmt: skip
    choices = forms.choices(staged.realm_id)
    if isinstance(staged.form, ExpenseForm):
        view = expense_modal(choices, meta, "", staged.form)
    else:
        names = forms.names(staged.realm_id, "customer", [staged.form.customer or ""])
        names |= forms.names(staged.realm_id, "item", [ln.item or "" for ln in staged.form.lines])
        view = invoice_modal(choices, meta, staged.form, f"change {staged.batch_id}", names)
    client.views_open(trigger_id=click.trigger_id, view=view.to_dict())


def _revised(
    ack: Ack, result: Revised | FormProblem, meta: FormMetadata, actor: Actor, client: WebClient
) -> None:
    if isinstance(result, FormProblem):
        ack(response_action="errors", errors={block_of(result.field): clip(result.reason,
                                                                            ERROR_CHARS)})
        return
    ack()


def _submitted(body: dict[str, Any], kind: str) -> tuple[ModalSubmit, FormMetadata, Actor]:
    submit = parse(ModalSubmit, body)
    meta = FormMetadata.parse(submit.view.private_metadata)
    if meta.kind != kind:
        raise PayloadError("This form could not be read; open it again.")
    return submit, meta, actor_of(submit.user, submit.team.id if submit.team else None)


def _answer(
    ack: Ack,
    result: StagedBatch | FormProblem,
    meta: FormMetadata,
    actor: Actor,
    what: str,
    context: BoltContext,
    client: WebClient,
) -> None:
    if isinstance(result, FormProblem):
        ack(
            response_action="errors",
            errors={block_of(result.field): clip(result.reason, ERROR_CHARS)},
        )
        return
    ack()
    if meta.channel is None:
        return
    channel, text = meta.channel, staged_line(
        what, result.change_ids[0], services_of(context).settings.slack_channel
    )

    def receipt() -> None:
        try:
            client.chat_postEphemeral(channel=channel, user=actor.user_id, text=text)
        except SlackClientError as exc:  # the card is posted anyway; the receipt is a courtesy
            log.warning("slack: staged receipt not posted (%s)", type(exc).__name__)

    after_answer(context, receipt)  # never a Web API call before the answer goes back


def expense_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Stage the new expense, or answer which field is wrong."""
    submit, meta, actor = _submitted(body, "expense")
    form = expense_form(submit.values())
    forms = services_of(context).change_forms
    if meta.batch_id is not None:
        _revised(ack, forms.revise(meta.batch_id, meta.version or 0, form, actor), meta, actor,
                 client)  # fmt: skip
        return
    result = forms.submit_expense(meta.realm_id, form, actor)
    _answer(ack, result, meta, actor, "The expense", context, client)


def invoice_submitted(
    ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Stage the new invoice or the edit, or answer which field is wrong."""
    submit, meta, actor = _submitted(body, "invoice")
    form = invoice_form(submit.values())
    edit = (meta.qbo_id, meta.sync_token) if meta.qbo_id and meta.sync_token else None
    forms = services_of(context).change_forms
    if meta.batch_id is not None:
        _revised(ack, forms.revise(meta.batch_id, meta.version or 0, form, actor), meta, actor,
                 client)  # fmt: skip
        return
    result = forms.submit_invoice(meta.realm_id, form, actor, edit)
    what = "The invoice edit" if edit else "The invoice"
    _answer(ack, result, meta, actor, what, context, client)


class _Suggestion(BaseModel):
    """A `block_suggestion`: the text typed in a searched menu of one of the forms."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)

    action_id: Annotated[str, Field(max_length=255)]
    value: Annotated[str, Field(max_length=200)] = ""
    view: dict[str, Any]


def search_menu(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """The options of a searched menu: names containing what was typed, for an approver."""
    found = parse_suggestion(body)
    if found is None:
        ack(options=[])
        return
    suggestion, meta = found
    services = services_of(context)
    raw_user = body.get("user")
    user: dict[str, Any] = raw_user if isinstance(raw_user, dict) else {}
    actor = Actor(user_id=str(user.get("id") or ""), team_id=user.get("team_id"))
    try:
        services.change_forms.permit(actor, "search")
    except NotAuthorizedError:
        ack(options=[])
        return
    what = MENU_LISTS[FormMenuId(suggestion.action_id)]
    choices = services.change_forms.search(meta.realm_id, what, suggestion.value)
    ack(options=[option(c).to_dict() for c in choices])


def parse_suggestion(body: Any) -> tuple[_Suggestion, FormMetadata] | None:
    """The suggestion and its form's metadata; None for a body that is neither."""
    try:
        suggestion = _Suggestion.model_validate(body)
        meta = FormMetadata.parse(str(suggestion.view.get("private_metadata", "")))
        FormMenuId(suggestion.action_id)
    except (ValueError, PayloadError):
        return None
    if FormMenuId(suggestion.action_id) not in MENU_LISTS:
        return None
    return suggestion, meta


def register(app: App) -> None:
    """Attach the forms' submissions, searched menus and the invoice Edit button."""
    app.view(CallbackId.EXPENSE_MODAL.value)(expense_submitted)
    app.view(CallbackId.INVOICE_MODAL.value)(invoice_submitted)
    app.action(AnswerActionId.INVOICE_EDIT.value)(edit_invoice)
    app.action(ChangeActionId.EDIT.value)(edit_change)
    for menu_id in MENU_LISTS:
        app.options(menu_id.value)(search_menu)
