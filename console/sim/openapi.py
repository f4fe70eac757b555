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

from console.ops.lifecycle import INCIDENT_TYPES  # noqa: E402 - the backend's own list

_MS = {"type": "integer", "minimum": 0, "maximum": 2**53 - 1}  # exact in every JSON parser
_ID64 = {"type": "string", "minLength": 1, "maxLength": 64}

SCHEMAS: dict[str, Any] = {
    "Error": _obj(["error", "detail"], error=_STR, detail=_STR),
    "Stream": _obj(["profile", "url", "codec", "width", "height", "fps", "clock"],
                   profile={"enum": ["main", "sub"]}, url=_STR, codec=_STR, width=_INT, height=_INT, fps=_NUM,
                   clock={"enum": ["pts-unix90k", "arrival"]}),
    "Camera": _obj(["id", "number", "name", "kind", "lat", "lon", "heading_deg", "fov_deg", "district", "status", "streams"],
                   id=_STR, number=_INT, name=_STR, kind={"enum": ["fixed", "ptz", "mobile", "drone", "bodycam"]},
                   lat=_NUM, lon=_NUM, heading_deg=_NUM, fov_deg=_NUM, district=_STR,
                   status={"enum": ["online", "offline"]}, recording={"type": "boolean"},
                   zones={"type": "array", "items": {"$ref": "#/components/schemas/Zone"}},
                   streams={"type": "array", "items": {"$ref": "#/components/schemas/Stream"}}),
    "Unit": _obj(["id", "call_sign", "kind", "status", "lat", "lon", "heading_deg", "updated_ms"],
                 id=_STR, call_sign=_STR, kind={"enum": ["police", "ambulance", "utility", "fire"]},
                 status={"enum": ["available", "en_route", "on_scene", "busy", "out_of_service"]},
                 lat=_NUM, lon=_NUM, heading_deg=_NUM, updated_ms=_INT, incident_id=_NULLSTR),
    "Incident": _obj(["id", "type", "severity", "status", "title", "camera_id", "lat", "lon", "district", "created_ms",
                      "updated_ms", "owner"],
                     id=_STR, type=_STR, severity={"enum": ["critical", "high", "medium", "low"]}, status=_STR,
                     title=_STR, camera_id=_NULLSTR, lat=_NUM, lon=_NUM, district=_STR, created_ms=_INT,
                     updated_ms=_INT, owner=_NULLSTR, units={"type": "array", "items": _STR}),
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
    # cross-field rules (no more cameras than the preset has cells, a tour's cell inside the preset) are the
    # server's to check: it answers 400 with the reason
    "Layout": _obj(["name", "preset"], version={"enum": [1]},
                   name={"type": "string", "minLength": 1, "maxLength": 64},
                   preset={"type": "string", "pattern": r"^(1|[1-8]x[1-8]|1\+5|1\+7|2\+8|1\+12)$"},
                   cameras={"type": "array", "items": _NULLSTR},
                   tours={"type": "array", "items": _obj(["cameras", "interval_s", "cell"],
                                                          interval_s={"type": "number", "minimum": 2},
                                                          cameras={"type": "array", "items": _STR, "minItems": 1},
                                                          cell={"type": ["integer", "null"], "minimum": 0})}),
    "Place": _obj(["id", "name", "kind", "lat", "lon"], id=_STR, name=_STR,
                  kind={"enum": ["street", "district", "landmark", "sos"]}, lat=_NUM, lon=_NUM),
    "Action": _obj(["action", "idempotency_key", "operator"],
                   action={"enum": ["acknowledge", "assign", "status", "note", "close", "false_alarm", "transfer"]},
                   idempotency_key={"type": "string", "minLength": 8, "maxLength": 128},
                   operator={"type": "string", "minLength": 1, "maxLength": 64},
                   note={"type": "string", "maxLength": 4000}, unit_id=_STR,
                   status={"enum": ["en_route", "on_scene", "resolved"]}),
    "NewIncident": _obj(["type", "title", "lat", "lon", "idempotency_key", "operator"],
                        type={"enum": list(INCIDENT_TYPES)},
                        title={"type": "string", "minLength": 1, "maxLength": 200, "pattern": r"\S"},
                        severity={"enum": ["critical", "high", "medium", "low"]},
                        lat={"type": "number", "minimum": -90, "maximum": 90},
                        lon={"type": "number", "minimum": -180, "maximum": 180},
                        description={"type": "string", "maxLength": 4000}, camera_id=_NULLSTR,
                        idempotency_key={"type": "string", "minLength": 8, "maxLength": 128, "pattern": r"\S"},
                        operator={"type": "string", "minLength": 1, "maxLength": 64, "pattern": r"\S"}),
    "Suggestion": _obj(["unit_id", "call_sign", "kind", "suitable", "distance_m", "eta_s", "lat", "lon"],
                       unit_id=_STR, call_sign=_STR, kind={"enum": ["police", "ambulance", "utility", "fire"]},
                       suitable={"type": "boolean"}, distance_m=_NUM, eta_s=_NUM, lat=_NUM, lon=_NUM),
    "SosPress": _obj(["point_id", "name", "lat", "lon", "incident_id", "camera_ids", "incident"], point_id=_STR,
                     name=_STR, lat=_NUM, lon=_NUM, incident_id=_STR, camera_ids={"type": "array", "items": _STR},
                     incident={"$ref": "#/components/schemas/Incident"}),
    "TagCreate": _obj(["idempotency_key", "category", "drone_id", "camera_id", "frame_time_ms", "lat", "lon", "operator"],
                      idempotency_key={"type": "string", "minLength": 8, "maxLength": 128},
                      category={"enum": ["traffic_violation", "public_order", "illegal_dump", "utility_fault",
                                         "sanitation", "fire_smoke", "crowd", "road_damage", "other"]},
                      note={"type": "string", "maxLength": 2000}, drone_id=_ID64, camera_id=_ID64,
                      frame_time_ms=_MS,
                      lat={"type": "number", "minimum": -90, "maximum": 90},
                      lon={"type": "number", "minimum": -180, "maximum": 180}, operator=_ID64),
    "Tag": _obj(["id", "category", "note", "drone_id", "camera_id", "frame_time_ms", "lat", "lon", "operator",
                 "created_ms"],
                id=_STR, category=_STR, note=_STR, drone_id=_STR, camera_id=_STR, frame_time_ms=_INT, lat=_NUM,
                lon=_NUM, operator=_STR, created_ms=_INT),
    "DroneTelemetry": _obj(["drone_id", "camera_id", "time_ms", "lat", "lon", "altitude_m", "heading_deg", "pitch_deg",
                            "roll_deg", "speed_mps", "frame_center", "footprint"],
                           drone_id=_STR, camera_id=_STR, time_ms=_INT, lat=_NUM, lon=_NUM, altitude_m=_NUM,
                           heading_deg=_NUM, pitch_deg=_NUM, roll_deg=_NUM, speed_mps=_NUM, frame_center=_POINT,
                           footprint={"type": "array", "items": _POINT, "minItems": 4, "maxItems": 4}),
    "User": _obj(["username", "role", "display_name"], username=_STR, display_name=_STR,
                 role={"enum": ["operator", "supervisor", "drone_pilot", "administrator"]}),
    "Tokens": _obj(["access_token", "refresh_token", "token_type", "expires_in", "refresh_expires_in", "user"],
                   access_token=_STR, refresh_token=_STR, token_type={"enum": ["bearer"]}, expires_in=_NUM,
                   refresh_expires_in=_NUM, user={"$ref": "#/components/schemas/User"}),
    "Forbidden": _obj(["error", "detail", "permission", "role"], error={"enum": ["forbidden"]}, detail=_STR,
                      permission=_STR, role=_STR),
}
_SUMMARY = _obj(["count", "median_s", "p90_s"], count=_INT, median_s={"type": ["number", "null"]},
                p90_s={"type": ["number", "null"]})
_RESPONSE_ROW = _obj(["key", "acknowledge", "dispatch", "on_scene", "resolve"], key=_STR, acknowledge=_SUMMARY,
                     dispatch=_SUMMARY, on_scene=_SUMMARY, resolve=_SUMMARY)
SCHEMAS["IncidentCounts"] = _obj(["by", "from_ms", "to_ms", "bucket", "bucket_ms", "starts_ms", "series"],
                                 by={"enum": ["type", "district"]}, from_ms=_INT, to_ms=_INT,
                                 bucket={"enum": ["hour", "day"]}, bucket_ms=_INT,
                                 starts_ms={"type": "array", "items": _INT},
                                 series={"type": "array", "items": _obj(["key", "counts"], key=_STR, counts={
                                     "type": "array", "items": _INT})})
SCHEMAS["ResponseTimes"] = _obj(["from_ms", "to_ms", "incidents", "shift", "operator"], from_ms=_INT, to_ms=_INT,
                                incidents=_INT, shift={"type": "array", "items": _RESPONSE_ROW},
                                operator={"type": "array", "items": _RESPONSE_ROW})
SCHEMAS["Hold"] = _obj(["id", "camera_ids", "from_ms", "to_ms", "incident_id", "operator", "reason", "created_ms"],
                       id=_STR, camera_ids={"type": "array", "items": _STR}, from_ms=_INT, to_ms=_INT,
                       incident_id=_STR, operator=_STR, reason=_STR, created_ms=_INT)
SCHEMAS["Playback"] = _obj(["camera_id", "from_ms", "to_ms", "clock", "segments", "detections_url"], camera_id=_STR,
                           from_ms=_INT, to_ms=_INT, clock={"enum": ["pts-unix90k"]}, detections_url=_STR,
                           segments={"type": "array", "items": _obj(["start_ms", "end_ms", "url"], start_ms=_INT,
                                                                    end_ms=_INT, url=_STR)})
SCHEMAS["AuditEntry"] = _obj(["ts_ms", "actor", "action", "target", "detail"], ts_ms=_INT, actor=_STR, action=_STR,
                             target=_STR, detail=_STR)


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
    credentials = _obj(["username", "password"], username={"type": "string", "minLength": 1},
                       password={"type": "string", "maxLength": 1024})
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
                ["refresh_token"], refresh_token={"type": "string", "minLength": 1})}}},
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


def _required(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": True, "schema": schema}


_FILTER = {"type": "string", "maxLength": 200}
_OFFSET = {"type": "number", "minimum": -14, "maximum": 14}


def document() -> dict[str, Any]:
    incident_detail = {"allOf": [_ref("Incident"), _obj(["activity", "units", "related"],
                                                        activity={"type": "array", "items": _ref("Activity")},
                                                        units={"type": "array", "items": _STR},
                                                        related={"type": "array", "items": _ref("Incident")})]}
    path_id = [{"name": "id", "in": "path", "required": True, "schema": _STR}]
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
                "responses": {"200": _ok(_list_of("Incident", next_cursor=_NULLSTR)), "400": _ERR}},
                "post": {
                "operationId": "createIncident",
                "description": "An incident entered by an operator (a resident's report). Same key again: 200 and "
                               "the same incident, created once.",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("NewIncident")}}},
                "responses": {"201": _ok(_ref("Incident"), "Created"), "200": _ok(_ref("Incident"), "Already created"),
                              "400": _ERR}}},
            "/api/v1/incidents/{id}/suggestions": {"get": {
                "operationId": "incidentSuggestions",
                "description": "Available units by ETA over the road graph, suitable kinds first.",
                "parameters": path_id,
                "responses": {"200": _ok(_obj(["incident_id", "items"], incident_id=_STR,
                                              items={"type": "array", "items": _ref("Suggestion")})), "404": _ERR}}},
            "/api/v1/sos/{point}/press": {"post": {
                "operationId": "pressSos",
                "description": "A press on an SOS point (training trigger): a critical incident and sos.pressed.",
                "parameters": [{"name": "point", "in": "path", "required": True, "schema": _STR}],
                "responses": {"201": _ok(_ref("SosPress"), "Pressed"), "404": _ERR}}},
            "/api/v1/cameras/{id}/snapshot.jpg": {"get": {
                "operationId": "cameraSnapshot",
                "parameters": path_id,
                "responses": {"200": {"description": "The camera's current frame, JPEG 640x360",
                                      "content": {"image/jpeg": {}}}, "404": _ERR}}},
            "/api/v1/history/incidents": {"get": {
                "operationId": "historyIncidents",
                "description": "Supervisor search, newest first; every filter optional; text matches whole words of titles.",
                "parameters": [_query("from_ms", _MS), _query("to_ms", _MS), _query("type", _FILTER),
                               _query("severity", _FILTER), _query("status", _FILTER), _query("district", _FILTER),
                               _query("camera_id", _FILTER), _query("unit_id", _FILTER), _query("operator", _FILTER),
                               _query("text", _FILTER), _query("limit", {"type": "integer", "minimum": 1, "maximum": 500}),
                               _query("cursor", _STR)],
                "responses": {"200": _ok(_list_of("Incident", next_cursor=_NULLSTR)), "400": _ERR}}},
            "/api/v1/stats/incidents": {"get": {
                "operationId": "statsIncidents",
                "description": "Incidents per hour or day (local to utc_offset_h) by type or district, for charts.",
                "parameters": [_required("from_ms", _MS), _required("to_ms", _MS), _query("bucket", {"enum": ["hour", "day"]}),
                               _query("by", {"enum": ["type", "district"]}), _query("utc_offset_h", _OFFSET)],
                "responses": {"200": _ok(_ref("IncidentCounts")), "400": _ERR}}},
            "/api/v1/stats/response_times": {"get": {
                "operationId": "statsResponseTimes",
                "description": "Seconds from creation to acknowledge, dispatch, on scene, resolve: median, p90.",
                "parameters": [_required("from_ms", _MS), _required("to_ms", _MS), _query("utc_offset_h", _OFFSET)],
                "responses": {"200": _ok(_ref("ResponseTimes")), "400": _ERR}}},
            "/api/v1/audit": {"get": {
                "operationId": "audit",
                "description": "Operator actions, newest first; supervisors and administrators only.",
                "parameters": [_query("actor", _FILTER), _query("from_ms", _MS), _query("to_ms", _MS),
                               _query("limit", {"type": "integer", "minimum": 1, "maximum": 500}), _query("cursor", _STR)],
                "responses": {"200": _ok(_list_of("AuditEntry", next_cursor=_NULLSTR)), "400": _ERR,
                              "403": _ok(_obj(["error", "detail", "permission", "role"], error={"enum": ["forbidden"]},
                                              detail=_STR, permission=_STR, role=_STR), "Forbidden for this role")}}},
            "/api/v1/archive/holds": {
                "get": {"operationId": "archiveHolds", "responses": {"200": _ok(_list_of("Hold"))}},
                "post": {"operationId": "addArchiveHold",
                         "description": "Evidence hold: the cameras' footage in the range is kept beyond retention.",
                         "requestBody": {"required": True, "content": {"application/json": {"schema": _obj(
                             ["camera_ids", "from_ms", "to_ms", "operator"],
                             camera_ids={"type": "array", "items": _STR, "minItems": 1}, from_ms=_MS, to_ms=_MS,
                             incident_id={"type": "string", "maxLength": 64},
                             operator={"type": "string", "minLength": 1, "maxLength": 64},
                             reason={"type": "string", "maxLength": 500})}}},
                         "responses": {"201": _ok(_ref("Hold")), "400": _ERR, "404": _ERR}}},
            "/api/v1/archive/{camera_id}": {"get": {
                "operationId": "archivePlayback",
                "description": "Recorded segments of a camera overlapping the range (at most 1 h), with URLs.",
                "parameters": [{"name": "camera_id", "in": "path", "required": True, "schema": _STR},
                               _required("from_ms", _MS), _required("to_ms", _MS)],
                "responses": {"200": _ok(_ref("Playback")), "400": _ERR, "404": _ERR}}},
            "/api/v1/archive/{camera_id}/detections": {"get": {
                "operationId": "archiveDetections",
                "parameters": [{"name": "camera_id", "in": "path", "required": True, "schema": _STR},
                               _required("from_ms", _MS), _required("to_ms", _MS)],
                "responses": {"200": _ok(_obj(["camera_id", "items"], camera_id=_STR, items={
                    "type": "array", "items": _obj(["frame_time_ms", "objects"], frame_time_ms=_INT,
                                                   objects={"type": "array"})})), "400": _ERR, "404": _ERR}}},
            "/archive/{camera_id}/{segment}.ts": {"get": {
                "operationId": "archiveSegment",
                "parameters": [{"name": "camera_id", "in": "path", "required": True, "schema": _STR},
                               {"name": "segment", "in": "path", "required": True, "schema": _STR}],
                "responses": {"200": {"description": "MPEG-TS, H.264 640x360, PTS = unix ms x 90",
                                      "content": {"video/mp2t": {}}}, "404": _ERR}}},
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
            "/api/v1/places": {"get": {
                "operationId": "places",
                "description": "Streets, districts, landmarks and SOS points whose name words start with the query's words.",
                "parameters": [{"name": "q", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1, "pattern": r"[^ \t\n\r\f\v]"}},
                               _query("limit", {"type": "integer", "minimum": 1, "maximum": 50})],
                "responses": {"200": _ok(_list_of("Place")), "400": _ERR}}},
            "/tiles/{z}/{x}/{y}.png": {"get": {
                "operationId": "tile",
                "description": "Basemap raster tile (XYZ, Web Mercator, 256 px) rendered from the district's geometry.",
                "parameters": [{"name": n, "in": "path", "required": True, "schema": _INT} for n in ("z", "x", "y")],
                "responses": {"200": {"description": "PNG tile", "content": {"image/png": {}}}, "400": _ERR,
                              "404": _ERR}}},

            "/api/v1/tags": {
                "get": {"operationId": "tags",
                        "parameters": [_query("drone_id", _STR), _query("since_ms", _MS), _query("until_ms", _MS),
                                       _query("limit", {"type": "integer", "minimum": 1, "maximum": 5000})],
                        "responses": {"200": _ok(_list_of("Tag")), "400": _ERR}},
                "post": {"operationId": "createTag",
                         "description": "Stores a drone tag once per idempotency key (201 new, 200 already stored); "
                                        "publishes tag.created for a new one.",
                         "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("TagCreate")}}},
                         "responses": {"201": _ok(_ref("Tag"), "Created"), "200": _ok(_ref("Tag"), "Already stored"),
                                       "400": _ERR}}},
            "/video/{camera_id}/{profile}.ts": {"get": {
                "operationId": "video",
                "parameters": [{"name": "camera_id", "in": "path", "required": True, "schema": _STR},
                               {"name": "profile", "in": "path", "required": True, "schema": {"enum": ["main", "sub"]}}],
                "responses": {"200": {"description": "Live MPEG-TS, H.264, PTS = unix ms × 90",
                                      "content": {"video/mp2t": {}}}, "404": _ERR, "503": _ERR}}},
            **_auth_paths(),
        },
        "components": {"schemas": SCHEMAS, "securitySchemes": {"bearer": {
            "type": "http", "scheme": "bearer",
            "description": "From POST /api/v1/auth/token. Required on /api/v1 routes (except health and auth) when "
                           "the backend runs with auth on; a role lacking a permission gets 403 Forbidden."}}},
    }
