"""Plugin tests use the same fixtures plugin authors get (widgets.plugin_testing)."""

import tomllib
from pathlib import Path

import pytest

from tests.plugins.mosquitto import mosquitto, mosquitto_tls  # noqa: F401 - fixtures
from tests.widgets.wall_fixtures import clip_url  # noqa: F401 - fixture
from widgets.plugin_testing import install_plugin, plugin_console, plugin_settings  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
BUILTINS = "qala-console-builtins"


@pytest.fixture
def builtin_plugins(install_plugin):  # noqa: F811 - the fixture above
    """The built-in plugins installed exactly as pyproject.toml registers them (a dist-info of its entry points)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    entry_points = project["entry-points"]["qala_console.plugins"]
    install_plugin(BUILTINS, entry_points, version=project["version"])
    return entry_points
