"""Packages the one-folder bundle (build/bundle.py) as a Debian package: /opt/qala-console, /usr/bin/qala-console,
a desktop entry and the icon.

    python build/deb.py [--bundle dist/qala-console] [--out dist]

Install with `sudo apt install ./dist/qala-console_<version>_<arch>.deb`; remove with `sudo apt remove qala-console`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "qala-console"
# what Qt's xcb platform and OpenGL need from the system (the bundle carries Qt itself)
DEPENDS = ["libc6", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0", "libxkbcommon-x11-0",
           "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
           "libxcb-randr0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxcb-xfixes0"]

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Qala Console
Name[kk]=Qala Console
Name[ru]=Qala Console
GenericName=Smart City operations console
GenericName[kk]=Ақылды қала операциялық консолі
GenericName[ru]=Операционная консоль «Умного города»
Comment=Video wall, incidents, dispatch and map for city operations centres
Exec=/opt/qala-console/qala-console %U
Icon=qala-console
Terminal=false
Categories=Network;Video;Monitor;
StartupWMClass=qala-console
"""


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / NAME).is_file():
        raise SystemExit(f"no bundle at {bundle}: run build/bundle.py first")
    arch, ver = architecture(), version()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="qala-deb-") as tmp:
        stage = Path(tmp) / "root"
        shutil.copytree(bundle, stage / "opt" / NAME, symlinks=True)
        (stage / "usr" / "bin").mkdir(parents=True)
        os.symlink(f"/opt/{NAME}/{NAME}", stage / "usr" / "bin" / NAME)
        apps = stage / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / f"{NAME}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
        icons = stage / "usr" / "share" / "icons" / "hicolor"
        for folder, source in (("scalable", "qala-console.svg"), ("256x256", "qala-console-256.png"),
                               ("48x48", "qala-console-48.png")):
            target = icons / folder / "apps"
            target.mkdir(parents=True)
            shutil.copy(ROOT / "resources" / "icons" / source, target / (NAME + Path(source).suffix))
        size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN" / "control").write_text(
            f"Package: {NAME}\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: Qala <it@qala.local>\n"
            f"Installed-Size: {size_kib}\nDepends: {', '.join(DEPENDS)}\nSection: video\nPriority: optional\n"
            "Description: Qala Console, the Smart City operations console\n"
            " Video wall, incidents, dispatch and map for city and district operations centres.\n"
            " Run `qala-console self-check` after installing.\n", encoding="utf-8")
        deb = out / f"{NAME}_{ver}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(stage), str(deb)],
                       check=True, stdout=subprocess.DEVNULL)
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    deb = build(args.bundle, args.out)
    print(f"package: {deb} ({deb.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
