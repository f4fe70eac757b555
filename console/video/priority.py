"""Lower a thread's or a process's CPU priority, so decode threads and the demo backend give way to the GUI thread.

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
_WINDOWS_BELOW_NORMAL_CLASS = 0x4000


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


def lower_process_to(level: int) -> bool:
    """Bring this whole process down to nice `level` (Linux, macOS) or the below-normal class (Windows): every
    thread it has now, and (inherited) every thread it starts later. Threads already that low stay as they are.

    Returns True when something changed. Never raises: a refusal leaves the process as it was.
    """
    if level <= 0:
        return False
    changed = False
    try:
        if sys.platform.startswith("linux"):
            # on Linux a nice value belongs to one thread; imports (BLAS, FFmpeg) may have started some already
            for task in os.listdir("/proc/self/task"):
                tid = int(task)
                if os.getpriority(os.PRIO_PROCESS, tid) < level:
                    os.setpriority(os.PRIO_PROCESS, tid, level)
                    changed = True
        elif hasattr(os, "nice"):
            step = level - os.nice(0)
            if step > 0:
                os.nice(step)
                changed = True
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            changed = bool(kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _WINDOWS_BELOW_NORMAL_CLASS))
    except (OSError, AttributeError, ValueError) as exc:
        log.debug("could not lower process priority: %s", exc)
    return changed


def current_thread_nice() -> int | None:
    """This thread's nice value on Linux (None elsewhere); for stats and tests."""
    if not sys.platform.startswith("linux"):
        return None
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
