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
