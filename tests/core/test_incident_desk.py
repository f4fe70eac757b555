"""Operators' incident work through ConsoleSession + IncidentDesk + the durable outbox, against the real backend:
two consoles at once, conflicts refused and explained, and a backend killed in the middle of a dispatch."""

import asyncio
import os
import sqlite3
import time

import httpx
import pytest

from console.api.local_backend import LocalBackend
from console.api.rest import BackendError
from console.ops.incident_desk import IncidentDesk, Refusal
from console.ops.lifecycle import TransitionError
from console.ops.outbox import Outbox
from console.session import ConsoleSession


@pytest.fixture(scope="module", autouse=True)
def incidents_only():
    """Two consoles share this test's one process: spare it the 400 detection events a second each would parse."""
    os.environ["QALA_SIM_DETECTIONS"] = "0"
    yield
    del os.environ["QALA_SIM_DETECTIONS"]


@pytest.fixture(scope="module")
def backend(tmp_path_factory, incidents_only):
    local = LocalBackend(tmp_path_factory.mktemp("sim-desk"))
    local.start()
    yield local
    local.stop()


async def wait_for(condition, timeout=120.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what() if callable(what) else what}")  # a loaded CI machine gets two minutes
        await asyncio.sleep(0.05)


async def retrying(call, timeout=120.0):
    """A REST call on a loaded CI machine may time out (5 s); the operator would press again."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return await call()
        except BackendError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)


def db_rows(backend, sql, *params):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'incidents.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


class Console:
    """One operator's console: session, outbox file, desk."""

    def __init__(self, url, path, operator):
        self.session = ConsoleSession(url)
        self.outbox = Outbox(path, backoff_s=(0.1, 0.5))
        self.desk = IncidentDesk(self.session, self.outbox, operator)
        self.refusals: list[Refusal] = []
        self.desk.sig_refused.connect(self.refusals.append)

    async def open(self):
        await retrying(lambda: self.session.open(retries=120))
        self.outbox.start()

    async def close(self):
        await self.outbox.stop()
        await self.session.close()
        self.outbox.close()

    def incident(self, incident_id):
        return self.session.state.incidents.get(incident_id)


def test_two_consoles_see_each_others_actions_and_conflicts_are_explained(backend, tmp_path):
    async def scenario():
        a = Console(backend.url, tmp_path / "a.db", "op.a")
        b = Console(backend.url, tmp_path / "b.db", "op.b")
        await a.open()
        await b.open()
        try:
            # a resident's report entered on A appears on both
            item = a.desk.report("road_accident", "Two cars collided at Tole bi", 51.0801, 71.6402, "caller: Aigerim")
            await wait_for(lambda: a.outbox.get(item.key).state == "sent", what="report sent")
            incident_id = next(i.id for i in a.session.state.incidents.ordered()
                               if i.title == "Two cars collided at Tole bi")
            await wait_for(lambda: b.incident(incident_id) is not None, what="B sees the new incident")
            assert b.incident(incident_id).status == "new"

            # B is cut off and queues an acknowledge; meanwhile A takes the incident
            await b.outbox.stop()
            b.desk.acknowledge(incident_id)
            a.desk.acknowledge(incident_id)
            assert await a.outbox.drain(20)
            await wait_for(lambda: b.incident(incident_id).owner == "op.a", what="B sees A's acknowledge")
            # B's console now refuses by itself, with the reason
            with pytest.raises(TransitionError) as info:
                b.desk.assign(incident_id, "unit-p1")
            assert "owned by op.a" in info.value.message
            # and the backend refuses B's queued acknowledge when B's link comes back: explained, not lost
            b.outbox.start()
            await wait_for(lambda: b.refusals, what="B's refusal")
            refusal = b.refusals[0]
            assert refusal.incident_id == incident_id and refusal.action == "acknowledge" and refusal.status == 409
            assert "owned by op.a" in refusal.reason
            assert b.outbox.pending_count() == 0

            # A dispatches the nearest suitable unit with one call; B sees the dispatch and the unit move off
            suggestions = await retrying(lambda: a.desk.suggestions(incident_id))
            assert suggestions[0]["suitable"]
            await retrying(lambda: a.desk.dispatch_nearest(incident_id))
            unit_id = suggestions[0]["unit_id"]
            assert await a.outbox.drain(20)
            assert a.refusals == []
            await wait_for(lambda: b.incident(incident_id).status == "dispatched",
                           what=f"B sees dispatched (A: {a.incident(incident_id)}, B: {b.incident(incident_id)})")
            await wait_for(lambda: any(u.id == unit_id and u.status in ("en_route", "on_scene")
                                       for u in b.session.state.units.all()), what="B sees the unit en route")
            for status in ("en_route", "on_scene", "resolved"):
                a.desk.set_status(incident_id, status)
            a.desk.close(incident_id, "both drivers fined")
            b.desk.note(incident_id, "cam-03 recording kept")  # notes are open to everyone
            assert await a.outbox.drain(20) and await b.outbox.drain(20)
            await wait_for(lambda: b.incident(incident_id).status == "closed",
                           what=lambda: f"B sees closed: {b.incident(incident_id)} {b.session.events.state} "
                                        f"received {b.session.events.received} seq {b.session.events.last_seq} "
                                        f"A seq {a.session.events.last_seq} A: {a.incident(incident_id)}")
            await wait_for(lambda: any(u.id == unit_id and u.status == "available"
                                       for u in b.session.state.units.all()), what="the unit is released")
            assert [r.action for r in a.refusals] == []
            with pytest.raises(TransitionError) as info:
                a.desk.set_status(incident_id, "on_scene")
            assert "closed" in info.value.message
        finally:
            await a.close()
            await b.close()
        return incident_id

    incident_id = asyncio.run(scenario())
    rows = db_rows(backend, "SELECT actor, action FROM activity WHERE incident_id = ? ORDER BY ts_ms, rowid", incident_id)
    assert [action for actor, action in rows if actor == "op.a"] == [
        "created", "note", "acknowledge", "assign", "status", "status", "status", "close"]
    assert [action for actor, action in rows if actor == "op.b"] == ["note"]  # B's refused acknowledge left no trace


def test_backend_killed_in_the_middle_of_a_dispatch_loses_nothing_and_doubles_nothing(tmp_path_factory, tmp_path):
    backend = LocalBackend(tmp_path_factory.mktemp("sim-desk-kill"))
    backend.start()
    try:
        with httpx.Client(base_url=backend.url, timeout=10) as http:
            created = http.post("/api/v1/incidents", json={
                "type": "public_order", "title": "Fight outside the market", "lat": 51.0755, "lon": 71.6531,
                "idempotency_key": "seed-incident-1", "operator": "op.seed"}).json()
        incident_id = created["id"]

        async def scenario():
            console = Console(backend.url, tmp_path / "outbox.db", "op.k")
            await console.open()
            sent = []
            console.outbox.sig_sent.connect(lambda item, result: sent.append(item.key))
            try:
                await wait_for(lambda: console.incident(incident_id) is not None, what="incident loaded")
                suggestions = await retrying(lambda: console.desk.suggestions(incident_id))
                keys = [i.key for i in console.desk.assign(incident_id, suggestions[0]["unit_id"])]
                keys.append(console.desk.note(incident_id, "unit informed by radio").key)
                # the backend dies while the dispatch is going out
                await wait_for(lambda: sent, timeout=20, what="the first action out")
                await asyncio.to_thread(backend.kill)
                keys.append(console.desk.set_status(incident_id, "en_route").key)
                keys.append(console.desk.note(incident_id, "queued while the backend was down").key)
                await wait_for(lambda: not console.outbox.online, what="the outbox noticing")
                queued = console.outbox.pending_count()
                assert queued >= 2
                await asyncio.to_thread(backend.start)
                assert await console.outbox.drain(60), console.outbox.pending()
                await wait_for(lambda: console.incident(incident_id).status == "en_route", what="state after replay")
                assert console.refusals == []
            finally:
                await console.close()
            return keys, queued

        keys, queued = asyncio.run(scenario())
        assert len(keys) == 5 and queued >= 2
        actions = db_rows(backend, "SELECT action, detail FROM activity WHERE incident_id = ? AND actor = 'op.k' "
                                   "ORDER BY ts_ms, rowid", incident_id)
        assert [a for a, _ in actions] == ["acknowledge", "assign", "note", "status", "note"]
        assert actions[4][1] == "queued while the backend was down"
        assert db_rows(backend, "SELECT count(*) FROM audit WHERE target = ? AND actor = 'op.k'", incident_id)[0][0] == 5
        stored = db_rows(backend, f"SELECT key FROM idempotency WHERE key IN ({','.join('?' * len(keys))})", *keys)
        assert sorted(k for (k,) in stored) == sorted(keys)
        assert db_rows(backend, "SELECT count(*) FROM assignments WHERE incident_id = ?", incident_id)[0][0] == 1
        with httpx.Client(base_url=backend.url, timeout=10) as http:
            units = http.get("/api/v1/units").json()["items"]
        # the dispatched unit is still on its way after the restart (restored from the database)
        assert [u["incident_id"] for u in units if u["incident_id"]] == [incident_id]
    finally:
        backend.stop()


def test_offline_console_checks_actions_against_what_is_already_queued(tmp_path):
    """No backend at all: the operator still acts; the console checks each step against the queued ones."""
    from console.api.models import Incident

    async def scenario():
        console = Console("http://127.0.0.1:9", tmp_path / "outbox.db", "op.off")
        state = console.session.state
        state.incidents.replace_all([Incident("inc-x", "road_accident", "high", "new", "crash", None, 51.08, 71.64,
                                              "d-centre", 1, 1, None)])
        # another feature's action in the same outbox, refused for want of a handler, is not ours to explain
        console.outbox.enqueue("drone.tag", {"what": "smoke"})
        items = console.desk.assign("inc-x", "unit-p1")  # new: acknowledged first, then the unit
        assert [i.payload["action"] for i in items] == ["acknowledge", "assign"]
        assert console.desk.projected("inc-x").status == "dispatched"
        console.desk.set_status("inc-x", "en_route")
        with pytest.raises(TransitionError) as info:
            console.desk.close("inc-x")
        assert "incident is en route; it cannot become closed" in info.value.message
        assert console.outbox.pending_count() == 4
        console.outbox.start()
        await wait_for(lambda: console.outbox.refused(), timeout=10, what="the drone tag refused")
        assert console.refusals == []
        await wait_for(lambda: not console.outbox.online, timeout=30, what="offline")
        assert console.outbox.pending_count() == 3  # the incident actions wait for the backend, in order
        await console.close()

    asyncio.run(scenario())
