"""The backend's event stream (WebSocket) with resume: reconnects with its last seq, never applies twice."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from enum import Enum

import aiohttp

from console.api.models import ContractError, Envelope
from console.tasks import cancel_and_wait

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 1 << 20
YIELD_AFTER_S = 0.004  # the longest the stream keeps the GUI thread's loop to itself while it works off a backlog


class LinkState(Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    STOPPED = "stopped"


class EventStream:
    """Reads `/api/v1/events?since=SEQ` on the running asyncio loop and hands envelopes to `on_event`.

    `on_gap` is called when the backend's replay window no longer holds our seq: the caller reloads over REST.
    Malformed messages are counted in `rejected` and skipped; the stream keeps going.
    """

    def __init__(
        self,
        base_url: str,
        on_event: Callable[[Envelope], None],
        *,
        on_state: Callable[[LinkState, str], None] | None = None,
        on_gap: Callable[[], None] | None = None,
        since: int | None = None,
        max_backoff: float = 2.0,
        headers: Callable[[], Awaitable[dict[str, str]]] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._url = base_url.rstrip("/").replace("http://", "ws://", 1).replace("https://", "wss://", 1)
        self._on_event = on_event
        self._on_state = on_state
        self._on_gap = on_gap
        self.last_seq = since
        self._max_backoff = max_backoff
        self._task: asyncio.Task[None] | None = None
        self.state = LinkState.STOPPED
        self.reason = ""
        self.received = 0
        self.last_ts_ms: int | None = None
        self.duplicates = 0
        self.rejected: Counter[str] = Counter()
        self.reconnects = 0
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._headers = headers  # called before each connect: a fresh bearer token
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="event-stream")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)
        self._set_state(LinkState.STOPPED, "")

    async def drop(self) -> None:
        """Close the current connection as a network fault would; the stream reconnects with since=."""
        ws = self._ws
        if ws is not None:
            await ws.close()

    def _set_state(self, state: LinkState, reason: str) -> None:
        if (state, reason) != (self.state, self.reason):
            self.state, self.reason = state, reason
            if self._on_state is not None:
                self._on_state(state, reason)

    async def _run(self) -> None:
        backoff = 0.25
        async with aiohttp.ClientSession() as session:
            while True:
                self._set_state(LinkState.CONNECTING, "")
                url = f"{self._url}/api/v1/events"
                if self.last_seq is not None:
                    url += f"?since={self.last_seq}"
                try:
                    headers = await self._headers() if self._headers is not None else {}
                    async with session.ws_connect(url, heartbeat=10.0, max_msg_size=MAX_MESSAGE_BYTES,
                                                  headers=headers, ssl=self._ssl) as ws:
                        self._ws = ws
                        self._set_state(LinkState.ONLINE, "")
                        backoff = 0.25
                        busy_since = done_at = time.perf_counter()
                        async for message in ws:
                            if message.type == aiohttp.WSMsgType.TEXT:
                                started = time.perf_counter()
                                if started - done_at > 0.001:  # we waited for this one: a new busy stretch
                                    busy_since = started
                                self._handle_text(message.data)
                                done_at = time.perf_counter()
                                if done_at - busy_since > YIELD_AFTER_S:
                                    # a backlog (after a pause, or a burst) is read without waiting, so without
                                    # this the loop would not paint or run timers until the backlog is gone
                                    await asyncio.sleep(0)
                                    busy_since = done_at = time.perf_counter()
                            elif message.type == aiohttp.WSMsgType.ERROR:
                                self._on_error_frame(ws)
                                break
                            else:
                                self.rejected["non-text frame"] += 1
                        reason = f"closed by backend ({ws.close_code})"
                except (TimeoutError, aiohttp.ClientError, OSError, RuntimeError) as exc:  # RuntimeError: BackendError
                    reason = f"{exc.__class__.__name__}: {exc}"
                finally:
                    self._ws = None
                self._set_state(LinkState.OFFLINE, reason)
                self.reconnects += 1
                await asyncio.sleep(backoff * random.uniform(0.75, 1.25))
                backoff = min(backoff * 2, self._max_backoff)

    def _on_error_frame(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        """A message over the size limit closes the connection; resuming at the same seq would fetch it again
        forever. Seqs are consecutive, so the message that broke the limit is the one after the last applied:
        resume after it, count it and say so once."""
        if ws.close_code != aiohttp.WSCloseCode.MESSAGE_TOO_BIG:
            return
        kind = f"message over {MAX_MESSAGE_BYTES // (1 << 20)} MiB"
        if self.rejected[kind] == 0:
            log.warning("event after seq %s is larger than %d bytes: skipped", self.last_seq, MAX_MESSAGE_BYTES)
        self.rejected[kind] += 1
        if self.last_seq is not None:
            self.last_seq += 1

    def _handle_text(self, text: str) -> None:
        try:
            envelope = Envelope.from_json(json.loads(text))
        except (ValueError, ContractError) as exc:
            kind = "invalid json" if isinstance(exc, json.JSONDecodeError) else "bad envelope"
            if self.rejected[kind] == 0:
                log.warning("event rejected (%s): %s", kind, exc)
            self.rejected[kind] += 1
            return
        if envelope.type == "replay.gap":
            self.last_seq = None  # live from here; the caller reloads state
            if self._on_gap is not None:
                self._on_gap()
            return
        if self.last_seq is not None and envelope.seq <= self.last_seq:
            self.duplicates += 1
            return
        self.last_seq = envelope.seq
        self.last_ts_ms = envelope.ts_ms  # how far behind the backend the console is: now - this
        self.received += 1
        self._on_event(envelope)
