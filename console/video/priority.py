"""Lower the calling thread's CPU priority, so decode threads give way to the GUI thread.

On a 2-core workstation a wall runs 16+ CPU-bound decode threads beside one GUI thread; with equal priority the
scheduler gives the GUI thread about 1/17 of the machine, its repaint timer fires 50 ms late and frames that
were decoded are never shown. With the decoders a few nice levels down, the GUI thread (which needs little CPU
but needs it on time) runs first and the decoders take everything else.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

DECODE_NICE = 5  # Linux nice levels added to a decode thread: CFS weight 1024 → 335, the GUI wins 3:1
_WINDOWS_BELOW_NORMAL = -1


def lower_current_thread(levels: int = DECODE_NICE) -> bool:
    """Lower this thread's priority by `levels` nice steps (Linux) or to below-normal (Windows).

    Returns True when the priority changed. Never raises: a refusal leaves the thread as it was.
    """
    if levels <= 0:
        return False
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()  # on Linux a thread is a task with its own nice value
            current = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, current + levels))
            return True
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            return bool(kernel32.SetThreadPriority(kernel32.GetCurrentThread(), _WINDOWS_BELOW_NORMAL))
    except (OSError, AttributeError) as exc:
        log.debug("could not lower thread priority: %s", exc)
    return False


def current_thread_nice() -> int | None:
    """This thread's nice value on Linux (None elsewhere); for stats and tests."""
    if not sys.platform.startswith("linux"):
        return None
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
