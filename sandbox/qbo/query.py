"""The QuickBooks query language: parse `select ... from ...` and run it over stored entities."""

from __future__ import annotations

import copy
import operator
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

MAX_RESULTS = 1000
DEFAULT_MAX_RESULTS = 100

_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:\\.|[^'\\])*')|(?P<op><=|>=|!=|=|<|>|\(|\)|,|\*)"
    r"|(?P<num>-?\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][\w.]*))"
)


_OPS = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


class QueryError(ValueError):
    """A query QuickBooks would refuse; `detail` mirrors its QueryParser/QueryValidation text."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass
class Condition:
    field: str
    op: str
    value: Any  # str, or list[str] for IN


@dataclass
class Query:
    entity: str
    count: bool = False
    fields: list[str] | None = None  # None = every field (`select *`, `select *, Sku`)
    where: list[Condition] = field(default_factory=list)
    order_by: str | None = None
    descending: bool = False
    start_position: int = 1
    max_results: int = DEFAULT_MAX_RESULTS


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip().rstrip(";")
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f'QueryParserError: Encountered "{text[pos : pos + 10]}" at {pos}')
        kind = m.lastgroup or ""
        raw = m.group(kind)
        if kind == "str":
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        out.append((kind, raw))
        pos = m.end()
    return out


def parse(text: str) -> Query:
    """Parse a query; raises QueryError with QuickBooks-like detail text."""
    toks = _tokens(text)
    i = 0

    def peek(offset: int = 0) -> str:
        return toks[i + offset][1].lower() if i + offset < len(toks) else ""

    def take(expected: str | None = None) -> tuple[str, str]:
        nonlocal i
        if i >= len(toks):
            raise QueryError("QueryParserError: Encountered end of query")
        tok = toks[i]
        if expected is not None and tok[1].lower() != expected:
            raise QueryError(f'QueryParserError: Encountered "{tok[1]}", expected {expected}')
        i += 1
        return tok

    take("select")
    q = Query(entity="")
    if peek() == "count" and peek(1) == "(":
        take(), take("("), take("*"), take(")")
        q.count = True
    else:
        q.fields = _select_list(take, peek)
    take("from")
    q.entity = take()[1]
    if peek() == "where":
        take()
        q.where.append(_condition(take, peek))
        while peek() == "and":
            take()
            q.where.append(_condition(take, peek))
    if peek() in ("orderby", "order"):
        if take()[1].lower() == "order":
            take("by")
        q.order_by = take()[1]
        if peek() in ("asc", "desc"):
            q.descending = take()[1].lower() == "desc"
    for _ in range(2):
        if peek() == "startposition":
            take()
            q.start_position = _number(take()[1], "STARTPOSITION")
        elif peek() == "maxresults":
            take()
            q.max_results = _number(take()[1], "MAXRESULTS")
    if i < len(toks):
        raise QueryError(f'QueryParserError: Encountered "{toks[i][1]}"')
    if q.start_position < 1:
        raise QueryError(
            f"QueryValidationError: value {q.start_position} is too small. Min allowed value is 1"
        )
    if q.max_results > MAX_RESULTS:
        raise QueryError(
            f"QueryValidationError: value {q.max_results} is too large. Max allowed value is 1000"
        )
    return q


def _select_list(take: Any, peek: Any) -> list[str] | None:
    """`*`, field names, or both (`*, Sku`): the fields to answer with, None for all."""
    star, fields = False, []
    while True:
        kind, raw = take()
        if raw == "*":
            star = True
        elif kind == "word" and raw.lower() != "from":
            fields.append(raw)
        else:
            raise QueryError(f'QueryParserError: Encountered "{raw}" in the select list')
        if peek() != ",":
            break
        take()
    return None if star else fields


def project(entity: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """A copy of `entity`, cut down to `fields` (dotted paths allowed) when the query named them.
    Assumed: a projected record comes back marked `sparse: true`, as a sparse read would."""
    if fields is None:
        return copy.deepcopy(entity)
    out: dict[str, Any] = {}
    for path in fields:
        src: Any = entity
        dst = out
        parts = path.split(".")
        for depth, part in enumerate(parts):
            if not isinstance(src, dict):
                break
            key = next((k for k in src if k.lower() == part.lower()), None)
            if key is None:
                break
            if depth == len(parts) - 1:
                dst[key] = copy.deepcopy(src[key])
            else:
                dst = dst.setdefault(key, {})
            src = src[key]
    out.update({"domain": entity.get("domain", "QBO"), "sparse": True})
    return out


def _number(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise QueryError(f"QueryParserError: {name} expects a number, got {raw}") from None


def _condition(take: Any, peek: Any) -> Condition:
    name = take()[1]
    op = take()[1].lower()
    if op not in ("=", "<", ">", "<=", ">=", "like", "in", "!="):
        raise QueryError(f'QueryParserError: Encountered "{op}" after {name}')
    if op == "in":
        take("(")
        values = [take()[1]]
        while peek() == ",":
            take()
            values.append(take()[1])
        take(")")
        return Condition(name, op, values)
    return Condition(name, op, take()[1])


def field_value(entity: dict[str, Any], path: str) -> Any:
    """A dotted, case-insensitive field; references (`CustomerRef`) compare by their `.value`."""
    cur: Any = entity
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        key = next((k for k in cur if k.lower() == part.lower()), None)
        cur = cur.get(key) if key is not None else None
    if isinstance(cur, dict) and "value" in cur:
        return cur["value"]
    return cur


def _comparable(a: Any, b: str) -> tuple[Any, Any]:
    if isinstance(a, bool):
        return a, b.lower() == "true"
    if isinstance(a, int | float):
        try:
            return float(a), float(b)
        except ValueError:
            return str(a), b
    sa = str(a)
    if sa.isdigit() and b.isdigit():
        return int(sa), int(b)
    if len(sa) >= 10 and len(b) >= 10 and sa[4:5] == "-" and b[4:5] == "-":
        try:
            da, db = datetime.fromisoformat(sa), datetime.fromisoformat(b)
        except ValueError:
            return sa, b
        if (da.tzinfo is None) != (db.tzinfo is None):
            tz = da.tzinfo or db.tzinfo
            da, db = da.replace(tzinfo=tz), db.replace(tzinfo=tz)
        return da, db
    return sa.lower(), b.lower()


def matches(entity: dict[str, Any], cond: Condition) -> bool:
    actual = field_value(entity, cond.field)
    if actual is None:
        return False
    if cond.op == "in":
        return any(_comparable(actual, v)[0] == _comparable(actual, v)[1] for v in cond.value)
    if cond.op == "like":
        pattern = "^" + ".*".join(re.escape(p) for p in str(cond.value).split("%")) + "$"
        return re.match(pattern, str(actual), re.IGNORECASE | re.DOTALL) is not None
    a, b = _comparable(actual, str(cond.value))
    try:
        return bool(_OPS[cond.op](a, b))
    except TypeError:
        return False


def _sort_key(entity: dict[str, Any], path: str) -> tuple[int, Any]:
    v = field_value(entity, path)
    if v is None:
        return (2, "")
    if isinstance(v, int | float) and not isinstance(v, bool):
        return (0, float(v))
    s = str(v)
    return (0, int(s)) if s.isdigit() else (1, s.lower())


def run(q: Query, entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The page of matches (ordered, then sliced) and the total number of matches."""
    hits = [e for e in entities if all(matches(e, c) for c in q.where)]
    hits.sort(key=lambda e: _sort_key(e, q.order_by or "Id"), reverse=q.descending)
    start = q.start_position - 1
    return hits[start : start + q.max_results], len(hits)
