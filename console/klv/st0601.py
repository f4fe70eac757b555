"""MISB ST 0601 UAS Datalink Local Set: decoder and encoder.

A packet is the 16-byte universal key, a BER length and a local set of (BER-OID tag, BER length, value) items;
the last item is the checksum (tag 1): a 16-bit running sum over every byte of the packet up to and including
the checksum's own tag and length bytes. Values are decoded to degrees, metres, m/s, mbar, kg, µs since the
epoch or text, per the standard's linear mappings; a signed mapping's most negative raw value is the
standard's "out of range / error" indicator and decodes to None. Tags this table does not know are kept raw.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

UAS_LS_KEY = bytes.fromhex("060E2B34020B01010E01030101000000")
CHECKSUM_TAG = 1


class St0601Error(ValueError):
    """A packet that cannot be parsed at all (bad key, bad BER length, truncated)."""


@dataclass(frozen=True, slots=True)
class TagSpec:
    """One tag: `kind` is 'map' (linear mapping of an int), 'int' (plain integer), 'str', 'time' or 'raw'."""

    tag: int
    name: str
    kind: str
    size: int = 0  # bytes of a fixed-size integer
    signed: bool = False
    lo: float = 0.0
    hi: float = 0.0
    units: str = ""


def _m(tag: int, name: str, size: int, lo: float, hi: float, units: str, signed: bool = False) -> TagSpec:
    return TagSpec(tag, name, "map", size, signed, lo, hi, units)


def _i(tag: int, name: str, size: int, units: str = "", signed: bool = False) -> TagSpec:
    return TagSpec(tag, name, "int", size, signed, units=units)


def _s(tag: int, name: str) -> TagSpec:
    return TagSpec(tag, name, "str")


def _r(tag: int, name: str) -> TagSpec:
    return TagSpec(tag, name, "raw")


ALT = (-900.0, 19000.0)
_SPECS = [
    _i(1, "checksum", 2),
    TagSpec(2, "precision_time_stamp", "time", 8, units="us"),
    _s(3, "mission_id"),
    _s(4, "platform_tail_number"),
    _m(5, "platform_heading_angle", 2, 0, 360, "deg"),
    _m(6, "platform_pitch_angle", 2, -20, 20, "deg", True),
    _m(7, "platform_roll_angle", 2, -50, 50, "deg", True),
    _i(8, "platform_true_airspeed", 1, "m/s"),
    _i(9, "platform_indicated_airspeed", 1, "m/s"),
    _s(10, "platform_designation"),
    _s(11, "image_source_sensor"),
    _s(12, "image_coordinate_system"),
    _m(13, "sensor_latitude", 4, -90, 90, "deg", True),
    _m(14, "sensor_longitude", 4, -180, 180, "deg", True),
    _m(15, "sensor_true_altitude", 2, *ALT, "m"),
    _m(16, "sensor_horizontal_field_of_view", 2, 0, 180, "deg"),
    _m(17, "sensor_vertical_field_of_view", 2, 0, 180, "deg"),
    _m(18, "sensor_relative_azimuth_angle", 4, 0, 360, "deg"),
    _m(19, "sensor_relative_elevation_angle", 4, -180, 180, "deg", True),
    _m(20, "sensor_relative_roll_angle", 4, 0, 360, "deg"),
    _m(21, "slant_range", 4, 0, 5_000_000, "m"),
    _m(22, "target_width", 2, 0, 10_000, "m"),
    _m(23, "frame_center_latitude", 4, -90, 90, "deg", True),
    _m(24, "frame_center_longitude", 4, -180, 180, "deg", True),
    _m(25, "frame_center_elevation", 2, *ALT, "m"),
    *[_m(26 + 2 * k + j, f"offset_corner_{axis}_point_{k + 1}", 2, -0.075, 0.075, "deg", True)
      for k in range(4) for j, axis in enumerate(("latitude", "longitude"))],
    _i(34, "icing_detected", 1),
    _m(35, "wind_direction", 2, 0, 360, "deg"),
    _m(36, "wind_speed", 1, 0, 100, "m/s"),
    _m(37, "static_pressure", 2, 0, 5000, "mbar"),
    _m(38, "density_altitude", 2, *ALT, "m"),
    _i(39, "outside_air_temperature", 1, "degC", signed=True),
    _m(40, "target_location_latitude", 4, -90, 90, "deg", True),
    _m(41, "target_location_longitude", 4, -180, 180, "deg", True),
    _m(42, "target_location_elevation", 2, *ALT, "m"),
    _m(43, "target_track_gate_width", 1, 0, 510, "px"),
    _m(44, "target_track_gate_height", 1, 0, 510, "px"),
    _m(45, "target_error_estimate_ce90", 2, 0, 4095, "m"),
    _m(46, "target_error_estimate_le90", 2, 0, 4095, "m"),
    _i(47, "generic_flag_data", 1),
    _r(48, "security_local_set"),
    _m(49, "differential_pressure", 2, 0, 5000, "mbar"),
    _m(50, "platform_angle_of_attack", 2, -20, 20, "deg", True),
    _m(51, "platform_vertical_speed", 2, -180, 180, "m/s", True),
    _m(52, "platform_sideslip_angle", 2, -20, 20, "deg", True),
    _m(53, "airfield_barometric_pressure", 2, 0, 5000, "mbar"),
    _m(54, "airfield_elevation", 2, *ALT, "m"),
    _m(55, "relative_humidity", 1, 0, 100, "%"),
    _i(56, "platform_ground_speed", 1, "m/s"),
    _m(57, "ground_range", 4, 0, 5_000_000, "m"),
    _m(58, "platform_fuel_remaining", 2, 0, 10_000, "kg"),
    _s(59, "platform_call_sign"),
    _i(60, "weapon_load", 2),
    _i(61, "weapon_fired", 1),
    _i(62, "laser_prf_code", 2),
    _i(63, "sensor_field_of_view_name", 1),
    _m(64, "platform_magnetic_heading", 2, 0, 360, "deg"),
    _i(65, "uas_datalink_ls_version_number", 1),
    _m(67, "alternate_platform_latitude", 4, -90, 90, "deg", True),
    _m(68, "alternate_platform_longitude", 4, -180, 180, "deg", True),
    _m(69, "alternate_platform_altitude", 2, *ALT, "m"),
    _s(70, "alternate_platform_name"),
    _m(71, "alternate_platform_heading", 2, 0, 360, "deg"),
    TagSpec(72, "event_start_time_utc", "time", 8, units="us"),
    _r(73, "rvt_local_set"),
    _r(74, "vmti_local_set"),
    _m(75, "sensor_ellipsoid_height", 2, *ALT, "m"),
    _m(76, "alternate_platform_ellipsoid_height", 2, *ALT, "m"),
    _i(77, "operational_mode", 1),
    _m(78, "frame_center_height_above_ellipsoid", 2, *ALT, "m"),
    _m(79, "sensor_north_velocity", 2, -327, 327, "m/s", True),
    _m(80, "sensor_east_velocity", 2, -327, 327, "m/s", True),
    *[_m(82 + 2 * k + j, f"corner_{axis}_point_{k + 1}_full", 4, -lim, lim, "deg", True)
      for k in range(4) for j, (axis, lim) in enumerate((("latitude", 90.0), ("longitude", 180.0)))],
    _m(90, "platform_pitch_angle_full", 4, -90, 90, "deg", True),
    _m(91, "platform_roll_angle_full", 4, -90, 90, "deg", True),
    _m(92, "platform_angle_of_attack_full", 4, -90, 90, "deg", True),
    _m(93, "platform_sideslip_angle_full", 4, -180, 180, "deg", True),
    _r(94, "miis_core_identifier"),
]
TAGS: dict[int, TagSpec] = {spec.tag: spec for spec in _SPECS}
BY_NAME: dict[str, TagSpec] = {spec.name: spec for spec in _SPECS}


# -- BER lengths and BER-OID tags ------------------------------------------------------------------------------


def read_ber_length(data: bytes, offset: int) -> tuple[int, int]:
    """(length, offset after it) of a BER short- or long-form length."""
    if offset >= len(data):
        raise St0601Error(f"truncated: no length byte at {offset}")
    first = data[offset]
    if first < 0x80:
        return first, offset + 1
    count = first & 0x7F
    if count == 0 or count > 8:
        raise St0601Error(f"bad BER length byte 0x{first:02X} at {offset}")
    if offset + 1 + count > len(data):
        raise St0601Error(f"truncated BER length at {offset}")
    return int.from_bytes(data[offset + 1 : offset + 1 + count], "big"), offset + 1 + count


def ber_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def read_ber_oid(data: bytes, offset: int) -> tuple[int, int]:
    """(tag, offset after it): 7 bits per byte, high bit set on every byte but the last."""
    value = 0
    for count in range(4):
        if offset + count >= len(data):
            raise St0601Error(f"truncated tag at {offset}")
        byte = data[offset + count]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, offset + count + 1
    raise St0601Error(f"tag longer than 4 bytes at {offset}")


def ber_oid(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    groups = [tag & 0x7F]
    tag >>= 7
    while tag:
        groups.append(0x80 | (tag & 0x7F))
        tag >>= 7
    return bytes(reversed(groups))


def checksum(data: bytes) -> int:
    """The ST 0601 16-bit running sum: bytes at even offsets are the high byte of a 16-bit word."""
    total = 0
    for index, byte in enumerate(data):
        total += byte << 8 if index % 2 == 0 else byte
    return total & 0xFFFF


# -- values ----------------------------------------------------------------------------------------------------


def _span(spec: TagSpec) -> int:
    bits = spec.size * 8
    return (1 << bits) - 2 if spec.signed else (1 << bits) - 1


def decode_value(spec: TagSpec, raw: bytes) -> Any:
    """The value of one item; None for a signed mapping's error indicator. Raises St0601Error on a bad size."""
    if spec.kind == "str":
        return raw.decode("utf-8", errors="replace")
    if spec.kind == "raw":
        return raw.hex()
    if len(raw) != spec.size:
        raise St0601Error(f"{spec.name}: {len(raw)} bytes, the standard says {spec.size}")
    number = int.from_bytes(raw, "big", signed=spec.signed)
    if spec.kind in ("int", "time"):
        return number
    if spec.signed and number == -(1 << (spec.size * 8 - 1)):
        return None  # the standard's "out of range" / "error" indicator
    if spec.signed:
        return number * (spec.hi - spec.lo) / _span(spec)
    return spec.lo + number * (spec.hi - spec.lo) / _span(spec)


def encode_value(spec: TagSpec, value: Any) -> bytes:
    """The bytes of one item's value. A signed mapping encodes None or an out-of-range value as its indicator."""
    if spec.kind == "str":
        return str(value).encode("utf-8")
    if spec.kind == "raw":
        return bytes.fromhex(value) if isinstance(value, str) else bytes(value)
    if spec.kind in ("int", "time"):
        return int(value).to_bytes(spec.size, "big", signed=spec.signed)
    if spec.signed:
        if value is None or not spec.lo <= float(value) <= spec.hi:
            return (-(1 << (spec.size * 8 - 1))).to_bytes(spec.size, "big", signed=True)
        return round(float(value) * _span(spec) / (spec.hi - spec.lo)).to_bytes(spec.size, "big", signed=True)
    if value is None or not spec.lo <= float(value) <= spec.hi:
        raise ValueError(f"{spec.name}: {value} is outside {spec.lo}..{spec.hi} {spec.units}")
    number = round((float(value) - spec.lo) * _span(spec) / (spec.hi - spec.lo))
    return number.to_bytes(spec.size, "big")


# -- packets ---------------------------------------------------------------------------------------------------


@dataclass
class UasDatalinkPacket:
    """One decoded local set. `values` by snake_case name; unknown tags raw in `unknown` (tag -> bytes)."""

    values: dict[str, Any] = field(default_factory=dict)
    unknown: dict[int, bytes] = field(default_factory=dict)
    out_of_range: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    checksum_ok: bool = False

    def get(self, name: str, default: Any = None) -> Any:
        value = self.values.get(name)
        return default if value is None else value

    @property
    def time_us(self) -> int | None:
        return self.values.get("precision_time_stamp")

    def frame_corners(self) -> list[tuple[float, float]] | None:
        """The four frame corners (lat, lon) in degrees: full corner tags, else offsets from the frame centre."""
        full = [(self.values.get(f"corner_latitude_point_{k}_full"), self.values.get(f"corner_longitude_point_{k}_full"))
                for k in range(1, 5)]
        if all(lat is not None and lon is not None for lat, lon in full):
            return [(float(lat), float(lon)) for lat, lon in full]  # type: ignore[arg-type]
        lat0, lon0 = self.values.get("frame_center_latitude"), self.values.get("frame_center_longitude")
        if lat0 is None or lon0 is None:
            return None
        corners = []
        for k in range(1, 5):
            dlat = self.values.get(f"offset_corner_latitude_point_{k}")
            dlon = self.values.get(f"offset_corner_longitude_point_{k}")
            if dlat is None or dlon is None:
                return None
            corners.append((lat0 + dlat, lon0 + dlon))
        return corners

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.values)
        corners = self.frame_corners()
        if corners is not None:
            out["frame_corners"] = [[round(lat, 8), round(lon, 8)] for lat, lon in corners]
        if self.unknown:
            out["unknown_tags"] = {str(tag): value.hex() for tag, value in sorted(self.unknown.items())}
        if self.out_of_range:
            out["out_of_range"] = list(self.out_of_range)
        if self.errors:
            out["errors"] = list(self.errors)
        out["checksum_ok"] = self.checksum_ok
        return out


def decode_local_set(packet: bytes, value_start: int, value_end: int) -> UasDatalinkPacket:
    """Decode the items of `packet[value_start:value_end]`; `packet` from the key on, for the checksum."""
    result = UasDatalinkPacket()
    offset = value_start
    while offset < value_end:
        item_start = offset
        try:
            tag, offset = read_ber_oid(packet[:value_end], offset)
            length, offset = read_ber_length(packet[:value_end], offset)
        except St0601Error as exc:
            result.errors.append(str(exc))
            return result
        if offset + length > value_end:
            result.errors.append(f"tag {tag}: value of {length} bytes overruns the set at {offset}")
            return result
        raw = packet[offset : offset + length]
        offset += length
        if tag == CHECKSUM_TAG:
            if offset != value_end:
                result.errors.append("checksum is not the last item")
            if length != 2:
                result.errors.append(f"checksum of {length} bytes")
                continue
            expected = int.from_bytes(raw, "big")
            actual = checksum(packet[: item_start + 2])
            result.values["checksum"] = expected
            result.checksum_ok = expected == actual and offset == value_end
            if expected != actual:
                result.errors.append(f"checksum 0x{expected:04X} does not match 0x{actual:04X}")
            continue
        spec = TAGS.get(tag)
        if spec is None:
            result.unknown[tag] = raw
            continue
        try:
            value = decode_value(spec, raw)
        except St0601Error as exc:
            result.errors.append(str(exc))
            result.unknown[tag] = raw
            continue
        result.values[spec.name] = value
        if value is None:
            result.out_of_range.append(spec.name)
    if "checksum" not in result.values:
        result.errors.append("no checksum item")
    return result


def decode_packet(data: bytes) -> UasDatalinkPacket:
    """Decode one whole packet (key, length, local set). Raises St0601Error if it is not one."""
    if len(data) < 17:
        raise St0601Error("truncated: shorter than a key and a length")
    if data[:16] != UAS_LS_KEY:
        raise St0601Error(f"not a UAS Datalink LS key: {data[:16].hex()}")
    length, start = read_ber_length(data, 16)
    if start + length > len(data):
        raise St0601Error(f"truncated: the set says {length} bytes, {len(data) - start} present")
    return decode_local_set(data, start, start + length)


@dataclass(frozen=True, slots=True)
class KlvSpan:
    """One KLV triplet found in a byte stream: its key and the exact bytes of the whole triplet."""

    key: bytes
    data: bytes
    offset: int


def iter_klv(payload: bytes) -> Iterator[KlvSpan | St0601Error]:
    """Split a data payload into KLV triplets; an unparseable rest is yielded as one error (not raised)."""
    offset = 0
    while offset < len(payload):
        if offset + 17 > len(payload):
            yield St0601Error(f"truncated key at byte {offset}")
            return
        try:
            length, start = read_ber_length(payload, offset + 16)
        except St0601Error as exc:
            yield exc
            return
        if start + length > len(payload):
            yield St0601Error(f"truncated packet at byte {offset}: {length} bytes announced, {len(payload) - start} present")
            return
        yield KlvSpan(payload[offset : offset + 16], payload[offset : start + length], offset)
        offset = start + length


def encode_packet(values: dict[str, Any], unknown: dict[int, bytes] | None = None, *, long_length: bool = False) -> bytes:
    """A whole packet: the time stamp first, then items by tag, unknown items raw, the checksum last."""
    items: list[tuple[int, bytes]] = []
    for name, value in values.items():
        if name == "checksum":
            continue
        spec = BY_NAME.get(name)
        if spec is None:
            raise ValueError(f"no ST 0601 tag named {name!r}")
        items.append((spec.tag, encode_value(spec, value)))
    items.extend((unknown or {}).items())
    items.sort(key=lambda item: (item[0] != 2, item[0]))
    body = b"".join(ber_oid(tag) + ber_length(len(raw)) + raw for tag, raw in items) + b"\x01\x02"
    total = len(body) + 2
    length = bytes([0x81, total]) if long_length and total < 256 else ber_length(total)
    head = UAS_LS_KEY + length + body
    return head + checksum(head).to_bytes(2, "big")
