"""The demo console on two virtual screens restores a saved arrangement: a wall window opens on monitor 2 with its
saved layout, full screen, playing the live demo cameras; on exit the same arrangement is saved again."""

import json
import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.widgets.offscreen_screens import screen, write_config


def layout(name, preset, cameras):
    return {"version": 1, "name": name, "preset": preset, "cameras": cameras, "tours": []}


def test_demo_console_restores_walls_on_two_screens(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    saved = {"version": 1, "walls": [
        {"screen": "DP-1", "screen_index": 0, "fullscreen": False, "main": True, "geometry": [40, 30, 1200, 680],
         "layout": layout("Dispatch", "2x2", ["cam-01", "cam-02", "cam-03", "cam-04"])},
        {"screen": "HDMI-2", "screen_index": 1, "fullscreen": True, "main": False, "geometry": [1320, 40, 900, 600],
         "layout": layout("Centre", "1+5", ["cam-05", "cam-06", "cam-07", "cam-08", "cam-09", "cam-10"])}]}
    (config / "arrangement.json").write_text(json.dumps(saved))
    platform = write_config(tmp_path / "screens.json", [screen("DP-1", 0, 0, 1280, 720),
                                                        screen("HDMI-2", 1280, 0, 1280, 720)])
    shot = tmp_path / "wall.png"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_QPA_OFFSCREEN_NO_GLX": "1", "QALA_CONFIG_DIR": str(config)}
    result = subprocess.run([sys.executable, "-m", "widgets.app", "--demo", "--screenshot", str(shot),
                             "--quit-after", "14"], capture_output=True, text=True, timeout=150, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    main_shot, monitor_2 = QImage(str(shot)), QImage(str(tmp_path / "wall.monitor-2.png"))
    assert (main_shot.width(), main_shot.height()) == (1200, 680)  # the main window's saved place
    assert (monitor_2.width(), monitor_2.height()) == (1280, 720)  # monitor 2's wall fills its screen
    samples = [monitor_2.pixelColor(x, y) for x in range(20, 1280, 40) for y in range(20, 720, 40)]
    bright = sum(c.lightness() > 80 for c in samples) / len(samples)
    assert bright > 0.3, bright  # pictures of the city, not empty dark tiles
    again = json.loads((config / "arrangement.json").read_text())
    walls = {w["screen"]: w for w in again["walls"]}
    assert set(walls) == {"DP-1", "HDMI-2"} and walls["DP-1"]["main"] and not walls["HDMI-2"]["main"]
    assert walls["DP-1"]["layout"]["cameras"] == ["cam-01", "cam-02", "cam-03", "cam-04"]
    assert walls["DP-1"]["geometry"] == [40, 30, 1200, 680]
    assert walls["HDMI-2"]["fullscreen"] and walls["HDMI-2"]["geometry"] == [1320, 40, 900, 600]
    assert walls["HDMI-2"]["layout"] == saved["walls"][1]["layout"]
