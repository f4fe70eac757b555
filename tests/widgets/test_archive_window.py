"""Archive window on clips recorded by a real backend: sync, scrubbing on the timeline, steps, speeds, export."""

import asyncio
import json
import time

import httpx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from console.api.rest import BackendClient
from console.ops.evidence import sha256_of
from console.video.archive_clip import SyncedPlayback, fetch_clip
from tests.core.test_archive import backend, wait_segments  # noqa: F401 - fixture
from tests.widgets.test_history_window import run_async
from widgets.archive_window import ArchiveWindow


def test_archive_window_plays_in_sync_scrubs_steps_and_exports(qapp, backend, tmp_path):  # noqa: F811
    url, started_ms, _ = backend
    body = wait_segments(url, "cam-02", started_ms - 5000, 3)
    other = wait_segments(url, "cam-01", started_ms - 5000, 3)
    # each camera's recorder starts its segments on its own tick: a range both have footage for from its start
    from_ms = max(body["segments"][0]["start_ms"], other["segments"][0]["start_ms"])
    to_ms = min(body["segments"][2]["end_ms"], other["segments"][2]["end_ms"])

    async def scenario():
        clips = [await fetch_clip(url, c, from_ms, to_ms, tmp_path / "cache") for c in ("cam-01", "cam-02")]
        client = BackendClient(url, timeout=30)
        window = ArchiveWindow(SyncedPlayback(clips), client=client, operator="supervisor.two", incident_id="inc-7",
                               marks=[(from_ms + 1000, "incident", "road accident")])
        window.resize(1000, 700)
        window.show()
        try:
            # segments start on each recorder's own tick, and a segment's first frame may come a little after its
            # start: from the first moment both cameras have a picture, both panes show one
            window.seek(max(c.frame_times[0] for c in clips))
            panes = window.panes
            assert all(p.image is not None for p in panes)
            assert abs(panes[0].frame_ms - panes[1].frame_ms) < 200  # the two cameras in step
            # a click on the timeline scrubs there; the frame shown carries its own detections
            timeline = window.timeline
            QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.width() // 2, 20))
            wanted = timeline.time_at(timeline.width() // 2)
            assert abs(window.playback.clock.position_ms - wanted) < 1
            clip = clips[0]
            assert panes[0].frame_ms == clip.frame_times[clip.index_at(int(wanted))]
            assert panes[0].objects == clip.objects_at(panes[0].frame_ms)
            shown = panes[0].frame_ms
            window.forward_button.click()
            assert panes[0].frame_ms == clip.frame_times[clip.frame_times.index(shown) + 1]
            window.back_button.click()
            window.back_button.click()
            assert panes[0].frame_ms == clip.frame_times[clip.frame_times.index(shown) - 1]
            # play at 2x from the start: the position moves at most twice as fast as the wall clock
            window.speed_box.setCurrentIndex(window.speed_box.findData(2.0))
            window.seek(window.playback.clock.start_ms)
            before, wall = window.playback.clock.position_ms, time.monotonic()
            window.toggle_play()
            await asyncio.sleep(0.4)
            moved, elapsed = window.playback.clock.position_ms - before, time.monotonic() - wall
            if window.playback.clock.playing:
                window.toggle_play()
            assert 0 < moved <= 2 * elapsed * 1000 + 1
            assert panes[0].frame_ms == clip.frame_times[clip.index_at(int(window.playback.clock.position_ms))]
            # in/out and export: files with hashes, and the footage held on the backend
            window.seek(clip.frame_times[10])
            window.set_in()
            window.seek(clip.frame_times[35])
            window.set_out()
            await window.export(tmp_path / "evidence")
            assert "exported" in window.status_label.text() and "held" in window.status_label.text()
            manifest = json.loads((tmp_path / "evidence" / "manifest.json").read_text())
            assert manifest["operator"] == "supervisor.two" and manifest["incident_id"] == "inc-7"
            assert all(sha256_of(tmp_path / "evidence" / f["name"]) == f["sha256"] for f in manifest["files"])
            holds = httpx.get(f"{url}/api/v1/archive/holds", timeout=30).json()["items"]
            assert any(h["incident_id"] == "inc-7" and h["from_ms"] == clip.frame_times[10] for h in holds)
        finally:
            window.close()
            await client.aclose()

    run_async(qapp, scenario())


def test_supervisor_menu_opens_an_incidents_cameras_in_sync(qapp, backend):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow

    from console.api.models import Incident
    from console.ops.city_state import CityState
    from widgets.supervisor_menu import SupervisorTools

    url, started_ms, _ = backend
    body = wait_segments(url, "cam-01", started_ms - 5000, 3)
    when = body["segments"][1]["start_ms"] + 500
    incident = Incident(id="inc-arch", type="road_accident", severity="high", status="new", title="t",
                        camera_id="cam-02", lat=0.0, lon=0.0, district="d", created_ms=when, updated_ms=when)

    async def scenario():
        client = BackendClient(url, timeout=30)
        main = QMainWindow()
        state = CityState()
        state.cameras = {"cam-01": None, "cam-02": None, "cam-03": None}  # cam-03 records nothing here
        tools = SupervisorTools(main, client, state)
        try:
            assert [a.text() for a in main.menuBar().actions()] == ["&Supervisor"]
            tools.open_archive(incident, around_s=5)
            deadline = asyncio.get_running_loop().time() + 60
            while not tools.archives and asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.1)
            (window,) = tools.archives
            # the incident's camera first, then the other recorded one; cam-03 has no footage and is left out
            assert [p.camera_id for p in window.panes] == ["cam-02", "cam-01"]
            assert window.playback.clock.position_ms == when
            assert (when, "incident", "road accident") in window.timeline.marks
            assert all(p.frame_ms is not None and when - 200 < p.frame_ms <= when for p in window.panes)
        finally:
            tools.close()
            main.close()
            await client.aclose()

    run_async(qapp, scenario())
