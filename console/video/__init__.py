"""Qt-free video engine: open streams, decode (hardware or software), hand tile-sized frames to the GUI."""

from console.video.clock import StreamClock, unix_ms_from_pts90k
from console.video.frames import DecodedFrame, FrameSlot
from console.video.hwaccel import available_hwaccels, hwaccel_report
from console.video.klv import KlvItem, KlvReader
from console.video.player import StreamPlayer
from console.video.state import StreamState
from console.video.stats import PlayerStats

__all__ = [
    "DecodedFrame",
    "FrameSlot",
    "KlvItem",
    "KlvReader",
    "PlayerStats",
    "StreamClock",
    "StreamPlayer",
    "StreamState",
    "available_hwaccels",
    "hwaccel_report",
    "unix_ms_from_pts90k",
]
