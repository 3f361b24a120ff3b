"""Hypothesis strategies: the real QuickBooks webhook fixtures, mutated into hostile bodies.

Each body starts from one of `../shared/fixtures/qbo/webhook_*.json` and has one field (any
depth) replaced by something a sender could put there: another JSON type, a 100 KB string, a
NUL or a lone surrogate, an out-of-range number, NaN, or nesting thousands of levels deep
(written as raw text, since `json.dumps` itself cannot nest that far).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

_SLOT = "\u0001slot\u0001"  # a string no fixture holds: where raw text replaces a value

NASTY_TEXT = st.sampled_from(
    ["", "\x00", "a\x00b", "\ud800", "x\udfff", "\u2028", "\x1b[31m", "é" * 50, "9" * 33]
)
HUGE_TEXT = st.integers(200, 100_000).map(lambda n: "x" * n)
LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    NASTY_TEXT,
    HUGE_TEXT,
)
JSON_VALUE = st.recursive(
    LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
RAW_TEXT = st.one_of(
    st.integers(2, 100_000).map(lambda depth: "[" * depth + "1" + "]" * depth),
    st.integers(2, 100_000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1" * 5000]),
)


def fixture_documents(qbo_fixtures: Path) -> list[Any]:
    """The parsed webhook fixtures, both formats."""
    return [json.loads(p.read_text()) for p in sorted(qbo_fixtures.glob("webhook_*.json"))]


@st.composite
def mutated_body(draw: st.DrawFn, documents: list[Any]) -> bytes:
    """One fixture with one value (found by a random walk from the root) replaced."""
    doc = json.loads(json.dumps(draw(st.sampled_from(documents))))
    parent: Any = None
    key: Any = None
    node = doc
    while isinstance(node, dict | list) and node and (parent is None or draw(st.booleans())):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, draw(st.sampled_from(keys))
        node = parent[key]
    raw = draw(st.none() | RAW_TEXT)
    replacement: Any = _SLOT if raw is not None else draw(JSON_VALUE)
    if parent is None:
        doc = replacement
    else:
        parent[key] = replacement
    text = json.dumps(doc)
    if raw is not None:
        text = text.replace(json.dumps(_SLOT), raw)
    return text.encode("utf-8", "surrogatepass")
