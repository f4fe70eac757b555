"""Lowering a whole process: every thread it has (imports start some) and every thread it starts later."""

import subprocess
import sys

import pytest

SCRIPT = r"""
import os, threading
from console.video.priority import lower_process_to

stop = threading.Event()
early = threading.Thread(target=stop.wait); early.start()  # as BLAS or FFmpeg start threads at import
first = lower_process_to(7)
late_nice = []
late = threading.Thread(target=lambda: late_nice.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
late.start(); late.join()
nices = [os.getpriority(os.PRIO_PROCESS, int(t)) for t in os.listdir("/proc/self/task")]
second = lower_process_to(7)
lower = lower_process_to(3)  # never raises a process's priority back
stop.set(); early.join()
print(first, second, lower, min(nices), max(nices), late_nice[0], len(nices))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_lower_process_to_reaches_threads_started_before_and_after():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=30, check=True)
    first, second, lower, low, high, late, count = out.stdout.split()
    assert (first, second, lower) == ("True", "False", "False")
    assert int(count) >= 2 and int(low) == int(high) == 7 and int(late) == 7
