"""Multi-monitor walls: the main window's wall on its screen and one WallWindow on each extra screen, each with its
own layout; "send to monitor N"; the whole arrangement saved atomically and restored on the next start; screens
that come and go while the console runs (a removed screen's wall is parked and comes back with its screen)."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from console.ops.city_state import CityState
from console.wall.model import LayoutError, WallLayout
from console.wall.store import ARRANGEMENT_FILE, Arrangement, ScreenWall, config_dir
from widgets.wall_window import WallWindow

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300  # a drag or a resize changes the arrangement many times a second: save once it settles
NEW_WALL_PRESET = "2x2"


def tr(text: str) -> str:
    return QCoreApplication.translate("WallScreens", text)


def screen_key(screen: QScreen) -> str:
    """A screen's identity across restarts: its name (the connector, e.g. HDMI-1), else its place in the list."""
    name = screen.name()
    if name:
        return name
    screens = QGuiApplication.screens()
    return f"screen-{screens.index(screen) if screen in screens else 0}"


def ordered_screens() -> list[QScreen]:
    """Monitor 1, 2, ... as operators count them: left to right, then top to bottom."""
    return sorted(QGuiApplication.screens(), key=lambda s: (s.geometry().x(), s.geometry().y()))


class WallScreens(QObject):
    """Owns the extra wall windows. `main_window.wall` is the wall of the main window's screen."""

    sig_changed = Signal()  # a wall window opened or closed, or a screen came or went

    def __init__(self, main_window: Any, state: CityState, *, renderer: str = "cpu",
                 folder: str | Path | None = None, library: Any = None) -> None:
        super().__init__(main_window)
        self.main = main_window
        self.state = state
        self.renderer = renderer
        self.library = library
        self.folder = Path(folder) if folder is not None else config_dir()
        self.windows: dict[str, WallWindow] = {}  # screen key -> its wall window
        self.parked: dict[str, ScreenWall] = {}  # walls whose screen is gone, by screen key
        self._shut = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        main_window.wall.monitors = self
        main_window.wall.library = library
        main_window.wall.sig_layout_changed.connect(self.schedule_save)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self._on_screen_removed)  # type: ignore[attr-defined]
        state.sig_cameras.connect(self._on_cameras)

    # -- what is where -----------------------------------------------------------------------------------------

    def main_screen(self) -> QScreen:
        return self.main.screen() or QGuiApplication.primaryScreen()

    def monitor_number(self, screen: QScreen) -> int:
        return ordered_screens().index(screen) + 1

    def screen_of(self, wall: Any) -> QScreen:
        window = next((w for w in self.windows.values() if w.wall is wall), None)
        return window.screen() if window is not None else self.main_screen()

    def walls(self) -> list[Any]:
        return [self.main.wall, *(w.wall for w in self.windows.values())]

    def wall_on(self, screen: QScreen, *, open_one: bool = True) -> Any:
        """The wall shown on this screen; with `open_one`, a new wall window where there is none yet."""
        if screen is self.main_screen():
            return self.main.wall
        window = self.windows.get(screen_key(screen))
        if window is None and open_one:
            window = self.open_wall(screen)
        return window.wall if window is not None else None

    def monitor_choices(self, wall: Any) -> list[tuple[int, str]]:
        """(monitor number, menu text) of every screen other than the one this wall is on."""
        here = self.screen_of(wall)
        return [(n, tr("{number}: {name}").format(number=n, name=screen.name() or screen_key(screen)))
                for n, screen in enumerate(ordered_screens(), start=1) if screen is not here]

    # -- opening and closing wall windows ------------------------------------------------------------------------

    def open_wall(self, screen: QScreen, wall: ScreenWall | None = None) -> WallWindow:
        """A wall window on `screen`: the saved one (layout, full screen, geometry) or a new empty 2x2."""
        key = screen_key(screen)
        existing = self.windows.get(key)
        if existing is not None:
            return existing
        self.parked.pop(key, None)
        number = self.monitor_number(screen)
        layout = wall.layout if wall is not None else WallLayout(tr("Monitor {number}").format(number=number),
                                                                  NEW_WALL_PRESET)
        window = WallWindow(self.state.detections, layout, renderer=self.renderer, screen_key=key)
        window.set_title(number, screen.name() or key)
        window.wall.monitors = self
        window.wall.library = self.library
        window.wall.set_catalog(list(self.state.cameras.values()))
        window.wall.sig_layout_changed.connect(self.schedule_save)
        window.sig_changed.connect(lambda: self._on_window_changed(window))
        window.sig_closed.connect(self._on_window_closed)
        window.setScreen(screen)
        window.setGeometry(_placed(wall.geometry if wall is not None else None, screen))
        self.windows[key] = window
        if wall is not None and wall.fullscreen:
            window.showFullScreen()
        else:
            window.show()
        log.info("wall window on monitor %d (%s): layout %s", number, key, layout.preset_name)
        self.schedule_save()
        self.sig_changed.emit()
        return window

    def open_all(self) -> None:
        """A wall window on every screen that has none."""
        for screen in ordered_screens():
            self.wall_on(screen)

    def _on_window_changed(self, window: WallWindow) -> None:
        """Moved or resized; a wall window dragged onto another free monitor becomes that monitor's wall."""
        if window.closing_for or self.windows.get(window.screen_key) is not window:
            return
        screen = window.screen()
        key = screen_key(screen)
        if key != window.screen_key and key not in self.windows and screen is not self.main_screen():
            del self.windows[window.screen_key]
            self.windows[key] = window
            window.screen_key = key
            window.set_title(self.monitor_number(screen), screen.name() or key)
            self.sig_changed.emit()
        self.schedule_save()

    def _on_window_closed(self, window: WallWindow) -> None:
        if self.windows.get(window.screen_key) is window:
            del self.windows[window.screen_key]
        if window.closing_for == "":  # the operator closed it: it leaves the arrangement
            log.info("wall window on %s closed", window.screen_key)
            self.schedule_save()
        window.deleteLater()
        self.sig_changed.emit()

    # -- operator actions ------------------------------------------------------------------------------------------

    def send_camera(self, source: Any, index: int, number: int) -> bool:
        """Move the camera in `source`'s tile to monitor `number`'s wall (first empty tile, else the selected one)."""
        screens = ordered_screens()
        tile = source.tiles[index] if 0 <= index < len(source.tiles) else None
        if tile is None or tile.camera is None or not 1 <= number <= len(screens):
            return False
        camera_id = tile.camera.id
        target = self.wall_on(screens[number - 1])
        if target is source:
            return False
        cameras = target.layout_model.cameras
        cell = cameras.index(None) if None in cameras else target.selected
        target.assign(cell, camera_id)
        target.select(cell)
        source.assign(index, None)
        return True

    def send_layout(self, source: Any, number: int) -> bool:
        """Show a copy of `source`'s layout (preset, cameras, tours) on monitor `number`."""
        screens = ordered_screens()
        if not 1 <= number <= len(screens):
            return False
        target = self.wall_on(screens[number - 1])
        if target is source:
            return False
        target.apply_layout(source.layout_model)
        return True

    def is_fullscreen(self, wall: Any) -> bool:
        return self._window_of(wall).isFullScreen()

    def toggle_fullscreen(self, wall: Any) -> None:
        window = self._window_of(wall)
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()
        self.schedule_save()

    def _window_of(self, wall: Any) -> Any:
        return next((w for w in self.windows.values() if w.wall is wall), self.main)

    # -- screens coming and going ----------------------------------------------------------------------------------

    def _on_screen_removed(self, screen: QScreen) -> None:
        key = screen_key(screen)
        window = self.windows.pop(key, None)
        if window is None:
            return
        self.parked[key] = self._describe(window, key)
        window.closing_for = "screen"
        window.close()
        self.main.statusBar().showMessage(
            tr("Monitor {name} disconnected: its wall comes back when the monitor does").format(name=key), 15000)
        log.warning("screen %s removed: its wall is parked until it returns", key)
        self.save()

    def _on_screen_added(self, screen: QScreen) -> None:
        key = screen_key(screen)
        parked = self.parked.get(key)
        if parked is not None and not self._shut:
            log.info("screen %s is back: restoring its wall", key)
            self.open_wall(screen, parked)
            self.main.statusBar().showMessage(tr("Monitor {name} connected: its wall is back").format(name=key), 15000)
        elif not self._shut:
            self.main.statusBar().showMessage(
                tr("Monitor {name} connected: right-click a tile to send a camera or the layout to it").format(name=key),
                15000)
        self.sig_changed.emit()

    def _on_cameras(self) -> None:
        cameras = list(self.state.cameras.values())
        for window in self.windows.values():
            window.wall.set_catalog(cameras)

    # -- the arrangement ---------------------------------------------------------------------------------------------

    def _describe(self, window: Any, key: str, *, main: bool = False) -> ScreenWall:
        screens = QGuiApplication.screens()
        screen = window.screen()
        index = screens.index(screen) if screen in screens else 0
        rect = window.normalGeometry() if window.isFullScreen() or window.isMaximized() else window.geometry()
        if not rect.isValid():
            rect = window.geometry()
        geometry = (rect.x(), rect.y(), rect.width(), rect.height()) if rect.isValid() else None
        layout = WallLayout.from_json(window.wall.layout_model.to_json())
        return ScreenWall(key, index, layout, window.isFullScreen(), main, geometry)

    def arrangement(self) -> Arrangement:
        walls = [self._describe(self.main, screen_key(self.main_screen()), main=True)]
        walls += [self._describe(w, key) for key, w in self.windows.items()]
        walls += [w for key, w in self.parked.items() if key not in self.windows]
        return Arrangement(walls)

    def schedule_save(self) -> None:
        if not self._shut:
            self._save_timer.start()

    def save(self) -> bool:
        self._save_timer.stop()
        try:
            self.arrangement().save(self.folder)
        except (OSError, LayoutError) as exc:
            log.error("cannot save the wall arrangement in %s: %s", self.folder, exc)
            return False
        return True

    def restore(self, *, main_geometry: bool = True) -> Arrangement:
        """Put every saved wall back: the main wall's layout (and the main window's place), a wall window on each
        saved screen that is here, parked walls for the screens that are not. A broken file is kept aside."""
        try:
            arrangement = Arrangement.load(self.folder)
        except LayoutError as exc:
            kept = self.folder / f"{ARRANGEMENT_FILE}.broken-{int(time.time())}"
            shutil.copyfile(self.folder / ARRANGEMENT_FILE, kept)
            log.error("the saved wall arrangement is broken (%s); kept as %s, starting with the default", exc, kept)
            return Arrangement()
        main = arrangement.main
        if main is not None:
            self.main.wall.apply_layout(main.layout)
            if main_geometry:
                screen = _find_screen(main.screen, main.screen_index)
                if screen is not None and main.geometry is not None:
                    self.main.setGeometry(_placed(main.geometry, screen))
                if main.fullscreen:
                    self.main.showFullScreen()
        for wall in arrangement.walls:
            if wall.main:
                continue
            screen = _find_screen(wall.screen, wall.screen_index)
            if screen is None or screen is self.main_screen():
                self.parked[wall.screen] = wall
                log.info("saved wall for screen %s parked: the screen is not here", wall.screen)
            else:
                self.open_wall(screen, wall)
        return arrangement

    def shutdown(self) -> None:
        """Save the arrangement as it is, then close the wall windows (they stay in the arrangement)."""
        if self._shut:
            return
        self.save()
        self._shut = True
        for window in list(self.windows.values()):
            window.closing_for = "quit"
            window.close()
        self.windows.clear()
        self.state.sig_cameras.disconnect(self._on_cameras)


def _find_screen(name: str, index: int) -> QScreen | None:
    screens = QGuiApplication.screens()
    by_name = [s for s in screens if screen_key(s) == name]
    if by_name:
        return by_name[0]
    return screens[index] if not name and 0 <= index < len(screens) else None


def _placed(geometry: Sequence[int] | None, screen: QScreen) -> QRect:
    """The saved geometry when its centre is on this screen, else most of the screen."""
    area = screen.availableGeometry()
    if geometry is not None:
        rect = QRect(*geometry)
        if area.contains(rect.center()):
            return rect
    margin_x, margin_y = area.width() // 20, area.height() // 20
    return area.adjusted(margin_x, margin_y, -margin_x, -margin_y)
