"""Grid clustering of map markers: at a zoom, markers that fall into one grid cell of `cell_px` screen pixels
become one cluster drawn at their mean position (what Leaflet.markercluster's grid mode does, without animation)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


@dataclass
class Cluster:
    x: float  # world pixels at the zoom it was made for
    y: float
    members: list[Hashable] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.members)


def cluster_grid(points: Iterable[tuple[Hashable, float, float]], cell_px: float) -> list[Cluster]:
    """Group (key, x, y) points, in world pixels, by grid cell; order is stable (first member's order)."""
    if cell_px <= 0:
        raise ValueError(f"cell size must be positive, got {cell_px}")
    cells: dict[tuple[int, int], tuple[list[Hashable], list[float]]] = {}
    for key, x, y in points:
        cell = (int(x // cell_px), int(y // cell_px))
        entry = cells.get(cell)
        if entry is None:
            cells[cell] = ([key], [x, y])
        else:
            entry[0].append(key)
            entry[1][0] += x
            entry[1][1] += y
    return [Cluster(sx / len(keys), sy / len(keys), keys) for keys, (sx, sy) in cells.values()]
