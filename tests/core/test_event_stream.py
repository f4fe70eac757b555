"""The event stream against a real WebSocket server on loopback: resume with since=, dedup, bad messages."""

import asyncio
import json
import time

from aiohttp import web

from console.api.events import EventStream, LinkState


async def _serve(handle) -> tuple[web.AppRunner, str]:
    """A real WebSocket events route on a free loopback port; returns the runner (to clean up) and the base URL."""
    app = web.Application()
    app.router.add_get("/api/v1/events", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


class FlakyEventServer:
    """Serves seqs 1..total honouring since=, but drops the connection every `per_connection` messages and
    re-sends one old event and some garbage on each connection, as a broken backend might."""

    def __init__(self, total: int, per_connection: int) -> None:
        self.total = total
        self.per_connection = per_connection
        self.since_seen: list[int | None] = []

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        since = request.query.get("since")
        self.since_seen.append(int(since) if since is not None else None)
        start = int(since) + 1 if since is not None else 1
        if start > 1:
            await ws.send_str(json.dumps({"seq": start - 1, "ts_ms": 0, "type": "unit.updated", "data": {}}))
        await ws.send_str("{not json")
        await ws.send_str(json.dumps({"seq": "x", "type": 5}))
        for seq in range(start, min(start + self.per_connection, self.total + 1)):
            await ws.send_str(json.dumps({"seq": seq, "ts_ms": seq, "type": "detection", "data": {"n": seq}}))
        await ws.close()
        return ws


def test_resumes_without_gaps_or_duplicates():
    async def scenario():
        server = FlakyEventServer(total=50, per_connection=7)
        runner, url = await _serve(server.handle)
        applied: list[int] = []
        states: list[LinkState] = []
        stream = EventStream(url, lambda env: applied.append(env.seq), since=0,
                             on_state=lambda s, r: states.append(s), max_backoff=0.05)
        stream.start()
        for _ in range(400):
            if len(applied) >= 50:
                break
            await asyncio.sleep(0.02)
        await stream.stop()
        await runner.cleanup()
        return server, stream, applied, states

    server, stream, applied, states = asyncio.run(scenario())
    assert applied == list(range(1, 51))
    assert stream.duplicates >= 7  # the server re-sent one old event on each reconnect
    assert stream.rejected["invalid json"] >= 8 and stream.rejected["bad envelope"] >= 8
    assert server.since_seen[:3] == [0, 7, 14]
    assert LinkState.OFFLINE in states and states[-1] is LinkState.STOPPED


def test_a_message_over_the_size_limit_is_skipped_once_and_the_rest_arrives():
    """Seq 4 is 2 MiB: the client cannot take it, must not ask for it forever, and gets 5..8."""

    async def scenario():
        since_seen: list[str | None] = []

        async def handle(request: web.Request) -> web.WebSocketResponse:
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            since_seen.append(request.query.get("since"))
            start = int(request.query.get("since", "0")) + 1
            for seq in range(start, 9):
                data = {"n": seq, "pad": "x" * (2 << 20)} if seq == 4 else {"n": seq}
                await ws.send_str(json.dumps({"seq": seq, "ts_ms": seq, "type": "unit.updated", "data": data}))
            await asyncio.sleep(5)
            await ws.close()
            return ws

        runner, url = await _serve(handle)
        applied: list[int] = []
        stream = EventStream(url, lambda env: applied.append(env.seq), since=0,
                             max_backoff=0.05)
        stream.start()
        for _ in range(300):
            if len(applied) >= 7:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)
        await stream.stop()
        await runner.cleanup()
        return stream, applied, since_seen

    stream, applied, since_seen = asyncio.run(scenario())
    assert applied == [1, 2, 3, 5, 6, 7, 8]
    assert stream.rejected["message over 1 MiB"] == 1
    assert since_seen[:2] == ["0", "4"]


def test_a_backlog_is_worked_off_without_keeping_the_loop_to_itself():
    """After a pause the socket holds hundreds of events that can be read without waiting; the stream must let
    the rest of the GUI loop (paints, timers) run in between, not only after the whole backlog."""

    async def scenario():
        async def handle(request: web.Request) -> web.WebSocketResponse:
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            for seq in range(1, 301):  # all at once: the client finds them buffered
                await ws.send_str(json.dumps({"seq": seq, "ts_ms": seq, "type": "unit.updated", "data": {}}))
            async for _ in ws:  # until the client goes
                pass
            return ws

        runner, url = await _serve(handle)
        applied: list[int] = []
        seen_by_others: list[int] = []  # how many events were applied whenever another task got to run

        def slow_apply(envelope):  # 1 ms of work per event, as a loaded GUI thread spends
            deadline = time.perf_counter() + 0.001
            while time.perf_counter() < deadline:
                pass
            applied.append(envelope.seq)

        async def other_work():
            while len(applied) < 300:
                seen_by_others.append(len(applied))
                await asyncio.sleep(0)

        stream = EventStream(url, slow_apply)
        stream.start()
        await asyncio.wait_for(other_work(), 30)
        await stream.stop()
        await runner.cleanup()
        return applied, seen_by_others

    applied, seen_by_others = asyncio.run(scenario())
    assert applied == list(range(1, 301))
    # other tasks ran many times while the 300 events (≈300 ms of work) were being applied, never waiting for
    # more than a few milliseconds' worth of them
    during = sorted({n for n in seen_by_others if 0 < n < 300})
    assert len(during) >= 30, during
    assert max(b - a for a, b in zip([0, *during], [*during, 300], strict=True)) <= 20
