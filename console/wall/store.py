"""Named layouts in a local folder and the screen arrangement, written atomically (a crash never leaves half a file)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from console.wall.model import LayoutError, WallLayout

ARRANGEMENT_FILE = "arrangement.json"


def config_dir() -> Path:
    """Where the wall keeps named layouts and the screen arrangement: $QALA_CONFIG_DIR, else the user's config folder."""
    override = os.environ.get("QALA_CONFIG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "Qala" / "Qala Console"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Qala Console"
    config = os.environ.get("XDG_CONFIG_HOME")
    return (Path(config) if config else home / ".config") / "qala-console"


def write_json_atomic(path: Path, obj: Any) -> None:
    """Write to a temp file in the same folder, fsync, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(obj, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayoutError(f"{path}: cannot read: {exc}") from exc


class LayoutStore:
    """Named layouts, one JSON file each. A broken file is reported (`broken`) and left in place, never lost."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.broken: dict[str, str] = {}

    def _path(self, name: str) -> Path:
        return self.folder / "layouts" / f"{quote(name, safe='')}.json"

    def save(self, layout: WallLayout) -> None:
        write_json_atomic(self._path(layout.name), layout.to_json())

    def load(self, name: str) -> WallLayout:
        path = self._path(name)
        if not path.exists():
            raise LayoutError(f"no layout named {name!r}")
        layout = WallLayout.from_json(read_json(path))
        if layout.name != name:
            raise LayoutError(f"{path}: holds layout {layout.name!r}, not {name!r}")
        return layout

    def delete(self, name: str) -> bool:
        path = self._path(name)
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed

    def names(self) -> list[str]:
        folder = self.folder / "layouts"
        if not folder.is_dir():
            return []
        return sorted(unquote(p.stem) for p in folder.glob("*.json"))

    def all(self) -> list[WallLayout]:
        layouts, self.broken = [], {}
        for name in self.names():
            try:
                layouts.append(self.load(name))
            except LayoutError as exc:
                self.broken[name] = str(exc)
        return layouts

    def merge_shared(self, shared: list[WallLayout]) -> list[str]:
        """Store layouts shared through the backend that are not here yet; returns their names."""
        have = set(self.names())
        added = [layout.name for layout in shared if layout.name not in have]
        for layout in shared:
            if layout.name in added:
                self.save(layout)
        return added


@dataclass(slots=True)
class ScreenWall:
    """One wall window: on which screen (by name, index as fallback), which layout, full screen or not, where.
    `main` marks the wall inside the main window; `geometry` is the window's (x, y, width, height), if known."""

    screen: str
    screen_index: int
    layout: WallLayout
    fullscreen: bool = False
    main: bool = False
    geometry: tuple[int, int, int, int] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"screen": self.screen, "screen_index": self.screen_index, "fullscreen": self.fullscreen,
                "main": self.main, "geometry": list(self.geometry) if self.geometry else None,
                "layout": self.layout.to_json()}

    @classmethod
    def from_json(cls, obj: Any) -> ScreenWall:
        if not isinstance(obj, dict):
            raise LayoutError("wall: expected an object")
        screen, index, fullscreen = obj.get("screen"), obj.get("screen_index"), obj.get("fullscreen", False)
        if not isinstance(screen, str) or isinstance(index, bool) or not isinstance(index, int) or index < 0:
            raise LayoutError("wall: expected screen (a name) and screen_index (>= 0)")
        if not isinstance(fullscreen, bool):
            raise LayoutError("wall.fullscreen: expected true or false")
        main = obj.get("main", False)
        if not isinstance(main, bool):
            raise LayoutError("wall.main: expected true or false")
        geometry = obj.get("geometry")
        if geometry is not None and not (
                isinstance(geometry, list) and len(geometry) == 4
                and all(isinstance(v, int) and not isinstance(v, bool) for v in geometry)
                and geometry[2] > 0 and geometry[3] > 0):
            raise LayoutError("wall.geometry: expected null or [x, y, width, height] with a positive size")
        return cls(screen, index, WallLayout.from_json(obj.get("layout")), fullscreen, main,
                   tuple(geometry) if geometry else None)  # type: ignore[arg-type]


@dataclass(slots=True)
class Arrangement:
    """Every wall window of the console, restored on the next start."""

    walls: list[ScreenWall] = field(default_factory=list)

    def for_screen(self, name: str, index: int) -> ScreenWall | None:
        by_name = [w for w in self.walls if w.screen == name and not w.main]
        if by_name:
            return by_name[0]
        by_index = [w for w in self.walls if w.screen_index == index and not w.screen and not w.main]
        return by_index[0] if by_index else None

    @property
    def main(self) -> ScreenWall | None:
        return next((w for w in self.walls if w.main), None)

    def put(self, wall: ScreenWall) -> None:
        """One wall window per screen, plus the main window's wall (which may share a screen with none)."""
        if wall.main:
            self.walls = [w for w in self.walls if not w.main] + [wall]
        else:
            self.walls = [w for w in self.walls if w.main or w.screen != wall.screen] + [wall]

    def remove(self, screen: str) -> None:
        self.walls = [w for w in self.walls if w.main or w.screen != screen]

    def to_json(self) -> dict[str, Any]:
        return {"version": 1, "walls": [w.to_json() for w in self.walls]}

    @classmethod
    def from_json(cls, obj: Any) -> Arrangement:
        if not isinstance(obj, dict) or not isinstance(obj.get("walls"), list):
            raise LayoutError("arrangement: expected {\"walls\": [...]}")
        walls = [ScreenWall.from_json(w) for w in obj["walls"]]
        if sum(w.main for w in walls) > 1:
            raise LayoutError("arrangement: more than one wall marked main")
        return cls(walls)

    def save(self, folder: str | Path) -> None:
        write_json_atomic(Path(folder) / ARRANGEMENT_FILE, self.to_json())

    @classmethod
    def load(cls, folder: str | Path) -> Arrangement:
        """The saved arrangement; none saved yet gives an empty one; a broken file raises LayoutError."""
        path = Path(folder) / ARRANGEMENT_FILE
        if not path.exists():
            return cls()
        return cls.from_json(read_json(path))
