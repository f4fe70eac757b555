"""Plugin map layers on the map pane: each layer paints itself through a projection; one legend for all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

Projection = Callable[[float, float], QPointF]


@dataclass
class _Layer:
    owner: str  # plugin name
    layer: Any
    paint: Callable[..., Any]  # guarded layer.paint(painter, project)
    legend: Callable[..., Any]  # guarded layer.legend() -> [(label, colour, shape)]


def legend_items(raw: Any) -> list[tuple[str, QColor, str]]:
    """A layer's legend() checked: [(label, colour, shape)], shape "point" (default), "line" or "polygon"."""
    items: list[tuple[str, QColor, str]] = []
    for item in raw or ():
        if not isinstance(item, list | tuple) or not 2 <= len(item) <= 3:
            raise TypeError(f"legend entries are (label, colour[, shape]), got {item!r}")
        colour = QColor(item[1])
        shape = str(item[2]) if len(item) == 3 else "point"
        if not colour.isValid() or shape not in ("point", "line", "polygon"):
            raise ValueError(f"legend entry {item!r}: bad colour or shape")
        items.append((str(item[0]), colour, shape))
    return items


class PluginMapLayers:
    """Owns the plugin layers of one map pane: drawn as one of its extra layers (`map_pane.add_layer`), each
    through the view's `project(lat, lon)`."""

    def __init__(self, map_pane: Any) -> None:
        self._pane = map_pane
        self._view: Any = getattr(map_pane, "view", map_pane)
        self.layers: list[_Layer] = []
        self._font = QFont()
        self._font.setPixelSize(10)
        map_pane.add_layer(self.paint)

    def add(self, owner: str, layer: Any, paint: Callable[..., Any], legend: Callable[..., Any]) -> None:
        self.layers.append(_Layer(owner, layer, paint, legend))
        self.changed()

    def remove(self, layer: Any) -> None:
        self.layers = [entry for entry in self.layers if entry.layer is not layer]
        self.changed()

    def changed(self) -> None:
        self._view.update()

    def legend_entries(self) -> list[tuple[str, QColor, str]]:
        entries: list[tuple[str, QColor, str]] = []
        for entry in list(self.layers):
            entries += entry.legend() or []  # guarded and checked (legend_items): never raises here
        return entries

    def paint(self, painter: QPainter, view: Any) -> None:
        self._view = view
        for entry in list(self.layers):  # a failing layer is removed from the list while we iterate
            painter.save()
            entry.paint(painter, view.project)
            painter.restore()
        entries = self.legend_entries()
        if entries:
            self._paint_legend(painter, view.width(), entries)

    def _paint_legend(self, painter: QPainter, view_width: int, entries: list[tuple[str, QColor, str]]) -> None:
        painter.setFont(self._font)
        metrics = painter.fontMetrics()
        row = 14
        width = 26 + max(metrics.horizontalAdvance(label) for label, _, _ in entries)
        box = QRectF(view_width - width - 8, 8, width, row * len(entries) + 8)
        painter.setPen(QPen(QColor(90, 100, 112), 1))
        painter.setBrush(QColor(17, 21, 26, 210))
        painter.drawRect(box)
        for i, (label, colour, shape) in enumerate(entries):
            y = box.top() + 4 + i * row
            swatch = QRectF(box.left() + 6, y + 2, 10, 10)
            painter.setPen(QPen(colour.darker(150), 1))
            painter.setBrush(colour)
            if shape == "polygon":
                painter.drawRect(swatch)
            elif shape == "line":
                painter.setPen(QPen(colour, 2))
                painter.drawLine(swatch.bottomLeft(), swatch.topRight())
            else:
                painter.drawEllipse(swatch.center(), 4, 4)
            painter.setPen(QColor(220, 226, 232))
            painter.drawText(QRectF(box.left() + 20, y, width - 22, row), Qt.AlignmentFlag.AlignVCenter, label)
