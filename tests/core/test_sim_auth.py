"""Sign-in, tokens and roles, enforced by a live embedded backend running with `--auth on`."""

import asyncio
import json
import time
import uuid

import aiohttp
import httpx
import pytest

from console.api.local_backend import LocalBackend
from console.sim.auth import DEMO_USERS, Authenticator, hash_password, verify_password
from tests.core.test_sim_rest import assert_valid, response_schema

TTL_S = 4


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-auth"),
                         extra_args=["--auth", "on", "--token-ttl", str(TTL_S), "--video-workers", "1"])
    local.start()
    yield local
    local.stop()


@pytest.fixture
def api(backend):
    with httpx.Client(base_url=backend.url, timeout=20) as client:
        yield client


@pytest.fixture(scope="module")
def doc(backend):
    return httpx.get(backend.url + "/openapi.json", timeout=20).json()


def sign_in(api, username):
    role, password, _ = DEMO_USERS[username]
    response = api.post("/api/v1/auth/token", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return response.json()


def bearer(tokens):
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def test_password_hashes_verify_and_the_users_file_holds_no_password(tmp_path):
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored) and not verify_password("wrong", stored)
    assert not verify_password("x", "garbage")
    Authenticator(tmp_path)
    text = (tmp_path / "users.json").read_text()
    assert {u["role"] for u in json.loads(text)["users"]} == {"operator", "supervisor", "drone_pilot", "administrator"}
    for _, password, _ in DEMO_USERS.values():
        assert password not in text


def test_sign_in_issues_tokens_matching_the_contract(api, doc):
    tokens = sign_in(api, "operator")
    assert_valid(tokens, response_schema(doc, "/api/v1/auth/token", "post", 200), doc)
    assert tokens["user"] == {"username": "operator", "role": "operator", "display_name": "Duty operator"}
    assert tokens["expires_in"] == TTL_S
    me = api.get("/api/v1/auth/me", headers=bearer(tokens))
    assert me.status_code == 200
    assert_valid(me.json(), response_schema(doc, "/api/v1/auth/me", "get", 200), doc)
    assert "incident.acknowledge" in me.json()["permissions"] and me.json()["auth_required"] is True


@pytest.mark.parametrize("body", [{"username": "operator", "password": "wrong"},
                                  {"username": "nobody", "password": "qala-operator"}])
def test_wrong_credentials_are_a_401(api, doc, body):
    response = api.post("/api/v1/auth/token", json=body)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_credentials"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_bad_sign_in_bodies_are_a_400(api):
    assert api.post("/api/v1/auth/token", content=b"not json").status_code == 400
    assert api.post("/api/v1/auth/token", json=["operator"]).status_code == 400
    assert api.post("/api/v1/auth/token", json={"username": 3, "password": "x"}).status_code == 400


def test_routes_need_a_token_but_health_does_not(api, doc):
    assert api.get("/api/v1/health").json()["auth_required"] is True
    for path in ("/api/v1/cameras", "/api/v1/incidents", "/api/v1/site", "/api/v1/auth/me"):
        response = api.get(path)
        assert response.status_code == 401, path
        assert response.json()["error"] == "unauthenticated"
    forged = api.get("/api/v1/cameras", headers={"Authorization": "Bearer abc.def"})
    assert forged.status_code == 401 and forged.json()["error"] == "invalid_token"
    assert api.get("/api/v1/cameras", headers={"Authorization": "Basic b3A6cHc="}).status_code == 401


def test_roles_are_enforced_with_a_reason(api, doc):
    operator, admin = sign_in(api, "operator"), sign_in(api, "admin")
    assert api.get("/api/v1/cameras", headers=bearer(operator)).status_code == 200
    refused = api.get("/api/v1/users", headers=bearer(operator))
    assert refused.status_code == 403
    assert_valid(refused.json(), response_schema(doc, "/api/v1/users", "get", 403), doc)
    assert refused.json()["role"] == "operator" and refused.json()["permission"] == "users.read"
    assert "operator" in refused.json()["detail"]
    users = api.get("/api/v1/users", headers=bearer(admin))
    assert users.status_code == 200
    assert_valid(users.json(), response_schema(doc, "/api/v1/users", "get", 200), doc)
    assert len(users.json()["items"]) == 4 and "password_hash" not in users.text

    pilot = sign_in(api, "pilot")
    layout = {"version": 1, "name": "pilot-wall", "preset": "1", "cameras": ["cam-01"], "tours": []}
    assert api.put("/api/v1/layouts/pilot-wall", json=layout, headers=bearer(pilot)).status_code == 403
    assert api.put("/api/v1/layouts/pilot-wall", json=layout, headers=bearer(operator)).status_code == 200


def _new_incident(api, tokens):
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        items = api.get("/api/v1/incidents", params={"status": "new", "limit": 5}, headers=bearer(tokens)).json()["items"]
        if items:
            return items[0]
        time.sleep(0.25)
    pytest.fail("no new incident within 40 s")


def test_a_drone_pilot_may_note_but_not_acknowledge(api, doc):
    pilot, operator = sign_in(api, "pilot"), sign_in(api, "operator")
    incident = _new_incident(api, operator)
    url = f"/api/v1/incidents/{incident['id']}/actions"

    def act(tokens, action):
        body = {"action": action, "idempotency_key": uuid.uuid4().hex, "operator": "someone-else", "note": "seen"}
        return api.post(url, json=body, headers=bearer(tokens))

    refused = act(pilot, "acknowledge")
    assert refused.status_code == 403 and refused.json()["permission"] == "incident.acknowledge"
    assert act(pilot, "note").status_code == 200
    acknowledged = act(operator, "acknowledge")
    assert acknowledged.status_code == 200 and acknowledged.json()["status"] == "acknowledged"
    activity = api.get(f"/api/v1/incidents/{incident['id']}", headers=bearer(operator)).json()["activity"]
    actors = {(a["action"], a["actor"]) for a in activity}
    # the token, not the body, names who acted
    assert ("acknowledge", "operator") in actors and ("note", "pilot") in actors
    assert not any(a["actor"] == "someone-else" for a in activity)


def test_expired_access_token_is_refused_and_refresh_gives_a_new_one(api, doc):
    tokens = sign_in(api, "supervisor")
    assert api.get("/api/v1/units", headers=bearer(tokens)).status_code == 200
    time.sleep(TTL_S + 1)
    expired = api.get("/api/v1/units", headers=bearer(tokens))
    assert expired.status_code == 401 and expired.json()["error"] == "token_expired"
    # an access token is not a refresh token
    assert api.post("/api/v1/auth/refresh", json={"refresh_token": tokens["access_token"]}).status_code == 401
    fresh = api.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert fresh.status_code == 200
    assert_valid(fresh.json(), response_schema(doc, "/api/v1/auth/refresh", "post", 200), doc)
    assert api.get("/api/v1/units", headers=bearer(fresh.json())).status_code == 200


def test_event_stream_needs_a_token(api, backend):
    tokens = sign_in(api, "operator")

    async def connect(headers):
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(f"{backend.url}/api/v1/events", headers=headers) as ws:
                    await ws.close()
                    return 101
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status

    assert asyncio.run(connect({})) == 401
    assert asyncio.run(connect(bearer(tokens))) == 101


def test_auth_off_keeps_every_route_open_and_still_signs_in(tmp_path):
    local = LocalBackend(tmp_path / "open", extra_args=["--video-workers", "1"])
    local.start()
    try:
        with httpx.Client(base_url=local.url, timeout=20) as api:
            assert api.get("/api/v1/health").json()["auth_required"] is False
            assert api.get("/api/v1/cameras").status_code == 200
            tokens = sign_in(api, "pilot")
            assert api.get("/api/v1/auth/me", headers=bearer(tokens)).json()["role"] == "drone_pilot"
    finally:
        local.stop()
