"""Layouts shared through the embedded backend (GET/PUT /api/v1/layouts) and camera zones, on a live backend."""

import asyncio

import pytest

from console.api.local_backend import LocalBackend
from console.api.models import Camera
from console.api.rest import BackendClient, BackendError
from console.wall import WallLayout


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-layouts"))
    local.start()
    yield local
    local.stop()


def test_layouts_are_shared_and_bad_ones_refused(backend):
    async def scenario():
        client = BackendClient(backend.url)
        try:
            assert await client.layouts() == []
            layout = WallLayout("Centre 1+5", "1+5", ["cam-01", "cam-02"])
            stored = await client.put_layout(layout.to_json())
            assert WallLayout.from_json(stored) == layout
            assert [WallLayout.from_json(item) for item in await client.layouts()] == [layout]
            with pytest.raises(BackendError, match="400.*unknown layout preset"):
                await client.put_layout({"name": "x", "preset": "9x9"})
            wrong = WallLayout("other", "1").to_json()
            with pytest.raises(BackendError, match="must match"):
                await client._request("PUT", "/layouts/mismatch", json=wrong)
            cameras = await client.cameras()
            assert all(isinstance(c, Camera) and {z.kind for z in c.zones} == {"zone", "line"} for c in cameras if c.kind != "drone")
        finally:
            await client.aclose()

    asyncio.run(scenario())
