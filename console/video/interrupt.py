"""Interrupting a decode thread that is blocked inside FFmpeg (network open or read).

PyAV has no public interrupt: it installs FFmpeg's interrupt callback only to enforce `timeout=`, comparing
`time.monotonic()` (looked up in `av.container.core`) with the operation's deadline. We give that module a
clock that, for threads marked here, reads as if every deadline has passed; FFmpeg polls the callback about
every 100 ms while waiting on a socket, so a marked thread leaves its blocking call within ~0.1 s with
`av.error.ExitError`. If a PyAV release moves that lookup, `available()` is False and callers rely on their
read timeouts instead.
"""

from __future__ import annotations

import threading
import time
import types

import av.container.core as _container_core

_FAR_FUTURE_S = 1e9  # beyond any open/read timeout anyone sets
_marked: set[int] = set()
_install_lock = threading.Lock()
_installed = False


class _InterruptingClock(types.SimpleNamespace):
    """Stands in for the `time` module inside av.container.core."""

    def __getattr__(self, name: str):
        return getattr(time, name)

    @staticmethod
    def monotonic() -> float:
        now = time.monotonic()
        return now + _FAR_FUTURE_S if threading.get_ident() in _marked else now


def install() -> bool:
    """Hook PyAV's timeout clock once per process; returns `available()`."""
    global _installed
    with _install_lock:
        if not _installed and getattr(_container_core, "time", None) is time:
            setattr(_container_core, "time", _InterruptingClock())  # noqa: B010 - it is not in the stubs
            _installed = True
    return _installed


def available() -> bool:
    return _installed and isinstance(getattr(_container_core, "time", None), _InterruptingClock)


def interrupt(thread_id: int) -> None:
    """Make the thread's current and next blocking FFmpeg call return; lasts until `clear(thread_id)`."""
    _marked.add(thread_id)


def clear(thread_id: int) -> None:
    _marked.discard(thread_id)


def is_interrupted(thread_id: int) -> bool:
    return thread_id in _marked
