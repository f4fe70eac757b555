"""The installer smoke test: build the PyInstaller bundle, run `qala-console self-check` and the embedded backend
from it offscreen, package it as a .deb and run the self-check from the unpacked package."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def bundle_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "QALA_CONFIG_DIR": str(tmp_path / "config"),
            "QALA_LOG_DIR": str(tmp_path / "logs")}


def self_check_from(executable, tmp_path):
    result = subprocess.run([str(executable), "self-check", "--json"], capture_output=True, text=True, timeout=180,
                            env=bundle_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["video.software"]["status"] == "ok" and checks["video.software"]["frames"] == 10
    assert checks["translations"]["status"] == "ok" and checks["qt.platform"]["platform"] == "offscreen"
    return checks


@pytest.mark.timeout(1800)
def test_bundle_and_deb_build_and_run_self_check(tmp_path):
    started = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "build" / "bundle.py"), "--dist", str(tmp_path / "dist"),
                    "--work", str(tmp_path / "work")], check=True, timeout=1500, capture_output=True)
    build_s = time.monotonic() - started
    executable = tmp_path / "dist" / "qala-console" / "qala-console"
    assert executable.is_file()
    checks = self_check_from(executable, tmp_path)
    assert checks["versions"]["versions"]["PySide6"] == "6.11.3"

    # the bundle's embedded backend: its API process and video workers are the same executable
    ready = tmp_path / "sim" / "ready.json"
    proc = subprocess.Popen([str(executable), "sim", "--data", str(tmp_path / "sim"), "--ready-file", str(ready),
                             "--video-workers", "1"], env=bundle_env(tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        url = json.loads(ready.read_text())["url"]
        assert httpx.get(f"{url}/api/v1/health", timeout=10).json()["status"] == "ok"
        camera = httpx.get(f"{url}/api/v1/cameras", timeout=10).json()["items"][0]
        assert camera["streams"][0]["url"].startswith("http://127.0.0.1:")  # the video worker answered its port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    if shutil.which("dpkg-deb"):
        subprocess.run([sys.executable, str(ROOT / "build" / "deb.py"), "--bundle", str(executable.parent),
                        "--out", str(tmp_path / "deb")], check=True, timeout=600, capture_output=True)
        deb = next((tmp_path / "deb").glob("qala-console_*.deb"))
        info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
        assert "Package: qala-console" in info and "libxcb-cursor0" in info
        contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True,
                                  check=True).stdout
        for path in ("./opt/qala-console/qala-console", "./usr/bin/qala-console -> /opt/qala-console/qala-console",
                     "./usr/share/applications/qala-console.desktop",
                     "./usr/share/icons/hicolor/scalable/apps/qala-console.svg",
                     "./usr/share/icons/hicolor/256x256/apps/qala-console.png"):
            assert path in contents, path
        unpacked = tmp_path / "unpacked"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
        desktop = (unpacked / "usr/share/applications/qala-console.desktop").read_text()
        assert "Exec=/opt/qala-console/qala-console" in desktop and "Icon=qala-console" in desktop
        self_check_from(unpacked / "opt" / "qala-console" / "qala-console", tmp_path)
    print(f"bundle built in {build_s:.0f} s; whole test {time.monotonic() - started:.0f} s")
