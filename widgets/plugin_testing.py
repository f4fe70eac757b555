"""pytest fixtures for plugin authors: install a plugin as a real distribution and load it into a real console.

Use them from your top-level conftest.py: `pytest_plugins = ["widgets.plugin_testing"]` (needs pytest-qt).

- `install_plugin(name, entry_points, version="0.1.0", files=None)` writes a `<name>-<version>.dist-info`
  directory (METADATA, entry_points.txt) into a temporary site folder on sys.path: importlib.metadata sees
  an installed distribution, exactly as after `pip install`. `files` ({relative path: text}) are written
  next to it (a plugin module). Removed from sys.path after the test.
- `plugin_console(only=[...])` builds a real main window with an empty city state and plugin settings in a
  temporary INI file, discovers the installed plugins (only the named entry points, so other plugins in the
  environment stay out; `dists=[...]` also filters by distribution name) and activates the enabled ones. Everything is shut down and closed after the test.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from console.plugins import ENTRY_POINT_GROUP


def write_dist_info(site: Path, name: str, entry_points: dict[str, str], version: str = "0.1.0",
                    group: str = ENTRY_POINT_GROUP) -> Path:
    """An installed distribution's metadata as pip writes it; returns the dist-info folder."""
    normalised = name.replace("-", "_")
    dist_info = site / f"{normalised}-{version}.dist-info"
    dist_info.mkdir(parents=True, exist_ok=True)
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    lines = [f"[{group}]"] + [f"{ep} = {target}" for ep, target in entry_points.items()]
    (dist_info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    (dist_info / "RECORD").write_text("")
    return dist_info


@pytest.fixture
def install_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Path]]:
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    added_modules: list[str] = []

    def install(name: str, entry_points: dict[str, str], version: str = "0.1.0",
                files: dict[str, str] | None = None) -> Path:
        for relative, text in (files or {}).items():
            path = site / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            added_modules.append(relative.split("/")[0].removesuffix(".py"))
        dist_info = write_dist_info(site, name, entry_points, version)
        importlib.invalidate_caches()
        return dist_info

    yield install
    for module in added_modules:  # the next test installs its own copy
        for loaded in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
            del sys.modules[loaded]
    importlib.invalidate_caches()


@pytest.fixture
def plugin_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def plugin_console(qtbot: Any, plugin_settings: QSettings) -> Iterator[Callable[..., Any]]:
    from console.ops.city_state import CityState
    from widgets.main_window import MainWindow
    from widgets.plugin_api import PluginContext

    made: list[tuple[Any, Any]] = []

    def make(only: list[str] | None = None, state: CityState | None = None,
             settings: QSettings | None = None, dists: list[str] | None = None) -> PluginContext:
        window = MainWindow(state or CityState())
        qtbot.addWidget(window)
        context = PluginContext(window, window.state, settings or plugin_settings)
        made.append((window, context))
        context.start(only=only, dists=dists)
        return context

    yield make
    for window, context in made:
        context.shutdown()
        window.close()
