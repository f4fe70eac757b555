"""Timeline tag marks: tags come from a backend's /api/v1/tags where it has one; none (not an error) where not."""

import asyncio

from aiohttp import web
from aiohttp.test_utils import TestServer

from console.api.rest import BackendClient


async def _serve_and_ask(routes):
    app = web.Application()
    for path, handler in routes:
        app.router.add_get(path, handler)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    client = BackendClient(str(server.make_url("/")).rstrip("/"), timeout=10)
    try:
        return await client.tags_between(1000, 2000)
    finally:
        await client.aclose()
        await server.close()


def test_tags_in_the_range_become_marks_and_a_backend_without_tags_gives_none():
    seen = {}

    async def tags(request):
        seen.update(request.query)
        return web.json_response({"items": [
            {"id": "t1", "category": "dump", "camera_id": "drone-1", "frame_time_ms": 1500},
            {"id": "t2", "category": "broken"}]})  # no frame time: not placeable on a timeline

    got = asyncio.run(_serve_and_ask([("/api/v1/tags", tags)]))
    assert [t["id"] for t in got] == ["t1"]
    assert seen == {"since_ms": "1000", "until_ms": "2000"}
    assert asyncio.run(_serve_and_ask([])) == []
