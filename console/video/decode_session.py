"""One connection of a player: open the input, decode its first video stream, convert, publish."""

from __future__ import annotations

import enum
import time
from fractions import Fraction
from typing import TYPE_CHECKING

import av
import av.error
import numpy as np
from av.video.reformatter import Interpolation, VideoReformatter
from av.video.stream import VideoStream

from console.video.clock import wall_ms
from console.video.faults import Fault, FaultKind, StreamFault
from console.video.hwaccel import DecoderChoice

if TYPE_CHECKING:
    from console.video.player import StreamPlayer

_TB_90K = Fraction(1, 90000)
_MAX_SKIPPED_BEFORE_KEY = 250  # some sources never flag keyframes: decode anyway after ~10 s of packets
_ERRORS_BEFORE_REOPEN = 25  # a second of video that will not decode: reopen (live sources)
_HW_ERRORS_BEFORE_FALLBACK = 3
_MAX_PACING_SLEEP_S = 1.0  # a longer wait is a timestamp jump, not a frame interval


class SessionEnd(enum.Enum):
    STOPPED = "stopped"
    END_OF_INPUT = "end of input"
    FAULT = "fault"
    HARDWARE_FAILED = "hardware failed"


def pts_90k(pts: int | None, time_base: Fraction | None) -> int | None:
    if pts is None:
        return None
    if time_base is None or time_base == _TB_90K:
        return pts
    return round(pts * time_base * 90000)


def describe_stream(stream: av.stream.Stream) -> dict[str, object]:
    """Index, type, codec and (for video) size and frame rate of one stream of an open input."""
    context = stream.codec_context
    info: dict[str, object] = {
        "index": stream.index,
        "type": stream.type,
        "codec": context.name if context is not None else getattr(stream, "name", None) or "unknown",
    }
    if isinstance(stream, VideoStream):
        video = stream.codec_context
        # with fpsprobesize=0 there is no average rate; the codec's frame rate comes from the SPS
        rate = video.framerate or stream.average_rate or stream.guessed_rate
        info.update(width=video.width, height=video.height, fps=round(float(rate), 3) if rate else None)
    return info


class DecodeSession:
    """Runs on the player's thread; raises what it cannot handle and lets the player sort it."""

    def __init__(self, player: StreamPlayer, decoder: DecoderChoice) -> None:
        self.player = player
        self.decoder = decoder
        self.opened = False
        self._reformatter = VideoReformatter()
        self._hw_active = False
        self._hw_errors = 0
        self._errors_in_row = 0
        self._pace_origin: tuple[float, int] | None = None  # (monotonic, pts90) of the pacing anchor

    def run(self) -> SessionEnd:
        hwaccel = self.decoder.hwaccel()
        try:
            container = self._open(hwaccel)
        except av.error.ExitError:
            raise
        except Exception as exc:
            if hwaccel is None:
                raise
            container = self._open(None)  # if this fails too, the input is the problem, not the device
            self.decoder.hardware_failed(f"open: {exc}")
            if self.decoder.required:
                container.close()
                return SessionEnd.HARDWARE_FAILED
        self.opened = True
        with container:
            return self._decode(container)

    def _open(self, hwaccel):
        player = self.player
        return av.open(
            player.input_url(),
            container_options=dict(player.ffmpeg_options),
            # with the interrupt hook the watchdog reconnects first and names the reason; this is the backstop
            timeout=(player.open_timeout, player.reconnect_after + (1.0 if player._interruptible else 0.0)),
            hwaccel=hwaccel,
        )

    def _decode(self, container) -> SessionEnd:
        player = self.player
        player._note_streams([describe_stream(stream) for stream in container.streams])
        video = next(iter(container.streams.video), None)
        if video is None:
            # a live source may have been probed before its PMT arrived: worth a few more tries
            raise StreamFault(Fault(FaultKind.FATAL, "no video stream in the input", retry=player.live))
        context = video.codec_context
        if context is None:
            raise StreamFault(Fault(FaultKind.FATAL, f"unsupported codec: {video.codec.name}", retry=False))
        if player.decoder_threads > 1:  # one full-screen stream: frame threads use the idle cores
            context.thread_type = "FRAME"
            context.thread_count = player.decoder_threads
        else:
            context.thread_count = 1  # one single-threaded decoder per stream scales best on a wall
        self._hw_active = context.is_hwaccel
        codec_name = context.name
        if self.decoder.device_type is not None and not self._hw_active:
            self.decoder.fallback_reason = (
                f"{self.decoder.device_type} cannot decode this {codec_name} stream"
            )
        player._note_opened(
            codec_name, self.decoder.describe(codec_name, self._hw_active), context.width, context.height
        )
        data_streams = list(container.streams.data) if player.on_data is not None else []
        waiting_for_key, skipped = True, 0
        for packet in container.demux([video, *data_streams]):
            if player._stopping():
                return SessionEnd.STOPPED
            if player._reconnect_reason is not None:
                # the demuxer hands out its half-read packet when interrupted: that frame is stale
                raise StreamFault(Fault(FaultKind.TRANSIENT, player._reconnect_reason))
            if packet.stream_index != video.index:
                self._deliver_data(packet)
                continue
            if waiting_for_key and packet.size:
                if not packet.is_keyframe and skipped < _MAX_SKIPPED_BEFORE_KEY:
                    skipped += 1  # a decoder fed mid-GOP only produces errors and grey frames
                    continue
                waiting_for_key = False
            try:
                frames = context.decode(packet)
            except av.error.ExitError:
                raise
            except av.error.FFmpegError as exc:
                player._note_error(f"decode: {exc}")
                if self._hw_active:
                    self._hw_errors += 1
                    if self._hw_errors >= _HW_ERRORS_BEFORE_FALLBACK:
                        self.decoder.hardware_failed(f"decode: {exc}")
                        return SessionEnd.HARDWARE_FAILED
                self._errors_in_row += 1
                if self._errors_in_row >= _ERRORS_BEFORE_REOPEN and player.live:
                    # a camera that switched codec (or profile) mid-stream: the demuxer keeps feeding the old
                    # decoder; a new connection reads the new PMT and opens the right one
                    raise StreamFault(Fault(FaultKind.TRANSIENT,
                                            f"stream changed format: {self._errors_in_row} packets in a row "
                                            f"did not decode as {codec_name}; reopening")) from exc
                continue
            self._hw_errors = 0
            self._errors_in_row = 0
            for frame in frames:
                self._deliver(frame, video.time_base)
            self._check_picture_timeout()
        return SessionEnd.END_OF_INPUT

    def _check_picture_timeout(self) -> None:
        # the watchdog interrupts too; this covers a PyAV without the interrupt hook
        player = self.player
        with player._lock:
            last = player._last_frame_at or player._session_started
        if last is not None and time.monotonic() - last > max(player.reconnect_after, player.open_timeout):
            raise StreamFault(Fault(FaultKind.TRANSIENT, "packets arrive but no picture decodes"))

    def _deliver(self, frame: av.VideoFrame, time_base: Fraction | None) -> None:
        player = self.player
        arrival = wall_ms()
        pts = pts_90k(frame.pts, frame.time_base or time_base)
        if player.realtime and pts is not None:
            self._pace(pts)
            if player._stopping():
                return
        width, height = player._output_size
        bgra = self._reformatter.reformat(
            frame,
            width=width,
            height=height,
            format=player.pixel_format,
            interpolation=Interpolation.FAST_BILINEAR,
            threads=1,
        )
        image: np.ndarray = bgra.to_ndarray()
        if not image.flags.c_contiguous:
            image = np.ascontiguousarray(image)
        player._publish(image, (frame.width, frame.height), player.clock.stamp(pts, arrival))

    def _pace(self, pts: int) -> None:
        now = time.monotonic()
        if self._pace_origin is None:
            self._pace_origin = (now, pts)
            return
        origin_mono, origin_pts = self._pace_origin
        wait = origin_mono + (pts - origin_pts) / 90000 - now
        if wait < -_MAX_PACING_SLEEP_S or wait > _MAX_PACING_SLEEP_S:
            self._pace_origin = (now, pts)  # a jump in time stamps (or we fell far behind): start over
        elif wait > 0:
            self.player._stop.wait(wait)

    def _deliver_data(self, packet: av.Packet) -> None:
        player = self.player
        callback = player.on_data
        if callback is None or not packet.size:
            return
        pts = pts_90k(packet.pts, packet.time_base)
        time_ms = player.clock.time_of(pts)
        try:
            callback(packet.stream_index, bytes(packet), wall_ms() if time_ms is None else time_ms)
        except Exception as exc:  # a subscriber's bug must not stop the video
            player._note_error(f"on_data: {exc!r}")
