"""`qala-console bench map` drives the real map pane and reports its smoothness (no timing asserted here: the
numbers are the bench's job; the test checks that it measures what it says)."""

import json

from widgets.app import main


def test_bench_map_pans_zooms_and_reports(qapp, capsys):
    assert main(["bench", "map", "--cameras", "400", "--units", "30", "--seconds", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for key in ("fps_p50", "frame_ms_p95", "cpu_ms_per_frame_p50", "phases", "platform"):
        assert key in result
    assert result["cameras"] == 400 and result["units"] == 30
    assert result["frames"] > 3 and result["fps_p50"] > 0 and result["frame_ms_p95"] > 0
    assert set(result["phases"]) == {"pan_z16", "zoom_12_17", "pan_z13_clustered"}
    assert all(phase["frames"] > 0 for phase in result["phases"].values())
    assert result["unit_events"] >= 30 * 2  # moved at start and at least once a second after
    assert result["tiles_cached"] > 0


def test_bench_map_rejects_bad_arguments(qapp, capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["bench", "map", "--size", "10x10"])
    assert "--size" in capsys.readouterr().err
