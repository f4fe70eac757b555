"""Plugin stream schemes in the Qt-free source layer: resolution, refusals, loops, failures."""

import pytest

from console.video import StreamState
from console.video.player import StreamPlayer
from console.video.sources import (
    SourceError,
    register_scheme,
    registered_schemes,
    resolve_source,
    unregister_scheme,
)


@pytest.fixture
def scheme():
    added = []

    def add(name, resolver):
        register_scheme(name, resolver)
        added.append(name)

    yield add
    for name in added:
        unregister_scheme(name)


def test_resolves_through_chains_and_refuses_built_in_schemes(scheme):
    scheme("myvms", lambda url: url.replace("myvms://", "vmsgw://"))
    scheme("vmsgw", lambda url: url.replace("vmsgw://", "rtsp://10.0.0.1/"))
    assert resolve_source("myvms://cam/7") == "rtsp://10.0.0.1/cam/7"
    assert resolve_source("http://x/y.ts") == "http://x/y.ts"
    assert registered_schemes() == ["myvms", "vmsgw"]
    for taken in ("rtsp", "http", "file", "c", "myvms", "bad scheme"):
        with pytest.raises(ValueError):
            register_scheme(taken, str)


def test_loops_and_failures_are_clear_errors(scheme):
    scheme("loopa", lambda url: url.replace("loopa:", "loopb:"))
    scheme("loopb", lambda url: url.replace("loopb:", "loopa:"))
    with pytest.raises(SourceError, match="more than 4"):
        resolve_source("loopa://x")
    scheme("down", lambda url: 1 / 0)
    with pytest.raises(SourceError, match="down:// could not be resolved: ZeroDivisionError"):
        resolve_source("down://x")
    scheme("empty", lambda url: "")
    with pytest.raises(SourceError, match="not a URL"):
        resolve_source("empty://x")


def test_player_plays_a_resolved_url_and_fails_clearly_otherwise(scheme, clip_url, qtbot):
    scheme("myvms", lambda url: clip_url)
    scheme("down", lambda url: 1 / 0)
    good = StreamPlayer("myvms://camera/1", output_size=(160, 90))
    assert good.url == clip_url and good.source_url == "myvms://camera/1"
    good.start()
    qtbot.waitUntil(lambda: good.slot.peek() is not None or good.state is StreamState.STOPPED, timeout=20000)
    assert good.stats().frames_decoded > 0
    good.stop()
    bad = StreamPlayer("down://camera/1")
    bad.start()
    qtbot.waitUntil(lambda: bad.state is StreamState.FAILED, timeout=10000)
    assert "down:// could not be resolved" in bad.reason
    bad.stop()
