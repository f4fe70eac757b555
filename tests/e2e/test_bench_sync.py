"""`qala-console bench sync` on the real demo path: boxes are drawn for the very frame they were computed on."""

import json
import os
import subprocess
import sys

import pytest

from widgets.bench_sync import percentile, true_frame_time

pytestmark = pytest.mark.e2e


def test_true_frame_time_recovers_the_stamped_frame_across_the_wrap():
    assert true_frame_time(100, 100 * 40) == 4000
    assert true_frame_time(101, 100 * 40 + 39) == 4040  # the clock said frame 100; the picture is frame 101
    assert true_frame_time(65535, 65536 * 40) == 65535 * 40  # across the 16-bit wrap
    assert percentile([1, 2, 3, 4, 100], 50) == 3 and percentile([], 95) == 0.0


def test_bench_sync_measures_within_twenty_ms_at_p95():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "widgets.app", "bench", "sync", "--seconds", "4", "--warmup", "2",
                             "--layout", "2x2", "--json"], capture_output=True, text=True, timeout=150, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["pairs"] > 0 and report["boxes"] > 0, report
    assert report["p95_ms"] <= 20 and report["wrong_camera"] == 0, report
    assert report["position_px_p95"] <= 2, report
