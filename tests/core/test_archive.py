"""Archive through a real backend process: recording, playback with the stored detections in sync with the
picture, synchronised cameras, frame steps, retention with an evidence hold, and the evidence export."""

import asyncio
import json
import time

import av
import httpx
import numpy as np
import pytest

from console.ops.evidence import ExportError, export_evidence, sha256_of
from console.sim.frame_painter import FramePainter
from console.sim.history_bench import start_backend, stop_backend
from console.sim.scene import CameraScene, clipped_box
from console.video.archive_clip import SPEEDS, PlaybackClock, SyncedPlayback, fetch_clip
from tests.core.test_sim_rest import schema_errors

RETENTION_S = 8


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    mp = pytest.MonkeyPatch()
    mp.setenv("QALA_ARCHIVE_CAMERAS", "cam-01,cam-02")
    mp.setenv("QALA_ARCHIVE_SEGMENT_S", "1")
    mp.setenv("QALA_ARCHIVE_RETENTION_S", str(RETENTION_S))
    try:
        proc, url = start_backend(folder)
    finally:
        mp.undo()
    started_ms = int(time.time() * 1000)
    yield url, started_ms, folder
    stop_backend(proc)


def segments(url, camera_id, from_ms, to_ms):
    answer = httpx.get(f"{url}/api/v1/archive/{camera_id}", params={"from_ms": from_ms, "to_ms": to_ms}, timeout=90)
    assert answer.status_code == 200, answer.text
    return answer.json()


def wait_segments(url, camera_id, from_ms, count, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = segments(url, camera_id, from_ms, int(time.time() * 1000))
        if len(body["segments"]) >= count:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{camera_id}: fewer than {count} segments after {timeout} s")


def test_playback_detections_sync_steps_hold_retention_and_export(backend, tmp_path):
    url, started_ms, _ = backend
    body = wait_segments(url, "cam-01", started_ms - 5000, 3)
    doc = httpx.get(url + "/openapi.json", timeout=30).json()
    schema = doc["paths"]["/api/v1/archive/{camera_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert schema_errors(body, schema["schema"], doc) == []
    first = body["segments"][0]

    # an evidence hold on cam-01's first segment keeps it beyond retention; cam-02 has none
    hold = httpx.post(f"{url}/api/v1/archive/holds", timeout=30, json={
        "camera_ids": ["cam-01"], "from_ms": first["start_ms"], "to_ms": first["end_ms"], "incident_id": "inc-x",
        "operator": "supervisor.one", "reason": "court request"})
    assert hold.status_code == 201, hold.text

    from_ms, to_ms = first["start_ms"], body["segments"][2]["end_ms"]
    clips = asyncio.run(_fetch_both(url, from_ms, to_ms, tmp_path / "cache"))
    playback = SyncedPlayback(clips)
    try:
        scene, painter = CameraScene(1), FramePainter(1, "x", 640, 360)
        clip = clips[0]
        assert len(clip.frame_times) >= 40
        # scrub to arbitrary times: the picture is the one painted for that frame's time, and the stored
        # detections are that frame's ground truth
        for t in (clip.frame_times[len(clip.frame_times) // 2] + 7, clip.frame_times[3], clip.frame_times[-1]):
            playback.clock.seek(t)
            shown = playback.frames()[0]
            assert shown is not None
            frame_ms, image, objects = shown
            assert frame_ms <= t < frame_ms + 200 and frame_ms % 40 == 0
            expected = [list(b) for o in scene.objects_at(frame_ms) if (b := clipped_box(o)) is not None]
            assert [o["box"] for o in objects] == expected
            assert _distance(image, painter, scene, frame_ms) < _distance(image, painter, scene, frame_ms + 400)
        # both cameras show their frame at the same clock position
        both = playback.frames()
        assert all(f is not None for f in both) and abs(both[0][0] - both[1][0]) < 200
        # frame steps are exact, backwards too
        at = clip.index_at(int(playback.clock.position_ms))
        playback.step(-5)
        assert clip.index_at(int(playback.clock.position_ms)) == at - 5
        playback.step(+1)
        assert playback.frames()[0][0] == clip.frame_times[at - 4]
        # speeds
        clock = PlaybackClock(0, 100_000)
        with pytest.raises(ValueError):
            clock.set_speed(3.0)
        clock.playing = True
        for speed in SPEEDS:
            clock.seek(0)
            clock.set_speed(speed)
            clock.advance(1000)
            assert clock.position_ms == 1000 * speed

        # evidence export: MP4 per camera, overlays burned in, manifest hashes
        out = tmp_path / "evidence"
        in_ms, out_ms = clip.frame_times[5], clip.frame_times[30]
        manifest = export_evidence(clips, in_ms, out_ms, operator="supervisor.one", incident_id="inc-x", folder=out)
        assert sorted(p.name for p in out.iterdir()) == ["cam-01.mp4", "cam-02.mp4", "manifest.json",
                                                         "manifest.json.sha256"]
        assert json.loads((out / "manifest.json").read_text()) == manifest
        assert (out / "manifest.json.sha256").read_text().split()[0] == sha256_of(out / "manifest.json")
        for entry in manifest["files"]:
            assert sha256_of(out / entry["name"]) == entry["sha256"]
        cam1 = next(c for c in manifest["cameras"] if c["camera_id"] == "cam-01")
        assert cam1["frames"] == 25 and cam1["first_frame_ms"] == in_ms and manifest["operator"] == "supervisor.one"
        with av.open(str(out / "cam-01.mp4")) as container:
            decoded = [f.to_ndarray(format="bgr24") for f in container.decode(video=0)]
        assert len(decoded) == cam1["frames"]
        raw = clip.frame(5)[1].astype(np.int16)
        # the burned-in parts differ from the recorded picture: the time bar at the bottom, the watermark across
        assert np.abs(decoded[0][-20:].astype(np.int16) - raw[-20:]).mean() > 20
        assert np.abs(decoded[0][150:200].astype(np.int16) - raw[150:200]).max() > 60
        with pytest.raises(ExportError, match="not empty"):
            export_evidence(clips, in_ms, out_ms, operator="supervisor.one", incident_id="inc-x", folder=out)
        with pytest.raises(ExportError, match="operator"):
            export_evidence(clips, in_ms, out_ms, operator=" ", incident_id="inc-x", folder=tmp_path / "e2")
        assert not (tmp_path / "e2.part").exists()
    finally:
        playback.close()

    # retention: cam-02's first segments go, cam-01's held one stays
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        cam2 = segments(url, "cam-02", from_ms - 2000, first["end_ms"])["segments"]
        if not cam2:
            break
        time.sleep(1)
    assert cam2 == []
    kept = segments(url, "cam-01", from_ms, first["end_ms"])["segments"]
    assert [(s["start_ms"], s["end_ms"]) for s in kept] == [(first["start_ms"], first["end_ms"])]
    assert httpx.get(first["url"], timeout=30).status_code == 200


async def _fetch_both(url, from_ms, to_ms, folder):
    return [await fetch_clip(url, camera, from_ms, to_ms, folder) for camera in ("cam-01", "cam-02")]


def _distance(image, painter, scene, t_ms):
    import cv2

    painted = cv2.cvtColor(painter.paint(t_ms, scene.objects_at(t_ms)), cv2.COLOR_YUV2BGR_I420)
    return float(np.abs(painted.astype(np.int16) - image.astype(np.int16)).mean())


def test_archive_refuses_bad_requests(backend):
    url, *_ = backend
    with httpx.Client(base_url=url, timeout=30) as http:
        assert http.get("/api/v1/archive/cam-99", params={"from_ms": 1, "to_ms": 2}).status_code == 404
        assert http.get("/api/v1/archive/cam-01", params={"from_ms": 5, "to_ms": 2}).json()["segments"] == []
        long = http.get("/api/v1/archive/cam-01", params={"from_ms": 0, "to_ms": 10**10}).json()
        assert long["to_ms"] == 3600 * 1000  # at most an hour a request
        assert http.get("/api/v1/archive/cam-01", params={"from_ms": 0}).status_code == 400
        assert http.get("/api/v1/archive/cam-01/detections", params={"from_ms": "x"}).status_code == 400
        assert http.get("/archive/cam-01/1_2.ts").status_code == 404
        unknown = http.post("/api/v1/archive/holds", json={"camera_ids": ["cam-99"], "from_ms": 1, "to_ms": 2,
                                                            "operator": "a"})
        assert unknown.status_code == 404 and "cam-99" in unknown.json()["detail"]
        for bad in ({"camera_ids": ["cam-01"], "from_ms": 2, "to_ms": 1, "operator": "a"},
                    {"camera_ids": ["cam-01"], "from_ms": True, "to_ms": 2, "operator": "a"},
                    {"camera_ids": ["cam-01"], "from_ms": 1, "to_ms": 2, "operator": ""}, [1, 2]):
            assert http.post("/api/v1/archive/holds", json=bad).status_code == 400
        assert http.post("/api/v1/archive/holds", content=b"{").status_code == 400


def test_the_camera_list_says_which_cameras_are_recorded(backend):
    url, _, _ = backend
    answer = httpx.get(f"{url}/api/v1/cameras", timeout=30)
    doc = httpx.get(url + "/openapi.json", timeout=30).json()
    schema = doc["paths"]["/api/v1/cameras"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema_errors(answer.json(), schema, doc) == []
    recording = {c["id"]: c["recording"] for c in answer.json()["items"]}
    assert recording["cam-01"] and recording["cam-02"]
    assert not any(on for camera, on in recording.items() if camera not in ("cam-01", "cam-02"))


def test_a_failing_recorder_is_announced_and_so_is_its_recovery(tmp_path, monkeypatch):
    """The recording dot must not lie: a camera whose segments fail to write is reported as not recording
    (`camera.status` with `recording: false`) until a segment is written again."""
    from console.sim import archive_routes
    from console.sim.event_hub import EventHub

    monkeypatch.setenv("QALA_ARCHIVE_CAMERAS", "cam-01,cam-02")
    monkeypatch.setenv("QALA_ARCHIVE_SEGMENT_S", "1")
    monkeypatch.setattr(archive_routes, "RECORDING_CHECK_S", 0.05)
    hub = EventHub()
    service = archive_routes.ArchiveService(tmp_path / "archive", hub=hub)
    failing = {"cam-02"}
    record = service.recorder._record_segment

    def flaky(camera_id, *args):
        if camera_id in failing:
            time.sleep(0.1)
            raise OSError("No space left on device")
        return record(camera_id, *args)

    monkeypatch.setattr(service.recorder, "_record_segment", flaky)
    subscriber, _ = hub.subscribe(None)

    def statuses():
        items = []
        while not subscriber.queue.empty():
            envelope = json.loads(subscriber.queue.get_nowait())
            if envelope["type"] == "camera.status":
                items.append((envelope["data"]["camera_id"], envelope["data"]["recording"]))
        return items

    async def wait_for(condition, timeout=30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            await asyncio.sleep(0.05)
        return False

    async def scenario():
        await service._on_startup(None)
        try:
            assert service.is_recording("cam-01") and not service.is_recording("cam-03")
            seen = []
            assert await wait_for(lambda: seen.extend(statuses()) or ("cam-02", False) in seen)
            assert ("cam-01", False) not in seen and not service.is_recording("cam-02")
            failing.clear()  # the disk has room again: the next segment is written
            assert await wait_for(lambda: seen.extend(statuses()) or ("cam-02", True) in seen)
            assert service.is_recording("cam-02")
        finally:
            await service._on_cleanup(None)
        assert not service.is_recording("cam-01")

    asyncio.run(scenario())
