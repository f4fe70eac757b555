"""The Language menu switches every visible text at runtime, without restarting the console."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from console.api.events import LinkState
from console.ops.city_state import CityState
from widgets.console_controller import ConsoleController
from widgets.console_menus import ConsoleMenus
from widgets.main_window import MainWindow
from widgets.translations import install_translation


@pytest.fixture
def console(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(CityState())
    qtbot.addWidget(window)
    controller = ConsoleController(window, settings, use_keyring=False)
    menus = ConsoleMenus(window, controller, settings)
    window.set_site("City", {"username": "operator", "role": "operator"})
    window.set_link(LinkState.ONLINE, "")
    yield window, menus, settings
    window.wall.stop()
    install_translation("en")


def texts(window, menus):
    docks = {d.objectName(): d.windowTitle() for d in window.findChildren(QDockWidget)}
    header = window.incident_list.model().headerData(0, Qt.Orientation.Horizontal)
    return {"title": window.windowTitle(), "cameras": docks["dock-cameras"], "incidents": docks["dock-incidents"],
            "site_menu": menus.site_menu.title(), "language_menu": menus.language_menu.title(),
            "acknowledge": menus.acknowledge_action.text(), "link": window.link_label.text(),
            "user": window.user_label.text(), "header": header}


@pytest.mark.parametrize("lang, expected", [
    ("kk", {"cameras": "Камералар", "site_menu": "&Нысан", "language_menu": "&Тіл", "user": "оператор"}),
    ("ru", {"cameras": "Камеры", "site_menu": "&Объект", "language_menu": "&Язык", "user": "оператор"}),
])
def test_language_menu_retranslates_the_visible_window(console, lang, expected):
    window, menus, settings = console
    install_translation("en")
    english = texts(window, menus)
    assert english["cameras"] == "Cameras" and english["site_menu"] == "&Site"
    menus.language_actions[lang].trigger()
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every widget
    switched = texts(window, menus)
    assert switched["cameras"] == expected["cameras"]
    assert switched["site_menu"] == expected["site_menu"] and switched["language_menu"] == expected["language_menu"]
    assert expected["user"] in switched["user"] and "City" in switched["user"]
    # every text changed language (the window title is the product name in every language)
    changed = {key for key in english if english[key] != switched[key]}
    assert changed >= {"cameras", "incidents", "site_menu", "language_menu", "acknowledge", "link", "header"}, changed
    assert settings.value("ui/language") == lang  # and the choice is remembered for the next start
    menus.language_actions["en"].trigger()
    QCoreApplication.processEvents()
    assert texts(window, menus) == english


def test_the_completeness_check_fails_on_a_string_missing_from_kk_or_ru():
    """build/i18n.py --check (run by test_translations.py) reports an untranslated string in each language."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("i18n", Path(__file__).resolve().parents[2] / "build" / "i18n.py")
    i18n = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(i18n)
    catalogue = i18n.extract()
    assert i18n.missing(catalogue) == []
    catalogue.setdefault("ConsoleMenus", []).append("A string nobody translated")
    assert i18n.missing(catalogue) == ["kk: ConsoleMenus: 'A string nobody translated'",
                                       "ru: ConsoleMenus: 'A string nobody translated'"]
