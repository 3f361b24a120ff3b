"""`qbot records import FILE`: another system's bulk export (.jsonl or .csv), one record a
line, checked row by row; good rows stage as one batch, bad rows are reported by line.

Contract: `{"staged": N, "rejected": [{"line": n, "reason": "..."}], "change_ids": [...]}`.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from core.domain.sync.import_check import Rejection, RowChecker
from core.domain.sync.staged import ChangeKind, StagedChange
from core.errors import UserFacingError
from core.services.staging import StagingService, books_for, company_of
from core.services.uow import UnitOfWork

FORMATS = (".jsonl", ".ndjson", ".csv")
# CSV cells holding QuickBooks objects (refs) may give just the Id; JSON cells start so.
_JSON_CELL = ("{", "[")
_BOOLEAN = {"true": True, "false": False}


@dataclass
class ImportReport:
    """What an import did, as the contract prints it."""

    staged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    change_ids: list[int] = field(default_factory=list)
    batch_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "staged": self.staged,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "change_ids": self.change_ids,
        }


class _Unreadable:
    """A line that is not a record at all (bad JSON); its reason is the rejection."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def file_format(name: str) -> str:
    """The format a file name says; UserFacingError for any other."""
    lowered = name.lower()
    for suffix in FORMATS:
        if lowered.endswith(suffix):
            return "csv" if suffix == ".csv" else "jsonl"
    raise UserFacingError(f"{name}: use a .jsonl or .csv file (one record a line)")


def parse_rows(fmt: str, lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    """(line number, row) per record; a line that cannot be read yields an _Unreadable."""
    if fmt == "jsonl":
        yield from _jsonl(lines)
    else:
        yield from _csv(lines)


def _jsonl(lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    for n, text in enumerate(lines, start=1):
        if not text.strip():
            continue  # a blank line is not a record
        try:
            yield n, json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            yield n, _Unreadable(f"not a JSON object ({exc.msg} at column {exc.colno})")


def _csv(lines: Iterable[str]) -> Iterator[tuple[int, Any]]:
    reader = csv.reader(lines)
    header: list[str] | None = None
    for cells in reader:
        n = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            if "type" not in header:
                raise UserFacingError("the CSV header must name a 'type' column (and fields)")
            continue
        if len(cells) != len(header):
            yield n, _Unreadable(f"{len(cells)} cells, but the header names {len(header)}")
            continue
        row: dict[str, Any] = {}
        try:
            for name, cell in zip(header, cells, strict=True):
                if cell.strip():
                    row[name] = _cell(name, cell.strip())
        except json.JSONDecodeError as exc:
            yield n, _Unreadable(f"column {name} is not valid JSON ({exc.msg})")
            continue
        yield n, row


def _cell(name: str, cell: str) -> Any:
    if name in ("type", "qbo_id"):
        return cell
    if cell.startswith(_JSON_CELL):
        return json.loads(cell, parse_float=Decimal)
    if name.endswith("Ref"):
        return {"value": cell}
    if name == "CustomerMemo":
        return {"value": cell}
    if cell.lower() in _BOOLEAN and name == "Active":
        return _BOOLEAN[cell.lower()]
    return cell


def _edit_ids(rows: list[tuple[int, Any]]) -> dict[ChangeKind, set[str]]:
    edits: dict[ChangeKind, set[str]] = defaultdict(set)
    for _n, row in rows:
        if isinstance(row, dict) and row.get("qbo_id") not in (None, ""):
            try:
                edits[ChangeKind(str(row.get("type", "")).strip().lower())].add(
                    str(row["qbo_id"]).strip()
                )
            except ValueError:
                continue  # the row's check says what is wrong with its type
    return edits


def import_records(
    uow: UnitOfWork,
    staging: StagingService,
    realm_id: str | None,
    source: str,
    rows: Iterable[tuple[int, Any]],
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check every row, then stage the good ones as one batch submitted by `import:<file>`.

    Bad rows stage nothing and do not stop the good ones; the report lists them by line.
    """
    read = list(rows)
    with uow.session() as session:
        realm = company_of(session, realm_id)
        books = books_for(session, realm, _edit_ids(read))
    checker = RowChecker(books)
    report = ImportReport()
    good: list[tuple[int | None, StagedChange]] = []
    for done, (n, row) in enumerate(read, start=1):
        checked = (
            Rejection(n, row.reason) if isinstance(row, _Unreadable) else checker.check(n, row)
        )
        if isinstance(checked, Rejection):
            report.rejected.append(checked)
        else:
            good.append((n, checked))
        if progress is not None:
            progress(done)
    if good:
        staged = staging.stage(realm, good, f"import:{source}", f"import:{source}")
        report.staged, report.change_ids, report.batch_id = (
            len(staged.change_ids), staged.change_ids, staged.batch_id,
        )  # fmt: skip
    return report
