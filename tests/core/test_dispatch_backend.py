"""The backend's incident lifecycle, dispatch suggestions, SOS presses, operator-entered incidents and snapshots,
against a live embedded backend, every answer validated against the OpenAPI document."""

import asyncio
import json
import os
import sqlite3
import time
import uuid

import aiohttp
import cv2
import httpx
import numpy as np
import pytest

from console.api.local_backend import LocalBackend
from console.sim.city import UNIT_SPEEDS
from console.sim.district import distance_m
from console.sim.openapi import document
from tests.core.test_sim_rest import assert_valid, response_schema

DOC = json.loads(json.dumps(document()))
ACTIONS = "/api/v1/incidents/{id}/actions"


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    os.environ["QALA_SIM_DETECTIONS"] = "0"  # incidents and units only: a lighter backend on a loaded CI machine
    local = LocalBackend(tmp_path_factory.mktemp("sim-dispatch"))
    try:
        local.start()
        yield local
    finally:
        local.stop()
        del os.environ["QALA_SIM_DETECTIONS"]


@pytest.fixture
def api(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        yield client


def key():
    return uuid.uuid4().hex


def create(api, type_="road_accident", lat=51.0805, lon=71.6405, title="Two cars collided", **extra):
    body = {"type": type_, "title": title, "lat": lat, "lon": lon, "description": "caller: Aidos, +7 701",
            "idempotency_key": key(), "operator": "op.a", **extra}
    response = api.post("/api/v1/incidents", json=body)
    assert response.status_code == 201, response.text
    assert_valid(response.json(), response_schema(DOC, "/api/v1/incidents", "post", 201), DOC)
    return response.json(), body


def act(api, incident_id, action, operator="op.a", expect=200, **extra):
    response = api.post(f"/api/v1/incidents/{incident_id}/actions",
                        json={"action": action, "operator": operator, "idempotency_key": key(), **extra})
    assert response.status_code == expect, response.text
    assert_valid(response.json(), response_schema(DOC, ACTIONS, "post", expect), DOC)
    return response.json()


def unit(api, unit_id):
    return next(u for u in api.get("/api/v1/units").json()["items"] if u["id"] == unit_id)


def db_rows(backend, sql, *params):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'incidents.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_created_incident_is_created_once_per_key(api, backend):
    incident, body = create(api)
    again = api.post("/api/v1/incidents", json=body)
    assert again.status_code == 200 and again.json()["id"] == incident["id"]
    assert_valid(again.json(), response_schema(DOC, "/api/v1/incidents", "post", 200), DOC)
    assert incident["status"] == "new" and incident["severity"] == "high"  # the type's default severity
    assert incident["camera_id"] and incident["district"] == "d-centre"
    assert db_rows(backend, "SELECT count(*) FROM incidents WHERE title = ? AND id = ?", body["title"],
                   incident["id"])[0][0] == 1
    detail = api.get(f"/api/v1/incidents/{incident['id']}").json()
    assert [a["action"] for a in detail["activity"]] == ["created", "note"]
    assert detail["activity"][1]["detail"] == body["description"]


@pytest.mark.parametrize("bad", [{"type": "alien_landing"}, {"lat": "51"}, {"lat": 91.0}, {"severity": "urgent"},
                                 {"title": ""}, {"idempotency_key": "short"}, {"operator": None},
                                 {"description": 5}, {"camera_id": "cam-99"}])
def test_bad_incident_bodies_are_a_400_with_a_reason(api, bad):
    body = {"type": "road_damage", "title": "Pothole", "lat": 51.08, "lon": 71.64, "idempotency_key": key(),
            "operator": "op.a", **bad}
    response = api.post("/api/v1/incidents", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["detail"]


def test_full_lifecycle_with_suggested_dispatch(api, backend):
    incident, _ = create(api)
    incident_id = incident["id"]
    assert act(api, incident_id, "acknowledge")["owner"] == "op.a"
    response = api.get(f"/api/v1/incidents/{incident_id}/suggestions")
    assert response.status_code == 200
    assert_valid(response.json(), response_schema(DOC, "/api/v1/incidents/{id}/suggestions", "get", 200), DOC)
    items = response.json()["items"]
    assert items and items[0]["suitable"] and items[0]["kind"] in ("police", "ambulance")
    flags = [s["suitable"] for s in items]
    assert flags == sorted(flags, reverse=True), "suitable units come first"
    suitable = [s for s in items if s["suitable"]]
    assert [s["eta_s"] for s in suitable] == sorted(s["eta_s"] for s in suitable)
    for s in items:
        # along the roads is never shorter than the straight line; ETA is road distance at the unit's speed
        assert s["distance_m"] >= distance_m(s["lat"], s["lon"], incident["lat"], incident["lon"]) - 1
        assert s["eta_s"] == pytest.approx(s["distance_m"] / UNIT_SPEEDS[s["kind"]], abs=0.2)
    chosen = items[0]["unit_id"]
    dispatched = act(api, incident_id, "assign", unit_id=chosen)
    assert dispatched["status"] == "dispatched" and dispatched["units"] == [chosen]
    assert unit(api, chosen)["status"] == "en_route" and unit(api, chosen)["incident_id"] == incident_id
    assert chosen not in [s["unit_id"] for s in api.get(f"/api/v1/incidents/{incident_id}/suggestions").json()["items"]]
    for status in ("en_route", "on_scene", "resolved"):
        assert act(api, incident_id, "status", status=status)["status"] == status
    assert unit(api, chosen)["status"] == "available", "resolving releases the unit"
    closed = act(api, incident_id, "close", note="report filed")
    assert closed["status"] == "closed" and closed["units"] == []
    detail = api.get(f"/api/v1/incidents/{incident_id}").json()
    assert_valid(detail, response_schema(DOC, "/api/v1/incidents/{id}", "get", 200), DOC)
    assert [a["action"] for a in detail["activity"]] == ["created", "note", "acknowledge", "assign", "status",
                                                           "status", "status", "close"]
    assert all(a["actor"] == "op.a" for a in detail["activity"])
    audit = db_rows(backend, "SELECT action, actor FROM audit WHERE target = ? ORDER BY rowid", incident_id)
    assert [a for a, _ in audit] == ["create", "acknowledge", "assign", "status", "status", "status", "close"]
    assert db_rows(backend, "SELECT count(*) FROM assignments WHERE incident_id = ? AND released_ms IS NOT NULL",
                   incident_id)[0][0] == 1


def test_invalid_transitions_and_conflicts_are_409_with_a_reason(api):
    incident, _ = create(api, "vandalism", title="Bus stop glass broken")
    incident_id = incident["id"]
    closing = act(api, incident_id, "close", expect=409)
    assert closing["error"] == "invalid_transition"
    assert "incident is new; it cannot become closed" in closing["detail"]
    assert act(api, incident_id, "status", status="resolved", expect=409)["error"] == "invalid_transition"
    busy = next(u["id"] for u in api.get("/api/v1/units").json()["items"] if u["status"] == "available")
    assert "acknowledged" in act(api, incident_id, "assign", unit_id=busy, expect=409)["detail"]
    act(api, incident_id, "acknowledge", operator="op.a")
    taken = act(api, incident_id, "assign", operator="op.b", unit_id=busy, expect=409)
    assert taken["error"] == "owned_by_other" and "owned by op.a" in taken["detail"]
    assert act(api, incident_id, "note", operator="op.b", note="seen on cam-03")["owner"] == "op.a"
    assert act(api, incident_id, "status", status="landed", expect=400)["error"] == "invalid_request"
    assert act(api, incident_id, "assign", unit_id="unit-zz", expect=404)["error"] == "not_found"
    out = next(u for u in api.get("/api/v1/units").json()["items"] if u["status"] == "out_of_service")
    refused = act(api, incident_id, "assign", unit_id=out["id"], expect=409)
    assert refused["error"] == "unit_unavailable" and out["call_sign"] in refused["detail"]
    assert api.get(f"/api/v1/incidents/{incident_id}").json()["status"] == "acknowledged"
    act(api, incident_id, "false_alarm")
    assert act(api, incident_id, "acknowledge", expect=409)["error"] == "invalid_transition"


def test_related_incidents_are_near_in_place_and_time(api):
    first, _ = create(api, "fire_smoke", lat=51.0901, lon=71.6101, title="Smoke from a courtyard")
    second, _ = create(api, "fire_smoke", lat=51.0902, lon=71.6103, title="Smoke seen by a driver")
    far, _ = create(api, "fire_smoke", lat=51.0601, lon=71.6601, title="Smoke far away")
    related = [r["id"] for r in api.get(f"/api/v1/incidents/{first['id']}").json()["related"]]
    assert second["id"] in related and far["id"] not in related and first["id"] not in related


def test_sos_press_raises_a_critical_incident_and_an_event(backend, api):
    async def press_and_listen():
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(f"{backend.url}/api/v1/events") as ws:
                async with http.post(f"{backend.url}/api/v1/sos/sos-02/press") as response:
                    assert response.status == 201
                    answer = await response.json()
                deadline = time.monotonic() + 20
                seen = {}
                while time.monotonic() < deadline and len(seen) < 2:
                    message = json.loads((await ws.receive(timeout=20)).data)
                    if message["type"] in ("sos.pressed", "incident.created") and (
                            message["data"].get("incident_id") == answer["incident_id"]
                            or message["data"].get("id") == answer["incident_id"]):
                        seen[message["type"]] = message["data"]
                return answer, seen

    answer, seen = asyncio.run(press_and_listen())
    assert_valid(answer, response_schema(DOC, "/api/v1/sos/{point}/press", "post", 201), DOC)
    assert answer["incident"]["severity"] == "critical" and answer["incident"]["type"] == "sos_call"
    assert len(answer["camera_ids"]) == 4 and answer["camera_ids"][0] == answer["incident"]["camera_id"]
    assert seen["sos.pressed"]["camera_ids"] == answer["camera_ids"]
    assert seen["incident.created"]["status"] == "new"
    assert api.post("/api/v1/sos/sos-99/press").status_code == 404


def test_snapshot_is_the_cameras_current_frame(api):
    response = api.get("/api/v1/cameras/cam-03/snapshot.jpg")
    assert response.status_code == 200 and response.headers["content-type"] == "image/jpeg"
    image = cv2.imdecode(np.frombuffer(response.content, np.uint8), cv2.IMREAD_COLOR)
    assert image.shape == (360, 640, 3) and image.std() > 10
    assert abs(int(response.headers["x-frame-time-ms"]) - time.time() * 1000) < 60_000
    assert api.get("/api/v1/cameras/cam-77/snapshot.jpg").status_code == 404


def test_a_dispatched_unit_drives_to_the_incident_and_turns_on_scene(api):
    from console.sim.district import KosshyDistrict

    graph = KosshyDistrict().graph
    police = [u for u in api.get("/api/v1/units").json()["items"] if u["kind"] == "police" and u["status"] == "available"]
    assert police, "an available patrol"
    chosen = police[0]
    node = graph.nodes[graph.nearest_node(chosen["lat"], chosen["lon"])]  # a short drive: to its next intersection
    incident, _ = create(api, "public_order", lat=node.lat, lon=node.lon, title="Crowd blocking the crossing")
    act(api, incident["id"], "acknowledge")
    act(api, incident["id"], "assign", unit_id=chosen["id"])
    deadline = time.monotonic() + 180
    while unit(api, chosen["id"])["status"] != "on_scene":
        assert unit(api, chosen["id"])["status"] == "en_route"
        assert time.monotonic() < deadline, "the unit never arrived"
        time.sleep(0.5)
    arrived = unit(api, chosen["id"])
    assert distance_m(arrived["lat"], arrived["lon"], node.lat, node.lon) < 1.0
    assert arrived["incident_id"] == incident["id"]
    act(api, incident["id"], "false_alarm")
    assert unit(api, chosen["id"])["status"] == "available" and unit(api, chosen["id"])["incident_id"] is None
