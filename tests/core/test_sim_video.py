"""The embedded backend's live video: H.264 MPEG-TS, PTS = unix ms x 90, frame stamps, late joiners, ground truth."""

import time
from fractions import Fraction

import av
import httpx
import numpy as np
import pytest

from console.api.local_backend import LocalBackend
from console.sim.district import KosshyDistrict
from console.sim.frame_painter import FramePainter, read_stamp
from console.sim.scene import CameraScene

OPTIONS = {"analyzeduration": "100000", "probesize": "32768"}
WRAP = 2**33


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-video"))
    local.start()
    yield local
    local.stop()


@pytest.fixture(scope="module")
def cameras(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        return {c["number"]: c for c in client.get("/api/v1/cameras").json()["items"]}


def stream_url(camera, profile):
    return next(s["url"] for s in camera["streams"] if s["profile"] == profile)


def open_stream(url):
    return av.open(url, options=OPTIONS, timeout=5)


def recover_ms(pts, now_ms):
    """The capture time (unix ms x 90) congruent to pts mod 2^33 that is nearest to now; returns (ms, exact)."""
    p = pts % WRAP
    k = round((now_ms * 90 - p) / WRAP)
    ticks = p + k * WRAP
    return ticks // 90, ticks % 90 == 0


def decode(url, count):
    """The first `count` frames as (pts, key_frame, decode wall time ms, luma, I420), plus the stream facts."""
    frames = []
    with open_stream(url) as container:
        stream = container.streams.video[0]
        info = {
            "codec": stream.codec_context.name,
            "width": stream.codec_context.width,
            "height": stream.codec_context.height,
            "rate": stream.average_rate,
            "time_base": stream.time_base,
        }
        for frame in container.decode(stream):
            frames.append(
                (
                    frame.pts,
                    frame.key_frame,
                    time.time() * 1000,
                    frame.to_ndarray(format="gray"),
                    frame.to_ndarray(format="yuv420p"),
                )
            )
            if len(frames) >= count:
                break
    return info, frames


@pytest.fixture(scope="module")
def sub_cam3(cameras):
    """60 frames (2.4 s) of camera 3's sub stream, read through the camera's stream URL."""
    return decode(stream_url(cameras[3], "sub"), 60)


def test_sub_stream_is_h264_640x360_25fps(sub_cam3):
    """The sub stream is H.264, 640x360, 25 fps, on the 90 kHz MPEG-TS clock."""
    info, frames = sub_cam3
    assert info["codec"] == "h264"
    assert (info["width"], info["height"]) == (640, 360)
    assert info["rate"] == 25
    assert info["time_base"] == Fraction(1, 90000)
    assert all(f[3].shape == (360, 640) for f in frames)


def test_keyframes_every_25_frames_and_pts_step_3600(sub_cam3):
    """The first frame is a keyframe, keyframes come exactly every 25 frames, PTS steps by 3600 (40 ms at 90 kHz).

    Under load the encoder skips a tick rather than drift from the wall clock (live_encoder.py): a step is then
    a whole number of frames, and such skips must stay rare."""
    _, frames = sub_cam3
    keys = [i for i, f in enumerate(frames) if f[1]]
    assert keys[0] == 0
    steps = [b[0] - a[0] for a, b in zip(frames, frames[1:], strict=False)]
    # the encoder skips ticks when it falls behind the wall clock: say so if that is why this fails
    assert keys == list(range(0, len(frames), 25)), f"keyframes at {keys}; PTS steps {sorted(set(steps))}"
    assert all(step > 0 and step % 3600 == 0 for step in steps), f"PTS steps {sorted(set(steps))}"
    assert steps.count(3600) >= 0.9 * len(steps), f"PTS steps {sorted(set(steps))}"


def test_pts_is_unix_time_and_the_stamp_agrees(sub_cam3):
    """PTS/90 recovered nearest to now is the capture time (within 2 s), on the 40 ms grid, and the stamp painted
    into the frame gives the camera number and the same frame time."""
    _, frames = sub_cam3
    for pts, _, decoded_ms, luma, _ in frames:
        t_ms, exact = recover_ms(pts, decoded_ms)
        assert exact and t_ms % 40 == 0
        assert abs(decoded_ms - t_ms) < 2000, f"frame time {t_ms} vs now {decoded_ms:.0f}"
        assert read_stamp(luma) == (3, (t_ms // 40) % 65536)


def test_main_stream_is_1280x720_with_a_matching_stamp(cameras):
    """The main stream of camera 7 is 1280x720 and its frames carry camera 7's stamp at the PTS time."""
    info, frames = decode(stream_url(cameras[7], "main"), 3)
    assert info["codec"] == "h264" and (info["width"], info["height"]) == (1280, 720)
    for pts, _, decoded_ms, luma, _ in frames:
        assert luma.shape == (720, 1280)
        t_ms, exact = recover_ms(pts, decoded_ms)
        assert exact and abs(decoded_ms - t_ms) < 2000
        assert read_stamp(luma) == (7, (t_ms // 40) % 65536)


def test_late_joiner_starts_at_a_keyframe_at_once(cameras):
    """A second client joining while the first watches decodes its first frame within 1 s, and it is an IDR frame
    from the current GOP (at most about a second old)."""
    url = stream_url(cameras[5], "sub")
    with open_stream(url) as first:
        frames = first.decode(video=0)
        for _ in range(38):  # join mid-GOP
            leader = next(frames)
        start = time.monotonic()
        with open_stream(url) as second:
            joined = next(second.decode(video=0))
            elapsed = time.monotonic() - start
        now_ms = time.time() * 1000
    assert elapsed < 1.0, f"first frame after {elapsed:.2f} s"
    assert joined.key_frame
    t_ms, _ = recover_ms(joined.pts, now_ms)
    assert 0 <= now_ms - t_ms < 2500
    assert joined.pts <= leader.pts + 3600 * 25  # from the current GOP, not from the future
    assert read_stamp(joined.to_ndarray(format="gray")) == (5, (t_ms // 40) % 65536)


def test_unknown_stream_is_a_json_404(backend, cameras):
    """cam-99 or an unknown profile is a 404 JSON error on the API port and on the worker."""
    worker = httpx.URL(stream_url(cameras[1], "sub"))
    with httpx.Client(timeout=10) as client:
        for base in (backend.url, f"http://{worker.host}:{worker.port}"):
            for path in ("/video/cam-99/sub.ts", "/video/cam-01/hd.ts"):
                response = client.get(base + path, follow_redirects=False)
                assert response.status_code == 404, (base, path)
                assert set(response.json()) == {"error", "detail"}


def test_api_port_redirects_to_the_worker_and_plays(backend, cameras):
    """GET /video/... on the API port answers 307 to the camera's stream URL, and a player following it decodes."""
    with httpx.Client(timeout=10) as client:
        response = client.get(f"{backend.url}/video/cam-02/sub.ts", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == stream_url(cameras[2], "sub")
    _, frames = decode(f"{backend.url}/video/cam-02/sub.ts", 1)
    pts, _, decoded_ms, luma, _ = frames[0]
    t_ms, _ = recover_ms(pts, decoded_ms)
    assert read_stamp(luma) == (2, (t_ms // 40) % 65536)


def test_worker_serves_mpeg_ts_chunked(cameras):
    """The worker answers 200 video/mp2t, chunked, starting with TS sync bytes."""
    with httpx.Client(timeout=10) as client, client.stream("GET", stream_url(cameras[4], "sub")) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "video/mp2t"
        assert response.headers.get("transfer-encoding") == "chunked"
        data = b""
        for chunk in response.iter_bytes():
            data += chunk
            if len(data) >= 188 * 8:
                break
    assert all(data[i] == 0x47 for i in range(0, 188 * 8, 188))


# -- ground truth: the detections for a frame are the objects drawn in it ----------------------------------------------


def _planes(i420, width, height):
    y = i420[:height].astype(np.int16)
    u = i420[height : height + height // 4].reshape(height // 2, width // 2).astype(np.int16)
    v = i420[height + height // 4 :].reshape(height // 2, width // 2).astype(np.int16)
    return y, u, v


@pytest.mark.parametrize("number", [3, 11])
def test_detection_boxes_cover_what_the_frame_shows(cameras, number, sub_cam3):
    """For decoded frames at time t, every vehicle box >= 30 px wide of the scene's objects at t differs clearly
    from the empty background, the sky below the clock does not, and the frame matches the painter's frame for t.

    Luma alone cannot see some vehicles (a blue car on dark asphalt differs by ~3 in Y but ~40 in U/V), so the box
    difference is measured on Y + U + V.
    """
    width, height = 640, 360
    if number == 3:
        frames = sub_cam3[1]
    else:
        frames = decode(stream_url(cameras[number], "sub"), 30)[1]
    camera = KosshyDistrict().camera_by_id[f"cam-{number:02d}"]
    painter = FramePainter(number, camera.name, width, height)
    scene = CameraScene(number)
    by, bu, bv = _planes(painter.background, width, height)
    sky = (slice(painter.clock_box[3] + 4, int(0.38 * height)), slice(width // 4, 3 * width // 4))
    vehicles = 0
    for pts, _, decoded_ms, _, i420 in frames[::5]:
        t_ms, _ = recover_ms(pts, decoded_ms)
        fy, fu, fv = _planes(i420, width, height)
        objects = scene.objects_at(t_ms)
        for obj in objects:
            x0, x1 = max(0, round(obj.x * width)), min(width, round((obj.x + obj.w) * width))
            y0, y1 = max(0, round(obj.y * height)), min(height, round((obj.y + obj.h) * height))
            assert not (y0 < sky[0].stop and y1 > sky[0].start), (
                "an object in the sky region: pick another region"
            )
            if obj.cls not in ("car", "bus", "truck") or x1 - x0 < 30:
                continue
            vehicles += 1
            diff = (
                np.abs(fy[y0:y1, x0:x1] - by[y0:y1, x0:x1]).mean()
                + np.abs(
                    fu[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2] - bu[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2]
                ).mean()
                + np.abs(
                    fv[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2] - bv[y0 // 2 : y1 // 2, x0 // 2 : x1 // 2]
                ).mean()
            )
            assert diff > 10, f"{obj} at t={t_ms}: box differs from the background by only {diff:.1f}"
        assert np.abs(fy[sky] - by[sky]).mean() < 6
        painted = painter.paint(t_ms, objects)[:height].astype(np.int16)
        assert np.abs(fy - painted).mean() < 2, "the decoded frame is not the scene at its PTS time"
    assert vehicles >= 1, "no vehicle >= 30 px wide in the sampled frames: nothing was checked"


def _thread_nices(pid):
    """The nice value of every thread of a process (Linux: field 19 of /proc/PID/task/TID/stat)."""
    from pathlib import Path

    nices = []
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            nices.append(int(stat.read_text().rsplit(")", 1)[1].split()[16]))
        except (OSError, IndexError):
            pass  # a thread that ended meanwhile
    return nices


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_the_embedded_backend_gives_way_to_the_console(backend):
    # it stands in for servers elsewhere on the operator's own machine: every thread of it and of its encoder
    # processes runs below the console's GUI thread (nice 0), at the console's decode-thread level
    import os
    from pathlib import Path

    from console.sim.server import DEMO_BACKEND_NICE

    assert DEMO_BACKEND_NICE > 0
    own = os.getpriority(os.PRIO_PROCESS, 0)
    workers = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
               and f"--parent\0{backend.pid}".encode() in (p / "cmdline").read_bytes()]
    assert workers, "no encoder worker found"
    for pid in [backend.pid, *workers]:
        nices = _thread_nices(pid)
        assert nices and min(nices) >= max(own, DEMO_BACKEND_NICE), (pid, nices)
