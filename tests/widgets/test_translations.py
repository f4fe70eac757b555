import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from widgets.translations import TRANSLATIONS, install_translation

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_has_kk_and_ru():
    result = subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_compiled_catalogues_match_the_sources(tmp_path):
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in ("kk", "ru", "en"):
        out = tmp_path / f"{lang}.qm"
        subprocess.run([str(tool), "-silent", str(TRANSLATIONS / f"qala_{lang}.ts"), "-qm", str(out)], check=True)
        assert out.read_bytes() == (TRANSLATIONS / f"qala_{lang}.qm").read_bytes(), f"run build/i18n.py ({lang})"


@pytest.mark.parametrize("lang, expected", [("kk", "Камералар"), ("ru", "Камеры"), ("en", "Cameras")])
def test_switches_language_at_runtime(qapp, lang, expected):
    assert install_translation(lang)
    assert QCoreApplication.translate("MainWindow", "Cameras") == expected
    install_translation("en")
