"""The stream state machine, error sorting, backoff and source options."""

import av.error
import pytest

from console.video import StreamState
from console.video.faults import FaultKind, StreamFault, classify
from console.video.player import backoff_delay
from console.video.sources import is_live, open_options, redact
from console.video.state import ALLOWED_TRANSITIONS, InvalidTransition, StreamStateMachine

S = StreamState


def test_state_values_are_lowercase_names():
    assert [s.value for s in S] == ["connecting", "live", "stalled", "reconnecting", "failed", "stopped"]
    assert set(ALLOWED_TRANSITIONS) == set(S)


def test_transitions_notify_in_order_and_reject_invalid_ones():
    seen = []
    machine = StreamStateMachine(lambda state, reason: seen.append((state, reason)))
    assert machine.snapshot() == (S.STOPPED, "not started")
    machine.move(S.CONNECTING, "opening")
    machine.move(S.LIVE)
    machine.move(S.STALLED, "no frame for 1.0 s")
    machine.move(S.RECONNECTING, "no frame for 2.0 s")
    machine.move(S.RECONNECTING, "connection refused; retry 2")
    machine.move(S.LIVE)
    machine.move(S.STOPPED, "stopped")
    assert [s for s, _ in seen] == [
        S.CONNECTING,
        S.LIVE,
        S.STALLED,
        S.RECONNECTING,
        S.RECONNECTING,
        S.LIVE,
        S.STOPPED,
    ]
    with pytest.raises(InvalidTransition):
        machine.move(S.LIVE)


def test_guarded_move_is_a_no_op_from_other_states():
    machine = StreamStateMachine()
    machine.move(S.CONNECTING)
    assert not machine.move(S.STALLED, "x", only_from=frozenset({S.LIVE}))
    assert machine.state is S.CONNECTING


def test_listener_errors_do_not_propagate(caplog):
    def broken(state, reason):
        raise RuntimeError("boom")

    machine = StreamStateMachine(broken)
    machine.move(S.CONNECTING)
    assert machine.state is S.CONNECTING
    assert "on_state listener failed" in caplog.text


def _ffmpeg_error(cls, code, message="x"):
    return cls(code, message)


@pytest.mark.parametrize(
    ("exc", "opening", "live", "kind", "text"),
    [
        (
            _ffmpeg_error(av.error.HTTPNotFoundError, -875574520, "Server returned 404 Not Found"),
            True,
            True,
            FaultKind.FATAL,
            "404",
        ),
        (
            _ffmpeg_error(av.error.HTTPServerError, -1482175992, "5XX"),
            True,
            True,
            FaultKind.TRANSIENT,
            "server",
        ),
        (_ffmpeg_error(av.error.ConnectionRefusedError, 111), True, True, FaultKind.TRANSIENT, "refused"),
        (_ffmpeg_error(av.error.ExitError, -1414092869), False, True, FaultKind.TRANSIENT, "timed out"),
        (_ffmpeg_error(av.error.InvalidDataError, -1094995529), True, True, FaultKind.FATAL, "invalid data"),
        (_ffmpeg_error(av.error.InvalidDataError, -1094995529), False, True, FaultKind.TRANSIENT, "invalid"),
        (_ffmpeg_error(av.error.FileNotFoundError, 2), True, False, FaultKind.FATAL, "not found"),
        (_ffmpeg_error(av.error.ConnectionResetError, 104), False, True, FaultKind.TRANSIENT, "network"),
    ],
)
def test_errors_are_sorted(exc, opening, live, kind, text):
    fault = classify(exc, opening=opening, live=live)
    assert fault.kind is kind
    assert text in fault.reason.lower()


def test_stream_fault_carries_its_own_verdict():
    from console.video.faults import Fault

    fault = Fault(FaultKind.FATAL, "no video stream in the input", retry=False)
    assert classify(StreamFault(fault), opening=False, live=True) is fault


def test_backoff_doubles_to_the_cap_with_jitter():
    mid = [backoff_delay(n, rng=lambda: 0.5) for n in range(1, 7)]
    assert mid == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]
    assert backoff_delay(1, rng=lambda: 0.0) == pytest.approx(0.1875)
    assert backoff_delay(1, rng=lambda: 1.0) == pytest.approx(0.3125)
    assert backoff_delay(10, cap=5.0, rng=lambda: 1.0) == 5.0  # jitter never exceeds the cap


def test_source_options():
    ffmpeg, player = open_options("rtsp://cam/1", None)
    assert ffmpeg["rtsp_transport"] == "tcp" and ffmpeg["analyzeduration"] == "100000"
    assert player == {"loop": "0", "realtime": "0"}
    ffmpeg, player = open_options("/data/clip.ts", {"loop": "1", "probesize": "65536"})
    assert "loop" not in ffmpeg and ffmpeg["probesize"] == "65536"
    assert player == {"loop": "1", "realtime": "1"}
    assert is_live("http://h/video/cam-01/main.ts") and not is_live("/tmp/x.ts")
    assert not is_live("file:/tmp/x.ts") and not is_live("C:\\clips\\x.ts")


def test_passwords_are_redacted():
    assert redact("rtsp://admin:s3cret@10.0.0.5:554/stream1") == "rtsp://admin:***@10.0.0.5:554/stream1"
    assert redact("http://h/video/cam-01/main.ts") == "http://h/video/cam-01/main.ts"
    assert redact("/data/clip.ts") == "/data/clip.ts"
