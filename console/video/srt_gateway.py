"""SRT input for an FFmpeg without libsrt: a local `srt-live-transmit` relays the SRT stream to loopback UDP.

The FFmpeg inside PyAV's wheels is built without SRT (`srt://` raises ProtocolNotFoundError). District centres
receive drone and mobile-patrol feeds over SRT, so the player keeps the `srt://` URL the operator configured and,
when FFmpeg cannot open it, starts Haivision's `srt-live-transmit` (Debian: srt-tools) as a caller that hands the
MPEG-TS payload to a private loopback UDP port, which FFmpeg reads. The relay adds no buffering beyond SRT's own
latency window; it lives as long as the player and is restarted when it dies.
"""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import threading
from urllib.parse import parse_qsl, urlencode, urlsplit

import av

log = logging.getLogger(__name__)

RELAY_PROGRAM = "srt-live-transmit"
# FFmpeg's udp input: a big enough kernel buffer for a burst, and a lost datagram is not an error
UDP_INPUT_QUERY = "fifo_size=50000&overrun_nonfatal=1&buffer_size=4194304"

_native: bool | None = None
_native_lock = threading.Lock()


class SrtUnavailable(RuntimeError):
    """Neither FFmpeg nor a relay program can receive SRT here; the message says what to install."""


def ffmpeg_has_srt() -> bool:
    """True when this FFmpeg build registers the srt protocol (checked once: an unknown protocol fails
    before any network I/O, so the check touches nothing)."""
    global _native
    with _native_lock:
        if _native is None:
            try:
                av.open("srt://127.0.0.1:9?mode=caller&connect_timeout=1", timeout=0.1).close()
                _native = True
            except av.error.ProtocolNotFoundError:
                _native = False
            except Exception:  # the protocol exists: the connection simply failed
                _native = True
        return _native


def relay_program() -> str | None:
    return shutil.which(RELAY_PROGRAM)


def caller_url(url: str) -> str:
    """The SRT URL as the relay wants it: caller mode unless the operator chose otherwise; FFmpeg-only
    options dropped. `srt://host:port?passphrase=..&latency=..` keeps its SRT options."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "srt" or not parts.hostname or parts.port is None:
        raise ValueError(f"not an srt://host:port URL: {url!r}")
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("mode", "caller")
    return parts._replace(query=urlencode(query)).geturl()


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SrtRelay:
    """One relay process for one player: `udp_url()` (re)starts it when needed and names the local input."""

    def __init__(self, url: str) -> None:
        program = relay_program()
        if program is None:
            raise SrtUnavailable(
                "this FFmpeg has no SRT support and srt-live-transmit is not installed "
                "(Debian/Ubuntu: apt install srt-tools)"
            )
        self._program = program
        self._source = caller_url(url)
        self._port = _free_udp_port()
        self._process: subprocess.Popen[bytes] | None = None
        self.restarts = 0

    def udp_url(self) -> str:
        if self._process is None or self._process.poll() is not None:
            if self._process is not None:
                self.restarts += 1
                log.info("srt relay for %s exited (%s); restarting", self._source.split("?")[0],
                         self._process.returncode)
            self._process = subprocess.Popen(
                # auto-reconnect is on by default: the caller keeps dialling while the sender is away
                [self._program, "-q", self._source, f"udp://127.0.0.1:{self._port}"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        return f"udp://127.0.0.1:{self._port}?{UDP_INPUT_QUERY}"

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(2)
