"""Durable outbox: every operator action is committed to SQLite before anything is sent, then sent in order.

An action is written with its idempotency key (WAL, synchronous=FULL) before `enqueue()` returns, so neither a
dead backend nor a killed console loses it. One pump task on the asyncio loop sends the oldest pending action;
the backend applies each key once, so resending after a crash between "sent" and "marked sent" is harmless.
Failures are sorted:
- transient (backend unreachable, 5xx, 408, 429): the action stays first in line and the pump waits (capped
  backoff, or `kick()` when the link comes back). Order is kept: a dispatch is never sent before the
  acknowledge that precedes it.
- refused (any other 4xx, e.g. a conflict with another operator): the action is marked refused with the
  backend's reason, `sig_refused` tells the console, and the next action goes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.api.rest import BackendError
from console.ops.signal import Signal
from console.tasks import cancel_and_wait

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any], str], Awaitable[Any]]

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',   -- pending | sent | refused
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    done REAL
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, id);
"""

TRANSIENT_STATUS = {408, 425, 429}


def is_transient(exc: BackendError) -> bool:
    """Unreachable or a server-side failure: try again later. A 4xx is the backend's final word."""
    return exc.status is None or exc.status >= 500 or exc.status in TRANSIENT_STATUS


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    kind: str
    payload: dict[str, Any]
    created: float
    state: str
    attempts: int
    last_error: str


class Outbox:
    """A FIFO of operator actions in a SQLite file, sent by one pump task through handlers per kind."""

    def __init__(self, path: str | Path, *, backoff_s: tuple[float, float] = (0.5, 10.0)) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # an action the operator saw accepted survives a power cut
        self._db.executescript(SCHEMA)
        self._handlers: dict[str, Handler] = {}
        self._backoff = backoff_s
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self.online = True  # False while the last attempt failed transiently
        self.last_error = ""
        self.sig_changed = Signal("outbox.changed")  # (pending count, online)
        self.sig_sent = Signal("outbox.sent")  # (item, result)
        self.sig_refused = Signal("outbox.refused")  # (item, reason)

    def register(self, kind: str, handler: Handler) -> None:
        """`handler(payload, idempotency_key)` sends one action; it raises BackendError on failure."""
        self._handlers[kind] = handler

    # -- writing -------------------------------------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict[str, Any], key: str | None = None) -> OutboxItem:
        """Store an action durably (committed when this returns) and wake the pump. Same key twice: one action."""
        key = key or uuid.uuid4().hex
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True)
        self._db.execute(
            "INSERT OR IGNORE INTO outbox (key, kind, payload, created) VALUES (?, ?, ?, ?)",
            (key, kind, body, time.time()),
        )
        item = self.get(key)
        assert item is not None
        self._notify()
        if self._wake is not None:
            self._wake.set()
        return item

    def get(self, key: str) -> OutboxItem | None:
        row = self._db.execute("SELECT * FROM outbox WHERE key = ?", (key,)).fetchone()
        return _item(row) if row else None

    def pending(self) -> list[OutboxItem]:
        rows = self._db.execute("SELECT * FROM outbox WHERE state = 'pending' ORDER BY id").fetchall()
        return [_item(row) for row in rows]

    def pending_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").fetchone()[0])

    def refused(self) -> list[OutboxItem]:
        rows = self._db.execute("SELECT * FROM outbox WHERE state = 'refused' ORDER BY id").fetchall()
        return [_item(row) for row in rows]

    def prune(self, older_than_s: float = 7 * 86400) -> int:
        """Forget sent actions older than this (refused ones stay for the operator to review)."""
        cur = self._db.execute(
            "DELETE FROM outbox WHERE state = 'sent' AND done < ?", (time.time() - older_than_s,)
        )
        return cur.rowcount

    # -- sending -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._pump(), name="outbox")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)

    def close(self) -> None:
        self._db.close()

    def kick(self) -> None:
        """The link is back: retry now instead of waiting out the backoff."""
        if self._wake is not None:
            self._wake.set()

    async def drain(self, timeout: float) -> bool:
        """Wait until nothing is pending (tests, clean shutdown). Returns whether it emptied in time."""
        deadline = time.monotonic() + timeout
        while self.pending_count():
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.05)
        return True

    async def _pump(self) -> None:
        assert self._wake is not None
        failures = 0
        while True:
            item = self._next()
            if item is None:
                self._wake.clear()
                await self._wake.wait()
                continue
            handler = self._handlers.get(item.kind)
            if handler is None:
                self._finish(item, "refused", f"no handler for action kind {item.kind!r}")
                continue
            self._db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", (item.id,))
            try:
                result = await handler(item.payload, item.key)
            except BackendError as exc:
                if is_transient(exc):
                    failures += 1
                    self._set_online(False, exc.reason)
                    self._db.execute("UPDATE outbox SET last_error = ? WHERE id = ?", (exc.reason, item.id))
                    await self._wait(failures)
                    continue
                self._finish(item, "refused", exc.reason)
                continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug in a handler must not stop every later action
                log.exception("outbox handler for %s raised", item.kind)
                self._finish(item, "refused", f"{exc.__class__.__name__}: {exc}")
                continue
            failures = 0
            self._set_online(True, "")
            self._finish(item, "sent", "")
            self.sig_sent.emit(item, result)

    def _next(self) -> OutboxItem | None:
        row = self._db.execute("SELECT * FROM outbox WHERE state = 'pending' ORDER BY id LIMIT 1").fetchone()
        return _item(row) if row else None

    async def _wait(self, failures: int) -> None:
        assert self._wake is not None
        low, high = self._backoff
        delay = min(high, low * 2 ** min(failures - 1, 10)) * random.uniform(0.8, 1.2)
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            pass

    def _finish(self, item: OutboxItem, state: str, reason: str) -> None:
        self._db.execute(
            "UPDATE outbox SET state = ?, last_error = ?, done = ? WHERE id = ?", (state, reason, time.time(), item.id)
        )
        if state == "refused":
            log.warning("backend refused %s %s: %s", item.kind, item.key, reason)
            self.sig_refused.emit(item, reason)
        self._notify()

    def _set_online(self, online: bool, reason: str) -> None:
        changed = online != self.online
        self.online, self.last_error = online, reason
        if changed:
            log.info("outbox %s%s", "online" if online else "offline", f": {reason}" if reason else "")
            self._notify()

    def _notify(self) -> None:
        self.sig_changed.emit(self.pending_count(), self.online)


def _item(row: tuple[Any, ...]) -> OutboxItem:
    return OutboxItem(id=row[0], key=row[1], kind=row[2], payload=json.loads(row[3]), created=row[4], state=row[5],
                      attempts=row[6], last_error=row[7])


def incident_action_sender(client: Any) -> Handler:
    """The handler for kind "incident.action": payload {"incident", "action", "operator", "note"?, ...}."""

    async def send(payload: dict[str, Any], key: str) -> Any:
        body = {k: v for k, v in payload.items() if k != "incident"}
        return await client.incident_action(payload["incident"], {**body, "idempotency_key": key})

    return send
