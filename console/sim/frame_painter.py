"""Renders a camera's scene at a given time straight into YUV 4:2:0 planes (no colour conversion per frame)."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import cv2
import numpy as np

from console.sim import scene as layout
from console.sim.scene import SceneObject

LOCAL_TZ = ZoneInfo("Asia/Almaty")
STAMP_BITS = 24
_BLACK, _WHITE = 16, 235

# Body colours (BGR) for vehicles and clothes; converted to YUV once.
_VEHICLE_BGR = [(235, 235, 235), (40, 40, 40), (180, 180, 180), (40, 40, 170), (150, 80, 30), (30, 140, 200),
                (60, 120, 60), (200, 200, 120), (20, 20, 90), (110, 110, 110)]
_CLOTHES_BGR = [(40, 40, 160), (150, 60, 20), (40, 40, 40), (60, 150, 60), (30, 150, 220), (200, 200, 200),
                (120, 60, 120), (90, 90, 60)]
_SKY_BGR = [(230, 200, 150), (210, 190, 170), (240, 215, 180), (200, 180, 160), (225, 205, 190), (180, 170, 160)]
_BUILDING_BGR = [(150, 160, 175), (120, 130, 150), (170, 175, 180), (110, 120, 135), (140, 150, 165),
                 (95, 105, 130), (185, 180, 170), (125, 140, 160)]


def bgr_to_yuv(bgr: tuple[int, int, int]) -> tuple[int, int, int]:
    """BT.601 limited-range YUV of a BGR colour."""
    b, g, r = bgr
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    u = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    v = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return round(y), round(u), round(v)


_VEHICLE_YUV = [bgr_to_yuv(c) for c in _VEHICLE_BGR]
_CLOTHES_YUV = [bgr_to_yuv(c) for c in _CLOTHES_BGR]
_GLASS = bgr_to_yuv((90, 60, 40))
_TYRE = bgr_to_yuv((20, 20, 20))
_SKIN = bgr_to_yuv((120, 160, 210))
_CARGO = bgr_to_yuv((200, 205, 210))


def stamp_geometry(width: int, height: int) -> tuple[int, int, int]:
    """(cell, x of the first bit cell, y of the bit row) of the machine-readable stamp."""
    cell = height // 45
    return cell, width - cell - STAMP_BITS * cell, height - 2 * cell


def read_stamp(luma: np.ndarray) -> tuple[int, int]:
    """Decode (camera number, (frame_time_ms // 40) % 65536) from a frame's luma plane."""
    height, width = luma.shape[:2]
    cell, x0, y0 = stamp_geometry(width, height)
    cy = y0 + cell // 2
    value = 0
    for i in range(STAMP_BITS):
        value = (value << 1) | int(luma[cy, x0 + i * cell + cell // 2] > 128)
    return value >> 16, value & 0xFFFF


class FramePainter:
    """Paints one camera at one size; the static background is built once."""

    def __init__(self, number: int, name: str, width: int, height: int) -> None:
        self.number, self.width, self.height = number, width, height
        self.label = f"cam-{number:02d} {name}"
        self.background = _build_background(number, width, height)
        self.font_scale = height / 1200
        self.text_thickness = 1 if height < 600 else 2
        sample = "0000-00-00 00:00:00.000 +05  " + self.label
        (tw, th), base = cv2.getTextSize(sample, cv2.FONT_HERSHEY_SIMPLEX, self.font_scale, self.text_thickness)
        pad = max(3, height // 120)
        self.clock_box = (pad, pad, min(width - pad, pad * 3 + tw), pad * 3 + th + base)
        self.text_origin = (pad * 2, pad * 2 + th)

    def paint(self, t_ms: int, objects: list[SceneObject]) -> np.ndarray:
        """A new I420 array (height * 3 / 2, width) showing the scene at t_ms."""
        frame = self.background.copy()
        h, w = self.height, self.width
        y_plane = frame[:h]
        u_plane = frame[h : h + h // 4].reshape(h // 2, w // 2)
        v_plane = frame[h + h // 4 :].reshape(h // 2, w // 2)
        planes = (y_plane, u_plane, v_plane)
        for obj in objects:
            _draw_object(planes, obj, w, h)
        self._draw_clock(planes, t_ms)
        self._draw_stamp(planes, t_ms)
        return frame

    def _draw_clock(self, planes, t_ms: int) -> None:
        x0, y0, x1, y1 = self.clock_box
        _fill(planes, x0, y0, x1, y1, (24, 128, 128))
        local = datetime.fromtimestamp(t_ms / 1000, LOCAL_TZ)
        text = f"{local:%Y-%m-%d %H:%M:%S}.{t_ms % 1000:03d} +05  {self.label}"
        cv2.putText(planes[0], text, self.text_origin, cv2.FONT_HERSHEY_SIMPLEX, self.font_scale, _WHITE,
                    self.text_thickness, cv2.LINE_AA)

    def _draw_stamp(self, planes, t_ms: int) -> None:
        cell, x0, y0 = stamp_geometry(self.width, self.height)
        _fill(planes, x0 - cell, y0 - cell, self.width, self.height, (_BLACK, 128, 128))
        value = (self.number & 0xFF) << 16 | ((t_ms // 40) % 65536)
        y_plane = planes[0]
        for i in range(STAMP_BITS):
            if value >> (STAMP_BITS - 1 - i) & 1:
                x = x0 + i * cell
                y_plane[y0 : y0 + cell, x : x + cell] = _WHITE


def _fill(planes, x0: int, y0: int, x1: int, y1: int, yuv: tuple[int, int, int]) -> None:
    y_plane, u_plane, v_plane = planes
    y_plane[y0:y1, x0:x1] = yuv[0]
    cx0, cy0, cx1, cy1 = x0 >> 1, y0 >> 1, (x1 + 1) >> 1, (y1 + 1) >> 1
    u_plane[cy0:cy1, cx0:cx1] = yuv[1]
    v_plane[cy0:cy1, cx0:cx1] = yuv[2]


def pixel_box(obj: SceneObject, width: int, height: int) -> tuple[int, int, int, int]:
    """The object's box in pixels (x0, y0, x1, y1), clipped to the frame."""
    x0 = max(0, round(obj.x * width))
    y0 = max(0, round(obj.y * height))
    x1 = min(width, round((obj.x + obj.w) * width))
    y1 = min(height, round((obj.y + obj.h) * height))
    return x0, y0, x1, y1


def _draw_object(planes, obj: SceneObject, width: int, height: int) -> None:
    # Sub-parts are laid out on the unclipped box so they stay put as the object slides off screen.
    bx0, by0 = round(obj.x * width), round(obj.y * height)
    bx1, by1 = round((obj.x + obj.w) * width), round((obj.y + obj.h) * height)
    bw, bh = max(1, bx1 - bx0), max(1, by1 - by0)

    def part(fx0: float, fy0: float, fx1: float, fy1: float, yuv: tuple[int, int, int]) -> None:
        x0 = max(0, bx0 + int(fx0 * bw))
        x1 = min(width, bx0 + max(int(fx1 * bw), int(fx0 * bw) + 1))
        y0 = max(0, by0 + int(fy0 * bh))
        y1 = min(height, by0 + max(int(fy1 * bh), int(fy0 * bh) + 1))
        if x1 > x0 and y1 > y0:
            _fill(planes, x0, y0, x1, y1, yuv)

    cls = obj.cls
    if cls == "car":
        body = _VEHICLE_YUV[obj.colour % len(_VEHICLE_YUV)]
        part(0.18, 0.0, 0.82, 0.45, body)
        part(0.0, 0.38, 1.0, 0.85, body)
        part(0.24, 0.06, 0.48, 0.40, _GLASS)
        part(0.52, 0.06, 0.76, 0.40, _GLASS)
        part(0.10, 0.78, 0.28, 1.0, _TYRE)
        part(0.72, 0.78, 0.90, 1.0, _TYRE)
    elif cls == "bus":
        body = _VEHICLE_YUV[(obj.colour % 3) + 3]
        part(0.0, 0.0, 1.0, 0.88, body)
        for k in range(6):
            part(0.04 + k * 0.16, 0.10, 0.16 + k * 0.16, 0.42, _GLASS)
        part(0.10, 0.82, 0.22, 1.0, _TYRE)
        part(0.76, 0.82, 0.88, 1.0, _TYRE)
    elif cls == "truck":
        body = _VEHICLE_YUV[obj.colour % len(_VEHICLE_YUV)]
        part(0.0, 0.0, 0.72, 0.85, _CARGO)
        part(0.74, 0.25, 1.0, 0.85, body)
        part(0.80, 0.32, 0.96, 0.55, _GLASS)
        part(0.08, 0.80, 0.20, 1.0, _TYRE)
        part(0.30, 0.80, 0.42, 1.0, _TYRE)
        part(0.80, 0.80, 0.92, 1.0, _TYRE)
    elif cls == "person":
        clothes = _CLOTHES_YUV[obj.colour % len(_CLOTHES_YUV)]
        part(0.25, 0.0, 0.75, 0.16, _SKIN)
        part(0.0, 0.16, 1.0, 0.60, clothes)
        part(0.10, 0.60, 0.90, 1.0, _TYRE)
    elif cls == "bicycle":
        clothes = _CLOTHES_YUV[obj.colour % len(_CLOTHES_YUV)]
        part(0.0, 0.60, 0.34, 1.0, _TYRE)
        part(0.66, 0.60, 1.0, 1.0, _TYRE)
        part(0.30, 0.70, 0.70, 0.78, clothes)
        part(0.40, 0.0, 0.58, 0.14, _SKIN)
        part(0.36, 0.14, 0.62, 0.70, clothes)


def _build_background(number: int, width: int, height: int) -> np.ndarray:
    """Sky, buildings, sidewalks and the marked road for one camera, as I420."""
    rng = random.Random(number * 104729)
    img = np.zeros((height, width, 3), np.uint8)

    def ys(f: float) -> int:
        return round(f * height)

    sky = np.array(_SKY_BGR[number % len(_SKY_BGR)], np.float32)
    ramp = np.linspace(0.85, 1.05, ys(layout.FAR_WALK[0]), dtype=np.float32)[:, None]
    img[: ys(layout.FAR_WALK[0])] = np.clip(ramp * sky, 0, 255).astype(np.uint8)[:, None, :]
    x = -rng.randrange(width // 10)
    while x < width:
        bw = rng.randrange(width // 10, width // 4)
        top = ys(0.05 + rng.random() * 0.25)
        colour = _BUILDING_BGR[rng.randrange(len(_BUILDING_BGR))]
        cv2.rectangle(img, (x, top), (x + bw, ys(layout.FAR_WALK[0])), colour, -1)
        win = max(3, height // 60)
        lit = tuple(min(255, c + 60) for c in colour)
        dark = tuple(max(0, c - 50) for c in colour)
        for wy in range(top + win, ys(layout.FAR_WALK[0]) - win, win * 3):
            for wx in range(x + win, x + bw - win, win * 3):
                cv2.rectangle(img, (wx, wy), (wx + win, wy + win * 2 - 1), lit if rng.random() < 0.3 else dark, -1)
        x += bw + rng.randrange(0, width // 40)
    img[ys(layout.FAR_WALK[0]) : ys(layout.FAR_WALK[1])] = (150, 155, 160)
    asphalt = 60 + number % 4 * 8
    img[ys(layout.ROAD[0]) : ys(layout.ROAD[1])] = (asphalt, asphalt, asphalt + 4)
    dash = max(8, width // 30)
    line = max(1, height // 240)
    for lane_line in (0.595, 0.765):
        for dx in range(0, width, dash * 2):
            cv2.rectangle(img, (dx, ys(lane_line)), (dx + dash, ys(lane_line) + line), (230, 230, 230), -1)
    for offset in (-line * 2, line * 2):
        y = ys(layout.MEDIAN_Y) + offset
        cv2.rectangle(img, (0, y), (width, y + line), (0, 200, 230), -1)
    top = ys(layout.NO_STOP_LANE[0])
    cv2.rectangle(img, (0, top), (width, top + line), (0, 200, 230), -1)
    zig = ys(layout.NO_STOP_LANE[1]) - top
    points = np.array([(k * zig, top + (zig - line if k % 2 else line)) for k in range(width // zig + 2)], np.int32)
    cv2.polylines(img, [points], False, (0, 200, 230), line)
    img[ys(layout.BIKE_PATH[0]) : ys(layout.BIKE_PATH[1])] = (70, 80, 150)
    img[ys(layout.NEAR_WALK[0]) : ys(layout.NEAR_WALK[1])] = (170, 175, 180)
    img[ys(layout.NEAR_WALK[1]) :] = (60, 120 + number % 5 * 6, 70)
    return cv2.cvtColor(img, cv2.COLOR_BGR2YUV_I420)
