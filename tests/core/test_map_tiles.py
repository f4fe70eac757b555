"""Tile sources: MBTiles files (real SQLite, TMS rows), the shipped basemap, XYZ templates over real loopback HTTP
into a disk cache, and the loader that never blocks its caller."""

import asyncio
import sqlite3
from pathlib import Path

import cv2
import numpy as np
import pytest
from aiohttp import web

from console.map import mercator
from console.map.mbtiles import MBTiles, MBTilesError, MBTilesWriter
from console.map.tiles import MBTilesSource, TileDiskCache, TileLoader, XyzTileSource
from console.sim.district import KosshyDistrict
from console.sim.map_routes import MapRoutes

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "basemap" / "kosshy.mbtiles"


def _png(value):
    ok, data = cv2.imencode(".png", np.full((4, 4, 3), value, np.uint8))
    assert ok
    return data.tobytes()


def test_writer_stores_tms_rows_and_the_reader_flips_them(tmp_path):
    path = tmp_path / "t.mbtiles"
    writer = MBTilesWriter(
        path,
        {
            "name": "t",
            "format": "png",
            "minzoom": "2",
            "maxzoom": "3",
            "attribution": "test data",
            "bounds": "-10,-5,10,5",
        },
    )
    writer.add(3, 1, 2, _png(10))
    writer.add(2, 0, 0, _png(20))
    writer.commit()
    raw = (
        sqlite3.connect(path)
        .execute("SELECT zoom_level, tile_column, tile_row FROM tiles ORDER BY 1")
        .fetchall()
    )
    assert raw == [(2, 0, 3), (3, 1, 5)]  # TMS: row counted from the south
    tiles = MBTiles(path)
    try:
        assert tiles.tile(3, 1, 2) == _png(10)
        assert tiles.tile(2, 0, 0) == _png(20)
        assert tiles.tile(3, 1, 5) is None  # the TMS row asked as XYZ is a different tile
        assert tiles.tile(3, 1 + 8, 2) == _png(10)  # columns wrap around the world
        assert tiles.tile(3, 1, 8) is None and tiles.tile(-1, 0, 0) is None
        assert (tiles.min_zoom, tiles.max_zoom, tiles.attribution, tiles.name) == (2, 3, "test data", "t")
        assert tiles.bounds == (-10.0, -5.0, 10.0, 5.0) and tiles.count() == 2
    finally:
        tiles.close()
    assert tiles.tile(3, 1, 2) is None  # closed: no tile, no exception


def test_bad_files_give_clear_errors(tmp_path):
    with pytest.raises(MBTilesError, match="no such file"):
        MBTiles(tmp_path / "missing.mbtiles")
    text = tmp_path / "text.mbtiles"
    text.write_text("not a database at all " * 100)
    with pytest.raises(MBTilesError, match="not an MBTiles file"):
        MBTiles(text)
    empty = tmp_path / "empty.mbtiles"
    sqlite3.connect(empty).execute("CREATE TABLE other (a)").connection.commit()
    with pytest.raises(MBTilesError, match="not an MBTiles file"):
        MBTiles(empty)
    assert text.read_text().startswith("not a database")  # nothing written to a file we only read


def test_the_shipped_basemap_covers_the_district():
    assert SHIPPED.is_file() and SHIPPED.stat().st_size < 3_000_000
    source = MBTilesSource(SHIPPED)
    try:
        assert source.min_zoom <= 12 and source.max_zoom >= 16 and "Qala" in source.attribution
        for z in range(source.min_zoom, source.max_zoom + 1):
            for lat, lon in [(51.080, 71.640), (51.100, 71.610), (51.060, 71.670)]:
                data = source.read(z, *mercator.tile_of(lat, lon, z))
                image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
                assert image.shape == (256, 256, 3)
        # a tile far away is simply absent
        assert source.read(14, *mercator.tile_of(40.0, 10.0, 14)) is None
        # the street grid is drawn: the tile at Respublika / Tole bi holds road colours, not only land
        z = 16
        image = cv2.imdecode(np.frombuffer(source.read(z, *mercator.tile_of(51.080, 71.640, z)), np.uint8), 1)
        assert len(np.unique(image.reshape(-1, 3), axis=0)) > 5
    finally:
        source.close()


class _TileServer:
    """The embedded backend's map routes on a real loopback port, counting requests; can be told to fail."""

    def __init__(self):
        self.routes = MapRoutes(KosshyDistrict())
        self.requests = 0
        self.fail = False

    async def __aenter__(self):
        @web.middleware
        async def count(request, handler):
            self.requests += 1
            if self.fail:
                return web.Response(status=503, text="down")
            return await handler(request)

        app = web.Application(middlewares=[count])
        self.routes.add_to(app)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.template = f"http://127.0.0.1:{port}/tiles/{{z}}/{{x}}/{{y}}.png"
        return self

    async def __aexit__(self, *exc):
        await self.runner.cleanup()


def test_xyz_source_fetches_caches_and_falls_back(tmp_path):
    async def scenario():
        async with _TileServer() as server:
            cache = TileDiskCache(tmp_path / "cache", max_age_s=3600)
            source = XyzTileSource("kosshy", server.template, cache=cache, attribution="test")
            key = (15, *mercator.tile_of(51.08, 71.64, 15))
            first = await source.fetch(*key)
            assert first.startswith(b"\x89PNG") and server.requests == 1
            assert (
                tmp_path / "cache" / "kosshy" / "15" / str(key[1]) / f"{key[2]}.tile"
            ).read_bytes() == first
            assert await source.fetch(*key) == first and server.requests == 1  # from the disk cache
            assert source.cache_hits == 1
            # out of the world: the server says 404, the source says "no tile", nothing is cached
            assert await source.fetch(3, 0, 99) is None
            # stale copy + server down: the stale copy is still shown
            cache.max_age_s = 0
            server.fail = True
            assert await source.fetch(*key) == first and source.failures == 1
            # nothing cached + server down: no tile, no exception
            assert await source.fetch(15, key[1] + 1, key[2]) is None
            server.fail = False
            fresh = await source.fetch(15, key[1] + 1, key[2])
            assert fresh.startswith(b"\x89PNG")
            await source.aclose()

    asyncio.run(scenario())


def test_xyz_source_unreachable_host_and_bad_template(tmp_path):
    with pytest.raises(ValueError, match=r"\{y\}"):
        XyzTileSource("x", "http://h/{z}/{x}.png")

    async def scenario():
        source = XyzTileSource("down", "http://127.0.0.1:9/{z}/{x}/{y}.png", cache=TileDiskCache(tmp_path))
        assert await source.fetch(1, 0, 0) is None and source.failures == 1
        await source.aclose()

    asyncio.run(scenario())


def test_loader_fetches_each_wanted_tile_once_and_drops_unwanted(tmp_path):
    async def scenario():
        async with _TileServer() as server:
            source = XyzTileSource("kosshy", server.template, cache=TileDiskCache(tmp_path))
            got = {}
            loader = TileLoader(source, lambda key, data: got.__setitem__(key, data), concurrency=2)
            x, y = mercator.tile_of(51.08, 71.64, 14)
            wanted = [(14, x + dx, y + dy) for dx in range(3) for dy in range(3)]
            loader.want(wanted)
            loader.want(wanted)  # asking again does not fetch twice
            assert loader.pending == 9  # want() only schedules: the caller is never blocked
            await loader.wait_idle()
            assert set(got) == set(wanted) and all(v.startswith(b"\x89PNG") for v in got.values())
            assert server.requests == 9
            # a pan away before the tiles arrive cancels them
            got.clear()
            loader.want([(13, x // 2 + 5, y // 2 + 5), (13, x // 2 + 6, y // 2 + 5)])
            loader.want([(13, x // 2 + 6, y // 2 + 5)])
            await loader.wait_idle()
            assert list(got) == [(13, x // 2 + 6, y // 2 + 5)]
            await source.aclose()

    asyncio.run(scenario())
