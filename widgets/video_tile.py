"""The CPU tile: paints the decode thread's tile-sized BGRA frame 1:1 with QPainter (the fastest path without a GPU)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from widgets.tile_base import (  # noqa: F401 - re-exported for the wall and the tests
    BACKGROUND,
    CLASS_COLOURS,
    STATE_COLOURS,
    TileBase,
    state_label,
)


class VideoTile(TileBase, QWidget):
    """Shows one camera. The wall hands it frames and detections; the tile keeps only what it paints."""

    renderer = "cpu"

    def __init__(self, index: int, parent: QWidget | None = None, owner: Any = None) -> None:
        QWidget.__init__(self, parent)
        self._init_tile(index, owner)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        frame = self.frame
        target, x, y, width, height, _, _ = self._image_geometry()  # plain ints: each Qt call costs a GIL hand-over
        if frame is None:
            painter.fillRect(self.rect(), BACKGROUND)  # with a frame, the chrome holds the letterbox bars
        if frame is not None and frame.image.ndim == 3:
            image = QImage(frame.image.data, frame.width, frame.height, frame.width * 4, QImage.Format.Format_RGB32)
            if self.zoom == 1.0 and width == frame.width and height == frame.height:
                painter.drawImage(x, y, image)  # 1:1, no scaling
            else:
                vx, vy, vw, vh = self.viewport()
                source = QRectF(vx * frame.width, vy * frame.height, vw * frame.width, vh * frame.height)
                painter.drawImage(QRectF(target), image, source)
        self.paint_overlays(painter)
        painter.end()
