"""A wall on a monitor of its own: one VideoWall in a top-level window, windowed or full screen (F11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.ops.city_state import DetectionBuffer
from console.wall.model import WallLayout
from widgets.video_wall import VideoWall

STYLE = "QWidget { background: #0c0f13; color: #e6e6e6; }"


def tr(text: str) -> str:
    return QCoreApplication.translate("WallWindow", text)


class WallWindow(QWidget):
    """What WallScreens opens on each extra screen. Closing it by hand removes it from the arrangement; the
    manager closes it itself (`closing_for`) when its screen goes away or the console quits, which keeps it."""

    sig_closed = Signal(object)  # this window
    sig_changed = Signal()  # moved, resized, full screen on or off

    def __init__(self, detections: DetectionBuffer, layout: WallLayout, *, renderer: str = "cpu",
                 screen_key: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet(STYLE)
        self.screen_key = screen_key
        self.closing_for = ""  # "", "screen" (its monitor went away) or "quit"
        self._screen_hooked = False
        self.wall = VideoWall(detections, parent=self, renderer=renderer, layout=layout)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.wall)

    def set_title(self, number: int, screen_name: str) -> None:
        self.setWindowTitle(tr("Qala wall: monitor {number} ({name})").format(number=number, name=screen_name))

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F11:
            self.toggle_fullscreen()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._screen_hooked:
            self._screen_hooked = True  # dragged to another monitor: the move comes before the screen change
            handle.screenChanged.connect(lambda _screen: self.sig_changed.emit())

    def moveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().moveEvent(event)
        self.sig_changed.emit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.sig_changed.emit()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.sig_changed.emit()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.wall.stop()
        super().closeEvent(event)
        self.sig_closed.emit(self)
