import pytest

from console.api.models import Camera, DetectedObject, Detection, Envelope, Incident
from console.ops.city_state import CityState, DetectionBuffer
from tests.core.test_models import CAMERA


def _incident(iid, severity="medium", created=1000, updated=1000, status="new"):
    return Incident(id=iid, type="road_accident", severity=severity, status=status, title="", camera_id=None,
                    lat=0, lon=0, district="", created_ms=created, updated_ms=updated)


def test_incidents_ordered_by_severity_then_newest():
    state = CityState()
    state.incidents.replace_all([_incident("a", "low", 3000), _incident("b", "critical", 1000),
                                 _incident("c", "critical", 2000), _incident("d", "high", 500)])
    assert [i.id for i in state.incidents.ordered()] == ["c", "b", "d", "a"]


def test_older_copy_never_overwrites_newer():
    state = CityState()
    seen = []
    state.incidents.sig_changed.connect(lambda inc, created: seen.append((inc.status, created)))
    state.incidents.upsert(_incident("a", updated=2000, status="acknowledged"))
    state.incidents.upsert(_incident("a", updated=1000, status="new"))
    assert state.incidents.get("a").status == "acknowledged"
    assert seen == [("acknowledged", True)]


def _det(t, cam="cam-01"):
    return Detection(cam, t, (DetectedObject(1, "car", 0.9, (0.1, 0.1, 0.2, 0.2)),))


def test_detection_buffer_matches_the_frame_time():
    buf = DetectionBuffer(keep_ms=1000)
    for t in range(0, 2000, 40):
        buf.add(_det(t))
    assert buf.for_frame("cam-01", 1600).frame_time_ms == 1600
    assert buf.for_frame("cam-01", 1615).frame_time_ms == 1600
    assert buf.for_frame("cam-01", 1625).frame_time_ms == 1640
    assert buf.for_frame("cam-01", 500) is None  # older than the kept window
    assert buf.for_frame("cam-01", 2100) is None  # not arrived yet: no box rather than a wrong one
    assert buf.for_frame("cam-02", 1600) is None


def test_detection_buffer_keeps_order_for_late_arrivals():
    buf = DetectionBuffer()
    for t in (0, 80, 40, 120):
        buf.add(_det(t))
    assert [buf.for_frame("cam-01", t, tolerance_ms=0).frame_time_ms for t in (0, 40, 80, 120)] == [0, 40, 80, 120]


def test_apply_counts_and_rejects_malformed_events():
    state = CityState()
    state.set_cameras([Camera.from_json(CAMERA)])
    good = {"camera_id": "cam-01", "frame_time_ms": 40, "objects": []}
    state.apply(Envelope(1, 0, "detection", good))
    state.apply(Envelope(2, 0, "detection", {**good, "camera_id": "cam-99"}))
    state.apply(Envelope(3, 0, "detection", {**good, "objects": "boxes"}))
    state.apply(Envelope(4, 0, "incident.created", {"id": "x"}))
    state.apply(Envelope(5, 0, "something.new", {}))
    assert state.event_counts["detection"] == 3
    assert state.rejected == {"detection": 1, "incident.created": 1, "detection for unknown camera": 1}
    assert state.detections.unknown_camera == 1
    assert state.unknown_types == {"something.new": 1}
    assert len(state.incidents) == 0


def test_boxes_outside_the_frame_are_clipped_or_dropped_and_counted(caplog):
    state = CityState()
    state.set_cameras([Camera.from_json(CAMERA)])

    def obj(track, box):
        return {"track_id": track, "cls": "car", "confidence": 0.9, "box": box}

    objects = [obj(1, [0.1, 0.1, 0.2, 0.2]),     # inside: kept as is
               obj(2, [0.9, 0.5, 0.3, 0.2]),     # half outside: clipped to the frame
               obj(3, [1.5, 1.5, 0.1, 0.1]),     # wholly outside: dropped
               obj(4, [0.2, 0.2, -0.1, 0.1]),    # no area: dropped
               obj(5, [float("nan"), 0.1, 0.1, 0.1])]  # not a number: dropped
    with caplog.at_level("WARNING"):
        for t in (40, 80):
            state.apply(Envelope(t, 0, "detection", {"camera_id": "cam-01", "frame_time_ms": t, "objects": objects}))
    kept = state.detections.for_frame("cam-01", 80)
    assert [o.track_id for o in kept.objects] == [1, 2]
    assert kept.objects[0].box == (0.1, 0.1, 0.2, 0.2)
    assert kept.objects[1].box == pytest.approx((0.9, 0.5, 0.1, 0.2))
    assert state.rejected["box outside the frame"] == 8
    assert sum("outside the frame" in r.message for r in caplog.records) == 1  # logged once, counted always


def test_open_incidents_come_before_finished_ones():
    state = CityState()
    state.incidents.replace_all([_incident("old-critical", "critical", 1000, status="closed"),
                                 _incident("new-low", "low", 3000), _incident("new-high", "high", 2000),
                                 _incident("false", "critical", 4000, status="false_alarm")])
    assert [i.id for i in state.incidents.ordered()] == ["new-high", "new-low", "false", "old-critical"]
