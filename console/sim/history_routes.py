"""Supervisor routes of the embedded backend: history search (and, alongside it, what supervisors review)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

from console.ops.history import FilterError, HistoryFilter
from console.sim.history_store import MAX_PAGE, HistoryStore


def _error(status: int, error: str, detail: str) -> web.Response:
    return web.json_response({"error": error, "detail": detail}, status=status)


class HistoryRoutes:
    """Queries run on one worker thread so a slow one never stalls the event stream on the loop."""

    def __init__(self, db_path: Path) -> None:
        self.store = HistoryStore(db_path)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="qala-history")

    def register(self, app: web.Application) -> None:
        app.router.add_get("/api/v1/history/incidents", self.search)
        app.on_cleanup.append(self._close)

    async def _close(self, app: web.Application) -> None:
        self._pool.shutdown(wait=True)
        self.store.close()

    async def search(self, request: web.Request) -> web.Response:
        query = request.query
        raw_limit = query.get("limit", "100")
        if not (raw_limit.isascii() and raw_limit.isdigit()) or not 1 <= int(raw_limit) <= MAX_PAGE:
            return _error(400, "invalid_request", f"limit must be an integer between 1 and {MAX_PAGE}")
        try:
            flt = HistoryFilter.from_params(query)
        except FilterError as exc:
            return _error(400, "invalid_request", str(exc))
        loop = asyncio.get_running_loop()
        items, cursor = await loop.run_in_executor(
            self._pool, lambda: self.store.search(flt, limit=int(raw_limit), cursor=query.get("cursor") or None))
        return web.json_response({"items": items, "next_cursor": cursor})
