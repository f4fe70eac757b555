"""Qt-free video wall model: layout presets, camera assignment, tours, named layouts and screen arrangements."""

from console.wall.layouts import PRESETS, Cell, LayoutPreset, preset
from console.wall.model import LayoutError, Tour, WallLayout
from console.wall.store import Arrangement, LayoutStore, ScreenWall

__all__ = [
    "PRESETS",
    "Arrangement",
    "Cell",
    "LayoutError",
    "LayoutPreset",
    "LayoutStore",
    "ScreenWall",
    "Tour",
    "WallLayout",
    "preset",
]
