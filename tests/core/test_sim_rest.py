"""The embedded city backend's REST API and OpenAPI document (docs/contract.md), against a live backend process."""

import asyncio
import json
import sqlite3
import time
import uuid

import aiohttp
import httpx
import pytest

from console.api.local_backend import LocalBackend
from console.sim.openapi import document

# -- a small JSON-schema validator (the subset the OpenAPI document uses) ---------------------------------------

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_KNOWN = {
    "type",
    "required",
    "properties",
    "items",
    "enum",
    "$ref",
    "allOf",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "description",
}


def schema_errors(value, schema, root, path="$"):
    """Every way `value` breaks `schema` (resolving $ref against `root`), as readable strings."""
    unknown = set(schema) - _KNOWN
    assert not unknown, f"validator does not support {unknown} at {path}"
    errors = []
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/components/schemas/"), ref
        errors += schema_errors(value, root["components"]["schemas"][ref.rsplit("/", 1)[1]], root, path)
    for part in schema.get("allOf", []):
        errors += schema_errors(value, part, root, path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            return [*errors, f"{path}: {value!r} is not of type {types}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        errors += [f"{path}: missing {name!r}" for name in schema.get("required", []) if name not in value]
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                errors += schema_errors(value[name], sub, root, f"{path}.{name}")
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += schema_errors(item, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
    if _TYPES["number"](value):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: {value} > {schema['maximum']}")
    return errors


def assert_valid(value, schema, root):
    errors = schema_errors(value, schema, root)
    assert not errors, "\n".join(errors[:20])


def response_schema(doc, path, method, status):
    return doc["paths"][path][method]["responses"][str(status)]["content"]["application/json"]["schema"]


ERROR_SCHEMA = {"$ref": "#/components/schemas/Error"}

# -- the live backend --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-rest"))
    local.start()
    yield local
    local.stop()


@pytest.fixture
def api(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def served_doc(backend):
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        return client.get("/openapi.json").json()


def all_incidents(api):
    body = api.get("/api/v1/incidents", params={"limit": 500}).json()
    assert body["next_cursor"] is None, "more than 500 incidents: the test assumes one page holds them all"
    return body["items"]


def assert_error(response, status, doc, error=None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert_valid(body, ERROR_SCHEMA, doc)
    assert body["detail"]
    if error is not None:
        assert body["error"] == error
    return body


# -- the validator itself can fail ------------------------------------------------------------------------------


def test_validator_rejects_what_the_schema_forbids():
    """Each supported keyword catches a violation (so a passing validation below means something)."""
    doc = document()
    camera = {
        "id": "cam-01",
        "number": 1,
        "name": "x",
        "kind": "fixed",
        "lat": 1.0,
        "lon": 2,
        "heading_deg": 0,
        "fov_deg": 60,
        "district": "d",
        "status": "online",
        "streams": [
            {
                "profile": "sub",
                "url": "http://h/v",
                "codec": "h264",
                "width": 640,
                "height": 360,
                "fps": 25,
                "clock": "pts-unix90k",
            }
        ],
    }
    ref = {"$ref": "#/components/schemas/Camera"}
    assert schema_errors(camera, ref, doc) == []
    assert schema_errors({**camera, "number": "1"}, ref, doc)  # type
    assert schema_errors({**camera, "number": True}, ref, doc)  # bool is not an integer
    assert schema_errors({**camera, "kind": "satellite"}, ref, doc)  # enum
    assert schema_errors({k: v for k, v in camera.items() if k != "streams"}, ref, doc)  # required
    assert schema_errors(
        {**camera, "streams": [{**camera["streams"][0], "clock": "x"}]}, ref, doc
    )  # items + $ref
    assert schema_errors(
        {"owner": 3}, {"type": "object", "properties": {"owner": {"type": ["string", "null"]}}}, doc
    )
    assert not schema_errors(
        {"owner": None}, {"type": "object", "properties": {"owner": {"type": ["string", "null"]}}}, doc
    )
    point = doc["components"]["schemas"]["Site"]["properties"]["roads"]["items"]["properties"]["points"][
        "items"
    ]
    assert schema_errors([1.0], point, doc) and schema_errors([1.0, 2.0, 3.0], point, doc)  # min/maxItems
    key = doc["components"]["schemas"]["Action"]["properties"]["idempotency_key"]
    assert schema_errors("short", key, doc) and schema_errors("k" * 129, key, doc)  # min/maxLength
    limit = {"type": "integer", "minimum": 1, "maximum": 500}
    assert (
        schema_errors(0, limit, doc) and schema_errors(501, limit, doc) and not schema_errors(500, limit, doc)
    )
    detail = response_schema(doc, "/api/v1/incidents/{id}", "get", 200)
    assert any("activity" in e for e in schema_errors({"id": "x"}, detail, doc))  # allOf


# -- REST ---------------------------------------------------------------------------------------------------------


def test_health_reports_ok_and_the_current_time(api, served_doc):
    """Health answers status ok, version 1 and the server clock in Unix ms."""
    body = api.get("/api/v1/health").json()
    assert_valid(body, response_schema(served_doc, "/api/v1/health", "get", 200), served_doc)
    assert body["status"] == "ok" and body["version"] == "1"
    assert abs(body["time_ms"] - time.time() * 1000) < 5000


def test_site_has_districts_and_roads(api, served_doc):
    """The site carries at least three districts with polygons and a road network."""
    site = api.get("/api/v1/site").json()
    assert_valid(site, response_schema(served_doc, "/api/v1/site", "get", 200), served_doc)
    assert len(site["districts"]) >= 3
    assert all(len(d["polygon"]) >= 3 for d in site["districts"])
    assert len({d["id"] for d in site["districts"]}) == len(site["districts"])
    assert site["roads"] and all(len(r["points"]) >= 2 for r in site["roads"])
    assert -90 <= site["centre"]["lat"] <= 90 and -180 <= site["centre"]["lon"] <= 180


def test_cameras_list_sixteen_cameras_with_main_and_sub_streams(api, backend, served_doc):
    """16 street cameras and the drone (17), each with a 1280x720 main and 640x360 sub H.264 25 fps stream."""
    body = api.get("/api/v1/cameras").json()
    assert_valid(body, response_schema(served_doc, "/api/v1/cameras", "get", 200), served_doc)
    cameras = body["items"]
    assert sorted(c["number"] for c in cameras) == list(range(1, 18))
    assert len({c["id"] for c in cameras}) == 17
    assert [c["kind"] for c in cameras if c["number"] == 17] == ["drone"]
    district_ids = {d["id"] for d in api.get("/api/v1/site").json()["districts"]}
    for camera in cameras:
        assert camera["id"] == f"cam-{camera['number']:02d}"
        assert camera["district"] in district_ids
        streams = {s["profile"]: s for s in camera["streams"]}
        assert set(streams) == {"main", "sub"}
        for profile, (width, height) in (("main", (1280, 720)), ("sub", (640, 360))):
            stream = streams[profile]
            assert (stream["width"], stream["height"]) == (width, height)
            assert stream["codec"] == "h264" and stream["fps"] == 25 and stream["clock"] == "pts-unix90k"
            url = httpx.URL(stream["url"])
            assert url.scheme == "http" and url.host and url.port
            assert url.path == f"/video/{camera['id']}/{profile}.ts"


def test_units_cover_every_kind(api, served_doc):
    """At least 8 units, police, ambulance, utility and fire all present, with unique ids."""
    body = api.get("/api/v1/units").json()
    assert_valid(body, response_schema(served_doc, "/api/v1/units", "get", 200), served_doc)
    units = body["items"]
    assert len(units) >= 8
    assert {u["kind"] for u in units} == {"police", "ambulance", "utility", "fire"}
    assert len({u["id"] for u in units}) == len(units)


def test_incidents_hold_seeded_history_newest_first(api, served_doc):
    """At least 200 incidents of history, ordered newest first (created_ms, then id, descending)."""
    body = api.get("/api/v1/incidents", params={"limit": 500}).json()
    assert_valid(body, response_schema(served_doc, "/api/v1/incidents", "get", 200), served_doc)
    items = body["items"]
    assert len(items) >= 200
    keys = [(i["created_ms"], i["id"]) for i in items]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    default = api.get("/api/v1/incidents").json()
    assert len(default["items"]) == 100 and default["next_cursor"]  # default limit 100


@pytest.mark.parametrize(
    "field,value",
    [("status", "closed"), ("status", "acknowledged"), ("type", "road_accident"), ("type", "fire_smoke")],
)
def test_incident_filters_return_exactly_the_matching_incidents(api, served_doc, field, value):
    """A status or type filter returns every matching incident and nothing else."""
    expected = [i["id"] for i in all_incidents(api) if i[field] == value]
    assert expected, f"seeded history has no {field}={value}"
    body = api.get("/api/v1/incidents", params={field: value, "limit": 500}).json()
    assert_valid(body, response_schema(served_doc, "/api/v1/incidents", "get", 200), served_doc)
    assert all(i[field] == value for i in body["items"])
    assert [i["id"] for i in body["items"]] == expected


def test_cursor_paging_walks_every_incident_once(api, served_doc):
    """Pages of 37 joined by next_cursor give every incident once, in order, with no gap and no duplicate."""
    pages, cursor = [], None
    while True:
        params = {"limit": 37, **({"cursor": cursor} if cursor else {})}
        body = api.get("/api/v1/incidents", params=params).json()
        assert_valid(body, response_schema(served_doc, "/api/v1/incidents", "get", 200), served_doc)
        assert len(body["items"]) <= 37
        pages.append(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert len(body["items"]) == 37  # only the last page is short
        assert len(pages) < 50
    walked = [i for page in pages for i in page]
    top = (walked[0]["created_ms"], walked[0]["id"])
    # live incidents created after the first page are newer than `top`: they are not part of this walk
    everything = [i["id"] for i in all_incidents(api) if (i["created_ms"], i["id"]) <= top]
    assert [i["id"] for i in walked] == everything
    assert len(pages) >= 6


@pytest.mark.parametrize("limit", ["0", "501", "-3", "ten", ""])
def test_incident_limit_out_of_range_is_a_400(api, served_doc, limit):
    """limit outside 1..500 (or not a number) is refused with a JSON error, never a 5xx."""
    response = api.get("/api/v1/incidents", params={"limit": limit})
    assert_valid(response.json(), response_schema(served_doc, "/api/v1/incidents", "get", 400), served_doc)
    assert_error(response, 400, served_doc)


@pytest.mark.parametrize("cursor", ["abc", "!!!", "bm90LWEtY3Vyc29y"])
def test_bad_cursor_is_a_400(api, served_doc, cursor):
    """A cursor this server did not issue is refused with 400 invalid_cursor."""
    assert_error(api.get("/api/v1/incidents", params={"cursor": cursor}), 400, served_doc, "invalid_cursor")


def test_incident_detail_has_activity(api, served_doc, new_incident):
    """GET /incidents/{id} is the incident plus its activity; a live incident's log starts with 'created'."""
    for incident_id in (new_incident["id"], all_incidents(api)[-1]["id"]):
        body = api.get(f"/api/v1/incidents/{incident_id}").json()
        assert_valid(body, response_schema(served_doc, "/api/v1/incidents/{id}", "get", 200), served_doc)
        assert body["id"] == incident_id
        assert isinstance(body["activity"], list)
    body = api.get(f"/api/v1/incidents/{new_incident['id']}").json()
    assert body["activity"][0]["action"] == "created"
    assert body["activity"][0]["ts_ms"] == body["created_ms"]


def test_unknown_incident_and_unknown_path_are_json_404(api, served_doc):
    """An unknown incident id and an unknown path both answer 404 with the JSON error shape."""
    response = api.get("/api/v1/incidents/inc-doesnotexist")
    assert_valid(
        response.json(), response_schema(served_doc, "/api/v1/incidents/{id}", "get", 404), served_doc
    )
    assert_error(response, 404, served_doc, "not_found")
    assert_error(api.get("/api/v1/no-such-thing"), 404, served_doc)
    assert_error(api.get("/nothing/here"), 404, served_doc)


# -- OpenAPI ------------------------------------------------------------------------------------------------------


def test_openapi_document_lists_every_path(served_doc):
    """/openapi.json is OpenAPI 3.1 with every contract path and a 200 (or 101) answer for each."""
    assert served_doc["openapi"].startswith("3.1")
    assert served_doc == json.loads(json.dumps(document()))
    expected = {
        ("/api/v1/health", "get"),
        ("/api/v1/site", "get"),
        ("/api/v1/cameras", "get"),
        ("/api/v1/units", "get"),
        ("/api/v1/incidents", "get"),
        ("/api/v1/incidents/{id}", "get"),
        ("/api/v1/incidents/{id}/actions", "post"),
        ("/api/v1/events", "get"),
        ("/video/{camera_id}/{profile}.ts", "get"),
    }
    present = {(path, method) for path, ops in served_doc["paths"].items() for method in ops}
    assert expected <= present
    schemas = served_doc["components"]["schemas"]
    assert {"Error", "Site", "Camera", "Stream", "Unit", "Incident", "Activity", "Action"} <= set(schemas)

    def refs(node):
        if isinstance(node, dict):
            if "$ref" in node:
                yield node["$ref"]
            for v in node.values():
                yield from refs(v)
        elif isinstance(node, list):
            for v in node:
                yield from refs(v)

    for ref in refs(served_doc):
        assert ref.rsplit("/", 1)[1] in schemas, f"dangling {ref}"


# -- actions ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def new_incident(backend):
    """A live incident in status new (resident reports start 3 s after start; analytics raise others)."""
    deadline = time.monotonic() + 40
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        while time.monotonic() < deadline:
            items = client.get("/api/v1/incidents", params={"status": "new", "limit": 5}).json()["items"]
            if items:
                return items[0]
            time.sleep(0.25)
    pytest.fail("no new incident appeared within 40 s")


async def _acknowledge_watching_events(base_url, incident_id, body):
    """POST the action while a WebSocket listens; returns (status, answer, the incident.updated event or None)."""
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(f"{base_url}/api/v1/events") as ws:
            async with session.post(
                f"{base_url}/api/v1/incidents/{incident_id}/actions", json=body
            ) as response:
                status, answer = response.status, await response.json()
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                message = await ws.receive(timeout=5)
                assert message.type == aiohttp.WSMsgType.TEXT, message
                event = json.loads(message.data)
                if event["type"] == "incident.updated" and event["data"]["id"] == incident_id:
                    return status, answer, event
            return status, answer, None


@pytest.fixture(scope="module")
def acknowledged(backend, new_incident):
    """The new incident acknowledged once over REST, with the event the WebSocket saw for it."""
    body = {"action": "acknowledge", "idempotency_key": f"ack-{uuid.uuid4().hex}", "operator": "op.tester"}
    status, answer, event = asyncio.run(_acknowledge_watching_events(backend.url, new_incident["id"], body))
    return {"body": body, "status": status, "answer": answer, "event": event}


def _db_counts(backend, incident_id, key):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'incidents.db'}?mode=ro", uri=True)
    try:
        activity = conn.execute(
            "SELECT count(*) FROM activity WHERE incident_id = ? AND action = 'acknowledge'", (incident_id,)
        ).fetchone()[0]
        audit = conn.execute(
            "SELECT count(*) FROM audit WHERE target = ? AND action = 'acknowledge'", (incident_id,)
        ).fetchone()[0]
        keys = conn.execute("SELECT count(*) FROM idempotency WHERE key = ?", (key,)).fetchone()[0]
        return activity, audit, keys
    finally:
        conn.close()


def test_acknowledge_sets_status_and_owner(acknowledged, new_incident, served_doc):
    """Acknowledging a new incident answers 200 with the updated Incident: acknowledged, owned by the operator."""
    assert acknowledged["status"] == 200, acknowledged["answer"]
    answer = acknowledged["answer"]
    assert_valid(
        answer, response_schema(served_doc, "/api/v1/incidents/{id}/actions", "post", 200), served_doc
    )
    assert answer["id"] == new_incident["id"]
    assert answer["status"] == "acknowledged" and answer["owner"] == "op.tester"
    assert answer["updated_ms"] >= new_incident["updated_ms"]


def test_acknowledge_is_published_as_incident_updated(acknowledged):
    """The applied action reaches WebSocket clients as an incident.updated event carrying the new state."""
    event = acknowledged["event"]
    assert event is not None, "no incident.updated event within 15 s"
    assert event["data"] == acknowledged["answer"]


def test_same_idempotency_key_gives_the_same_answer_applied_once(api, backend, acknowledged, new_incident):
    """Replaying the same key answers the first answer again and writes no second activity or audit row."""
    incident_id, body = new_incident["id"], acknowledged["body"]
    for _ in range(2):
        again = api.post(f"/api/v1/incidents/{incident_id}/actions", json=body)
        assert again.status_code == 200 and again.json() == acknowledged["answer"]
    assert _db_counts(backend, incident_id, body["idempotency_key"]) == (1, 1, 1)
    detail = api.get(f"/api/v1/incidents/{incident_id}").json()
    acks = [a for a in detail["activity"] if a["action"] == "acknowledge"]
    assert len(acks) == 1 and acks[0]["actor"] == "op.tester"


def test_acknowledging_again_with_a_new_key_is_a_409(api, backend, acknowledged, new_incident, served_doc):
    """A second acknowledge (new key) is refused 409 with a reason, and changes nothing."""
    incident_id = new_incident["id"]
    body = {"action": "acknowledge", "idempotency_key": f"ack-{uuid.uuid4().hex}", "operator": "op.other"}
    response = api.post(f"/api/v1/incidents/{incident_id}/actions", json=body)
    assert_valid(
        response.json(),
        response_schema(served_doc, "/api/v1/incidents/{id}/actions", "post", 409),
        served_doc,
    )
    error = assert_error(response, 409, served_doc)
    assert "acknowledged" in error["detail"]
    assert api.get(f"/api/v1/incidents/{incident_id}").json()["owner"] == "op.tester"
    assert _db_counts(backend, incident_id, body["idempotency_key"]) == (1, 1, 0)


def test_idempotency_key_reused_for_another_incident_is_a_409(api, acknowledged, served_doc):
    """A key already spent on one incident cannot be used on another."""
    other = all_incidents(api)[-1]["id"]
    body = {**acknowledged["body"], "action": "note", "note": "hello"}
    assert_error(
        api.post(f"/api/v1/incidents/{other}/actions", json=body), 409, served_doc, "idempotency_key_reused"
    )


def test_note_is_recorded_in_the_activity(api, new_incident, served_doc):
    """A note with text is applied: 200, and the activity ends with it."""
    body = {
        "action": "note",
        "idempotency_key": f"note-{uuid.uuid4().hex}",
        "operator": "op.tester",
        "note": "units informed",
    }
    response = api.post(f"/api/v1/incidents/{new_incident['id']}/actions", json=body)
    assert response.status_code == 200, response.text
    assert_valid(
        response.json(),
        response_schema(served_doc, "/api/v1/incidents/{id}/actions", "post", 200),
        served_doc,
    )
    activity = api.get(f"/api/v1/incidents/{new_incident['id']}").json()["activity"]
    assert activity[-1] == {
        "ts_ms": response.json()["updated_ms"],
        "actor": "op.tester",
        "action": "note",
        "detail": "units informed",
    }


def _key():
    return f"bad-{uuid.uuid4().hex}"


@pytest.mark.parametrize(
    "body",
    [
        {"action": "note", "operator": "op"},  # note without text
        {"action": "note", "operator": "op", "note": "   "},
        {"action": "reopen", "operator": "op"},  # unknown action
        {"action": 1, "operator": "op"},  # wrong types
        {"action": "acknowledge", "operator": ["op"]},
        {"action": "acknowledge", "operator": "op", "note": 5},
        {"action": "acknowledge", "operator": ""},
        {"action": "acknowledge", "operator": "op", "idempotency_key": 12345678},
        {"action": "acknowledge", "operator": "op", "idempotency_key": "short"},
        {"action": "acknowledge"},  # missing operator
        ["acknowledge"],  # not an object
    ],
)
def test_invalid_action_bodies_are_a_400(api, backend, new_incident, served_doc, body):
    """Bad action bodies are refused with 400 and a JSON reason."""
    if isinstance(body, dict):
        body = {"idempotency_key": _key(), **body}
    response = api.post(f"/api/v1/incidents/{new_incident['id']}/actions", json=body)
    assert_valid(
        response.json(),
        response_schema(served_doc, "/api/v1/incidents/{id}/actions", "post", 400),
        served_doc,
    )
    assert_error(response, 400, served_doc)


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe", b'{"action": "note",'])
def test_malformed_json_action_is_a_400(api, new_incident, served_doc, raw):
    """A body that is not JSON is a 400, never a 5xx."""
    response = api.post(
        f"/api/v1/incidents/{new_incident['id']}/actions",
        content=raw,
        headers={"content-type": "application/json"},
    )
    assert_error(response, 400, served_doc)


def test_action_on_unknown_incident_is_a_404(api, served_doc):
    """Acting on an incident that does not exist is a 404 JSON error."""
    body = {"action": "acknowledge", "idempotency_key": _key(), "operator": "op"}
    assert_error(api.post("/api/v1/incidents/inc-nope/actions", json=body), 404, served_doc, "not_found")
