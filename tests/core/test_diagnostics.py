"""Logs and crash reports: rotation, no secrets in any file, Python and native crashes reported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from console.diagnostics import DiagnosticPaths, collect_previous_crash, log_dir, redact

TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.dG9rZW4"
PASSWORD = "Kosshy-2026!pw"


@pytest.mark.parametrize("text", [
    f"GET /api/v1/incidents Authorization: Bearer {TOKEN}",
    f'{{"access_token": "{TOKEN}", "token_type": "bearer"}}',
    f"refresh_token={TOKEN}&grant=refresh",
    f"login failed for operator1 password={PASSWORD}",
    f"{{'password': '{PASSWORD}'}}",
    f"opening rtsp://admin:{PASSWORD}@10.0.0.5:554/main",
    f"srt://10.0.0.9:9000?passphrase={PASSWORD}&latency=120",
])
def test_secrets_are_scrubbed(text):
    clean = redact(text)
    assert TOKEN not in clean and PASSWORD not in clean and "***" in clean, clean


def test_ordinary_text_is_left_alone():
    text = "camera cam-07 live at 25.0 fps; incident inc-42 acknowledged by operator1 (token bucket 3/5)"
    assert redact(text) == text


def test_log_dir_follows_the_override_and_the_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("QALA_LOG_DIR", str(tmp_path / "x"))
    assert log_dir() == tmp_path / "x"
    monkeypatch.delenv("QALA_LOG_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    if sys.platform.startswith("linux"):
        assert log_dir() == tmp_path / "state" / "qala-console" / "logs"


def _run(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(f"""
        import logging, sys, threading
        from pathlib import Path
        from console.diagnostics import setup_logging, install_crash_handler
        paths = setup_logging(folder=Path({str(tmp_path)!r}), console=False)
        handler = install_crash_handler(paths)
        log = logging.getLogger("qala.test")
    """) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.iterdir() if p.is_file())


def test_log_file_has_the_messages_and_no_secret(tmp_path):
    result = _run(tmp_path, f"""
        log.info("signed in as operator1 with password=%s", {PASSWORD!r})
        log.info("token response %s", {{"access_token": {TOKEN!r}}})
        log.warning("camera cam-03 stalled")
    """)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "console.log").read_text(encoding="utf-8")
    assert "camera cam-03 stalled" in text and "signed in as operator1" in text
    assert TOKEN not in _all_text(tmp_path) and PASSWORD not in _all_text(tmp_path)


def test_log_files_rotate_and_stay_bounded(tmp_path, monkeypatch):
    result = _run(tmp_path, """
        import console.diagnostics as d
        for handler in logging.getLogger().handlers:
            if getattr(handler, "maxBytes", 0):
                handler.maxBytes = 20_000
        for i in range(5000):
            log.info("frame %06d shown on tile 3 with 12 boxes", i)
    """)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in tmp_path.glob("console.log*"))
    assert "console.log.1" in files and len(files) <= 10
    assert sum(p.stat().st_size for p in tmp_path.glob("console.log*")) < 10 * 20_000 + 1000


def test_uncaught_exception_in_a_thread_writes_a_report_without_secrets(tmp_path):
    result = _run(tmp_path, f"""
        def decode():
            url = "rtsp://admin:{PASSWORD}@10.0.0.5/main"
            raise RuntimeError("decoder exploded on " + url)
        thread = threading.Thread(target=decode, name="decode-cam-05")
        thread.start(); thread.join()
        print(len(handler.reports))
    """)
    assert result.returncode == 0 and result.stdout.strip() == "1", result.stderr
    [report] = tmp_path.glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "uncaught RuntimeError in thread decode-cam-05" in text and "decoder exploded" in text
    assert "python:" in text and "All Python threads" in text
    assert PASSWORD not in _all_text(tmp_path)


def test_a_native_crash_is_dumped_and_reported_on_the_next_start(tmp_path):
    result = _run(tmp_path, """
        import ctypes
        def worker():
            ctypes.string_at(0)  # SIGSEGV in a non-main thread
        threading.Thread(target=worker, name="decode-cam-09").start()
        threading.Event().wait(10)
    """)
    assert result.returncode != 0
    paths = DiagnosticPaths.in_folder(tmp_path)
    assert "Fatal Python error" in paths.native_crash_file.read_text()
    report = collect_previous_crash(paths)
    assert report is not None
    text = report.read_text(encoding="utf-8")
    assert "native fault" in text and "Segmentation fault" in text and "worker" in text
    assert collect_previous_crash(paths) is None  # reported once
