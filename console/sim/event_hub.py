"""The backend's event log: one seq across all types, a replay window, and bounded per-client queues."""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from typing import Any

REPLAY_WINDOW = 200_000
CLIENT_QUEUE = 20_000  # about 50 s of the demo's event rate; a client further behind is closed and resumes


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


class EventHub:
    """All methods run on the server's asyncio loop, so subscribe-with-replay is atomic against publish."""

    def __init__(self, window: int = REPLAY_WINDOW) -> None:
        self.seq = 0
        self._window: deque[tuple[int, str]] = deque(maxlen=window)
        self._subscribers: set[EventSubscriber] = set()
        self.published = 0

    def publish(self, type_: str, data: dict[str, Any]) -> int:
        self.seq += 1
        text = json.dumps({"seq": self.seq, "ts_ms": int(time.time() * 1000), "type": type_, "data": data},
                          separators=(",", ":"))
        self._window.append((self.seq, text))
        self.published += 1
        for subscriber in self._subscribers:
            subscriber.push(text)
        return self.seq

    @property
    def oldest(self) -> int:
        return self._window[0][0] if self._window else self.seq + 1

    def subscribe(self, since: int | None) -> tuple[EventSubscriber, list[str]]:
        """A live subscriber and the replay it must send first (all kept events with seq > since)."""
        subscriber = EventSubscriber()
        replay: list[str] = []
        if since is not None and since < self.seq:
            if since + 1 < self.oldest:
                replay.append(json.dumps({"seq": since, "ts_ms": int(time.time() * 1000), "type": "replay.gap",
                                          "data": {"oldest": self.oldest}}))
                replay += [text for _, text in self._window]
            else:
                skip = since + 1 - self.oldest
                replay += [text for i, (_, text) in enumerate(self._window) if i >= skip]
        self._subscribers.add(subscriber)
        return subscriber, replay

    def close_all(self) -> None:
        """Server shutdown: every WebSocket handler closes (clients reconnect with since= later)."""
        for subscriber in self._subscribers:
            subscriber.queue.put_nowait(None)

    def unsubscribe(self, subscriber: EventSubscriber) -> None:
        self._subscribers.discard(subscriber)

    @property
    def clients(self) -> int:
        return len(self._subscribers)
