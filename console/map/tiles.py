"""Tile sources for the map: XYZ URL templates fetched with httpx on the console's asyncio loop into a disk cache,
and MBTiles files. A `TileLoader` asks a source for the tiles in view without ever blocking the caller."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from console.map.mbtiles import MBTiles

log = logging.getLogger(__name__)

TileKey = tuple[int, int, int]  # z, x, y (XYZ)
PNG_MAGIC = b"\x89PNG"
JPEG_MAGIC = b"\xff\xd8"


def looks_like_image(data: bytes) -> bool:
    return data.startswith(PNG_MAGIC) or data.startswith(JPEG_MAGIC) or data[8:12] == b"WEBP"


class TileDiskCache:
    """Tiles as files under `root/<source>/z/x/y`; a tile older than `max_age_s` is stale (used, but refetched)."""

    def __init__(self, root: str | Path, max_age_s: float = 7 * 24 * 3600) -> None:
        self.root = Path(root)
        self.max_age_s = max_age_s

    def _path(self, source: str, key: TileKey) -> Path:
        z, x, y = key
        return self.root / source / str(z) / str(x) / f"{y}.tile"

    def get(self, source: str, key: TileKey) -> tuple[bytes, bool] | None:
        """(bytes, fresh) or None."""
        path = self._path(source, key)
        try:
            data = path.read_bytes()
            age = time.time() - path.stat().st_mtime
        except OSError:
            return None
        return data, age <= self.max_age_s

    def put(self, source: str, key: TileKey, data: bytes) -> None:
        path = self._path(source, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)  # atomic: a reader never sees half a tile


@dataclass
class TileSource:
    """Where tiles come from. `fetch` is a coroutine returning the tile's bytes or None (no tile there)."""

    name: str
    attribution: str = ""
    min_zoom: int = 0
    max_zoom: int = 19

    local = False  # True: `read` answers at once from a local file, no loop needed

    async def fetch(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError

    def read(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError


class MBTilesSource(TileSource):
    def __init__(self, path: str | Path) -> None:
        self.file = MBTiles(path)
        super().__init__(self.file.name, self.file.attribution, self.file.min_zoom, self.file.max_zoom)

    local = True

    async def fetch(self, z: int, x: int, y: int) -> bytes | None:
        return self.file.tile(z, x, y)

    def read(self, z: int, x: int, y: int) -> bytes | None:
        return self.file.tile(z, x, y)  # one indexed SQLite read of a few kB: far below a millisecond

    def close(self) -> None:
        self.file.close()


class XyzTileSource(TileSource):
    """`https://host/{z}/{x}/{y}.png` style templates (also `{s}` for a/b/c subdomains), cached on disk.
    A stale cached tile is returned at once and refreshed; a failed fetch falls back to any cached copy."""

    def __init__(
        self,
        name: str,
        url_template: str,
        *,
        cache: TileDiskCache | None = None,
        attribution: str = "",
        min_zoom: int = 0,
        max_zoom: int = 19,
        client: httpx.AsyncClient | None = None,
        user_agent: str = "QalaConsole/0.1",
    ) -> None:
        for part in ("{z}", "{x}", "{y}"):
            if part not in url_template:
                raise ValueError(f"tile URL template lacks {part}: {url_template}")
        super().__init__(name, attribution, min_zoom, max_zoom)
        self.url_template = url_template
        self.cache = cache
        self._client = client
        self._own_client = client is None
        self._user_agent = user_agent
        self.fetched = 0
        self.cache_hits = 0
        self.failures = 0

    def url(self, z: int, x: int, y: int) -> str:
        sub = "abc"[(x + y) % 3]
        return self.url_template.format(z=z, x=x, y=y, s=sub)

    async def fetch(self, z: int, x: int, y: int) -> bytes | None:
        key = (z, x % (1 << z), y)
        cached = self.cache.get(self.name, key) if self.cache is not None else None
        if cached is not None and cached[1]:
            self.cache_hits += 1
            return cached[0]
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=10.0, headers={"User-Agent": self._user_agent}, follow_redirects=True
            )
        try:
            response = await self._client.get(self.url(*key))
        except httpx.HTTPError as exc:
            self.failures += 1
            log.debug("tile %s: %s", key, exc)
            return cached[0] if cached else None
        if response.status_code == 404:
            return None
        if response.status_code != 200 or not looks_like_image(response.content):
            self.failures += 1
            return cached[0] if cached else None
        self.fetched += 1
        if self.cache is not None:
            self.cache.put(self.name, key, response.content)
        return response.content

    async def aclose(self) -> None:
        if self._client is not None and self._own_client:
            await self._client.aclose()
        self._client = None


class TileLoader:
    """Fetches wanted tiles on the asyncio loop, `concurrency` at a time, each once; tiles no longer wanted are
    cancelled; `on_tile(key, bytes or None)` is called on the loop's thread as each one arrives."""

    def __init__(
        self, source: TileSource, on_tile: Callable[[TileKey, bytes | None], None], concurrency: int = 6
    ) -> None:
        self.source = source
        self._on_tile = on_tile
        self._semaphore = asyncio.Semaphore(concurrency)
        self._tasks: dict[TileKey, asyncio.Task[None]] = {}
        self.errors = 0

    def want(self, keys: list[TileKey]) -> None:
        """The tiles in view now (nearest first); requests for others still waiting are dropped."""
        wanted = set(keys)
        for key in [k for k in self._tasks if k not in wanted]:
            self._tasks.pop(key).cancel()
        loop = asyncio.get_running_loop()  # callers run on the console's loop (qasync on the GUI thread)
        for key in keys:
            if key not in self._tasks:
                self._tasks[key] = loop.create_task(self._load(key))

    async def _load(self, key: TileKey) -> None:
        try:
            async with self._semaphore:
                data = await self.source.fetch(*key)
        except asyncio.CancelledError:
            raise
        except Exception:  # a broken source must not kill the loop; the tile stays blank
            self.errors += 1
            log.exception("tile %s from %s failed", key, self.source.name)
            data = None
        finally:
            self._tasks.pop(key, None)
        self._on_tile(key, data)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def wait_idle(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self._tasks and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
