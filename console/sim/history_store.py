"""History search over the incident database: indexes for every filter, FTS5 over titles, keyset paging.

It opens its own connection to incidents.db (WAL: readers never wait for the writer) and adds only what it
needs (indexes, a full-text index kept in step by triggers, the assignments table as dispatch defines it).
"""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path
from typing import Any

from console.ops.history import EXACT_FILTERS, HistoryFilter, fts_query
from console.sim.incident_db import ActionRefused

HISTORY_SCHEMA = """
CREATE INDEX IF NOT EXISTS incidents_severity ON incidents (severity, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_owner ON incidents (owner, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_type_district ON incidents (type, district, created_ms DESC);
CREATE INDEX IF NOT EXISTS incidents_severity_status ON incidents (severity, status, created_ms DESC);
CREATE TABLE IF NOT EXISTS assignments (
    incident_id TEXT NOT NULL, unit_id TEXT NOT NULL, assigned_ms INTEGER NOT NULL, released_ms INTEGER
);
CREATE INDEX IF NOT EXISTS assignments_unit ON assignments (unit_id, incident_id);
CREATE INDEX IF NOT EXISTS audit_time ON audit (ts_ms DESC);
"""
# The full-text rowid is a time key, (created_ms << 20) | (incident rowid & 0xFFFFF), so a text search walks its
# matches newest first and stops after one page instead of sorting every match (a common word matches 100,000s).
FTS_KEY = "(({row}.created_ms << 20) | ({row}.rowid & 1048575))"
FTS_SCHEMA = f"""
CREATE VIRTUAL TABLE incidents_fts USING fts5(title, inc_rowid UNINDEXED);
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT OR REPLACE INTO incidents_fts (rowid, title, inc_rowid) VALUES ({FTS_KEY.format(row="new")}, new.title, new.rowid);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    DELETE FROM incidents_fts WHERE rowid = {FTS_KEY.format(row="old")};
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, created_ms ON incidents BEGIN
    DELETE FROM incidents_fts WHERE rowid = {FTS_KEY.format(row="old")};
    INSERT OR REPLACE INTO incidents_fts (rowid, title, inc_rowid) VALUES ({FTS_KEY.format(row="new")}, new.title, new.rowid);
END;
"""
MAX_PAGE = 500
MAX_KEY = 2**63 - 1  # SQLite's integer: times past the year 2248 cap here


def ensure_history_schema(db: sqlite3.Connection) -> None:
    """Idempotent; the first time on a filled database the full-text index is built from the titles."""
    db.executescript(HISTORY_SCHEMA)
    has_fts = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'incidents_fts'").fetchone()
    if not has_fts:
        with db:
            db.executescript("BEGIN;" + FTS_SCHEMA + "INSERT INTO incidents_fts (rowid, title, inc_rowid) SELECT "
                             + FTS_KEY.format(row="incidents") + ", title, rowid FROM incidents; COMMIT;")


class HistoryStore:
    """Read side of the incident history for supervisors."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages: the upper index levels stay in memory
        self._db.execute("PRAGMA mmap_size=1073741824")
        ensure_history_schema(self._db)

    def close(self) -> None:
        self._db.close()

    def search(self, flt: HistoryFilter, *, limit: int = 100, cursor: str | None = None
               ) -> tuple[list[dict[str, Any]], str | None]:
        """Newest first; `cursor` continues after the last row of the previous page."""
        if flt.matches_nothing:
            return [], None
        sql, params = build_query(flt, limit=limit, cursor=cursor)
        rows = [dict(r) for r in self._db.execute(sql, params)]
        next_cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            next_cursor = _encode(f"t{last['fkey']}" if flt.text else f"c{last['created_ms']}:{last['id']}")
        for row in rows:
            row.pop("fkey", None)
        return rows[:limit], next_cursor

    def bucket_counts(self, by: str, bucket_ms: int, offset_ms: int, from_ms: int, to_ms: int
                      ) -> list[tuple[int, str, int]]:
        column = {"type": "type", "district": "district"}[by]  # never user text in SQL
        rows = self._db.execute(f"SELECT (created_ms + ?) / ? AS b, {column}, count(*) FROM incidents"
                                f" WHERE created_ms >= ? AND created_ms < ? GROUP BY b, {column}",
                                (offset_ms, bucket_ms, from_ms, to_ms))
        return [(r[0], r[1], r[2]) for r in rows]

    def response_data(self, from_ms: int, to_ms: int, max_incidents: int
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
        """Incidents created in the period and their activity; None when there are more than `max_incidents`."""
        incidents = [dict(r) for r in self._db.execute(
            "SELECT id, created_ms, owner FROM incidents WHERE created_ms >= ? AND created_ms < ? LIMIT ?",
            (from_ms, to_ms, max_incidents + 1))]
        if len(incidents) > max_incidents:
            return None
        activity = [dict(r) for r in self._db.execute(
            "SELECT a.incident_id, a.ts_ms, a.actor, a.action, a.detail FROM incidents i"
            " JOIN activity a ON a.incident_id = i.id WHERE i.created_ms >= ? AND i.created_ms < ?"
            " AND a.action IN ('acknowledge', 'assign', 'status', 'close', 'false_alarm')", (from_ms, to_ms))]
        return incidents, activity

    def audit(self, *, actor: str, from_ms: int | None, to_ms: int | None, limit: int, cursor: str | None
              ) -> tuple[list[dict[str, Any]], str | None]:
        """Operator actions, newest first; keyset paging on (ts_ms, rowid)."""
        where: list[str] = []
        params: list[object] = []
        if actor:
            where.append("actor = ?")
            params.append(actor)
        if from_ms is not None:
            where.append("ts_ms >= ?")
            params.append(from_ms)
        if to_ms is not None:
            where.append("ts_ms < ?")
            params.append(to_ms)
        if cursor:
            try:
                ts, _, rowid = base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("a").partition(":")
                position = (int(ts), int(rowid))
                if not all(0 <= v <= MAX_KEY for v in position):
                    raise ValueError("out of range")
            except (ValueError, UnicodeDecodeError) as exc:
                raise ActionRefused(400, "invalid_cursor", "the cursor is not one this audit log issued") from exc
            where.append("ts_ms <= ? AND (ts_ms < ? OR rowid < ?)")
            params += [position[0], position[0], position[1]]
        sql = ("SELECT rowid AS r, ts_ms, actor, action, target, detail FROM audit"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY ts_ms DESC, rowid DESC LIMIT ?")
        rows = [dict(r) for r in self._db.execute(sql, [*params, limit + 1])]
        next_cursor = _encode(f"a{rows[limit - 1]['ts_ms']}:{rows[limit - 1]['r']}") if len(rows) > limit else None
        for row in rows:
            del row["r"]
        return rows[:limit], next_cursor

    def explain(self, flt: HistoryFilter, limit: int = 100) -> list[str]:
        sql, params = build_query(flt, limit=limit, cursor=None)
        return [r[3] for r in self._db.execute("EXPLAIN QUERY PLAN " + sql, params)]


COLUMNS_SQL = "i.id, i.type, i.severity, i.status, i.title, i.camera_id, i.lat, i.lon, i.district, i.created_ms, " \
              "i.updated_ms, i.owner"


def build_query(flt: HistoryFilter, *, limit: int, cursor: str | None) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    for name, column in EXACT_FILTERS.items():
        value = getattr(flt, name)
        if value:
            where.append(f"i.{column} = ?")
            params.append(value)
    if flt.unit_id:
        # probed per row in time order: stops after a page, where IN (...) would sort every assignment of the unit
        where.append("EXISTS (SELECT 1 FROM assignments a WHERE a.unit_id = ? AND a.incident_id = i.id)")
        params.append(flt.unit_id)
    position = _decode(cursor, text=bool(flt.text)) if cursor else None
    if flt.text:
        # walk the full-text matches newest first (time-keyed rowid), joining each to its incident
        fts_where = ["incidents_fts MATCH ?"]
        fts_params: list[object] = [fts_query(flt.text)]
        if flt.from_ms is not None:
            fts_where.append("f.rowid >= ?")
            fts_params.append(min(flt.from_ms << 20, MAX_KEY))
        if flt.to_ms is not None:
            fts_where.append("f.rowid < ?")
            fts_params.append(min(flt.to_ms << 20, MAX_KEY))
        if position is not None:
            fts_where.append("f.rowid < ?")
            fts_params.append(position[0])
        sql = (f"SELECT {COLUMNS_SQL}, f.rowid AS fkey FROM incidents_fts f CROSS JOIN incidents i"
               f" ON i.rowid = f.inc_rowid WHERE {' AND '.join(fts_where + where)} ORDER BY f.rowid DESC LIMIT ?")
        return sql, [*fts_params, *params, limit + 1]
    if flt.from_ms is not None:
        where.append("i.created_ms >= ?")
        params.append(flt.from_ms)
    if flt.to_ms is not None:
        where.append("i.created_ms < ?")
        params.append(flt.to_ms)
    if position is not None:
        # the plain <= lets the index seek to the cursor; the OR breaks ties on the same millisecond
        where.append("i.created_ms <= ? AND (i.created_ms < ? OR i.id < ?)")
        params += [position[0], position[0], position[1]]
    sql = (f"SELECT {COLUMNS_SQL} FROM incidents i" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY i.created_ms DESC, i.id DESC LIMIT ?")
    return sql, [*params, limit + 1]


def _encode(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


def _decode(cursor: str, *, text: bool) -> tuple[int, str]:
    """A history cursor: `t<key>` for text searches, `c<created_ms>:<id>` otherwise; anything else is refused."""
    try:
        raw = base64.urlsafe_b64decode(cursor.encode()).decode()
        if text and raw.startswith("t") and 0 <= int(raw[1:]) <= MAX_KEY:
            return int(raw[1:]), ""
        if not text and raw.startswith("c"):
            created, sep, last_id = raw[1:].partition(":")
            if sep and 0 <= int(created) <= MAX_KEY:
                return int(created), last_id
    except (ValueError, UnicodeDecodeError):
        pass
    raise ActionRefused(400, "invalid_cursor", "the cursor is not one this search issued (filters changed?)")
