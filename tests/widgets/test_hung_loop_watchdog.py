"""The test harness itself: a test whose Qt event loop falls asleep with nothing due (what hung CI once for the
rest of its 90 minutes) fails near its timeout with every thread's stack and the stuck await, and the run goes on
to the next test."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_test_hung_in_an_idle_qt_loop_fails_with_its_stuck_await_and_the_run_goes_on(tmp_path):
    (tmp_path / "test_hangs.py").write_text(textwrap.dedent("""
        import asyncio

        import pytest
        import qasync


        @pytest.mark.timeout(8)
        def test_waits_for_a_wake_up_that_never_comes(qapp):
            loop = qasync.QEventLoop(qapp)
            asyncio.set_event_loop(loop)

            async def stuck_here():
                await loop.create_future()  # nothing will ever set it, and no timer is due

            try:
                loop.run_until_complete(stuck_here())
            finally:
                loop.close()
                asyncio.set_event_loop(None)


        def test_the_next_one_runs():
            pass
    """))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider", "-q",
         "--rootdir", str(tmp_path), str(tmp_path / "test_hangs.py")],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out[-3000:]
    assert "1 failed, 1 passed" in out, out[-3000:]
    assert "Event loop stopped before Future completed" in out
    assert "still running near its 8 s timeout" in out
    assert "in stuck_here" in out and "await loop.create_future()" in out  # the await it hung on
