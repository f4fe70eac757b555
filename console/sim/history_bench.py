"""`qala-console bench history`: seed a backend database with N incidents, start the real backend on it and time
a mix of filtered history queries (filter + first page, some next pages) through its HTTP API."""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from console.sim.district import KosshyDistrict
from console.sim.history_store import ensure_history_schema
from console.sim.incident_db import IncidentDB

TYPES = [("traffic_violation", "medium", "Vehicle stopped in a no-stop lane"),
         ("road_accident", "high", "Two cars collided at the intersection"),
         ("public_order", "high", "Fight reported outside the market"),
         ("vandalism", "medium", "Bus stop glass broken"),
         ("fire_smoke", "critical", "Smoke seen from a courtyard"),
         ("street_lighting_fault", "low", "Street lights out along the block"),
         ("road_damage", "medium", "Pothole reported by a resident"),
         ("utility_water", "high", "Water main leak, water on the road"),
         ("utility_heating", "high", "Heating pipe steam leak"),
         ("illegal_dump", "low", "Construction waste dumped in the yard"),
         ("sanitation", "low", "Overflowing bins reported")]
STATUSES = ["closed", "closed", "closed", "resolved", "false_alarm", "acknowledged", "new"]
OPERATORS = [f"operator.{n:02d}" for n in range(1, 41)]
UNITS = [f"unit-{n:02d}" for n in range(1, 31)]
YEAR_MS = 365 * 24 * 3600 * 1000


def seed(data_dir: Path, rows: int, *, seed_value: int = 5, now_ms: int | None = None) -> dict[str, Any]:
    """Write `rows` incidents over the last year (plus unit assignments for a third) in one transaction."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "incidents.db"
    IncidentDB(path).close()  # the backend's own schema first
    db = sqlite3.connect(path, isolation_level=None)
    ensure_history_schema(db)
    district = KosshyDistrict()
    cameras = district.cameras
    streets = [e.name for e in district.graph.edges] or ["Main street"]
    rng = random.Random(seed_value)
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    start = now - YEAR_MS
    step = YEAR_MS / max(rows, 1)
    started = time.perf_counter()

    def incidents() -> Any:
        for n in range(rows):
            type_, severity, title = TYPES[rng.randrange(len(TYPES))]
            camera = cameras[rng.randrange(len(cameras))]
            created = int(start + n * step) + rng.randrange(0, 1000)
            status = rng.choice(STATUSES)
            owner = None if status == "new" else OPERATORS[rng.randrange(len(OPERATORS))]  # new: nobody took it yet
            yield (f"h{n:09d}", type_, severity, status,
                   f"{title} ({streets[rng.randrange(len(streets))]}, report {n})", camera.id,
                   camera.lat, camera.lon, camera.district, created, created + rng.randrange(60_000, 3_600_000),
                   owner)

    def assignments() -> Any:
        for n in range(0, rows, 3):
            yield (f"h{n:09d}", UNITS[rng.randrange(len(UNITS))], int(start + n * step) + 120_000, None)

    db.execute("BEGIN")
    db.executemany("INSERT INTO incidents (id, type, severity, status, title, camera_id, lat, lon, district, created_ms,"
                   " updated_ms, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", incidents())
    db.executemany("INSERT INTO assignments VALUES (?, ?, ?, ?)", assignments())
    db.execute("COMMIT")
    db.execute("ANALYZE")  # planner statistics: which index narrows a filter best
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # readers do not wade through a WAL of the whole seed
    db.close()
    return {"seed_s": round(time.perf_counter() - started, 1), **describe(path)}


def describe(path: Path) -> dict[str, Any]:
    """What the query mix draws its values from: the district's geography and the seeded period."""
    district = KosshyDistrict()
    db = sqlite3.connect(path)
    try:
        first, last = db.execute("SELECT min(created_ms), max(created_ms) FROM incidents").fetchone()
    finally:
        db.close()
    return {"streets": [e.name for e in district.graph.edges] or ["Main street"],
            "cameras": [c.id for c in district.cameras], "districts": sorted({c.district for c in district.cameras}),
            "start_ms": first, "now_ms": last}


def query_mix(info: dict[str, Any], count: int, rng: random.Random) -> list[tuple[str, dict[str, str]]]:
    """Named filter sets a supervisor would use, round-robin, with random values."""
    day = 24 * 3600 * 1000

    def window(days: int) -> dict[str, str]:
        end = rng.randrange(info["start_ms"] + days * day, info["now_ms"] + 1)
        return {"from_ms": str(end - days * day), "to_ms": str(end)}

    makers = [
        ("recent", lambda: {}),
        ("type", lambda: {"type": rng.choice(TYPES)[0]}),
        ("severity+status", lambda: {"severity": "critical", "status": rng.choice(["new", "acknowledged"])}),
        ("district+week", lambda: {"district": rng.choice(info["districts"]), **window(7)}),
        ("camera+month", lambda: {"camera_id": rng.choice(info["cameras"]), **window(30)}),
        ("operator", lambda: {"operator": rng.choice(OPERATORS)}),
        ("unit", lambda: {"unit_id": rng.choice(UNITS)}),
        ("text", lambda: {"text": rng.choice(["smoke", "pothole", "collided", "water leak", "bins"])}),
        ("text+street", lambda: {"text": rng.choice(info["streets"]).split()[0]}),
        ("type+district+severity", lambda: {**_type_severity(rng), "district": rng.choice(info["districts"])}),
        ("day", lambda: window(1)),
        ("text+type+quarter", lambda: {"text": "leak", "type": rng.choice(["utility_water", "utility_heating"]),
                                        **window(90)}),
    ]
    return [(makers[i % len(makers)][0], makers[i % len(makers)][1]()) for i in range(count)]


def _type_severity(rng: random.Random) -> dict[str, str]:
    type_, severity, _ = TYPES[rng.randrange(len(TYPES))]
    return {"type": type_, "severity": severity}


def run_queries(base_url: str, mix: list[tuple[str, dict[str, str]]], limit: int = 100, warmup: int = 12
                ) -> dict[str, Any]:
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    pages = 0
    with httpx.Client(base_url=base_url, timeout=120.0) as http:
        http.get("/api/v1/health").raise_for_status()
        # one query of each kind first, untimed in the figures: a server that just started reads its indexes
        # from disk; the figures are for one in service (the cold times are reported apart)
        cold = []
        for _, params in mix[:warmup]:
            started = time.perf_counter()
            http.get("/api/v1/history/incidents", params={**params, "limit": str(limit)}).raise_for_status()
            cold.append((time.perf_counter() - started) * 1000)
        for n, (kind, params) in enumerate(mix):
            started = time.perf_counter()
            response = http.get("/api/v1/history/incidents", params={**params, "limit": str(limit)})
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            body = response.json()
            times.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
            if n % 4 == 0 and body["next_cursor"]:  # a supervisor scrolling on: the next page is timed too
                started = time.perf_counter()
                http.get("/api/v1/history/incidents",
                         params={**params, "limit": str(limit), "cursor": body["next_cursor"]}).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
                pages += 1
    return {"queries": len(times), "next_pages": pages, "warmup_queries": len(cold),
            "warmup_max_ms": round(max(cold), 1) if cold else None, "p50_ms": round(_pct(times, 50), 2),
            "p95_ms": round(_pct(times, 95), 2), "max_ms": round(max(times), 2),
            "p95_ms_by_filter": {k: round(_pct(v, 95), 2) for k, v in by_kind.items()}}


def _pct(values: list[float], pct: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


def start_backend(data_dir: Path, timeout: float = 120.0) -> tuple[subprocess.Popen[bytes], str]:
    """The real backend process on the seeded folder; no video workers (this measures the database and API)."""
    ready = data_dir / "ready.json"
    ready.unlink(missing_ok=True)
    log = open(data_dir / "sim.log", "ab")  # noqa: SIM115 - handed to the child
    proc = subprocess.Popen([sys.executable, "-m", "console.sim", "--data", str(data_dir), "--ready-file", str(ready),
                             "--video-workers", "0"], stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"backend exited with {proc.returncode}; see {data_dir / 'sim.log'}")
        if ready.exists():
            try:
                return proc, json.loads(ready.read_text())["url"]
            except (ValueError, KeyError):
                pass
        time.sleep(0.05)
    stop_backend(proc)
    raise RuntimeError("backend did not start")


def stop_backend(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qala-console bench history", description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=240)
    parser.add_argument("--data", help="folder for the seeded database (default: a temp folder, removed after)")
    parser.add_argument("--reuse", action="store_true", help="query a database seeded by an earlier run in --data")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.queries < 1:
        parser.error("--rows and --queries must be positive")
    temp = None if args.data else tempfile.TemporaryDirectory(prefix="qala-history-")
    data_dir = Path(args.data or temp.name)  # type: ignore[union-attr]
    try:
        db_path = data_dir / "incidents.db"
        if args.reuse and db_path.exists():
            info = {"seed_s": 0.0, **describe(db_path)}
            with sqlite3.connect(db_path) as db:
                args.rows = db.execute("SELECT count(*) FROM incidents").fetchone()[0]
        elif db_path.exists():
            print(f"qala-console bench history: {db_path} exists; give an empty folder or --reuse", file=sys.stderr)
            return 2
        else:
            info = seed(data_dir, args.rows)
        proc, url = start_backend(data_dir)
        try:
            result = run_queries(url, query_mix(info, args.queries, random.Random(3)))
        finally:
            stop_backend(proc)
        result = {"rows": args.rows, "seed_s": info["seed_s"], **result,
                  "db_mb": round((data_dir / "incidents.db").stat().st_size / 1e6, 1)}
    finally:
        if temp is not None:
            temp.cleanup()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0
