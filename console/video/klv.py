"""KLV metadata from MPEG-TS data streams (drone telemetry, MISB ST 0601), fanned out to subscribers.

Wire it to a player: `reader = KlvReader(); StreamPlayer(url, on_data=reader.feed)`. Subscribers are called
on the decode thread with each KLV triplet and the capture time of its packet (the player's clock).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

UL_KEY_LENGTH = 16
MISB_0601_KEY = bytes.fromhex("060E2B34020B01010E01030101000000")  # UAS Datalink Local Set


@dataclass(frozen=True, slots=True)
class KlvItem:
    """One KLV triplet: a 16-byte universal label key and its value, stamped with capture time."""

    stream_index: int
    key: bytes
    value: bytes
    time_ms: int


class KlvError(ValueError):
    """A data packet that is not a well-formed sequence of KLV triplets."""


def _ber_length(data: bytes, offset: int) -> tuple[int, int]:
    first = data[offset]
    if first < 0x80:
        return first, offset + 1
    count = first & 0x7F
    if count == 0 or count > 8 or offset + 1 + count > len(data):
        raise KlvError(f"bad BER length at byte {offset}")
    return int.from_bytes(data[offset + 1 : offset + 1 + count], "big"), offset + 1 + count


def split_klv(payload: bytes) -> list[tuple[bytes, bytes]]:
    """Split a data packet into (key, value) triplets with 16-byte keys and BER lengths."""
    items, offset = [], 0
    while offset < len(payload):
        if offset + UL_KEY_LENGTH >= len(payload):
            raise KlvError(f"truncated key at byte {offset}")
        key = payload[offset : offset + UL_KEY_LENGTH]
        length, start = _ber_length(payload, offset + UL_KEY_LENGTH)
        if start + length > len(payload):
            raise KlvError(f"value of {length} bytes overruns the packet at byte {start}")
        items.append((key, payload[start : start + length]))
        offset = start + length
    return items


KlvSubscriber = Callable[[KlvItem], None]


class KlvReader:
    """Receives a player's data packets (`feed` is an `on_data` callback) and hands KLV items to subscribers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[KlvSubscriber] = []
        self.items = 0
        self.errors = 0
        self.last_error = ""

    def subscribe(self, subscriber: KlvSubscriber) -> Callable[[], None]:
        """Add a subscriber; returns the function that removes it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def feed(self, stream_index: int, payload: bytes, time_ms: int) -> None:
        """The StreamPlayer `on_data` callback."""
        try:
            triplets = split_klv(payload)
        except KlvError as exc:
            self.errors += 1
            self.last_error = str(exc)
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for key, value in triplets:
            item = KlvItem(stream_index, key, value, time_ms)
            self.items += 1
            for subscriber in subscribers:
                try:
                    subscriber(item)
                except Exception:  # one subscriber's bug must not starve the others
                    log.exception("KLV subscriber failed")
