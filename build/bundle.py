"""Builds the self-contained one-folder bundle with PyInstaller: dist/qala-console/qala-console (+ _internal/).

    python build/bundle.py [--dist DIR] [--work DIR]

The bundle runs every subcommand (`self-check`, `sim`, the console) without a Python installation; the
embedded backend's processes are the same executable (`sim`, `sim-video-worker`). build/deb.py packages it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "qala-console"
# Qt modules the console never imports: leaving them out keeps the bundle (and the build) smaller
EXCLUDED = [
    "tkinter", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtQuick3D", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtMultimedia",
    "PySide6.QtPdf", "PySide6.QtBluetooth", "PySide6.QtDesigner", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech",
    "PySide6.QtWebSockets", "PySide6.QtWebChannel", "PySide6.QtHttpServer", "PySide6.QtNfc",
    "matplotlib", "IPython", "pytest", "mypy", "ruff", "PyInstaller",
]


def build(dist: Path, work: Path) -> Path:
    sep = ";" if os.name == "nt" else ":"
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", NAME,
        "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work), "--log-level", "WARN",
        "--paths", str(ROOT),
        "--add-data", f"{ROOT / 'resources' / 'translations'}{sep}resources/translations",
        "--add-data", f"{ROOT / 'resources' / 'icons'}{sep}resources/icons",
        "--collect-submodules", "console", "--collect-submodules", "widgets", "--collect-submodules", "plugins",
        "--hidden-import", "keyring.backends.SecretService", "--hidden-import", "keyring.backends.Windows",
        "--hidden-import", "keyring.backends.macOS",
        *[arg for module in EXCLUDED for arg in ("--exclude-module", module)],
        str(ROOT / "build" / "entry.py"),
    ]
    if os.name == "nt":
        command[-1:-1] = ["--icon", str(ROOT / "resources" / "icons" / "qala-console-256.png")]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / NAME


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "out" / "pyinstaller")
    args = parser.parse_args()
    started = time.monotonic()
    bundle = build(args.dist, args.work)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB) built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
