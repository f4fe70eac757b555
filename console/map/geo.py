"""Geodesy on the sphere: great-circle distance, bearings, destination points, a camera's view cone."""

from __future__ import annotations

import math

EARTH_MEAN_RADIUS_M = 6_371_008.8


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_MEAN_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def path_length_m(points: list[tuple[float, float]]) -> float:
    """Length of a polyline of (lat, lon) points."""
    return sum(haversine_m(*points[i], *points[i + 1]) for i in range(len(points) - 1))


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial great-circle bearing, degrees clockwise from north, 0..360."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360.0


def destination(lat: float, lon: float, bearing: float, distance_m: float) -> tuple[float, float]:
    """The point reached going `distance_m` from (lat, lon) on this bearing."""
    d = distance_m / EARTH_MEAN_RADIUS_M
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


def fov_cone(
    lat: float, lon: float, heading_deg: float, fov_deg: float, range_m: float, steps: int = 8
) -> list[tuple[float, float]]:
    """A camera's field of view as a closed polygon: the camera, then the arc from the left to the right edge."""
    if not 0 < fov_deg <= 360:
        raise ValueError(f"field of view must be in (0, 360] degrees, got {fov_deg}")
    if range_m <= 0:
        raise ValueError(f"range must be positive, got {range_m}")
    start = heading_deg - fov_deg / 2
    arc = [destination(lat, lon, start + fov_deg * k / steps, range_m) for k in range(steps + 1)]
    return [(lat, lon), *arc]


def format_distance(metres: float) -> str:
    """A distance for people: 850 m, 1.24 km."""
    return f"{metres:.0f} m" if metres < 1000 else f"{metres / 1000:.2f} km"
