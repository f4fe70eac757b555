"""Web Mercator (EPSG:3857) as slippy maps use it: world pixels at zoom z, 256-pixel XYZ tiles, y down."""

from __future__ import annotations

import math
from collections.abc import Iterator

TILE_SIZE = 256
MAX_LAT = 85.05112878  # where the square world ends
EARTH_RADIUS_M = 6_378_137.0


def world_size(zoom: float) -> float:
    """Width (and height) of the world in pixels at this zoom."""
    return TILE_SIZE * 2.0**zoom


def to_unit(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) to the unit square: x 0..1 west to east, y 0..1 north to south."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0
    s = math.sin(math.radians(lat))
    y = 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)
    return x, y


def from_unit(x: float, y: float) -> tuple[float, float]:
    """Unit-square coordinates back to (lat, lon)."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lat, lon


def to_world(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """(lat, lon) to world pixels at this zoom."""
    x, y = to_unit(lat, lon)
    size = world_size(zoom)
    return x * size, y * size


def from_world(px: float, py: float, zoom: float) -> tuple[float, float]:
    size = world_size(zoom)
    return from_unit(px / size, py / size)


def tile_of(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    """The XYZ tile holding this point."""
    px, py = to_world(lat, lon, zoom)
    last = (1 << zoom) - 1
    return min(last, max(0, int(px // TILE_SIZE))), min(last, max(0, int(py // TILE_SIZE)))


def tile_bounds(x: int, y: int, zoom: int) -> tuple[float, float, float, float]:
    """(north, west, south, east) of an XYZ tile in degrees."""
    north, west = from_world(x * TILE_SIZE, y * TILE_SIZE, zoom)
    south, east = from_world((x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE, zoom)
    return north, west, south, east


def tms_y(y: int, zoom: int) -> int:
    """XYZ row to TMS row (MBTiles count rows from the south); the flip is its own inverse."""
    return (1 << zoom) - 1 - y


def metres_per_pixel(lat: float, zoom: float) -> float:
    return 2 * math.pi * EARTH_RADIUS_M * math.cos(math.radians(lat)) / world_size(zoom)


def tiles_in_view(x0: float, y0: float, x1: float, y1: float, zoom: int) -> Iterator[tuple[int, int]]:
    """Tiles (x, y) covering the world-pixel rectangle at this integer zoom, centre rows first; x wraps."""
    n = 1 << zoom
    tx0, tx1 = math.floor(x0 / TILE_SIZE), math.floor((x1 - 1e-9) / TILE_SIZE)
    ty0, ty1 = max(0, math.floor(y0 / TILE_SIZE)), min(n - 1, math.floor((y1 - 1e-9) / TILE_SIZE))
    cy = (ty0 + ty1) / 2
    for ty in sorted(range(ty0, ty1 + 1), key=lambda t: abs(t - cy)):
        for tx in range(tx0, tx1 + 1):
            yield tx, ty
