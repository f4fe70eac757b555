"""Runs the real console (`widgets.app.main`) in this process and works it like an operator, for the crash-safety
test: the steps run on the console's own event loop, act through the main window's wall, docks and incident desk,
and leave phase files (JSON, written atomically) in a folder the test watches; the test answers with its own.

    python -m tests.e2e.console_driver work --phases DIR --incident ID -- QALA-CONSOLE-ARGUMENTS
    python -m tests.e2e.console_driver report --phases DIR -- QALA-CONSOLE-ARGUMENTS

work: arranges the walls and docks, waits for the test to stop the backend, acknowledges the incident (it stays
in the outbox), then adds a note every 50 ms until it is killed.
report: says how the console came back (walls, docks, size), waits for the outbox to empty, and quits.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

NOTE_EVERY_S = 0.05
MAIN_PRESET, MAIN_CAMERA_CELL, MAIN_CAMERA = "3x3", 4, "cam-05"
MONITOR_2_CELL, MONITOR_2_CAMERA = 1, "cam-02"
WINDOW_SIZE = (1100, 740)


class Phases:
    """The folder shared with the test: one JSON file per phase reached."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def write(self, name: str, **data: Any) -> None:
        tmp = self.folder / f".{name}.json.tmp"
        tmp.write_text(json.dumps(data))
        tmp.replace(self.folder / f"{name}.json")

    def seen(self, name: str) -> bool:
        return (self.folder / f"{name}.json").exists()


async def until(predicate: Callable[[], Any], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what} after {timeout:.0f} s")
        await asyncio.sleep(0.05)


def main_window() -> Any:
    from widgets.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def arrangement(window: Any) -> dict[str, Any]:
    """What an operator sees of the arrangement: main wall, docks, window size, the other monitors' walls."""
    cameras_dock = window.findChild(QDockWidget, "dock-cameras")
    monitors = window.wall.monitors
    return {
        "preset": window.wall.layout_model.preset.name,
        "cameras": list(window.wall.layout_model.cameras),
        "map_dock_hidden": window.map_dock.isHidden(),
        "cameras_dock_area": window.dockWidgetArea(cameras_dock).name,
        "size": [window.width(), window.height()],
        "walls": {key: {"preset": w.wall.layout_model.preset.name, "cameras": list(w.wall.layout_model.cameras)}
                  for key, w in monitors.windows.items()},
    }


async def work(window: Any, phases: Phases, incident_id: str) -> None:
    from widgets.wall_screens import ordered_screens

    pane = window.incident_desk
    desk = pane.desk
    await until(lambda: window.state.incidents.get(incident_id) is not None
                and desk.session.events.state.value == "online", 20, f"incident {incident_id} online")

    wall = window.wall
    wall.set_layout(MAIN_PRESET)  # the seeded 2x2's cam-01 stays in cell 0 ...
    wall.assign(0, None)  # ... until the operator takes it off
    wall.assign(MAIN_CAMERA_CELL, MAIN_CAMERA)
    window.map_dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.findChild(QDockWidget, "dock-cameras"))
    window.resize(*WINDOW_SIZE)
    second = wall.monitors.wall_on(ordered_screens()[1])  # a new wall window on monitor 2
    second.assign(MONITOR_2_CELL, MONITOR_2_CAMERA)
    phases.write("arranged", pid=os.getpid(), arrangement=arrangement(window))

    await until(lambda: phases.seen("backend-stopped"), 30, "the test to stop the backend")
    assert pane.queue.select(incident_id), f"incident {incident_id} is not in the queue"
    assert pane.detail.incident_id == incident_id
    pane.detail.trigger("acknowledge")  # the button: desk -> outbox, while the backend is down
    queued = desk.queued_for(incident_id)
    assert [i.payload["action"] for i in queued] == ["acknowledge"], queued
    phases.write("acknowledged", incident=incident_id, key=queued[0].key, pending=desk.outbox.pending_count())

    notes = 0
    while True:  # work goes on until the test kills this process
        notes += 1
        pane.detail.note_edit.setText(f"crash-safety note {notes}")
        pane.detail.add_note()
        if notes == 5:
            phases.write("working", notes=notes)
        await asyncio.sleep(NOTE_EVERY_S)


async def report(window: Any, phases: Phases, incident_id: str) -> None:
    restored = arrangement(window)  # as it came back, before anything else happens
    outbox = window.incident_desk.desk.outbox
    try:
        await until(lambda: outbox.pending_count() == 0, 30, "the outbox to empty")
    except TimeoutError:
        pass  # the test says what is left
    phases.write("report", arrangement=restored, pending=outbox.pending_count(),
                 refused=[i.payload for i in outbox.refused()])
    window.close()  # a clean quit from here on


STEPS: dict[str, Callable[[Any, Phases, str], Coroutine[Any, Any, None]]] = {"work": work, "report": report}


def start_when_ready(mode: str, phases: Phases, incident_id: str) -> QTimer:
    """Polls for the main window with its incident desk (the site is open and its arrangement restored)."""
    timer = QTimer()
    timer.setInterval(50)

    def check() -> None:
        window = main_window()
        if window is None or not hasattr(window, "incident_desk"):
            return
        timer.stop()
        asyncio.get_running_loop().create_task(guarded(STEPS[mode](window, phases, incident_id), phases, window))

    timer.timeout.connect(check)
    timer.start()
    return timer


async def guarded(steps: Coroutine[Any, Any, None], phases: Phases, window: Any) -> None:
    try:
        await steps
    except Exception:
        phases.write("failed", error=traceback.format_exc())
        window.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    split = argv.index("--") if "--" in argv else len(argv)
    parser = argparse.ArgumentParser(prog="console_driver")
    parser.add_argument("mode", choices=sorted(STEPS))
    parser.add_argument("--phases", required=True)
    parser.add_argument("--incident", default="")
    args = parser.parse_args(argv[:split])
    from widgets.app import main as console_main

    app = QApplication.instance() or QApplication(sys.argv[:1])  # the console takes this one over
    timer = start_when_ready(args.mode, Phases(args.phases), args.incident)
    try:
        return console_main(argv[split + 1:])
    finally:
        timer.stop()
        del app


if __name__ == "__main__":
    sys.exit(main())
