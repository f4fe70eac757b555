"""The `qala-console` command line: the backend on its own, and probe's exit code on bad input."""

import json
import signal
import subprocess
import sys
import time

import httpx
import pytest

pytestmark = pytest.mark.e2e


def test_sim_subcommand_serves_and_stops_cleanly(tmp_path):
    ready = tmp_path / "ready.json"
    proc = subprocess.Popen([sys.executable, "-m", "widgets.app", "sim", "--host", "127.0.0.1", "--port", "0",
                             "--data", str(tmp_path / "data"), "--ready-file", str(ready)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        url = json.loads(ready.read_text())["url"]
        assert httpx.get(f"{url}/api/v1/health", timeout=5).json()["status"] == "ok"
        assert (tmp_path / "data" / "incidents.db").exists()
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
        assert time.monotonic() - started < 6
        assert "QALA-SIM READY " + url in proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def test_probe_reports_a_bad_url_with_a_nonzero_exit(tmp_path):
    garbage = tmp_path / "garbage.ts"
    garbage.write_bytes(b"\x47" + bytes(range(256)) * 40)
    result = subprocess.run([sys.executable, "-m", "widgets.app", "probe", str(garbage), "--seconds", "1"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert json.loads(result.stdout)["error"]
