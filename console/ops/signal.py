"""A small Qt-free signal: the core's models announce changes through it, widgets connect handlers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class Signal:
    """Synchronous callback list. A handler that raises is logged and does not stop the others."""

    __slots__ = ("_handlers", "_name")

    def __init__(self, name: str = "") -> None:
        self._handlers: list[Callable[..., Any]] = []
        self._name = name

    def connect(self, handler: Callable[..., Any]) -> None:
        if handler not in self._handlers:
            self._handlers.append(handler)

    def disconnect(self, handler: Callable[..., Any]) -> None:
        try:
            self._handlers.remove(handler)
        except ValueError:
            pass

    def emit(self, *args: Any) -> None:
        for handler in tuple(self._handlers):
            try:
                handler(*args)
            except Exception:
                log.exception("handler %r of signal %s raised", handler, self._name)

    def __len__(self) -> int:
        return len(self._handlers)
