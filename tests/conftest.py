import gc
import os
import tempfile
import threading

import pytest

# Qt without a screen; tests that need OpenGL start Xvfb themselves
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# consoles started by tests (also as subprocesses) log here, not into the developer's own log folder
os.environ.setdefault("QALA_LOG_DIR", tempfile.mkdtemp(prefix="qala-test-logs-"))
# and keep their site profiles and settings out of the developer's own configuration
os.environ.setdefault("QALA_CONFIG_DIR", tempfile.mkdtemp(prefix="qala-test-config-"))


# The console runs Python's cycle collector on the GUI thread only (widgets/main_thread_gc.py): a Qt object freed by
# a collection that a decode thread happened to trigger crashes the process later. Tests build windows and walls
# in this process, so they get the same rule: no automatic collection, one full collection after each test.
gc.disable()


@pytest.fixture(autouse=True)
def collect_on_the_main_thread():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_leaked_threads():
    """A test must not leave a thread running (decoders, servers): napari's rule, applied to us."""
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = []
    for thread in threading.enumerate():
        # a _DummyThread is a native thread (FFmpeg's, Qt's) that once called into Python: not ours to join
        if isinstance(thread, threading._DummyThread):  # noqa: SLF001
            continue
        if thread.ident not in before and thread.is_alive():
            thread.join(timeout=5)
            if thread.is_alive():
                leaked.append(thread.name)
    assert not leaked, f"threads left running: {leaked}"


@pytest.fixture(autouse=True)
def own_config_dir(tmp_path_factory, monkeypatch):
    """Consoles started by a test keep their wall arrangement and named layouts in a folder of the test's own."""
    monkeypatch.setenv("QALA_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def a_hung_qt_loop_fails_the_test(request):
    """pytest-timeout's alarm runs its Python handler only when Python code next runs on the main thread, and a Qt
    event loop asleep in poll() with nothing due runs none: a test hung there would wait out the whole CI budget.
    A timer gives Python a turn every quarter second; a little before the test's timeout it writes every thread's
    stack and every asyncio task's await chain to stderr and stops the running loop, so the test fails with a
    diagnosis and the suite goes on."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    import asyncio
    import faulthandler
    import sys
    import time

    from PySide6.QtCore import QTimer

    request.getfixturevalue("qapp")
    marker = request.node.get_closest_marker("timeout")
    limit = float(marker.args[0] if marker and marker.args else request.config.getoption("timeout") or 0)
    if limit <= 0:
        yield
        return
    give_up_at = time.monotonic() + max(limit - 20, limit * 0.9)

    def beat():
        if time.monotonic() < give_up_at:
            return
        timer.stop()
        print(f"\n=== {request.node.nodeid}: still running near its {limit:.0f} s timeout; stacks follow ===",
              file=sys.stderr, flush=True)
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        loop = asyncio._get_running_loop()  # noqa: SLF001 - the loop the Qt event loop is running, if any
        if loop is not None:
            for task in asyncio.all_tasks(loop):
                print(f"--- {task!r}", file=sys.stderr)
                task.print_stack(file=sys.stderr)
            loop.stop()  # run_until_complete raises "Event loop stopped before Future completed"
        sys.stderr.flush()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(beat)
    timer.start()
    yield
    timer.stop()
