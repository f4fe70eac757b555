"""`qala-console self-check` on this machine: JSON and summary, the backend's TLS, non-zero exit when the
console cannot work."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from console.api.local_backend import LocalBackend
from tests.core.tls_fixtures import make_ca, make_server_cert

ROOT = Path(__file__).resolve().parents[2]


def self_check(*args, wrapper=(), env=None, timeout=180):
    command = [*wrapper, sys.executable, "-m", "widgets.app", "self-check", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def by_name(report):
    return {c["name"]: c for c in report["checks"]}


def test_self_check_passes_here_and_reports_every_part(tmp_path):
    result = self_check("--json", "--json-file", str(tmp_path / "report.json"))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report == json.loads((tmp_path / "report.json").read_text())
    checks = by_name(report)
    assert report["ok"] and not [c for c in report["checks"] if c["status"] == "fail"]
    assert checks["qt.platform"]["platform"] == "offscreen"
    assert checks["screens"]["screens"] and checks["screens"]["screens"][0]["width"] > 0
    assert checks["opengl"]["status"] == "warn" and checks["opengl"]["wall_renderer"] == "cpu"  # offscreen: no GL
    assert checks["video.software"]["status"] == "ok" and checks["video.software"]["frames"] == 10
    hardware = [c for name, c in checks.items() if name.startswith("video.hardware")]
    assert hardware and all(c["status"] in ("ok", "warn") for c in hardware)  # each one named, tested or why not
    assert checks["versions"]["versions"]["PySide6"] == "6.11.3"
    assert {"translations", "folder.logs", "folder.config", "keyring", "tls", "backend"} <= set(checks)
    summary = self_check()
    assert summary.returncode == 0 and "The console can work here" in summary.stdout
    assert "[ok  ] video.software" in summary.stdout


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs Xvfb")
def test_self_check_names_the_opengl_renderer_under_x():
    result = self_check("--json", wrapper=("xvfb-run", "-a", "-s", "-screen 0 1280x720x24"),
                        env={"QT_QPA_PLATFORM": "xcb"})
    assert result.returncode == 0, result.stdout + result.stderr
    checks = by_name(json.loads(result.stdout))
    assert checks["qt.platform"]["platform"] == "xcb"
    assert checks["opengl"]["renderer"]  # e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
    assert checks["screens"]["screens"][0]["width"] == 1280


@pytest.mark.parametrize("url, reason", [("http://10.0.0.5:8080", "unencrypted"),
                                         ("http://127.0.0.1:1", "unreachable")])
def test_self_check_fails_with_the_reason_when_the_backend_cannot_be_used(url, reason):
    result = self_check("--backend", url)
    assert result.returncode == 1
    assert "The console cannot work here" in result.stdout and reason in result.stdout


def test_self_check_verifies_the_backends_certificate(tmp_path):
    ca, ca_key, ca_cert = make_ca(tmp_path, "district-ca")
    cert, key = make_server_cert(tmp_path, ca_key, ca_cert)
    wrong, _, _ = make_ca(tmp_path / "other", "other-ca")
    local = LocalBackend(tmp_path / "sim", extra_args=["--auth", "on", "--video-workers", "1",
                                                       "--tls-cert", str(cert), "--tls-key", str(key)])
    local.start()
    try:
        refused = self_check("--backend", local.url, "--ca-file", str(wrong))
        assert refused.returncode == 1
        assert "CERTIFICATE_VERIFY_FAILED" in refused.stdout and "CA certificate" in refused.stdout
        trusted = self_check("--backend", local.url, "--ca-file", str(ca), "--json")
        assert trusted.returncode == 0, trusted.stdout
        backend = by_name(json.loads(trusted.stdout))["backend"]
        assert backend["status"] == "ok" and "certificate verified" in backend["tls"]
        assert backend["health"]["auth_required"] is True
    finally:
        local.stop()
