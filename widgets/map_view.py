"""The slippy map widget: Web Mercator tiles (MBTiles or XYZ) under live layers of the city; pan by dragging, zoom
with the wheel around the cursor, click or drag cameras, follow units and drones, measure distances."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from console.map import mercator
from console.map.cluster import Cluster, cluster_grid
from console.map.geo import haversine_m, path_length_m
from console.map.tiles import TileKey, TileLoader, TileSource
from console.ops.city_state import FINISHED, CityState
from console.ops.map_feed import MapFeed
from widgets import map_paint
from widgets.tile_base import CAMERA_MIME

LAYERS = ("basemap", "districts", "roads", "cameras", "incidents", "units", "drones", "sos")
MIN_ZOOM, MAX_ZOOM = 3.0, 20.0
CLUSTER_BELOW_ZOOM = 15  # below this zoom, cameras that share a grid cell are drawn as one cluster
CLUSTER_CELL_PX = 56
HIT_PX = 10
NEAR_CAMERA_M = 400.0  # "nearby" for an incident: cameras that could see it, units that could reach it soon
NEAR_UNIT_M = 1500.0
TILE_CACHE = 384
REPAINT_MS = 200  # live data repaints at most 5 times a second; pan and zoom repaint at once


log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


class MapView(QWidget):
    sig_camera_clicked = Signal(str, QPoint)  # camera id, global position
    sig_view_changed = Signal()
    sig_measure_changed = Signal(float)  # metres
    sig_follow_changed = Signal(str)  # "unit:<id>", "drone:<id>" or ""

    def __init__(
        self, state: CityState, feed: MapFeed, source: TileSource | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.feed = feed
        self.track_lines: dict[str, Any] = {}  # drone id -> its TrackLine (widgets/map_track.py)
        self.layers: dict[str, bool] = dict.fromkeys(LAYERS, True)
        self.cx, self.cy = mercator.to_unit(51.08, 71.64)  # centre, unit square
        self.zoom = 14.0
        self.measuring = False
        self.measure_points: list[tuple[float, float]] = []
        self.following = ""
        self.highlight_incident: str | None = None
        self.highlighted_cameras: list[str] = []
        self.highlighted_units: list[str] = []
        self.selected_camera: str | None = None
        self.paint_ms: list[float] = []  # the last paint times (bench and self-check)
        self.tiles_version = 0  # bumped when a tile arrives: the still part of the map is drawn again
        self.base_cache: tuple[Any, QPixmap] | None = None
        self.incident_cache: tuple[Any, QPixmap] | None = None
        # painters drawn over the map: layer(painter, view), projecting with view.project(lat, lon)
        self.extra_layers: list[Callable[[QPainter, Any], None]] = []
        self._source: TileSource | None = None
        self._loader: TileLoader | None = None
        self._tiles: OrderedDict[TileKey, QPixmap | None] = OrderedDict()
        self._cam_ids: list[str] = []
        self._cam_xy = np.zeros((0, 2))
        self._clusters: dict[int, list[Cluster]] = {}
        self._unit_points: list[tuple[Any, float, float]] | None = None
        self._unit_xy: tuple[list[Any], np.ndarray] | None = None
        self._press: QPointF | None = None
        self._press_camera: str | None = None
        self._moved = False
        self._dirty = False
        self._centred_on_site = False
        self._auto_fit = False
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 200)
        state.sig_site.connect(self._on_site)
        state.sig_cameras.connect(self._on_cameras)
        state.units.sig_changed.connect(self._on_unit)
        state.units.sig_reset.connect(self._on_data)
        state.incidents.sig_changed.connect(self._on_data)
        state.incidents.sig_reset.connect(self._on_data)
        feed.sig_changed.connect(self._on_feed)
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        if source is not None:
            self.set_source(source)
        if state.cameras:
            self._on_cameras()
        if state.site is not None:
            self._on_site(state.site)

    # -- tiles -----------------------------------------------------------------------------------------------------

    @property
    def source(self) -> TileSource | None:
        return self._source

    def set_source(self, source: TileSource | None) -> None:
        if self._loader is not None:
            self._loader.cancel_all()
        self._source, self._loader = source, None
        self._tiles.clear()
        self.tiles_version += 1
        if source is not None and not source.local:
            self._loader = TileLoader(source, self._on_tile)
        self.update()

    def _on_tile(self, key: TileKey, data: bytes | None) -> None:
        self._store_tile(key, data)
        self.update()

    def _store_tile(self, key: TileKey, data: bytes | None) -> QPixmap | None:
        pixmap: QPixmap | None = None
        if data:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                pixmap = None
        self._tiles[key] = pixmap
        self.tiles_version += 1
        if len(self._tiles) > TILE_CACHE:
            self._tiles.popitem(last=False)
        return pixmap

    def tile_level(self) -> int:
        if self._source is None:
            return round(self.zoom)
        return int(max(self._source.min_zoom, min(self._source.max_zoom, round(self.zoom))))

    def visible_tiles(self) -> list[tuple[TileKey, QPixmap | None, QPointF, float]]:
        """(key, pixmap or None if not here yet, top-left on screen, size on screen) of the tiles in view."""
        z = self.tile_level()
        scale = 2.0 ** (self.zoom - z)
        size = mercator.world_size(z)
        half_w, half_h = self.width() / 2 / scale, self.height() / 2 / scale
        cx, cy = self.cx * size, self.cy * size
        out = []
        missing: list[TileKey] = []
        n = 1 << z
        for tx, ty in mercator.tiles_in_view(cx - half_w, cy - half_h, cx + half_w, cy + half_h, z):
            key = (z, tx % n, ty)
            if key in self._tiles:
                self._tiles.move_to_end(key)
                pixmap = self._tiles[key]
            elif self._source is not None and self._source.local:
                pixmap = self._store_tile(key, self._source.read(*key))
            else:
                pixmap = None
                missing.append(key)
            top_left = QPointF(
                (tx * 256 - cx) * scale + self.width() / 2, (ty * 256 - cy) * scale + self.height() / 2
            )
            out.append((key, pixmap, top_left, 256 * scale))
        if missing and self._loader is not None:
            self._want(missing)
        return out

    def _want(self, keys: list[TileKey]) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a bare test or bench): remote tiles are not fetched
        assert self._loader is not None
        self._loader.want(keys)

    def cached_parent(self, key: TileKey) -> tuple[QPixmap, float, float, float] | None:
        """A lower-zoom tile already here that covers `key`: (pixmap, source x, y, size) for a blurry stand-in."""
        z, x, y = key
        for up in range(1, 5):
            pz = z - up
            if pz < 0:
                break
            parent = self._tiles.get((pz, x >> up, y >> up))
            if parent is not None:
                span = 256 / (1 << up)
                return parent, (x % (1 << up)) * span, (y % (1 << up)) * span, span
        return None

    # -- coordinates -----------------------------------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return mercator.world_size(self.zoom)

    def screen_of(self, lat: float, lon: float) -> QPointF:
        ux, uy = mercator.to_unit(lat, lon)
        s = self.scale
        return QPointF((ux - self.cx) * s + self.width() / 2, (uy - self.cy) * s + self.height() / 2)

    def project(self, lat: float, lon: float) -> QPointF:
        """Screen position of a place: what extra layers (`MapPane.add_layer`) draw with."""
        return self.screen_of(lat, lon)

    def apply_unit_transform(self, painter: QPainter) -> None:
        """Make `painter` map Web Mercator unit coordinates to this view's pixels (for long lines). Translate and
        scale rather than a QTransform: no Qt object made at every paint (each one is a GIL hand-over)."""
        s = self.scale
        painter.translate(self.width() / 2 - self.cx * s, self.height() / 2 - self.cy * s)
        painter.scale(s, s)

    def screen_of_unit(self, ux: float, uy: float) -> QPointF:
        s = self.scale
        return QPointF((ux - self.cx) * s + self.width() / 2, (uy - self.cy) * s + self.height() / 2)

    def camera_ids(self) -> list[str]:
        return self._cam_ids

    def camera_screen_positions(self, margin: float = 40.0) -> tuple[list[int], list[float], list[float]]:
        """Indices and screen x, y of the cameras in view (vectorised: 2,000 cameras cost well under 1 ms)."""
        if not len(self._cam_ids):
            return [], [], []
        s = self.scale
        sx = (self._cam_xy[:, 0] - self.cx) * s + self.width() / 2
        sy = (self._cam_xy[:, 1] - self.cy) * s + self.height() / 2
        inside = (
            (sx > -margin) & (sx < self.width() + margin) & (sy > -margin) & (sy < self.height() + margin)
        )
        index = np.nonzero(inside)[0]
        return index.tolist(), sx[index].tolist(), sy[index].tolist()

    def unit_screen_positions(self, margin: float = 40.0) -> tuple[list[Any], list[float], list[float]]:
        """The units in view and their screen x, y (vectorised like the cameras)."""
        if self._unit_xy is None:
            points = self.unit_points()
            self._unit_xy = (
                [u for u, _, _ in points],
                np.array([(x, y) for _, x, y in points]).reshape(-1, 2),
            )
        units, xy = self._unit_xy
        if not units:
            return [], [], []
        s = self.scale
        sx = (xy[:, 0] - self.cx) * s + self.width() / 2
        sy = (xy[:, 1] - self.cy) * s + self.height() / 2
        inside = (
            (sx > -margin) & (sx < self.width() + margin) & (sy > -margin) & (sy < self.height() + margin)
        )
        index = np.nonzero(inside)[0]
        return [units[i] for i in index.tolist()], sx[index].tolist(), sy[index].tolist()

    def camera_screen(self, index: int) -> QPointF:
        return self.screen_of_unit(float(self._cam_xy[index, 0]), float(self._cam_xy[index, 1]))

    def geo_of(self, pos: QPointF) -> tuple[float, float]:
        s = self.scale
        return mercator.from_unit(
            self.cx + (pos.x() - self.width() / 2) / s, self.cy + (pos.y() - self.height() / 2) / s
        )

    def centre(self) -> tuple[float, float]:
        return mercator.from_unit(self.cx, self.cy)

    def centre_on(self, lat: float, lon: float, zoom: float | None = None) -> None:
        self._auto_fit = False
        self.cx, self.cy = mercator.to_unit(lat, lon)
        if zoom is not None:
            self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._view_changed()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by screen pixels (the map follows the pointer)."""
        self._auto_fit = False
        s = self.scale
        self.cx = (self.cx - dx / s) % 1.0
        self.cy = max(0.0, min(1.0, self.cy - dy / s))
        self._view_changed()

    def zoom_at(self, new_zoom: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the point under `anchor` (screen) where it is."""
        self._auto_fit = False
        new_zoom = max(MIN_ZOOM, min(MAX_ZOOM, new_zoom))
        if anchor is None:
            anchor = QPointF(self.width() / 2, self.height() / 2)
        dx, dy = anchor.x() - self.width() / 2, anchor.y() - self.height() / 2
        ux, uy = self.cx + dx / self.scale, self.cy + dy / self.scale
        self.zoom = new_zoom
        self.cx, self.cy = ux - dx / self.scale, uy - dy / self.scale
        self._view_changed()

    def metres_per_pixel(self) -> float:
        return mercator.metres_per_pixel(self.centre()[0], self.zoom)

    def _view_changed(self) -> None:
        self.update()
        self.sig_view_changed.emit()

    # -- data ------------------------------------------------------------------------------------------------------

    def _on_site(self, site: Any) -> None:
        if not self._centred_on_site:
            self._auto_fit = True
            self.fit_site()
        self._dirty = True

    def fit_site(self) -> None:
        """Show the whole site (its districts and roads), or its centre at zoom 14 when it has no geometry."""
        site = self.state.site
        if site is None:
            return
        self._centred_on_site = True
        points = [p for d in site.districts for p in d.polygon] + [p for r in site.roads for p in r.points]
        if not points:
            self.centre_on(*site.centre, zoom=14.0)
            return
        xs, ys = zip(*(mercator.to_unit(lat, lon) for lat, lon in points), strict=True)
        span_x, span_y = max(max(xs) - min(xs), 1e-9), max(max(ys) - min(ys), 1e-9)
        fit = min((self.width() - 24) / (span_x * 256), (self.height() - 24) / (span_y * 256))
        zoom = max(MIN_ZOOM, min(17.0, math.log2(max(fit, 1e-9))))
        self.cx, self.cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        self.zoom = zoom
        self._view_changed()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if (
            self._auto_fit
        ):  # until the operator moves the map, keep the whole site in view as the dock settles
            self.fit_site()

    def _on_cameras(self) -> None:
        cameras = list(self.state.cameras.values())
        self._cam_ids = [c.id for c in cameras]
        self._cam_xy = np.array([mercator.to_unit(c.lat, c.lon) for c in cameras]).reshape(-1, 2)
        self._clusters.clear()
        self._dirty = True

    def _on_unit(self, unit: Any) -> None:
        self._dirty = True
        self._unit_points = self._unit_xy = None
        if self.following == f"unit:{unit.id}":
            self.centre_on(unit.lat, unit.lon)

    def _on_feed(self, kind: str) -> None:
        self._dirty = True
        if kind == "drones" and self.following.startswith("drone:"):
            drone = self.feed.drones.get(self.following[6:])
            if drone is not None:
                self.centre_on(drone.lat, drone.lon)

    def _on_data(self, *args: object) -> None:
        self._dirty = True
        self._unit_points = self._unit_xy = None

    def unit_points(self) -> list[tuple[Any, float, float]]:
        """(unit, x, y in the unit square), recomputed only after units change (once a second), not per frame."""
        if self._unit_points is None:
            self._unit_points = [(u, *mercator.to_unit(u.lat, u.lon)) for u in self.state.units.all()]
        return self._unit_points

    def _on_tick(self) -> None:
        if self._dirty:
            self._dirty = False
            self.update()

    def camera_clusters(self) -> list[Cluster]:
        """Clusters of cameras for the current zoom level (unit-square coordinates), cached per integer zoom."""
        level = int(math.floor(self.zoom))
        clusters = self._clusters.get(level)
        if clusters is None:
            size = mercator.world_size(level)
            points = (
                (cid, x * size, y * size) for cid, (x, y) in zip(self._cam_ids, self._cam_xy, strict=True)
            )
            clusters = cluster_grid(points, CLUSTER_CELL_PX)
            for cluster in clusters:
                cluster.x, cluster.y = cluster.x / size, cluster.y / size
            self._clusters[level] = clusters
        return clusters

    def clustering(self) -> bool:
        return self.zoom < CLUSTER_BELOW_ZOOM

    def visible_camera_indices(self, margin: float = 40.0) -> np.ndarray:
        if not len(self._cam_ids):
            return np.zeros(0, dtype=int)
        s = self.scale
        sx = (self._cam_xy[:, 0] - self.cx) * s + self.width() / 2
        sy = (self._cam_xy[:, 1] - self.cy) * s + self.height() / 2
        inside = (
            (sx > -margin) & (sx < self.width() + margin) & (sy > -margin) & (sy < self.height() + margin)
        )
        return np.nonzero(inside)[0]

    # -- what is where ---------------------------------------------------------------------------------------------

    def camera_at(self, pos: QPointF) -> str | None:
        if not self.layers["cameras"] or self.clustering():
            return None
        best, best_d = None, HIT_PX * HIT_PX
        s = self.scale
        for i in self.visible_camera_indices():
            x = (self._cam_xy[i, 0] - self.cx) * s + self.width() / 2 - pos.x()
            y = (self._cam_xy[i, 1] - self.cy) * s + self.height() / 2 - pos.y()
            if x * x + y * y <= best_d:
                best, best_d = self._cam_ids[i], x * x + y * y
        return best

    def cluster_at(self, pos: QPointF) -> Cluster | None:
        if not self.layers["cameras"] or not self.clustering():
            return None
        s = self.scale
        for cluster in self.camera_clusters():
            x = (cluster.x - self.cx) * s + self.width() / 2 - pos.x()
            y = (cluster.y - self.cy) * s + self.height() / 2 - pos.y()
            if x * x + y * y <= map_paint.cluster_radius(cluster.size) ** 2:
                return cluster
        return None

    def unit_at(self, pos: QPointF) -> str | None:
        if not self.layers["units"]:
            return None
        for unit in self.state.units.all():
            p = self.screen_of(unit.lat, unit.lon)
            if (p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2 <= HIT_PX * HIT_PX:
                return unit.id
        return None

    def drone_at(self, pos: QPointF) -> str | None:
        if not self.layers["drones"]:
            return None
        for drone in self.feed.drones.values():
            p = self.screen_of(drone.lat, drone.lon)
            if (p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2 <= HIT_PX * HIT_PX * 1.5:
                return drone.id
        return None

    # -- operator actions ------------------------------------------------------------------------------------------

    def set_layer(self, name: str, on: bool) -> None:
        if name not in self.layers:
            raise KeyError(f"no map layer {name!r}; layers: {', '.join(LAYERS)}")
        self.layers[name] = on
        self.update()

    def follow(self, target: str) -> None:
        """ "unit:<id>" or "drone:<id>" keeps that object in the centre; "" stops."""
        self.following = target
        if target.startswith("unit:"):
            unit = next((u for u in self.state.units.all() if u.id == target[5:]), None)
            if unit is not None:
                self.centre_on(unit.lat, unit.lon)
        elif target.startswith("drone:"):
            drone = self.feed.drones.get(target[6:])
            if drone is not None:
                self.centre_on(drone.lat, drone.lon)
        self.sig_follow_changed.emit(target)

    def focus_incident(self, incident_id: str, zoom: float = 16.0) -> bool:
        """Centre on the incident and highlight the cameras and units near it. False if it is not known."""
        incident = self.state.incidents.get(incident_id)
        if incident is None:
            return False
        self.highlight_incident = incident_id
        cams = [
            (haversine_m(incident.lat, incident.lon, c.lat, c.lon), c.id) for c in self.state.cameras.values()
        ]
        self.highlighted_cameras = [cid for d, cid in sorted(cams) if d <= NEAR_CAMERA_M][:8]
        units = [
            (haversine_m(incident.lat, incident.lon, u.lat, u.lon), u.id) for u in self.state.units.all()
        ]
        self.highlighted_units = [uid for d, uid in sorted(units) if d <= NEAR_UNIT_M][:6]
        if self.following:
            self.follow("")
        self.centre_on(incident.lat, incident.lon, max(self.zoom, zoom))
        return True

    def set_measuring(self, on: bool) -> None:
        self.measuring = on
        self.measure_points = []
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.sig_measure_changed.emit(0.0)
        self.update()

    def measured_m(self) -> float:
        return path_length_m(self.measure_points)

    def camera_mime(self, camera_id: str) -> QMimeData:
        """What a camera dragged from the map carries: the camera tree's MIME type and payload."""
        mime = QMimeData()
        mime.setData(CAMERA_MIME, QByteArray(camera_id.encode()))
        return mime

    def open_incidents(self) -> list[Any]:
        return [i for i in self.state.incidents.ordered()[:300] if i.status not in FINISHED]

    # -- input -----------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_camera = self.camera_at(event.position())
            self._moved = False

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        delta = pos - self._press
        if not self._moved and abs(delta.x()) + abs(delta.y()) < QApplication.startDragDistance():
            return
        self._moved = True
        if self._press_camera is not None:
            camera_id, self._press_camera, self._press = self._press_camera, None, None
            drag = QDrag(self)
            drag.setMimeData(self.camera_mime(camera_id))
            drag.exec(Qt.DropAction.CopyAction)
            return
        if self.following:
            self.follow("")
        self.pan_by(delta.x(), delta.y())
        self._press = pos

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        pos, moved = event.position(), self._moved
        self._press, self._press_camera, self._moved = None, None, False
        if moved:
            return
        if self.measuring:
            self.measure_points.append(self.geo_of(pos))
            self.sig_measure_changed.emit(self.measured_m())
            self.update()
            return
        camera_id = self.camera_at(pos)
        if camera_id is not None:
            self.selected_camera = camera_id
            self.update()
            self.sig_camera_clicked.emit(camera_id, self.mapToGlobal(pos.toPoint()))
            return
        cluster = self.cluster_at(pos)
        if cluster is not None:
            self.centre_on(
                *mercator.from_unit(cluster.x, cluster.y), zoom=max(self.zoom + 2, CLUSTER_BELOW_ZOOM)
            )

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if not self.measuring:
            self.zoom_at(self.zoom + 1, event.position())

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_at(self.zoom + steps * 0.5, event.position())
        event.accept()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape and self.measuring:
            self.set_measuring(False)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(self.zoom + 1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_at(self.zoom - 1)
        else:
            super().keyPressEvent(event)

    def context_menu_for(self, pos: QPointF) -> QMenu:
        """Follow the unit or drone under the pointer; stop following."""
        menu = QMenu(self)
        unit_id, drone_id = self.unit_at(pos), self.drone_at(pos)
        if unit_id is not None:
            unit = next(u for u in self.state.units.all() if u.id == unit_id)
            menu.addAction(tr("Follow {name}").format(name=unit.call_sign)).triggered.connect(
                lambda: self.follow(f"unit:{unit_id}")
            )
        if drone_id is not None:
            menu.addAction(tr("Follow {name}").format(name=drone_id)).triggered.connect(
                lambda: self.follow(f"drone:{drone_id}")
            )
        if self.following:
            menu.addAction(tr("Stop following")).triggered.connect(lambda: self.follow(""))
        return menu

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        menu = self.context_menu_for(QPointF(event.pos()))
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    # -- painting --------------------------------------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        started = time.perf_counter()
        painter = QPainter(self)
        try:
            map_paint.paint_map(self, painter)
            for layer in tuple(self.extra_layers):
                painter.save()
                try:
                    layer(painter, self)
                except Exception:  # a broken extra layer (a plugin's, say) must not blank the map
                    log.exception("map layer %r failed; removed", layer)
                    self.extra_layers.remove(layer)
                finally:
                    painter.restore()
        finally:
            painter.end()
        self.paint_ms.append((time.perf_counter() - started) * 1000)
        if len(self.paint_ms) > 600:
            del self.paint_ms[:300]
