"""StreamPlayer: one decode thread per stream, from URL to tile-sized BGRA frames in a FrameSlot."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable

import av
import av.error

from console.video import interrupt, srt_gateway
from console.video.clock import StreamClock
from console.video.decode_session import DecodeSession, SessionEnd
from console.video.faults import Fault, FaultKind, classify
from console.video.frames import DecodedFrame, FrameSlot
from console.video.hwaccel import DecoderChoice
from console.video.priority import DECODE_NICE, lower_current_thread
from console.video.sources import SourceError, is_live, open_options, redact, resolve_source, scheme_of
from console.video.state import StreamState, StreamStateMachine
from console.video.stats import FpsMeter, PlayerStats
from console.video.watchdog import WATCHDOG

log = logging.getLogger(__name__)

S = StreamState
DataCallback = Callable[[int, bytes, int], None]
_ACTIVE = frozenset({S.LIVE, S.STALLED})
_WAITING_FIRST_FRAME = frozenset({S.CONNECTING, S.RECONNECTING})
_BACKPRESSURE_WAIT_S = 0.05
_CAN_FAIL = frozenset({S.CONNECTING, S.LIVE, S.STALLED, S.RECONNECTING})


def backoff_delay(
    attempt: int, *, base: float = 0.25, cap: float = 2.0, rng: Callable[[], float] = random.random
) -> float:
    """Capped exponential backoff with ±25 % jitter: base, 2×base, 4×base ... up to cap (attempt from 1)."""
    delay = min(cap, base * 2 ** max(attempt - 1, 0))
    return min(cap, delay * (0.75 + 0.5 * rng()))


class StreamPlayer:
    """Opens `url`, decodes its first video stream on one thread, converts each frame to BGRA of
    `output_size` (or planar YUV 4:2:0 with `pixel_format="yuv420p"`) and puts it in `slot`; reconnects with backoff and reports its state.

    `clock` is "pts-unix90k", "arrival" or a StreamClock. `decoder` is "auto", "software" or a hardware device
    such as "cuda" (see console.video.hwaccel); None: the workstation's preference. `options` are FFmpeg options
    plus the player options "loop" and "realtime" (see
    console.video.sources). `on_state(state, reason)` and `on_data(stream_index, payload, time_ms)` are
    called on the decode or watchdog thread: marshal to your own thread, never block, never call stop().
    A stream with no new frame for `stall_timeout` s is STALLED; after `reconnect_after` s it is reopened.
    The decode thread runs `thread_nice` levels below normal priority so the GUI thread is never starved.
    `decoder_threads` > 1 turns on FFmpeg frame threading: for one big full-screen stream, not for wall tiles
    (there one single-threaded decoder per stream scales best).
    Transient errors retry forever with backoff up to `max_backoff` s; fatal ones fail after `fatal_tries`.
    `frame_view(image)`, if given, runs on the decode thread for every frame and its result travels with the frame
    as `DecodedFrame.view` (the wall's CPU tiles: a QImage over the frame's bytes, made off the GUI thread).
    """

    def __init__(
        self,
        url: str,
        *,
        name: str = "",
        clock: str | StreamClock = "arrival",
        output_size: tuple[int, int] = (640, 360),
        decoder: str | None = None,
        options: dict[str, str] | None = None,
        on_state: Callable[[StreamState, str], None] | None = None,
        on_data: DataCallback | None = None,
        stall_timeout: float = 1.0,
        reconnect_after: float = 2.0,
        open_timeout: float = 5.0,
        max_backoff: float = 2.0,
        fatal_tries: int = 3,
        thread_nice: int = DECODE_NICE,
        decoder_threads: int = 1,
        pixel_format: str = "bgra",
        backpressure: bool = True,
        frame_view: Callable[[object], object] | None = None,
    ) -> None:
        if pixel_format not in ("bgra", "yuv420p"):
            raise ValueError(f"pixel_format must be bgra or yuv420p, got {pixel_format!r}")
        self.pixel_format = pixel_format
        # a file played flat out waits briefly for its reader; off for readers that never take frames (probe)
        self.backpressure = backpressure
        self.frame_view = frame_view  # image -> what the display draws (DecodedFrame.view), on the decode thread
        self._retired: deque[DecodedFrame] = deque()  # frames the display is done with, freed on the decode thread
        self.source_url = url  # as asked for; `url` is what it resolves to (plugin schemes such as myvms://)
        self._source_error = ""
        try:
            url = resolve_source(url)
        except SourceError as exc:
            self._source_error = str(exc)
        self.url = url
        self.name = name or redact(url)
        self.slot = FrameSlot()
        self.clock = clock if isinstance(clock, StreamClock) else StreamClock(clock)
        self.set_output_size(*output_size)
        self.live = is_live(url)
        self.ffmpeg_options, player_options = open_options(url, options)
        self.loop = player_options["loop"] == "1"
        self.realtime = player_options["realtime"] == "1"
        self.stall_timeout = stall_timeout
        self.reconnect_after = reconnect_after
        self.open_timeout = open_timeout
        self.max_backoff = max_backoff
        self.fatal_tries = fatal_tries
        self.thread_nice = thread_nice
        if decoder_threads < 1:
            raise ValueError(f"decoder_threads must be at least 1, got {decoder_threads}")
        self.decoder_threads = decoder_threads
        self.on_data = on_data
        self._decoder = DecoderChoice(decoder)
        self._machine = StreamStateMachine(on_state)
        self._interruptible = interrupt.install()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()  # guards the counters and the session fields below
        self._fps = FpsMeter()
        self._seq = 0
        self._frames_decoded = 0
        self._reconnects = 0
        self._errors = 0
        self._stalls = 0
        self._last_error = ""
        self._codec = ""
        self._decoder_label = ""
        self._source_size = (0, 0)
        self._streams: list[dict[str, object]] = []
        self._ttff_ms: float | None = None
        self._session_started: float | None = None  # monotonic, when the current open began
        self._last_frame_at: float | None = None  # monotonic, last frame of the current session
        self._reconnect_reason: str | None = None  # set by the watchdog when it interrupts the thread
        self._relay: srt_gateway.SrtRelay | None = None  # srt:// through srt-live-transmit (no libsrt)

    # -- public API -------------------------------------------------------------------------------------

    @property
    def state(self) -> StreamState:
        return self._machine.state

    @property
    def reason(self) -> str:
        return self._machine.reason

    def start(self) -> None:
        """Start the decode thread. A stopped or failed player may be started again."""
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError(f"player {self.name!r} is already running")
        self._stop.clear()
        self._machine.move(S.CONNECTING, f"opening {redact(self.url)}")
        self._thread = threading.Thread(target=self._run, name=f"decode-{self.name}", daemon=False)
        self._thread.start()

    def request_stop(self) -> None:
        """Ask the thread to end without waiting (stop many players in parallel, then `join` them)."""
        with self._lock:  # pairs with the interrupt reset at the start of a session
            self._stop.set()
            thread = self._thread
            if thread is not None and thread.ident is not None and self._interruptible:
                interrupt.interrupt(thread.ident)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True when it has."""
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return thread is None
        thread.join(timeout)
        return not thread.is_alive()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop decoding and wait up to `timeout` s; returns within ~0.1 s even if blocked in network I/O."""
        self.request_stop()
        self.join(timeout)

    def set_output_size(self, width: int, height: int) -> None:
        """Size of the BGRA frames from the next frame on; safe from any thread."""
        if int(width) < 1 or int(height) < 1:
            raise ValueError(f"output size must be positive, got {width}x{height}")
        self._output_size = (int(width), int(height))  # one tuple swap: atomic under the GIL

    @property
    def output_size(self) -> tuple[int, int]:
        return self._output_size

    def input_url(self) -> str:
        """What FFmpeg opens: the URL itself, or the local end of the SRT relay (decode thread only)."""
        return self.url if self._relay is None else self._relay.udp_url()

    @property
    def decoder_name(self) -> str:
        """What decodes now, e.g. "h264 (software)"; empty before the first open. Cheap: for per-tick polls."""
        return self._decoder_label

    def stats(self) -> PlayerStats:
        state, reason = self._machine.snapshot()
        now = time.monotonic()
        with self._lock:
            return PlayerStats(
                state=state.value,
                reason=reason,
                decoder=self._decoder_label or self._decoder.describe(self._codec or "?", False),
                codec=self._codec,
                source_width=self._source_size[0],
                source_height=self._source_size[1],
                frames_decoded=self._frames_decoded,
                frames_dropped=self.slot.dropped,
                fps=round(self._fps.rate(now), 2),
                ttff_ms=self._ttff_ms,
                reconnects=self._reconnects,
                errors=self._errors,
                last_error=self._last_error,
                name=self.name,
                decoder_note=self._decoder.fallback_reason,
                stalls=self._stalls,
                output_width=self._output_size[0],
                output_height=self._output_size[1],
            )

    def streams(self) -> list[dict[str, object]]:
        """The input's streams as of the last open: index, type, codec (+ width, height, fps for video)."""
        with self._lock:
            return [dict(stream) for stream in self._streams]

    def __repr__(self) -> str:
        return f"<StreamPlayer {self.name!r} {self.state.value}>"

    # -- watchdog (its thread) ---------------------------------------------------------------------------

    def check_stall(self, now: float) -> None:
        """Called by the shared watchdog: STALLED after `stall_timeout`, reconnect after `reconnect_after`."""
        state = self._machine.state
        with self._lock:
            last, started = self._last_frame_at, self._session_started
        if state in _ACTIVE and last is not None:
            silent = now - last
            if state is S.LIVE and silent >= self.stall_timeout:
                if self._machine.move(
                    S.STALLED, f"no frame for {silent:.1f} s", only_from=frozenset({S.LIVE})
                ):
                    with self._lock:
                        self._stalls += 1
            if silent >= self.reconnect_after:
                self._interrupt_session(started, f"no frame for {silent:.1f} s")
        elif state in _WAITING_FIRST_FRAME and started is not None and last is None:
            if now - started >= self.open_timeout:
                self._interrupt_session(started, f"no picture {now - started:.1f} s after connecting")

    def _interrupt_session(self, session_started: float | None, reason: str) -> None:
        thread = self._thread
        if not self._interruptible or thread is None or thread.ident is None:
            return
        with self._lock:
            if self._session_started != session_started or self._reconnect_reason is not None:
                return  # that session already ended, or is already being interrupted
            self._reconnect_reason = reason
            interrupt.interrupt(thread.ident)

    # -- decode thread -----------------------------------------------------------------------------------

    def _run(self) -> None:
        lower_current_thread(self.thread_nice)
        WATCHDOG.register(self)
        try:
            if self._source_error:
                self._note_error(self._source_error)
                self._machine.move(S.FAILED, self._source_error, only_from=_CAN_FAIL)
                return
            if scheme_of(self.url) == "srt" and not srt_gateway.ffmpeg_has_srt():
                try:
                    self._relay = srt_gateway.SrtRelay(self.url)
                except (srt_gateway.SrtUnavailable, ValueError) as exc:
                    self._note_error(str(exc))
                    self._machine.move(S.FAILED, str(exc), only_from=_CAN_FAIL)
                    return
            self._run_sessions()
        except Exception as exc:  # never let the thread die without saying why
            log.exception("player %s crashed", self.name)
            self._note_error(f"internal error: {exc!r}")
            self._machine.move(S.FAILED, f"internal error: {exc!r}", only_from=_CAN_FAIL)
        finally:
            WATCHDOG.unregister(self)
            interrupt.clear(threading.get_ident())
            relay, self._relay = self._relay, None
            if relay is not None:
                relay.close()

    def _run_sessions(self) -> None:
        if not self._decoder.usable:
            choice = self._decoder
            self._machine.move(
                S.FAILED, f"{choice.requested} decoding required but unavailable: {choice.fallback_reason}"
            )
            return
        failures = fatal_failures = 0
        while not self._stop.is_set():
            end, fault, lived = self._one_session()
            if self._stop.is_set() or end is SessionEnd.STOPPED:
                break
            if lived >= 2.0:
                failures = fatal_failures = 0
            if end is SessionEnd.END_OF_INPUT:
                if not self.live:
                    if self.loop:
                        continue
                    self._machine.move(S.STOPPED, "end of file")
                    return
                fault = Fault(FaultKind.TRANSIENT, "stream ended (EOF)")
            if end is SessionEnd.HARDWARE_FAILED:
                if not self._decoder.usable:
                    choice = self._decoder
                    self._machine.move(S.FAILED, f"{choice.requested} decoding required: {choice.fallback_reason}")
                    return
                with self._lock:
                    self._reconnects += 1
                self._machine.move(
                    S.RECONNECTING, f"{self._decoder.fallback_reason}; reopening with software"
                )
                continue
            assert fault is not None
            failures += 1
            if fault.kind is FaultKind.FATAL:
                fatal_failures += 1
                if not fault.retry or fatal_failures >= self.fatal_tries:
                    tries = "" if not fault.retry else f" (gave up after {fatal_failures} tries)"
                    self._machine.move(S.FAILED, fault.reason + tries)
                    return
            delay = backoff_delay(failures, cap=self.max_backoff)
            with self._lock:
                self._reconnects += 1
            self._machine.move(S.RECONNECTING, f"{fault.reason}; retry {failures} in {delay:.1f} s")
            if self._stop.wait(delay):
                break
        self._machine.move(S.STOPPED, "stopped", only_from=frozenset(set(S) - {S.STOPPED, S.FAILED}))

    def _one_session(self) -> tuple[SessionEnd, Fault | None, float]:
        """Open, decode until the stream ends or fails; returns (how it ended, fault, seconds it lived)."""
        me = threading.get_ident()
        started = time.monotonic()
        with self._lock:
            if not self._stop.is_set():
                interrupt.clear(me)
            self._reconnect_reason = None
            self._session_started = started
            self._last_frame_at = None
        self.clock.reset()
        session = DecodeSession(self, self._decoder)
        fault: Fault | None = None
        try:
            end = session.run()
        except Exception as exc:
            end = SessionEnd.FAULT
            fault = self._fault_of(exc, opening=not session.opened)
        finally:
            with self._lock:
                self._session_started = None
                had_frames = self._last_frame_at is not None
                self._last_frame_at = None
        if self._stop.is_set():
            end = SessionEnd.STOPPED
        if fault is not None and end is SessionEnd.FAULT:
            self._note_error(fault.reason)
        lived = time.monotonic() - started if had_frames else 0.0
        return end, fault, lived

    def _fault_of(self, exc: Exception, *, opening: bool) -> Fault:
        with self._lock:
            reason = self._reconnect_reason
        if isinstance(exc, av.error.ExitError) and reason is not None:
            return Fault(FaultKind.TRANSIENT, reason)
        return classify(exc, opening=opening, live=self.live)

    # -- called by DecodeSession on the decode thread -----------------------------------------------------

    def _note_error(self, message: str) -> None:
        with self._lock:
            self._errors += 1
            self._last_error = message

    def _note_streams(self, streams: list[dict[str, object]]) -> None:
        with self._lock:
            self._streams = streams

    def _note_opened(self, codec: str, label: str, width: int, height: int) -> None:
        with self._lock:
            self._codec, self._decoder_label, self._source_size = codec, label, (width, height)

    def retire(self, frame: DecodedFrame) -> None:
        """The display is done with `frame` (any thread): it is let go on the decode thread, where freeing its view
        (a Qt object) costs the GUI thread nothing."""
        self._retired.append(frame)

    def _publish(self, image, source_size: tuple[int, int], frame_time_ms: int) -> None:
        if self._retired:
            self._retired.clear()  # freed here (see retire)
        now = time.monotonic()
        with self._lock:
            self._seq += 1
            self._frames_decoded += 1
            self._fps.tick(now)
            self._source_size = source_size
            if self._last_frame_at is None and self._session_started is not None:
                self._ttff_ms = round((now - self._session_started) * 1000, 1)
            self._last_frame_at = now
            seq = self._seq
        height, width = image.shape[:2]
        if self.pixel_format == "yuv420p":
            height = height * 2 // 3
        view = self.frame_view(image) if self.frame_view is not None else None
        self.slot.put(
            DecodedFrame(image, width, height, source_size[0], source_size[1], frame_time_ms, seq, now,
                         self.pixel_format, view),
            # a file decoding flat out waits (briefly) for the display: no CPU spent on frames never shown
            room_wait=_BACKPRESSURE_WAIT_S if self.backpressure and not (self.live or self.realtime) else 0.0,
        )
        if self._machine.state is not S.LIVE:
            self._machine.move(S.LIVE, "", only_from=frozenset({S.CONNECTING, S.RECONNECTING, S.STALLED}))

    def _stopping(self) -> bool:
        return self._stop.is_set()
