"""What every wall tile shares, whichever renderer paints its picture: state, geometry (letterbox, digital zoom),
mouse input (select, drag and drop, zoom, pan) and the overlays (zones, tracks, boxes) and chrome drawn on top."""

from __future__ import annotations

import functools
import math
import time
from collections import deque
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QSizePolicy

from console.api.models import Camera, Detection
from console.video import DecodedFrame, StreamState

CAMERA_MIME = "application/x-qala-camera"  # payload: the camera id, UTF-8 (camera tree, map, tiles)
TILE_MIME = "application/x-qala-tile"  # payload: "<wall key>:<tile index>", for swapping tiles on one wall
OVERLAYS = ("boxes", "labels", "tracks", "zones")
MAX_ZOOM = 8.0
TRACK_POINTS = 13  # positions kept per track: the newest, and one every TRACK_STEP_MS before it (about 1 s)
TRACK_STEP_MS = 80  # every other frame at 25 fps: the same line with half the points to draw
TRACK_FORGET_MS = 2000
TRACK_SWEEP_MS = 250  # how often ended tracks are looked for

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
ZONE_PEN = QPen(QColor(255, 220, 0, 200), 1.5, Qt.PenStyle.DashLine)
ZONE_FILL = QColor(255, 220, 0, 40)
LINE_PEN = QPen(QColor(255, 80, 200, 220), 2.0)
SELECTED_PEN = QPen(QColor(80, 160, 255), 2.0)
ALERT_COLOUR = QColor(255, 40, 40)
ALERT_PEN = QPen(ALERT_COLOUR, 4)
TITLE_BAR = QColor(0, 0, 0, 160)
TITLE_TEXT = QColor(235, 235, 235)
RECORDING_DOT = QColor(230, 30, 30)
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
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


def fit_size(src_w: int, src_h: int, box_w: int, box_h: int) -> tuple[int, int]:
    """Largest even size with the source's aspect inside the box."""
    scale = min(box_w / max(src_w, 1), box_h / max(src_h, 1))
    return max(2, math.floor(src_w * scale / 2) * 2), max(2, math.floor(src_h * scale / 2) * 2)


@functools.cache
def _track_pen(cls: str) -> QPen:
    pen = QPen(CLASS_COLOURS.get(cls, DEFAULT_COLOUR), 1.0, Qt.PenStyle.DotLine)
    pen.setCosmetic(True)  # one pixel wide whatever the tile's transform
    return pen


class TileBase:
    """Mixed into a QWidget (CPU tile) or a QOpenGLWidget (GPU tile); put it first among the bases so its event
    handlers win. `owner` (the wall) is told about selection, drops, double clicks and zoom; it may be None."""

    renderer = "cpu"

    def _init_tile(self, index: int, owner: Any) -> None:
        w: Any = self
        self.index = index
        self.owner = owner
        self.camera: Camera | None = None
        self.frame: DecodedFrame | None = None
        self.detection: Detection | None = None
        self.state = StreamState.STOPPED
        self.reason = ""
        self.decoder = ""
        self.profile = ""
        self.overlays_visible = True  # the tile's master switch
        self.overlay_overrides: dict[str, bool] = {}  # per-tile on/off, else the wall's setting
        self.selected = self.paused = self.recording = self.alert = False
        self.zoom = 1.0
        self.centre = (0.5, 0.5)  # of the zoomed view, normalised to the picture
        self.frames_shown = 0
        self.tracks: dict[int, deque[tuple[int, float, float]]] = {}  # track id -> (frame time, foot x, foot y)
        self._track_path = QPainterPath()  # reused for every class at every frame
        self._tracks_swept_ms = 0
        self._shown_times: deque[float] = deque(maxlen=60)
        self._press: QPoint | None = None
        self._panning = False
        self._font = QFont()
        self._font.setPixelSize(11)
        self._fps_shown_at = 0.0
        self._fps_text = ""
        self._chrome_cache_key: tuple[object, ...] = ()
        self._chrome_painter = QPainter()  # begun on the chrome pixmap for each redraw
        self.chrome_renders = 0
        self._geometry: tuple[tuple[int, int] | None, tuple[QRect, int, int, int, int, int, int]] | None = None
        self._pixel_ratio = 1.0
        self._chrome = QPixmap()
        w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        w.setMinimumSize(64, 36)
        w.setAcceptDrops(True)
        w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the wall (CCTV keyboard)

    # -- what the wall hands us ------------------------------------------------------------------------------

    def set_camera(self, camera: Camera | None, profile: str = "") -> None:
        self.camera = camera
        self.profile = profile
        self.recording = camera is not None and camera.recording
        self.frame = None
        self.detection = None
        self.tracks.clear()
        self.zoom, self.centre = 1.0, (0.5, 0.5)
        self.update()  # type: ignore[attr-defined]

    def show_frame(self, frame: DecodedFrame, detection: Detection | None) -> None:
        self.frame = frame
        self.detection = detection
        if detection is not None:
            self._note_tracks(detection)
        self.frames_shown += 1
        self._shown_times.append(time.monotonic())
        self.update()  # type: ignore[attr-defined]

    def set_detection(self, detection: Detection) -> None:
        self.detection = detection
        self._note_tracks(detection)
        self.update()  # type: ignore[attr-defined]

    def set_health(self, state: StreamState, reason: str, decoder: str) -> None:
        if (state, reason, decoder) != (self.state, self.reason, self.decoder):
            self.state, self.reason, self.decoder = state, reason, decoder
            self.update()  # type: ignore[attr-defined]

    def overlay_on(self, kind: str) -> bool:
        if not self.overlays_visible:
            return False
        if kind in self.overlay_overrides:
            return self.overlay_overrides[kind]
        flags = getattr(self.owner, "overlay_flags", None)
        return True if flags is None else flags.get(kind, True)

    def _note_tracks(self, detection: Detection) -> None:
        # once per detection per tile (hundreds a second on a full wall): no allocation unless a track is new,
        # and ended tracks are swept at most a few times a second
        t = detection.frame_time_ms
        tracks = self.tracks
        for obj in detection.objects:
            x, y, w, h = obj.box
            points = tracks.get(obj.track_id)
            if points is None:
                points = tracks[obj.track_id] = deque(maxlen=TRACK_POINTS)
            if not points or points[-1][0] < t:
                foot = (t, x + w / 2, y + h)  # the object's foot point, normalised: plain floats
                if len(points) > 1 and points[-1][0] - points[-2][0] < TRACK_STEP_MS:
                    points[-1] = foot  # the newest point moves on until it is a step from the one before
                else:
                    points.append(foot)
        if t - self._tracks_swept_ms >= TRACK_SWEEP_MS or t < self._tracks_swept_ms:
            self._tracks_swept_ms = t
            # either way: a clock that went back (a source that started over) leaves tracks "in the future"
            for track_id in [k for k, pts in tracks.items() if abs(t - pts[-1][0]) > TRACK_FORGET_MS]:
                del tracks[track_id]

    @property
    def fps(self) -> float:
        times = self._shown_times
        if len(times) < 2 or time.monotonic() - times[-1] > 1.0:
            return 0.0
        return (len(times) - 1) / max(times[-1] - times[0], 1e-6)

    # -- geometry ------------------------------------------------------------------------------------------------

    def image_rect(self) -> QRect:
        """Where the picture sits inside the tile (letterboxed to the source's aspect). Do not change the rect
        returned: it is kept until the tile's size or the source's size changes."""
        return self._image_geometry()[0]

    def _image_geometry(self) -> tuple[QRect, int, int, int, int, int, int]:
        """(picture rect, its x, y, width, height, the tile's width, height). Asked several times per frame: kept,
        with its numbers as plain ints, until the tile or the source changes size. Making a Qt object lets go of
        the GIL and a decode thread may then keep it for a while (see `paint_overlays`)."""
        frame = self.frame
        source = (frame.source_width, frame.source_height) if frame is not None else None
        cached = self._geometry
        if cached is not None and cached[0] == source:
            return cached[1]
        w: Any = self
        width, height = w.width(), w.height()
        if source is None:
            x = y = 0
            dw, dh = width, height
        else:
            dw, dh = fit_size(source[0], source[1], width, height)
            x, y = (width - dw) // 2, (height - dh) // 2
        geometry = (QRect(x, y, dw, dh), x, y, dw, dh, width, height)
        self._pixel_ratio = w.devicePixelRatioF()  # for cached layers; a screen change comes with a resize
        self._geometry = (source, geometry)
        return geometry

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._geometry = None
        super().resizeEvent(event)  # type: ignore[misc]
        resized = getattr(self.owner, "tile_resized", None)
        if resized is not None:
            resized(self.index)

    def viewport(self) -> tuple[float, float, float, float]:
        """The part of the picture on screen, normalised (x, y, w, h); the whole picture unless zoomed."""
        size = 1.0 / self.zoom
        x = min(max(self.centre[0] - size / 2, 0.0), 1.0 - size)
        y = min(max(self.centre[1] - size / 2, 0.0), 1.0 - size)
        return x, y, size, size

    def map_point(self, area: QRect, x: float, y: float) -> QPointF:
        vx, vy, vw, vh = self.viewport()
        return QPointF(area.x() + (x - vx) / vw * area.width(), area.y() + (y - vy) / vh * area.height())

    def map_box(self, area: QRect, box: tuple[float, float, float, float]) -> QRectF:
        x, y, w, h = box
        vx, vy, vw, vh = self.viewport()
        sx, sy = area.width() / vw, area.height() / vh
        return QRectF(area.x() + (x - vx) * sx, area.y() + (y - vy) * sy, w * sx, h * sy)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the picture point under `anchor` (tile coordinates) where it is."""
        zoom = min(max(zoom, 1.0), MAX_ZOOM)
        area = self.image_rect()
        vx, vy, vw, vh = self.viewport()
        if anchor is None:
            anchor = QPointF(area.center())
        fx = (anchor.x() - area.x()) / max(area.width(), 1)
        fy = (anchor.y() - area.y()) / max(area.height(), 1)
        px, py = vx + fx * vw, vy + fy * vh  # the picture point under the anchor
        size = 1.0 / zoom
        self.zoom = zoom
        self.centre = (px - fx * size + size / 2, py - fy * size + size / 2)
        self.centre = (self.viewport()[0] + size / 2, self.viewport()[1] + size / 2)  # clamped
        if self.owner is not None:
            self.owner.tile_zoomed(self.index)
        self.update()  # type: ignore[attr-defined]

    def pan_by(self, dx_px: float, dy_px: float) -> None:
        area = self.image_rect()
        _, _, vw, vh = self.viewport()
        size = 1.0 / self.zoom
        cx = self.centre[0] - dx_px / max(area.width(), 1) * vw
        cy = self.centre[1] - dy_px / max(area.height(), 1) * vh
        self.centre = (min(max(cx, size / 2), 1 - size / 2), min(max(cy, size / 2), 1 - size / 2))
        self.update()  # type: ignore[attr-defined]

    # -- input ---------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._panning = self.zoom > 1.0
        if self.owner is not None:
            self.owner.select(self.index)

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if self._panning:
            self.pan_by(pos.x() - self._press.x(), pos.y() - self._press.y())
            self._press = pos
        elif self.camera is not None and (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
            self._press = None
            self._start_drag()

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._press, self._panning = None, False

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.owner is not None:
            self.owner.toggle_maximise(self.index)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.set_zoom(self.zoom * 1.25**steps, event.position())
        event.accept()

    def tile_mime(self) -> QMimeData:
        mime = QMimeData()
        if self.camera is not None:
            mime.setData(CAMERA_MIME, QByteArray(self.camera.id.encode()))
        mime.setData(TILE_MIME, QByteArray(f"{getattr(self.owner, 'wall_key', '')}:{self.index}".encode()))
        return mime

    def _start_drag(self) -> None:
        drag = QDrag(self)  # type: ignore[arg-type]
        drag.setMimeData(self.tile_mime())
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CAMERA_MIME) or event.mimeData().hasFormat(TILE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.owner is not None and self.owner.drop_on_tile(self.index, event.mimeData()):
            event.acceptProposedAction()

    # -- overlays and chrome ----------------------------------------------------------------------------------

    def paint_overlays(self, painter: QPainter) -> None:
        """Zones, tracks and boxes for the shown frame, clipped to the picture, then the chrome.

        PySide6 lets go of the GIL whenever it makes a Qt object (a constructor, or a method that returns a new
        QRectF or QPointF) and when a signal is emitted; method calls with plain numbers keep it. With one busy
        Python thread beside it a QPointF() takes 0.1 ms instead of 0.7 µs, and on a full wall, whose decode threads
        then take the GIL, such waits were what stalled the GUI thread. So nothing here makes a Qt object per
        frame: numbers come from the cached geometry, pens are made once per class, boxes are one drawRect of
        ints each, tracks are plain floats drawn through one reused path."""
        rect, x, y, dw, dh, _, _ = self._image_geometry()
        if self.frame is not None and self.camera is not None and self.overlays_visible:
            painter.save()
            painter.setClipRect(rect)
            if self.overlay_on("zones") and self.camera.zones:
                self._paint_zones(painter, x, y, dw, dh)
            if self.overlay_on("tracks") and self.tracks:
                self._paint_tracks(painter, x, y, dw, dh)
            if self.detection is not None and self.overlay_on("boxes"):
                self._paint_detections(painter, x, y, dw, dh)
            for overlay in getattr(self.owner, "plugin_overlays", ()):  # plugins' tile overlays (guarded)
                painter.save()
                overlay(painter, QRectF(rect), self.camera.id, self.frame.frame_time_ms)  # a plugin's own copy
                painter.restore()
            painter.restore()
        self._paint_chrome(painter)

    def _paint_zones(self, painter: QPainter, x: int, y: int, dw: int, dh: int) -> None:
        # zones are still while the picture moves: drawn once per size and zoom into a pixmap, then blitted (a
        # translucent antialiased polygon per tile per frame was a large share of the GUI thread on a full wall)
        assert self.camera is not None
        key = (self.camera.id, dw, dh, self.viewport(), self._pixel_ratio)
        cached = getattr(self, "_zones_cache", None)
        if cached is None or cached[0] != key:
            ratio = key[4]
            pixmap = QPixmap(max(1, round(dw * ratio)), max(1, round(dh * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            zones = QPainter(pixmap)
            zones.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw_zones(zones, QRect(0, 0, dw, dh))
            zones.end()
            self._zones_cache = cached = (key, pixmap)
        painter.drawPixmap(x, y, cached[1])

    def _draw_zones(self, painter: QPainter, area: QRect) -> None:
        assert self.camera is not None
        for zone in self.camera.zones:
            polygon = QPolygonF([self.map_point(area, x, y) for x, y in zone.points])
            if zone.kind == "zone":
                painter.setPen(ZONE_PEN)
                painter.setBrush(ZONE_FILL)
                painter.drawPolygon(polygon)
            else:
                painter.setPen(LINE_PEN)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(polygon)

    def _paint_tracks(self, painter: QPainter, x: int, y: int, dw: int, dh: int) -> None:
        # the points stay normalised and the painter maps them (one transform per tile). No Qt object is made
        # here: a QPointF or QPolygonF per point or track is a GIL hand-over each (see `paint_overlays`), so the
        # points are plain floats and each class's tracks go into one reused path with moveTo/lineTo
        shown = self.frame.frame_time_ms if self.frame is not None else 0
        by_class: dict[str, list[deque[tuple[int, float, float]]]] = {}
        if self.detection is not None:
            tracks = self.tracks
            for obj in self.detection.objects:  # only the objects of the shown frame
                points = tracks.get(obj.track_id)
                if points is not None and len(points) > 1 and points[1][0] <= shown:
                    by_class.setdefault(obj.cls, []).append(points)
        if not by_class:
            return
        vx, vy, vw, vh = self.viewport()
        sx, sy = dw / vw, dh / vh
        path = self._track_path
        painter.save()
        painter.translate(x - vx * sx, y - vy * sy)
        painter.scale(sx, sy)
        for cls, lines in by_class.items():
            path.clear()
            for points in lines:
                first = True
                for t, px, py in points:
                    if t > shown:
                        break  # points of frames after the shown one (the tile may trail the detections)
                    if first:
                        path.moveTo(px, py)
                        first = False
                    else:
                        path.lineTo(px, py)
            painter.setPen(_track_pen(cls))
            painter.drawPath(path)
        painter.restore()

    def _paint_detections(self, painter: QPainter, x: int, y: int, dw: int, dh: int) -> None:
        assert self.detection is not None
        vx, vy, vw, vh = self.viewport()
        sx, sy = dw / vw, dh / vh
        by_class: dict[str, list[tuple[int, int, int, int]]] = {}
        for obj in self.detection.objects:
            bx, by, bw, bh = obj.box
            left, top = round(x + (bx - vx) * sx), round(y + (by - vy) * sy)  # whole pixels: crisp 2-px edges
            by_class.setdefault(obj.cls, []).append((left, top, round(bw * sx), round(bh * sy)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cls, boxes in by_class.items():
            painter.setPen(CLASS_PENS.get(cls, DEFAULT_PEN))
            for left, top, width, height in boxes:
                painter.drawRect(left, top, width, height)  # one call; a QRectF first would be a second
        if dw * self.zoom < LABEL_MIN_WIDTH or not self.overlay_on("labels"):
            return  # on small tiles labels only hide the picture; they appear when the tile is larger
        painter.setFont(self._font)
        middle = Qt.AlignmentFlag.AlignVCenter
        for obj in self.detection.objects:  # whole pixels, no QRectF per label (each would be a GIL hand-over)
            label = f"{obj.cls} #{obj.track_id} {obj.confidence:.2f}"
            left, top, width = round(x + (obj.box[0] - vx) * sx), round(y + (obj.box[1] - vy) * sy) - 13, 7 * len(label)
            painter.fillRect(left, top, width, 13, LABEL_BACKGROUND)
            painter.setPen(CLASS_COLOURS.get(obj.cls, DEFAULT_COLOUR))
            painter.drawText(left + 2, top, width - 2, 13, middle, label)

    def _chrome_key(self) -> tuple[object, ...]:
        # the bars around a letterboxed picture are part of the chrome: nothing fills them at every frame
        # (plain ints from the cached geometry: width() and height() are Qt calls, each a GIL hand-over)
        geometry = self._image_geometry()[1:]
        now = time.monotonic()
        if now - self._fps_shown_at >= 1.0:  # the fps figure changes once a second, not on every frame
            self._fps_shown_at, self._fps_text = now, f"{self.fps:4.1f} fps"
        title = f"{self.camera.number:02d}  {self.camera.name}" if self.camera else tr("empty")
        badge = ("HW" if self.decoder and "software" not in self.decoder else "SW") if self.camera else ""
        return (geometry, self.frame is not None, title, badge, self._fps_text, self.profile, self.state, self.reason,
                self.selected, self.paused, self.recording, round(self.zoom, 2))

    def _paint_chrome(self, painter: QPainter) -> None:
        key = self._chrome_key()
        if key != self._chrome_cache_key:
            self._chrome_cache_key = key
            self._chrome = self._render_chrome()
        painter.drawPixmap(0, 0, self._chrome)
        if self.alert and int(time.monotonic() * 2) % 2 == 0:  # flashes at 1 Hz until acknowledged
            _, _, _, _, _, width, height = self._image_geometry()
            painter.setPen(ALERT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(2, 2, width - 4, height - 4)

    def _render_chrome(self) -> QPixmap:
        # redrawn when the state or the fps figure changes (once a second per tile): into the same pixmap with the
        # same painter, numbers instead of QRects, colours made once; each Qt object made is a GIL hand-over
        w: Any = self
        width, height, state = w.width(), w.height(), self.state
        self.chrome_renders += 1
        pixmap = self._chrome
        if pixmap.width() != width or pixmap.height() != height:
            pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = self._chrome_painter
        painter.begin(pixmap)
        painter.setFont(self._font)
        if self.frame is not None:  # the letterbox bars (a tile without a frame is filled by its paintEvent)
            _, x, y, dw, dh, _, _ = self._image_geometry()
            for left, top, bar_w, bar_h in ((0, 0, width, y), (0, y + dh, width, height - y - dh),
                                            (0, y, x, dh), (x + dw, y, width - x - dw, dh)):
                if bar_w > 0 and bar_h > 0:
                    painter.fillRect(left, top, bar_w, bar_h, BACKGROUND)
        colour = STATE_COLOURS[state]
        painter.fillRect(0, 0, width, 16, TITLE_BAR)
        painter.setPen(TITLE_TEXT)
        title = f"{self.camera.number:02d}  {self.camera.name}" if self.camera else tr("empty")
        painter.drawText(self.recording * 12 + 6, 0, width - 150, 16, Qt.AlignmentFlag.AlignVCenter, title)
        if self.recording:
            painter.setBrush(RECORDING_DOT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(5, 4, 8, 8)
        if self.camera is not None:
            badge = "HW" if self.decoder and "software" not in self.decoder else "SW"
            zoom = f"  ×{self.zoom:.1f}" if self.zoom > 1 else ""
            painter.setPen(TITLE_TEXT)
            painter.drawText(0, 0, width - 20, 16, RIGHT_MIDDLE, f"{badge}  {self._fps_text}  {self.profile}{zoom}")
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(width - 14, 4, 8, 8)
        if self.selected:
            painter.setPen(SELECTED_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, width - 2, height - 2))
        text = ""
        if self.camera is not None and state is not StreamState.LIVE:
            # never a frozen picture without saying so
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(1, 1, width - 3, height - 3))
            text = state_label(state) + (f": {self.reason}" if self.reason else "")
        elif self.paused:
            colour, text = QColor(120, 160, 255), tr("paused")
        if text:
            painter.fillRect(QRect(0, height // 2 - 12, width, 24), QColor(0, 0, 0, 170))
            painter.setPen(colour)
            painter.drawText(
                QRect(4, height // 2 - 12, width - 8, 24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width - 8),
            )
        painter.end()
        return pixmap
