"""SOP checklists from the shipped data file, and the queue's order and filters (Qt-free)."""

import json

import pytest

from console.api.models import Incident
from console.ops.incident_queue import QueueFilter, queue
from console.ops.lifecycle import INCIDENT_TYPES
from console.ops.sop import SopBook, SopError, done_steps, step_note


def test_every_incident_type_has_a_checklist_in_three_languages():
    book = SopBook.load()
    assert set(book.types()) == set(INCIDENT_TYPES)
    for type_ in INCIDENT_TYPES:
        for language in ("en", "kk", "ru"):
            steps = book.checklist(type_, language)
            assert len(steps) >= 3 and all(s.text for s in steps)
    assert book.checklist("fire_smoke", "ru")[1].text == "Направить пожарную бригаду"


def test_ticked_steps_come_from_the_activity_log():
    activity = [{"action": "note", "detail": step_note("verify_camera")}, {"action": "note", "detail": "hello"},
                {"action": "acknowledge", "detail": step_note("call_back")}]
    assert done_steps(activity) == {"verify_camera"}
    steps = SopBook.load().checklist("road_accident", "en", done_steps(activity))
    assert [s.done for s in steps] == [True, False, False, False, False]


@pytest.mark.parametrize("raw", [{"steps": {}, "types": {"x": ["missing"]}}, {"steps": {"a": {"kk": "x"}}, "types": {}},
                                 {"types": {}}, "not json"])
def test_a_broken_checklist_file_is_a_clear_error(tmp_path, raw):
    path = tmp_path / "checklists.json"
    path.write_text(raw if isinstance(raw, str) else json.dumps(raw))
    with pytest.raises(SopError):
        SopBook.load(path)


def incident(id_, severity, status, created, owner=None, **extra):
    fields = {"type": "vandalism", "district": "d-centre", **extra}
    return Incident(id_, fields["type"], severity, status, id_, None, 51.0, 71.0, fields["district"], created,
                    created + 1, owner)


def test_queue_is_priority_then_oldest_waiting_first():
    items = [incident("a", "low", "new", 1), incident("b", "critical", "acknowledged", 9),
             incident("c", "critical", "new", 5), incident("d", "high", "closed", 10),
             incident("e", "high", "false_alarm", 20)]
    assert [i.id for i in queue(items)] == ["c", "b", "a", "e", "d"]
    assert [i.id for i in queue(items, QueueFilter(status="open"))] == ["c", "b", "a"]
    assert [i.id for i in queue(items, QueueFilter(status="closed"))] == ["d"]


def test_queue_filters_combine():
    items = [incident("a", "low", "new", 1, owner="op.a", type="fire_smoke"),
             incident("b", "low", "new", 2, owner="op.b", type="fire_smoke", district="d-north"),
             incident("c", "low", "new", 3, type="sanitation", district="d-north")]
    assert [i.id for i in queue(items, QueueFilter(type="fire_smoke"))] == ["a", "b"]
    assert [i.id for i in queue(items, QueueFilter(type="fire_smoke", district="d-north"))] == ["b"]
    assert [i.id for i in queue(items, QueueFilter(mine="op.a"))] == ["a"]
