"""Stopping background asyncio tasks without ever waiting forever.

A cancelled task normally finishes within a loop turn or two. If it does not (a library that swallows the
cancellation, or a wake-up the event loop never gets), `await task` would wait forever, and a console being closed
would hang with nothing on screen. `cancel_and_wait` waits a bounded time, with a timer armed so that the loop
wakes up even when nothing else is due, and logs the task's stack if it is still running.
"""

from __future__ import annotations

import asyncio
import io
import logging

log = logging.getLogger(__name__)

STOP_WAIT_S = 5.0


async def cancel_and_wait(task: asyncio.Task[object] | None, timeout: float = STOP_WAIT_S) -> bool:
    """Cancel `task` and wait at most `timeout` seconds for it to end. Returns whether it ended."""
    if task is None:
        return True
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=timeout)
    if not done:
        stack = io.StringIO()
        task.print_stack(file=stack)
        log.error("task %s did not stop %.0f s after it was cancelled; left behind:\n%s",
                  task.get_name(), timeout, stack.getvalue())
        return False
    if not task.cancelled() and task.exception() is not None:
        log.error("task %s failed while stopping", task.get_name(), exc_info=task.exception())
    return True
