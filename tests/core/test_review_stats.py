"""Supervisor statistics from known data (core and the real backend's routes) and the audit log's role check."""

import sqlite3
import uuid

import httpx
import pytest

from console.ops.review_stats import counts_per_bucket, milestone_of, percentile, response_times, shift_of
from console.sim.history_bench import start_backend, stop_backend
from console.sim.incident_db import IncidentDB
from tests.core.test_sim_rest import schema_errors

T0 = 1_577_869_200_000  # 2020-01-01 09:00 UTC
MIN = 60_000


def test_milestones_shifts_and_percentiles():
    assert milestone_of("acknowledge", "") == "acknowledge"
    assert milestone_of("assign", "P-12 (unit-3)") == "dispatch"
    assert milestone_of("status", "on_scene") == "on_scene"
    assert milestone_of("status", "resolved: fixed") == "resolve"
    assert milestone_of("status", "en_route") is None
    assert milestone_of("close", "") == "resolve"
    assert milestone_of("note", "x") is None
    assert shift_of(T0) == "2020-01-01 day"
    assert shift_of(T0 - 2 * 3600_000) == "2019-12-31 night"  # 07:00 belongs to the night that began the day before
    assert shift_of(T0 + 11 * 3600_000) == "2020-01-01 night"  # 20:00
    assert shift_of(T0, utc_offset_h=5) == "2020-01-01 day"  # 14:00 local
    assert shift_of(T0 + 6 * 3600_000, utc_offset_h=5) == "2020-01-01 night"  # 20:00 local
    assert percentile([10.0], 90) == 10.0
    assert percentile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90) == 90
    assert percentile([1, 2], 50) == 1.5


def known_history():
    """Three day-shift incidents by two operators, one night-shift incident never acknowledged."""
    incidents = [{"id": f"i{n}", "created_ms": T0 + n * 10 * MIN, "owner": None} for n in range(3)]
    incidents.append({"id": "i3", "created_ms": T0 + 12 * 3600_000, "owner": None})
    activity = []
    for n, (ack_s, who) in enumerate(((30, "op.a"), (60, "op.a"), (120, "op.b"))):
        base = T0 + n * 10 * MIN
        activity += [
            {"incident_id": f"i{n}", "ts_ms": base + ack_s * 1000, "actor": who, "action": "acknowledge", "detail": ""},
            {"incident_id": f"i{n}", "ts_ms": base + (ack_s + 60) * 1000, "actor": who, "action": "assign",
             "detail": "P-1 (unit-1)"},
            {"incident_id": f"i{n}", "ts_ms": base + 600_000, "actor": who, "action": "status", "detail": "on_scene"},
            {"incident_id": f"i{n}", "ts_ms": base + 900_000, "actor": who, "action": "status", "detail": "on_scene"},
            {"incident_id": f"i{n}", "ts_ms": base + 1_200_000 + n * 60_000, "actor": who, "action": "status",
             "detail": "resolved: done"},
        ]
    activity.append({"incident_id": "i3", "ts_ms": T0 + 12 * 3600_000 + 5000, "actor": "op.c", "action": "note",
                     "detail": "still looking"})
    return incidents, activity


def test_response_times_median_and_p90_per_shift_and_operator():
    incidents, activity = known_history()
    result = response_times(incidents, activity)
    (day,) = result["shift"]
    assert day["key"] == "2020-01-01 day"
    assert day["acknowledge"] == {"count": 3, "median_s": 60.0, "p90_s": 108.0}  # 30, 60, 120
    assert day["dispatch"] == {"count": 3, "median_s": 120.0, "p90_s": 168.0}
    assert day["on_scene"] == {"count": 3, "median_s": 600.0, "p90_s": 600.0}  # the first on-scene entry counts
    assert day["resolve"] == {"count": 3, "median_s": 1260.0, "p90_s": 1308.0}
    operators = {row["key"]: row for row in result["operator"]}
    assert set(operators) == {"op.a", "op.b"}  # i3 was never answered: no sample
    assert operators["op.a"]["acknowledge"] == {"count": 2, "median_s": 45.0, "p90_s": 57.0}
    assert operators["op.b"]["resolve"] == {"count": 1, "median_s": 1320.0, "p90_s": 1320.0}


def test_counts_per_bucket_fill_gaps_with_zero_and_order_series():
    rows = [(10, "fire", 2), (12, "fire", 1), (12, "water", 5)]
    result = counts_per_bucket(rows, "hour", offset_ms=3600_000)
    assert result["starts_ms"] == [9 * 3600_000, 11 * 3600_000]
    assert result["series"] == [{"key": "water", "counts": [0, 5]}, {"key": "fire", "counts": [2, 1]}]


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stats")
    db = IncidentDB(folder / "incidents.db")
    incidents, activity = known_history()
    for n, incident in enumerate(incidents):
        db.insert({**incident, "type": ("fire_smoke", "utility_water")[n % 2], "severity": "high", "status": "new",
                   "title": "t", "camera_id": None, "lat": 0.0, "lon": 0.0, "district": ("d1", "d2")[n // 2],
                   "updated_ms": incident["created_ms"]})
    db.close()
    raw = sqlite3.connect(folder / "incidents.db")
    raw.executemany("INSERT INTO activity VALUES (:incident_id, :ts_ms, :actor, :action, :detail)", activity)
    raw.commit()
    raw.close()
    proc, url = start_backend(folder)
    yield url
    stop_backend(proc)


def test_stats_routes_answer_the_known_figures(backend):
    with httpx.Client(base_url=backend, timeout=30) as http:
        doc = http.get("/openapi.json").json()
        period = {"from_ms": T0 - 3600_000, "to_ms": T0 + 24 * 3600_000}
        counts = http.get("/api/v1/stats/incidents", params={**period, "bucket": "hour", "by": "type"})
        assert counts.status_code == 200
        body = counts.json()
        schema = doc["paths"]["/api/v1/stats/incidents"]["get"]["responses"]["200"]["content"]["application/json"]
        assert schema_errors(body, schema["schema"], doc) == []
        assert body["starts_ms"] == [T0, T0 + 12 * 3600_000]
        assert {s["key"]: s["counts"] for s in body["series"]} == {"fire_smoke": [2, 0], "utility_water": [1, 1]}
        by_day = http.get("/api/v1/stats/incidents", params={**period, "bucket": "day", "by": "district",
                                                            "utc_offset_h": 5}).json()
        assert by_day["starts_ms"] == [T0 - 14 * 3600_000, T0 + 10 * 3600_000]  # local midnights at UTC+5
        assert {s["key"]: s["counts"] for s in by_day["series"]} == {"d1": [2, 0], "d2": [1, 1]}

        times = http.get("/api/v1/stats/response_times", params=period)
        assert times.status_code == 200
        schema = doc["paths"]["/api/v1/stats/response_times"]["get"]["responses"]["200"]["content"]["application/json"]
        assert schema_errors(times.json(), schema["schema"], doc) == []
        assert times.json()["incidents"] == 4
        assert times.json()["shift"][0]["acknowledge"] == {"count": 3, "median_s": 60.0, "p90_s": 108.0}

        long = http.get("/api/v1/stats/incidents", params={"from_ms": 0, "to_ms": T0}).json()
        assert long["from_ms"] == T0 - 400 * 86_400_000  # a longer span is cut to the last 400 days
        for route, params, reason in (("stats/incidents", {**period, "bucket": "week"}, "bucket"),
                                      ("stats/incidents", {"to_ms": 5}, "from_ms"),
                                      ("stats/response_times", {"from_ms": -1, "to_ms": T0}, "from_ms"),
                                      ("stats/response_times", {**period, "utc_offset_h": "x"}, "utc_offset_h")):
            bad = http.get(f"/api/v1/{route}", params=params)
            assert bad.status_code == 400 and reason in bad.json()["detail"], (route, params, bad.text)


def test_audit_log_is_for_supervisors_only(backend):
    with httpx.Client(base_url=backend, timeout=30) as http:
        key = uuid.uuid4().hex
        done = http.post("/api/v1/incidents/i3/actions",
                         json={"action": "acknowledge", "idempotency_key": key, "operator": "op.audit"})
        assert done.status_code == 200
        http.post("/api/v1/incidents/i3/actions",
                  json={"action": "note", "idempotency_key": key + "n", "operator": "op.audit", "note": "checked"})
        doc = http.get("/openapi.json").json()
        responses = doc["paths"]["/api/v1/audit"]["get"]["responses"]
        for headers in ({}, {"X-Qala-Role": "operator"}, {"X-Qala-Role": "drone_pilot"}):
            refused = http.get("/api/v1/audit", headers=headers)
            assert refused.status_code == 403
            assert schema_errors(refused.json(), responses["403"]["content"]["application/json"]["schema"], doc) == []
        seen = http.get("/api/v1/audit", params={"actor": "op.audit", "limit": 1}, headers={"X-Qala-Role": "supervisor"})
        assert seen.status_code == 200
        body = seen.json()
        assert schema_errors(body, responses["200"]["content"]["application/json"]["schema"], doc) == []
        assert [(e["actor"], e["action"], e["target"]) for e in body["items"]] == [("op.audit", "note", "i3")]
        rest = http.get("/api/v1/audit", params={"actor": "op.audit", "cursor": body["next_cursor"]},
                        headers={"X-Qala-Role": "Supervisor"}).json()
        assert [(e["action"], e["target"]) for e in rest["items"]] == [("acknowledge", "i3")]
        assert rest["next_cursor"] is None
        bad = http.get("/api/v1/audit", params={"cursor": "@@"}, headers={"X-Qala-Role": "supervisor"})
        assert bad.status_code == 400
        empty = http.get("/api/v1/audit", params={"from_ms": ""}, headers={"X-Qala-Role": "supervisor"})
        assert empty.status_code == 400 and "from_ms" in empty.json()["detail"]
