"""The wall's context menu: maximise, pause, overlays (this tile or the whole wall), layout, send to monitor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from console.wall.layouts import PRESETS


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
    send = getattr(wall, "send_to_screen", None)
    screens = getattr(wall, "screen_names", None)
    if send is not None and screens is not None:
        monitors = menu.addMenu(tr("Send to monitor"))
        for number, name in enumerate(screens(), start=1):
            monitors.addAction(f"{number}: {name}", lambda n=number - 1: send(n))
    return menu
