"""One run of the console's window part on virtual screens, for the multi-monitor tests (run as a subprocess:
a restart is a new process). The main window, its wall and WallScreens are the real ones, the cameras play a real
H.264 file. `python -m tests.widgets.screens_run PHASE CONFIG_DIR CLIP REPORT.json`:

- arrange: start from what is saved, set up two monitors' walls through the operator's actions, quit (saves)
- restore: start, restore what was saved, report where everything is, quit
- unplug:  start, restore, pull monitor B out, report, plug it back in, report, quit
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from console.api.models import Camera
from console.ops.city_state import CityState
from tests.widgets.wall_fixtures import camera_json
from widgets.main_window import MainWindow
from widgets.wall_screens import WallScreens, ordered_screens, screen_key

SCREEN_A = {"name": "DP-1", "x": 0, "y": 0, "width": 1280, "height": 720}
SCREEN_B = {"name": "HDMI-2", "x": 1280, "y": 0, "width": 1024, "height": 768}


def wait_until(app: QApplication, condition: Any, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def report(screens: WallScreens) -> dict[str, Any]:
    def describe(window: Any) -> dict[str, Any]:
        rect, normal = window.geometry(), window.normalGeometry()
        wall = window.wall
        return {"screen": screen_key(window.screen()), "visible": window.isVisible(),
                "fullscreen": window.isFullScreen(), "geometry": [rect.x(), rect.y(), rect.width(), rect.height()],
                "normal_geometry": [normal.x(), normal.y(), normal.width(), normal.height()],
                "preset": wall.layout_model.preset_name, "name": wall.layout_model.name,
                "cameras": list(wall.layout_model.cameras),
                "playing": sorted(t.camera.id for t in wall.tiles if t.camera is not None),
                "tiles": len(wall.tiles)}

    return {"screens": [screen_key(s) for s in ordered_screens()],
            "main": describe(screens.main),
            "windows": {key: describe(w) for key, w in screens.windows.items()},
            "parked": {key: w.layout.preset_name for key, w in screens.parked.items()}}


def main(argv: list[str]) -> int:
    phase, folder, clip, out = argv
    app = QApplication.instance() or QApplication([])
    state = CityState()
    window = MainWindow(state)
    window.resize(1000, 600)
    window.show()
    screens = WallScreens(window, state, folder=folder)
    window.sig_closed.connect(screens.shutdown)
    screens.restore()
    state.set_cameras([Camera.from_json(camera_json(n, clip)) for n in range(1, 13)])
    steps: dict[str, Any] = {}
    if phase == "arrange":
        monitor_b = [s.name() for s in ordered_screens()].index(SCREEN_B["name"]) + 1
        main_wall = window.wall
        main_wall.set_layout("1+5")
        main_wall.show_cameras(["cam-01", "cam-02", "cam-03", "cam-04", "cam-05", "cam-06"])
        assert screens.send_camera(main_wall, 0, monitor_b)  # opens monitor B's wall with cam-01 in it
        window_b = screens.windows[SCREEN_B["name"]]
        window.setGeometry(120, 80, 900, 500)
        window_b.setGeometry(1300, 40, 800, 600)
        window_b.wall.set_layout("3x3")
        window_b.wall.assign(4, "cam-09")
        screens.toggle_fullscreen(window_b.wall)
        wait_until(app, window_b.isFullScreen)
        steps["arranged"] = report(screens)
    elif phase == "unplug":
        from tests.widgets.offscreen_screens import OffscreenScreens, screen

        platform = OffscreenScreens()
        a = screen(SCREEN_A["name"], SCREEN_A["x"], SCREEN_A["y"], SCREEN_A["width"], SCREEN_A["height"])
        b = screen(SCREEN_B["name"], SCREEN_B["x"], SCREEN_B["y"], SCREEN_B["width"], SCREEN_B["height"])
        wait_until(app, lambda: bool(screens.windows))
        steps["before"] = report(screens)
        platform.set_screens([a])
        wait_until(app, lambda: len(QGuiApplication.screens()) == 1 and not screens.windows)
        steps["unplugged"] = report(screens)
        steps["saved_while_unplugged"] = json.loads((Path(folder) / "arrangement.json").read_text())
        steps["status_line"] = window.statusBar().currentMessage()
        platform.set_screens([a, b])
        wait_until(app, lambda: bool(screens.windows))
        wait_until(app, lambda: all(w.isFullScreen() for w in screens.windows.values()), 5.0)
        steps["plugged_back"] = report(screens)
    wait_until(app, lambda: all(t.frame is not None for w in screens.walls() for t in w.tiles if t.camera), 30.0)
    steps["final"] = report(screens)
    steps["frames"] = sum(t.frame is not None for w in screens.walls() for t in w.tiles)
    window.close()  # saves the arrangement (WallScreens.shutdown) and closes the wall windows
    screens.shutdown()
    window.wall.stop()
    steps["windows_after_quit"] = len(screens.windows)
    Path(out).write_text(json.dumps(steps, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
