"""One GeoJSON/CSV file as a styled map layer: paints its features through the map's projection."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from plugins.geo_layers.features import Feature, GeoFileError, LoadResult, load_file

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("GeoLayers", text)


# kind -> (colour, legend shape)
STYLES = {"hydrant": (QColor(229, 57, 53), "point"), "school": (QColor(253, 216, 53), "point"),
          "hospital": (QColor(67, 160, 71), "point"), "district": (QColor(126, 87, 194), "polygon"),
          "other": (QColor(0, 188, 212), "point")}


def kind_label(kind: str) -> str:
    return {"hydrant": tr("Hydrants"), "school": tr("Schools"), "hospital": tr("Hospitals"),
            "district": tr("Districts"), "other": tr("Other")}.get(kind, kind)


class GeoFileLayer:
    """Features of one file. `reload()` keeps the last good features when the file turns bad."""

    def __init__(self, path: str | Path, kind: str | None = None) -> None:
        self.path = Path(path)
        self.kind = kind
        self.name = self.path.name
        self.features: list[Feature] = []
        self.error = ""
        self.skipped = 0
        self.loads = 0
        self.visible = True

    def read(self) -> LoadResult | GeoFileError:
        """Parse the file (any thread: touches nothing of the layer)."""
        try:
            return load_file(self.path, self.kind)
        except GeoFileError as exc:
            return exc

    def apply(self, result: LoadResult | GeoFileError) -> bool:
        """Take what `read` returned (GUI thread); False, keeping the old features, when the file was unusable."""
        if isinstance(result, GeoFileError):
            self.error = str(result)
            log.warning("layer %s: %s (keeping %d features)", self.path, result, len(self.features))
            return False
        self.features = result.features
        self.skipped = result.skipped
        self.error = result.first_problem and tr("{n} features skipped, first: {why}").format(
            n=result.skipped, why=result.first_problem)
        self.loads += 1
        return True

    def reload(self) -> bool:
        """Read and apply on the calling thread."""
        return self.apply(self.read())

    def counts(self) -> Counter[str]:
        return Counter(f.kind for f in self.features)

    def legend(self) -> list[tuple[str, QColor, str]]:
        if not self.visible:
            return []
        return [(f"{kind_label(kind)} ({n})", STYLES.get(kind, STYLES["other"])[0], STYLES.get(kind, STYLES["other"])[1])
                for kind, n in sorted(self.counts().items())]

    def paint(self, painter: QPainter, project: Callable[[float, float], QPointF]) -> None:
        if not self.visible:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for feature in self.features:
            colour = STYLES.get(feature.kind, STYLES["other"])[0]
            if feature.geometry == "polygon":
                fill = QColor(colour)
                fill.setAlpha(50)
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(fill)
                for ring in feature.parts:
                    painter.drawPolygon(QPolygonF([project(lat, lon) for lat, lon in ring]))
            elif feature.geometry == "line":
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for line in feature.parts:
                    path = QPainterPath(project(*line[0]))
                    for lat, lon in line[1:]:
                        path.lineTo(project(lat, lon))
                    painter.drawPath(path)
            else:
                for (lat, lon), *_ in feature.parts:
                    self._paint_point(painter, project(lat, lon), feature.kind, colour)

    @staticmethod
    def _paint_point(painter: QPainter, p: QPointF, kind: str, colour: QColor) -> None:
        painter.setPen(QPen(QColor(10, 10, 10), 1))
        painter.setBrush(colour)
        if kind == "school":
            painter.drawRect(QRectF(p.x() - 4, p.y() - 4, 8, 8))
        elif kind == "hospital":  # a cross
            painter.drawRect(QRectF(p.x() - 1.5, p.y() - 5, 3, 10))
            painter.drawRect(QRectF(p.x() - 5, p.y() - 1.5, 10, 3))
        else:
            painter.drawEllipse(p, 4, 4)
