"""probe(): stream facts for good inputs, an "error" (and exit code 1) for bad ones, never a hang."""

import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from console.video.probe import probe
from tests.core.video_fixtures import (
    LiveTsSource,
    TsServer,
    frame_times,
    make_ts,
    new_threads_after,
    now_ms,
    write_file,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_thread_left_behind():
    before = set(threading.enumerate())
    yield
    assert new_threads_after(before) == []


def test_probe_of_a_good_file(tmp_path):
    path = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 50), klv=True))
    result = probe(str(path), 2.0)
    assert "error" not in result, result
    assert result["streams"] == [
        {"index": 0, "type": "video", "codec": "h264", "width": 320, "height": 180, "fps": 25.0},
        {"index": 1, "type": "data", "codec": "klv"},
    ]
    assert result["frames"] == 50 and result["reason"] == "end of file"
    assert result["decoder"].startswith("h264 (") and result["ttff_ms"] is not None


def test_probe_of_a_live_http_stream_takes_the_time_asked():
    source, server = LiveTsSource(320, 180), TsServer()
    try:
        url = server.add_live("/cam.ts", source)
        started = time.monotonic()
        result = probe(url, 1.0)
        assert time.monotonic() - started < 4.0
    finally:
        server.close()
        source.close()
    assert "error" not in result, result
    assert result["state"] == "live" and 15 <= result["frames"] and result["ttff_ms"] < 2000


@pytest.mark.parametrize("kind", ["noise", "missing", "refused", "hung"])
def test_probe_of_bad_inputs_reports_an_error_in_time(kind, tmp_path):
    server = TsServer()
    try:
        url = {
            "noise": str(write_file(tmp_path, "noise.ts", random.Random(3).randbytes(100_000))),
            "missing": str(tmp_path / "absent.ts"),
            "refused": server.url("/nothing-here.ts").replace(str(server.port), "1"),
            "hung": server.add_hang("/hung.ts"),
        }[kind]
        started = time.monotonic()
        result = probe(url, 0.5, open_timeout=1.0)
        assert time.monotonic() - started < 5.0
    finally:
        server.close()
    assert result.get("error"), result
    assert result["frames"] == 0


def test_command_line_exit_codes(tmp_path):
    good = write_file(tmp_path, "clip.ts", make_ts(frame_times(now_ms(), 10)))
    bad = write_file(tmp_path, "bad.ts", b"\x00" * 5000)
    command = [sys.executable, "-m", "console.video.probe", "--seconds", "0.5"]
    ok = subprocess.run([*command, str(good)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["frames"] == 10
    failed = subprocess.run([*command, str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert failed.returncode == 1
    assert json.loads(failed.stdout)["error"]
