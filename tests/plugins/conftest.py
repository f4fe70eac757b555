"""Plugin tests use the same fixtures plugin authors get (widgets.plugin_testing)."""

from tests.widgets.wall_fixtures import clip_url  # noqa: F401 - fixture
from widgets.plugin_testing import install_plugin, plugin_console, plugin_settings  # noqa: F401 - fixtures
