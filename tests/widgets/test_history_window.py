"""History window against a real backend process on a seeded database: filters, paging on scroll, CSV export."""

import asyncio
import csv
import sqlite3

import pytest
import qasync

from console.api.rest import BackendClient
from console.sim.history_bench import seed, start_backend, stop_backend
from widgets.history_window import HistoryWindow

ROWS = 3000


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history-window")
    seed(folder, ROWS)
    proc, url = start_backend(folder)
    yield folder, url
    stop_backend(proc)


def run_async(qapp, coro):
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


async def wait_for(predicate, timeout=60.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


def expected_ids(folder, where, params):
    db = sqlite3.connect(folder / "incidents.db")
    try:
        return [r[0] for r in db.execute(f"SELECT id FROM incidents WHERE {where} ORDER BY created_ms DESC, id DESC",
                                         params)]
    finally:
        db.close()


def test_filters_page_on_scroll_and_export_every_match(qapp, backend, tmp_path):
    folder, url = backend
    expected = expected_ids(folder, "type = ? AND severity = ?", ("road_damage", "medium"))
    assert len(expected) > 200  # more than one page

    async def scenario():
        client = BackendClient(url, timeout=30)
        window = HistoryWindow(client)
        window.resize(1200, 600)
        window.show()
        try:
            window.type_box.setCurrentIndex(window.type_box.findData("road_damage"))
            window.severity_box.setCurrentIndex(window.severity_box.findData("medium"))
            window.search()
            assert await wait_for(lambda: window.model.rowCount() == 200 and not window.model.busy)
            model = window.model
            assert [model.pager.rows[i].id for i in range(200)] == expected[:200]
            assert model.canFetchMore()
            # the view asks for more when it is scrolled to the end
            while model.canFetchMore() or model.busy:
                window.table.scrollToBottom()
                await asyncio.sleep(0.05)
            assert [r.id for r in model.pager.rows] == expected
            assert "incidents" in window.status_label.text()

            # a new search replaces the rows, it never mixes them
            window.text_edit.setText("pothole")
            window.operator_edit.setText("operator.03")
            window.search()
            assert await wait_for(lambda: not window.model.busy and window.model.pager.filter.operator == "operator.03")
            assert all(r.owner == "operator.03" and r.type == "road_damage" for r in model.pager.rows)
            assert [r.id for r in model.pager.rows] == expected_ids(
                folder, "type = 'road_damage' AND severity = 'medium' AND owner = 'operator.03'", ())

            window.text_edit.clear()
            window.operator_edit.clear()
            window.search()
            assert await wait_for(lambda: not window.model.busy and window.model.rowCount() == 200)
            out = tmp_path / "road.csv"
            await window.export(str(out))
            with out.open(newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            assert [r["id"] for r in rows] == expected  # every match, not only the loaded page
            assert {r["type"] for r in rows} == {"road_damage"}
            assert not (tmp_path / "road.csv.part").exists()

            # a folder that cannot be written: a clear reason, no file
            await window.export(str(tmp_path / "missing" / "x.csv"))
            assert "Export failed" in window.status_label.text()
            # a bad period is refused before asking the backend
            window.period.setCurrentIndex(window.period.findData(-1))
            window.from_edit.setDateTime(window.to_edit.dateTime().addDays(1))
            window.search()
            assert "before" in window.status_label.text()
        finally:
            window.close()
            await client.aclose()

    run_async(qapp, scenario())


def test_a_backend_that_is_gone_gives_a_reason_not_a_hang(qapp, tmp_path):
    async def scenario():
        client = BackendClient("http://127.0.0.1:9", timeout=5)
        window = HistoryWindow(client)
        try:
            window.search()
            assert await wait_for(lambda: "failed" in window.status_label.text())
            assert window.model.rowCount() == 0 and not window.model.canFetchMore()
        finally:
            window.close()
            await client.aclose()

    run_async(qapp, scenario())
