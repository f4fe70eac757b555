"""Cycles are freed on the GUI thread, whatever thread allocates (widgets/main_thread_gc.py)."""

import gc
import threading

from PySide6.QtCore import QObject

from widgets.main_thread_gc import MainThreadGc


class _Holder:
    """A Qt object in a reference cycle, as a closed dialog with a lambda connected to it is."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.qobject = QObject()
        self.me = self

    def __del__(self) -> None:
        _Holder.freed_on.append(threading.current_thread().name)


def _make_garbage_then_allocate_elsewhere() -> None:
    gc.collect()
    _Holder()  # unreachable at once, but only the cycle collector can free it

    def allocate() -> None:  # a decode thread: many container objects per frame
        keep = [[i] for i in range(50_000)]
        del keep

    worker = threading.Thread(target=allocate, name="decode-like")
    worker.start()
    worker.join()


def test_without_it_a_decode_thread_frees_qt_objects(qapp):
    """The hazard this module exists for (the control case: it must happen with the automatic collector)."""
    _Holder.freed_on = []
    gc.enable()
    try:
        _make_garbage_then_allocate_elsewhere()
    finally:
        gc.disable()
    gc.collect()
    assert _Holder.freed_on == ["decode-like"]


def test_with_it_cycles_are_freed_on_the_gui_thread(qapp, qtbot):
    _Holder.freed_on = []
    collector = MainThreadGc(interval_ms=20, freeze=False)
    try:
        assert not gc.isenabled()
        _make_garbage_then_allocate_elsewhere()
        assert _Holder.freed_on == []  # the worker's allocations did not collect anything
        qtbot.waitUntil(lambda: _Holder.freed_on != [], timeout=5000)
        assert _Holder.freed_on == [threading.main_thread().name]
        assert sum(collector.collections) >= 1
    finally:
        collector.stop()
    assert not gc.isenabled()  # the tests' own rule (conftest) is left as it was


def test_refreeze_frees_what_an_earlier_freeze_kept_and_freezes_the_rest(qapp):
    _Holder.freed_on = []
    collector = MainThreadGc(interval_ms=10_000, freeze=False)
    try:
        _Holder()
        gc.freeze()  # an earlier freeze caught the cycle while it was alive; later it became garbage
        gc.collect()
        assert _Holder.freed_on == []  # frozen objects are out of every collection
        alive = _Holder()
        collector.refreeze()  # a site opened: everything is looked at once, and what lives is frozen
        assert _Holder.freed_on == [threading.main_thread().name]
        assert gc.get_freeze_count() > 0 and alive.me is alive
    finally:
        collector.stop()
        gc.unfreeze()
        gc.collect()


def test_older_generations_wait_for_their_time_not_only_their_thresholds(qapp, monkeypatch):
    """The middle generation every half minute, the full one every five (each pass over them scans every live
    detection: a GUI stall), the young one at every tick."""
    import widgets.main_thread_gc as module

    clock = [1000.0]
    monkeypatch.setattr(module.time, "monotonic", lambda: clock[0])
    collector = MainThreadGc(interval_ms=10_000, freeze=False)
    asked: list[int] = []
    monkeypatch.setattr(module.gc, "get_count", lambda: (800, 11, 11))  # every threshold crossed
    monkeypatch.setattr(module.gc, "collect", lambda generation=2: asked.append(generation) or 0)
    try:
        for seconds in (0.25, 2.5, 10.0, module.MIDDLE_EVERY_S, module.MIDDLE_EVERY_S + 0.25,
                        module.FULL_EVERY_S, module.FULL_EVERY_S + 0.25, module.FULL_EVERY_S + module.MIDDLE_EVERY_S):
            clock[0] = 1000.0 + seconds
            collector.collect()
    finally:
        monkeypatch.undo()
        collector.stop()
    assert asked == [0, 0, 0, 1, 0, 2, 0, 1]
