"""The embedded backend's map routes: `/tiles/{z}/{x}/{y}.png` rendered from the district's geometry, and
`/api/v1/places?q=` to find streets, districts, landmarks and SOS points by name."""

from __future__ import annotations

from collections import OrderedDict

from aiohttp import web

from console.map.basemap import TileRenderer
from console.sim.district import KosshyDistrict
from console.sim.errors import json_error as _error
from console.sim.map_data import kosshy_basemap, kosshy_places, search_places

MIN_ZOOM, MAX_ZOOM = 10, 19
CACHE_TILES = 512


BLANK = " \t\n\r\f\v"  # what the OpenAPI pattern for q calls blank: the same characters in both places


class MapRoutes:
    def __init__(self, district: KosshyDistrict) -> None:
        self.renderer = TileRenderer(kosshy_basemap(district))
        self.places = kosshy_places(district)
        self._cache: OrderedDict[tuple[int, int, int], bytes] = OrderedDict()

    def add_to(self, app: web.Application) -> None:
        app.router.add_get("/api/v1/places", self.search)
        app.router.add_get("/tiles/{z}/{x}/{y}.png", self.tile)

    async def search(self, request: web.Request) -> web.Response:
        query = request.query.get("q", "").strip(BLANK)
        if not query:
            return _error(400, "invalid_request", "q (a street, district or landmark name) is required")
        try:
            limit = int(request.query.get("limit", "10"))
        except ValueError:
            return _error(400, "invalid_request", "limit must be an integer")
        if not 1 <= limit <= 50:
            return _error(400, "invalid_request", "limit must be between 1 and 50")
        return web.json_response({"items": [p.as_json() for p in search_places(self.places, query, limit)]})

    async def tile(self, request: web.Request) -> web.Response:
        try:
            z, x, y = (int(request.match_info[k]) for k in ("z", "x", "y"))
        except ValueError:
            return _error(400, "invalid_request", "z, x and y must be integers")
        if not MIN_ZOOM <= z <= MAX_ZOOM:
            return _error(404, "not_found", f"tiles exist for zoom {MIN_ZOOM}..{MAX_ZOOM}")
        if not (0 <= x < 1 << z and 0 <= y < 1 << z):
            return _error(404, "not_found", f"no tile {x}/{y} at zoom {z}")
        key = (z, x, y)
        png = self._cache.get(key)
        if png is None:
            png = self.renderer.png(z, x, y)  # a few ms of OpenCV drawing
            self._cache[key] = png
            if len(self._cache) > CACHE_TILES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return web.Response(body=png, content_type="image/png", headers={"Cache-Control": "max-age=86400"})
