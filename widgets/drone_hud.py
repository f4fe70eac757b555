"""The drone tile: the video with a HUD drawn from the KLV fix of the very frame shown, and the tags it sees;
and the tag timeline under it."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.ops.drone_track import DroneFix, DroneTrack
from console.ops.flight_review import ground_to_image
from console.ops.tags import TAG_CATEGORIES, DroneTag
from widgets.video_tile import VideoTile

TAG_COLOURS = {
    "traffic_violation": QColor(255, 200, 0), "public_order": QColor(255, 90, 90), "illegal_dump": QColor(170, 120, 60),
    "utility_fault": QColor(80, 170, 255), "sanitation": QColor(120, 220, 120), "fire_smoke": QColor(255, 110, 0),
    "crowd": QColor(220, 120, 255), "road_damage": QColor(200, 200, 200), "other": QColor(255, 255, 255),
}
HUD_BACKGROUND = QColor(0, 0, 0, 150)
HUD_TEXT = QColor(120, 255, 160)
TAG_SHOW_MS = 4000  # a tag stays on the tile this long around its frame time
SITE_TZ = timezone(timedelta(hours=5))  # Asia/Almaty (no DST)


def tr(text: str) -> str:
    return QCoreApplication.translate("DroneView", text)


def category_label(category: str) -> str:
    labels = {
        "traffic_violation": tr("traffic violation"), "public_order": tr("public order"),
        "illegal_dump": tr("illegal dump"), "utility_fault": tr("utility fault"), "sanitation": tr("sanitation"),
        "fire_smoke": tr("fire / smoke"), "crowd": tr("crowd"), "road_damage": tr("road damage"), "other": tr("other"),
    }
    return labels.get(category, category)


def hud_lines(fix: DroneFix | None, frame_time_ms: int) -> list[str]:
    """The HUD's text for one frame (fix: the KLV packet of that frame)."""
    clock = datetime.fromtimestamp(frame_time_ms / 1000, SITE_TZ)
    time_line = tr("TIME {time}").format(time=f"{clock:%H:%M:%S}.{frame_time_ms % 1000:03d}")
    if fix is None:
        return [time_line, tr("no telemetry for this frame")]
    alt = f"{fix.altitude_m:.0f} m" if fix.altitude_m is not None else "—"
    heading = f"{fix.heading_deg:05.1f}°" if fix.heading_deg is not None else "—"
    speed = f"{fix.speed_mps:.0f} m/s" if fix.speed_mps is not None else "—"
    return [
        tr("ALT {value}").format(value=alt),
        tr("HDG {value}").format(value=heading),
        tr("SPD {value}").format(value=speed),
        tr("POS {lat} {lon}").format(lat=f"{fix.lat:.5f}°N", lon=f"{fix.lon:.5f}°E"),
        time_line,
    ]


class DroneTile(VideoTile):
    """A video tile that knows its drone's track and tags; the HUD follows the frame's own KLV fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, parent, None)
        self.track: DroneTrack | None = None
        self.tags_source: Callable[[], list[DroneTag]] = list
        self.flash = ""  # a short confirmation ("tagged: crowd") drawn over the picture
        self._hud_font = QFont("monospace")
        self._hud_font.setStyleHint(QFont.StyleHint.Monospace)
        self._hud_font.setPixelSize(13)

    def shown_fix(self) -> DroneFix | None:
        if self.frame is None or self.track is None:
            return None
        return self.track.at(self.frame.frame_time_ms)

    def paint_overlays(self, painter: QPainter) -> None:
        super().paint_overlays(painter)
        if self.frame is None:
            return
        area = self.image_rect()
        fix = self.shown_fix()
        painter.save()
        painter.setClipRect(area)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_tags(painter, area, fix)
        self._paint_reticle(painter, area)
        self._paint_hud(painter, area, fix)
        if self.flash:
            painter.setFont(self._hud_font)
            box = QRect(area.center().x() - 150, area.bottom() - 44, 300, 26)
            painter.fillRect(box, QColor(0, 0, 0, 180))
            painter.setPen(QColor(255, 220, 80))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.flash)
        painter.restore()

    def _paint_reticle(self, painter: QPainter, area: QRect) -> None:
        c = QPointF(area.center())
        painter.setPen(QPen(QColor(120, 255, 160, 200), 1.2))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(c + QPointF(dx * 6, dy * 6), c + QPointF(dx * 18, dy * 18))

    def _paint_hud(self, painter: QPainter, area: QRect, fix: DroneFix | None) -> None:
        assert self.frame is not None
        lines = hud_lines(fix, self.frame.frame_time_ms)
        self._hud_font.setPixelSize(max(9, min(14, area.height() // 16)))  # a small dock tile gets a small HUD
        painter.setFont(self._hud_font)
        metrics = painter.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in lines) + 16
        height = metrics.height() * len(lines) + 10
        # bottom left: the top carries the camera's own burned-in clock, the bottom right its frame stamp
        box = QRect(area.left() + 8, area.bottom() - height - 8, width, height)
        painter.fillRect(box, HUD_BACKGROUND)
        painter.setPen(HUD_TEXT if fix is not None else QColor(255, 170, 0))
        for i, line in enumerate(lines):
            painter.drawText(box.left() + 8, box.top() + 5 + metrics.ascent() + i * metrics.height(), line)
        if fix is not None and fix.heading_deg is not None:
            self._paint_compass(painter, QPointF(area.right() - 40, area.top() + 60), fix.heading_deg)

    def _paint_compass(self, painter: QPainter, centre: QPointF, heading_deg: float) -> None:
        painter.setPen(QPen(HUD_TEXT, 1.5))
        painter.setBrush(HUD_BACKGROUND)
        painter.drawEllipse(centre, 26, 26)
        # image up is the heading, so north lies at -heading on screen
        north = math.radians(-heading_deg)
        tip = centre + QPointF(22 * math.sin(north), -22 * math.cos(north))
        painter.drawLine(centre, tip)
        painter.drawText(QRectF(tip.x() - 8, tip.y() - 8, 16, 16), Qt.AlignmentFlag.AlignCenter, "N")

    def _paint_tags(self, painter: QPainter, area: QRect, fix: DroneFix | None) -> None:
        if fix is None or self.frame is None:
            return
        shown = self.frame.frame_time_ms
        painter.setFont(self._hud_font)
        for tag in self.tags_source():
            if abs(tag.frame_time_ms - shown) > TAG_SHOW_MS:
                continue
            point = ground_to_image(fix, tag.lat, tag.lon)
            if point is None or not (0 <= point[0] <= 1 and 0 <= point[1] <= 1):
                continue
            p = QPointF(area.left() + point[0] * area.width(), area.top() + point[1] * area.height())
            colour = TAG_COLOURS.get(tag.category, QColor(255, 255, 255))
            painter.setPen(QPen(colour, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(p, 16, 16)
            label = category_label(tag.category) + (f": {tag.note}" if tag.note else "")
            if tag.state == "pending":
                label += "  ⟳"
            rect = QRectF(p.x() + 20, p.y() - 10, painter.fontMetrics().horizontalAdvance(label) + 10, 20)
            painter.fillRect(rect, QColor(0, 0, 0, 170))
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


class TagTimeline(QWidget):
    """A strip from `start_ms` to `end_ms` with a marker per tag and the shown position; a click seeks."""

    sig_seek = Signal(object)  # int ms: past 2^31

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_ms = 0
        self.end_ms = 1
        self.position_ms = 0
        self.tags: list[DroneTag] = []
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._font = QFont()
        self._font.setPixelSize(10)

    def set_range(self, start_ms: int, end_ms: int) -> None:
        self.start_ms, self.end_ms = start_ms, max(end_ms, start_ms + 1)
        self.update()

    def set_position(self, time_ms: int) -> None:
        self.position_ms = time_ms
        self.update()

    def set_tags(self, tags: list[DroneTag]) -> None:
        self.tags = tags
        self.update()

    def x_of(self, time_ms: int) -> float:
        span = self.end_ms - self.start_ms
        return 8 + (time_ms - self.start_ms) / span * (self.width() - 16)

    def time_at(self, x: float) -> int:
        span = self.end_ms - self.start_ms
        return int(self.start_ms + (x - 8) / max(self.width() - 16, 1) * span)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        x = event.position().x()
        near = [t for t in self.tags if abs(self.x_of(t.frame_time_ms) - x) <= 6]
        target = near[0].frame_time_ms if near else self.time_at(x)
        self.sig_seek.emit(min(max(target, self.start_ms), self.end_ms))

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(20, 24, 30))
        painter.setFont(self._font)
        mid = self.height() // 2 + 4
        painter.setPen(QPen(QColor(90, 100, 115), 2))
        painter.drawLine(QPointF(8, mid), QPointF(self.width() - 8, mid))
        span = self.end_ms - self.start_ms
        step = next((s for s in (10_000, 30_000, 60_000, 300_000, 600_000, 1_800_000) if span / s <= 12), 3_600_000)
        painter.setPen(QColor(130, 140, 155))
        first = (self.start_ms // step + 1) * step
        for t in range(first, self.end_ms, step):
            x = self.x_of(t)
            painter.drawLine(QPointF(x, mid - 3), QPointF(x, mid + 3))
            clock = datetime.fromtimestamp(t / 1000, SITE_TZ)
            painter.drawText(QPointF(x - 20, 10), f"{clock:%H:%M:%S}")
        for tag in self.tags:
            if not self.start_ms <= tag.frame_time_ms <= self.end_ms:
                continue
            x = self.x_of(tag.frame_time_ms)
            colour = TAG_COLOURS.get(tag.category, QColor(255, 255, 255))
            painter.setPen(QPen(QColor(0, 0, 0), 1))
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([QPointF(x, mid - 7), QPointF(x + 5, mid), QPointF(x, mid + 7),
                                           QPointF(x - 5, mid)]))
            digit = TAG_CATEGORIES.index(tag.category) + 1 if tag.category in TAG_CATEGORIES else 0
            painter.setPen(colour)
            painter.drawText(QPointF(x - 3, self.height() - 1), str(digit))
        if self.start_ms <= self.position_ms <= self.end_ms:
            x = self.x_of(self.position_ms)
            painter.setPen(QPen(QColor(80, 160, 255), 2))
            painter.drawLine(QPointF(x, 12), QPointF(x, self.height()))
        painter.end()
