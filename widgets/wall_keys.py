"""The wall's CCTV keyboard: camera number + Enter calls a camera into the selected tile, arrows move the
selection, F maximises, Space pauses, F11 fills the monitor, F1 or ? shows the shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel

MAX_DIGITS = 4
Key = Qt.Key


def tr(text: str) -> str:
    return QCoreApplication.translate("WallKeyboard", text)


def shortcuts() -> list[tuple[str, str]]:
    return [
        (tr("number, Enter"), tr("call that camera into the selected tile")),
        (tr("arrows"), tr("move the selection")),
        ("F", tr("maximise the selected tile on the main stream, and back")),
        (tr("Space"), tr("pause or resume the selected tile")),
        ("Esc", tr("clear the number, leave the maximised tile")),
        (tr("wheel, drag"), tr("digital zoom and pan inside a tile")),
        (tr("double click"), tr("maximise a tile, and back")),
        ("F11", tr("full screen on this monitor, and back")),
        ("F1, ?", tr("show or hide this help")),
    ]


class WallKeyboard:
    """Key handling and the two small overlays (number being typed, help) of one wall."""

    def __init__(self, wall: Any) -> None:
        self.wall = wall
        self.typed = ""
        wall.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.entry = QLabel(wall)
        self.entry.setStyleSheet("background: rgba(0,0,0,190); color: #ffd24a; font-size: 20px; padding: 4px 10px;")
        self.entry.hide()
        self.help = QLabel(wall)
        self.help.setObjectName("wall-help")
        self.help.setStyleSheet("background: rgba(10,14,20,225); color: #e6e6e6; font-size: 13px; padding: 14px;"
                                " border: 1px solid #3c6ea8;")
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.hide()
        self._clear_timer = QTimer(wall)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(3000)
        self._clear_timer.timeout.connect(self.clear)

    def handle(self, event: Any) -> bool:
        key, text, wall = event.key(), event.text(), self.wall
        if text and text.isdigit() and len(text) == 1:
            self.typed = (self.typed + text)[-MAX_DIGITS:]
            self._show_entry(tr("Camera: {number}").format(number=self.typed) + "_")
        elif key in (Key.Key_Return, Key.Key_Enter) and self.typed:
            self.call(int(self.typed))
        elif key == Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
            self._show_entry(tr("Camera: {number}").format(number=self.typed) + "_")
        elif key == Key.Key_Escape:
            if self.help.isVisible():
                self.help.hide()
            elif self.typed or self.entry.isVisible():
                self.clear()
            elif wall.maximised is not None:
                wall.toggle_maximise()
        elif key in (Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down):
            self.move(key)
        elif key == Key.Key_F and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            wall.toggle_maximise()
        elif key == Key.Key_Space:
            wall.toggle_pause()
        elif key == Key.Key_F11 and wall.monitors is not None:
            wall.monitors.toggle_fullscreen(wall)
        elif key == Key.Key_F1 or text == "?":
            self.toggle_help()
        else:
            return False
        return True

    def call(self, number: int) -> bool:
        camera = self.wall.camera_by_number(number)
        if camera is None:
            self.typed = ""
            self._show_entry(tr("No camera {number}").format(number=number))
            return False
        self.wall.assign(self.wall.selected, camera)
        self.clear()
        return True

    def move(self, key: Any) -> None:
        """To the nearest cell in that direction (cells may span, so by their centres)."""
        wall = self.wall
        if wall.maximised is not None:
            return
        cells = wall.layout_model.preset.cells
        here = cells[wall.selected]
        cx, cy = here.col + here.col_span / 2, here.row + here.row_span / 2
        dx, dy = {Key.Key_Left: (-1, 0), Key.Key_Right: (1, 0), Key.Key_Up: (0, -1), Key.Key_Down: (0, 1)}[key]
        best, best_cost = None, float("inf")
        for i, cell in enumerate(cells):
            ox, oy = cell.col + cell.col_span / 2 - cx, cell.row + cell.row_span / 2 - cy
            along = ox * dx + oy * dy
            if along <= 0:
                continue
            across = abs(ox * dy) + abs(oy * dx)
            cost = along + 2 * across
            if cost < best_cost:
                best, best_cost = i, cost
        if best is not None:
            wall.select(best)

    def toggle_help(self) -> None:
        if self.help.isVisible():
            self.help.hide()
            return
        rows = "".join(f"<tr><td style='padding-right:16px'><b>{k}</b></td><td>{v}</td></tr>" for k, v in shortcuts())
        self.help.setText(f"<h3>{tr('Wall keyboard')}</h3><table>{rows}</table>")
        self.help.adjustSize()
        self.place()
        self.help.show()
        self.help.raise_()

    def clear(self) -> None:
        self.typed = ""
        self.entry.hide()

    def place(self) -> None:
        wall = self.wall
        self.help.move(max(0, (wall.width() - self.help.width()) // 2), max(0, (wall.height() - self.help.height()) // 2))
        self.entry.move(12, max(0, wall.height() - self.entry.height() - 12))

    def _show_entry(self, text: str) -> None:
        self.entry.setText(text)
        self.entry.adjustSize()
        self.place()
        self.entry.show()
        self.entry.raise_()
        self._clear_timer.start()
