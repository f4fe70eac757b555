"""Supervisor routes of the embedded backend: history search, statistics for charts, the audit log."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from console.ops.history import MAX_MS, FilterError, HistoryFilter
from console.ops.review_stats import BUCKETS, DAY_MS, GROUPS, counts_per_bucket, response_times
from console.sim.errors import json_error as _error
from console.sim.history_store import MAX_PAGE, HistoryStore

T = TypeVar("T")
REVIEW_ROLES = frozenset({"supervisor", "administrator"})
MAX_STATS_SPAN_MS = 400 * DAY_MS
MAX_RESPONSE_INCIDENTS = 100_000


def role_of(request: web.Request) -> str:
    """The caller's role: the signed-in user's where sign-in is on (request["user"]), else the X-Qala-Role header
    the console sends (the embedded backend trusts it as it trusts the `operator` of an action); else operator."""
    user = request.get("user")
    if user is not None and getattr(user, "role", None):
        return str(user.role)
    return request.headers.get("X-Qala-Role", "operator").strip().lower() or "operator"


class HistoryRoutes:
    """Queries run on one worker thread so a slow one never stalls the event stream on the loop."""

    def __init__(self, db_path: Path) -> None:
        self.store = HistoryStore(db_path)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="qala-history")

    def register(self, app: web.Application) -> None:
        app.router.add_get("/api/v1/history/incidents", self.search)
        app.router.add_get("/api/v1/stats/incidents", self.stats_incidents)
        app.router.add_get("/api/v1/stats/response_times", self.stats_response_times)
        app.router.add_get("/api/v1/audit", self.audit)
        app.on_cleanup.append(self._close)

    async def _close(self, app: web.Application) -> None:
        self._pool.shutdown(wait=True)
        self.store.close()

    async def _run(self, job: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, job)

    async def search(self, request: web.Request) -> web.Response:
        query = request.query
        limit = _limit(query)
        if limit is None:
            return _error(400, "invalid_request", f"limit must be an integer between 1 and {MAX_PAGE}")
        try:
            flt = HistoryFilter.from_params(query)
        except FilterError as exc:
            return _error(400, "invalid_request", str(exc))
        items, cursor = await self._run(lambda: self.store.search(flt, limit=limit, cursor=query.get("cursor") or None))
        return web.json_response({"items": items, "next_cursor": cursor})

    async def stats_incidents(self, request: web.Request) -> web.Response:
        query = request.query
        bucket, by = query.get("bucket", "day"), query.get("by", "type")
        if bucket not in BUCKETS or by not in GROUPS:
            return _error(400, "invalid_request", f"bucket must be one of {sorted(BUCKETS)}, by one of {list(GROUPS)}")
        period = _period(query)
        if isinstance(period, web.Response):
            return period
        (from_ms, to_ms), offset_ms = period
        rows = await self._run(lambda: self.store.bucket_counts(by, BUCKETS[bucket], offset_ms, from_ms, to_ms))
        return web.json_response({"by": by, "from_ms": from_ms, "to_ms": to_ms,
                                  **counts_per_bucket(rows, bucket, offset_ms)})

    async def stats_response_times(self, request: web.Request) -> web.Response:
        period = _period(request.query)
        if isinstance(period, web.Response):
            return period
        (from_ms, to_ms), offset_ms = period
        data = await self._run(lambda: self.store.response_data(from_ms, to_ms, MAX_RESPONSE_INCIDENTS))
        if data is None:
            return _error(400, "invalid_request", f"more than {MAX_RESPONSE_INCIDENTS} incidents: choose a shorter period")
        result = await self._run(lambda: response_times(*data, utc_offset_h=offset_ms / 3_600_000))
        return web.json_response({"from_ms": from_ms, "to_ms": to_ms, "incidents": len(data[0]), **result})

    async def audit(self, request: web.Request) -> web.Response:
        role = role_of(request)
        if role not in REVIEW_ROLES:
            return web.json_response({"error": "forbidden", "detail": f"role {role} may not read the audit log",
                                      "permission": "audit.read", "role": role}, status=403)
        query = request.query
        limit = _limit(query)
        if limit is None:
            return _error(400, "invalid_request", f"limit must be an integer between 1 and {MAX_PAGE}")
        times: dict[str, int | None] = {}
        for name in ("from_ms", "to_ms"):
            raw = query.get(name)
            if raw is not None and (not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_MS):
                return _error(400, "invalid_request", f"{name} must be an integer from 0 to {MAX_MS} (Unix ms)")
            times[name] = int(raw) if raw is not None else None
        actor = query.get("actor", "")
        if len(actor) > 200:
            return _error(400, "invalid_request", "actor must be at most 200 characters")
        items, cursor = await self._run(lambda: self.store.audit(
            actor=actor, from_ms=times["from_ms"], to_ms=times["to_ms"], limit=limit, cursor=query.get("cursor") or None))
        return web.json_response({"items": items, "next_cursor": cursor})


def _limit(query: Any) -> int | None:
    raw = query.get("limit", "100")
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_PAGE:
        return None
    return int(raw)


def _period(query: Any) -> tuple[tuple[int, int], int] | web.Response:
    """from_ms and to_ms (required; a longer span than 400 days is cut to the last 400; an empty one counts
    nothing) and utc_offset_h (-14..14) as ms."""
    values = []
    for name in ("from_ms", "to_ms"):
        raw = query.get(name, "")
        if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_MS:
            return _error(400, "invalid_request", f"{name} is required, an integer from 0 to {MAX_MS} (Unix ms)")
        values.append(int(raw))
    values[0] = max(values[0], values[1] - MAX_STATS_SPAN_MS)
    try:
        offset_h = float(query.get("utc_offset_h", "0"))
    except ValueError:
        offset_h = 99.0
    if not -14 <= offset_h <= 14:
        return _error(400, "invalid_request", "utc_offset_h must be a number of hours between -14 and 14")
    return (values[0], values[1]), int(offset_h * 3_600_000)
