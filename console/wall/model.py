"""A wall layout: a preset, which camera each cell shows, and camera tours; with strict JSON (de)serialisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from console.wall.layouts import LayoutPreset, grid_preset, preset

FORMAT_VERSION = 1
NAME_PATTERN = re.compile(r"^[\w .,()+\-]{1,64}$")
MIN_TOUR_INTERVAL_S = 2.0


class LayoutError(ValueError):
    """A layout (from a file, the backend or the operator) is not valid; the message names what is wrong."""


@dataclass(frozen=True, slots=True)
class Tour:
    """Cycles cameras every `interval_s`: through one cell (`cell` set) or through the whole wall, page by page."""

    cameras: tuple[str, ...]
    interval_s: float
    cell: int | None = None

    def __post_init__(self) -> None:
        if not self.cameras:
            raise LayoutError("a tour needs at least one camera")
        if not self.interval_s >= MIN_TOUR_INTERVAL_S:
            raise LayoutError(f"a tour interval must be at least {MIN_TOUR_INTERVAL_S:g} s, got {self.interval_s}")

    def step_at(self, elapsed_s: float) -> int:
        return int(max(0.0, elapsed_s) // self.interval_s)

    def assignment(self, step: int, cells: int) -> dict[int, str | None]:
        """Which camera each touring cell shows at this step."""
        if self.cell is not None:
            return {self.cell: self.cameras[step % len(self.cameras)]}
        pages = max(1, -(-len(self.cameras) // cells))
        page = self.cameras[(step % pages) * cells:][:cells]
        return {i: page[i] if i < len(page) else None for i in range(cells)}

    def to_json(self) -> dict[str, Any]:
        return {"cameras": list(self.cameras), "interval_s": self.interval_s, "cell": self.cell}

    @classmethod
    def from_json(cls, obj: Any, cells: int) -> Tour:
        if not isinstance(obj, dict):
            raise LayoutError("tour: expected an object")
        cameras = obj.get("cameras")
        if not isinstance(cameras, list) or not all(isinstance(c, str) and c for c in cameras):
            raise LayoutError("tour.cameras: expected a list of camera ids")
        interval = obj.get("interval_s")
        if isinstance(interval, bool) or not isinstance(interval, int | float):
            raise LayoutError("tour.interval_s: expected a number")
        cell = obj.get("cell")
        if cell is not None and (isinstance(cell, bool) or not isinstance(cell, int) or not 0 <= cell < cells):
            raise LayoutError(f"tour.cell: expected null or a cell index 0..{cells - 1}")
        return cls(tuple(cameras), float(interval), cell)


@dataclass(slots=True)
class WallLayout:
    """What one wall shows. `cameras[i]` is the camera id in cell i of the preset (None: empty)."""

    name: str
    preset_name: str = "4x4"
    cameras: list[str | None] = field(default_factory=list)
    tours: list[Tour] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not NAME_PATTERN.match(self.name):
            raise LayoutError(f"layout name {self.name!r}: 1..64 letters, digits, spaces or .,()+-_")
        self.preset_name = self.preset.name  # raises on an unknown preset
        self.cameras = (list(self.cameras) + [None] * len(self.preset))[: len(self.preset)]

    @property
    def preset(self) -> LayoutPreset:
        try:
            return preset(self.preset_name)
        except KeyError:
            match = re.fullmatch(r"(\d{1,2})x(\d{1,2})", self.preset_name)
            if match and 1 <= int(match[1]) <= 8 and 1 <= int(match[2]) <= 8:
                return grid_preset(int(match[1]), int(match[2]))
            raise LayoutError(f"unknown layout preset {self.preset_name!r}") from None

    def set_preset(self, name: str) -> None:
        """Change the preset keeping the cameras in cell order (extra ones drop off the end)."""
        self.preset_name = name
        self.preset_name = self.preset.name
        self.cameras = (self.cameras + [None] * len(self.preset))[: len(self.preset)]
        self.tours = [t for t in self.tours if t.cell is None or t.cell < len(self.preset)]

    def assign(self, cell: int, camera_id: str | None) -> None:
        self._check_cell(cell)
        self.cameras[cell] = camera_id

    def swap(self, a: int, b: int) -> None:
        self._check_cell(a)
        self._check_cell(b)
        self.cameras[a], self.cameras[b] = self.cameras[b], self.cameras[a]

    def fill(self, camera_ids: list[str], start: int = 0) -> None:
        """Put cameras into the cells from `start` on, in order; the rest of the cells keep theirs."""
        for offset, camera_id in enumerate(camera_ids[: max(0, len(self.cameras) - start)]):
            self.cameras[start + offset] = camera_id

    def cell_of(self, camera_id: str) -> int | None:
        return self.cameras.index(camera_id) if camera_id in self.cameras else None

    def _check_cell(self, cell: int) -> None:
        if not 0 <= cell < len(self.cameras):
            raise LayoutError(f"cell {cell} is outside the {self.preset_name} layout")

    def to_json(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, "name": self.name, "preset": self.preset_name,
                "cameras": list(self.cameras), "tours": [t.to_json() for t in self.tours]}

    @classmethod
    def from_json(cls, obj: Any) -> WallLayout:
        if not isinstance(obj, dict):
            raise LayoutError("layout: expected an object")
        if obj.get("version", FORMAT_VERSION) != FORMAT_VERSION:
            raise LayoutError(f"layout: unsupported version {obj.get('version')!r}")
        name, preset_name, cameras = obj.get("name"), obj.get("preset"), obj.get("cameras", [])
        if not isinstance(name, str):
            raise LayoutError("layout.name: expected a string")
        if not isinstance(preset_name, str):
            raise LayoutError("layout.preset: expected a string")
        if not isinstance(cameras, list) or not all(c is None or (isinstance(c, str) and c) for c in cameras):
            raise LayoutError("layout.cameras: expected a list of camera ids or nulls")
        layout = cls(name, preset_name, cameras)
        if len(cameras) > len(layout.preset):
            raise LayoutError(f"layout.cameras: {len(cameras)} cameras for {len(layout.preset)} cells")
        tours = obj.get("tours", [])
        if not isinstance(tours, list):
            raise LayoutError("layout.tours: expected a list")
        layout.tours = [Tour.from_json(t, len(layout.preset)) for t in tours]
        return layout
