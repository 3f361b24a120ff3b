"""A HubSpot CRM v3 API simulator on loopback, for the demo and tests (real HTTP, real shapes).

    sim = HubSpotSimulator(token="pat-sim-token")
    sim.start()
    company = sim.add_company("Acme Corp", "acme.test", owner_id=sim.add_owner("Ana", "Ruiz"))
    sim.add_note(company, "Customer disputes invoice 1037", when="2026-11-18T10:00:00Z")

Endpoints, in HubSpot's words and JSON:
- `POST /crm/v3/objects/companies/search` (filterGroups, `domain EQ` or `domain IN` with
  `values` (at most 100, lower case), `properties`, `sorts`, `limit`, `after`; HubSpot's limits
  of 5 groups and 6 filters a group): `{"total", "results": [{"id", "properties",
  "createdAt", "updatedAt", "archived"}], "paging": {"next": {"after"}}}`;
- `GET /crm/v3/objects/companies/{id}/associations/notes?limit&after` (v3, one company):
  `{"results": [{"id", "type": "company_to_note"}], "paging": …}`;
- `POST /crm/v4/associations/companies/notes/batch/read` (`inputs: [{"id", "after"?}]`, at
  most 1000): `{"status", "results": [{"from": {"id"}, "to": [{"toObjectId",
  "associationTypes"}], "paging"?}]}`, 207 with `errors` for an unknown company;
- `POST /crm/v3/objects/notes/batch/read` (`inputs: [{"id"}]`, `properties`):
  `{"status": "COMPLETE", "results": [...]}` with `hs_note_body` (HTML) and `hs_timestamp`;
- `GET /crm/v3/owners/{id}` and `GET /crm/v3/owners?limit&after` (pages of up to 500).
Every call needs `Authorization: Bearer <token>` (401 INVALID_AUTHENTICATION otherwise).
Knobs: `fail_next(status, times, retry_after)` answers the next calls with 429 RATE_LIMIT
(with `Retry-After`) or 5xx; `page_size` caps every page so paging is exercised.
Nothing here imports the product: the simulator cannot agree with qbot by sharing its code.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sandbox.loopback import LoopbackSimulator

_STAMP = "2026-01-05T09:00:00.000Z"


class HubSpotSimulator(LoopbackSimulator):
    """Companies, notes and owners in memory; records every call."""

    thread_name = "hubspot-simulator"

    def __init__(self, token: str = "pat-sim-hubspot-token", page_size: int = 100) -> None:
        super().__init__()
        self.token, self.page_size = token, page_size
        self.lock = threading.Lock()
        self.companies: dict[str, dict[str, Any]] = {}
        self.notes: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, dict[str, Any]] = {}
        self.links: dict[str, list[str]] = {}  # company id -> note ids
        self._calls: list[dict[str, Any]] = []
        self._faults: list[tuple[int, float | None]] = []
        self._next = 1000

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    @property
    def base_url(self) -> str:
        return self.root

    @property
    def calls(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self._calls)

    def _id(self) -> str:
        self._next += 1
        return str(self._next)

    # --- the CRM's content --------------------------------------------------------------------
    def add_owner(self, first: str, last: str, email: str | None = None) -> str:
        with self.lock:
            oid = self._id()
            self.owners[oid] = {
                "id": oid, "email": email or f"{first.lower()}@seller.test",
                "firstName": first, "lastName": last, "userId": int(oid) + 7000,
                "createdAt": _STAMP, "updatedAt": _STAMP, "archived": False,
            }
            return oid

    def add_company(self, name: str, domain: str, owner_id: str | None = None) -> str:
        with self.lock:
            cid = self._id()
            self.companies[cid] = {
                "id": cid,
                "properties": {"name": name, "domain": domain, "hubspot_owner_id": owner_id,
                               "hs_object_id": cid, "createdate": _STAMP,
                               "hs_lastmodifieddate": _STAMP},
                "createdAt": _STAMP, "updatedAt": _STAMP, "archived": False,
            }
            self.links[cid] = []
            return cid

    def add_note(self, company_id: str, body_html: str, when: str,
                 owner_id: str | None = None) -> str:
        with self.lock:
            nid = self._id()
            self.notes[nid] = {
                "id": nid,
                "properties": {"hs_note_body": body_html, "hs_timestamp": when,
                               "hubspot_owner_id": owner_id, "hs_object_id": nid,
                               "hs_createdate": when, "hs_lastmodifieddate": when},
                "createdAt": when, "updatedAt": when, "archived": False,
            }
            self.links[company_id].append(nid)
            return nid

    def fail_next(self, status: int = 429, times: int = 1,
                  retry_after: float | None = None) -> None:
        """Answer the next `times` authenticated calls with `status` (429 with Retry-After)."""
        with self.lock:
            self._faults.extend([(status, retry_after)] * times)

    # --- request handling -------------------------------------------------------------------
    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes
               ) -> tuple[int, dict[str, str], dict[str, Any]]:
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        try:
            body: dict[str, Any] = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {}
        extra: dict[str, str] = {}
        status, payload = self._respond(method, parts.path, query, headers, body, extra)
        with self.lock:
            self._calls.append({"method": method, "path": parts.path, "query": query,
                                "status": status, "body": body})
        return status, extra, payload

    def _respond(self, method: str, path: str, query: dict[str, str], headers: dict[str, str],
                 body: dict[str, Any], extra: dict[str, str]) -> tuple[int, dict[str, Any]]:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or token != self.token:
            return _error(401, "INVALID_AUTHENTICATION",
                          "Authentication credentials not found. This API supports OAuth 2.0 "
                          "authentication and you can find more details at "
                          "https://developers.hubspot.com/docs/methods/auth/oauth-overview")
        with self.lock:
            fault = self._faults.pop(0) if self._faults else None
        if fault is not None:
            status, retry_after = fault
            if retry_after is not None:
                extra["Retry-After"] = f"{retry_after:g}"
            if status == 429:
                return status, {"status": "error", "message":
                                "You have reached your secondly limit.", "errorType":
                                "RATE_LIMIT", "correlationId": "sim-429", "policyName":
                                "SECONDLY"}
            return _error(status, "INTERNAL_ERROR", "internal error")
        segments = [s for s in path.split("/") if s]
        limit = min(int(query.get("limit") or body.get("limit") or 100), self.page_size, 100)
        after = int(query.get("after") or body.get("after") or 0)
        with self.lock:
            if method == "POST" and path == "/crm/v3/objects/companies/search":
                invalid = _invalid_search(body)
                if invalid:
                    return _error(400, "VALIDATION_ERROR", invalid)
                return 200, self._search(body, limit, after)
            if (method == "GET" and len(segments) == 7 and segments[:4] ==
                    ["crm", "v3", "objects", "companies"] and segments[5] == "associations"
                    and segments[6] == "notes"):
                if segments[4] not in self.companies:
                    return _error(404, "OBJECT_NOT_FOUND", "resource not found")
                ids = self.links[segments[4]]
                rows = [{"id": n, "type": "company_to_note"} for n in ids[after:after + limit]]
                return 200, _page(rows, after, limit, len(ids))
            if method == "POST" and path == "/crm/v4/associations/companies/notes/batch/read":
                return self._associations(body)
            if method == "POST" and path == "/crm/v3/objects/notes/batch/read":
                wanted = [str(i.get("id")) for i in body.get("inputs") or []]
                if len(wanted) > 100:
                    return _error(400, "VALIDATION_ERROR", "at most 100 inputs")
                props = body.get("properties") or ["hs_note_body", "hs_timestamp"]
                found = [_only(self.notes[n], props) for n in wanted if n in self.notes]
                return 200, {"status": "COMPLETE", "results": found,
                             "startedAt": _STAMP, "completedAt": _STAMP}
            if method == "GET" and segments[:3] == ["crm", "v3", "owners"]:
                if len(segments) == 4:
                    owner = self.owners.get(segments[3])
                    return (200, owner) if owner else _error(404, "OBJECT_NOT_FOUND",
                                                             "owner not found")
                rows = list(self.owners.values())
                # The owners list pages up to 500 (the objects' pages stop at 100).
                per = min(int(query.get("limit") or 100), 500, self.page_size * 5)
                return 200, _page(rows[after:after + per], after, per, len(rows))
        return _error(404, "NOT_FOUND", f"{method} {path} not found")

    def _associations(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """v4 batch read: each input's note ids, a page of them per input (`after` resumes
        one input); an unknown company is an error entry, as HubSpot reports it (207)."""
        inputs = body.get("inputs") or []
        if len(inputs) > 1000:
            return _error(400, "VALIDATION_ERROR", "at most 1000 inputs")
        results: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for item in inputs:
            cid, start = str(item.get("id")), int(item.get("after") or 0)
            if cid not in self.companies:
                errors.append({"status": "error", "category": "OBJECT_NOT_FOUND",
                               "message": f"No company with id {cid}",
                               "context": {"fromObjectId": [cid]}})
                continue
            ids = self.links[cid]
            row: dict[str, Any] = {"from": {"id": cid}, "to": [
                {"toObjectId": int(n), "associationTypes": [
                    {"category": "HUBSPOT_DEFINED", "typeId": 190, "label": None}]}
                for n in ids[start:start + self.page_size]]}
            if start + self.page_size < len(ids):
                row["paging"] = {"next": {"after": str(start + self.page_size)}}
            results.append(row)
        out: dict[str, Any] = {"status": "COMPLETE", "results": results,
                               "startedAt": _STAMP, "completedAt": _STAMP}
        if errors:
            out |= {"numErrors": len(errors), "errors": errors}
        return (207 if errors else 200), out

    def _search(self, body: dict[str, Any], limit: int, after: int) -> dict[str, Any]:
        def matches(company: dict[str, Any]) -> bool:
            groups = body.get("filterGroups") or []
            if not groups:
                return True
            for group in groups:  # groups are ORed, filters in a group ANDed
                if all(_filter(company["properties"], f) for f in group.get("filters") or []):
                    return True
            return False

        hits = [c for c in self.companies.values() if matches(c)]
        for sort in reversed(body.get("sorts") or []):
            key = str(sort.get("propertyName") if isinstance(sort, dict) else sort)
            down = isinstance(sort, dict) and sort.get("direction") == "DESCENDING"
            hits.sort(key=lambda c: _sortable(c["properties"].get(key)), reverse=down)
        props = body.get("properties") or ["name", "domain", "createdate",
                                           "hs_lastmodifieddate", "hs_object_id"]
        page = [_only(c, props) for c in hits[after:after + limit]]
        out = _page(page, after, limit, len(hits))
        out["total"] = len(hits)
        return out


def _invalid_search(body: dict[str, Any]) -> str | None:
    """HubSpot's search limits: 5 filter groups, 6 filters in a group, 100 values in an IN."""
    groups = body.get("filterGroups") or []
    if len(groups) > 5:
        return "at most 5 filterGroups"
    for group in groups:
        filters = group.get("filters") or []
        if len(filters) > 6:
            return "at most 6 filters in a filterGroup"
        if any(len(f.get("values") or []) > 100 for f in filters):
            return "at most 100 values in an IN filter"
    return None


def _sortable(value: Any) -> tuple[int, str]:
    text = str(value or "")
    return (int(text), "") if text.isdigit() else (0, text)


def _filter(properties: dict[str, Any], rule: dict[str, Any]) -> bool:
    value = str(properties.get(str(rule.get("propertyName"))) or "").lower()
    wanted = str(rule.get("value") or "").lower()
    operator = rule.get("operator")
    if operator == "EQ":
        return value == wanted
    if operator == "IN":
        # HubSpot matches IN on a string property only against lower-case values.
        return value in {str(v) for v in rule.get("values") or []}
    if operator == "CONTAINS_TOKEN":
        return wanted.strip("*") in value
    return False


def _only(obj: dict[str, Any], props: list[str]) -> dict[str, Any]:
    out = dict(obj)
    out["properties"] = {p: obj["properties"].get(p) for p in props
                         if p in obj["properties"]} | {"hs_object_id": obj["id"]}
    return out


def _page(rows: list[dict[str, Any]], after: int, limit: int, total: int) -> dict[str, Any]:
    out: dict[str, Any] = {"results": rows}
    if after + limit < total:
        out["paging"] = {"next": {"after": str(after + limit)}}
    return out


def _error(status: int, category: str, message: str) -> tuple[int, dict[str, Any]]:
    return status, {"status": "error", "message": message, "correlationId": f"sim-{status}",
                    "category": category}


def _handler_for(sim: HubSpotSimulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self, method: str) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra, payload = sim.handle(method, self.path, headers, raw)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json;charset=utf-8")
            self.send_header("content-length", str(len(data)))
            for key, value in extra.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: request lines would clutter test output

    return Handler
