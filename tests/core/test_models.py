import pytest

from console.api.models import Camera, ContractError, Detection, Envelope, Incident, Site

CAMERA = {
    "id": "cam-01", "number": 1, "name": "Respublika / Abai", "kind": "fixed", "lat": 51.08, "lon": 71.64,
    "heading_deg": 90, "fov_deg": 60, "district": "centre", "status": "online",
    "streams": [
        {"profile": "main", "url": "http://h/video/cam-01/main.ts", "codec": "h264", "width": 1280, "height": 720,
         "fps": 25, "clock": "pts-unix90k"},
        {"profile": "sub", "url": "http://h/video/cam-01/sub.ts", "codec": "h264", "width": 640, "height": 360,
         "fps": 25},
    ],
}


def test_camera_parses_and_picks_streams():
    camera = Camera.from_json(CAMERA)
    assert camera.stream("main").width == 1280
    assert camera.stream("sub").clock == "arrival"  # absent clock means the client stamps on arrival
    assert camera.stream("nonexistent").profile == "main"


@pytest.mark.parametrize(
    "patch, message",
    [
        ({"number": "1"}, "camera[cam-01].number: expected int, got str"),
        ({"lat": True}, "camera[cam-01].lat: expected int or float, got bool"),
        ({"streams": None}, "camera[cam-01].streams: missing"),
    ],
)
def test_camera_errors_name_the_field(patch, message):
    with pytest.raises(ContractError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Camera.from_json({**CAMERA, **patch})


def test_incident_rejects_unknown_severity():
    raw = {"id": "i1", "type": "road_accident", "severity": "apocalyptic", "status": "new", "lat": 1, "lon": 2,
           "created_ms": 5}
    with pytest.raises(ContractError, match="severity"):
        Incident.from_json(raw)
    assert Incident.from_json({**raw, "severity": "critical"}).severity_rank == 0


def test_detection_box_must_be_four_numbers():
    raw = {"camera_id": "cam-01", "frame_time_ms": 40, "objects": [
        {"track_id": 3, "cls": "car", "confidence": 0.9, "box": [0.1, 0.2, 0.3, 0.4]}]}
    assert Detection.from_json(raw).objects[0].box == (0.1, 0.2, 0.3, 0.4)
    raw["objects"][0]["box"] = [0.1, 0.2, "x", 0.4]
    with pytest.raises(ContractError, match="box"):
        Detection.from_json(raw)


def test_envelope_and_site():
    assert Envelope.from_json({"seq": 7, "ts_ms": 1, "type": "detection", "data": {}}).seq == 7
    with pytest.raises(ContractError):
        Envelope.from_json(["not", "an", "object"])
    site = Site.from_json({"name": "Kosshy", "timezone": "Asia/Almaty", "centre": {"lat": 51.08, "lon": 71.64},
                           "districts": [{"id": "d1", "name": "Centre", "polygon": [[51, 71], [51.1, 71.1], [51, 71.1]]}],
                           "roads": [{"id": "r1", "name": "Respublika", "points": [{"lat": 51, "lon": 71}, [51.1, 71.1]]}]})
    assert site.roads[0].points == ((51.0, 71.0), (51.1, 71.1))
