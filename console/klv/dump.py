"""`qala-console klv dump FILE_OR_URL`: one JSON object per ST 0601 packet, bad packets reported, not fatal.

The input is an MPEG-TS file or URL with a KLV data stream (demuxed with PyAV), or a file of raw KLV bytes.
Exit status: 0 when the input could be read (even with bad packets in it), 1 when it cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from console.klv.st0601 import UAS_LS_KEY, St0601Error, decode_packet, iter_klv


class InputError(RuntimeError):
    """The input cannot be opened or is not a stream we can read."""


def payloads(source: str, *, open_timeout_s: float = 10.0) -> Iterator[tuple[int | None, bytes]]:
    """(presentation time in ms or None, data payload) for each KLV data packet of a file or URL."""
    path = Path(source)
    if path.is_file():
        with path.open("rb") as handle:
            head = handle.read(16)
        if head == UAS_LS_KEY:
            yield None, path.read_bytes()
            return
    import av

    try:
        container = av.open(source, mode="r", timeout=open_timeout_s)
    except (av.FFmpegError, OSError) as exc:
        raise InputError(f"cannot open {source}: {exc}") from exc
    try:
        streams = list(container.streams.data)
        if not streams:
            raise InputError(f"{source} has no data (KLV) stream")
        for packet in container.demux(streams):
            if packet.size == 0:
                continue
            pts_ms = None
            if packet.pts is not None and packet.time_base is not None:
                pts_ms = int(packet.pts * packet.time_base * 1000)
            yield pts_ms, bytes(packet)
    finally:
        container.close()


def packet_records(payload: bytes, pts_ms: int | None) -> Iterator[dict[str, Any]]:
    """The JSON record of every packet in one payload, errors included."""
    for span in iter_klv(payload):
        base: dict[str, Any] = {} if pts_ms is None else {"pts_ms": pts_ms}
        if isinstance(span, St0601Error):
            yield {**base, "error": str(span), "checksum_ok": False}
            continue
        if span.key != UAS_LS_KEY:
            yield {**base, "offset": span.offset, "error": "not a UAS Datalink LS key", "key": span.key.hex(),
                   "checksum_ok": False}
            continue
        try:
            packet = decode_packet(span.data)
        except St0601Error as exc:
            yield {**base, "offset": span.offset, "error": str(exc), "checksum_ok": False}
            continue
        record = {**base, **packet.to_json()}
        stamp = packet.time_us
        if stamp is not None:
            record["precision_time_stamp_utc"] = datetime.fromtimestamp(stamp / 1e6, UTC).isoformat()
        yield record


def dump(source: str, out: IO[str], *, count: int | None = None) -> int:
    printed = 0
    try:
        for pts_ms, payload in payloads(source):
            for record in packet_records(payload, pts_ms):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                printed += 1
                if count is not None and printed >= count:
                    out.flush()
                    return 0
    except InputError as exc:
        print(f"qala-console klv dump: {exc}", file=sys.stderr)
        return 1
    out.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qala-console klv", description="MISB ST 0601 KLV tools")
    sub = parser.add_subparsers(dest="command", required=True)
    dump_parser = sub.add_parser("dump", help="print one JSON object per UAS Datalink LS packet")
    dump_parser.add_argument("source", metavar="FILE_OR_URL")
    dump_parser.add_argument("--count", type=int, help="stop after this many packets (live URLs)")
    args = parser.parse_args(argv)
    try:
        return dump(args.source, sys.stdout, count=args.count)
    except BrokenPipeError:
        return 0
