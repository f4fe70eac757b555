"""`qala-console bench wall` with tiny settings: it runs all three phases and prints sane JSON."""

import json

from widgets.app import main as app_main
from widgets.bench_wall import grid_for

KEYS = {"streams", "seconds", "displayed_fps", "decode_only_fps", "efficiency", "late_frames",
        "late_frames_definition", "slot_dropped_frames", "cpu_percent", "ttff_ms_p50", "decoder",
        "raw_decode_fps", "decode_vs_raw", "displayed_vs_raw"}


def test_grid_is_near_square():
    assert grid_for(1) == (1, 1)
    assert grid_for(2) == (1, 2)
    assert grid_for(16) == (4, 4)
    assert grid_for(20) == (4, 5)


def test_bench_wall_prints_one_json_object(qapp, capsys):
    rc = app_main(["bench", "wall", "--streams", "2", "--seconds", "1", "--warmup", "0.5",
                   "--clip-seconds", "2", "--rounds", "2", "--json"])
    assert rc == 0
    out = capsys.readouterr().out.strip()
    result = json.loads(out)  # one object, nothing else on stdout
    assert KEYS <= result.keys()
    assert result["streams"] == 2 and result["seconds"] == 1
    assert result["displayed_fps"] > 0 and result["decode_only_fps"] > 0 and result["raw_decode_fps"] > 0
    assert 0 < result["efficiency"] < 2
    assert result["rounds"] == 2 and len(result["efficiency_rounds"]) == 2 and all(result["efficiency_rounds"])
    assert 0 < result["decode_vs_raw"] < 2
    assert result["late_frames"] >= 0 and result["cpu_percent"] > 0
    assert result["ttff_ms_p50"] is not None and result["ttff_ms_p50"] > 0
    assert "h264" in result["decoder"]
    assert "failed" not in result["player_states"]


def test_bench_wall_needs_a_known_subcommand(capsys):
    assert app_main(["bench", "nope"]) == 2
    assert "bench wall" in capsys.readouterr().err


def test_rounds_are_combined_by_the_meaning_of_each_figure():
    from widgets.bench_wall import combine_rounds

    rounds = [{"displayed_fps": 300.0, "per_tile_fps_min": 18.0, "gui_timer_gap_ms_max": 40.0,
               "slot_dropped_frames": 3, "per_tile_fps": [20.0, 18.0], "decoder": "h264 (software)"},
              {"displayed_fps": 340.0, "per_tile_fps_min": 21.0, "gui_timer_gap_ms_max": 90.0,
               "slot_dropped_frames": 4, "per_tile_fps": [22.0, 21.0], "decoder": "h264 (software)"}]
    combined = combine_rounds(rounds)
    assert combined == {"displayed_fps": 320.0, "per_tile_fps_min": 18.0, "gui_timer_gap_ms_max": 90.0,
                        "slot_dropped_frames": 7, "per_tile_fps": [21.0, 19.5], "decoder": "h264 (software)"}


def test_the_decoder_setting_is_saved_applied_and_a_bad_one_ignored(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from console.video import hwaccel
    from widgets.app import apply_decoder_setting, build_parser

    monkeypatch.setattr(hwaccel, "_preferred", "auto")
    parser_choices = next(a.choices for a in build_parser()._actions if a.dest == "decoder")
    assert tuple(parser_choices) == hwaccel.DECODER_REQUESTS  # the CLI offers exactly what the engine knows
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    settings.setValue("video/decoder", "software")
    assert apply_decoder_setting(settings) == "software" and hwaccel.DecoderChoice().requested == "software"
    settings.setValue("video/decoder", "gpu-please")  # hand-edited, or from another version
    assert apply_decoder_setting(settings) == "auto" and hwaccel.DecoderChoice().requested == "auto"
