"""One tile of the video wall: paints the latest decoded frame 1:1, its detections, and the tile chrome."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.api.models import Camera, Detection
from console.video import DecodedFrame, StreamState

CLASS_COLOURS = {
    "car": QColor(0, 200, 255),
    "bus": QColor(255, 170, 0),
    "truck": QColor(255, 120, 60),
    "person": QColor(80, 255, 120),
    "bicycle": QColor(240, 90, 255),
}
DEFAULT_COLOUR = QColor(255, 255, 255)
CLASS_PENS = {cls: QPen(colour, 1.5) for cls, colour in CLASS_COLOURS.items()}
DEFAULT_PEN = QPen(DEFAULT_COLOUR, 1.5)
LABEL_BACKGROUND = QColor(0, 0, 0, 150)
LABEL_MIN_WIDTH = 560
BACKGROUND = QColor(12, 14, 18)
STATE_COLOURS = {
    StreamState.CONNECTING: QColor(120, 160, 255),
    StreamState.LIVE: QColor(60, 200, 90),
    StreamState.STALLED: QColor(255, 170, 0),
    StreamState.RECONNECTING: QColor(255, 170, 0),
    StreamState.FAILED: QColor(230, 60, 60),
    StreamState.STOPPED: QColor(150, 150, 150),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("VideoTile", text)


def state_label(state: StreamState) -> str:
    labels = {
        StreamState.CONNECTING: tr("connecting"),
        StreamState.LIVE: tr("live"),
        StreamState.STALLED: tr("stalled"),
        StreamState.RECONNECTING: tr("reconnecting"),
        StreamState.FAILED: tr("failed"),
        StreamState.STOPPED: tr("stopped"),
    }
    return labels[state]


class VideoTile(QWidget):
    """Shows one camera. The wall hands it frames and detections; the tile keeps only what it paints."""

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.camera: Camera | None = None
        self.frame: DecodedFrame | None = None
        self.detection: Detection | None = None
        self.state = StreamState.STOPPED
        self.reason = ""
        self.decoder = ""
        self.profile = ""
        self.overlays_visible = True
        self.frames_shown = 0
        self._shown_times: deque[float] = deque(maxlen=60)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 36)
        self._font = QFont()
        self._font.setPixelSize(11)
        self._fps_shown_at = 0.0
        self._fps_text = ""
        self._chrome_cache_key: tuple[object, ...] = ()
        self._chrome = QPixmap()

    def set_camera(self, camera: Camera | None, profile: str = "") -> None:
        self.camera = camera
        self.profile = profile
        self.frame = None
        self.detection = None
        self.update()

    def show_frame(self, frame: DecodedFrame, detection: Detection | None) -> None:
        self.frame = frame
        self.detection = detection
        self.frames_shown += 1
        self._shown_times.append(time.monotonic())
        self.update()

    def set_detection(self, detection: Detection) -> None:
        self.detection = detection
        self.update()

    def set_health(self, state: StreamState, reason: str, decoder: str) -> None:
        if (state, reason, decoder) != (self.state, self.reason, self.decoder):
            self.state, self.reason, self.decoder = state, reason, decoder
            self.update()

    @property
    def fps(self) -> float:
        times = self._shown_times
        if len(times) < 2 or time.monotonic() - times[-1] > 1.0:
            return 0.0
        return (len(times) - 1) / max(times[-1] - times[0], 1e-6)

    def image_rect(self) -> QRect:
        """Where the picture sits inside the tile (letterboxed to the frame's aspect)."""
        if self.frame is None:
            return self.rect()
        w, h = self.frame.width, self.frame.height
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        frame = self.frame
        if frame is None or frame.width < self.width() or frame.height < self.height():
            painter.fillRect(self.rect(), BACKGROUND)  # letterbox bars; a full-size frame covers everything
        painter.setFont(self._font)
        if frame is not None:
            image = QImage(frame.image.data, frame.width, frame.height, frame.width * 4, QImage.Format.Format_RGB32)
            target = self.image_rect()
            if target.size() == image.size():
                painter.drawImage(target.topLeft(), image)
            else:
                painter.drawImage(QRectF(self.rect()), image)
            if self.overlays_visible and self.detection is not None:
                self._paint_detections(painter, target if target.size() == image.size() else self.rect())
        self._paint_chrome(painter)
        painter.end()

    def _paint_detections(self, painter: QPainter, area: QRect) -> None:
        assert self.detection is not None
        ax, ay, aw, ah = area.x(), area.y(), area.width(), area.height()
        by_class: dict[str, list[QRectF]] = {}
        for obj in self.detection.objects:
            x, y, w, h = obj.box
            by_class.setdefault(obj.cls, []).append(QRectF(ax + x * aw, ay + y * ah, w * aw, h * ah))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cls, rects in by_class.items():
            painter.setPen(CLASS_PENS.get(cls, DEFAULT_PEN))
            painter.drawRects(rects)
        if aw < LABEL_MIN_WIDTH:
            return  # on small tiles labels only hide the picture; they appear when the tile is larger
        for obj in self.detection.objects:
            x, y, w, h = obj.box
            label = f"{obj.cls} {obj.track_id} {obj.confidence:.2f}"
            top = QRectF(ax + x * aw, ay + y * ah - 13, 7 * len(label), 13)
            painter.fillRect(top, LABEL_BACKGROUND)
            painter.setPen(CLASS_COLOURS.get(obj.cls, DEFAULT_COLOUR))
            painter.drawText(top.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)

    def _chrome_key(self) -> tuple[object, ...]:
        now = time.monotonic()
        if now - self._fps_shown_at >= 1.0:  # the fps figure changes once a second, not on every frame
            self._fps_shown_at, self._fps_text = now, f"{self.fps:4.1f} fps"
        title = f"{self.camera.number:02d}  {self.camera.name}" if self.camera else tr("empty")
        badge = ("HW" if self.decoder and "software" not in self.decoder else "SW") if self.camera else ""
        return (self.width(), self.height(), title, badge, self._fps_text, self.profile, self.state, self.reason)

    def _paint_chrome(self, painter: QPainter) -> None:
        key = self._chrome_key()
        if key != self._chrome_cache_key:
            self._chrome_cache_key = key
            self._chrome = self._render_chrome(*key)
        painter.drawPixmap(0, 0, self._chrome)

    def _render_chrome(self, width: int, height: int, title: str, badge: str, fps_text: str, profile: str,
                       state: StreamState, reason: str) -> QPixmap:
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setFont(self._font)
        colour = STATE_COLOURS[state]
        painter.fillRect(QRect(0, 0, width, 16), QColor(0, 0, 0, 160))
        painter.setPen(QColor(235, 235, 235))
        painter.drawText(QRect(6, 0, width - 130, 16), Qt.AlignmentFlag.AlignVCenter, title)
        if self.camera is not None:
            right = f"{badge}  {fps_text}  {profile}"
            painter.drawText(QRect(0, 0, width - 20, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             right)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRect(width - 14, 4, 8, 8))
        if self.camera is not None and state is not StreamState.LIVE:
            # never a frozen picture without saying so
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, width - 3, height - 3))
            text = state_label(state) + (f": {reason}" if reason else "")
            painter.fillRect(QRect(0, height // 2 - 12, width, 24), QColor(0, 0, 0, 170))
            painter.setPen(colour)
            painter.drawText(
                QRect(4, height // 2 - 12, width - 8, 24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width - 8),
            )
        painter.end()
        return pixmap
