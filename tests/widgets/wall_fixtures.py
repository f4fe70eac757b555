"""Cameras for wall tests that play a short real H.264 MPEG-TS file (no network), and a wall factory."""

import pytest

from console.api.models import Camera
from console.ops.city_state import DetectionBuffer
from tests.core.video_fixtures import frame_times, make_ts, now_ms
from widgets.video_wall import VideoWall

ZONES = [{"id": "z", "name": "Lane", "kind": "zone", "points": [[0.0, 0.8], [1.0, 0.8], [1.0, 0.9], [0.0, 0.9]]},
         {"id": "l", "name": "Line", "kind": "line", "points": [[0.5, 0.1], [0.5, 0.9]]}]


def camera_json(number, url):
    streams = [{"profile": p, "url": url, "codec": "h264", "width": w, "height": h, "fps": 25, "clock": "pts-unix90k"}
               for p, w, h in (("main", 1280, 720), ("sub", 640, 360))]
    return {"id": f"cam-{number:02d}", "number": number, "name": f"Street {number}", "kind": "fixed", "lat": 51.0,
            "lon": 71.0, "heading_deg": 0, "fov_deg": 60, "district": "centre" if number % 2 else "east",
            "status": "online", "streams": streams, "zones": ZONES}


@pytest.fixture(scope="session")
def clip_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("clips") / "clip.ts"
    path.write_bytes(make_ts(frame_times(now_ms(), 10)))
    return str(path)


@pytest.fixture
def cameras(clip_url):
    return [Camera.from_json(camera_json(n, clip_url)) for n in range(1, 13)]


@pytest.fixture
def make_wall(qtbot, cameras):
    walls = []

    def make(rows=2, cols=2, size=(800, 450), **kwargs):
        wall = VideoWall(DetectionBuffer(), rows, cols, **kwargs)
        qtbot.addWidget(wall)
        wall.resize(*size)
        wall.set_catalog(cameras)
        wall.show()
        walls.append(wall)
        return wall

    yield make
    for wall in walls:
        wall.stop()
