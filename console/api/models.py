"""Typed models of the backend contract (docs/contract.md) and strict parsing from JSON.

Parsing never trusts the wire: a missing field or a wrong type raises `ContractError` naming the field,
so a malformed message is rejected (and counted) instead of corrupting the console's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("critical", "high", "medium", "low")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


class ContractError(ValueError):
    """A message from the backend does not match the contract."""


def _get(obj: Any, key: str, kind: type | tuple[type, ...], where: str, *, optional: bool = False) -> Any:
    if not isinstance(obj, dict):
        raise ContractError(f"{where}: expected an object, got {type(obj).__name__}")
    if key not in obj or obj[key] is None:
        if optional:
            return None
        raise ContractError(f"{where}.{key}: missing")
    value = obj[key]
    # bool is an int in Python; the contract never uses booleans for numbers
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise ContractError(f"{where}.{key}: expected {_kind_name(kind)}, got bool")
    if not isinstance(value, kind):
        raise ContractError(f"{where}.{key}: expected {_kind_name(kind)}, got {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


_NUM = (int, float)
_EXACT_NUM = (int, float)  # compared with type() so that bool is refused


@dataclass(frozen=True, slots=True)
class StreamInfo:
    profile: str
    url: str
    codec: str
    width: int
    height: int
    fps: float
    clock: str

    @classmethod
    def from_json(cls, obj: Any, where: str = "stream") -> StreamInfo:
        return cls(
            profile=_get(obj, "profile", str, where),
            url=_get(obj, "url", str, where),
            codec=_get(obj, "codec", str, where),
            width=_get(obj, "width", int, where),
            height=_get(obj, "height", int, where),
            fps=float(_get(obj, "fps", _NUM, where)),
            clock=_get(obj, "clock", str, where, optional=True) or "arrival",
        )


@dataclass(frozen=True, slots=True)
class Zone:
    """An analytics zone (polygon) or line on a camera's view; points normalised 0..1, top-left origin."""

    id: str
    name: str
    kind: str
    points: tuple[tuple[float, float], ...]

    @classmethod
    def from_json(cls, obj: Any, where: str = "zone") -> Zone:
        kind = _get(obj, "kind", str, where)
        if kind not in ("zone", "line"):
            raise ContractError(f"{where}.kind: expected zone or line, got {kind!r}")
        points = []
        for i, point in enumerate(_get(obj, "points", list, where)):
            if not (isinstance(point, list) and len(point) == 2
                    and all(type(v) in _EXACT_NUM for v in point)):  # noqa: E721 - bool is refused
                raise ContractError(f"{where}.points[{i}]: expected [x, y]")
            points.append((float(point[0]), float(point[1])))
        if len(points) < 2:
            raise ContractError(f"{where}.points: at least two points")
        return cls(_get(obj, "id", str, where), _get(obj, "name", str, where), kind, tuple(points))


@dataclass(frozen=True, slots=True)
class Camera:
    id: str
    number: int
    name: str
    kind: str
    lat: float
    lon: float
    heading_deg: float
    fov_deg: float
    district: str
    status: str
    streams: tuple[StreamInfo, ...]
    zones: tuple[Zone, ...] = ()
    recording: bool = False  # the backend's archive records this camera now (the tile's red dot)

    def stream(self, profile: str) -> StreamInfo | None:
        for stream in self.streams:
            if stream.profile == profile:
                return stream
        return self.streams[0] if self.streams else None

    @classmethod
    def from_json(cls, obj: Any) -> Camera:
        where = f"camera[{obj.get('id', '?') if isinstance(obj, dict) else '?'}]"
        streams = _get(obj, "streams", list, where)
        return cls(
            id=_get(obj, "id", str, where),
            number=_get(obj, "number", int, where),
            name=_get(obj, "name", str, where),
            kind=_get(obj, "kind", str, where),
            lat=float(_get(obj, "lat", _NUM, where)),
            lon=float(_get(obj, "lon", _NUM, where)),
            heading_deg=float(_get(obj, "heading_deg", _NUM, where)),
            fov_deg=float(_get(obj, "fov_deg", _NUM, where)),
            district=_get(obj, "district", str, where, optional=True) or "",
            status=_get(obj, "status", str, where, optional=True) or "online",
            streams=tuple(StreamInfo.from_json(s, f"{where}.streams[{i}]") for i, s in enumerate(streams)),
            zones=tuple(Zone.from_json(z, f"{where}.zones[{i}]")
                        for i, z in enumerate(_get(obj, "zones", list, where, optional=True) or [])),
            recording=bool(_get(obj, "recording", bool, where, optional=True)),
        )


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    call_sign: str
    kind: str
    status: str
    lat: float
    lon: float
    heading_deg: float
    updated_ms: int

    @classmethod
    def from_json(cls, obj: Any) -> Unit:
        where = "unit"
        return cls(
            id=_get(obj, "id", str, where),
            call_sign=_get(obj, "call_sign", str, where),
            kind=_get(obj, "kind", str, where),
            status=_get(obj, "status", str, where),
            lat=float(_get(obj, "lat", _NUM, where)),
            lon=float(_get(obj, "lon", _NUM, where)),
            heading_deg=float(_get(obj, "heading_deg", _NUM, where, optional=True) or 0.0),
            updated_ms=int(_get(obj, "updated_ms", _NUM, where, optional=True) or 0),
        )


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    type: str
    severity: str
    status: str
    title: str
    camera_id: str | None
    lat: float
    lon: float
    district: str
    created_ms: int
    updated_ms: int
    owner: str | None = None

    @property
    def severity_rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, len(SEVERITIES))

    @classmethod
    def from_json(cls, obj: Any) -> Incident:
        where = "incident"
        severity = _get(obj, "severity", str, where)
        if severity not in SEVERITY_RANK:
            raise ContractError(f"{where}.severity: unknown value {severity!r}")
        return cls(
            id=_get(obj, "id", str, where),
            type=_get(obj, "type", str, where),
            severity=severity,
            status=_get(obj, "status", str, where),
            title=_get(obj, "title", str, where, optional=True) or "",
            camera_id=_get(obj, "camera_id", str, where, optional=True),
            lat=float(_get(obj, "lat", _NUM, where)),
            lon=float(_get(obj, "lon", _NUM, where)),
            district=_get(obj, "district", str, where, optional=True) or "",
            created_ms=int(_get(obj, "created_ms", _NUM, where)),
            updated_ms=int(_get(obj, "updated_ms", _NUM, where, optional=True) or 0),
            owner=_get(obj, "owner", str, where, optional=True),
        )


@dataclass(frozen=True, slots=True)
class DetectedObject:
    track_id: int
    cls: str
    confidence: float
    box: tuple[float, float, float, float]  # x, y, w, h normalised to the frame


@dataclass(frozen=True, slots=True)
class Detection:
    camera_id: str
    frame_time_ms: int
    objects: tuple[DetectedObject, ...]

    @classmethod
    def from_json(cls, obj: Any) -> Detection:
        # hot path (hundreds of events a second): exact type checks inline; the checked parser below names
        # the bad field when anything is off
        try:
            camera_id, frame_time, raw_objects = obj["camera_id"], obj["frame_time_ms"], obj["objects"]
            if type(camera_id) is not str or type(frame_time) is not int or type(raw_objects) is not list:
                raise TypeError
            objects = []
            for raw in raw_objects:
                track_id, cls_, confidence, box = raw["track_id"], raw["cls"], raw["confidence"], raw["box"]
                x, y, w, h = box
                if (type(track_id) is not int or type(cls_) is not str or type(confidence) not in _EXACT_NUM
                        or type(x) not in _EXACT_NUM or type(y) not in _EXACT_NUM or type(w) not in _EXACT_NUM
                        or type(h) not in _EXACT_NUM or type(box) is not list):
                    raise TypeError
                objects.append(DetectedObject(track_id, cls_, float(confidence), (x, y, w, h)))
            return cls(camera_id, frame_time, tuple(objects))
        except (KeyError, TypeError, ValueError):
            return cls._checked(obj)

    @classmethod
    def _checked(cls, obj: Any) -> Detection:
        where = "detection"
        objects = []
        for i, raw in enumerate(_get(obj, "objects", list, where)):
            w = f"{where}.objects[{i}]"
            box = _get(raw, "box", list, w)
            if len(box) != 4 or not all(isinstance(v, _NUM) and not isinstance(v, bool) for v in box):
                raise ContractError(f"{w}.box: expected four numbers")
            objects.append(
                DetectedObject(
                    track_id=_get(raw, "track_id", int, w),
                    cls=_get(raw, "cls", str, w),
                    confidence=float(_get(raw, "confidence", _NUM, w)),
                    box=(float(box[0]), float(box[1]), float(box[2]), float(box[3])),
                )
            )
        return cls(
            camera_id=_get(obj, "camera_id", str, where),
            frame_time_ms=int(_get(obj, "frame_time_ms", _NUM, where)),
            objects=tuple(objects),
        )


@dataclass(frozen=True, slots=True)
class District:
    id: str
    name: str
    polygon: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Road:
    id: str
    name: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class SosPoint:
    id: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    timezone: str
    centre: tuple[float, float]
    districts: tuple[District, ...] = field(default_factory=tuple)
    roads: tuple[Road, ...] = field(default_factory=tuple)
    sos_points: tuple[SosPoint, ...] = field(default_factory=tuple)

    @classmethod
    def from_json(cls, obj: Any) -> Site:
        where = "site"
        centre = _get(obj, "centre", dict, where)
        districts = tuple(
            District(
                id=_get(d, "id", str, "district"),
                name=_get(d, "name", str, "district"),
                polygon=_points(_get(d, "polygon", list, "district")),
            )
            for d in _get(obj, "districts", list, where, optional=True) or []
        )
        roads = tuple(
            Road(
                id=str(_get(r, "id", (str, int), "road")),
                name=_get(r, "name", str, "road", optional=True) or "",
                points=_points(_get(r, "points", list, "road")),
            )
            for r in _get(obj, "roads", list, where, optional=True) or []
        )
        return cls(
            name=_get(obj, "name", str, where),
            timezone=_get(obj, "timezone", str, where, optional=True) or "UTC",
            centre=(float(_get(centre, "lat", _NUM, "site.centre")), float(_get(centre, "lon", _NUM, "site.centre"))),
            districts=districts,
            roads=roads,
            sos_points=tuple(
                SosPoint(_get(p, "id", str, "sos_point"), _get(p, "name", str, "sos_point", optional=True) or "",
                         float(_get(p, "lat", _NUM, "sos_point")), float(_get(p, "lon", _NUM, "sos_point")))
                for p in _get(obj, "sos_points", list, where, optional=True) or []
            ),
        )


def _points(raw: list[Any]) -> tuple[tuple[float, float], ...]:
    points = []
    for p in raw:
        if isinstance(p, dict):
            points.append((float(p["lat"]), float(p["lon"])))
        elif isinstance(p, list | tuple) and len(p) == 2:
            points.append((float(p[0]), float(p[1])))
        else:
            raise ContractError(f"point: expected [lat, lon], got {p!r}")
    return tuple(points)


@dataclass(frozen=True, slots=True)
class Envelope:
    seq: int
    ts_ms: int
    type: str
    data: dict[str, Any]

    @classmethod
    def from_json(cls, obj: Any) -> Envelope:
        where = "envelope"
        return cls(
            seq=_get(obj, "seq", int, where),
            ts_ms=int(_get(obj, "ts_ms", _NUM, where, optional=True) or 0),
            type=_get(obj, "type", str, where),
            data=_get(obj, "data", dict, where, optional=True) or {},
        )
