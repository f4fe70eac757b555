"""Deterministic street scene per camera: every object's box is a pure function of absolute time."""

from __future__ import annotations

import random
from dataclasses import dataclass

# Normalised vertical layout of every camera view (0 = top of frame).
HORIZON_Y = 0.20
FAR_WALK = (0.42, 0.48)
ROAD = (0.48, 0.86)
NO_STOP_LANE = (0.81, 0.86)
BIKE_PATH = (0.86, 0.88)
NEAR_WALK = (0.88, 0.92)
MEDIAN_Y = 0.675

# Class sizes at scale 1.0, normalised (w, h).
SIZES = {"car": (0.11, 0.085), "bus": (0.24, 0.15), "truck": (0.19, 0.13), "person": (0.018, 0.09),
         "bicycle": (0.05, 0.075)}
_MICRO = 1_000_000
_FRAME_MS = 40


def mix(*values: int) -> int:
    """Cheap deterministic 32-bit hash of integers (stable across runs, unlike hash())."""
    h = 0x811C9DC5
    for v in values:
        h = ((h ^ (v & 0xFFFFFFFF)) * 0x01000193) & 0xFFFFFFFF
        h ^= h >> 15
        h = (h * 0x2C1B3C6D) & 0xFFFFFFFF
        h ^= h >> 12
    return h


@dataclass(frozen=True, slots=True)
class SceneObject:
    """One drawn object; box is normalised and not clipped to the frame."""

    track_id: int
    cls: str
    x: float
    y: float
    w: float
    h: float
    colour: int
    confidence: float


@dataclass(frozen=True, slots=True)
class _Lane:
    index: int
    classes: tuple[tuple[str, int], ...]  # (class, weight)
    feet_y: float
    scale: float
    direction: int  # +1 moves right, -1 moves left
    speed_um_per_ms: int
    spacing_um: int
    slots: int
    empty_percent: int
    offset_um: int


def _lane(index, classes, feet_y, scale, direction, speed, spacing, slots, empty, rng) -> _Lane:
    return _Lane(index, classes, feet_y, scale, direction, int(speed * _MICRO / 1000), int(spacing * _MICRO),
                 slots, empty, rng.randrange(_MICRO * 10))


_VEHICLES = (("car", 80), ("bus", 8), ("truck", 12))


class CameraScene:
    """The moving objects seen by one camera; `objects_at(t_ms)` is exact for any time."""

    def __init__(self, number: int) -> None:
        self.number = number
        rng = random.Random(number * 7919)
        traffic = 0.8 + rng.random() * 0.5
        self.lanes = [
            _lane(0, _VEHICLES, 0.555, 0.62, -1, 0.10 * traffic, 0.30, 6, 45, rng),
            _lane(1, _VEHICLES, 0.640, 0.74, -1, 0.13 * traffic, 0.34, 5, 40, rng),
            _lane(2, _VEHICLES, 0.725, 0.85, 1, 0.12 * traffic, 0.36, 5, 40, rng),
            _lane(3, _VEHICLES, 0.805, 0.95, 1, 0.15 * traffic, 0.40, 5, 45, rng),
            _lane(4, (("person", 1),), 0.470, 0.60, 1, 0.025, 0.12, 12, 55, rng),
            _lane(5, (("person", 1),), 0.465, 0.60, -1, 0.028, 0.15, 10, 55, rng),
            _lane(6, (("bicycle", 1),), 0.875, 1.0, 1, 0.07, 0.45, 4, 50, rng),
            _lane(7, (("person", 1),), 0.905, 1.05, -1, 0.04, 0.16, 9, 50, rng),
        ]
        self.stop_cycle_ms = (180 + rng.randrange(120)) * 1000
        self.stop_offset_ms = rng.randrange(self.stop_cycle_ms)
        self.stop_x = 0.25 + rng.random() * 0.35
        self.cross_cycle_ms = (240 + rng.randrange(180)) * 1000
        self.cross_offset_ms = rng.randrange(self.cross_cycle_ms)
        self.cross_x = 0.15 + rng.random() * 0.6

    def objects_at(self, t_ms: int) -> list[SceneObject]:
        """Visible objects at absolute time t_ms, drawing order (far first)."""
        out: list[SceneObject] = []
        frame_index = t_ms // _FRAME_MS
        for lane in self.lanes:
            self._lane_objects(lane, t_ms, frame_index, out)
        stopper = self._stopper(t_ms, frame_index)
        if stopper is not None:
            out.append(stopper)
        crosser = self._crosser(t_ms, frame_index)
        if crosser is not None:
            out.append(crosser)
        out.sort(key=lambda o: o.y + o.h)
        return out

    def _lane_objects(self, lane: _Lane, t_ms: int, frame_index: int, out: list[SceneObject]) -> None:
        longest = 0.25 * lane.scale
        loop_um = lane.slots * lane.spacing_um
        travelled = t_ms * lane.speed_um_per_ms + lane.offset_um
        for slot in range(lane.slots):
            position = travelled + slot * lane.spacing_um
            lap = position // loop_um
            h = mix(self.number, lane.index, slot, lap)
            if h % 100 < lane.empty_percent:
                continue
            u = (position % loop_um) / _MICRO - longest
            if u > 1.0 + longest:
                continue
            cls = _pick(lane.classes, h >> 8)
            bw, bh = SIZES[cls]
            w, hh = bw * lane.scale, bh * lane.scale
            x = u if lane.direction > 0 else 1.0 - u - w
            if x >= 1.0 or x + w <= 0.0:
                continue
            track = _track_id(lap, lane.index * 16 + slot)
            out.append(SceneObject(track, cls, x, lane.feet_y - hh, w, hh, h >> 20, _confidence(h, frame_index)))

    def _stopper(self, t_ms: int, frame_index: int) -> SceneObject | None:
        """A vehicle that pulls into the no-stop lane, waits 25 s, and drives off."""
        cycle, phase = divmod(t_ms + self.stop_offset_ms, self.stop_cycle_ms)
        h = mix(self.number, 99, cycle)
        cls = "truck" if h % 4 == 0 else "car"
        bw, bh = SIZES[cls]
        w, hh = bw, bh
        arrive, wait, leave = 4000, 25_000, 5000
        if phase < arrive:
            f = phase / arrive
            x = -w + (self.stop_x + w) * (1.0 - (1.0 - f) ** 2)
        elif phase < arrive + wait:
            x = self.stop_x
        elif phase < arrive + wait + leave:
            f = (phase - arrive - wait) / leave
            x = self.stop_x + (1.0 - self.stop_x) * f * f
        else:
            return None
        feet = NO_STOP_LANE[1] - 0.005
        return SceneObject(_track_id(cycle, 126), cls, x, feet - hh, w, hh, h >> 20, _confidence(h, frame_index))

    def _crosser(self, t_ms: int, frame_index: int) -> SceneObject | None:
        """A pedestrian who crosses the roadway away from any crossing."""
        cycle, phase = divmod(t_ms + self.cross_offset_ms, self.cross_cycle_ms)
        duration = 14_000
        if phase >= duration:
            return None
        f = phase / duration
        feet = 0.905 + (0.468 - 0.905) * f
        scale = 1.05 + (0.60 - 1.05) * f
        w, hh = SIZES["person"][0] * scale, SIZES["person"][1] * scale
        x = self.cross_x + 0.04 * f
        h = mix(self.number, 98, cycle)
        return SceneObject(_track_id(cycle, 127), "person", x, feet - hh, w, hh, h >> 20, _confidence(h, frame_index))


def _pick(classes: tuple[tuple[str, int], ...], h: int) -> str:
    total = sum(w for _, w in classes)
    r = h % total
    for cls, weight in classes:
        if r < weight:
            return cls
        r -= weight
    return classes[-1][0]


def _track_id(lap: int, slot_code: int) -> int:
    # Unique per object within a camera for centuries; kept within int32 for consumers.
    return (lap * 128 + slot_code) % 2_147_483_647 or 1


def _confidence(h: int, frame_index: int) -> float:
    base = 0.70 + (h % 25) / 100.0
    wobble = (((frame_index + h) % 9) - 4) / 100.0
    return round(min(0.99, max(0.6, base + wobble)), 2)


def clipped_box(obj: SceneObject) -> tuple[float, float, float, float] | None:
    """The object's box clipped to the frame, rounded for the wire; None when nothing is visible."""
    x0, y0 = max(0.0, obj.x), max(0.0, obj.y)
    x1, y1 = min(1.0, obj.x + obj.w), min(1.0, obj.y + obj.h)
    box = (round(x0, 4), round(y0, 4), round(x1 - x0, 4), round(y1 - y0, 4))
    # judged after rounding: a sliver that rounds to nothing is not drawn, so it is not published either
    return box if box[2] > 0 and box[3] > 0 else None
