"""The backend's event log: one seq across all types, a replay window, and bounded per-client queues.

With a database file the window is durable: every event is written to SQLite (WAL) before any client sees
it, so a backend that is restarted, even after SIGKILL, goes on from the next seq and replays to a client
resuming with `since=` exactly what it missed. Events published in one loop iteration share one commit.
A client whose `since` is ahead of the log (the backend's database was replaced) gets `replay.gap`.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections import deque
from pathlib import Path
from typing import Any

REPLAY_WINDOW = 200_000
CLIENT_QUEUE = 20_000  # about 50 s of the demo's event rate; a client further behind is closed and resumes
PRUNE_EVERY = 5_000  # events between deletes of rows that fell out of the window


class EventSubscriber:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.overflowed = False

    def push(self, text: str) -> None:
        if self.overflowed:
            return
        if self.queue.qsize() >= CLIENT_QUEUE:
            self.overflowed = True
            self.queue.put_nowait(None)  # tells the handler to close; the client resumes with since=
            return
        self.queue.put_nowait(text)


class _EventLog:
    """SQLite persistence of the replay window."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a process crash
        self._db.execute("CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, text TEXT NOT NULL)")

    def load(self, window: int) -> list[tuple[int, str]]:
        rows = self._db.execute("SELECT seq, text FROM events ORDER BY seq DESC LIMIT ?", (window,)).fetchall()
        return rows[::-1]

    def append(self, rows: list[tuple[int, str]]) -> None:
        with self._db:
            self._db.executemany("INSERT INTO events (seq, text) VALUES (?, ?)", rows)

    def prune(self, keep_from: int) -> None:
        with self._db:
            self._db.execute("DELETE FROM events WHERE seq < ?", (keep_from,))

    def close(self) -> None:
        self._db.close()


class EventHub:
    """All methods run on the server's asyncio loop, so subscribe-with-replay is atomic against publish."""

    def __init__(self, window: int = REPLAY_WINDOW, path: str | Path | None = None) -> None:
        self._window: deque[tuple[int, str]] = deque(maxlen=window)
        self._subscribers: set[EventSubscriber] = set()
        self._log = _EventLog(Path(path)) if path is not None else None
        self._pending: list[tuple[int, str]] = []  # published, not yet committed nor sent
        self._flush_scheduled = False
        self._since_prune = 0
        if self._log is not None:
            self._window.extend(self._log.load(window))
        self.seq = self._window[-1][0] if self._window else 0
        self._durable_seq = self.seq  # the newest seq that clients may see
        self.published = 0

    def publish(self, type_: str, data: dict[str, Any]) -> int:
        self.seq += 1
        text = json.dumps({"seq": self.seq, "ts_ms": int(time.time() * 1000), "type": type_, "data": data},
                          separators=(",", ":"))
        self.published += 1
        if self._log is None:
            self._window.append((self.seq, text))
            self._durable_seq = self.seq
            self._send([text])
            return self.seq
        self._pending.append((self.seq, text))
        if not self._flush_scheduled:
            try:
                asyncio.get_running_loop().call_soon(self.flush)
                self._flush_scheduled = True
            except RuntimeError:  # no loop (a script or a test): write through
                self.flush()
        return self.seq

    def flush(self) -> None:
        """Commit what was published since the last flush, then hand it to the clients."""
        self._flush_scheduled = False
        rows, self._pending = self._pending, []
        if not rows or self._log is None:
            return
        self._log.append(rows)
        self._window.extend(rows)
        self._durable_seq = rows[-1][0]
        self._send([text for _, text in rows])
        self._since_prune += len(rows)
        if self._since_prune >= PRUNE_EVERY and len(self._window) == self._window.maxlen:
            self._since_prune = 0
            self._log.prune(self._window[0][0])

    def _send(self, texts: list[str]) -> None:
        for subscriber in self._subscribers:
            for text in texts:
                subscriber.push(text)

    @property
    def oldest(self) -> int:
        return self._window[0][0] if self._window else self._durable_seq + 1

    def subscribe(self, since: int | None) -> tuple[EventSubscriber, list[str]]:
        """A live subscriber and the replay it must send first (all kept events with seq > since)."""
        subscriber = EventSubscriber()
        replay: list[str] = []
        if since is not None and (since + 1 < self.oldest or since > self._durable_seq):
            # the window no longer holds what the client missed, or the client is ahead of this log
            replay.append(json.dumps({"seq": since, "ts_ms": int(time.time() * 1000), "type": "replay.gap",
                                      "data": {"oldest": self.oldest}}))
            replay += [text for _, text in self._window]
        elif since is not None and since < self._durable_seq:
            skip = since + 1 - self.oldest
            replay += [text for i, (_, text) in enumerate(self._window) if i >= skip]
        self._subscribers.add(subscriber)
        return subscriber, replay

    def close_all(self) -> None:
        """Server shutdown: write what is pending, then every WebSocket handler closes (clients reconnect
        with since= later)."""
        self.flush()
        for subscriber in self._subscribers:
            subscriber.queue.put_nowait(None)

    def close(self) -> None:
        self.flush()
        if self._log is not None:
            self._log.close()
            self._log = None

    def unsubscribe(self, subscriber: EventSubscriber) -> None:
        self._subscribers.discard(subscriber)

    @property
    def clients(self) -> int:
        return len(self._subscribers)
