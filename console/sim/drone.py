"""The simulated drone: a loop over the road graph, a nadir camera, and its MISB ST 0601 telemetry.

Everything is a pure function of absolute time, so the video worker (which paints and muxes the KLV) and the
API process (which publishes drone.telemetry) agree without talking. The camera looks straight down with the
top of the image towards the heading; the ground footprint is the rectangle the painter draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from console.klv.st0601 import encode_packet
from console.sim.district import KosshyDistrict, bearing_deg, distance_m

DRONE_ID = "drone-01"
DRONE_CAMERA_ID = "cam-17"
DRONE_NUMBER = 17
DRONE_NAME = "Drone / Patrol loop"
GROUND_ELEVATION_M = 347.0  # Astana's plain, metres above the ellipsoid (close enough for a town)
ALTITUDE_AGL_M = 150.0
SPEED_MPS = 14.0
HFOV_DEG = 60.0
ASPECT = 16 / 9
VFOV_DEG = math.degrees(2 * math.atan(math.tan(math.radians(HFOV_DEG / 2)) / ASPECT))
TURN_S = 10.0  # heading blends into the next leg over this many seconds around each corner
METRES_PER_DEG_LAT = 111_320.0
# the loop: intersections n-<row><column> of the town grid, around the centre district
ROUTE = ["n-11", "n-12", "n-13", "n-23", "n-33", "n-32", "n-31", "n-21", "n-11"]


@dataclass(frozen=True, slots=True)
class DroneState:
    """Where the drone is and what its camera sees at one instant (degrees, metres, m/s)."""

    t_ms: int
    lat: float
    lon: float
    altitude_m: float  # above the ellipsoid
    heading_deg: float
    pitch_deg: float
    roll_deg: float
    speed_mps: float
    frame_center: tuple[float, float]
    corners: tuple[tuple[float, float], ...]  # upper-left, upper-right, lower-right, lower-left of the image
    half_width_m: float
    half_height_m: float

    def ground_point(self, u: float, v: float) -> tuple[float, float]:
        """(lat, lon) of the normalised image point (u right, v down, 0..1)."""
        return _offset(self.frame_center, self.heading_deg, (0.5 - v) * 2 * self.half_height_m,
                       (u - 0.5) * 2 * self.half_width_m)


def _offset(origin: tuple[float, float], heading_deg: float, forward_m: float, right_m: float) -> tuple[float, float]:
    h = math.radians(heading_deg)
    north = forward_m * math.cos(h) - right_m * math.sin(h)
    east = forward_m * math.sin(h) + right_m * math.cos(h)
    lat0, lon0 = origin
    return (lat0 + north / METRES_PER_DEG_LAT,
            lon0 + east / (METRES_PER_DEG_LAT * math.cos(math.radians(lat0))))


def _angle_diff(a: float, b: float) -> float:
    return (b - a + 180.0) % 360.0 - 180.0


class DroneFlight:
    """The drone's loop; `state_at(t_ms)` is exact for any time."""

    def __init__(self, district: KosshyDistrict | None = None) -> None:
        graph = (district or KosshyDistrict()).graph
        self.points = [(graph.nodes[n].lat, graph.nodes[n].lon) for n in ROUTE]
        self.legs: list[tuple[float, float]] = []  # (start distance, length)
        total = 0.0
        for (lat1, lon1), (lat2, lon2) in zip(self.points, self.points[1:], strict=False):
            length = distance_m(lat1, lon1, lat2, lon2)
            self.legs.append((total, length))
            total += length
        self.length_m = total
        self.bearings = [bearing_deg(*a, *b) for a, b in zip(self.points, self.points[1:], strict=False)]
        self.half_width_m = ALTITUDE_AGL_M * math.tan(math.radians(HFOV_DEG / 2))
        self.half_height_m = ALTITUDE_AGL_M * math.tan(math.radians(VFOV_DEG / 2))

    def _heading(self, leg: int, along: float, length: float) -> float:
        """The leg's bearing, blended into the neighbouring legs' near the corners (a coordinated turn)."""
        blend_m = SPEED_MPS * TURN_S / 2
        heading = self.bearings[leg]
        if along > length - blend_m:
            nxt = self.bearings[(leg + 1) % len(self.bearings)]
            f = (along - (length - blend_m)) / (2 * blend_m)
            heading += _angle_diff(heading, nxt) * f
        elif along < blend_m:
            prev = self.bearings[leg - 1]
            f = (blend_m - along) / (2 * blend_m)
            heading += _angle_diff(heading, prev) * f
        return heading % 360.0

    def state_at(self, t_ms: int) -> DroneState:
        s = (t_ms / 1000.0 * SPEED_MPS) % self.length_m
        leg = next(i for i, (start, length) in enumerate(self.legs) if s < start + length or i == len(self.legs) - 1)
        start, length = self.legs[leg]
        along = s - start
        f = along / length
        (lat1, lon1), (lat2, lon2) = self.points[leg], self.points[leg + 1]
        lat, lon = lat1 + (lat2 - lat1) * f, lon1 + (lon2 - lon1) * f
        heading = self._heading(leg, along, length)
        ahead = self._heading(leg, min(length, along + 1.0), length)
        turn_rate = _angle_diff(heading, ahead) * SPEED_MPS  # degrees per second
        roll = math.degrees(math.atan(math.radians(turn_rate) * SPEED_MPS / 9.81))
        centre = (lat, lon)  # a nadir camera: the frame centre is straight below
        state = DroneState(t_ms, lat, lon, GROUND_ELEVATION_M + ALTITUDE_AGL_M, heading, 0.0, roll, SPEED_MPS, centre,
                           (), self.half_width_m, self.half_height_m)
        corners = tuple(state.ground_point(u, v) for u, v in ((0, 0), (1, 0), (1, 1), (0, 1)))
        return DroneState(t_ms, lat, lon, state.altitude_m, heading, 0.0, roll, SPEED_MPS, centre, corners,
                          self.half_width_m, self.half_height_m)

    def klv_at(self, t_ms: int) -> bytes:
        """The ST 0601 packet for the frame captured at t_ms."""
        state = self.state_at(t_ms)
        values: dict[str, Any] = {
            "precision_time_stamp": t_ms * 1000,
            "mission_id": "KOSSHY-PATROL",
            "platform_tail_number": DRONE_ID,
            "platform_heading_angle": state.heading_deg,
            "platform_pitch_angle": state.pitch_deg,
            "platform_roll_angle": max(-50.0, min(50.0, state.roll_deg)),
            "platform_true_airspeed": round(state.speed_mps),
            "platform_ground_speed": round(state.speed_mps),
            "platform_designation": "Qala Q-4 quadcopter",
            "image_source_sensor": "EO",
            "image_coordinate_system": "WGS-84",
            "sensor_latitude": state.lat,
            "sensor_longitude": state.lon,
            "sensor_true_altitude": state.altitude_m,
            "sensor_horizontal_field_of_view": HFOV_DEG,
            "sensor_vertical_field_of_view": VFOV_DEG,
            "sensor_relative_azimuth_angle": 0.0,
            "sensor_relative_elevation_angle": -90.0,
            "sensor_relative_roll_angle": 0.0,
            "slant_range": ALTITUDE_AGL_M,
            "target_width": 2 * state.half_width_m,
            "frame_center_latitude": state.frame_center[0],
            "frame_center_longitude": state.frame_center[1],
            "frame_center_elevation": GROUND_ELEVATION_M,
            "uas_datalink_ls_version_number": 19,
        }
        for k, (lat, lon) in enumerate(state.corners, start=1):
            values[f"offset_corner_latitude_point_{k}"] = lat - state.frame_center[0]
            values[f"offset_corner_longitude_point_{k}"] = lon - state.frame_center[1]
            values[f"corner_latitude_point_{k}_full"] = lat
            values[f"corner_longitude_point_{k}_full"] = lon
        return encode_packet(values)

    def telemetry_json(self, t_ms: int) -> dict[str, Any]:
        """The drone.telemetry event's data."""
        state = self.state_at(t_ms)
        return {"drone_id": DRONE_ID, "camera_id": DRONE_CAMERA_ID, "time_ms": t_ms, "lat": round(state.lat, 7),
                "lon": round(state.lon, 7), "altitude_m": round(state.altitude_m, 1),
                "heading_deg": round(state.heading_deg, 2), "pitch_deg": round(state.pitch_deg, 2),
                "roll_deg": round(state.roll_deg, 2), "speed_mps": round(state.speed_mps, 2),
                "frame_center": [round(state.frame_center[0], 7), round(state.frame_center[1], 7)],
                "footprint": [[round(lat, 7), round(lon, 7)] for lat, lon in state.corners]}
