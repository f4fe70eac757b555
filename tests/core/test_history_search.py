"""History search: every filter against a brute-force answer over a seeded SQLite file, paging, text, bad input,
and the HTTP route of a real backend process validated against the OpenAPI document."""

import base64
import json
import sqlite3
import subprocess
import sys

import httpx
import pytest

from console.ops.history import FilterError, HistoryFilter, fts_query
from console.sim.history_bench import seed, start_backend, stop_backend
from console.sim.history_store import HistoryStore
from console.sim.incident_db import ActionRefused, IncidentDB
from console.sim.openapi import document
from tests.core.test_sim_rest import schema_errors

NOW = 1_780_000_000_000
ROWS = 3000


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    info = seed(folder, ROWS, now_ms=NOW)
    db = sqlite3.connect(folder / "incidents.db")
    db.row_factory = sqlite3.Row
    rows = [dict(r) for r in db.execute("SELECT * FROM incidents")]
    units = {}
    for incident_id, unit_id in db.execute("SELECT incident_id, unit_id FROM assignments"):
        units.setdefault(incident_id, set()).add(unit_id)
    db.close()
    return folder, info, rows, units


def brute_force(rows, units, flt):
    words = fts_query(flt.text).replace('"', "").lower().split() if flt.text else []

    def keep(r):
        title_words = {"".join(ch for ch in w if ch.isalnum()).lower() for w in r["title"].split()}
        return ((flt.from_ms is None or r["created_ms"] >= flt.from_ms)
                and (flt.to_ms is None or r["created_ms"] < flt.to_ms)
                and all(not getattr(flt, k) or r[c] == getattr(flt, k)
                        for k, c in (("type", "type"), ("severity", "severity"), ("status", "status"),
                                     ("district", "district"), ("camera_id", "camera_id"), ("operator", "owner")))
                and (not flt.unit_id or flt.unit_id in units.get(r["id"], set()))
                and all(w in title_words for w in words))

    return sorted((r for r in rows if keep(r)), key=lambda r: (r["created_ms"], r["id"]), reverse=True)


def page_all(store, flt, limit):
    got, cursor, pages = [], None, 0
    while True:
        items, cursor = store.search(flt, limit=limit, cursor=cursor)
        got += items
        pages += 1
        if cursor is None:
            return got, pages
        assert pages < 1000


FILTERS = [
    HistoryFilter(),
    HistoryFilter(type="road_accident"),
    HistoryFilter(severity="critical", status="closed"),
    HistoryFilter(district="north", from_ms=NOW - 120 * 86_400_000, to_ms=NOW - 30 * 86_400_000),
    HistoryFilter(camera_id="cam-03"),
    HistoryFilter(operator="operator.07"),
    HistoryFilter(unit_id="unit-05"),
    HistoryFilter(text="water leak"),
    HistoryFilter(text="smoke", from_ms=NOW - 200 * 86_400_000, to_ms=NOW - 100 * 86_400_000),
    HistoryFilter(text="Pothole", type="road_damage", unit_id="unit-02"),
    HistoryFilter(type="fire_smoke", severity="low"),  # nothing matches
]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: ",".join(f.to_params()) or "none")
def test_every_filter_pages_through_exactly_the_matching_incidents(seeded, flt):
    folder, info, rows, units = seeded
    if flt.district == "north":
        flt = HistoryFilter(**{**flt.__dict__, "district": info["districts"][0]})
    expected = brute_force(rows, units, flt)
    store = HistoryStore(folder / "incidents.db")
    try:
        got, pages = page_all(store, flt, limit=37)
    finally:
        store.close()
    assert [r["id"] for r in got] == [r["id"] for r in expected]  # the seed has no two incidents in one ms
    assert pages == max(1, -(-len(expected) // 37))
    if flt == HistoryFilter(type="fire_smoke", severity="low"):
        assert got == []
    else:
        assert expected, "a filter of this test should match something"


def test_text_index_follows_inserts_and_deletes(tmp_path):
    db = IncidentDB(tmp_path / "incidents.db")
    store = HistoryStore(tmp_path / "incidents.db")  # the index is added to a database that already exists
    try:
        base = {"type": "vandalism", "severity": "medium", "status": "new", "camera_id": None, "lat": 0.0, "lon": 0.0,
                "district": "d1", "updated_ms": NOW, "owner": None}
        db.insert({**base, "id": "a", "title": "Graffiti on the bridge", "created_ms": NOW - 2})
        db.insert({**base, "id": "b", "title": "Bridge railing bent", "created_ms": NOW - 1})
        assert [r["id"] for r in store.search(HistoryFilter(text="bridge"))[0]] == ["b", "a"]
        assert [r["id"] for r in store.search(HistoryFilter(text="graffiti bridge"))[0]] == ["a"]
        assert store.search(HistoryFilter(text="graff"))[0] == []  # whole words only
        assert len(store.search(HistoryFilter(text='"bridge*)'))[0]) == 2  # FTS syntax is taken as words
        sqlite3.connect(tmp_path / "incidents.db").execute("DELETE FROM incidents WHERE id = 'b'").connection.commit()
        assert [r["id"] for r in store.search(HistoryFilter(text="bridge"))[0]] == ["a"]
    finally:
        store.close()
        db.close()


def test_bad_filters_and_cursors_are_refused_with_the_reason(seeded):
    folder, *_ = seeded
    with pytest.raises(FilterError, match="from_ms"):
        HistoryFilter.from_params({"from_ms": "yesterday"})
    with pytest.raises(FilterError, match="from_ms"):
        HistoryFilter.from_params({"from_ms": ""})  # given but empty: the schema says an integer
    with pytest.raises(FilterError, match="to_ms"):
        HistoryFilter.from_params({"to_ms": str(2**53)})  # beyond what JSON and SQLite carry exactly
    with pytest.raises(FilterError, match="longer"):
        HistoryFilter.from_params({"type": "x" * 201})
    store = HistoryStore(folder / "incidents.db")
    try:
        # an empty period and a text without words find nothing; they are not errors
        for params in ({"from_ms": "10", "to_ms": "5"}, {"text": "!!! ***"}):
            flt = HistoryFilter.from_params(params)
            assert flt.matches_nothing and store.search(flt) == ([], None)
        _, text_cursor = store.search(HistoryFilter(text="smoke"), limit=5)
        with pytest.raises(ActionRefused, match="cursor"):
            store.search(HistoryFilter(type="vandalism"), cursor=text_cursor)
        with pytest.raises(ActionRefused, match="cursor"):
            store.search(HistoryFilter(), cursor="not-a-cursor")
        for forged, flt in ((f"t{2**80}", HistoryFilter(text="smoke")), (f"c{2**80}:x", HistoryFilter())):
            with pytest.raises(ActionRefused, match="cursor"):  # beyond SQLite's integers: refused, not a crash
                store.search(flt, cursor=base64.urlsafe_b64encode(forged.encode()).decode())
    finally:
        store.close()


def test_history_route_of_a_real_backend_matches_the_contract(seeded, tmp_path):
    folder, info, rows, units = seeded
    data = tmp_path / "backend"
    data.mkdir()
    (data / "incidents.db").write_bytes((folder / "incidents.db").read_bytes())
    proc, url = start_backend(data)
    try:
        doc = httpx.get(url + "/openapi.json", timeout=30).json()
        assert doc == json.loads(json.dumps(document()))
        schema = doc["paths"]["/api/v1/history/incidents"]["get"]["responses"]
        with httpx.Client(base_url=url + "/api/v1", timeout=30) as http:
            flt = HistoryFilter(type="utility_water", text="leak")
            answer = http.get("/history/incidents", params={**flt.to_params(), "limit": "50"})
            assert answer.status_code == 200
            body = answer.json()
            assert schema_errors(body, schema["200"]["content"]["application/json"]["schema"], doc) == []
            expected = brute_force(rows, units, flt)
            assert {r["id"] for r in body["items"]} <= {r["id"] for r in expected}
            assert len(body["items"]) == min(50, len(expected))
            assert http.get("/history/incidents", params={"text": "%%%"}).json() == {"items": [], "next_cursor": None}
            second = http.get("/history/incidents", params={**flt.to_params(), "limit": "50",
                                                           "cursor": body["next_cursor"]}).json()
            assert not {r["id"] for r in second["items"]} & {r["id"] for r in body["items"]}
            for params, reason in (({"limit": "0"}, "limit"), ({"limit": "abc"}, "limit"),
                                   ({"from_ms": "x"}, "from_ms"), ({"cursor": "zzz"}, "cursor"),
                                   ({"from_ms": ""}, "from_ms"),
                                   ({"to_ms": "-1"}, "to_ms")):
                bad = http.get("/history/incidents", params=params)
                assert bad.status_code == 400, params
                assert schema_errors(bad.json(), schema["400"]["content"]["application/json"]["schema"], doc) == []
                assert reason in bad.json()["detail"]
    finally:
        stop_backend(proc)


def test_bench_history_command_prints_the_figures(tmp_path):
    result = subprocess.run([sys.executable, "-m", "widgets.app", "bench", "history", "--rows", "2000", "--queries",
                             "24", "--json", "--data", str(tmp_path / "bench")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["rows"] == 2000 and figures["queries"] >= 24
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]
