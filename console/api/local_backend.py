"""Starts the embedded city backend as its own process on a free loopback port (demo and training mode)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from console.frozen import child_command


class LocalBackend:
    """The embedded backend in a child process. `url` is valid after `start()`."""

    def __init__(self, data_dir: str | Path | None = None, *, host: str = "127.0.0.1", port: int = 0,
                 extra_args: list[str] | None = None) -> None:
        self._own_dir = data_dir is None
        self.data_dir = Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="qala-sim-"))
        self.host = host
        self.port = port  # 0: a free port; a restart keeps the port it got, so clients find it again
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self.extra_args = list(extra_args or [])  # e.g. ["--auth", "on", "--token-ttl", "5", "--tls-cert", ...]

    def start(self, timeout: float = 30.0) -> str:
        ready = self.data_dir / "ready.json"
        ready.unlink(missing_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log_file = open(self.data_dir / "sim.log", "ab")  # noqa: SIM115 - handed to the child
        self._proc = subprocess.Popen(
            [*child_command("console.sim", "sim"), "--host", self.host, "--port", str(self.port),
             "--data", str(self.data_dir), "--ready-file", str(ready), *self.extra_args],
            stdout=log_file, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        log_file.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"embedded backend exited with {self._proc.returncode}; see {self.data_dir / 'sim.log'}")
            if ready.exists():
                try:
                    self.url = json.loads(ready.read_text())["url"]
                    self.port = int(self.url.rsplit(":", 1)[1])
                    return self.url
                except (ValueError, KeyError):
                    pass  # being written
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"embedded backend did not start within {timeout:.0f} s; see {self.data_dir / 'sim.log'}")

    def stop(self, timeout: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def kill(self) -> None:
        """SIGKILL, as a crash or power cut would: no shutdown handlers run."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None
