"""`qala-console bench decode` with tiny settings on this GPU-less machine: the ramp, its stop rule, the JSON."""

import argparse
import json

import pytest

from console.video import bench_decode
from console.video import hwaccel as hw
from widgets.app import main as app_main

TINY = ["--size", "320x180", "--output", "160x90", "--seconds", "1.5", "--warmup", "0.5", "--clip-seconds", "2"]


def test_software_ramp_holds_full_rate_and_prints_one_json_object(capsys):
    rc = app_main(["bench", "decode", "--decoder", "software", "--counts", "2,1", *TINY, "--json"])
    assert rc == 0
    result = json.loads(capsys.readouterr().out)  # one object, nothing else on stdout
    assert [step["streams"] for step in result["steps"]] == [1, 2]  # ascending whatever the order given
    assert all(step["full_rate"] for step in result["steps"])
    assert result["streams_at_full_rate"] == 2
    assert result["decoder"] == "h264 (software)"
    step = result["steps"][-1]
    assert 24.5 <= step["per_stream_fps_min"] <= 26.5 and step["failed_count"] == 0
    assert step["frames_taken_fps"] > 0 and step["cpu_percent"] > 0 and step["ttff_ms_p50"] > 0
    saturated = result["saturated"]
    assert saturated["streams"] == 2 and saturated["total_fps"] > 2 * 25  # flat out beats the clip's rate
    assert result["raw"]["device"] == "software" and result["raw"]["fps"] > 0 and not result["raw"]["errors"]
    assert 0 < result["saturated_vs_raw"] < 2


def test_cuda_required_without_a_gpu_fails_the_first_step_and_stops(monkeypatch, capsys):
    monkeypatch.setattr(hw, "_device_status", {"cuda": "cuda device could not be opened: no GPU here"})
    rc = bench_decode.main(["--decoder", "cuda", "--counts", "1,2", *TINY, "--json"])
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["steps"]) == 1 and result["streams_at_full_rate"] == 0  # no step after the first failure
    step = result["steps"][0]
    assert not step["full_rate"] and step["hardware_streams"] == 0 and step["total_fps"] == 0
    assert "no GPU here" in step["failed"][0]  # the reason, not a silent software run


def test_per_stream_contexts_can_be_asked_for(monkeypatch, capsys):
    monkeypatch.setattr(hw, "CUDA_DEVICE_OPTIONS", dict(hw.CUDA_DEVICE_OPTIONS))
    bench_decode.main(["--decoder", "software", "--counts", "1", "--cuda-context", "per-stream", *TINY, "--json"])
    assert json.loads(capsys.readouterr().out)["cuda_context"] == "per-stream"
    assert hw.device_options("cuda") is None


@pytest.mark.parametrize(("parse", "text"), [(bench_decode._parse_size, "1920"), (bench_decode._parse_size, "15x9"),
                                             (bench_decode._parse_counts, "8,x"), (bench_decode._parse_counts, "0,4")])
def test_bad_arguments_are_refused_with_a_reason(parse, text):
    with pytest.raises(argparse.ArgumentTypeError):
        parse(text)
