"""The project's own raster basemap: renders land, water, parks, blocks, roads and labels of a town into 256-pixel
XYZ PNG tiles with OpenCV (no Qt, no downloads). The embedded backend serves them and `build/basemap.py` packs them
into the MBTiles file shipped in resources/."""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from console.map.mercator import TILE_SIZE, metres_per_pixel, tile_bounds, to_world

LatLon = tuple[float, float]
SHIFT = 4  # OpenCV fixed-point bits: sub-pixel accurate edges
_SCALE = 1 << SHIFT

# BGR
LAND = (46, 40, 36)
BLOCK = (62, 56, 51)
PARK = (52, 78, 50)
WATER = (92, 64, 38)
DISTRICT_EDGE = (120, 110, 100)
ROAD_CASING = (30, 26, 24)
ROAD = (120, 120, 118)
MAJOR_ROAD = (95, 140, 170)
LABEL = (225, 225, 225)
HALO = (28, 24, 22)


@dataclass
class Label:
    text: str
    lat: float
    lon: float
    min_zoom: int = 15
    max_zoom: int = 22
    scale: float = 0.4


@dataclass
class BasemapData:
    districts: list[tuple[str, list[LatLon]]] = field(default_factory=list)
    roads: list[tuple[str, list[LatLon], float]] = field(
        default_factory=list
    )  # name, points, width in metres
    blocks: list[list[LatLon]] = field(default_factory=list)
    parks: list[list[LatLon]] = field(default_factory=list)
    water: list[list[LatLon]] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    name: str = "basemap"
    attribution: str = ""

    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) of everything drawn."""
        points = [p for _, poly in self.districts for p in poly] + [
            p for _, pts, _ in self.roads for p in pts
        ]
        points += [p for poly in self.water + self.parks + self.blocks for p in poly]
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        return min(lons), min(lats), max(lons), max(lats)


def _world_array(points: list[LatLon], z: int) -> np.ndarray:
    """(lat, lon) points to world pixels at zoom z, vectorised (same formula as mercator.to_world)."""
    arr = np.asarray(points, dtype=np.float64)
    lat = np.clip(arr[:, 0], -85.05112878, 85.05112878)
    s = np.sin(np.radians(lat))
    size = TILE_SIZE * 2.0**z
    x = (arr[:, 1] + 180.0) / 360.0 * size
    y = (0.5 - np.log((1 + s) / (1 - s)) / (4 * np.pi)) * size
    return np.stack([x, y], axis=1)


class TileRenderer:
    """Renders tiles of one `BasemapData`; world coordinates are computed once per zoom."""

    def __init__(self, data: BasemapData) -> None:
        self.data = data
        self._world: dict[tuple[int, int], np.ndarray] = {}

    def _pixels(self, points: list[LatLon], z: int, ox: float, oy: float) -> np.ndarray:
        key = (id(points), z)
        world = self._world.get(key)
        if world is None:
            world = self._world[key] = _world_array(points, z)
        return np.round((world - (ox, oy)) * _SCALE).astype(np.int32)

    def render(self, z: int, x: int, y: int) -> np.ndarray:
        """The tile as a 256×256 BGR image."""
        ox, oy = x * TILE_SIZE, y * TILE_SIZE
        north, _, south, _ = tile_bounds(x, y, z)
        mpp = metres_per_pixel((north + south) / 2, z)
        img = np.full((TILE_SIZE, TILE_SIZE, 3), LAND, dtype=np.uint8)
        aa = cv2.LINE_AA

        def fill(polys: list[list[LatLon]], colour: tuple[int, int, int]) -> None:
            if polys:
                cv2.fillPoly(img, [self._pixels(p, z, ox, oy) for p in polys], colour, aa, SHIFT)

        fill(self.data.water, WATER)
        fill(self.data.parks, PARK)
        if z >= 14:
            fill(self.data.blocks, BLOCK)
        for _, polygon in self.data.districts:
            cv2.polylines(img, [self._pixels(polygon, z, ox, oy)], True, DISTRICT_EDGE, 1, aa, SHIFT)
        for casing in (True, False):
            for _, points, width_m in self.data.roads:
                width = max(1, round(width_m / mpp))
                colour = MAJOR_ROAD if width_m >= 24 else ROAD
                if casing:
                    width, colour = width + 2, ROAD_CASING
                cv2.polylines(img, [self._pixels(points, z, ox, oy)], False, colour, width, aa, SHIFT)
        font = cv2.FONT_HERSHEY_SIMPLEX
        for label in self.data.labels:
            if not label.min_zoom <= z <= label.max_zoom:
                continue
            px, py = to_world(label.lat, label.lon, z)
            (tw, th), _ = cv2.getTextSize(label.text, font, label.scale, 1)
            org = (round(px - ox - tw / 2), round(py - oy + th / 2))
            if org[0] > TILE_SIZE or org[0] + tw < 0 or org[1] - th > TILE_SIZE or org[1] < 0:
                continue
            cv2.putText(img, label.text, org, font, label.scale, HALO, 3, aa)
            cv2.putText(img, label.text, org, font, label.scale, LABEL, 1, aa)
        return img

    def png(self, z: int, x: int, y: int) -> bytes:
        ok, encoded = cv2.imencode(".png", self.render(z, x, y), [cv2.IMWRITE_PNG_COMPRESSION, 9])
        if not ok:
            raise RuntimeError(f"PNG encoding failed for tile {z}/{x}/{y}")
        return encoded.tobytes()
