"""Issue #11, crash safety: the console killed with SIGKILL in the middle of work loses nothing. On the next start
its walls, docks and window come back as they were, and the operator actions it had queued while the backend was
down reach the backend, each exactly once.

Real processes throughout: the embedded backend, and the console run by tests/e2e/console_driver.py (the real
`qala-console` in-process, worked through its widgets) on two virtual screens."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QSettings

from console.api.local_backend import LocalBackend
from console.wall.model import WallLayout
from tests.e2e import console_driver as driver
from tests.widgets.offscreen_screens import screen, write_config

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
OPERATOR = "crash-operator"
SITE = "command-line"  # the site profile of `--backend URL`


def seed_clean_close(config: Path) -> None:
    """What a console closed cleanly earlier left: a 2x2 wall with cam-01, in the arrangement file and in the
    site's settings (a stale copy in either would show after the crash)."""
    layout = WallLayout("Wall", "2x2")
    layout.assign(0, "cam-01")
    settings = QSettings(str(config / "console.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"sites/{SITE}/geometry", b"")
    settings.setValue(f"sites/{SITE}/wall", json.dumps(layout.to_json()))
    settings.setValue("wall/renderer", "cpu")
    settings.sync()
    (config / "arrangement.json").write_text(json.dumps({"version": 1, "walls": [
        {"screen": "DP-1", "screen_index": 0, "fullscreen": False, "main": True, "geometry": None,
         "layout": layout.to_json()}]}))


def wait_phase(phases: Path, name: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (phases / "failed.json").exists():
            pytest.fail(f"the console driver failed before {name}:\n{json.loads((phases / 'failed.json').read_text())}")
        if (phases / f"{name}.json").exists():
            return json.loads((phases / f"{name}.json").read_text())
        if proc.poll() is not None:
            pytest.fail(f"the console exited ({proc.returncode}) before {name}:\n{log.read_text()[-4000:]}")
        time.sleep(0.05)
    pytest.fail(f"no phase {name} within {timeout:.0f} s:\n{log.read_text()[-4000:]}")


def start_console(mode: str, phases: Path, log: Path, env: dict[str, str], console_args: list[str],
                  incident: str = "") -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.console_driver", mode, "--phases", str(phases), "--incident", incident,
             "--", *console_args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def outbox_rows(path: Path) -> list[dict]:
    db = sqlite3.connect(path)
    try:
        db.row_factory = sqlite3.Row
        return [dict(row) for row in db.execute("SELECT key, kind, payload, state, last_error FROM outbox ORDER BY id")]
    finally:
        db.close()


def test_a_console_killed_mid_work_comes_back_as_it_was_and_replays_its_actions_once(tmp_path):
    started = time.monotonic()
    config, phases_1, phases_2 = tmp_path / "config", tmp_path / "phases-1", tmp_path / "phases-2"
    config.mkdir()
    seed_clean_close(config)
    outbox = tmp_path / "outbox.db"
    platform = write_config(tmp_path / "screens.json", [screen("DP-1", 0, 0, 1280, 800),
                                                        screen("HDMI-2", 1280, 0, 1280, 720)])
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_QPA_OFFSCREEN_NO_GLX": "1", "QALA_CONFIG_DIR": str(config)}
    backend = LocalBackend(tmp_path / "sim", extra_args=["--video-workers", "1"])
    console: subprocess.Popen[bytes] | None = None
    api: httpx.Client | None = None
    try:
        url = backend.start()
        api = httpx.Client(base_url=f"{url}/api/v1", timeout=10)
        centre = api.get("/site").json()["centre"]
        incident = api.post("/incidents", json={
            "type": "resident_report", "title": "Crash-safety test: water on the road", "lat": centre["lat"],
            "lon": centre["lon"], "idempotency_key": uuid.uuid4().hex, "operator": "resident line"}).json()["id"]
        args = ["--backend", url, "--outbox", str(outbox), "--operator", OPERATOR, "--no-plugins"]

        # console 1 works: arranges walls and docks, then acknowledges and writes notes with the backend down
        log_1 = tmp_path / "console-1.log"
        console = start_console("work", phases_1, log_1, env, [*args, "--size", "1200x800"], incident)
        arranged = wait_phase(phases_1, "arranged", console, log_1, 45)["arrangement"]
        backend.stop()
        (phases_1 / "backend-stopped.json").write_text("{}")
        acknowledged = wait_phase(phases_1, "acknowledged", console, log_1, 20)
        wait_phase(phases_1, "working", console, log_1, 20)
        time.sleep(0.37)  # a few more notes: the kill lands between two of them, or in the middle of one
        os.kill(console.pid, signal.SIGKILL)  # mid-work: a note is written to the outbox every 50 ms
        assert console.wait(10) == -signal.SIGKILL

        # what the killed console's outbox holds (read from a copy: the console must recover the original itself)
        copy = tmp_path / "outbox-copy"
        copy.mkdir()
        for file in tmp_path.glob("outbox.db*"):
            shutil.copy(file, copy / file.name)
        queued = outbox_rows(copy / "outbox.db")
        assert queued and all(row["state"] == "pending" for row in queued), queued
        assert queued[0]["key"] == acknowledged["key"] and len(queued) >= acknowledged["pending"] + 5
        notes = [json.loads(row["payload"])["note"] for row in queued[1:]]
        assert notes == [f"crash-safety note {n}" for n in range(1, len(notes) + 1)]  # none lost on the way

        backend.start()  # on the same port: the console finds it at the same URL
        assert backend.url == url
        assert api.get(f"/incidents/{incident}").json()["status"] == "new"  # nothing was delivered before the kill

        # console 2: the same configuration folder and outbox, no --size (the saved size counts)
        log_2 = tmp_path / "console-2.log"
        console = start_console("report", phases_2, log_2, env, args)
        report = wait_phase(phases_2, "report", console, log_2, 60)
        assert console.wait(30) == 0, log_2.read_text()[-4000:]
        console = None

        restored = report["arrangement"]
        assert restored == arranged, "the arrangement did not come back as it was at the kill"
        assert restored["preset"] == driver.MAIN_PRESET
        assert restored["cameras"][driver.MAIN_CAMERA_CELL] == driver.MAIN_CAMERA and "cam-01" not in restored["cameras"]
        assert restored["map_dock_hidden"] and restored["cameras_dock_area"] == "RightDockWidgetArea"
        assert restored["size"] == list(driver.WINDOW_SIZE)
        assert restored["walls"]["HDMI-2"]["cameras"][driver.MONITOR_2_CELL] == driver.MONITOR_2_CAMERA

        assert report["pending"] == 0 and report["refused"] == []
        states = {row["key"]: row["state"] for row in outbox_rows(outbox)}
        assert all(states[row["key"]] == "sent" for row in queued), states

        answer = api.get(f"/incidents/{incident}").json()
        assert answer["status"] == "acknowledged" and answer["owner"] == OPERATOR
        actions = Counter(entry["action"] for entry in answer["activity"])
        assert actions["acknowledge"] == 1, answer["activity"]
        written = Counter(entry["detail"] for entry in answer["activity"] if entry["action"] == "note")
        assert written == Counter(notes), written  # every note queued before the kill, each once, nothing else
    finally:
        if api is not None:
            api.close()
        if console is not None and console.poll() is None:
            console.kill()
            console.wait()
        backend.stop()
    print(f"crash safety: {len(queued)} queued actions replayed once each; {time.monotonic() - started:.1f} s")
