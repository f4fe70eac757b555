"""The durable outbox against the real embedded backend: nothing lost, nothing applied twice, order kept."""

import asyncio
import sqlite3
import time

import httpx
import pytest

from console.api.local_backend import LocalBackend
from console.api.rest import BackendClient, BackendError
from console.ops.outbox import Outbox, incident_action_sender, is_transient


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-outbox"))
    local.start()
    yield local
    local.stop()


def new_incidents(backend, count):
    deadline = time.monotonic() + 60
    with httpx.Client(base_url=backend.url, timeout=10) as client:
        while time.monotonic() < deadline:
            items = client.get("/api/v1/incidents", params={"status": "new", "limit": 50}).json()["items"]
            if len(items) >= count:
                return [item["id"] for item in items[:count]]
            time.sleep(0.25)
    pytest.fail(f"fewer than {count} new incidents within 60 s")


def backend_rows(backend, sql, *params):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'incidents.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_actions_survive_closing_and_reopening_the_file(tmp_path):
    box = Outbox(tmp_path / "outbox.db")
    first = box.enqueue("incident.action", {"incident": "inc-1", "action": "acknowledge", "operator": "op"})
    box.enqueue("incident.action", {"incident": "inc-1", "action": "note", "operator": "op", "note": "x"}, key="k-2")
    again = box.enqueue("incident.action", {"incident": "inc-1", "action": "note", "operator": "op", "note": "x"}, key="k-2")
    box.close()
    box = Outbox(tmp_path / "outbox.db")
    pending = box.pending()
    assert [p.key for p in pending] == [first.key, "k-2"]
    assert again.id == pending[1].id
    assert pending[0].payload == {"incident": "inc-1", "action": "acknowledge", "operator": "op"}
    box.close()


@pytest.mark.parametrize(("status", "transient"), [(None, True), (500, True), (503, True), (429, True),
                                                   (400, False), (403, False), (404, False), (409, False)])
def test_failures_are_sorted_into_transient_and_refused(status, transient):
    assert is_transient(BackendError("x", status)) is transient


def test_offline_actions_reach_the_backend_exactly_once_and_in_order(backend, tmp_path):
    incident, other = new_incidents(backend, 2)
    notes = [f"note {i}" for i in range(5)]

    async def scenario():
        client = BackendClient(backend.url, timeout=2)
        box = Outbox(tmp_path / "outbox.db", backoff_s=(0.1, 0.5))
        box.register("incident.action", incident_action_sender(client))
        states = []
        box.sig_changed.connect(lambda count, online: states.append((count, online)))
        box.start()
        backend.stop()  # the link drops; the operator keeps working
        box.enqueue("incident.action", {"incident": incident, "action": "acknowledge", "operator": "op.a"})
        for note in notes:
            box.enqueue("incident.action", {"incident": incident, "action": "note", "operator": "op.a", "note": note})
        # refused once the backend is back: the other incident was acknowledged twice; the rest still goes
        box.enqueue("incident.action", {"incident": other, "action": "acknowledge", "operator": "op.a"})
        box.enqueue("incident.action", {"incident": other, "action": "acknowledge", "operator": "op.a"})
        box.enqueue("incident.action", {"incident": other, "action": "note", "operator": "op.a", "note": "after"})
        deadline = time.monotonic() + 10
        while box.online and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert not box.online, "the outbox did not notice the backend is gone"
        assert box.pending_count() == 9
        await asyncio.to_thread(backend.start)
        box.kick()
        assert await box.drain(30), f"still pending: {box.pending()}"
        refused = box.refused()
        await box.stop()
        await client.aclose()
        box.close()
        return states, refused

    states, refused = asyncio.run(scenario())
    assert (9, False) in states and states[-1] == (0, True)
    assert len(refused) == 1 and "409" in refused[0].last_error
    rows = backend_rows(backend, "SELECT action, detail FROM activity WHERE incident_id = ? AND actor = 'op.a' "
                                 "ORDER BY ts_ms, rowid", incident)
    assert [r[0] for r in rows] == ["acknowledge"] + ["note"] * 5
    assert [r[1] for r in rows[1:]] == notes
    other_rows = backend_rows(backend, "SELECT action FROM activity WHERE incident_id = ? AND actor = 'op.a'", other)
    assert sorted(r[0] for r in other_rows) == ["acknowledge", "note"]


def test_an_action_sent_but_not_marked_is_applied_once_when_resent(backend, tmp_path):
    """The console died after the backend applied an action and before the outbox marked it sent."""
    (incident,) = new_incidents(backend, 1)

    async def send_once():
        client = BackendClient(backend.url, timeout=5)
        box = Outbox(tmp_path / "outbox.db")
        box.register("incident.action", incident_action_sender(client))
        item = box.enqueue("incident.action", {"incident": incident, "action": "note", "operator": "op.b",
                                               "note": "only once"})
        box.start()
        assert await box.drain(20)
        await box.stop()
        box.close()
        # what a kill between "applied" and "marked" leaves behind: the action still pending in the file
        conn = sqlite3.connect(tmp_path / "outbox.db")
        conn.execute("UPDATE outbox SET state = 'pending' WHERE key = ?", (item.key,))
        conn.commit()
        conn.close()
        box = Outbox(tmp_path / "outbox.db")
        box.register("incident.action", incident_action_sender(client))
        box.start()
        assert await box.drain(20)
        await box.stop()
        box.close()
        await client.aclose()

    asyncio.run(send_once())
    rows = backend_rows(backend, "SELECT count(*) FROM activity WHERE incident_id = ? AND detail = 'only once'", incident)
    assert rows[0][0] == 1
