"""Hardware decoder detection and the per-player choice (this machine has no GPU: software fallback)."""

import pytest

from console.video import available_hwaccels, hwaccel_report
from console.video import hwaccel as hw
from console.video.hwaccel import DecoderChoice


def test_the_build_offers_cuda_for_h264():
    assert "cuda" in available_hwaccels()
    report = hwaccel_report()
    assert "cuda" in report["decoders"]["h264"]
    assert set(report["usable"]) == set(available_hwaccels())


@pytest.fixture
def no_gpu(monkeypatch):
    monkeypatch.setattr(hw, "_device_status", {"cuda": "cuda device could not be opened: no GPU"})


@pytest.fixture
def gpu(monkeypatch):
    monkeypatch.setattr(hw, "_device_status", {"cuda": None})


def test_auto_falls_back_to_software_and_says_why(no_gpu):
    choice = DecoderChoice("auto")
    assert choice.usable and choice.hwaccel() is None
    assert "no GPU" in choice.fallback_reason
    assert choice.describe("h264", hardware_active=False) == "h264 (software)"


def test_cuda_required_is_unusable_without_a_gpu(no_gpu):
    choice = DecoderChoice("cuda")
    assert not choice.usable
    assert "no GPU" in choice.fallback_reason


def test_software_never_probes(monkeypatch):
    monkeypatch.setattr(hw, "device_unavailable_reason", lambda device_type="cuda": pytest.fail("probed"))
    choice = DecoderChoice("software")
    assert choice.hwaccel() is None and choice.fallback_reason == ""


def test_auto_uses_cuda_when_present_and_falls_back_when_it_fails(gpu):
    choice = DecoderChoice("auto")
    accel = choice.hwaccel()
    assert accel is not None and accel.allow_software_fallback
    assert choice.describe("h264", hardware_active=True) == "h264 (cuda)"
    choice.hardware_failed("decode: device lost")
    assert choice.hwaccel() is None
    assert choice.fallback_reason == "cuda failed: decode: device lost"


def test_every_stream_shares_the_gpus_primary_context(gpu):
    # measured on an H200: a CUDA context per stream never got 32 streams going within 30 s; shared, 48 hold 25 fps
    first, second = DecoderChoice("auto").hwaccel(), DecoderChoice("cuda").hwaccel()
    assert first.options == second.options == {"primary_ctx": "1"}
    assert not second.allow_software_fallback  # "cuda" means the GPU or a visible failure
    assert hw.device_options("qsv") is None


def test_unknown_decoder_request_is_rejected():
    with pytest.raises(ValueError, match="decoder"):
        DecoderChoice("nvenc")
    with pytest.raises(ValueError, match="decoder"):
        hw.set_preferred_decoder("gpu")


def test_auto_takes_the_first_device_that_opens_in_the_preferred_order(monkeypatch):
    monkeypatch.setattr(hw, "available_hwaccels", lambda: ["cuda", "qsv", "vaapi"])
    monkeypatch.setattr(hw, "_device_status", {"cuda": "no NVIDIA driver", "qsv": "no Intel GPU", "vaapi": None})
    choice = DecoderChoice("auto")
    accel = choice.hwaccel()
    assert choice.device_type == "vaapi" and accel.allow_software_fallback and not accel.options  # no cuda options
    assert choice.describe("hevc", hardware_active=True) == "hevc (vaapi)"
    monkeypatch.setattr(hw, "_device_status", {"cuda": "no NVIDIA driver", "qsv": "no Intel GPU",
                                               "vaapi": "no render node"})
    none_opens = DecoderChoice("auto")
    assert none_opens.usable and none_opens.hwaccel() is None
    assert none_opens.fallback_reason == "no NVIDIA driver; no Intel GPU; no render node"  # every reason, in order


def test_a_device_asked_for_by_name_is_required(monkeypatch):
    monkeypatch.setattr(hw, "_device_status", {"vaapi": "vaapi is not offered by this PyAV/FFmpeg build"})
    choice = DecoderChoice("vaapi")
    assert choice.required and not choice.usable
    assert "not offered" in choice.fallback_reason


def test_players_asked_for_nothing_follow_the_workstations_preference(monkeypatch):
    monkeypatch.setattr(hw, "_preferred", "auto")
    assert DecoderChoice().requested == "auto"
    hw.set_preferred_decoder("software")
    assert DecoderChoice().requested == "software" and DecoderChoice("auto").requested == "auto"
    assert hw.preferred_decoder() == "software"


def test_real_probe_on_this_machine_answers_without_raising():
    reason = hw.device_unavailable_reason("cuda")
    assert reason is None or "cuda" in reason
