"""The drone on the city map: its flown track, the camera footprint (KLV frame corners), the frame centre, the
drone itself pointing along its heading, and the tags at their ground positions. A self-contained layer that
any map pane with `project(lat, lon) -> QPointF` can paint."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from console.ops.drone_track import DroneTrack
from console.ops.tags import DroneTag
from widgets.drone_hud import TAG_COLOURS
from widgets.map_track import TrackLine

TRACK_PEN = QPen(QColor(255, 210, 60, 200), 2.0)
FOOTPRINT_PEN = QPen(QColor(120, 255, 160), 1.5)
FOOTPRINT_FILL = QColor(120, 255, 160, 60)
DRONE_COLOUR = QColor(255, 210, 60)
OUTLINE_PEN = QPen(QColor(0, 0, 0), 1)
TAG_DEFAULT = QColor(255, 255, 255)
TRACK_WINDOW_MS = 10 * 60 * 1000


class DroneMapLayer:
    """Call it with (painter, map pane) at the end of the pane's paint."""

    def __init__(self, track: Callable[[], DroneTrack | None], tags: Callable[[], list[DroneTag]]) -> None:
        self._track = track
        self._tags = tags
        self._line = TrackLine()

    def __call__(self, painter: QPainter, pane: Any) -> None:
        track = self._track()
        if track is not None:
            fix = track.latest()
            if fix is not None:
                since = fix.time_ms - TRACK_WINDOW_MS
                if hasattr(pane, "apply_unit_transform"):  # projected once a second, not at every paint
                    self._line.draw(painter, pane, (id(track), fix.time_ms // 1000),
                                    lambda: track.path(since, step=10), TRACK_PEN)
                else:
                    path = track.path(since, step=10)
                    if len(path) > 1:
                        painter.setPen(TRACK_PEN)
                        painter.drawPolyline(QPolygonF([pane.project(lat, lon) for lat, lon in path]))
                if fix.corners:
                    painter.setPen(FOOTPRINT_PEN)
                    painter.setBrush(FOOTPRINT_FILL)
                    painter.drawPolygon(QPolygonF([pane.project(lat, lon) for lat, lon in fix.corners]))
                if fix.frame_center:
                    c = pane.project(*fix.frame_center)
                    painter.setPen(FOOTPRINT_PEN)  # the frame centre in the footprint's colour
                    painter.drawLine(c + QPointF(-5, 0), c + QPointF(5, 0))
                    painter.drawLine(c + QPointF(0, -5), c + QPointF(0, 5))
                self._paint_drone(painter, pane.project(fix.lat, fix.lon), fix.heading_deg or 0.0)
        for tag in self._tags():
            p = pane.project(tag.lat, tag.lon)
            painter.setPen(OUTLINE_PEN)
            painter.setBrush(TAG_COLOURS.get(tag.category, TAG_DEFAULT))
            painter.drawPolygon(QPolygonF([p, p + QPointF(-4, -10), p + QPointF(4, -10)]))

    def _paint_drone(self, painter: QPainter, at: QPointF, heading_deg: float) -> None:
        h = math.radians(heading_deg)

        def point(forward: float, right: float) -> QPointF:
            # heading is clockwise from north; screen y grows downwards
            return at + QPointF(forward * math.sin(h) + right * math.cos(h), -forward * math.cos(h) + right * math.sin(h))

        painter.setPen(OUTLINE_PEN)
        painter.setBrush(DRONE_COLOUR)
        painter.drawPolygon(QPolygonF([point(10, 0), point(-6, 6), point(-3, 0), point(-6, -6)]))
