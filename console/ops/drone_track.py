"""A drone's telemetry from its KLV stream, indexed by time: what the HUD, the map and tags read.

`DroneTrack.feed` is a StreamPlayer `on_data` callback (decode thread); readers on the GUI thread ask for the
fix at a frame's time (`at`), the newest one (`latest`) or the flown path. The lock is held only to append or
to bisect.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass

from console.klv.st0601 import UAS_LS_KEY, St0601Error, UasDatalinkPacket, decode_packet, iter_klv

KEEP_MS = 30 * 60 * 1000  # half an hour of telemetry (a sortie)
FULL_RATE_MS = 2 * 60 * 1000  # the last two minutes at the full KLV rate; older fixes one a second
THIN_EVERY_MS = 10_000
MATCH_MS = 1000  # a fix older than this is not the frame's
FRAME_MS = 40  # the KLV rate the map path's `step` counts in (25 Hz)


@dataclass(frozen=True, slots=True)
class DroneFix:
    """One ST 0601 packet, reduced to what the console shows (degrees, metres, m/s)."""

    time_ms: int
    lat: float
    lon: float
    altitude_m: float | None
    heading_deg: float | None
    pitch_deg: float | None
    roll_deg: float | None
    speed_mps: float | None
    frame_center: tuple[float, float] | None
    corners: tuple[tuple[float, float], ...] | None
    tail_number: str
    checksum_ok: bool

    @classmethod
    def from_packet(cls, packet: UasDatalinkPacket, fallback_time_ms: int) -> DroneFix | None:
        lat, lon = packet.values.get("sensor_latitude"), packet.values.get("sensor_longitude")
        if lat is None or lon is None:
            return None
        stamp = packet.time_us
        centre = (packet.values.get("frame_center_latitude"), packet.values.get("frame_center_longitude"))
        corners = packet.frame_corners()
        speed = packet.values.get("platform_ground_speed", packet.values.get("platform_true_airspeed"))
        return cls(
            time_ms=stamp // 1000 if stamp is not None else fallback_time_ms,
            lat=float(lat), lon=float(lon),
            altitude_m=packet.values.get("sensor_true_altitude"),
            heading_deg=packet.values.get("platform_heading_angle"),
            pitch_deg=packet.values.get("platform_pitch_angle"),
            roll_deg=packet.values.get("platform_roll_angle"),
            speed_mps=float(speed) if speed is not None else None,
            frame_center=(float(centre[0]), float(centre[1])) if None not in centre else None,  # type: ignore[arg-type]
            corners=tuple(corners) if corners else None,
            tail_number=str(packet.values.get("platform_tail_number", "")),
            checksum_ok=packet.checksum_ok,
        )


class DroneTrack:
    """Fixes of one drone in time order (the KLV of a live or recorded stream)."""

    def __init__(self, keep_ms: int = KEEP_MS, full_rate_ms: int | None = FULL_RATE_MS) -> None:
        """`full_rate_ms`: fixes older than this are thinned to one a second (None keeps every fix). Half an hour
        at 25 Hz is 45,000 fixes, ≈45 MB, and a live console never needs old ones at frame precision: tags are
        made on the live picture, the map draws the path, recorded flights keep their own full-rate track."""
        self._lock = threading.Lock()
        self._times: list[int] = []
        self._fixes: list[DroneFix] = []
        self.keep_ms = keep_ms
        self.full_rate_ms = full_rate_ms
        self._thinned_to: int | None = None  # fixes older than this are one a second already
        self.packets = 0
        self.bad_packets = 0
        self.last_error = ""

    def feed(self, stream_index: int, payload: bytes, time_ms: int) -> None:
        """StreamPlayer `on_data`: every UAS LS packet in the payload; bad ones are counted, not fatal."""
        for span in iter_klv(payload):
            if isinstance(span, St0601Error):
                self._bad(str(span))
                continue
            if span.key != UAS_LS_KEY:
                continue
            try:
                packet = decode_packet(span.data)
            except St0601Error as exc:
                self._bad(str(exc))
                continue
            if not packet.checksum_ok:
                self._bad("; ".join(packet.errors) or "bad checksum")
                continue  # a corrupted packet would put the drone somewhere it never was
            fix = DroneFix.from_packet(packet, time_ms)
            if fix is not None:
                self.add(fix)

    def _bad(self, reason: str) -> None:
        with self._lock:
            self.bad_packets += 1
            self.last_error = reason

    def add(self, fix: DroneFix) -> None:
        with self._lock:
            self.packets += 1
            if self._times and fix.time_ms <= self._times[-1]:
                index = bisect.bisect_left(self._times, fix.time_ms)
                if index < len(self._times) and self._times[index] == fix.time_ms:
                    self._fixes[index] = fix  # the same instant again (a late joiner's burst)
                    return
                self._times.insert(index, fix.time_ms)
                self._fixes.insert(index, fix)
            else:
                self._times.append(fix.time_ms)
                self._fixes.append(fix)
            horizon = self._times[-1] - self.keep_ms
            if self._times[0] < horizon:
                cut = bisect.bisect_left(self._times, horizon)
                del self._times[:cut], self._fixes[:cut]
            if self.full_rate_ms is not None:
                self._thin(self._times[-1] - self.full_rate_ms)

    def _thin(self, until_ms: int) -> None:
        """Keep one fix a second among those older than `until_ms` (every THIN_EVERY_MS, so it costs little)."""
        if self._thinned_to is None:
            self._thinned_to = self._times[0]
        if until_ms - self._thinned_to < THIN_EVERY_MS:
            return
        start = bisect.bisect_left(self._times, self._thinned_to)
        end = bisect.bisect_left(self._times, until_ms)
        keep = [i for i in range(start, end) if i == start or self._times[i] // 1000 != self._times[i - 1] // 1000]
        self._times[start:end] = [self._times[i] for i in keep]
        self._fixes[start:end] = [self._fixes[i] for i in keep]
        self._thinned_to = until_ms

    def at(self, time_ms: int, within_ms: int = MATCH_MS) -> DroneFix | None:
        """The newest fix at or before `time_ms` (a frame's time), if it is not older than `within_ms`."""
        with self._lock:
            index = bisect.bisect_right(self._times, time_ms) - 1
            if index < 0:
                return None
            fix = self._fixes[index]
        return fix if time_ms - fix.time_ms <= within_ms else None

    def latest(self) -> DroneFix | None:
        with self._lock:
            return self._fixes[-1] if self._fixes else None

    def path(self, since_ms: int | None = None, step: int = 5) -> list[tuple[float, float]]:
        """(lat, lon) of the flown track since `since_ms` for the map: a fix every `step` KLV frames (at 25 Hz)
        where the track is at full rate, every fix where it is thinned already."""
        with self._lock:
            start = 0 if since_ms is None else bisect.bisect_left(self._times, since_ms)
            fixes = self._fixes[start:]
        gap = step * FRAME_MS
        path: list[tuple[float, float]] = []
        last = None
        for fix in fixes:
            if last is None or fix.time_ms - last >= gap:
                path.append((fix.lat, fix.lon))
                last = fix.time_ms
        return path

    def span(self) -> tuple[int, int] | None:
        with self._lock:
            return (self._times[0], self._times[-1]) if self._times else None

    def __len__(self) -> int:
        return len(self._times)
