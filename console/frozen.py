"""Starting our own child processes both from source and from the installed bundle (PyInstaller)."""

from __future__ import annotations

import sys


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def child_command(module: str, subcommand: str) -> list[str]:
    """`python -m module` from source; the bundle's own executable with `subcommand` when frozen."""
    if is_frozen():
        return [sys.executable, subcommand]
    return [sys.executable, "-m", module]
