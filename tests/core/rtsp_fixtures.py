"""A real RTSP server (tests/rtsp_server.py, GStreamer) in a subprocess, for the RTSP tests.

The server runs under Debian's /usr/bin/python3, which has GStreamer's bindings; the venv's Python has
none. Where that Python, the bindings or the GStreamer elements are missing, the fixtures skip with the
reason (build/dev.sh installs the Debian packages, so CI runs these tests).
"""

from __future__ import annotations

import contextlib
import functools
import os
import selectors
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
SERVER_SCRIPT = Path(__file__).resolve().parents[1] / "rtsp_server.py"
PATH = "/cam"
READY_TIMEOUT = 15.0


@functools.cache
def unavailable_reason() -> str:
    """Why the RTSP server cannot run here; empty when it can."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} not found (the RTSP server needs Debian's python3-gi)"
    try:
        check = subprocess.run(
            [SYSTEM_PYTHON, str(SERVER_SCRIPT), "--check"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"cannot run {SYSTEM_PYTHON}: {exc}"
    if check.returncode != 0:
        detail = (check.stdout + check.stderr).strip() or f"exit status {check.returncode}"
        return f"{detail}; install the RTSP packages from build/dev.sh"
    return ""


class RtspServer:
    """tests/rtsp_server.py in a subprocess. `kill()` then `start()` brings it back on the same port."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def url(self, path: str = PATH) -> str:
        return f"rtsp://127.0.0.1:{self.port}{path}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = READY_TIMEOUT) -> str:
        """Start the server (on `self.port`; the first start with 0 picks one) and wait until it listens."""
        assert not self.running, "the RTSP server is already running"
        self._close_log()
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [SYSTEM_PYTHON, str(SERVER_SCRIPT), "--port", str(self.port), "--path", PATH],
            stdout=subprocess.PIPE,
            stderr=self._log,
            stdin=subprocess.DEVNULL,
        )
        line = self._read_line(timeout)
        if not line.startswith("RTSP READY "):
            output = self._stderr()
            self.kill()
            raise RuntimeError(f"RTSP server did not start: {line or 'no output'}; stderr: {output}")
        self.port = int(line.split()[2])
        return self.url()

    def kill(self) -> None:
        """Kill the server at once (SIGKILL): what a crashed camera or a pulled cable looks like."""
        self._end(graceful=False)

    def close(self) -> None:
        self._end(graceful=True)
        self._close_log()

    def _end(self, *, graceful: bool) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            if graceful:
                process.terminate()
            else:
                process.kill()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        if process.stdout is not None:
            process.stdout.close()

    def _read_line(self, timeout: float) -> str:
        """The server's first stdout line, or "" if it exits or says nothing within `timeout` s."""
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        data = b""
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            while b"\n" not in data:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    break
                chunk = os.read(stdout.fileno(), 256)
                if not chunk:
                    break
                data += chunk
        return data.decode(errors="replace").strip()

    def _stderr(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read()[-2000:].decode(errors="replace").strip()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> RtspServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def rtsp_server_or_skip() -> RtspServer:
    """A started server, or pytest.skip with the reason it cannot run here."""
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"no RTSP server: {reason}")
    server = RtspServer()
    server.start()
    return server


@contextlib.contextmanager
def running_rtsp_server() -> Iterator[RtspServer]:
    """A started server, closed on exit; pytest.skip with the reason where it cannot run here.

    Use it in a fixture: `with running_rtsp_server() as server: yield server`; `server.url()` is rtsp://…/cam.
    """
    with rtsp_server_or_skip() as server:
        yield server
