"""MISB ST 0601 decoder/encoder: the standard's example values, round trips, corrupted packets, `klv dump`."""

import io
import json
import math
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.klv.dump import dump
from console.klv.st0601 import (
    BY_NAME,
    TAGS,
    UAS_LS_KEY,
    St0601Error,
    ber_length,
    ber_oid,
    checksum,
    decode_packet,
    decode_value,
    encode_packet,
    encode_value,
    iter_klv,
    read_ber_length,
    read_ber_oid,
)
from tests.core.video_fixtures import TsMuxer, encode_clip, write_file

# (tag, value bytes, value) from the ST 0601 "conversions and mappings" examples
EXAMPLES = [
    (5, "71C2", 159.9744),
    (6, "FD3D", -0.4315251),
    (7, "08B8", 3.405814),
    (13, "5595B66D", 60.1768229669783),
    (14, "5B5360C4", 128.426759042045),
    (15, "C221", 14190.72),
    (16, "CD9C", 144.5713),
    (17, "D917", 152.6436),
    (18, "724A0A20", 160.719211474396),
    (19, "87F84B86", -168.792324833941),
    (20, "7DC55ECE", 176.865437690572),
    (21, "03830926", 68590.98),
    (22, "1281", 722.8199),
    (23, "F101A229", -10.5423886331461),
    (24, "14BC082B", 29.157890122923),
    (25, "34F3", 3216.037),
    (40, "F101A229", -10.5423886331461),
    (41, "14BC082B", 29.157890122923),
    (42, "34F3", 3216.037),
]
# offset corners: the example corner positions minus the example frame centre (-10.5423886331461, 29.157890122923)
CORNERS = [
    (26, "C06E", -10.579637999887), (27, "CBE9", 29.1273677986333),
    (28, "D765", -10.5661816260963), (29, "E2E0", 29.140824172424),
    (30, "EE5B", -10.5527275411938), (31, "F9D6", 29.1542782573265),
    (32, "0552", -10.5392711674031), (33, "10CD", 29.1677346311172),
]
CENTRE = (-10.5423886331461, 29.157890122923)


@pytest.mark.parametrize(("tag", "hex_value", "value"), EXAMPLES)
def test_examples_from_the_standard(tag, hex_value, value):
    spec = TAGS[tag]
    resolution = (spec.hi - spec.lo) / (2 ** (8 * spec.size) - 2)
    printed = 0.5 * 10 ** -len(repr(value).split(".")[1])  # the example is printed to this many digits
    decoded = decode_value(spec, bytes.fromhex(hex_value))
    assert decoded == pytest.approx(value, abs=resolution + printed)
    assert encode_value(spec, decoded).hex().upper() == hex_value
    nearest = int.from_bytes(encode_value(spec, value), "big", signed=spec.signed)
    expected = int.from_bytes(bytes.fromhex(hex_value), "big", signed=spec.signed)
    assert abs(nearest - expected) <= 1 + printed / resolution  # the printed example, encoded, lands next to it


@pytest.mark.parametrize(("tag", "hex_value", "corner"), CORNERS)
def test_offset_corner_examples(tag, hex_value, corner):
    centre = CENTRE[(tag - 26) % 2]
    spec = TAGS[tag]
    assert encode_value(spec, corner - centre).hex().upper() == hex_value
    assert centre + decode_value(spec, bytes.fromhex(hex_value)) == pytest.approx(corner, abs=3e-6)


def test_plain_and_text_examples():
    stamp = decode_value(TAGS[2], bytes.fromhex("000459F4A6AA4AA8"))
    assert datetime.fromtimestamp(stamp / 1e6, UTC) == datetime(2008, 10, 24, 0, 13, 29, 913000, UTC)
    assert decode_value(TAGS[8], b"\x93") == 147
    assert decode_value(TAGS[9], b"\x9f") == 159
    assert decode_value(TAGS[3], bytes.fromhex("4D495353494F4E3031")) == "MISSION01"
    assert decode_value(TAGS[4], bytes.fromhex("41462D313031")) == "AF-101"
    assert decode_value(TAGS[10], bytes.fromhex("4D51312D42")) == "MQ1-B"
    assert decode_value(TAGS[11], b"EO") == "EO"
    assert decode_value(TAGS[12], b"WGS-84") == "WGS-84"


def test_whole_example_packet_and_corners():
    values = {"precision_time_stamp": 1224807209913000, "mission_id": "MISSION01",
              "platform_tail_number": "AF-101", "platform_heading_angle": 159.9744, "platform_pitch_angle": -0.4315251,
              "platform_roll_angle": 3.405814, "platform_true_airspeed": 147, "platform_indicated_airspeed": 159,
              "platform_designation": "MQ1-B", "image_source_sensor": "EO", "image_coordinate_system": "WGS-84",
              "frame_center_latitude": CENTRE[0], "frame_center_longitude": CENTRE[1]}
    for tag, _, corner in CORNERS:
        values[TAGS[tag].name] = corner - CENTRE[(tag - 26) % 2]
    packet = decode_packet(encode_packet(values))
    assert packet.checksum_ok and not packet.errors
    corners = packet.frame_corners()
    assert corners is not None
    for (lat, lon), k in zip(corners, range(4), strict=True):
        assert lat == pytest.approx(CORNERS[2 * k][2], abs=3e-6)
        assert lon == pytest.approx(CORNERS[2 * k + 1][2], abs=3e-6)
    record = packet.to_json()
    assert record["mission_id"] == "MISSION01" and record["checksum_ok"] is True
    assert len(record["frame_corners"]) == 4


def test_checksum_is_the_running_16_bit_sum():
    assert checksum(bytes([0x12, 0x34, 0x56])) == (0x1234 + 0x5600) & 0xFFFF
    assert checksum(bytes([0xFF, 0xFF, 0x00, 0x02])) == 0x0001  # wraps at 16 bits


def test_ber_lengths_and_oid_tags():
    for length in (0, 1, 127, 128, 255, 256, 70000):
        encoded = ber_length(length)
        assert read_ber_length(encoded, 0) == (length, len(encoded))
    assert ber_length(127) == b"\x7f" and ber_length(128) == b"\x81\x80"
    for tag in (1, 127, 128, 300, 16383, 16384):
        encoded = ber_oid(tag)
        assert read_ber_oid(encoded, 0) == (tag, len(encoded))
    assert ber_oid(144) == b"\x81\x10"


def test_long_form_outer_length_and_long_tags_are_read():
    packet = encode_packet({"platform_heading_angle": 90.0}, {144: b"\x01\x02"}, long_length=True)
    assert packet[16] == 0x81
    decoded = decode_packet(packet)
    assert decoded.checksum_ok
    assert decoded.unknown == {144: b"\x01\x02"}
    assert decoded.to_json()["unknown_tags"] == {"144": "0102"}


def test_out_of_range_indicator_and_reserved_values():
    spec = BY_NAME["platform_pitch_angle"]
    assert encode_value(spec, 45.0) == b"\x80\x00"  # beyond ±20: the standard's out-of-range value
    assert encode_value(spec, None) == b"\x80\x00"
    packet = decode_packet(encode_packet({"platform_pitch_angle": 45.0, "sensor_latitude": None}))
    assert packet.values["platform_pitch_angle"] is None and packet.values["sensor_latitude"] is None
    assert packet.out_of_range == ["platform_pitch_angle", "sensor_latitude"]
    assert packet.checksum_ok
    with pytest.raises(ValueError, match="outside"):
        encode_value(BY_NAME["sensor_true_altitude"], 25000.0)
    assert decode_value(BY_NAME["platform_pitch_angle"], b"\x7f\xff") == pytest.approx(20.0)
    assert decode_value(BY_NAME["platform_pitch_angle"], b"\x80\x01") == pytest.approx(-20.0)


def test_bad_checksum_is_reported_not_raised():
    packet = bytearray(encode_packet({"platform_heading_angle": 10.0, "sensor_latitude": 51.08}))
    packet[20] ^= 0x40  # a flipped bit in a value
    decoded = decode_packet(bytes(packet))
    assert decoded.checksum_ok is False
    assert any("checksum" in error for error in decoded.errors)
    assert "platform_heading_angle" in decoded.values  # the values are still shown


def test_missing_checksum_and_wrong_sizes():
    body = b"\x05\x02\x71\xc2" + b"\x0d\x02\x00\x01"  # latitude with 2 bytes instead of 4
    decoded = decode_packet(UAS_LS_KEY + bytes([len(body)]) + body)
    assert decoded.checksum_ok is False
    assert "no checksum item" in decoded.errors
    assert any("sensor_latitude" in error for error in decoded.errors)
    assert decoded.unknown == {13: b"\x00\x01"}  # kept raw


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (UAS_LS_KEY[:10], "truncated"),
        (bytes(16) + b"\x02\x00\x00", "not a UAS Datalink LS key"),
        (UAS_LS_KEY + b"\x80", "bad BER length"),
        (UAS_LS_KEY + b"\x89" + bytes(9), "bad BER length"),
        (UAS_LS_KEY + b"\x82\x01", "truncated BER length"),
        (UAS_LS_KEY + b"\x20\x05\x02", "truncated: the set says 32"),
    ],
)
def test_unparseable_packets_raise(data, message):
    with pytest.raises(St0601Error, match=message):
        decode_packet(data)


def test_item_overrunning_the_set_is_an_error():
    body = b"\x05\x09\x71\xc2"
    decoded = decode_packet(UAS_LS_KEY + bytes([len(body)]) + body)
    assert decoded.checksum_ok is False and "overruns" in decoded.errors[0]


def test_iter_klv_reports_a_truncated_tail():
    good = encode_packet({"platform_heading_angle": 1.0})
    spans = list(iter_klv(good + good[:20]))
    assert spans[0].data == good  # type: ignore[union-attr]
    assert isinstance(spans[1], St0601Error)


_MAPPED = [spec for spec in TAGS.values() if spec.kind == "map"]


@st.composite
def _values(draw):
    values = {}
    for spec in draw(st.lists(st.sampled_from(_MAPPED), max_size=20, unique_by=lambda s: s.tag)):
        values[spec.name] = draw(st.floats(spec.lo, spec.hi, allow_nan=False))
    if draw(st.booleans()):
        values["precision_time_stamp"] = draw(st.integers(0, 2**63))
    if draw(st.booleans()):
        values["mission_id"] = draw(st.text(max_size=40))
    if draw(st.booleans()):
        values["platform_ground_speed"] = draw(st.integers(0, 255))
    return values


@settings(max_examples=200, deadline=None)
@given(values=_values(), unknown=st.dictionaries(st.integers(95, 20000), st.binary(max_size=300), max_size=3),
       long_length=st.booleans())
def test_round_trip(values, unknown, long_length):
    decoded = decode_packet(encode_packet(values, unknown, long_length=long_length))
    assert decoded.checksum_ok and not decoded.errors
    assert decoded.unknown == unknown
    for name, value in values.items():
        spec = BY_NAME[name]
        if spec.kind == "map":
            step = (spec.hi - spec.lo) / (2 ** (8 * spec.size) - 2)
            assert math.isclose(decoded.values[name], value, abs_tol=step)
        else:
            assert decoded.values[name] == value


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=120))
def test_garbage_never_crashes_the_decoder(data):
    try:
        decode_packet(UAS_LS_KEY + ber_length(len(data)) + data)
    except St0601Error:
        pass


def _flight_ts(tmp_path, packets):
    muxer = TsMuxer(encode_clip(160, 96), klv=True)
    parts = [muxer.write_frame(1_700_000_000_000 + k * 200, klv=packet) for k, packet in enumerate(packets)]
    parts.append(muxer.close())
    return write_file(tmp_path, "flight.ts", b"".join(parts))


def test_dump_a_ts_file_reports_bad_packets_and_goes_on(tmp_path):
    good = [encode_packet({"precision_time_stamp": (1_700_000_000_000 + k * 200) * 1000,
                           "sensor_latitude": 51.08 + k * 1e-4, "sensor_true_altitude": 120.0}) for k in range(8)]
    corrupt = bytearray(good[3])
    corrupt[-1] ^= 0xFF
    packets = [*good[:3], bytes(corrupt), *good[4:6], good[6][:25], good[7]]
    path = _flight_ts(tmp_path, packets)
    out = io.StringIO()
    assert dump(str(path), out) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) >= 7  # the demuxer may hold back the last PES
    assert [r["checksum_ok"] for r in records[:7]] == [True, True, True, False, True, True, False]
    assert records[0]["sensor_latitude"] == pytest.approx(51.08, abs=1e-7)
    assert records[0]["sensor_true_altitude"] == pytest.approx(120.0, abs=0.3)
    assert records[0]["precision_time_stamp_utc"].startswith("2023-11-14T22:13:20")
    assert "truncated" in records[6]["error"]


def test_dump_cli_exit_codes(tmp_path, capsys):
    from widgets.app import main

    raw = write_file(tmp_path, "raw.klv", encode_packet({"platform_heading_angle": 12.5}) * 2)
    assert main(["klv", "dump", str(raw)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["platform_heading_angle"] == pytest.approx(12.5, abs=0.01)
    assert main(["klv", "dump", str(tmp_path / "missing.ts")]) == 1
    assert "cannot open" in capsys.readouterr().err
