"""Loads the shipped kk / ru / en translations into the running application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")

_installed: QTranslator | None = None
_language = "en"


def current_language() -> str:
    """The language of the installed catalogue ("en" when none): for texts kept in data files (SOP checklists)."""
    return _language


def pick_language(requested: str | None = None) -> str:
    """The requested language, else the system's if we ship it, else Russian (the centres' common language)."""
    if requested in LANGUAGES:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "ru"


def install_translation(language: str) -> bool:
    """Replace the active translation; True when the catalogue loaded. Safe to call at runtime."""
    global _installed, _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"qala_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed = translator
    _language = language
    return True
