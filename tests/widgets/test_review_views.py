"""Charts and the audit log view: known figures drawn as they are; a real backend's figures add up."""

import sqlite3
import time
import uuid

import httpx
import pytest

from console.api.rest import BackendClient
from console.ops.review_stats import MILESTONES, response_times
from console.sim.history_bench import seed, start_backend, stop_backend
from tests.core.test_review_stats import known_history
from tests.widgets.test_history_window import run_async, wait_for
from widgets.audit_view import AuditView
from widgets.review_charts import TOP_SERIES, ReviewCharts

DAY_MS = 24 * 3600 * 1000


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-views")
    seed(folder, 3000)
    proc, url = start_backend(folder)
    yield folder, url
    stop_backend(proc)


def test_known_response_times_and_counts_are_drawn_as_given(qapp):
    charts = ReviewCharts(client=None)
    try:
        body = response_times(*known_history())
        charts.show_response_times(body)
        medians = {m: list(charts.response_bars[m].opts["height"]) for m in MILESTONES}
        assert medians == {"acknowledge": [1.0], "dispatch": [2.0], "on_scene": [10.0], "resolve": [21.0]}
        p90 = charts.p90_marks["acknowledge"].getData()[1]
        assert list(p90) == [pytest.approx(1.8)]
        charts.response_by.setCurrentIndex(charts.response_by.findData("operator"))  # redraws, asks nothing
        assert list(charts.response_bars["acknowledge"].opts["height"]) == [0.75, 2.0]  # op.a 45 s, op.b 120 s

        series = [{"key": f"t{n}", "counts": [n, 1]} for n in range(TOP_SERIES + 2, 0, -1)]
        charts.show_counts({"bucket_ms": 3600_000, "starts_ms": [0, 3600_000], "series": series})
        assert len(charts.count_bars) == TOP_SERIES + 1  # the smallest two summed as "other"
        other = charts.count_bars[-1]
        assert list(other.opts["height"]) == [1 + 2, 2]
        tops = [b + h for b, h in zip(other.opts["y0"], other.opts["height"], strict=True)]
        assert tops == [sum(range(1, TOP_SERIES + 3)), TOP_SERIES + 2]  # stacked: the top is the bucket's total
    finally:
        charts.close()


def count_between(folder, from_ms, to_ms):
    db = sqlite3.connect(folder / "incidents.db")
    try:
        return db.execute("SELECT count(*) FROM incidents WHERE created_ms >= ? AND created_ms < ?",
                          (from_ms, to_ms)).fetchone()[0]
    finally:
        db.close()


def test_charts_from_a_real_backend_add_up_to_the_incidents_of_the_period(qapp, backend):
    folder, url = backend

    async def scenario():
        client = BackendClient(url, timeout=30)
        charts = ReviewCharts(client)
        try:
            charts.period.setCurrentIndex(charts.period.findData(30))
            refreshed = []
            charts.sig_refreshed.connect(lambda: refreshed.append(1))
            before = int(time.time() * 1000)
            charts.refresh()
            assert await wait_for(lambda: refreshed and not charts.busy)
            after = int(time.time() * 1000)
            total = sum(sum(bar.opts["height"]) for bar in charts.count_bars)
            low = count_between(folder, after - 30 * DAY_MS, before)
            high = count_between(folder, before - 30 * DAY_MS, after)
            assert low <= total <= high and total > 100
        finally:
            charts.close()
            await client.aclose()

    run_async(qapp, scenario())


def test_audit_view_shows_actions_to_supervisors_and_refuses_operators(qapp, backend):
    folder, url = backend
    db = sqlite3.connect(folder / "incidents.db")
    incident_id = db.execute("SELECT id FROM incidents WHERE status = 'new' LIMIT 1").fetchone()[0]
    db.close()
    answer = httpx.post(f"{url}/api/v1/incidents/{incident_id}/actions", timeout=30,
                        json={"action": "acknowledge", "idempotency_key": uuid.uuid4().hex, "operator": "op.view"})
    assert answer.status_code == 200, answer.text

    async def scenario():
        client = BackendClient(url, timeout=30)
        view = AuditView(client)
        refused = AuditView(client, role="operator")
        try:
            view.actor_edit.setText("op.view")
            view.reload()
            assert await wait_for(lambda: view.table.rowCount() == 1 and not view.busy)
            cells = [view.table.item(0, c).text() for c in range(1, 4)]
            assert cells == ["op.view", "acknowledge", incident_id]
            refused.reload()
            assert await wait_for(lambda: "unavailable" in refused.status_label.text())
            assert "403" in refused.status_label.text() and refused.table.rowCount() == 0
        finally:
            view.close()
            refused.close()
            await client.aclose()

    run_async(qapp, scenario())
