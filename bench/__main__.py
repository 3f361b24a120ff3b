"""`python -m bench <name> [args]`: run the benchmark module `bench.<name>` (its `main(argv)`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def available() -> list[str]:
    """The benchmark modules: every `bench.<name>` that defines `main`."""
    return sorted(
        m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(f"usage: python -m bench {{{','.join(available())}}} [--help | options]")
        return 0 if argv else 2
    name = argv[0]
    if name not in available():
        print(f"unknown benchmark {name!r}; choose from: {', '.join(available())}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"bench.{name}")
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
