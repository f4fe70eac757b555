"""The map pane with pytest-qt: tiles, pan and zoom, live layers from events, clustering, camera popup with a live
preview, drag to the wall, incident focus, measuring, following, and place search against the backend's routes."""

import asyncio
import math
import time

import pytest
import qasync
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from console.api.models import Camera, Envelope, Site
from console.map.geo import destination, haversine_m
from console.map.tiles import TileDiskCache, XyzTileSource
from console.ops.city_state import CityState
from console.sim.district import KosshyDistrict
from tests.core.test_map_tiles import _TileServer
from tests.widgets.wall_fixtures import camera_json
from widgets.camera_list import CameraTree
from widgets.incident_list import IncidentList
from widgets.map_paint import BACKGROUND, DRONE_COLOUR, SEVERITY_COLOURS, UNIT_STATUS_COLOURS
from widgets.map_pane import DEFAULT_BASEMAP, MapPane, open_tile_source

DISTRICT = KosshyDistrict()


def _camera(spec, url, **extra):
    raw = camera_json(spec.number, url)
    raw.update(
        id=spec.id,
        name=spec.name,
        kind=spec.kind,
        lat=spec.lat,
        lon=spec.lon,
        heading_deg=spec.heading_deg,
        fov_deg=spec.fov_deg,
        **extra,
    )
    return Camera.from_json(raw)


@pytest.fixture
def city(clip_url):
    state = CityState()
    state.set_site(Site.from_json(DISTRICT.site_json()))
    state.set_cameras([_camera(spec, clip_url) for spec in DISTRICT.cameras])
    return state


@pytest.fixture
def make_pane(qtbot):
    panes = []

    def make(state, source="default", size=(900, 700)):
        tiles = open_tile_source(str(DEFAULT_BASEMAP)) if source == "default" else source
        pane = MapPane(state, source=tiles, use_default_source=False)
        qtbot.addWidget(pane)
        pane.resize(*size)
        pane.show()
        qtbot.waitExposed(pane)
        panes.append(pane)
        return pane

    yield make
    for pane in panes:
        pane.stop()


def _env(seq, type_, data):
    return Envelope(seq=seq, ts_ms=int(time.time() * 1000), type=type_, data=data)


def _unit(uid, lat, lon, status="available", kind="police", call_sign="P-11"):
    return {
        "id": uid,
        "call_sign": call_sign,
        "kind": kind,
        "status": status,
        "lat": lat,
        "lon": lon,
        "heading_deg": 0,
        "updated_ms": int(time.time() * 1000),
    }


def _pixel(view, point):
    image = view.grab().toImage()
    return image.pixelColor(round(point.x()), round(point.y()))


def _close(colour, expected, tol=40):
    return all(abs(a - b) <= tol for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True))


def _shows(view, centre, expected):
    """The marker's fill colour around its centre (its letter sits in the middle)."""
    image = view.grab().toImage()
    ring = [QPointF(-5, 0), QPointF(5, 0), QPointF(0, -5), QPointF(0, 5)]
    hits = sum(
        _close(image.pixelColor(round((centre + d).x()), round((centre + d).y())), expected) for d in ring
    )
    return hits >= 3


def _wheel(view, pos, steps):
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)


def test_zoom_keeps_the_point_under_the_cursor_and_drag_pans(city, make_pane, qtbot):
    view = make_pane(city).view
    view.centre_on(51.08, 71.64, 15.0)
    cursor = QPointF(200, 150)
    under = view.geo_of(cursor)
    _wheel(view, cursor.toPoint(), 2)
    assert view.zoom == pytest.approx(16.0)
    assert haversine_m(*view.geo_of(cursor), *under) < 0.5
    _wheel(view, cursor.toPoint(), -4)
    assert view.zoom == pytest.approx(14.0)
    assert haversine_m(*view.geo_of(cursor), *under) < 2
    before = view.geo_of(QPointF(450, 340))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 340))
    for step in range(1, 11):
        qtbot.mouseMove(view, QPoint(450 - 10 * step, 340 - 5 * step))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(350, 290))
    # what was under the press point is now under the release point
    assert haversine_m(*view.geo_of(QPointF(350, 290)), *before) < 2
    assert view.selected_camera is None  # a drag is not a click


def test_the_whole_site_is_in_view_until_the_operator_moves_the_map(city, make_pane, qtbot):
    pane = make_pane(city, size=(500, 400))
    view = pane.view
    assert view._auto_fit
    for district in city.site.districts:
        for lat, lon in district.polygon:
            p = view.screen_of(lat, lon)
            assert -1 <= p.x() <= view.width() + 1 and -1 <= p.y() <= view.height() + 1
    zoom_small = view.zoom
    pane.resize(1000, 800)
    qtbot.waitUntil(lambda: view.zoom > zoom_small + 0.5)  # the dock grew: the site still fills the view
    view.pan_by(10, 0)
    zoom = view.zoom
    pane.resize(600, 500)
    qtbot.wait(50)
    assert view.zoom == zoom  # moved by the operator: no more refitting


def test_basemap_tiles_are_drawn_and_the_layer_toggles(city, make_pane):
    view = make_pane(city).view
    view.centre_on(51.080, 71.640, 16.0)
    for name in ("districts", "roads", "cameras", "incidents", "units", "drones", "sos"):
        view.set_layer(name, False)
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).rgb() for x in range(0, 800, 37) for y in range(0, 600, 29)}
    assert len(colours) > 3 and BACKGROUND.rgb() not in colours
    assert any(key[0] == 16 for key in view._tiles)
    view.set_layer("basemap", False)
    image = view.grab().toImage()
    assert image.pixelColor(100, 100).rgb() == BACKGROUND.rgb()
    with pytest.raises(KeyError, match="no map layer"):
        view.set_layer("weather", True)
    # over-zoom beyond the file's last level reuses its tiles, scaled
    view.set_layer("basemap", True)
    view.centre_on(51.080, 71.640, 18.5)
    assert view.tile_level() == 16
    assert all(pixmap is not None for _, pixmap, _, _ in view.visible_tiles())


def test_units_drones_and_sos_follow_the_event_stream(city, make_pane, qtbot):
    pane = make_pane(city)
    view = pane.view
    view.centre_on(51.080, 71.640, 16.0)
    city.apply(_env(1, "unit.updated", _unit("u1", 51.0805, 71.6385, status="on_scene")))
    p1 = view.screen_of(51.0805, 71.6385)
    qtbot.waitUntil(lambda: _shows(view, p1, UNIT_STATUS_COLOURS["on_scene"]), timeout=5000)
    city.apply(_env(2, "unit.updated", _unit("u1", 51.0790, 71.6420, status="en_route")))
    p2 = view.screen_of(51.0790, 71.6420)
    qtbot.waitUntil(lambda: _shows(view, p2, UNIT_STATUS_COLOURS["en_route"]), timeout=5000)
    assert not _shows(view, p1, UNIT_STATUS_COLOURS["on_scene"])
    pane.layer_actions["units"].setChecked(False)
    assert not view.layers["units"]
    assert not _shows(view, p2, UNIT_STATUS_COLOURS["en_route"])
    # a drone, from synthetic telemetry: icon, track, footprint
    for k in range(5):
        lat, lon = 51.0810 + 0.0003 * k, 71.6370
        corners = [list(destination(lat, lon, b, 60)) for b in (45, 135, 225, 315)]
        city.apply(
            _env(
                10 + k,
                "drone.telemetry",
                {
                    "drone_id": "drone-1",
                    "lat": lat,
                    "lon": lon,
                    "heading_deg": 0,
                    "alt_m": 100,
                    "footprint": corners,
                },
            )
        )
    drone = pane.feed.drones["drone-1"]
    assert len(drone.track) == 5
    tip = view.screen_of(drone.lat, drone.lon) + QPointF(0, -4)
    qtbot.waitUntil(lambda: _close(_pixel(view, tip), DRONE_COLOUR), timeout=5000)

    def track_drawn():  # the dotted track between the 2nd and 3rd fixes, where the view puts them now
        image = view.grab().toImage()
        a, b = (view.screen_of(*drone.track[i]) for i in (1, 2))
        along = [a + (b - a) * (k / 20) for k in range(21)]
        def violet(c):  # the track's colour blended over the dark basemap
            return c.blue() - c.green() > 60 and c.red() - c.green() > 30

        return sum(violet(image.pixelColor(round(p.x()), round(p.y()))) for p in along) >= 8

    assert track_drawn()
    view.centre_on(51.0812, 71.6380, 16.5)  # the track is projected once; the view's transform moves it
    assert track_drawn()
    view.set_layer("drones", False)
    assert not _close(_pixel(view, tip), DRONE_COLOUR)
    sos = DISTRICT.sos_points[0]
    city.apply(
        _env(20, "sos.pressed", {"point_id": sos.id, "lat": sos.lat, "lon": sos.lon, "incident_id": "i"})
    )
    assert sos.id in pane.feed.active_sos(int(time.time() * 1000))


def test_cameras_cluster_at_low_zoom_and_a_cluster_click_zooms_in(clip_url, make_pane, qtbot):
    import random

    rng = random.Random(5)
    state = CityState()
    state.set_site(Site.from_json(DISTRICT.site_json()))
    base = camera_json(1, clip_url)
    cams = []
    for n in range(1, 2001):
        cams.append(
            Camera.from_json(
                {
                    **base,
                    "id": f"c{n}",
                    "number": n,
                    "lat": 51.06 + rng.random() * 0.04,
                    "lon": 71.61 + rng.random() * 0.06,
                    "heading_deg": rng.random() * 360,
                }
            )
        )
    state.set_cameras(cams)
    view = make_pane(state).view
    view.centre_on(51.08, 71.64, 12.0)
    clusters = view.camera_clusters()
    assert sum(c.size for c in clusters) == 2000 and len(clusters) < 40
    assert view.camera_at(QPointF(450, 340)) is None  # clustered: no single camera to click
    biggest = max(clusters, key=lambda c: c.size)
    where = view.screen_of_unit(biggest.x, biggest.y)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert view.zoom >= 15.0 and not view.clustering()
    assert 0 < len(view.visible_camera_indices()) < 2000


def test_click_camera_opens_a_live_preview_and_opens_it_on_the_wall(city, make_pane, make_wall, qtbot):
    pane = make_pane(city)
    view = pane.view
    wall = make_wall(2, 2)
    pane.attach_wall(wall)
    wall.select(3)
    camera = city.cameras["cam-05"]
    view.centre_on(camera.lat, camera.lon, 16.0)
    popup = pane.popup
    assert popup.preview is None  # nothing decodes or ticks before a camera is clicked
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.screen_of(camera.lat, camera.lon).toPoint())
    assert popup.isVisible() and popup.camera_id == "cam-05" and view.selected_camera == "cam-05"
    tile = popup.preview.tiles[0]
    assert tile.camera.id == "cam-05" and tile.profile == "sub"
    qtbot.waitUntil(lambda: tile.frames_shown > 0, timeout=20000)  # real frames decoded and shown
    preview = popup.preview
    qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible() and popup.preview is None  # closed preview: no decoding, no timer
    assert not preview.players and not preview._timer.isActive()
    assert wall.tiles[3].camera.id == "cam-05"
    assert wall.layout_model.cameras[3] == "cam-05"


def test_a_camera_dragged_from_the_map_drops_on_the_wall_like_one_from_the_tree(city, make_pane, make_wall):
    view = make_pane(city).view
    wall = make_wall(2, 2)
    mime = view.camera_mime("cam-07")
    tree = CameraTree()
    tree.set_cameras(city.cameras.values())
    item = next(i for i in tree.camera_items() if i.data(0, Qt.ItemDataRole.UserRole) == "cam-07")
    tree_mime = tree.mimeData([item])
    assert mime.formats() == tree_mime.formats()
    assert bytes(mime.data(mime.formats()[0]).data()) == bytes(tree_mime.data(tree_mime.formats()[0]).data())
    assert wall.drop_on_tile(1, mime)
    assert wall.tiles[1].camera.id == "cam-07"
    tree.deleteLater()


def test_dragging_from_a_camera_starts_a_drag_not_a_pan(city, make_pane, qtbot):
    """The offscreen platform ends a QDrag at once, so this checks the branch: the map does not move."""
    view = make_pane(city).view
    camera = city.cameras["cam-07"]
    view.centre_on(camera.lat, camera.lon, 16.0)
    start = view.screen_of(camera.lat, camera.lon).toPoint()
    centre = view.centre()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    assert view._press_camera == "cam-07"
    for step in range(1, 6):
        qtbot.mouseMove(view, start + QPoint(8 * step, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    assert view.centre() == centre and view.selected_camera is None


def test_selecting_an_incident_centres_the_map_and_shows_what_is_near(city, make_pane, qtbot):
    pane = make_pane(city)
    incidents = IncidentList(city.incidents)
    qtbot.addWidget(incidents)
    pane.attach_incident_list(incidents)
    camera = city.cameras["cam-02"]
    now = int(time.time() * 1000)
    lat, lon = destination(camera.lat, camera.lon, 90, 50)
    city.apply(_env(1, "unit.updated", _unit("near", *destination(lat, lon, 0, 600))))
    city.apply(_env(2, "unit.updated", _unit("far", *destination(lat, lon, 0, 3000), call_sign="P-12")))
    city.apply(
        _env(
            3,
            "incident.created",
            {
                "id": "inc-1",
                "type": "crash",
                "severity": "high",
                "status": "new",
                "title": "Crash",
                "camera_id": None,
                "lat": lat,
                "lon": lon,
                "district": "d-centre",
                "created_ms": now,
                "updated_ms": now,
            },
        )
    )
    incidents.model_.refresh()
    incidents.selectionModel().select(
        incidents.model_.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view = pane.view
    assert haversine_m(*view.centre(), lat, lon) < 1
    assert view.zoom >= 16 and view.highlight_incident == "inc-1"
    assert view.highlighted_cameras[0] == "cam-02"
    assert all(
        haversine_m(lat, lon, city.cameras[c].lat, city.cameras[c].lon) <= 400
        for c in view.highlighted_cameras
    )
    assert view.highlighted_units == ["near"]
    assert not view.focus_incident("missing")
    # the incident's diamond in its severity colour; closed, it leaves the map (the sorted list follows changes)
    centre = view.screen_of(lat, lon)
    qtbot.waitUntil(lambda: _close(_pixel(view, centre), SEVERITY_COLOURS["high"]), timeout=5000)
    city.apply(_env(4, "incident.updated", {
        "id": "inc-1", "type": "crash", "severity": "high", "status": "closed", "title": "Crash", "camera_id": None,
        "lat": lat, "lon": lon, "district": "d-centre", "created_ms": now, "updated_ms": now + 1}))
    view.update()
    qtbot.waitUntil(lambda: not _close(_pixel(view, centre), SEVERITY_COLOURS["high"]), timeout=5000)


def test_incident_markers_are_drawn_once_per_change_not_at_every_repaint(city, make_pane, qtbot, monkeypatch):
    # hundreds of open incidents at a 5 Hz repaint: drawn one by one every time, they were thousands of Qt calls
    from widgets import map_paint

    drawn = []
    real = map_paint._draw_incident_markers
    monkeypatch.setattr(map_paint, "_draw_incident_markers", lambda view, painter: drawn.append(1) or real(view, painter))
    pane = make_pane(city)
    view = pane.view
    lat, lon = 51.09, 71.65
    view.centre_on(lat, lon, 15.0)
    now = 1_700_000_000_000

    def incident(status, updated):
        return _env(10 + updated, "incident.created" if status == "new" else "incident.updated", {
            "id": "inc-9", "type": "crash", "severity": "high", "status": status, "title": "Crash",
            "camera_id": None, "lat": lat, "lon": lon, "district": "d-centre", "created_ms": now,
            "updated_ms": now + updated})

    city.apply(incident("new", 0))
    centre = view.screen_of(lat, lon)
    view.grab()
    assert _close(_pixel(view, centre), SEVERITY_COLOURS["high"])
    before = len(drawn)
    for _ in range(3):
        view.grab()  # repaints with nothing changed: the layer is blitted as it is
    assert len(drawn) == before
    city.apply(incident("closed", 1))  # a change: drawn again, and the closed incident is gone
    view.grab()
    assert len(drawn) == before + 1 and not _close(_pixel(view, centre), SEVERITY_COLOURS["high"])
    view.centre_on(lat + 0.001, lon, 15.0)  # the view moved: drawn again
    view.grab()
    assert len(drawn) == before + 2


def test_measure_distance_by_clicks(city, make_pane, qtbot):
    pane = make_pane(city)
    view = pane.view
    view.centre_on(51.08, 71.64, 16.0)
    pane.measure_button.setChecked(True)
    assert view.measuring
    points = [QPoint(100, 100), QPoint(500, 100), QPoint(500, 400)]
    for p in points:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=p)
    geo = [view.geo_of(QPointF(p)) for p in points]
    expected = haversine_m(*geo[0], *geo[1]) + haversine_m(*geo[1], *geo[2])
    assert view.measured_m() == pytest.approx(expected, rel=1e-9)
    # 700 pixels at zoom 16, latitude 51: about 700 × 1.5 m
    assert view.measured_m() == pytest.approx(700 * view.metres_per_pixel(), rel=0.01)
    assert "distance:" in pane.status.text() and view.selected_camera is None
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.measuring and not pane.measure_button.isChecked() and view.measure_points == []


def test_follow_a_unit_and_a_drone_until_the_operator_pans(city, make_pane, qtbot):
    pane = make_pane(city)
    view = pane.view
    city.apply(_env(1, "unit.updated", _unit("u1", 51.07, 71.62)))
    view.centre_on(51.08, 71.64, 16.0)
    menu = view.context_menu_for(view.screen_of(51.07, 71.62))
    follow = [a for a in menu.actions() if "P-11" in a.text()]
    assert follow
    follow[0].trigger()
    assert view.following == "unit:u1" and haversine_m(*view.centre(), 51.07, 71.62) < 1
    city.apply(_env(2, "unit.updated", _unit("u1", 51.075, 71.63)))
    assert haversine_m(*view.centre(), 51.075, 71.63) < 1
    assert "P-11" not in pane.status.text() and "u1" in pane.status.text()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    for step in range(1, 6):
        qtbot.mouseMove(view, QPoint(300 + 20 * step, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert view.following == ""
    city.apply(_env(3, "drone.telemetry", {"drone_id": "d1", "lat": 51.09, "lon": 71.65}))
    view.follow("drone:d1")
    city.apply(_env(4, "drone.telemetry", {"drone_id": "d1", "lat": 51.091, "lon": 71.651}))
    assert haversine_m(*view.centre(), 51.091, 71.651) < 1
    assert any("Stop" in a.text() for a in view.context_menu_for(QPointF(5, 5)).actions())


def _run_on_qasync(qapp, coro):
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def test_search_places_through_the_backend_and_xyz_tiles_on_the_loop(city, make_pane, qapp, qtbot, tmp_path):
    from console.api.rest import BackendClient

    async def scenario():
        async with _TileServer() as server:
            base = server.template.split("/tiles/")[0]
            client = BackendClient(base)
            source = XyzTileSource(
                "sim", server.template, cache=TileDiskCache(tmp_path), attribution="sim tiles"
            )
            pane = make_pane(city, source=source)
            pane.set_places_lookup(client.places)
            try:
                pane.search.setText("kenesary")
                pane.search.returnPressed.emit()
                deadline = time.monotonic() + 20
                while not pane.places and time.monotonic() < deadline:
                    await asyncio.sleep(0.02)
                assert pane.places[0].name == "Kenesary street" and len(pane.places) == 3
                assert pane.results.count() == 3
                pane.results.itemClicked.emit(pane.results.item(0))
                assert haversine_m(*pane.view.centre(), pane.places[0].lat, pane.places[0].lon) < 1
                assert pane.view.zoom == 16.0
                # a single hit goes there at once
                pane.search.setText("ortalyq")
                pane.search.returnPressed.emit()
                deadline = time.monotonic() + 20
                while pane.places[0].name != "Ortalyq" and time.monotonic() < deadline:
                    await asyncio.sleep(0.02)
                assert pane.view.zoom == 14.5 and pane.status.text() == "Ortalyq"
                # the XYZ tiles arrive on the loop while the GUI keeps running
                pane.view.repaint()
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:
                    visible = pane.view.visible_tiles()
                    if all(pixmap is not None for _, pixmap, _, _ in visible):
                        break
                    await asyncio.sleep(0.05)
                assert all(pixmap is not None for _, pixmap, _, _ in visible)
                assert source.fetched >= len(visible) and server.requests >= len(visible) + 2
            finally:
                await client.aclose()
                await source.aclose()

    _run_on_qasync(qapp, scenario())


def test_search_without_a_backend_uses_the_site_names(city, make_pane):
    pane = make_pane(city)
    pane.search.setText("saryarka")
    pane.search.returnPressed.emit()
    assert [p.name for p in pane.places] == ["Saryarka street"]
    assert haversine_m(*pane.view.centre(), pane.places[0].lat, pane.places[0].lon) < 1
    pane.search.setText("nowhere at all")
    pane.search.returnPressed.emit()
    assert pane.places == [] and "nowhere" in pane.status.text()
    assert math.isfinite(pane.view.zoom)
