"""The per-site arrangement (window, docks, main wall) is written while it changes, not only at close: a console
killed mid-work comes back as it was (issue #11). No backend: the controller is given an open site by hand."""

import json

from PySide6.QtCore import QSettings

from console.ops.city_state import CityState
from console.profiles import SiteProfile
from widgets.console_controller import ConsoleController
from widgets.main_window import MainWindow


def open_console(qtbot, path, *, site=True):
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    window = MainWindow(CityState())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    controller = ConsoleController(window, settings, use_keyring=False)
    if site:  # what open_site leaves behind, without a backend
        controller.session = object()
        controller.profile = SiteProfile("city", "City", "http://127.0.0.1:1")
    return settings, window, controller


def saved_wall(path):
    wall = QSettings(str(path), QSettings.Format.IniFormat).value("sites/city/wall")
    return json.loads(wall) if isinstance(wall, str) else None


def saved_state(path):
    return QSettings(str(path), QSettings.Format.IniFormat).value("sites/city/window_state")


def test_changes_are_saved_while_the_console_runs_and_come_back(qtbot, tmp_path):
    path = tmp_path / "console.ini"
    _, window, controller = open_console(qtbot, path)
    controller.start_autosave()
    try:
        window.wall.set_layout("3x3")
        window.wall.assign(4, "cam-05")
        # no close, no switch: the settings file on disk has it within moments (a SIGKILL now loses nothing)
        qtbot.waitUntil(lambda: (saved_wall(path) or {}).get("preset") == "3x3", timeout=3000)
        assert saved_wall(path)["cameras"][4] == "cam-05"
        before = saved_state(path)
        window.map_dock.hide()  # no signal says the window's state changed: the periodic check sees it
        qtbot.waitUntil(lambda: saved_state(path) != before, timeout=3000)
        assert not controller.autosave()  # nothing changed since: nothing is written again
    finally:
        controller.stop_autosave()

    _, again, restored = open_console(qtbot, path, site=False)
    assert restored.restore_arrangement("city")
    assert again.wall.layout_model.preset.name == "3x3"
    assert again.wall.layout_model.cameras[4] == "cam-05"
    assert again.map_dock.isHidden() and not again.findChild(type(again.map_dock), "dock-incidents").isHidden()


def test_nothing_is_written_between_sites(qtbot, tmp_path):
    path = tmp_path / "console.ini"
    _, window, controller = open_console(qtbot, path, site=False)
    controller.profile = SiteProfile("city", "City", "http://127.0.0.1:1")  # closed: the session is gone
    controller.start_autosave()
    try:
        window.wall.set_layout("2x2")  # the next site's arrangement being restored
        assert not controller.autosave()
        qtbot.wait(500)
        assert saved_wall(path) is None
    finally:
        controller.stop_autosave()
