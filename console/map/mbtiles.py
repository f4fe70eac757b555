"""MBTiles 1.3 files (SQLite): what district centres without internet use for their basemap. Rows are TMS (counted
from the south); the reader and writer take XYZ rows and flip them."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from console.map.mercator import tms_y


class MBTilesError(RuntimeError):
    """The file is missing, not SQLite, or not an MBTiles file."""


class MBTiles:
    """Read-only access to one MBTiles file. Safe to call from any thread (one connection, a lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise MBTilesError(f"{self.path}: no such file")
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            rows = self._db.execute("SELECT name, value FROM metadata").fetchall()
            self._db.execute(
                "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(f"{self.path}: not an MBTiles file ({exc})") from exc
        self._lock = threading.Lock()
        self._closed = False
        self.metadata: dict[str, str] = {str(k): str(v) for k, v in rows}
        zooms = self._db.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        self.min_zoom = int(self.metadata.get("minzoom", zooms[0] if zooms[0] is not None else 0))
        self.max_zoom = int(self.metadata.get("maxzoom", zooms[1] if zooms[1] is not None else 0))
        self.format = self.metadata.get("format", "png")
        self.attribution = self.metadata.get("attribution", "")
        self.name = self.metadata.get("name", self.path.stem)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) from the metadata, if given."""
        raw = self.metadata.get("bounds")
        if not raw:
            return None
        try:
            west, south, east, north = (float(v) for v in raw.split(","))
        except ValueError:
            return None
        return west, south, east, north

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile's bytes for XYZ (z, x, y), or None where the file has none."""
        if z < 0 or not 0 <= y < (1 << z):
            return None
        x %= 1 << z
        with self._lock:
            if self._closed:
                return None  # a late repaint after shutdown draws no basemap rather than raising
            row = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_y(y, z)),
            ).fetchone()
        return bytes(row[0]) if row else None

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._db.close()


class MBTilesWriter:
    """Writes a new MBTiles file (replacing one at the same path when `commit` succeeds)."""

    def __init__(self, path: str | Path, metadata: dict[str, str]) -> None:
        self.path = Path(path)
        self._tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        self._tmp.unlink(missing_ok=True)
        self._db = sqlite3.connect(self._tmp)
        self._db.executescript(
            "CREATE TABLE metadata (name TEXT, value TEXT);"
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
            "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);"
        )
        self._db.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(metadata.items()))

    def add(self, z: int, x: int, y: int, data: bytes) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_y(y, z), sqlite3.Binary(data))
        )

    def commit(self) -> Path:
        self._db.commit()
        self._db.execute("VACUUM")
        self._db.close()
        self._tmp.replace(self.path)
        return self.path
