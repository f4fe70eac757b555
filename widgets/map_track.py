"""A long track (hundreds to thousands of points) on the map, drawn without projecting every point at every paint.

The points are projected once, when the track changes, to Web Mercator unit coordinates; the painter maps those to
the screen with the view's transform (one matrix for the whole line), and the pen is cosmetic so its width stays
in pixels at every zoom. Projecting 1,500 points in Python at every 5 Hz repaint was a visible share of the GUI
thread on the live map.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from console.map import mercator


class TrackLine:
    def __init__(self) -> None:
        self._key: Hashable = None
        self._polygon = QPolygonF()
        self._pen: tuple[QPen | None, QPen] = (None, QPen())

    def draw(self, painter: QPainter, view: Any, key: Hashable, points: Callable[[], Iterable[tuple[float, float]]],
             pen: QPen) -> None:
        """Draw (lat, lon) `points` as a polyline; they are read again only when `key` changes."""
        if key != self._key:
            self._polygon = QPolygonF([QPointF(*mercator.to_unit(lat, lon)) for lat, lon in points()])
            self._key = key
        if self._polygon.size() < 2:
            return
        if self._pen[0] is not pen:  # made once per pen, not at every paint (a Qt object is a GIL hand-over)
            cosmetic = QPen(pen)
            cosmetic.setCosmetic(True)
            self._pen = (pen, cosmetic)
        painter.save()
        view.apply_unit_transform(painter)
        painter.setPen(self._pen[1])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(self._polygon)
        painter.restore()
