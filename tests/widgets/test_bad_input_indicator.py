"""Bad data from the backend is shown in the status bar with what kind it was (counted in the core)."""

from console.api.models import Camera, Envelope
from console.session import ConsoleSession
from tests.core.test_models import CAMERA
from widgets.main_window import MainWindow


def test_status_bar_shows_how_much_bad_data_was_ignored_and_what_kind(qtbot):
    session = ConsoleSession("http://127.0.0.1:9")  # never opened: only its state and counters are used
    window = MainWindow(session.state)
    qtbot.addWidget(window)
    window.show()
    window.set_bad_input(session.bad_input())
    assert not window.bad_input_label.isVisible()

    session.state.set_cameras([Camera.from_json(CAMERA)])
    session.state.apply(Envelope(1, 0, "detection", {"camera_id": "cam-77", "frame_time_ms": 0, "objects": []}))
    session.state.apply(Envelope(2, 0, "incident.created", {"id": 5}))
    session.state.apply(Envelope(3, 0, "weather.changed", {}))
    session.events._handle_text("{not json")
    window.set_bad_input(session.bad_input())
    assert window.bad_input_label.isVisible()
    assert "4" in window.bad_input_label.text()
    tip = window.bad_input_label.toolTip()
    for kind in ("detection for unknown camera: 1", "incident.created: 1", "unknown event type weather.changed: 1",
                 "invalid json: 1"):
        assert kind in tip, tip
    window.close()
