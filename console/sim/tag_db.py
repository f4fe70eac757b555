"""Drone tags in the backend's SQLite: one row per idempotency key, so a resent tag is stored once."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

TAG_CATEGORIES = ("traffic_violation", "public_order", "illegal_dump", "utility_fault", "sanitation", "fire_smoke",
                  "crowd", "road_damage", "other")

SCHEMA = """
CREATE TABLE IF NOT EXISTS tags (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    note TEXT NOT NULL,
    drone_id TEXT NOT NULL,
    camera_id TEXT NOT NULL,
    frame_time_ms INTEGER NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    operator TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tags_time ON tags (drone_id, frame_time_ms);
"""
_COLUMNS = ("id", "category", "note", "drone_id", "camera_id", "frame_time_ms", "lat", "lon", "operator", "created_ms")


class TagRefused(ValueError):
    """A tag body the backend will not store (the reason is for the operator)."""


def validate_tag(body: Any) -> dict[str, Any]:
    """The tag fields of a POST body, checked; raises TagRefused."""
    if not isinstance(body, dict):
        raise TagRefused("the body must be a JSON object")
    for name, low, high in (("idempotency_key", 8, 128), ("drone_id", 1, 64), ("camera_id", 1, 64),
                            ("operator", 1, 64)):
        value = body.get(name)
        if not isinstance(value, str) or not low <= len(value) <= high:
            raise TagRefused(f"{name} must be a string of {low}..{high} characters")
    if body.get("category") not in TAG_CATEGORIES:
        raise TagRefused(f"category must be one of {', '.join(TAG_CATEGORIES)}")
    note = body.get("note", "")
    if not isinstance(note, str) or len(note) > 2000:
        raise TagRefused("note must be a string of at most 2000 characters")
    frame_time = body.get("frame_time_ms")
    if isinstance(frame_time, float) and frame_time.is_integer():
        frame_time = int(frame_time)  # JSON has one number type: 1.0 is the integer 1
    if not isinstance(frame_time, int) or isinstance(frame_time, bool) or not 0 <= frame_time < 2**53:
        raise TagRefused("frame_time_ms must be a non-negative integer")
    for name, limit in (("lat", 90.0), ("lon", 180.0)):
        value = body.get(name)
        if not isinstance(value, int | float) or isinstance(value, bool) or not -limit <= value <= limit:
            raise TagRefused(f"{name} must be a number within ±{limit:g}")
    return {"idempotency_key": body["idempotency_key"], "category": body["category"], "note": note,
            "drone_id": body["drone_id"], "camera_id": body["camera_id"], "frame_time_ms": frame_time,
            "lat": float(body["lat"]), "lon": float(body["lon"]), "operator": body["operator"]}


class TagDB:
    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def add(self, fields: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """(the stored tag, whether it is new): the same idempotency key twice stores one tag."""
        row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM tags WHERE idempotency_key = ?",
                               (fields["idempotency_key"],)).fetchone()
        if row is not None:
            return dict(zip(_COLUMNS, row, strict=True)), False
        tag = {"id": f"tag-{uuid.uuid4().hex[:12]}", **{k: v for k, v in fields.items() if k != "idempotency_key"},
               "created_ms": int(time.time() * 1000)}
        self._db.execute(
            f"INSERT INTO tags (idempotency_key, {', '.join(_COLUMNS)}) VALUES (?{', ?' * len(_COLUMNS)})",
            (fields["idempotency_key"], *(tag[c] for c in _COLUMNS)),
        )
        return tag, True

    def query(self, *, drone_id: str | None = None, since_ms: int | None = None, until_ms: int | None = None,
              limit: int = 500) -> list[dict[str, Any]]:
        where: list[str] = []
        args: list[Any] = []
        if drone_id:
            where.append("drone_id = ?")
            args.append(drone_id)
        if since_ms is not None:
            where.append("frame_time_ms >= ?")
            args.append(since_ms)
        if until_ms is not None:
            where.append("frame_time_ms <= ?")
            args.append(until_ms)
        sql = f"SELECT {', '.join(_COLUMNS)} FROM tags"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._db.execute(sql + " ORDER BY frame_time_ms, id LIMIT ?", (*args, limit)).fetchall()
        return [dict(zip(_COLUMNS, row, strict=True)) for row in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM tags").fetchone()[0])

    def close(self) -> None:
        self._db.close()
