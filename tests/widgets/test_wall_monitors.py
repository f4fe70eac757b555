"""Send to monitor, full screen, closing a wall window, a broken arrangement file and incident alerts, on the real
main window with a second virtual screen plugged into this process's offscreen platform for the test."""

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from console.api.models import Incident
from console.ops.city_state import CityState
from console.wall.model import WallLayout
from tests.widgets.offscreen_screens import OffscreenScreens, screen
from widgets.main_window import MainWindow
from widgets.wall_alerts import WallAlerts
from widgets.wall_menu import build_tile_menu
from widgets.wall_screens import WallScreens, screen_key

SECOND = screen("HDMI-2", 800, 0, 1024, 768)


@pytest.fixture
def second_screen(qtbot):
    platform = OffscreenScreens()
    first = QGuiApplication.primaryScreen()
    geometry = first.geometry()
    original = [screen(first.name(), geometry.x(), geometry.y(), geometry.width(), geometry.height())]
    platform.set_screens([*original, SECOND])
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 2, timeout=10000)
    yield next(s for s in QGuiApplication.screens() if s.name() == "HDMI-2")
    platform.set_screens(original)
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 1, timeout=10000)


@pytest.fixture
def console(qtbot, cameras, tmp_path):
    state = CityState()
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    screens = WallScreens(window, state, folder=tmp_path)
    window.sig_closed.connect(screens.shutdown)
    state.set_cameras(cameras)
    yield window, screens, state
    screens.shutdown()
    window.wall.stop()


def actions(menu):
    found = {}
    for action in menu.actions():
        found[action.text()] = action
        if action.menu() is not None:
            found.update({f"{action.text()}/{a.text()}": a for a in action.menu().actions()})
    return found


def test_send_camera_and_layout_to_the_other_monitor_from_the_tile_menu(console, second_screen, qtbot):
    window, screens, _ = console
    wall = window.wall
    assert wall.layout_model.cameras[:2] == ["cam-01", "cam-02"]
    menu = actions(build_tile_menu(wall, 1))
    assert "Send camera to monitor/2: HDMI-2" in menu and "Send layout to monitor/2: HDMI-2" in menu
    assert not menu["Full screen"].isChecked()
    menu["Send camera to monitor/2: HDMI-2"].trigger()  # opens monitor 2's wall and moves cam-02 there
    other = screens.windows["HDMI-2"]
    assert other.screen() is second_screen and other.isVisible()
    assert other.wall.layout_model.cameras[0] == "cam-02" and other.wall.tiles[0].camera.id == "cam-02"
    assert wall.layout_model.cameras[1] is None and wall.tiles[1].camera is None
    # from monitor 2's wall, the choices are the other screens: the main one
    back = actions(build_tile_menu(other.wall, 0))
    assert [k for k in back if k.startswith("Send layout to monitor/")] == [
        f"Send layout to monitor/1: {screen_key(window.screen())}"]
    wall.set_layout("1+5")
    actions(build_tile_menu(wall, 0))["Send layout to monitor/2: HDMI-2"].trigger()
    assert other.wall.layout_model.preset_name == "1+5" and len(other.wall.tiles) == 6
    assert other.wall.layout_model.cameras == wall.layout_model.cameras  # a copy: the main wall keeps its own
    actions(build_tile_menu(other.wall, 0))["Full screen"].trigger()
    qtbot.waitUntil(lambda: other.isFullScreen() and other.geometry() == second_screen.geometry(), timeout=5000)
    assert screens.save()
    saved = json.loads((screens.folder / "arrangement.json").read_text())
    assert [(w["screen"], w["main"], w["fullscreen"]) for w in saved["walls"]] == [
        (screen_key(window.screen()), True, False), ("HDMI-2", False, True)]
    other.close()  # the operator closes monitor 2's wall: it leaves the arrangement
    qtbot.waitUntil(lambda: not screens.windows, timeout=5000)
    assert screens.save()
    saved = json.loads((screens.folder / "arrangement.json").read_text())
    assert [w["screen"] for w in saved["walls"]] == [screen_key(window.screen())]


def test_sending_to_its_own_monitor_or_a_missing_one_does_nothing(console):
    window, screens, _ = console
    assert not screens.send_layout(window.wall, 1)  # the main wall is monitor 1's wall
    assert not screens.send_camera(window.wall, 0, 1)
    assert not screens.send_camera(window.wall, 0, 7)
    assert window.wall.layout_model.cameras[0] == "cam-01" and screens.windows == {}
    assert "Send layout to monitor" not in actions(build_tile_menu(window.wall, 0))  # one screen: no choices


def test_a_broken_arrangement_file_is_kept_aside_and_the_console_starts(console, tmp_path):
    window, screens, _ = console
    (tmp_path / "arrangement.json").write_text('{"walls": [{"screen": 3}]}')
    assert screens.restore().walls == []
    kept = list(tmp_path.glob("arrangement.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text() == '{"walls": [{"screen": 3}]}'
    assert window.wall.layout_model.preset_name == "4x4"


def test_new_incident_flashes_its_camera_on_every_monitor_until_acknowledged(console, second_screen, qtbot):
    window, screens, state = console
    other = screens.wall_on(second_screen)  # a new, empty 2x2 wall on monitor 2
    other.assign(0, "cam-03")
    alerts = WallAlerts(state.incidents, screens)
    try:
        incident = Incident.from_json({"id": "i1", "type": "road_accident", "severity": "high", "status": "new",
                                       "title": "Crash", "camera_id": "cam-03", "lat": 1, "lon": 2,
                                       "district": "centre", "created_ms": 5, "updated_ms": 5})
        state.incidents.upsert(incident)
        flashing = [(w, t.index) for w in (window.wall, other) for t in w.tiles if t.alert]
        assert flashing == [(window.wall, 2), (other, 0)]
        window.wall.set_layout("2x2")  # rebuilt tiles keep flashing
        assert window.wall.tiles[2].alert
        state.incidents.upsert(dataclasses.replace(incident, status="acknowledged", updated_ms=9))
        assert not any(t.alert for w in (window.wall, other) for t in w.tiles)
        state.incidents.replace_all([dataclasses.replace(incident, id="i2", camera_id="cam-01", updated_ms=10)])
        assert [t.index for t in window.wall.tiles if t.alert] == [0]
        screens.send_camera(window.wall, 0, 2)  # the alarm camera moves to monitor 2 and flashes there
        assert [t.camera.id for t in other.tiles if t.alert] == ["cam-01"]
        assert not any(t.alert for t in window.wall.tiles)
    finally:
        alerts.stop()


def test_saved_layout_geometry_off_every_screen_is_brought_onto_the_screen(console, second_screen):
    from console.wall.store import ScreenWall

    _, screens, _ = console
    saved = ScreenWall("HDMI-2", 1, WallLayout("Far", "2x2"), False, geometry=(9000, 9000, 640, 480))
    window = screens.open_wall(second_screen, saved)
    assert second_screen.availableGeometry().contains(window.geometry())
    assert screens.open_wall(second_screen) is window  # one wall window per screen


def test_f11_on_a_wall_window_toggles_full_screen(console, second_screen, qtbot):
    _, screens, _ = console
    window = screens.open_wall(second_screen)
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Qala wall: monitor 2 (HDMI-2)"
    qtbot.keyClick(window.wall, Qt.Key.Key_F11)  # the wall does not use F11: its window does
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    qtbot.keyClick(window.wall, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)


def test_a_wall_window_dragged_to_another_free_monitor_becomes_its_wall(console, second_screen, qtbot):
    window, screens, _ = console
    first = QGuiApplication.primaryScreen()
    geometry = first.geometry()
    OffscreenScreens().set_screens([screen(first.name(), geometry.x(), geometry.y(), geometry.width(), geometry.height()),
                                    SECOND, screen("DP-3", 1824, 0, 800, 600)])
    qtbot.waitUntil(lambda: len(QGuiApplication.screens()) == 3, timeout=10000)
    assert "DP-3" in window.statusBar().currentMessage()  # a new monitor: the operator is told how to use it
    wall_window = screens.open_wall(second_screen)
    qtbot.waitExposed(wall_window)
    wall_window.move(1900, 50)
    qtbot.waitUntil(lambda: "DP-3" in screens.windows, timeout=5000)
    assert screens.windows == {"DP-3": wall_window} and wall_window.screen_key == "DP-3"
    assert wall_window.windowTitle() == "Qala wall: monitor 3 (DP-3)"
    assert screens.save()
    saved = json.loads((screens.folder / "arrangement.json").read_text())
    assert [w["screen"] for w in saved["walls"] if not w["main"]] == ["DP-3"]
