"""Stream life as an explicit state machine (QGroundControl's VideoReceiver is the model)."""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class StreamState(enum.Enum):
    """Where a stream is in its life. STOPPED is also the state before `start()`."""

    CONNECTING = "connecting"
    LIVE = "live"
    STALLED = "stalled"
    RECONNECTING = "reconnecting"
    FAILED = "failed"
    STOPPED = "stopped"


S = StreamState
ALLOWED_TRANSITIONS: dict[StreamState, frozenset[StreamState]] = {
    S.STOPPED: frozenset({S.CONNECTING}),
    S.CONNECTING: frozenset({S.LIVE, S.RECONNECTING, S.FAILED, S.STOPPED}),
    S.LIVE: frozenset({S.STALLED, S.RECONNECTING, S.FAILED, S.STOPPED}),
    S.STALLED: frozenset({S.LIVE, S.RECONNECTING, S.FAILED, S.STOPPED}),
    # RECONNECTING -> RECONNECTING updates the reason (attempt, next delay)
    S.RECONNECTING: frozenset({S.RECONNECTING, S.LIVE, S.FAILED, S.STOPPED}),
    S.FAILED: frozenset({S.CONNECTING}),
}


class InvalidTransition(RuntimeError):
    """A transition the state machine does not allow: a bug in the caller."""


StateListener = Callable[[StreamState, str], None]


class StreamStateMachine:
    """Thread-safe current state + reason; tells the listener about every change, outside the state lock."""

    def __init__(self, listener: StateListener | None = None) -> None:
        self._lock = threading.Lock()
        self._notify_lock = threading.Lock()  # keeps notifications in transition order across threads
        self._state = StreamState.STOPPED
        self._reason = "not started"
        self._listener = listener

    @property
    def state(self) -> StreamState:
        return self._state

    @property
    def reason(self) -> str:
        return self._reason

    def snapshot(self) -> tuple[StreamState, str]:
        with self._lock:
            return self._state, self._reason

    def move(
        self, new: StreamState, reason: str = "", *, only_from: frozenset[StreamState] | None = None
    ) -> bool:
        """Go to `new`. With `only_from`, do nothing (return False) unless the current state is in it."""
        with self._notify_lock:
            with self._lock:
                current = self._state
                if only_from is not None and current not in only_from:
                    return False
                if new not in ALLOWED_TRANSITIONS[current]:
                    raise InvalidTransition(f"{current.value} -> {new.value} ({reason})")
                self._state, self._reason = new, reason
            if self._listener is not None:
                try:
                    self._listener(new, reason)
                except Exception:  # a listener's bug must not kill the decode thread
                    log.exception("on_state listener failed")
            return True
