"""The map pane on the real embedded backend: its site, cameras and moving units from REST and the event stream,
place search through /api/v1/places, and basemap tiles fetched from /tiles on the console's loop."""


import pytest

from console.map.geo import haversine_m
from console.map.tiles import TileDiskCache, XyzTileSource
from console.session import ConsoleSession
from tests.e2e.test_live_wall import run_async, wait_for
from widgets.map_pane import MapPane

pytestmark = pytest.mark.e2e


def test_map_pane_on_the_live_backend(qapp, backend, tmp_path):
    async def scenario():
        session = ConsoleSession(backend.url)
        source = XyzTileSource("sim", backend.url + "/tiles/{z}/{x}/{y}.png", cache=TileDiskCache(tmp_path))
        pane = MapPane(session.state, source=source, use_default_source=False)
        pane.set_places_lookup(session.client.places)
        pane.resize(900, 700)
        pane.show()
        try:
            await session.open()
            view = pane.view
            assert len(view.camera_ids()) == 17  # 16 street cameras and the drone and len(session.state.site.sos_points) >= 6
            assert await wait_for(lambda: len(view.unit_points()) >= 8, 20)
            # units move on the map from live unit.updated events
            before = {u.id: (u.lat, u.lon) for u, _, _ in view.unit_points()}
            moved = await wait_for(
                lambda: any(haversine_m(*before[u.id], u.lat, u.lon) > 1 for u, _, _ in view.unit_points()),
                30,
            )
            assert moved, "no unit moved on the map"
            # search by street name through the backend
            pane.search.setText("bereke")
            pane.search.returnPressed.emit()
            assert await wait_for(lambda: bool(pane.places), 20)
            assert pane.places[0].name == "Bereke street"
            # the backend's rendered tiles arrive without blocking the GUI
            view.centre_on(51.08, 71.64, 15.0)
            view.repaint()
            assert await wait_for(lambda: all(p is not None for _, p, _, _ in view.visible_tiles()), 30, 0.2)
            assert source.fetched > 0
        finally:
            pane.stop()
            await source.aclose()
            await session.close()

    run_async(qapp, scenario())
