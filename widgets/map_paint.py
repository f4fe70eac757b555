"""Drawing of the map's layers with QPainter, bottom to top: basemap tiles, districts, roads, camera cones and
markers (or clusters), incidents, SOS points, units, drones, highlights, the measure line, legend and attribution."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap, QPolygonF

from console.map.geo import format_distance
from widgets.map_sprites import SpriteCache, blit
from widgets.map_track import TrackLine

if TYPE_CHECKING:
    from widgets.map_view import MapView

BACKGROUND = QColor(24, 27, 32)  # darker than the basemap land: a missing tile shows
DISTRICT_FILLS = [
    QColor(60, 110, 160, 28),
    QColor(90, 150, 80, 28),
    QColor(160, 90, 140, 28),
    QColor(150, 130, 60, 28),
]
DISTRICT_PEN = QPen(
    QColor(150, 170, 200, 150), 0
)  # cosmetic 1 px: a dashed or wide stroke costs ms per frame
DISTRICT_PEN_FAR = QPen(QColor(150, 170, 200, 160), 1.5, Qt.PenStyle.DashLine)
ROAD_PEN = QPen(QColor(235, 200, 120, 110), 0)
CAMERA_COLOUR = QColor(70, 200, 255)
CAMERA_OFFLINE = QColor(140, 140, 140)
CONE_FILL = QColor(70, 200, 255, 45)
CONE_PTZ_FILL = QColor(255, 200, 70, 60)
CLUSTER_FILL = QColor(40, 130, 200, 210)
UNIT_STATUS_COLOURS = {
    "available": QColor(60, 200, 90),
    "en_route": QColor(60, 140, 255),
    "on_scene": QColor(255, 150, 40),
    "busy": QColor(230, 200, 40),
    "out_of_service": QColor(130, 130, 130),
}
UNIT_KIND_LETTERS = {"police": "P", "ambulance": "A", "utility": "U", "fire": "F"}
SEVERITY_COLOURS = {
    "critical": QColor(255, 40, 40),
    "high": QColor(255, 140, 0),
    "medium": QColor(255, 220, 0),
    "low": QColor(150, 200, 255),
}
DRONE_COLOUR = QColor(200, 120, 255)
DRONE_TRACK_PEN = QPen(QColor(200, 120, 255, 160), 2, Qt.PenStyle.DotLine)
SOS_COLOUR = QColor(255, 60, 90)
HIGHLIGHT_PEN = QPen(QColor(255, 255, 255), 2.0)
MEASURE_PEN = QPen(QColor(255, 230, 0), 2.0, Qt.PenStyle.DashLine)
TEXT = QColor(235, 238, 242)
HALO = QColor(10, 12, 16, 200)
PANEL = QColor(16, 19, 24, 210)
MARKER_OUTLINE = QColor(10, 20, 30)
CONE_MIN_ZOOM = 15.0
LABEL_MIN_ZOOM = 17.0
CONE_RANGE_M = 80.0

_fonts: dict[str, QFont] = {}
SPRITES = SpriteCache()  # filled lazily (pixmaps need the GUI application)


def tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


def _font(size: int, bold: bool = False) -> QFont:
    key = f"{size}{bold}"
    font = _fonts.get(key)
    if font is None:
        font = _fonts[key] = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
    return font


def cluster_radius(size: int) -> float:
    return 9.0 + 4.0 * math.log10(max(1, size)) * 2


def _label(painter: QPainter, pos: QPointF, text: str) -> None:
    size = painter.font().pixelSize()
    blit(painter, SPRITES.label(text, TEXT, HALO, size if size > 0 else 10, painter.font().bold()), pos)


def _paint_base(view: MapView, painter: QPainter) -> None:
    """What changes only when the view moves or a tile arrives: basemap, districts, roads."""
    painter.fillRect(view.rect(), BACKGROUND)
    if view.layers["basemap"]:
        _paint_tiles(view, painter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    site = view.state.site
    if site is not None and view.layers["districts"]:
        _paint_districts(view, painter, site)
    if site is not None and view.layers["roads"]:
        _paint_roads(view, painter, site)


def paint_map(view: MapView, painter: QPainter) -> None:
    # live data (units, drones, incidents) repaints several times a second over a still map: the still part is
    # drawn once per view into a pixmap (scaled tiles and antialiased roads were most of the GUI thread's time)
    ratio = view.devicePixelRatioF()
    key = (view.zoom, view.centre(), view.width(), view.height(), ratio, view.tiles_version, id(view.state.site),
           view.layers["basemap"], view.layers["districts"], view.layers["roads"])
    cached = view.base_cache
    if cached is None or cached[0] != key:
        pixmap = QPixmap(max(1, round(view.width() * ratio)), max(1, round(view.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        base = QPainter(pixmap)
        try:
            _paint_base(view, base)
        finally:
            base.end()
        view.base_cache = cached = (key, pixmap)
    painter.drawPixmap(0, 0, cached[1])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    site = view.state.site
    if view.layers["cameras"]:
        _paint_cameras(view, painter)
    if view.layers["incidents"]:
        _paint_incidents(view, painter)
    if view.layers["sos"]:
        _paint_sos(view, painter, site)
    if view.layers["units"]:
        _paint_units(view, painter)
    if view.layers["drones"]:
        _paint_drones(view, painter)
    _paint_measure(view, painter)
    _paint_chrome(view, painter)


def _paint_tiles(view: MapView, painter: QPainter) -> None:
    smooth = abs(view.zoom - round(view.zoom)) > 1e-3 or view.zoom > view.tile_level()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
    for key, pixmap, top_left, size in view.visible_tiles():
        target = QRectF(top_left.x(), top_left.y(), size + 0.5, size + 0.5)  # no hairline seams when scaled
        if pixmap is not None:
            painter.drawPixmap(target, pixmap, QRectF(0, 0, 256, 256))
            continue
        parent = view.cached_parent(key)
        if parent is not None:
            pix, sx, sy, span = parent
            painter.drawPixmap(target, pix, QRectF(sx, sy, span, span))


def _paint_districts(view: MapView, painter: QPainter, site: object) -> None:
    painter.setFont(_font(13, True))
    tint = view.zoom < 13  # a tint helps zoomed out; close up it only darkens the streets (and costs a fill)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for i, district in enumerate(site.districts):  # type: ignore[attr-defined]
        polygon = QPolygonF([view.screen_of(lat, lon) for lat, lon in district.polygon])
        if tint:
            painter.setPen(DISTRICT_PEN_FAR)
            painter.setBrush(DISTRICT_FILLS[i % len(DISTRICT_FILLS)])
            painter.drawPolygon(polygon)
        else:  # an outline only: a polyline is several times cheaper than an unfilled polygon here
            painter.setPen(DISTRICT_PEN)
            painter.drawPolyline(QPolygonF([*polygon, polygon[0]]))
        if view.zoom < 16:
            centre = polygon.boundingRect().center()
            text = SPRITES.label(district.name, QColor(210, 222, 238), QColor(0, 0, 0, 0), 13, True)
            blit(painter, text, centre - QPointF(text[0].width() / 2, -6))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _paint_roads(view: MapView, painter: QPainter, site: object) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(ROAD_PEN)
    named = view.zoom >= 15.5
    painter.setFont(_font(11))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the basemap draws the smooth road
    for road in site.roads:  # type: ignore[attr-defined]
        points = [view.screen_of(lat, lon) for lat, lon in road.points]
        painter.drawPolyline(QPolygonF(points))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if named:
        for road in site.roads:  # type: ignore[attr-defined]
            points = [view.screen_of(lat, lon) for lat, lon in road.points]
            if road.name and len(points) >= 2:
                mid = len(points) // 2
                a, b = points[mid - 1], points[mid]
                _label(painter, QPointF((a.x() + b.x()) / 2 + 4, (a.y() + b.y()) / 2 - 4), road.name)


def _paint_cameras(view: MapView, painter: QPainter) -> None:
    cameras = view.state.cameras
    if view.clustering():
        w, h = view.width(), view.height()
        singles = []
        for cluster in view.camera_clusters():
            p = view.screen_of_unit(cluster.x, cluster.y)
            if not (-30 < p.x() < w + 30 and -30 < p.y() < h + 30):
                continue
            if cluster.size == 1:
                camera = cameras.get(str(cluster.members[0]))
                if camera is not None:
                    singles.append((camera, p.x(), p.y()))
                continue
            r = round(cluster_radius(cluster.size))
            blit(
                painter,
                SPRITES.marker(
                    "disc", CLUSTER_FILL, QColor(255, 255, 255, 200), r, str(cluster.size), TEXT, 11
                ),
                p,
            )
        _camera_markers(view, painter, singles, cones=False)
        return
    ids = view.camera_ids()
    index, xs, ys = view.camera_screen_positions()
    visible = [(cameras[ids[i]], x, y) for i, x, y in zip(index, xs, ys, strict=True) if ids[i] in cameras]
    _camera_markers(view, painter, visible, cones=view.zoom >= CONE_MIN_ZOOM)
    for camera_id in view.highlighted_cameras:
        camera = cameras.get(camera_id)
        if camera is not None:
            painter.setPen(HIGHLIGHT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(view.screen_of(camera.lat, camera.lon), 11, 11)


def _camera_markers(
    view: MapView, painter: QPainter, cameras: list[tuple[object, float, float]], cones: bool
) -> None:
    """The view cones, then the markers as pre-drawn sprites."""
    if cones:
        reach = max(18.0, min(160.0, CONE_RANGE_M / view.metres_per_pixel()))
        ptz_heading, ptz_fov = view.feed.ptz_heading, view.feed.ptz_fov
        painter.setPen(Qt.PenStyle.NoPen)
        # translucent fills need no antialiasing; with it, 200 pies cost 10x more (13 ms vs 1.4 ms measured)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        r = round(reach)
        d = 2 * r
        current = None
        for camera, x, y in cameras:
            cam_id = camera.id  # type: ignore[attr-defined]
            heading = ptz_heading.get(cam_id, camera.heading_deg)  # type: ignore[attr-defined]
            fov = ptz_fov.get(cam_id, camera.fov_deg)  # type: ignore[attr-defined]
            brush = CONE_PTZ_FILL if camera.kind == "ptz" else CONE_FILL  # type: ignore[attr-defined]
            if brush is not current:
                painter.setBrush(brush)
                current = brush
            # Qt angles: counter-clockwise from 3 o'clock, in 1/16 degree; headings: clockwise from north
            painter.drawPie(int(x) - r, int(y) - r, d, d, int((90.0 - heading - fov / 2) * 16), int(fov * 16))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    outline = MARKER_OUTLINE
    sprites = {
        (False, True): SPRITES.marker("square", CAMERA_COLOUR, outline, 4),
        (False, False): SPRITES.marker("square", CAMERA_OFFLINE, outline, 4),
        (True, True): SPRITES.marker("disc", CAMERA_COLOUR, outline, 5),
        (True, False): SPRITES.marker("disc", CAMERA_OFFLINE, outline, 5),
    }
    labels = view.zoom >= LABEL_MIN_ZOOM
    painter.setFont(_font(10))
    offsets = {key: (int(offset.x()), int(offset.y())) for key, (_, offset) in sprites.items()}
    for camera, x, y in cameras:
        key = (camera.kind == "ptz", camera.status == "online")  # type: ignore[attr-defined]
        dx, dy = offsets[key]
        painter.drawPixmap(int(x) + dx, int(y) + dy, sprites[key][0])
        if labels:  # the label's sprite is cached by its text; placed with whole pixels, no QPointF per camera
            plate, offset = SPRITES.label(f"{camera.number:02d} {camera.name}", TEXT, HALO, 10)  # type: ignore[attr-defined]
            painter.drawPixmap(int(x + 7 + offset.x()), int(y - 5 + offset.y()), plate)
        if camera.id == view.selected_camera:  # type: ignore[attr-defined]
            painter.setPen(QPen(QColor(255, 255, 255), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x - 7, y - 7, 14, 14))


def _paint_incidents(view: MapView, painter: QPainter) -> None:
    # up to 300 open incidents, each a cached diamond sprite, drawn into a layer of their own once per change of
    # the incidents or the view and blitted at every repaint: drawn one by one at every 5 Hz repaint they were
    # ≈2,000 Qt calls a repaint, and each Qt call hands the GIL to whichever decode thread wants it
    ratio = view.devicePixelRatioF()
    key = (view.zoom, view.centre(), view.width(), view.height(), ratio, view.state.incidents.version,
           view.highlight_incident, id(view.state.incidents))
    cached = view.incident_cache
    highlighted_at: QPointF | None = None
    if cached is None or cached[0][:-1] != key:
        pixmap = QPixmap(max(1, round(view.width() * ratio)), max(1, round(view.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        layer = QPainter(pixmap)
        try:
            highlighted_at = _draw_incident_markers(view, layer)
        finally:
            layer.end()
        view.incident_cache = cached = ((*key, highlighted_at), pixmap)
    highlighted_at = cached[0][-1]
    painter.drawPixmap(0, 0, cached[1])
    if highlighted_at is not None:  # the pulse moves at every repaint: not part of the layer
        painter.setPen(HIGHLIGHT_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pulse = 14 + 4 * math.sin(time.monotonic() * 4)
        painter.drawEllipse(highlighted_at, pulse, pulse)


def _draw_incident_markers(view: MapView, painter: QPainter) -> QPointF | None:
    """The diamonds of the open incidents in view; returns where the highlighted one is, if drawn."""
    width, height = view.width() + 20, view.height() + 20
    highlighted_at = None
    for incident in reversed(view.open_incidents()):  # most severe drawn last, on top
        p = view.screen_of(incident.lat, incident.lon)
        if not (-20 < p.x() < width and -20 < p.y() < height):
            continue
        highlighted = incident.id == view.highlight_incident
        fill = SEVERITY_COLOURS.get(incident.severity, QColor(200, 200, 200))
        blit(painter, SPRITES.marker("diamond", fill, QColor(0, 0, 0), 9.0 if highlighted else 6.0), p)
        if highlighted:
            highlighted_at = p
    return highlighted_at


def _paint_sos(view: MapView, painter: QPainter, site: object) -> None:
    painter.setFont(_font(9, True))
    for point in getattr(site, "sos_points", ()):
        p = view.screen_of(point.lat, point.lon)
        painter.setPen(QPen(SOS_COLOUR, 1.5))
        painter.setBrush(QColor(40, 0, 10, 200))
        painter.drawRoundedRect(QRectF(p.x() - 6, p.y() - 6, 12, 12), 3, 3)
    now_ms = int(time.time() * 1000)
    for lat, lon, pressed_ms in view.feed.active_sos(now_ms).values():
        p = view.screen_of(lat, lon)
        pulse = 10 + 5 * abs(math.sin((now_ms - pressed_ms) / 300))
        painter.setPen(QPen(SOS_COLOUR, 2))
        painter.setBrush(QColor(255, 60, 90, 90))
        painter.drawEllipse(p, pulse, pulse)
        painter.setPen(TEXT)
        painter.drawText(QRectF(p.x() - 14, p.y() - 7, 28, 14), Qt.AlignmentFlag.AlignCenter, "SOS")


def _paint_units(view: MapView, painter: QPainter) -> None:
    highlighted = set(view.highlighted_units)
    followed = view.following[5:] if view.following.startswith("unit:") else None
    labels = view.zoom >= 13
    units, xs, ys = view.unit_screen_positions()
    for unit, x, y in zip(units, xs, ys, strict=True):
        pixmap, offset = SPRITES.unit_badge(unit.status, unit.kind, unit.call_sign if labels else "")
        painter.drawPixmap(QPointF(x + offset.x(), y + offset.y()), pixmap)
        if unit.id in highlighted or unit.id == followed:
            painter.setPen(HIGHLIGHT_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), 11, 11)


def _paint_drones(view: MapView, painter: QPainter) -> None:
    painter.setFont(_font(10, True))
    for drone in view.feed.drones.values():
        if len(drone.footprint) >= 3:
            painter.setPen(QPen(DRONE_COLOUR, 1.5))
            painter.setBrush(QColor(200, 120, 255, 50))
            painter.drawPolygon(QPolygonF([view.screen_of(lat, lon) for lat, lon in drone.footprint]))
        if len(drone.track) >= 2:
            line = view.track_lines.setdefault(drone.id, TrackLine())
            line.draw(painter, view, (len(drone.track), drone.track[-1]), lambda d=drone: d.track, DRONE_TRACK_PEN)
        p = view.screen_of(drone.lat, drone.lon)
        if drone.frame_centre is not None:
            c = view.screen_of(*drone.frame_centre)
            painter.setPen(QPen(DRONE_COLOUR, 1.5))
            painter.drawLine(c + QPointF(-5, 0), c + QPointF(5, 0))
            painter.drawLine(c + QPointF(0, -5), c + QPointF(0, 5))
        angle = math.radians(drone.heading_deg)
        tip = QPointF(math.sin(angle), -math.cos(angle))
        side = QPointF(math.cos(angle), math.sin(angle))
        arrow = QPolygonF([p + tip * 12, p - tip * 7 + side * 7, p - tip * 3, p - tip * 7 - side * 7])
        painter.setPen(QPen(QColor(255, 255, 255), 1.5))
        painter.setBrush(DRONE_COLOUR)
        painter.drawPolygon(arrow)
        text = drone.id if drone.alt_m is None else f"{drone.id} {drone.alt_m:.0f} m"
        _label(painter, p + QPointF(12, -8), text)


def _paint_measure(view: MapView, painter: QPainter) -> None:
    if not view.measure_points:
        return
    points = [view.screen_of(lat, lon) for lat, lon in view.measure_points]
    painter.setPen(MEASURE_PEN)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QColor(255, 230, 0))
    for p in points:
        painter.drawEllipse(p, 3.5, 3.5)
    painter.setFont(_font(12, True))
    _label(painter, points[-1] + QPointF(8, -8), format_distance(view.measured_m()))


def legend_entries() -> list[tuple[str, QColor, str]]:
    """(shape, colour, text) of the legend, in order."""
    return [
        ("square", CAMERA_COLOUR, tr("camera")),
        ("circle", CAMERA_COLOUR, tr("PTZ camera")),
        ("dot", UNIT_STATUS_COLOURS["available"], tr("unit available")),
        ("dot", UNIT_STATUS_COLOURS["en_route"], tr("en route")),
        ("dot", UNIT_STATUS_COLOURS["on_scene"], tr("on scene")),
        ("dot", UNIT_STATUS_COLOURS["busy"], tr("busy")),
        ("diamond", SEVERITY_COLOURS["critical"], tr("critical")),
        ("diamond", SEVERITY_COLOURS["high"], tr("high")),
        ("diamond", SEVERITY_COLOURS["medium"], tr("medium")),
        ("diamond", SEVERITY_COLOURS["low"], tr("low")),
        ("dot", DRONE_COLOUR, tr("drone")),
        ("square", SOS_COLOUR, tr("SOS point")),
    ]


def _paint_chrome(view: MapView, painter: QPainter) -> None:
    painter.setFont(_font(10))
    metrics = QFontMetrics(painter.font())
    # attribution and scale bar, bottom right
    source = view.source
    attribution = source.attribution if source is not None and view.layers["basemap"] else ""
    if attribution:
        width = metrics.horizontalAdvance(attribution) + 8
        rect = QRectF(view.width() - width, view.height() - metrics.height() - 2, width, metrics.height() + 2)
        painter.fillRect(rect, PANEL)
        painter.setPen(QColor(200, 205, 212))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, attribution)
    mpp = view.metres_per_pixel()
    nice = _nice_length(mpp * 100)
    bar = nice / mpp
    x1, y = view.width() - 10.0, view.height() - metrics.height() - 10.0
    painter.setPen(QPen(TEXT, 2))
    painter.drawLine(QPointF(x1 - bar, y), QPointF(x1, y))
    painter.drawLine(QPointF(x1 - bar, y - 4), QPointF(x1 - bar, y))
    painter.drawLine(QPointF(x1, y - 4), QPointF(x1, y))
    _label(painter, QPointF(x1 - bar, y - 6), format_distance(nice))
    if view.width() < 360 or view.height() < 300:
        return
    blit(painter, _legend(), QPointF(6, view.height() - 6))


_legend_cache: dict[str, tuple[QPixmap, QPointF]] = {}


def _legend() -> tuple[QPixmap, QPointF]:
    """The legend panel, drawn once per language; its offset puts its bottom-left corner at the drawing point."""
    entries = legend_entries()
    key = "|".join(text for _, _, text in entries)
    cached = _legend_cache.get(key)
    if cached is not None:
        return cached
    metrics = QFontMetrics(_font(10))
    row = 14
    width = max(metrics.horizontalAdvance(text) for _, _, text in entries) + 26
    height = row * len(entries) + 6
    pixmap = QPixmap(width, height)
    pixmap.fill(PANEL)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(_font(10))
    for k, (shape, colour, text) in enumerate(entries):
        cy = 3 + row * k + row / 2
        p = QPointF(10, cy)
        painter.setPen(QPen(QColor(10, 10, 10), 1))
        painter.setBrush(QBrush(colour))
        if shape == "square":
            painter.drawRect(QRectF(p.x() - 4, p.y() - 4, 8, 8))
        elif shape == "diamond":
            painter.drawPolygon(
                QPolygonF([p + QPointF(0, -5), p + QPointF(5, 0), p + QPointF(0, 5), p + QPointF(-5, 0)])
            )
        else:
            painter.drawEllipse(p, 4.5, 4.5)
        painter.setPen(TEXT)
        painter.drawText(QPointF(20, cy + metrics.ascent() / 2 - 1), text)
    painter.end()
    _legend_cache.clear()
    _legend_cache[key] = (pixmap, QPointF(0, -height))
    return _legend_cache[key]


def _nice_length(metres: float) -> float:
    """1, 2 or 5 times a power of ten, at most `metres`."""
    power = 10 ** math.floor(math.log10(max(metres, 1e-6)))
    for step in (5, 2, 1):
        if step * power <= metres:
            return step * power
    return power
