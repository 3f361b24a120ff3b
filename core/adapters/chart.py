"""The aging chart: stacked bars per aging bucket, drawn with matplotlib (Agg) to PNG bytes."""

from __future__ import annotations

import io
from collections.abc import Mapping
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")  # no display: the worker and the CLI render off-screen

from matplotlib.figure import Figure

WIDTH_PX, HEIGHT_PX, DPI = 800, 450, 100


def aging_chart_png(
    stacks: Mapping[str, Mapping[str, Decimal]], currency: str, title: str
) -> bytes:
    """PNG of one bar per bucket, each stacked by customer; WIDTH_PX × HEIGHT_PX pixels."""
    # A Figure of its own (not pyplot): no global state shared between threads.
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    ax = fig.add_subplot()
    buckets = list(stacks)
    customers: list[str] = []
    for stack in stacks.values():
        customers += [name for name in stack if name not in customers]
    bottoms = [0.0] * len(buckets)
    for name in customers:
        heights = [float(stacks[b].get(name, Decimal(0))) for b in buckets]
        ax.bar(buckets, heights, bottom=bottoms, label=name)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    ax.set_title(title)
    ax.set_xlabel("days past due")
    ax.set_ylabel(f"overdue ({currency})")
    if customers:
        ax.legend(loc="upper right", fontsize="small")
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
