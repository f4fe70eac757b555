"""The wall's frame/detection pairing and the tile's drawing, with synthetic frames (no network)."""

from collections import deque

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from console.api.models import Camera, DetectedObject, Detection
from console.ops.city_state import DetectionBuffer
from console.video import DecodedFrame, StreamState
from tests.core.test_models import CAMERA
from widgets.video_tile import VideoTile
from widgets.video_wall import METADATA_HOLD_S, VideoWall, choose_profile


def frame(t_ms, decoded_at, width=64, height=36):
    image = np.zeros((height, width, 4), np.uint8)
    return DecodedFrame(image, width, height, 640, 360, t_ms, t_ms // 40, decoded_at)


def detection(t_ms, box=(0.25, 0.5, 0.25, 0.25)):
    return Detection("cam-01", t_ms, (DetectedObject(1, "car", 0.9, box),))


def test_profile_follows_the_tile_size():
    camera = Camera.from_json(CAMERA)
    assert choose_profile(camera, 390, 220) == "sub"
    assert choose_profile(camera, 641, 361) == "main"
    assert choose_profile(camera, 1280, 300) == "sub"


def test_shows_the_newest_frame_whose_detections_have_arrived(qtbot):
    buffer = DetectionBuffer()
    wall = VideoWall(buffer, 1, 1)
    qtbot.addWidget(wall)
    for t in (0, 40):
        buffer.add(detection(t))
    pending = deque([frame(0, 10.0), frame(40, 10.04), frame(80, 10.08)])
    passed_over = []
    shown, det = wall._next_frame("cam-01", pending, now=10.09, skip=passed_over.append)
    assert shown.frame_time_ms == 40 and det.frame_time_ms == 40
    assert [f.frame_time_ms for f in pending] == [80]  # waits for its own detections
    assert [f.frame_time_ms for f in passed_over] == [0]  # handed back to the player, freed on its thread
    wall.stop()


def test_holds_a_frame_for_its_detections_but_not_forever(qtbot):
    buffer = DetectionBuffer()
    wall = VideoWall(buffer, 1, 1)
    qtbot.addWidget(wall)
    buffer.add(detection(0))  # analytics is live for this camera
    pending = deque([frame(40, 10.0)])
    passed_over = []
    assert wall._next_frame("cam-01", pending, now=10.0 + METADATA_HOLD_S / 2, skip=passed_over.append) is None
    shown, det = wall._next_frame("cam-01", pending, now=10.0 + METADATA_HOLD_S, skip=passed_over.append)
    assert shown.frame_time_ms == 40 and det is None and not pending and not passed_over
    wall.stop()


def test_a_camera_without_analytics_is_never_held(qtbot):
    wall = VideoWall(DetectionBuffer(), 1, 1)
    qtbot.addWidget(wall)
    pending = deque([frame(0, 10.0), frame(40, 10.04)])
    passed_over = []
    shown, det = wall._next_frame("cam-01", pending, now=10.04, skip=passed_over.append)
    assert shown.frame_time_ms == 40 and det is None and not pending
    assert [f.frame_time_ms for f in passed_over] == [0]
    wall.stop()


def test_tile_draws_boxes_where_the_detection_says(qtbot):
    tile = VideoTile(0)
    qtbot.addWidget(tile)
    tile.resize(400, 226)
    tile.set_camera(Camera.from_json(CAMERA), "sub")
    tile.set_health(StreamState.LIVE, "", "h264 (software)")
    tile.show_frame(frame(0, 0.0, 400, 226), detection(0))
    image = tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    top_edge = image.pixelColor(150, 113)
    inside = image.pixelColor(150, 140)
    assert (top_edge.red(), top_edge.green(), top_edge.blue()) == (0, 200, 255)  # the car's colour
    assert (inside.red(), inside.green(), inside.blue()) == (0, 0, 0)  # a box, not a filled rectangle


def test_tile_says_when_the_picture_is_not_live(qtbot):
    tile = VideoTile(0)
    qtbot.addWidget(tile)
    tile.resize(400, 226)
    tile.set_camera(Camera.from_json(CAMERA), "sub")
    tile.show_frame(frame(0, 0.0, 400, 226), None)
    tile.set_health(StreamState.LIVE, "", "h264 (software)")
    live = tile.grab().toImage()
    tile.set_health(StreamState.STALLED, "no frame for 1.0 s", "h264 (software)")
    stalled = tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert live != stalled
    border = stalled.pixelColor(1, 100)
    assert (border.red(), border.green(), border.blue()) == (255, 170, 0)  # the stalled colour frames the tile


def test_the_recording_dot_follows_the_backend(make_wall, cameras, qtbot):
    """A tile shows a red dot while the backend's archive records its camera, on every wall that shows it;
    `camera.status` with `recording` turns it on and off live, and a malformed flag is refused, not applied."""
    import dataclasses

    from console.api.models import Envelope
    from console.ops.city_state import CityState

    state = CityState()
    state.set_cameras([dataclasses.replace(c, recording=c.id == "cam-01") for c in cameras])
    walls = [make_wall(), make_wall()]
    for wall in walls:
        wall.set_catalog(list(state.cameras.values()))
        wall.show_cameras(["cam-01", "cam-02"])
        state.sig_cameras.connect(lambda w=wall: w.set_catalog(list(state.cameras.values())))

    def dots(wall):
        return [tile.recording for tile in wall.tiles[:2]]

    def red_dot(tile):
        pixel = tile.grab().toImage().pixelColor(9, 8)
        return pixel.red() > 180 and pixel.green() < 80 and pixel.blue() < 80

    assert all(dots(w) == [True, False] for w in walls)
    assert red_dot(walls[0].tiles[0]) and not red_dot(walls[0].tiles[1])
    state.apply(Envelope(1, 0, "camera.status", {"camera_id": "cam-02", "status": "online", "recording": True}))
    state.apply(Envelope(2, 0, "camera.status", {"camera_id": "cam-01", "status": "online", "recording": False}))
    assert all(dots(w) == [False, True] for w in walls)
    assert not red_dot(walls[1].tiles[0]) and red_dot(walls[1].tiles[1])
    state.apply(Envelope(3, 0, "camera.status", {"camera_id": "cam-02", "status": "online", "recording": "no"}))
    assert state.rejected["camera.status"] == 1 and all(dots(w) == [False, True] for w in walls)
    walls[0].assign(0, "cam-02")  # a tile newly showing a recorded camera gets the dot at once
    assert walls[0].tiles[0].recording


def test_a_tile_forgets_tracks_whose_object_has_gone(qtbot):
    """Tracks are kept 25 points each; one whose object left the picture is dropped within TRACK_FORGET_MS plus
    a sweep, the others keep theirs, and a camera whose clock starts over (a new recording) is swept too."""
    from widgets.tile_base import TRACK_FORGET_MS, TRACK_POINTS, TRACK_SWEEP_MS

    tile = VideoTile(0)
    qtbot.addWidget(tile)

    def both(t_ms, ids):
        return Detection("cam-01", t_ms, tuple(DetectedObject(i, "car", 0.9, (0.1, 0.1 * i, 0.1, 0.1)) for i in ids))

    for k in range(40):
        tile.set_detection(both(1_000_000 + k * 40, (1, 2)))
    assert sorted(tile.tracks) == [1, 2] and all(len(points) == TRACK_POINTS for points in tile.tracks.values())
    last_seen = 1_000_000 + 39 * 40
    t = last_seen
    while t <= last_seen + TRACK_FORGET_MS + TRACK_SWEEP_MS + 40:
        t += 40
        tile.set_detection(both(t, (2,)))  # the object of track 1 has left the picture
    assert sorted(tile.tracks) == [2]
    tile.set_detection(both(500, (3,)))  # the clock went back: a swept-at time in the future is no excuse
    tile.set_detection(both(540 + TRACK_FORGET_MS + 1, (3,)))
    assert sorted(tile.tracks) == [3]


def test_tile_draws_an_objects_track_up_to_the_shown_frame_and_through_the_zoom(qtbot):
    """The track is the object's foot point over the last frames, drawn in its class colour; positions from
    detections newer than the shown frame are not drawn yet, and a zoomed tile draws the track where the
    zoomed picture has it."""
    tile = VideoTile(0)
    qtbot.addWidget(tile)
    tile.resize(400, 226)
    tile.set_camera(Camera.from_json(CAMERA), "sub")
    tile.set_health(StreamState.LIVE, "", "h264 (software)")
    for k in range(8):  # the car drives right along y = 0.75 (its foot point), 0.05 per frame
        tile.set_detection(detection(k * 40, box=(0.1 + 0.05 * k, 0.5, 0.1, 0.25)))
    tile.show_frame(frame(5 * 40, 0.0, 400, 226), detection(5 * 40, box=(0.35, 0.5, 0.1, 0.25)))

    def car_pixels(image, y, x_from, x_to):  # the car's colour in a band of rows around y
        return [x for x in range(x_from, x_to) for row in (round(y) - 1, round(y), round(y) + 1)
                if (c := image.pixelColor(x, row)).blue() > 200 and c.green() > 150 and c.red() < 60]

    area = tile.image_rect()
    image = tile.grab().toImage()
    row = area.y() + 0.75 * area.height()
    drawn = car_pixels(image, row, 0, 400)
    assert drawn and min(drawn) <= 0.15 * 400 + 3  # from the first foot point (x 0.15)
    assert not car_pixels(image, row, round(0.45 * 400) + 3, 400)  # nothing of the frames not shown yet (0.45+)

    tile.set_zoom(2.0, QPointF(100, 169))  # around a point on the track, twice as large
    x0, y0, w, h = tile.viewport()
    assert w == 0.5 and x0 < 0.15
    image = tile.grab().toImage()
    row = area.y() + (0.75 - y0) / h * area.height()
    zoomed = car_pixels(image, row, 0, 400)
    assert zoomed and abs(min(zoomed) - (0.15 - x0) / w * 400) <= 3


def test_each_tile_gets_frames_of_its_own_size_so_they_are_drawn_unscaled(qtbot):
    """The grid gives some tiles a pixel more than their share; a frame one pixel off was scaled at every paint."""
    from console.video import StreamPlayer
    from widgets.tile_base import fit_size

    wall = VideoWall(DetectionBuffer(), 4, 4)
    qtbot.addWidget(wall)
    camera = Camera.from_json(CAMERA)
    player = StreamPlayer("http://127.0.0.1:9/never-started.ts")  # only its output size is read here
    wall.tiles[0].set_camera(camera, "sub")
    wall.players[0] = player
    wall.resize(1600, 900)
    wall.show()
    qtbot.waitExposed(wall)
    sizes = {(tile.width(), tile.height()) for tile in wall.tiles}
    assert len(sizes) > 1  # the grid's rounding: not every tile is the nominal size
    for index, tile in enumerate(wall.tiles):
        assert wall._output_size(index, 640, 360) == fit_size(640, 360, tile.width(), tile.height())
    wall.resize(1500, 860)  # the tile's own resize brings its stream's frames along
    qtbot.waitUntil(lambda: wall.tiles[0].width() < 390)
    tile = wall.tiles[0]
    assert player.output_size == fit_size(640, 360, tile.width(), tile.height())
    wall.players.clear()
    wall.stop()


def test_letterbox_bars_come_with_the_chrome_not_a_fill_per_frame(qtbot):
    from widgets.tile_base import BACKGROUND

    tile = VideoTile(0)
    qtbot.addWidget(tile)
    tile.resize(400, 240)  # a 640x360 source fits as 400x224: bars of 8 rows above and below
    tile.set_camera(Camera.from_json(CAMERA), "sub")
    tile.set_health(StreamState.LIVE, "", "h264 (software)")
    white = frame(0, 0.0, 400, 224)
    white.image[:] = 255
    tile.show_frame(white, None)
    image = tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert tile._image_geometry()[1:5] == (0, 8, 400, 224)
    bar, picture = image.pixelColor(200, 236), image.pixelColor(200, 120)
    assert (bar.red(), bar.green(), bar.blue()) == (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    assert (picture.red(), picture.green(), picture.blue()) == (255, 255, 255)
    renders = tile.chrome_renders
    tile.show_frame(frame(40, 0.04, 400, 224), None)  # black
    image = tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert tile.chrome_renders == renders  # same geometry and state: the chrome, bars included, is not drawn again
    bar, picture = image.pixelColor(200, 236), image.pixelColor(200, 120)
    assert (bar.red(), bar.green(), bar.blue()) == (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    assert (picture.red(), picture.green(), picture.blue()) == (0, 0, 0)


def test_a_new_frame_is_shown_and_painted_without_making_a_qt_object(qtbot, monkeypatch):
    """PySide6 lets go of the GIL for every Qt object it makes (a QPointF, a QPolygonF, a QImage...), and on a busy
    wall the decode threads then take it: getting it back was what stalled the GUI thread. Once a tile's chrome and
    geometry are cached, a new frame with its detections (tracks, boxes, labels, zones) costs no Qt object."""
    from collections import Counter

    import widgets.tile_base as tile_base
    import widgets.video_tile as video_tile
    from widgets.video_tile import bgra_image

    tile = VideoTile(0)
    qtbot.addWidget(tile)
    tile.resize(800, 450)  # large enough for labels; a 640x360 source fills it 1:1 at 800x450
    tile.show()  # a hidden widget is sent its resize again at every grab (and so drops its cached geometry)
    qtbot.waitExposed(tile)
    tile.set_camera(Camera.from_json(CAMERA), "sub")
    tile.set_health(StreamState.LIVE, "", "h264 (software)")
    frames = []
    for k in range(10):
        image = np.zeros((450, 800, 4), np.uint8)
        shown = DecodedFrame(image, 800, 450, 640, 360, k * 40, k, k * 0.04, "bgra", bgra_image(image))
        objects = tuple(DetectedObject(i, ("car", "person", "bus")[i % 3], 0.9, (0.07 * i + 0.01 * k, 0.5, 0.05, 0.2))
                        for i in range(12))
        frames.append((shown, Detection("cam-01", k * 40, objects)))
    for shown, found in frames[:4]:  # caches filled: chrome, geometry, zones, pens
        tile.show_frame(shown, found)
        tile.grab()
    made: Counter[str] = Counter()

    def count(module, name):
        real = getattr(module, name)

        def make(*args, **kwargs):
            made[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, make)

    for name in ("QPointF", "QPolygonF", "QPainterPath", "QRect", "QRectF", "QPen", "QColor", "QPixmap"):
        if hasattr(tile_base, name):
            count(tile_base, name)
    count(video_tile, "QImage")
    count(video_tile, "QRectF")
    tile._fps_shown_at = float("inf")  # the fps figure's once-a-second change redraws the chrome: not this test's
    for shown, found in frames[4:]:
        tile.show_frame(shown, found)
        picture = tile.grab().toImage()
    assert made == Counter()
    edge = picture.pixelColor(round(0.07 * 1 * 800 + 0.01 * 9 * 800) + 10, round(0.5 * 450))
    assert (edge.red(), edge.green(), edge.blue()) != (0, 0, 0)  # the boxes were drawn all the same
    assert len(tile.tracks) == 12 and all(len(points) == 6 for points in tile.tracks.values())  # 0, 80, ... 320, 360
