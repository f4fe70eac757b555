"""The incident tables stay cheap to refresh as the day's incidents pile up."""

import time

from console.api.models import Incident
from console.ops.city_state import CityState
from widgets.incident_list import IncidentList
from widgets.incident_queue import IncidentQueue


def test_columns_fit_the_rows_on_screen_not_every_row(qtbot):
    """Qt's ResizeToContents measures up to 1,000 rows after every model reset by default: with a day's
    incidents that was a quarter-second GUI stall several times a second. Only what is on screen is measured."""
    state = CityState()
    now = int(time.time() * 1000)
    for i in range(400):
        camera = "cam-with-a-very-long-identifier-far-down-the-list" if i == 399 else "cam-01"
        state.incidents.upsert(Incident.from_json({
            "id": f"i{i}", "type": "road_accident", "severity": "high", "status": "new", "title": f"Crash {i}",
            "camera_id": camera, "lat": 51.0, "lon": 71.0, "district": "d", "created_ms": now - i * 1000,
            "updated_ms": now - i * 1000, "owner": None}))
    listing, queue = IncidentList(state.incidents), IncidentQueue(state, "op")
    for widget in (listing, queue):
        qtbot.addWidget(widget)
        widget.resize(600, 300)
        widget.show()
    qtbot.wait(300)  # both models refresh on their 200 ms timers
    assert listing.model_.rowCount() == 400
    for header in (listing.horizontalHeader(), queue.table.horizontalHeader()):
        assert header.resizeContentsPrecision() == 0
    # the camera column is sized by the rows on screen: the long id of the oldest incident does not widen it
    assert listing.horizontalHeader().sectionSize(4) < 150
