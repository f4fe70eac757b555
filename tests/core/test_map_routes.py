"""The embedded backend's map routes (places search, basemap tiles) over real loopback HTTP, validated against the
OpenAPI document; and the map feed (drones, SOS, PTZ direction) from event envelopes."""

import asyncio

import httpx
import pytest

from console.api.models import Envelope
from console.api.rest import BackendClient, BackendError
from console.map.places import Place
from console.ops.city_state import CityState
from console.ops.map_feed import MapFeed, parse_drone
from console.sim.district import KosshyDistrict
from console.sim.map_data import kosshy_places, search_places
from console.sim.openapi import document
from tests.core.test_map_tiles import _TileServer
from tests.core.test_sim_rest import assert_valid, response_schema


def test_search_matches_word_prefixes_in_any_order():
    places = kosshy_places(KosshyDistrict())
    assert {p.kind for p in places} == {"street", "district", "landmark", "sos"}
    assert [p.name for p in search_places(places, "abay")] == [
        "Abay street",
        "Abay, Tole bi street",
        "School No. 3, Abay street",
    ]
    assert [p.name for p in search_places(places, "street ABAY")][0] == "Abay street"
    assert "Ortalyq" in [p.name for p in search_places(places, "ort")]
    names = [p.name for p in search_places(places, "bus")]
    assert names[0].startswith("Bus terminal") and "SOS Bus terminal" in names
    assert search_places(places, "zzz") == [] and search_places(places, "  ") == []
    assert len(search_places(places, "s", limit=3)) == 3


def test_places_and_tiles_over_http_match_the_contract():
    doc = document()

    async def scenario():
        async with _TileServer() as server:
            base = server.template.split("/tiles/")[0]
            async with httpx.AsyncClient(base_url=base) as http:
                response = await http.get("/api/v1/places", params={"q": "tole"})
                assert response.status_code == 200
                assert_valid(response.json(), response_schema(doc, "/api/v1/places", "get", 200), doc)
                assert response.json()["items"][0]["name"] == "Tole bi street"
                for params in ({}, {"q": " "}, {"q": "a", "limit": "0"}, {"q": "a", "limit": "x"}):
                    bad = await http.get("/api/v1/places", params=params)
                    assert bad.status_code == 400
                    assert_valid(bad.json(), {"$ref": "#/components/schemas/Error"}, doc)
                tile = await http.get("/tiles/15/22904/10958.png")
                assert tile.status_code == 200 and tile.headers["content-type"] == "image/png"
                assert tile.content.startswith(b"\x89PNG")
                again = await http.get("/tiles/15/22904/10958.png")
                assert again.content == tile.content  # deterministic, served from the render cache
                for path, status in (
                    ("/tiles/15/99999999/1.png", 404),
                    ("/tiles/3/0/0.png", 404),
                    ("/tiles/a/0/0.png", 400),
                ):
                    bad = await http.get(path)
                    assert bad.status_code == status, path
                    assert_valid(bad.json(), {"$ref": "#/components/schemas/Error"}, doc)
            client = BackendClient(base)
            try:
                found = await client.places("kenesary")
                assert found[0] == Place("ns-4", "Kenesary street", "street", found[0].lat, found[0].lon)
                assert all("Kenesary" in p.name for p in found) and len(found) == 3
                with pytest.raises(BackendError, match="400"):
                    await client.places("")
            finally:
                await client.aclose()

    asyncio.run(scenario())


def _env(seq, type_, data, ts=1000):
    return Envelope(seq=seq, ts_ms=ts, type=type_, data=data)


def test_map_feed_keeps_drones_sos_and_ptz_from_events():
    state = CityState()
    feed = MapFeed(state)
    changes = []
    feed.sig_changed.connect(changes.append)
    footprint = [[51.081, 71.639], [51.081, 71.642], [51.079, 71.642], [51.079, 71.639]]
    state.apply(
        _env(
            1,
            "drone.telemetry",
            {
                "drone_id": "drone-1",
                "lat": 51.08,
                "lon": 71.64,
                "heading_deg": 370,
                "alt_m": 120,
                "footprint": footprint,
                "frame_centre": [51.08, 71.6405],
            },
        )
    )
    state.apply(
        _env(
            2,
            "drone.telemetry",
            {"drone_id": "drone-1", "lat": 51.081, "lon": 71.64, "heading_deg": 10},
            ts=2000,
        )
    )
    drone = feed.drones["drone-1"]
    assert (drone.lat, drone.heading_deg, drone.updated_ms) == (51.081, 10.0, 2000)
    assert list(drone.track) == [(51.08, 71.64), (51.081, 71.64)]
    # MISB ST 0601 names are understood too (what the drone's KLV decoder produces)
    st0601 = {
        "platform_designation": "drone-2",
        "sensor_latitude": 51.07,
        "sensor_longitude": 71.65,
        "platform_heading_angle": 45.0,
        "sensor_true_altitude": 300.0,
        "frame_center_latitude": 51.071,
        "frame_center_longitude": 71.651,
    }
    for k in range(1, 5):
        st0601[f"corner_latitude_point_{k}"] = 51.07 + k * 0.001
        st0601[f"corner_longitude_point_{k}"] = 71.65 + k * 0.001
    state.apply(_env(3, "drone.telemetry", st0601))
    assert feed.drones["drone-2"].alt_m == 300.0 and len(feed.drones["drone-2"].footprint) == 4
    assert feed.drones["drone-2"].frame_centre == (51.071, 71.651)
    state.apply(
        _env(
            4, "sos.pressed", {"point_id": "sos-01", "lat": 51.077, "lon": 71.64, "incident_id": "i"}, ts=5000
        )
    )
    assert feed.active_sos(6000) == {"sos-01": (51.077, 71.64, 5000)} and feed.active_sos(10**9) == {}
    state.apply(_env(5, "camera.status", {"camera_id": "cam-04", "status": "online", "heading_deg": 400.0}))
    state.apply(
        _env(6, "camera.status", {"camera_id": "cam-05", "status": "offline"})
    )  # no direction: no change
    assert feed.ptz_heading == {"cam-04": 40.0}
    assert changes == ["drones", "drones", "drones", "sos", "ptz"]
    # malformed: counted, nothing changes, nothing raised
    state.apply(_env(7, "drone.telemetry", {"drone_id": "drone-3", "lat": "north"}))
    state.apply(_env(8, "sos.pressed", {"lat": 1}))
    assert feed.rejected == 2 and "drone-3" not in feed.drones and len(changes) == 5


def test_parse_drone_rejects_bad_footprints():
    with pytest.raises(ValueError, match="footprint"):
        parse_drone({"drone_id": "d", "lat": 1, "lon": 2, "footprint": [[1], [2], [3]]})
    assert parse_drone({"drone_id": "d", "lat": 1, "lon": 2})["footprint"] == []
