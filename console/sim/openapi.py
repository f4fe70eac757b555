"""The OpenAPI 3.1 document of contract v1, served at /openapi.json."""

from __future__ import annotations

from typing import Any


def _obj(required: list[str], **props: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": props}


_NUM = {"type": "number"}
_INT = {"type": "integer"}
_STR = {"type": "string"}
_NULLSTR = {"type": ["string", "null"]}
_POINT = {"type": "array", "items": _NUM, "minItems": 2, "maxItems": 2}

SCHEMAS: dict[str, Any] = {
    "Error": _obj(["error", "detail"], error=_STR, detail=_STR),
    "Stream": _obj(["profile", "url", "codec", "width", "height", "fps", "clock"],
                   profile={"enum": ["main", "sub"]}, url=_STR, codec=_STR, width=_INT, height=_INT, fps=_NUM,
                   clock={"enum": ["pts-unix90k", "arrival"]}),
    "Camera": _obj(["id", "number", "name", "kind", "lat", "lon", "heading_deg", "fov_deg", "district", "status", "streams"],
                   id=_STR, number=_INT, name=_STR, kind={"enum": ["fixed", "ptz", "mobile", "drone", "bodycam"]},
                   lat=_NUM, lon=_NUM, heading_deg=_NUM, fov_deg=_NUM, district=_STR,
                   status={"enum": ["online", "offline"]},
                   zones={"type": "array", "items": {"$ref": "#/components/schemas/Zone"}},
                   streams={"type": "array", "items": {"$ref": "#/components/schemas/Stream"}}),
    "Unit": _obj(["id", "call_sign", "kind", "status", "lat", "lon", "heading_deg", "updated_ms"],
                 id=_STR, call_sign=_STR, kind={"enum": ["police", "ambulance", "utility", "fire"]},
                 status={"enum": ["available", "en_route", "on_scene", "busy", "out_of_service"]},
                 lat=_NUM, lon=_NUM, heading_deg=_NUM, updated_ms=_INT),
    "Incident": _obj(["id", "type", "severity", "status", "title", "camera_id", "lat", "lon", "district", "created_ms",
                      "updated_ms", "owner"],
                     id=_STR, type=_STR, severity={"enum": ["critical", "high", "medium", "low"]}, status=_STR,
                     title=_STR, camera_id=_NULLSTR, lat=_NUM, lon=_NUM, district=_STR, created_ms=_INT,
                     updated_ms=_INT, owner=_NULLSTR),
    "Activity": _obj(["ts_ms", "actor", "action", "detail"], ts_ms=_INT, actor=_STR, action=_STR, detail=_STR),
    "Site": _obj(["name", "timezone", "centre", "districts", "roads"],
                 name=_STR, timezone=_STR, centre=_obj(["lat", "lon"], lat=_NUM, lon=_NUM),
                 districts={"type": "array", "items": _obj(["id", "name", "polygon"], id=_STR, name=_STR,
                                                             polygon={"type": "array", "items": _POINT})},
                 roads={"type": "array", "items": _obj(["id", "name", "points"], id=_STR, name=_STR,
                                                         points={"type": "array", "items": _POINT})},
                 sos_points={"type": "array", "items": _obj(["id", "name", "lat", "lon"], id=_STR, name=_STR,
                                                              lat=_NUM, lon=_NUM)}),
    "Zone": _obj(["id", "name", "kind", "points"], id=_STR, name=_STR, kind={"enum": ["zone", "line"]},
                 points={"type": "array", "items": _POINT, "minItems": 2}),
    "Layout": _obj(["version", "name", "preset", "cameras", "tours"], version=_INT,
                   name={"type": "string", "minLength": 1, "maxLength": 64}, preset=_STR,
                   cameras={"type": "array", "items": _NULLSTR},
                   tours={"type": "array", "items": _obj(["cameras", "interval_s", "cell"], interval_s=_NUM,
                                                          cameras={"type": "array", "items": _STR},
                                                          cell={"type": ["integer", "null"]})}),
    "Action": _obj(["action", "idempotency_key", "operator"], action={"enum": ["acknowledge", "note"]},
                   idempotency_key={"type": "string", "minLength": 8, "maxLength": 128},
                   operator={"type": "string", "minLength": 1, "maxLength": 64},
                   note={"type": "string", "maxLength": 4000}),
    "User": _obj(["username", "role", "display_name"], username=_STR, display_name=_STR,
                 role={"enum": ["operator", "supervisor", "drone_pilot", "administrator"]}),
    "Tokens": _obj(["access_token", "refresh_token", "token_type", "expires_in", "refresh_expires_in", "user"],
                   access_token=_STR, refresh_token=_STR, token_type={"enum": ["bearer"]}, expires_in=_NUM,
                   refresh_expires_in=_NUM, user={"$ref": "#/components/schemas/User"}),
    "Forbidden": _obj(["error", "detail", "permission", "role"], error={"enum": ["forbidden"]}, detail=_STR,
                      permission=_STR, role=_STR),
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERR = {"description": "Error with a reason", "content": {"application/json": {"schema": _ref("Error")}}}
_401 = {"description": "Not signed in, or the token is invalid or expired (WWW-Authenticate: Bearer)",
        "content": {"application/json": {"schema": _ref("Error")}}}
_403 = {"description": "The user's role may not do this", "content": {"application/json": {"schema": _ref("Forbidden")}}}
_BEARER: list[dict[str, list[str]]] = [{"bearer": []}]


def _auth_paths() -> dict[str, Any]:
    credentials = _obj(["username", "password"], username=_STR, password=_STR)
    me = {"allOf": [_ref("User"), _obj(["permissions", "auth_required"], permissions={"type": "array", "items": _STR},
                                       auth_required={"type": "boolean"})]}
    return {
        "/api/v1/auth/token": {"post": {
            "operationId": "authToken", "security": [],
            "requestBody": {"required": True, "content": {"application/json": {"schema": credentials}}},
            "responses": {"200": _ok(_ref("Tokens")), "400": _ERR, "401": _401}}},
        "/api/v1/auth/refresh": {"post": {
            "operationId": "authRefresh", "security": [],
            "requestBody": {"required": True, "content": {"application/json": {"schema": _obj(
                ["refresh_token"], refresh_token=_STR)}}},
            "responses": {"200": _ok(_ref("Tokens")), "400": _ERR, "401": _401}}},
        "/api/v1/auth/me": {"get": {"operationId": "authMe", "security": _BEARER,
                                    "responses": {"200": _ok(me), "401": _401}}},
        "/api/v1/users": {"get": {"operationId": "users", "security": _BEARER,
                                  "responses": {"200": _ok(_list_of("User")), "401": _401, "403": _403}}},
    }


def _list_of(name: str, **extra: Any) -> dict[str, Any]:
    return _obj(["items", *extra], items={"type": "array", "items": _ref(name)}, **extra)


def _query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema}


def document() -> dict[str, Any]:
    incident_detail = {"allOf": [_ref("Incident"), _obj(["activity"], activity={"type": "array", "items": _ref("Activity")})]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Qala city backend", "version": "1"},
        "paths": {
            "/api/v1/health": {"get": {"operationId": "health", "responses": {"200": _ok(
                _obj(["status", "version", "time_ms"], status=_STR, version=_STR, time_ms=_INT,
                     auth_required={"type": "boolean"}))}}},
            "/api/v1/site": {"get": {"operationId": "site", "responses": {"200": _ok(_ref("Site"))}}},
            "/api/v1/cameras": {"get": {"operationId": "cameras", "responses": {"200": _ok(_list_of("Camera"))}}},
            "/api/v1/units": {"get": {"operationId": "units", "responses": {"200": _ok(_list_of("Unit"))}}},
            "/api/v1/incidents": {"get": {
                "operationId": "incidents",
                "parameters": [_query("status", _STR), _query("type", _STR), _query("district", _STR),
                               _query("camera_id", _STR), _query("limit", {"type": "integer", "minimum": 1, "maximum": 500}),
                               _query("cursor", _STR)],
                "responses": {"200": _ok(_list_of("Incident", next_cursor=_NULLSTR)), "400": _ERR}}},
            "/api/v1/incidents/{id}": {"get": {
                "operationId": "incident",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": _STR}],
                "responses": {"200": _ok(incident_detail), "404": _ERR}}},
            "/api/v1/incidents/{id}/actions": {"post": {
                "operationId": "incidentAction",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": _STR}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("Action")}}},
                "responses": {"200": _ok(_ref("Incident")), "400": _ERR, "404": _ERR, "409": _ERR}}},
            "/api/v1/layouts": {"get": {"operationId": "layouts", "responses": {"200": _ok(_list_of("Layout"))}}},
            "/api/v1/layouts/{name}": {"put": {
                "operationId": "putLayout",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": _STR}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("Layout")}}},
                "responses": {"200": _ok(_ref("Layout")), "400": _ERR}}},
            "/api/v1/events": {"get": {
                "operationId": "events",
                "description": "WebSocket. Envelopes {seq, ts_ms, type, data}; since=SEQ replays what followed SEQ.",
                "parameters": [_query("since", {"type": "integer", "minimum": 0})],
                "responses": {"101": {"description": "Switching to WebSocket"}, "400": _ERR}}},
            "/video/{camera_id}/{profile}.ts": {"get": {
                "operationId": "video",
                "parameters": [{"name": "camera_id", "in": "path", "required": True, "schema": _STR},
                               {"name": "profile", "in": "path", "required": True, "schema": {"enum": ["main", "sub"]}}],
                "responses": {"200": {"description": "Live MPEG-TS, H.264, PTS = unix ms × 90",
                                      "content": {"video/mp2t": {}}}, "404": _ERR}}},
            **_auth_paths(),
        },
        "components": {"schemas": SCHEMAS, "securitySchemes": {"bearer": {
            "type": "http", "scheme": "bearer",
            "description": "From POST /api/v1/auth/token. Required on /api/v1 routes (except health and auth) when "
                           "the backend runs with auth on; a role lacking a permission gets 403 Forbidden."}}},
    }
