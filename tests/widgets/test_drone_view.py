"""The drone pane on a recorded flight: HUD from the frame's own KLV, keys 1-9 tag, tags on the tile, timeline and
map, jumping between tags, exporting a clip. The flight is real encoded H.264 + ST 0601 KLV in MPEG-TS."""

from fractions import Fraction

import av
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from console.api.models import Site
from console.ops.city_state import CityState
from console.ops.flight_review import ground_to_image
from console.ops.outbox import Outbox
from console.ops.tags import TAG_CATEGORIES, TagBook
from console.sim.district import KosshyDistrict
from console.sim.drone import DroneFlight
from console.sim.drone_painter import DronePainter
from widgets.drone_hud import hud_lines
from widgets.drone_view import DroneView
from widgets.map_pane import MapPane

T0 = 1_764_806_400_000
WIDTH, HEIGHT = 480, 270


@pytest.fixture(scope="module")
def flight_file(tmp_path_factory):
    """4 s of the simulated drone: video and one KLV packet per frame, muxed like the backend does."""
    path = tmp_path_factory.mktemp("flight") / "flight.ts"
    flight = DroneFlight()
    painter = DronePainter(flight, 17, "Drone", WIDTH, HEIGHT)
    with av.open(str(path), "w", format="mpegts") as out:
        video = out.add_stream("libx264", rate=25)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.codec_context.time_base = Fraction(1, 25)
        video.options = {"preset": "ultrafast", "x264-params": "keyint=25:min-keyint=25:scenecut=0:bframes=0"}
        data = out.add_data_stream("klv")
        for k in range(100):
            t = T0 + k * 40
            frame = av.VideoFrame.from_ndarray(painter.paint(t), format="yuv420p")
            frame.pts = t // 40
            for packet in video.encode(frame):
                out.mux(packet)
            klv = av.Packet(flight.klv_at(t))
            klv.stream, klv.time_base = data, Fraction(1, 90000)
            klv.pts = klv.dts = t * 90
            out.mux(klv)
        for packet in video.encode():
            out.mux(packet)
    return path


@pytest.fixture
def view(qtbot, tmp_path):
    state = CityState()
    view = DroneView(state)
    box = Outbox(tmp_path / "outbox.db")
    view.set_book(TagBook(box, operator="pilot.one"))
    view.resize(800, 600)
    view.show()
    qtbot.addWidget(view)
    yield view
    view.stop()
    box.close()


def wait_frame(qtbot, view, at_least=None):
    qtbot.waitUntil(lambda: view.tile.frame is not None
                    and (at_least is None or view.tile.frame.frame_time_ms >= at_least), timeout=20000)
    return view.tile.frame


def test_hud_shows_the_klv_of_the_shown_frame(qtbot, view, flight_file):
    view.open_recording(flight_file)
    frame = wait_frame(qtbot, view, T0 + 400)
    fix = view.tile.shown_fix()
    assert fix is not None and fix.time_ms == frame.frame_time_ms  # the frame's own packet, not the newest
    state = DroneFlight().state_at(frame.frame_time_ms)
    lines = hud_lines(fix, frame.frame_time_ms)
    assert lines[0] == "ALT 497 m"
    assert lines[1] == f"HDG {state.heading_deg:05.1f}°"
    assert lines[2] == "SPD 14 m/s"
    assert lines[3] == f"POS {state.lat:.5f}°N {state.lon:.5f}°E"
    assert lines[4].startswith("TIME ")
    image = view.tile.grab().toImage()
    area = view.tile.image_rect()
    hud = [image.pixelColor(area.left() + 8 + x, area.bottom() - 8 - y) for x in range(4, 120, 3) for y in range(4, 60, 3)]
    assert sum(1 for c in hud if c.green() > 200 and c.red() < 170) > 10  # the green HUD text is drawn


def test_keys_tag_the_frame_centre_and_tags_show_everywhere(qtbot, view, flight_file):
    view.open_recording(flight_file)
    wait_frame(qtbot, view, T0 + 800)
    view.review.pause()
    qtbot.wait(100)
    view.review.seek(T0 + 1200)
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == T0 + 1200, timeout=10000)
    view.note.setText("tyres in the ditch")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3)
    tags = view.book.all()
    assert len(tags) == 1
    tag = tags[0]
    assert tag.category == TAG_CATEGORIES[2] == "illegal_dump" and tag.note == "tyres in the ditch"
    assert tag.frame_time_ms == T0 + 1200 and tag.state == "pending"
    state = DroneFlight().state_at(T0 + 1200)
    assert (tag.lat, tag.lon) == pytest.approx(state.frame_center, abs=1e-6)
    assert tag.drone_id == "drone-01"
    assert view.outbox.pending_count() == 1  # durable before anything else
    assert view.note.text() == ""
    assert view.timeline.tags == tags
    # on the tile: the ring at the tag's ground point, which is the frame centre of the tagged frame
    view.tile.repaint()
    image = view.tile.grab().toImage()
    area = view.tile.image_rect()
    ring = [image.pixelColor(area.center().x() + dx, area.center().y() + dy)
            for dx in range(-18, 19) for dy in range(-18, 19)]
    colour = QColor(170, 120, 60)
    assert sum(1 for c in ring if abs(c.red() - colour.red()) < 30 and abs(c.green() - colour.green()) < 30
               and abs(c.blue() - colour.blue()) < 30) > 10
    # keys 1..9 map to the nine categories
    for digit in range(1, 10):
        qtbot.keyClick(view, getattr(Qt.Key, f"Key_{digit}"))
    assert [t.category for t in view.book.all()[-9:]] == list(TAG_CATEGORIES)


def test_jump_between_tags_and_export(qtbot, view, flight_file, tmp_path):
    view.open_recording(flight_file)
    wait_frame(qtbot, view)
    view.review.pause()
    fixes = [view.recording.track.at(T0 + ms) for ms in (600, 2000, 3200)]
    made = [view.book.create(c, f, f.time_ms, "drone-01", "cam-17") for c, f in zip(("crowd", "fire_smoke", "other"), fixes, strict=True)]
    view.review.seek(T0)
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == T0, timeout=10000)
    assert view.jump(1) is made[0]
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == made[0].frame_time_ms, timeout=10000)
    qtbot.keyClick(view, Qt.Key.Key_BracketRight)
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == made[1].frame_time_ms, timeout=10000)
    assert view.current_tag is made[1]
    assert view.jump(-1) is made[0]
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == made[0].frame_time_ms, timeout=10000)
    view.jump(1)
    out = view.export_current(tmp_path / "tag.mp4")
    assert out is not None and out.stat().st_size > 10_000
    with av.open(str(out)) as clip:
        frames = sum(1 for _ in clip.decode(video=0))
    assert frames == 100 - 0  # 2 s before the tag to 5 s after it, clipped to the 4 s recording
    # the timeline: a click next to a tag's marker seeks to it
    x = view.timeline.x_of(made[2].frame_time_ms)
    qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=QPointF(x + 2, 20).toPoint())
    qtbot.waitUntil(lambda: view.tile.frame.frame_time_ms == made[2].frame_time_ms, timeout=10000)


def test_map_layer_draws_footprint_track_and_tags(qtbot, view, flight_file):
    state = CityState()
    site = Site.from_json(KosshyDistrict().site_json())
    state.set_site(site)
    pane = MapPane(state)
    pane.resize(600, 500)
    qtbot.addWidget(pane)
    view.set_map(pane)
    view.open_recording(flight_file)
    wait_frame(qtbot, view, T0 + 2000)
    fix = view.track.latest()
    view.book.create("road_damage", fix, fix.time_ms, "drone-01", "cam-17")
    mapview = pane.view  # the layer draws over the map view, below the pane's search bar
    image = mapview.grab().toImage()
    centre = mapview.project(*fix.frame_center)
    drone = mapview.project(fix.lat, fix.lon)
    near = [image.pixelColor(int(drone.x()) + dx, int(drone.y()) + dy) for dx in range(-6, 7) for dy in range(-6, 7)]
    assert any(c.red() > 200 and c.green() > 170 and c.blue() < 120 for c in near)  # the drone icon
    corner = mapview.project(*fix.corners[0])
    assert (corner - centre).manhattanLength() > 1  # the footprint has a size on this map
    assert ground_to_image(fix, *fix.frame_center) == pytest.approx((0.5, 0.5), abs=1e-6)
    assert len(mapview.extra_layers) == 1


def test_a_bad_recording_says_why(qtbot, view, tmp_path):
    junk = tmp_path / "junk.ts"
    junk.write_bytes(np.zeros(1000, np.uint8).tobytes())
    from console.ops.flight_review import RecordingError

    with pytest.raises(RecordingError):
        view.open_recording(junk)
    assert view.review is None and isinstance(view, QWidget)


def test_live_drone_from_the_backend_hud_follows_the_frame(qtbot, tmp_path):
    import httpx

    from console.api.local_backend import LocalBackend
    from console.api.models import Camera

    backend = LocalBackend(tmp_path / "backend")
    backend.start()
    view = DroneView()
    box = Outbox(tmp_path / "outbox.db")
    try:
        with httpx.Client(base_url=backend.url, timeout=30) as client:  # a loaded CI machine is slow to answer
            items = client.get("/api/v1/cameras").json()["items"]
        drone = Camera.from_json(next(c for c in items if c["kind"] == "drone"))
        view.set_book(TagBook(box))
        view.resize(700, 500)
        view.show()
        view.show_camera(drone)
        qtbot.waitUntil(lambda: view.tile.frame is not None and view.track is not None and len(view.track) > 5,
                        timeout=60000)
        checked = 0
        for _ in range(10):
            frame = view.tile.frame
            fix = view.track.at(frame.frame_time_ms)
            if fix is not None:
                assert fix.time_ms == frame.frame_time_ms  # one KLV packet per frame, matched exactly
                state = DroneFlight().state_at(frame.frame_time_ms)
                assert fix.lat == pytest.approx(state.lat, abs=1e-6)
                checked += 1
            qtbot.wait(150)
        assert checked >= 5 and view.track.bad_packets == 0
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_6)
        assert [t.category for t in view.book.all()] == ["fire_smoke"]
        assert view.book.all()[0].drone_id == "drone-01" and view.book.all()[0].camera_id == drone.id
    finally:
        view.stop()
        box.close()
        backend.stop()
