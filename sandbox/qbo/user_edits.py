"""Edit a record "as a QuickBooks user" would: through the simulator's own REST API.

A test calls `edit_as_user(sim, "Vendor", "41", {"CompanyName": "..."})` to play someone
changing the record in QuickBooks while our bot holds an older copy. The edit is the same
read-then-sparse-update our client makes, with the current SyncToken, so SyncToken and
LastUpdatedTime advance and CDC and webhooks report it like any other change. The person
is not our app: their requests carry the simulator's user token, so our app's throttle,
latency and injected faults leave them alone (and `sim.requests` marks them `by_user`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from sandbox.qbo.server import QboSimulator


def user_api(sim: QboSimulator) -> httpx.Client:
    """An HTTP client of the QuickBooks user's own (close it, or use it in a `with`)."""
    return httpx.Client(
        base_url=f"{sim.base_url}/v3/company/{sim.realm_id}",
        headers={"Authorization": f"Bearer {sim.user_token}", "Accept": "application/json"},
        params={"minorversion": "75"},
        timeout=10,
    )


def edit_as_user(
    sim: QboSimulator,
    kind: str,
    entity_id: str,
    changes: dict[str, Any],
    api: httpx.Client | None = None,
) -> dict[str, Any]:
    """Sparse-update `kind` `entity_id` with `changes`; returns the record QuickBooks answers.
    Raises httpx.HTTPStatusError when QuickBooks refuses the edit (e.g. a 6240 duplicate name).
    Many edits in a row may share one `api` client (`user_api(sim)`)."""
    if api is None:
        with user_api(sim) as own:
            return edit_as_user(sim, kind, entity_id, changes, own)
    segment = kind.lower()
    current = api.get(f"/{segment}/{entity_id}")
    current.raise_for_status()
    token = current.json()[kind]["SyncToken"]
    body = {**changes, "Id": entity_id, "SyncToken": token, "sparse": True}
    answer = api.post(f"/{segment}", json=body)
    answer.raise_for_status()
    updated: dict[str, Any] = answer.json()[kind]
    return updated


def void_as_user(
    sim: QboSimulator, kind: str, entity_id: str, api: httpx.Client | None = None
) -> dict[str, Any]:
    """Void a transaction (Invoice, Payment, ...) as a QuickBooks user: `operation=void`."""
    return _operate_as_user(sim, kind, entity_id, "void", api)


def delete_as_user(
    sim: QboSimulator, kind: str, entity_id: str, api: httpx.Client | None = None
) -> dict[str, Any]:
    """Delete a transaction as a QuickBooks user: `operation=delete`; returns the stub."""
    return _operate_as_user(sim, kind, entity_id, "delete", api)


def _operate_as_user(
    sim: QboSimulator, kind: str, entity_id: str, operation: str, api: httpx.Client | None
) -> dict[str, Any]:
    """POST `?operation=` with the record's current SyncToken, as the QuickBooks UI does."""
    if api is None:
        with user_api(sim) as own:
            return _operate_as_user(sim, kind, entity_id, operation, own)
    segment = kind.lower()
    current = api.get(f"/{segment}/{entity_id}")
    current.raise_for_status()
    body = {"Id": entity_id, "SyncToken": current.json()[kind]["SyncToken"]}
    answer = api.post(f"/{segment}", params={"operation": operation}, json=body)
    answer.raise_for_status()
    done: dict[str, Any] = answer.json()[kind]
    return done


def deactivate_as_user(sim: QboSimulator, kind: str, entity_id: str) -> dict[str, Any]:
    """Make a name-list record inactive, which is how a QuickBooks user deletes one."""
    return edit_as_user(sim, kind, entity_id, {"Active": False})
