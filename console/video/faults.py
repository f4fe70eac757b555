"""Sorting of stream errors into transient (retry with backoff) and fatal (give up after a few tries)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import av.error


class FaultKind(enum.Enum):
    TRANSIENT = "transient"  # network, timeout, EOF of a live stream, corrupt data: reconnect
    FATAL = "fatal"  # 404, no video stream, unsupported codec, invalid data at open: give up after N tries


@dataclass(frozen=True, slots=True)
class Fault:
    kind: FaultKind
    reason: str
    retry: bool = True  # False: no point trying again (the input itself cannot be played)


class StreamFault(Exception):
    """Raised inside the player for conditions that are not FFmpeg errors (no video stream, stalled)."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.reason)
        self.fault = fault


def _detail(exc: BaseException) -> str:
    if isinstance(exc, av.error.FFmpegError) and exc.strerror:
        return str(exc.strerror)
    return str(exc) or type(exc).__name__


def classify(exc: BaseException, *, opening: bool, live: bool) -> Fault:
    """Sort an exception raised while opening or reading a stream."""
    if isinstance(exc, StreamFault):
        return exc.fault
    detail = _detail(exc)
    if isinstance(exc, av.error.HTTPNotFoundError):
        return Fault(FaultKind.FATAL, "HTTP 404 Not Found")
    if isinstance(exc, av.error.HTTPClientError):
        return Fault(FaultKind.FATAL, f"HTTP client error: {detail}")
    if isinstance(exc, av.error.HTTPServerError):
        return Fault(FaultKind.TRANSIENT, f"HTTP server error: {detail}")
    if isinstance(exc, av.error.ConnectionRefusedError | ConnectionRefusedError):
        return Fault(FaultKind.TRANSIENT, "connection refused")
    if isinstance(exc, av.error.ExitError | TimeoutError):
        return Fault(FaultKind.TRANSIENT, "connect timed out" if opening else "read timed out")
    if isinstance(exc, av.error.DecoderNotFoundError | av.error.PatchWelcomeError):
        return Fault(FaultKind.FATAL, f"unsupported codec: {detail}", retry=False)
    if isinstance(exc, av.error.ProtocolNotFoundError | av.error.DemuxerNotFoundError):
        return Fault(FaultKind.FATAL, f"unsupported input: {detail}", retry=False)
    if isinstance(exc, FileNotFoundError) and not live:
        return Fault(FaultKind.FATAL, f"file not found: {detail}", retry=False)
    if isinstance(exc, av.error.InvalidDataError):
        if opening:
            return Fault(FaultKind.FATAL, f"invalid data at open: {detail}")
        if not live:
            return Fault(FaultKind.FATAL, f"invalid data in file: {detail}", retry=False)
        return Fault(FaultKind.TRANSIENT, f"invalid data: {detail}")
    if isinstance(exc, OSError):
        return Fault(FaultKind.TRANSIENT, f"network error: {detail}")
    return Fault(FaultKind.TRANSIENT, f"{type(exc).__name__}: {detail}")
