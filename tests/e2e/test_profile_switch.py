"""Main/sub stream choice by displayed size, switching without a black frame, at most once per interval."""

import asyncio
import time

import pytest

from console.ops.city_state import DetectionBuffer
from console.session import ConsoleSession
from tests.e2e.test_live_wall import run_async, wait_for
from widgets.video_wall import VideoWall

pytestmark = pytest.mark.e2e


def test_tile_switches_stream_with_its_size_and_never_goes_black(qapp, backend):
    async def scenario():
        session = ConsoleSession(backend.url)
        await session.open()
        wall = VideoWall(DetectionBuffer(), 1, 1, switch_interval_s=1.0)
        wall.resize(1300, 740)
        wall.show()
        try:
            camera = session.state.cameras["cam-05"]
            wall.assign(0, camera)
            tile = wall.tiles[0]
            assert tile.profile == "main"  # a big tile plays the main stream
            assert await wait_for(lambda: tile.frame is not None and tile.frame.source_width == 1280, 15)

            switched_at = time.monotonic()
            wall.resize(400, 225)  # now smaller than half the main stream: the sub stream suits it
            gaps = []
            while time.monotonic() - switched_at < 8:
                gaps.append(tile.frame is None)
                if tile.profile == "sub" and tile.frame.source_width == 640:
                    break
                await asyncio.sleep(0.02)
            assert tile.profile == "sub" and tile.frame.source_width == 640
            assert not any(gaps), "the tile went black during the switch"
            assert len(wall.players) == 1

            # hysteresis: growing straight back switches again, but not before the interval has passed
            first_switch = wall._last_switch[0]
            wall.resize(1300, 740)
            assert await wait_for(lambda: tile.profile == "main", 10)
            assert wall._last_switch[0] - first_switch >= wall.switch_interval_s
        finally:
            wall.stop()
            wall.close()
            await session.close()

    run_async(qapp, scenario())
