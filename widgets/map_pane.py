"""The city map pane: the map view with its toolbar (place search, layers, measure, follow) and the camera popup
with a live preview; wired to the incident list (select → centre) and the wall (open camera in selected tile)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.map.geo import format_distance
from console.map.mbtiles import MBTilesError
from console.map.tiles import MBTilesSource, TileDiskCache, TileSource, XyzTileSource
from console.ops.city_state import CityState
from console.ops.map_feed import MapFeed
from widgets.map_view import LAYERS, MapView
from widgets.video_wall import VideoWall

log = logging.getLogger(__name__)

DEFAULT_BASEMAP = Path(__file__).resolve().parent.parent / "resources" / "basemap" / "kosshy.mbtiles"
PLACE_ZOOM = {"district": 14.5, "street": 16.0, "landmark": 17.0, "sos": 17.0}

PlacesLookup = Callable[[str], Awaitable[list[Any]]]


def tr(text: str) -> str:
    return QCoreApplication.translate("MapPane", text)


def layer_names() -> dict[str, str]:
    return {
        "basemap": tr("Basemap"),
        "districts": tr("Districts"),
        "roads": tr("Roads"),
        "cameras": tr("Cameras"),
        "incidents": tr("Incidents"),
        "units": tr("Units"),
        "drones": tr("Drones"),
        "sos": tr("SOS points"),
    }


def open_tile_source(spec: str, cache_dir: Path | None = None) -> TileSource:
    """An MBTiles path or an XYZ URL template (`https://host/{z}/{x}/{y}.png`). Raises ValueError/MBTilesError."""
    if spec.startswith(("http://", "https://")):
        cache = TileDiskCache(cache_dir) if cache_dir is not None else None
        host = spec.split("/")[2]
        return XyzTileSource(host, spec, cache=cache, attribution=host)
    return MBTilesSource(spec)


def default_tile_source() -> TileSource | None:
    """The saved choice (settings `map/tiles`), else the basemap shipped in resources/."""
    spec = str(QSettings().value("map/tiles", "") or "")
    cache_dir = Path(QSettings().fileName()).parent / "tile-cache"
    for candidate in (spec, str(DEFAULT_BASEMAP)):
        if not candidate:
            continue
        try:
            return open_tile_source(candidate, cache_dir)
        except (ValueError, MBTilesError) as exc:
            log.warning("map tiles %s: %s", candidate, exc)
    return None


class CameraPopup(QFrame):
    """A camera's live preview (the sub stream, through the wall's own player and tile) and its actions."""

    sig_open = Signal(str)  # camera id: show it in the wall's selected tile

    def __init__(self, state: CityState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("CameraPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("#CameraPopup { background: #1e242c; border: 1px solid #4a90d9; }")
        self.state = state
        self.camera_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.title = QLabel("")
        close = QToolButton()
        close.setText("×")
        close.setToolTip(tr("Close"))
        close.clicked.connect(self.hide)
        top.addWidget(self.title, 1)
        top.addWidget(close)
        layout.addLayout(top)
        self._layout = layout
        self.preview: VideoWall | None = None  # made when shown, dropped when hidden: no timers while closed
        self.open_button = QPushButton(tr("Open in selected tile"))
        self.open_button.clicked.connect(self._on_open)
        layout.addWidget(self.open_button)

    def show_camera(self, camera_id: str, where: QPoint) -> None:
        camera = self.state.cameras.get(camera_id)
        if camera is None:
            return
        self.camera_id = camera_id
        self.title.setText(f"{camera.number:02d}  {camera.name}  ·  {camera.kind}")
        if self.preview is None:
            self.preview = VideoWall(self.state.detections, 1, 1, self)
            self.preview.setFixedSize(320, 180)
            self._layout.insertWidget(1, self.preview)
        self.preview.assign(0, camera)  # a 320×180 tile: the wall chooses the sub stream
        self.move(where + QPoint(12, 12))
        self.show()
        self.raise_()

    def _on_open(self) -> None:
        if self.camera_id is not None:
            self.sig_open.emit(self.camera_id)
        self.hide()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.stop()  # no decoding and no repaint timer for a closed preview
        super().hideEvent(event)

    def stop(self) -> None:
        if self.preview is not None:
            self.preview.stop()
            self._layout.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None


class MapPane(QWidget):
    sig_open_camera = Signal(str)

    def __init__(
        self,
        state: CityState,
        parent: QWidget | None = None,
        source: TileSource | None = None,
        *,
        use_default_source: bool = True,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.feed = MapFeed(state)
        if source is None and use_default_source:
            source = default_tile_source()
        self.view = MapView(state, self.feed, source, self)
        self._places_lookup: PlacesLookup | None = None
        self._search_task: asyncio.Task[None] | None = None
        self.places: list[Any] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Find a street, district or place"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._on_search)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._on_search)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.results = QListWidget(self)
        self.results.setWindowFlags(Qt.WindowType.ToolTip)
        self.results.itemActivated.connect(self._on_place_chosen)
        self.results.itemClicked.connect(self._on_place_chosen)

        self.layers_button = QToolButton()
        self.layers_button.setText(tr("Layers"))
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.layers_button)
        self.layer_actions: dict[str, QAction] = {}
        for name, label in layer_names().items():
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(lambda on, n=name: self.view.set_layer(n, on))
            self.layer_actions[name] = action
        self.layers_button.setMenu(menu)
        self.measure_button = QToolButton()
        self.measure_button.setText(tr("Measure"))
        self.measure_button.setCheckable(True)
        self.measure_button.toggled.connect(self.view.set_measuring)
        self.status = QLabel("")
        self.view.sig_measure_changed.connect(self._on_measure)
        self.view.sig_follow_changed.connect(self._on_follow)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.layers_button)
        bar.addWidget(self.measure_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.popup = CameraPopup(state, self)
        self.popup.sig_open.connect(self.sig_open_camera)
        self.view.sig_camera_clicked.connect(self.popup.show_camera)
        assert set(self.layer_actions) == set(LAYERS)

    # -- wiring ----------------------------------------------------------------------------------------------------

    def add_layer(self, layer: Callable[[Any, Any], None]) -> None:
        """Draw `layer(painter, view)` over the map (the drone pane's tags and track; plugins' layers)."""
        self.view.extra_layers.append(layer)
        self.view.update()

    def set_places_lookup(self, lookup: PlacesLookup | None) -> None:
        """The backend's place search (`BackendClient.places`); without one, the site's own names are searched."""
        self._places_lookup = lookup

    def attach_incident_list(self, incident_list: Any) -> None:
        """Selecting an incident in the list centres the map on it and highlights what is near."""

        def on_selection(*_: object) -> None:
            rows = incident_list.selectionModel().selectedRows()
            if rows:
                incident_id = rows[0].data(Qt.ItemDataRole.UserRole)
                if incident_id:
                    self.view.focus_incident(str(incident_id))

        incident_list.selectionModel().selectionChanged.connect(on_selection)

    def attach_wall(self, wall: Any) -> None:
        self.sig_open_camera.connect(lambda camera_id: wall.assign(wall.selected, camera_id))

    def stop(self) -> None:
        self.popup.stop()
        if self._search_task is not None:
            self._search_task.cancel()
        if self.view.source is not None and hasattr(self.view.source, "close"):
            self.view.source.close()

    # -- search ----------------------------------------------------------------------------------------------------

    def _on_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        if not text:
            self.results.hide()
            return
        if self._places_lookup is None:
            self._show_places(self._local_places(text))
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop (a bare widget): the site's own names
            self._show_places(self._local_places(text))
            return
        if self._search_task is not None:
            self._search_task.cancel()
        self._search_task = loop.create_task(self._lookup(text))

    async def _lookup(self, text: str) -> None:
        assert self._places_lookup is not None
        try:
            places = await self._places_lookup(text)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the backend's reason is shown; the local names still help
            log.warning("place search %r: %s", text, exc)
            self.status.setText(tr("search: backend unavailable, showing local names"))
            places = self._local_places(text)
        self._show_places(places)

    def _local_places(self, text: str) -> list[Any]:
        from console.map.places import Place

        site = self.state.site
        if site is None:
            return []
        words = text.casefold().split()
        out = []
        for d in site.districts:
            lat = sum(p[0] for p in d.polygon) / len(d.polygon)
            lon = sum(p[1] for p in d.polygon) / len(d.polygon)
            out.append(Place(d.id, d.name, "district", lat, lon))
        for r in site.roads:
            mid = r.points[len(r.points) // 2]
            out.append(Place(r.id, r.name, "street", mid[0], mid[1]))
        return [p for p in out if all(any(n.startswith(w) for n in p.name.casefold().split()) for w in words)]

    def _show_places(self, places: list[Any]) -> None:
        self.places = places
        self.results.clear()
        if not places:
            self.status.setText(tr("no place matches “{text}”").format(text=self.search.text().strip()))
            self.results.hide()
            return
        self.status.setText("")
        for place in places:
            item = QListWidgetItem(f"{place.name}  ·  {place_kind_name(place.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.results.addItem(item)
        if len(places) == 1:
            self.go_to(places[0])
            self.results.hide()
            return
        below = self.search.mapToGlobal(QPoint(0, self.search.height()))
        self.results.setGeometry(
            below.x(), below.y(), max(260, self.search.width()), min(8, len(places)) * 22 + 6
        )
        self.results.show()

    def _on_place_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))
        self.results.hide()

    def go_to(self, place: Any) -> None:
        self.view.centre_on(place.lat, place.lon, PLACE_ZOOM.get(place.kind, 16.0))
        self.status.setText(place.name)

    # -- status ----------------------------------------------------------------------------------------------------

    def _on_measure(self, metres: float) -> None:
        if self.view.measuring:
            self.status.setText(
                tr("distance: {d} (click to add points, Esc to finish)").format(d=format_distance(metres))
            )
        else:
            self.status.setText("")
            if self.measure_button.isChecked():
                self.measure_button.setChecked(False)

    def _on_follow(self, target: str) -> None:
        self.status.setText(tr("following {name}").format(name=target.split(":", 1)[1]) if target else "")


def place_kind_name(kind: str) -> str:
    return {
        "street": tr("street"),
        "district": tr("district"),
        "landmark": tr("landmark"),
        "sos": tr("SOS point"),
    }.get(kind, kind)
