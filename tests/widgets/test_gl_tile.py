"""Both renderers: the GPU tile (YUV textures + shader) under Xvfb with Mesa shows the CPU tile's colours."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from widgets.gl_tile import choose_renderer


def test_renderer_setting_overrides_and_offscreen_picks_cpu(qapp):
    assert choose_renderer("cpu") == "cpu" and choose_renderer("gpu") == "gpu"
    assert choose_renderer("auto") == "cpu"  # offscreen platform: no OpenGL context


def test_gpu_tile_matches_cpu_tile_colours_under_xvfb():
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (apt install xvfb)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 640x480x24", sys.executable, "-m",
                             "tests.widgets.gl_check"], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if "no_gl" in report:
        pytest.skip(report["no_gl"])
    assert report["gpu_error"] == ""
    for gpu, cpu in zip(report["gpu"], report["cpu"], strict=True):
        assert max(abs(g - c) for g, c in zip(gpu, cpu, strict=True)) <= 6, (report["renderer"], gpu, cpu)
