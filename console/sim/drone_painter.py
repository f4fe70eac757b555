"""Paints the drone camera's top-down view of the district: roads, buildings and traffic, as I420.

The view is the footprint of `DroneFlight.state_at(t)`: image up is the heading, the centre is the frame
centre, and the corners are the KLV's corner points, so the telemetry matches the picture to the pixel.
"""

from __future__ import annotations

import math
import random
from datetime import datetime
from zoneinfo import ZoneInfo

import cv2
import numpy as np

from console.sim.district import CENTRE, KosshyDistrict
from console.sim.drone import METRES_PER_DEG_LAT, DroneFlight, DroneState
from console.sim.frame_painter import STAMP_BITS, stamp_geometry
from console.sim.scene import mix

LOCAL_TZ = ZoneInfo("Asia/Almaty")
ROAD_WIDTH_M = 18.0
CAR_SPEED_MPS = 9.0
CAR_SPACING_M = 45.0
_K = math.cos(math.radians(CENTRE[0]))
_GROUND = (88, 128, 104)
_ROAD = (72, 72, 76)
_ROOFS = [(150, 160, 175), (120, 130, 150), (170, 175, 180), (110, 120, 135), (95, 105, 130), (185, 180, 170),
          (60, 70, 150), (140, 150, 165)]
_CARS = [(235, 235, 235), (40, 40, 40), (180, 180, 180), (40, 40, 170), (150, 80, 30), (30, 140, 200)]


def to_metres(lat: float, lon: float) -> tuple[float, float]:
    """(east, north) metres from the district centre."""
    return (lon - CENTRE[1]) * METRES_PER_DEG_LAT * _K, (lat - CENTRE[0]) * METRES_PER_DEG_LAT


class DronePainter:
    """Paints the drone's view at `width`×`height`; static geometry is built once, in metres."""

    def __init__(self, flight: DroneFlight, number: int, label: str, width: int, height: int,
                 district: KosshyDistrict | None = None) -> None:
        self.flight, self.number, self.width, self.height = flight, number, width, height
        self.label = f"cam-{number:02d} {label}"
        district = district or KosshyDistrict()
        graph = district.graph
        self.edges = []  # (a, b) in metres
        for edge in graph.edges:
            a, b = graph.nodes[edge.a], graph.nodes[edge.b]
            self.edges.append((np.array(to_metres(a.lat, a.lon)), np.array(to_metres(b.lat, b.lon))))
        self.buildings, self.roof_colours = self._buildings(graph)
        self.font_scale = height / 1200
        self.text_thickness = 1 if height < 600 else 2

    def _buildings(self, graph) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
        rng = random.Random(4242)
        lats = sorted({round(n.lat, 3) for n in graph.nodes.values()})
        lons = sorted({round(n.lon, 3) for n in graph.nodes.values()})
        polys, colours = [], []
        for j in range(len(lats) - 1):
            for i in range(len(lons) - 1):
                x0, y0 = to_metres(lats[j], lons[i])
                x1, y1 = to_metres(lats[j + 1], lons[i + 1])
                margin = ROAD_WIDTH_M + 14
                y = y0 + margin
                while y < y1 - margin - 20:
                    depth = rng.uniform(18, 45)
                    x = x0 + margin
                    while x < x1 - margin - 20:
                        w = rng.uniform(16, 60)
                        if rng.random() < 0.8:
                            polys.append([(x, y), (x + w, y), (x + w, y + depth), (x, y + depth)])
                            colours.append(_ROOFS[rng.randrange(len(_ROOFS))])
                        x += w + rng.uniform(10, 26)
                    y += depth + rng.uniform(14, 30)
        return np.array(polys, dtype=np.float64), colours

    def _to_pixels(self, state: DroneState, points: np.ndarray) -> np.ndarray:
        """Ground metres (…, 2) → image pixels (…, 2), per the footprint of `state`."""
        cx, cy = to_metres(*state.frame_center)
        h = math.radians(state.heading_deg)
        east, north = points[..., 0] - cx, points[..., 1] - cy
        right = east * math.cos(h) - north * math.sin(h)
        forward = east * math.sin(h) + north * math.cos(h)
        scale = self.width / (2 * state.half_width_m)
        return np.stack([self.width / 2 + right * scale, self.height / 2 - forward * scale], axis=-1)

    def paint(self, t_ms: int, objects: object = None) -> np.ndarray:
        """A new I420 array (height * 3 / 2, width) of the view at t_ms."""
        state = self.flight.state_at(t_ms)
        img = np.empty((self.height, self.width, 3), np.uint8)
        img[:] = _GROUND
        scale = self.width / (2 * state.half_width_m)
        reach = math.hypot(state.half_width_m, state.half_height_m) + 80
        cx, cy = to_metres(*state.frame_center)
        near = np.abs(self.buildings[:, 0, 0] - cx) < reach + 100
        near &= np.abs(self.buildings[:, 0, 1] - cy) < reach + 100
        indices = np.nonzero(near)[0]
        for index, poly in zip(indices, self._to_pixels(state, self.buildings[indices]).astype(np.int32), strict=True):
            cv2.fillPoly(img, [poly], self.roof_colours[index], cv2.LINE_AA)
            cv2.polylines(img, [poly], True, (60, 60, 60), 1, cv2.LINE_AA)
        road_px = max(2, int(ROAD_WIDTH_M * scale))
        centre = np.array([cx, cy])
        for a, b in self.edges:
            if _segment_distance(centre, a, b) > reach:
                continue
            pa, pb = self._to_pixels(state, np.array([a, b]))
            cv2.line(img, _pt(pa), _pt(pb), _ROAD, road_px, cv2.LINE_AA)
        for a, b in self.edges:
            if _segment_distance(centre, a, b) > reach:
                continue
            self._markings(img, state, a, b, scale)
            self._cars(img, state, a, b, t_ms)
        self._clock(img, t_ms)
        self._stamp(img, t_ms)
        return cv2.cvtColor(img, cv2.COLOR_BGR2YUV_I420)

    def _markings(self, img: np.ndarray, state: DroneState, a: np.ndarray, b: np.ndarray, scale: float) -> None:
        length = float(np.linalg.norm(b - a))
        direction = (b - a) / length
        normal = np.array([-direction[1], direction[0]])
        pa, pb = self._to_pixels(state, np.array([a + normal * 0.3, b + normal * 0.3]))
        cv2.line(img, _pt(pa), _pt(pb), (0, 200, 230), max(1, int(0.3 * scale)), cv2.LINE_AA)
        starts = np.arange(0.0, length, 12.0)[:, None]
        ends = np.minimum(length, starts + 5.0)
        thickness = max(1, int(0.2 * scale))
        for side in (-1, 1):
            offset = normal * side * ROAD_WIDTH_M / 4
            dashes = np.stack([a + direction * starts + offset, a + direction * ends + offset], axis=1)
            pixels = self._to_pixels(state, dashes)
            visible = (pixels[:, 0, 0] > -50) & (pixels[:, 0, 0] < self.width + 50)
            visible &= (pixels[:, 0, 1] > -50) & (pixels[:, 0, 1] < self.height + 50)
            for q0, q1 in pixels[visible]:
                cv2.line(img, _pt(q0), _pt(q1), (225, 225, 225), thickness, cv2.LINE_AA)

    def _cars(self, img: np.ndarray, state: DroneState, a: np.ndarray, b: np.ndarray, t_ms: int) -> None:
        length = float(np.linalg.norm(b - a))
        direction = (b - a) / length
        normal = np.array([-direction[1], direction[0]])
        edge_id = int(abs(a[0] * 7 + a[1] * 13 + b[0] * 3 + b[1])) & 0xFFFF
        slots = int(length // CAR_SPACING_M)
        loop = slots * CAR_SPACING_M
        middles, colours = [], []
        for lane, (side, sign) in enumerate(((-0.375, 1), (-0.125, 1), (0.125, -1), (0.375, -1))):
            travelled = t_ms / 1000.0 * CAR_SPEED_MPS * (0.85 + 0.1 * lane)
            for slot in range(slots):
                position = travelled + slot * CAR_SPACING_M
                h = mix(edge_id, lane, slot, int(position // loop))
                if h % 100 < 45:
                    continue
                s = position % loop if sign > 0 else length - position % loop
                middles.append(a + direction * s + normal * side * ROAD_WIDTH_M)
                colours.append(_CARS[(h >> 8) % len(_CARS)])
        if not middles:
            return
        half_l, half_w = direction * 2.3, normal * 0.95
        centres = np.array(middles)[:, None, :]
        boxes = centres + np.array([-half_l - half_w, half_l - half_w, half_l + half_w, -half_l + half_w])[None]
        polys = self._to_pixels(state, boxes)
        for poly, colour in zip(polys, colours, strict=True):
            if poly[:, 0].max() < 0 or poly[:, 0].min() > self.width or poly[:, 1].max() < 0 or poly[:, 1].min() > self.height:
                continue
            cv2.fillPoly(img, [poly.astype(np.int32)], colour, cv2.LINE_AA)

    def _clock(self, img: np.ndarray, t_ms: int) -> None:
        local = datetime.fromtimestamp(t_ms / 1000, LOCAL_TZ)
        text = f"{local:%Y-%m-%d %H:%M:%S}.{t_ms % 1000:03d} +05  {self.label}"
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, self.font_scale, self.text_thickness)
        pad = max(3, self.height // 120)
        cv2.rectangle(img, (pad, pad), (pad * 3 + tw, pad * 3 + th + base), (24, 24, 24), -1)
        cv2.putText(img, text, (pad * 2, pad * 2 + th), cv2.FONT_HERSHEY_SIMPLEX, self.font_scale, (255, 255, 255),
                    self.text_thickness, cv2.LINE_AA)

    def _stamp(self, img: np.ndarray, t_ms: int) -> None:
        """The machine-readable stamp of the street cameras (frame_painter.read_stamp reads it)."""
        cell, x0, y0 = stamp_geometry(self.width, self.height)
        img[y0 - cell :, x0 - cell :] = 0
        value = (self.number & 0xFF) << 16 | ((t_ms // 40) % 65536)
        for i in range(STAMP_BITS):
            if value >> (STAMP_BITS - 1 - i) & 1:
                x = x0 + i * cell
                img[y0 : y0 + cell, x : x + cell] = 255


def _pt(p: np.ndarray) -> tuple[int, int]:
    return int(round(float(p[0]))), int(round(float(p[1])))


def _segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    ab = b - a
    f = float(np.clip(np.dot(p - a, ab) / np.dot(ab, ab), 0.0, 1.0))
    return float(np.linalg.norm(p - (a + ab * f)))
