"""The CPU tile: paints the decode thread's tile-sized BGRA frame 1:1 with QPainter (the fastest path without a GPU)."""

from __future__ import annotations

from typing import Any, cast

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


def bgra_image(image: Any) -> QImage:
    """A QImage over a (height, width, 4) BGRA frame's bytes, no copy. Made on the decode thread for the wall
    (StreamPlayer's `frame_view`): making any Qt object lets go of the GIL, and on a busy wall the GUI thread
    then waits for it, a QImage per tile per frame on the GUI thread was 400 such waits a second."""
    height, width = image.shape[:2]
    return QImage(image.data, width, height, width * 4, QImage.Format.Format_RGB32)


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
            # the wall's players make the QImage on the decode thread (see bgra_image): none made here per frame
            image = cast(QImage, frame.view) if frame.view is not None else bgra_image(frame.image)
            if self.zoom == 1.0 and width == frame.width and height == frame.height:
                painter.drawImage(x, y, image)  # 1:1, no scaling
            else:
                vx, vy, vw, vh = self.viewport()
                source = QRectF(vx * frame.width, vy * frame.height, vw * frame.width, vh * frame.height)
                painter.drawImage(QRectF(target), image, source)
        self.paint_overlays(painter)
        painter.end()
