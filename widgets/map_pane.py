"""City map pane (first version): districts, roads, cameras with view cones, units and incidents at their positions."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from console.ops.city_state import CityState

UNIT_COLOURS = {"police": QColor(60, 130, 255), "ambulance": QColor(255, 255, 255),
                "utility": QColor(255, 190, 40), "fire": QColor(255, 70, 50)}
SEVERITY_COLOURS = {"critical": QColor(255, 40, 40), "high": QColor(255, 140, 0),
                    "medium": QColor(255, 220, 0), "low": QColor(150, 200, 255)}
DISTRICT_FILLS = [QColor(60, 90, 120, 60), QColor(90, 120, 70, 60), QColor(120, 80, 110, 60), QColor(110, 100, 60, 60)]


class MapPane(QWidget):
    """Plots the city in a local equirectangular projection fitted to the site. Repaints at most 4 times a second."""

    def __init__(self, state: CityState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._dirty = True
        self.overlay_painters: list[Callable[[QPainter], None]] = []  # drawn last: plugin map layers
        self.setMinimumSize(240, 200)
        self._font = QFont()
        self._font.setPixelSize(10)
        state.sig_site.connect(self._on_changed)
        state.sig_cameras.connect(self._on_changed)
        state.units.sig_changed.connect(self._on_changed)
        state.units.sig_reset.connect(self._on_changed)
        state.incidents.sig_changed.connect(self._on_changed)
        state.incidents.sig_reset.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def _on_changed(self, *args: object) -> None:
        self._dirty = True

    def _on_tick(self) -> None:
        if self._dirty:
            self._dirty = False
            self.update()

    def _bounds(self) -> tuple[float, float, float, float]:
        lats: list[float] = []
        lons: list[float] = []
        site = self._state.site
        if site is not None:
            for district in site.districts:
                lats += [p[0] for p in district.polygon]
                lons += [p[1] for p in district.polygon]
        for cam in self._state.cameras.values():
            lats.append(cam.lat)
            lons.append(cam.lon)
        if not lats:
            return 51.07, 71.62, 51.10, 71.66
        return min(lats), min(lons), max(lats), max(lons)

    def project(self, lat: float, lon: float) -> QPointF:
        lat0, lon0, lat1, lon1 = self._bounds()
        kx = math.cos(math.radians((lat0 + lat1) / 2))  # metres per degree of longitude shrink with latitude
        span_x = max((lon1 - lon0) * kx, 1e-6)
        span_y = max(lat1 - lat0, 1e-6)
        margin = 14
        scale = min((self.width() - 2 * margin) / span_x, (self.height() - 2 * margin) / span_y)
        ox = (self.width() - span_x * scale) / 2
        oy = (self.height() - span_y * scale) / 2
        return QPointF(ox + (lon - lon0) * kx * scale, oy + (lat1 - lat) * scale)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(24, 28, 34))
        painter.setFont(self._font)
        site = self._state.site
        if site is not None:
            for i, district in enumerate(site.districts):
                polygon = QPolygonF([self.project(lat, lon) for lat, lon in district.polygon])
                painter.setPen(QPen(QColor(120, 140, 160), 1, Qt.PenStyle.DashLine))
                painter.setBrush(DISTRICT_FILLS[i % len(DISTRICT_FILLS)])
                painter.drawPolygon(polygon)
                painter.setPen(QColor(160, 175, 190))
                painter.drawText(polygon.boundingRect(), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, district.name)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(95, 100, 110), 3))
            for road in site.roads:
                path = QPainterPath()
                for j, (lat, lon) in enumerate(road.points):
                    point = self.project(lat, lon)
                    path.moveTo(point) if j == 0 else path.lineTo(point)
                painter.drawPath(path)
        self._paint_cameras(painter)
        self._paint_incidents(painter)
        self._paint_units(painter)
        for paint in self.overlay_painters:
            painter.save()
            paint(painter)
            painter.restore()
        painter.end()

    def request_repaint(self) -> None:
        """Repaint on the next tick (a plugin layer changed)."""
        self._dirty = True

    def _paint_cameras(self, painter: QPainter) -> None:
        for cam in self._state.cameras.values():
            centre = self.project(cam.lat, cam.lon)
            cone = QPainterPath(centre)
            reach = 22.0
            heading = math.radians(cam.heading_deg)
            half = math.radians(cam.fov_deg / 2)
            # heading is clockwise from north; screen y grows downwards
            rect = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
            start_deg = 90 - math.degrees(heading + half)
            cone.arcTo(rect, start_deg, math.degrees(2 * half))
            cone.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(80, 200, 255, 50))
            painter.drawPath(cone)
            painter.setBrush(QColor(80, 200, 255))
            painter.drawRect(QRectF(centre.x() - 3, centre.y() - 3, 6, 6))
            painter.setPen(QColor(150, 220, 255))
            painter.drawText(centre + QPointF(5, -4), str(cam.number))

    def _paint_incidents(self, painter: QPainter) -> None:
        for incident in self._state.incidents.ordered()[:100]:
            if incident.status in ("closed", "resolved", "false_alarm"):
                continue
            p = self.project(incident.lat, incident.lon)
            diamond = QPolygonF([p + QPointF(0, -6), p + QPointF(6, 0), p + QPointF(0, 6), p + QPointF(-6, 0)])
            painter.setPen(QPen(QColor(0, 0, 0), 1))
            painter.setBrush(SEVERITY_COLOURS.get(incident.severity, QColor(200, 200, 200)))
            painter.drawPolygon(diamond)

    def _paint_units(self, painter: QPainter) -> None:
        for unit in self._state.units.all():
            p = self.project(unit.lat, unit.lon)
            painter.setPen(QPen(QColor(0, 0, 0), 1))
            painter.setBrush(UNIT_COLOURS.get(unit.kind, QColor(200, 200, 200)))
            painter.drawEllipse(p, 5, 5)
            painter.setPen(QColor(235, 235, 235))
            painter.drawText(p + QPointF(7, 4), unit.call_sign)
