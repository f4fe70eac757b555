"""The incident desk in the real main window against the real embedded backend: keys drive the lifecycle, D then
Enter dispatches the suggested unit, refusals are explained, the status bar says "offline, N actions queued",
and an SOS press sounds the alarm and brings its cameras up on the alarm wall until acknowledged."""

import asyncio
import os
import sqlite3
import time

import httpx
import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.api.local_backend import LocalBackend
from console.api.models import Incident, Site
from console.ops.city_state import CityState
from console.ops.incident_desk import IncidentDesk
from console.ops.outbox import Outbox
from console.session import ConsoleSession
from widgets.incident_desk import attach_incident_desk
from widgets.incident_queue import IncidentQueue
from widgets.incident_words import SEVERITY_COLOUR
from widgets.main_window import MainWindow


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    os.environ["QALA_SIM_DETECTIONS"] = "0"  # the desk needs incidents and units, not 400 detections a second
    local = LocalBackend(tmp_path_factory.mktemp("sim-desk-ui"))
    try:
        local.start()
        yield local
    finally:
        local.stop()
        del os.environ["QALA_SIM_DETECTIONS"]


def run_async(qapp, coro):
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


async def wait_for(predicate, timeout=120.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what() if callable(what) else what}")
        await asyncio.sleep(0.05)


class Desk:
    def __init__(self, url, path, operator="op.ui"):
        self.session = ConsoleSession(url)
        self.window = MainWindow(self.session.state, renderer="cpu")
        self.window.wall.set_layout("2x2")  # four tiles keep the loaded CI machine's decoders few
        self.outbox = Outbox(path, backoff_s=(0.1, 0.5))
        self.desk = IncidentDesk(self.session, self.outbox, operator)
        self.pane = attach_incident_desk(self.window, self.desk)
        self.window.resize(1400, 900)

    async def open(self):
        self.window.show()
        self.window.activateWindow()
        await self.session.open(retries=240)
        self.outbox.start()

    async def close(self):
        self.window.wall.stop()
        self.pane.stop()
        await self.outbox.stop()
        self.outbox.close()
        await self.session.close()
        self.window.close()

    async def key(self, key):
        """A key press where the operator is: in the queue (shortcuts need the window active, as on a desk).
        Waited for with asyncio, never with QTest's waits: a nested Qt loop inside a coroutine loses the other
        tasks' wake-ups (the event stream and the outbox would stop for good)."""
        if QApplication.activeWindow() is not self.window:  # offscreen leaves a closed dialog active
            self.window.activateWindow()
            await wait_for(lambda: QApplication.activeWindow() is self.window, 5, what="the window active")
        if not self.pane.isAncestorOf(QApplication.focusWidget()):
            self.pane.queue.table.setFocus()
        QTest.keyClick(QApplication.focusWidget(), key)

    def incident(self, incident_id):
        return self.session.state.incidents.get(incident_id)


def db_rows(backend, sql, *params):
    conn = sqlite3.connect(f"file:{backend.data_dir / 'incidents.db'}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def make(id_, severity, status, created, owner=None, type_="vandalism", district="d-centre"):
    return Incident(id_, type_, severity, status, f"title {id_}", None, 51.08, 71.64, district, created, created, owner)


def test_queue_orders_by_priority_then_waiting_time_and_filters(qtbot):
    state = CityState()
    state.set_site(Site.from_json({"name": "x", "timezone": "UTC", "centre": {"lat": 51.08, "lon": 71.64},
                                   "districts": [{"id": "d-centre", "name": "Ortalyq", "polygon": []},
                                                 {"id": "d-north", "name": "Soltustik", "polygon": []}]}))
    state.incidents.replace_all([
        make("low-old", "low", "new", 1000), make("crit-new", "critical", "new", 5000),
        make("high-late", "high", "acknowledged", 4000, owner="op.other"),
        make("high-early", "high", "new", 2000, type_="fire_smoke", district="d-north"),
        make("closed", "critical", "closed", 9000, owner="op.me"),
        make("mine", "medium", "dispatched", 3000, owner="op.me"),
    ])
    queue = IncidentQueue(state, "op.me")
    qtbot.addWidget(queue)
    model = queue.model_
    model.refresh()
    assert [i.id for i in model.rows] == ["crit-new", "high-early", "high-late", "mine", "low-old"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == SEVERITY_COLOUR["critical"]
    assert model.data(model.index(2, 6)) == "op.other" and model.data(model.index(3, 6)) == "me"
    assert "op.other" in model.data(model.index(2, 3), Qt.ItemDataRole.ToolTipRole)
    queue.status_box.setCurrentIndex(queue.status_box.findData(""))
    assert [i.id for i in model.rows][-1] == "closed"
    queue.mine_box.setChecked(True)
    assert [i.id for i in model.rows] == ["mine", "closed"]
    queue.mine_box.setChecked(False)
    queue.type_box.setCurrentIndex(queue.type_box.findData("fire_smoke"))
    assert [i.id for i in model.rows] == ["high-early"]
    queue.type_box.setCurrentIndex(0)
    queue.district_box.setCurrentIndex(queue.district_box.findData("d-north"))
    assert [i.id for i in model.rows] == ["high-early"]
    # selecting an incident the filter hides widens the filter
    assert queue.select("low-old") and queue.selected_id == "low-old"


def test_operator_runs_an_incident_from_report_to_closed_with_keys(qapp, backend, tmp_path):
    async def scenario():
        ui = Desk(backend.url, tmp_path / "outbox.db")
        await ui.open()
        try:
            # a resident's report: place clicked on the map, through the outbox
            dialog = ui.pane.new_report()
            dialog.type_box.setCurrentIndex(dialog.type_box.findData("road_accident"))
            assert dialog.severity_box.currentData() == "high"
            dialog.title_edit.setText("Collision reported by a resident")
            dialog.description.setPlainText("two cars, nobody hurt")
            before = (dialog.lat.value(), dialog.lon.value())
            QTest.mouseClick(dialog.picker, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
            picked = (dialog.lat.value(), dialog.lon.value())
            assert picked != before and dialog.picker.point == pytest.approx(picked)
            dialog.submit()
            payload = dialog.queued.payload
            assert payload["lat"] == pytest.approx(picked[0]) and payload["type"] == "road_accident"
            await wait_for(lambda: any(i.title == "Collision reported by a resident"
                                       for i in ui.session.state.incidents.ordered()), what="the report")
            incident_id = next(i.id for i in ui.session.state.incidents.ordered()
                               if i.title == "Collision reported by a resident")
            assert ui.pane.queue.select(incident_id)
            detail = ui.pane.detail
            assert detail.incident_id == incident_id
            await wait_for(lambda: detail.activity.count() >= 2, what="activity")
            await wait_for(lambda: detail.snapshot.pixmap() is not None and not detail.snapshot.pixmap().isNull(),
                           what="camera snapshot")
            assert detail.sop_list.count() == 5
            assert detail.owner.text() == "Not taken by anyone"

            await ui.key(Qt.Key.Key_A)
            await wait_for(lambda: ui.incident(incident_id).status == "acknowledged",
                           what=lambda: f"acknowledged: {ui.incident(incident_id)} pending {ui.outbox.pending()} "
                                        f"all {ui.outbox._db.execute('SELECT kind, payload, state FROM outbox').fetchall()} "
                                        f"focus {QApplication.focusWidget()} "
                                        f"refused {ui.outbox.refused()} banner {detail.banner.text()!r} "
                                        f"active {ui.window.isActiveWindow()} detail {detail.incident_id}")
            assert detail.owner.text() == "Yours"
            await ui.key(Qt.Key.Key_D)
            await wait_for(lambda: detail.proposing, what="dispatch suggestion")
            suggested = detail.suggestions[0]
            assert suggested["suitable"] and "ETA" in detail.proposal.text()
            await ui.key(Qt.Key.Key_Return)
            await wait_for(lambda: ui.incident(incident_id).status == "dispatched", what="dispatched")
            assert not detail.proposing
            await wait_for(lambda: suggested["call_sign"] in detail.facts.text(), what="the unit in the detail")

            # ticking a checklist step records it for everyone
            first = detail.sop_list.item(0)
            first.setCheckState(Qt.CheckState.Checked)
            await wait_for(lambda: any("✓ Verify on the nearest camera" in detail.activity.item(i).text()
                                       for i in range(detail.activity.count())), what="SOP note")
            assert not (detail.sop_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable)

            for key, status in ((Qt.Key.Key_E, "en_route"), (Qt.Key.Key_S, "on_scene"), (Qt.Key.Key_R, "resolved"),
                                (Qt.Key.Key_C, "closed")):
                await wait_for(lambda s=status: detail.buttons["close" if s == "closed" else f"status:{s}"].isEnabled(),
                               what=f"{status} allowed")
                await ui.key(key)
                await wait_for(lambda s=status: ui.incident(incident_id).status == s, what=status)
            # a key the lifecycle does not allow now is explained, not sent
            await ui.key(Qt.Key.Key_A)
            assert detail.banner.isVisible() and "closed" in detail.banner.text()
            assert ui.outbox.pending_count() == 0
        finally:
            await ui.close()
        return incident_id

    incident_id = run_async(qapp, scenario())
    actions = [a for (a,) in db_rows(backend, "SELECT action FROM activity WHERE incident_id = ? AND actor = 'op.ui' "
                                              "ORDER BY ts_ms, rowid", incident_id)]
    assert actions == ["created", "note", "acknowledge", "assign", "note", "status", "status", "status", "close"]


def test_sos_press_sounds_the_alarm_and_fills_the_alarm_wall_until_acknowledged(qapp, backend, tmp_path):
    async def scenario():
        ui = Desk(backend.url, tmp_path / "outbox.db")
        await ui.open()
        try:
            await wait_for(lambda: len(ui.window.wall.catalog) >= 16, what="cameras")
            async with httpx.AsyncClient(base_url=backend.url, timeout=30) as http:
                pressed = (await http.post("/api/v1/sos/sos-04/press")).json()
            alarm = ui.window.sos_alarm
            await wait_for(lambda: alarm.sound.playing, what="the alarm sounding")
            assert alarm.sound.mode in ("sound", "beep")  # no audio device here: the system beep
            wall = ui.window.wall
            assert wall.layout_model.cameras[:4] == pressed["camera_ids"]
            assert all(tile.alert for tile in wall.tiles)
            await wait_for(lambda: ui.pane.detail.incident_id == pressed["incident_id"], what="the SOS selected")
            assert ui.incident(pressed["incident_id"]).severity == "critical"
            await ui.key(Qt.Key.Key_A)
            assert not alarm.sound.playing, "acknowledging stops the alarm at once"
            assert not any(tile.alert for tile in wall.tiles)
            assert wall.layout_model.cameras[:4] == pressed["camera_ids"], "the cameras stay up for the operator"
            await wait_for(lambda: ui.incident(pressed["incident_id"]).status == "acknowledged", what="acknowledged")
        finally:
            await ui.close()

    run_async(qapp, scenario())


def test_refusals_are_explained_and_offline_actions_are_queued_then_delivered(qapp, backend, tmp_path):
    async def scenario():
        ui = Desk(backend.url, tmp_path / "outbox.db")
        await ui.open()
        try:
            async with httpx.AsyncClient(base_url=backend.url, timeout=30) as http:
                created = (await http.post("/api/v1/incidents", json={
                    "type": "vandalism", "title": "Graffiti on the school fence", "lat": 51.066, "lon": 71.627,
                    "idempotency_key": "ui-refusal-1", "operator": "op.seed"})).json()
                incident_id = created["id"]
                await wait_for(lambda: ui.incident(incident_id) is not None, what="incident")
                ui.pane.queue.select(incident_id)
                await ui.outbox.stop()  # our link is slow: the acknowledge waits in the outbox ...
                await ui.key(Qt.Key.Key_A)
                assert ui.pane.detail.owner.text() == "Yours"  # what this console expects
                taken = await http.post(f"/api/v1/incidents/{incident_id}/actions", json={
                    "action": "acknowledge", "operator": "op.rival", "idempotency_key": "ui-refusal-rival"})
                assert taken.status_code == 200  # ... while another operator takes the incident
            ui.outbox.start()
            detail = ui.pane.detail
            await wait_for(lambda: detail.banner.isVisible() and "op.rival" in detail.banner.text(),
                           what=lambda: f"the refusal explained: {detail.banner.text()!r}")
            assert "op.rival has taken this incident" in detail.banner.text()
            await wait_for(lambda: detail.owner.text() == "Owned by op.rival", what="owner shown")
            assert not detail.buttons["assign"].isEnabled()

            # the backend goes away: the operator keeps working, the status bar counts what waits
            await asyncio.to_thread(backend.kill)
            detail.note_edit.setText("resident called again")
            detail.add_note()
            detail.note_edit.setText("second call")
            detail.add_note()
            label = ui.window.outbox_status
            await wait_for(lambda: label.text() == "offline, 2 actions queued", what=lambda: label.text())
            await asyncio.to_thread(backend.start)
            await wait_for(lambda: label.text() == "all actions delivered", what=lambda: label.text())
        finally:
            await ui.close()
        return incident_id

    incident_id = run_async(qapp, scenario())
    notes = db_rows(backend, "SELECT detail FROM activity WHERE incident_id = ? AND actor = 'op.ui'", incident_id)
    assert notes == [("resident called again",), ("second call",)]
