"""Multi-monitor walls on two virtual screens (Qt's offscreen platform with a screen config), each run of the
console's windows in its own process: the arrangement restores across a restart, a monitor pulled out while the
console runs parks its wall and gets it back when plugged in again, a monitor missing at start loses nothing."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.widgets.offscreen_screens import screen, write_config
from tests.widgets.screens_run import SCREEN_A, SCREEN_B

A = screen(**SCREEN_A)
B = screen(**SCREEN_B)


def run_console(phase, folder, clip, tmp_path, screens=(A, B)):
    platform = write_config(tmp_path / f"screens-{len(screens)}.json", list(screens))
    out = tmp_path / f"{phase}-{len(screens)}.json"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_QPA_OFFSCREEN_NO_GLX": "1"}
    done = subprocess.run([sys.executable, "-m", "tests.widgets.screens_run", phase, str(folder), clip, str(out)],
                          capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.fixture(scope="module")
def arranged(tmp_path_factory, clip_url):
    """The first run: the operator sets up both monitors, then quits."""
    tmp = tmp_path_factory.mktemp("arrange")
    folder = tmp / "config"
    report = run_console("arrange", folder, clip_url, tmp)
    return folder, report


def saved_copy(arranged, tmp_path):
    folder = tmp_path / "config"
    shutil.copytree(arranged[0], folder)
    return folder


def test_the_arrangement_restores_across_a_restart_on_two_screens(arranged, clip_url, tmp_path):
    _, first = arranged
    set_up = first["arranged"]
    assert set_up["screens"] == ["DP-1", "HDMI-2"]
    assert set_up["main"]["screen"] == "DP-1" and set_up["main"]["preset"] == "1+5"
    # "send camera to monitor 2" opened monitor 2's wall and moved cam-01 there
    assert set_up["main"]["cameras"][0] is None and set_up["windows"]["HDMI-2"]["cameras"][0] == "cam-01"
    assert first["windows_after_quit"] == 0

    again = run_console("restore", saved_copy(arranged, tmp_path), clip_url, tmp_path)["final"]
    main, wall_b = again["main"], again["windows"]["HDMI-2"]
    assert main["screen"] == "DP-1" and main["visible"] and not main["fullscreen"]
    assert main["geometry"] == [120, 80, 900, 500]
    assert main["preset"] == "1+5" and main["cameras"] == [None, "cam-02", "cam-03", "cam-04", "cam-05", "cam-06"]
    assert main["playing"] == ["cam-02", "cam-03", "cam-04", "cam-05", "cam-06"]
    assert list(again["windows"]) == ["HDMI-2"]
    assert wall_b["screen"] == "HDMI-2" and wall_b["visible"] and wall_b["fullscreen"]
    assert wall_b["geometry"] == [1280, 0, 1024, 768]  # the whole of monitor B
    assert wall_b["normal_geometry"] == [1300, 40, 800, 600]  # and its window place, for leaving full screen
    assert wall_b["preset"] == "3x3" and wall_b["tiles"] == 9
    assert wall_b["cameras"] == ["cam-01", None, None, None, "cam-09", None, None, None, None]
    assert wall_b["playing"] == ["cam-01", "cam-09"]
    assert again["parked"] == {}


def test_a_monitor_pulled_out_parks_its_wall_and_plugging_it_in_brings_it_back(arranged, clip_url, tmp_path):
    run = run_console("unplug", saved_copy(arranged, tmp_path), clip_url, tmp_path)
    assert list(run["before"]["windows"]) == ["HDMI-2"]
    unplugged = run["unplugged"]
    assert unplugged["screens"] == ["DP-1"] and unplugged["windows"] == {}
    assert unplugged["parked"] == {"HDMI-2": "3x3"}
    assert unplugged["main"]["preset"] == "1+5" and unplugged["main"]["visible"]  # the main wall carries on
    saved = {w["screen"]: w for w in run["saved_while_unplugged"]["walls"]}
    assert saved["HDMI-2"]["layout"]["preset"] == "3x3" and saved["HDMI-2"]["fullscreen"]  # nothing lost on disk
    assert "HDMI-2" in run["status_line"]
    back = run["plugged_back"]["windows"]["HDMI-2"]
    assert back["screen"] == "HDMI-2" and back["fullscreen"] and back["preset"] == "3x3"
    assert back["cameras"][0] == "cam-01" and back["cameras"][4] == "cam-09"
    assert run["plugged_back"]["parked"] == {}
    assert run["final"]["windows"]["HDMI-2"]["playing"] == ["cam-01", "cam-09"]


def test_a_monitor_missing_at_start_keeps_its_wall_for_when_it_is_back(arranged, clip_url, tmp_path):
    folder = saved_copy(arranged, tmp_path)
    alone = run_console("restore", folder, clip_url, tmp_path, screens=(A,))["final"]
    assert alone["windows"] == {} and alone["parked"] == {"HDMI-2": "3x3"}
    assert alone["main"]["preset"] == "1+5"
    both = run_console("restore", folder, clip_url, tmp_path)["final"]  # saved while parked: still there
    assert both["windows"]["HDMI-2"]["preset"] == "3x3" and both["windows"]["HDMI-2"]["fullscreen"]
