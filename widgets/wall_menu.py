"""The wall's context menu: maximise, pause, overlays (this tile or the whole wall), layouts (presets, named
ones, shared ones), send a camera or the layout to another monitor, full screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from console.wall.layouts import PRESETS
from console.wall.model import Tour

TILE_TOUR_S = 10.0
WALL_TOUR_S = 20.0


def tr(text: str) -> str:
    return QCoreApplication.translate("WallMenu", text)


def overlay_names() -> dict[str, str]:
    return {"boxes": tr("Boxes"), "labels": tr("Labels"), "tracks": tr("Tracks"), "zones": tr("Zones and lines")}


def build_tile_menu(wall: Any, index: int) -> QMenu:
    tile = wall.tiles[index]
    menu = QMenu(wall)
    menu.addAction(tr("Restore layout") if wall.maximised is not None else tr("Maximise"),
                   lambda: wall.toggle_maximise(index))
    menu.addAction(tr("Resume") if tile.paused else tr("Pause"), lambda: wall.toggle_pause(index))
    if tile.zoom > 1:
        menu.addAction(tr("Reset zoom"), lambda: tile.set_zoom(1.0))
    this_tile = menu.addMenu(tr("Overlays on this tile"))
    whole = menu.addMenu(tr("Overlays on the wall"))
    for kind, name in overlay_names().items():
        action = this_tile.addAction(name)
        action.setCheckable(True)
        action.setChecked(tile.overlay_on(kind))
        action.toggled.connect(lambda on, k=kind: wall.set_overlay(k, on, index))
        action = whole.addAction(name)
        action.setCheckable(True)
        action.setChecked(wall.overlay_flags[kind])
        action.toggled.connect(lambda on, k=kind: wall.set_overlay(k, on))
    layouts = menu.addMenu(tr("Layout"))
    for name in PRESETS:
        action = layouts.addAction(name)
        action.setCheckable(True)
        action.setChecked(name == wall.layout_model.preset_name)
        action.triggered.connect(lambda _=False, n=name: wall.set_layout(n))
    if wall.library is not None:
        add_library_actions(layouts, wall, wall.library)
    add_tour_actions(menu.addMenu(tr("Tour")), wall, index)
    if wall.monitors is not None:
        add_monitor_actions(menu, wall, wall.monitors, index)
    return menu


def add_tour_actions(menu: QMenu, wall: Any, index: int) -> None:
    """Cycle this tile, or the whole wall page by page, through every camera in number order."""
    cameras = tuple(c.id for c in sorted(wall.catalog.values(), key=lambda c: c.number))
    tile = menu.addAction(tr("This tile through every camera, {seconds} s each").format(seconds=f"{TILE_TOUR_S:g}"),
                          lambda: wall.start_tour(Tour(cameras, TILE_TOUR_S, index)))
    whole = menu.addAction(tr("The wall through every camera, {seconds} s a page").format(seconds=f"{WALL_TOUR_S:g}"),
                           lambda: wall.start_tour(Tour(cameras, WALL_TOUR_S)))
    tile.setEnabled(bool(cameras))
    whole.setEnabled(bool(cameras))
    stop = menu.addAction(tr("Stop tours"), wall.stop_tours)
    stop.setEnabled(bool(wall.layout_model.tours))


def add_library_actions(menu: QMenu, wall: Any, library: Any) -> None:
    """Named layouts: save, open, share through the backend, fetch the shared ones."""
    menu.addSeparator()
    menu.addAction(tr("Save layout as\u2026"), lambda: library.ask_save_as(wall))
    saved = menu.addMenu(tr("Open saved layout"))
    names = library.names()
    saved.setEnabled(bool(names))
    for name in names:
        action = saved.addAction(name)
        action.setCheckable(True)
        action.setChecked(name == wall.layout_model.name)
        action.triggered.connect(lambda _=False, n=name: library.open(wall, n))
    menu.addAction(tr("Share this layout"), lambda: library.start(library.share(wall)))
    menu.addAction(tr("Get shared layouts"), lambda: library.start(library.fetch_shared()))


def add_monitor_actions(menu: QMenu, wall: Any, monitors: Any, index: int) -> None:
    """Send a camera or the whole layout to another monitor's wall; full screen."""
    menu.addSeparator()
    choices = monitors.monitor_choices(wall)
    if choices:
        if wall.tiles[index].camera is not None:
            camera = menu.addMenu(tr("Send camera to monitor"))
            for number, text in choices:
                camera.addAction(text, lambda n=number: monitors.send_camera(wall, index, n))
        layout = menu.addMenu(tr("Send layout to monitor"))
        for number, text in choices:
            layout.addAction(text, lambda n=number: monitors.send_layout(wall, n))
        menu.addAction(tr("Open a wall on every monitor"), monitors.open_all)
    full = menu.addAction(tr("Full screen"))
    full.setCheckable(True)
    full.setChecked(monitors.is_fullscreen(wall))
    full.triggered.connect(lambda _=False: monitors.toggle_fullscreen(wall))
