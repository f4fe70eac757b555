"""console.video must never import Qt (the GUI lives in widgets/)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
import sys
import console.video, console.video.probe, console.video.klv
qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'qtpy'))
print(','.join(qt))
"""


def test_importing_the_video_engine_loads_no_qt():
    result = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_no_qt_import_in_the_source():
    for path in (ROOT / "console" / "video").rglob("*.py"):
        text = path.read_text()
        assert "PySide6" not in text and "PyQt" not in text, path
