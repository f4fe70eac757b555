"""Pre-drawn map symbols: camera cones, markers, unit badges, cluster discs and text labels are painted once into
small pixmaps and then blitted; antialiased pies and text cost far more to draw than to copy (2,000 cameras)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap, QPolygonF

HEADING_STEP = 2.0  # degrees: finer than a cone's edge moves on screen at these sizes
FOV_STEP = 2.0
REACH_STEP = 2.0


class SpriteCache:
    def __init__(self, limit: int = 3000) -> None:
        self._items: OrderedDict[tuple[object, ...], tuple[QPixmap, QPointF]] = OrderedDict()
        self._limit = limit
        self._fonts: dict[tuple[int, bool], QFont] = {}

    def _get(
        self, key: tuple[object, ...], make: Callable[[], tuple[QPixmap, QPointF]]
    ) -> tuple[QPixmap, QPointF]:
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = make()
            if len(self._items) > self._limit:
                self._items.popitem(last=False)
        return item

    def font(self, size: int, bold: bool = False) -> QFont:
        font = self._fonts.get((size, bold))
        if font is None:
            font = self._fonts[(size, bold)] = QFont()
            font.setPixelSize(size)
            font.setBold(bold)
        return font

    @staticmethod
    def _canvas(width: int, height: int) -> tuple[QPixmap, QPainter]:
        pixmap = QPixmap(max(1, width), max(1, height))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return pixmap, painter

    def cone(self, heading: float, fov: float, reach: float, fill: QColor) -> tuple[QPixmap, QPointF]:
        """A view cone; the offset puts the camera (the pie's centre) at the drawing point."""
        h = round(heading / HEADING_STEP) * HEADING_STEP
        f = max(FOV_STEP, round(fov / FOV_STEP) * FOV_STEP)
        r = max(REACH_STEP, round(reach / REACH_STEP) * REACH_STEP)

        def make() -> tuple[QPixmap, QPointF]:
            size = int(2 * r + 2)
            pixmap, painter = self._canvas(size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            # Qt angles: counter-clockwise from 3 o'clock, in 1/16 degree; headings: clockwise from north
            painter.drawPie(QRectF(1, 1, 2 * r, 2 * r), round((90.0 - h - f / 2) * 16), round(f * 16))
            painter.end()
            return pixmap, QPointF(-(r + 1), -(r + 1))

        return self._get(("cone", h, f, r, fill.rgba()), make)

    def marker(
        self,
        shape: str,
        fill: QColor,
        outline: QColor,
        radius: float,
        text: str = "",
        text_colour: QColor | None = None,
        font_size: int = 10,
    ) -> tuple[QPixmap, QPointF]:
        """A square, disc or diamond symbol, optionally with a letter or count in it, centred on the point."""

        def make() -> tuple[QPixmap, QPointF]:
            size = int(2 * radius + 4)
            pixmap, painter = self._canvas(size, size)
            c = QPointF(size / 2, size / 2)
            painter.setPen(QPen(outline, 1.5))
            painter.setBrush(fill)
            if shape == "square":
                painter.drawRect(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius))
            elif shape == "diamond":
                painter.drawPolygon(QPolygonF([c + QPointF(0, -radius), c + QPointF(radius, 0),
                                               c + QPointF(0, radius), c + QPointF(-radius, 0)]))
            else:
                painter.drawEllipse(c, radius, radius)
            if text:
                painter.setFont(self.font(font_size, True))
                painter.setPen(text_colour or QColor(10, 10, 10))
                painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            return pixmap, QPointF(-size / 2, -size / 2)

        return self._get(("marker", shape, fill.rgba(), outline.rgba(), radius, text, font_size), make)

    def unit_badge(self, status: str, kind: str, call_sign: str) -> tuple[QPixmap, QPointF]:
        """A unit's disc in its status colour with its kind letter, and its call sign beside it: one blit."""

        def make() -> tuple[QPixmap, QPointF]:
            from widgets.map_paint import HALO, TEXT, UNIT_KIND_LETTERS, UNIT_STATUS_COLOURS

            font = self.font(10, True)
            metrics = QFontMetrics(font)
            text_w = metrics.horizontalAdvance(call_sign) + 4 if call_sign else 0
            pixmap, painter = self._canvas(18 + 2 + text_w, 18)
            painter.setPen(QPen(QColor(255, 255, 255), 1.5))
            painter.setBrush(UNIT_STATUS_COLOURS.get(status, QColor(200, 200, 200)))
            painter.drawEllipse(QPointF(9, 9), 7, 7)
            painter.setFont(font)
            painter.setPen(QColor(10, 10, 10))
            painter.drawText(
                QRectF(2, 2, 14, 14), Qt.AlignmentFlag.AlignCenter, UNIT_KIND_LETTERS.get(kind, "?")
            )
            if call_sign:
                painter.fillRect(QRectF(20, 9 - metrics.ascent() + 4, text_w, metrics.height()), HALO)
                painter.setPen(TEXT)
                painter.drawText(QPointF(22, 13), call_sign)
            painter.end()
            return pixmap, QPointF(-9, -9)

        return self._get(("unit", status, kind, call_sign), make)

    def label(
        self, text: str, colour: QColor, background: QColor, font_size: int = 10, bold: bool = False
    ) -> tuple[QPixmap, QPointF]:
        """Text on a dark plate; the offset puts the text's baseline start at the drawing point."""

        def make() -> tuple[QPixmap, QPointF]:
            font = self.font(font_size, bold)
            metrics = QFontMetrics(font)
            pixmap, painter = self._canvas(metrics.horizontalAdvance(text) + 4, metrics.height())
            painter.fillRect(pixmap.rect(), background)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(2, metrics.ascent()), text)
            painter.end()
            return pixmap, QPointF(0, -metrics.ascent())

        return self._get(("label", text, colour.rgba(), background.rgba(), font_size, bold), make)


def blit(painter: QPainter, sprite: tuple[QPixmap, QPointF], at: QPointF) -> None:
    pixmap, offset = sprite
    painter.drawPixmap(at + offset, pixmap)
