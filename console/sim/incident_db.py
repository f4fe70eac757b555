"""Incident history in SQLite (WAL): incidents, activity, idempotency keys and the audit log."""

from __future__ import annotations

import base64
import json
import math
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from console.ops.lifecycle import FINISHED, TransitionError, check_action

SCHEMA = """
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL, title TEXT NOT NULL,
    camera_id TEXT, lat REAL NOT NULL, lon REAL NOT NULL, district TEXT NOT NULL,
    created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, owner TEXT
);
CREATE INDEX IF NOT EXISTS incidents_created ON incidents (created_ms DESC, id DESC);
CREATE INDEX IF NOT EXISTS incidents_status ON incidents (status, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_type ON incidents (type, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_district ON incidents (district, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_camera ON incidents (camera_id, created_ms DESC);
CREATE TABLE IF NOT EXISTS activity (
    incident_id TEXT NOT NULL, ts_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_incident ON activity (incident_id, ts_ms);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY, incident_id TEXT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    ts_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS assignments (
    incident_id TEXT NOT NULL, unit_id TEXT NOT NULL, assigned_ms INTEGER NOT NULL, released_ms INTEGER
);
CREATE INDEX IF NOT EXISTS assignments_incident ON assignments (incident_id);
CREATE INDEX IF NOT EXISTS assignments_active ON assignments (released_ms, unit_id);
"""
COLUMNS = ("id", "type", "severity", "status", "title", "camera_id", "lat", "lon", "district", "created_ms",
           "updated_ms", "owner")


class ActionRefused(Exception):
    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


class IncidentDB:
    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM incidents").fetchone()[0]

    def insert(self, incident: dict[str, Any], actor: str = "analytics") -> dict[str, Any]:
        with self._db:
            self._db.execute(f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                             [incident.get(c) for c in COLUMNS])
            self._log(incident["id"], incident["created_ms"], actor, "created", incident["title"])
        return incident

    def insert_many(self, incidents: list[dict[str, Any]]) -> None:
        with self._db:
            self._db.executemany(
                f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                [[i.get(c) for c in COLUMNS] for i in incidents])

    def get(self, incident_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        return dict(row) if row else None

    def activity(self, incident_id: str) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT ts_ms, actor, action, detail FROM activity WHERE incident_id = ? ORDER BY ts_ms",
                                (incident_id,))
        return [dict(r) for r in rows]

    def query(self, *, limit: int, cursor: str | None, **filters: str | None) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first, keyset paging on (created_ms, id)."""
        where: list[str] = []
        params: list[object] = []
        for column in ("status", "type", "district", "camera_id"):
            if filters.get(column):
                where.append(f"{column} = ?")
                params.append(filters[column])
        if cursor:
            created_ms, last_id = decode_cursor(cursor)
            where.append("(created_ms < ? OR (created_ms = ? AND id < ?))")
            params += [created_ms, created_ms, last_id]
        sql = "SELECT * FROM incidents" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY created_ms DESC, id DESC LIMIT ?"
        rows = [dict(r) for r in self._db.execute(sql, [*params, limit + 1])]
        next_cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
        return rows[:limit], next_cursor

    def replayed(self, key: str, incident_id: str | None = None) -> dict[str, Any] | None:
        """The stored answer for an idempotency key already applied (None if new); a key reused elsewhere: 409."""
        known = self._db.execute("SELECT incident_id, status, response FROM idempotency WHERE key = ?", (key,)).fetchone()
        if known is None:
            return None
        if incident_id is not None and known["incident_id"] != incident_id:
            raise ActionRefused(409, "idempotency_key_reused", "this idempotency key was used for another incident")
        return json.loads(known["response"])

    def act(self, incident_id: str, action: str, key: str, operator: str, note: str, *, target: str | None = None,
            unit: tuple[str, str] | None = None) -> tuple[dict[str, Any], bool]:
        """Apply an operator action once per idempotency key. Returns (incident, applied_now).

        The lifecycle's transition table decides; `unit` is (unit id, call sign) for "assign"."""
        known = self.replayed(key, incident_id)
        if known is not None:
            return known, False
        incident = self.get(incident_id)
        if incident is None:
            raise ActionRefused(404, "not_found", f"no incident {incident_id}")
        try:
            outcome = check_action(incident["status"], incident["owner"], action, operator, target=target, note=note)
        except TransitionError as exc:
            raise ActionRefused(400 if exc.code == "invalid_request" else 409, exc.code, exc.message) from exc
        if action == "assign" and unit is None:
            raise ActionRefused(400, "invalid_request", "assign needs a unit_id")
        now = max(int(time.time() * 1000), incident["updated_ms"] + 1)  # updated_ms orders copies of an incident
        incident.update(status=outcome.status, owner=outcome.owner, updated_ms=now)
        detail = note
        if action == "status":
            detail = f"{target}" + (f": {note}" if note else "")
        elif action == "assign" and unit is not None:
            detail = f"{unit[1]} ({unit[0]})" + (f": {note}" if note else "")
        with self._transaction():
            self._db.execute("UPDATE incidents SET status = ?, owner = ?, updated_ms = ? WHERE id = ?",
                             (incident["status"], incident["owner"], incident["updated_ms"], incident_id))
            if action == "assign" and unit is not None:
                self._db.execute("INSERT INTO assignments VALUES (?, ?, ?, NULL)", (incident_id, unit[0], now))
            if outcome.status in FINISHED:
                self._db.execute("UPDATE assignments SET released_ms = ? WHERE incident_id = ? AND released_ms IS NULL",
                                 (now, incident_id))
            self._log(incident_id, now, operator, action, detail)
            self._db.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?)", (now, operator, action, incident_id, detail))
            incident["units"] = self.assigned_units(incident_id)
            self._db.execute("INSERT INTO idempotency VALUES (?, ?, ?, ?)", (key, incident_id, 200, json.dumps(incident)))
        return incident, True

    def create(self, incident: dict[str, Any], key: str, operator: str, description: str) -> tuple[dict[str, Any], bool]:
        """An incident entered by an operator (a resident's report), once per idempotency key."""
        known = self.replayed(key)
        if known is not None:
            return known, False
        with self._transaction():
            self._db.execute(f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                             [incident.get(c) for c in COLUMNS])
            self._log(incident["id"], incident["created_ms"], operator, "created", incident["title"])
            if description:
                self._log(incident["id"], incident["created_ms"], operator, "note", description)
            self._db.execute("INSERT INTO audit VALUES (?, ?, ?, ?, ?)",
                             (incident["created_ms"], operator, "create", incident["id"], incident["title"]))
            self._db.execute("INSERT INTO idempotency VALUES (?, ?, ?, ?)",
                             (key, incident["id"], 201, json.dumps(incident)))
        return incident, True

    def assigned_units(self, incident_id: str) -> list[str]:
        rows = self._db.execute("SELECT unit_id FROM assignments WHERE incident_id = ? AND released_ms IS NULL "
                                "ORDER BY assigned_ms", (incident_id,))
        return [r[0] for r in rows]

    def active_assignments(self) -> list[tuple[str, str]]:
        """(incident id, unit id) of every unit still answering an incident (restored after a restart)."""
        rows = self._db.execute("SELECT incident_id, unit_id FROM assignments WHERE released_ms IS NULL "
                                "ORDER BY assigned_ms")
        return [(r[0], r[1]) for r in rows]

    def related(self, incident: dict[str, Any], radius_m: float = 300.0, window_ms: int = 3_600_000,
                limit: int = 20) -> list[dict[str, Any]]:
        """Other incidents near the same place (radius) and time (± window), nearest in time first."""
        dlat = radius_m / 111_320.0
        dlon = dlat / max(0.1, math.cos(math.radians(incident["lat"])))
        rows = self._db.execute(
            "SELECT * FROM incidents WHERE created_ms BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
            "AND id != ? ORDER BY abs(created_ms - ?) LIMIT ?",
            (incident["created_ms"] - window_ms, incident["created_ms"] + window_ms, incident["lat"] - dlat,
             incident["lat"] + dlat, incident["lon"] - dlon, incident["lon"] + dlon, incident["id"],
             incident["created_ms"], limit))
        return [dict(r) for r in rows]

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One atomic write: the change, its activity, audit and idempotency rows commit together or not at all
        (the connection is in autocommit mode, so `with self._db` alone would not group them)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _log(self, incident_id: str, ts_ms: int, actor: str, action: str, detail: str) -> None:
        self._db.execute("INSERT INTO activity VALUES (?, ?, ?, ?, ?)", (incident_id, ts_ms, actor, action, detail))


def new_incident_id() -> str:
    return "inc-" + uuid.uuid4().hex[:12]


def encode_cursor(row: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(f"{row['created_ms']}:{row['id']}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[int, str]:
    try:
        created, _, last_id = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        return int(created), last_id
    except (ValueError, UnicodeDecodeError) as exc:
        raise ActionRefused(400, "invalid_cursor", "the cursor is not one this server issued") from exc
