"""Fixtures shared by the widget tests."""

from tests.widgets.wall_fixtures import cameras, clip_url, make_wall  # noqa: F401 - fixtures
