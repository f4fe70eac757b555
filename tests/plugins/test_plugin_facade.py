"""The public facade in a real main window: every hook works, a raising hook disables only its plugin."""

import threading

import pytest
from PySide6.QtWidgets import QDockWidget

from console.api.models import Camera, Envelope, Incident
from console.plugins import PluginState
from console.video import StreamState, sources
from tests.plugins.sample_plugins import HOOKS
from tests.widgets.wall_fixtures import camera_json
from widgets.plugin_api import SettingsStateStore

SAMPLES = "tests.plugins.sample_plugins"
INCIDENT = {"id": "inc-1", "type": "road_accident", "severity": "high", "status": "new", "lat": 51.0, "lon": 71.0,
            "title": "Crash", "created_ms": 1_700_000_000_000, "updated_ms": 1_700_000_000_000}


@pytest.fixture
def installed(install_plugin):
    install_plugin("qala-test-plugins", {name: f"{SAMPLES}:{cls}" for name, cls in
                                         (("facade", "FacadePlugin"), ("raising", "RaisingPlugin"),
                                          ("slow", "SlowPlugin"))})


def docks(window):
    return {d.windowTitle() for d in window.findChildren(QDockWidget)}


def sos(seq=1):
    return Envelope(seq, 0, "sos.pressed", {"point_id": "sos-01", "lat": 51.0, "lon": 71.0, "incident_id": "i"})


def show_camera(window, url):
    window.state.set_cameras([Camera.from_json(camera_json(1, url))])


def test_every_facade_hook_reaches_the_plugin(installed, plugin_console, plugin_settings, clip_url, qtbot):
    plugin_settings.setValue("plugins/facade/config/clip", clip_url)
    context = plugin_console(only=["facade"])
    window = context.window
    window.show()
    record = context.host.plugins["facade"]
    plugin = record.instance
    assert record.state is PluginState.ACTIVE and record.distribution == "qala-test-plugins 0.1.0"
    assert "Facade" in docks(window)
    # map layer and legend
    window.map_pane.grab()
    assert plugin.painted >= 1
    assert context.map_layers.legend_entries()[0][0] == "Facade points"
    # incident action
    incident = Incident.from_json(INCIDENT)
    window.state.incidents.upsert(incident)
    [action] = [a for a in window.incident_list.context_menu(incident).actions() if a.text() == "Escalate"]
    action.trigger()
    assert plugin.actions == [incident]
    # events from the backend, and events a plugin feeds in from its own thread
    window.state.apply(sos())
    assert plugin.events[0][0] == "sos.pressed" and plugin.events[0][1]["point_id"] == "sos-01"
    worker = threading.Thread(target=record.api.emit_event, args=("sos.pressed", {"point_id": "sos-09"}))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(plugin.events) == 2, timeout=5000)
    assert plugin.events[1][1] == {"point_id": "sos-09"}
    assert window.state.event_counts["sos.pressed"] == 2
    # a myvms:// camera plays through the plugin's resolver, and the tile overlay is drawn on its pictures
    show_camera(window, "myvms://site-a/camera/1")
    qtbot.waitUntil(lambda: len(plugin.overlays) > 0, timeout=20000)
    assert plugin.resolved and plugin.resolved[0] == "myvms://site-a/camera/1"
    assert plugin.overlays[0][0] == "cam-01"
    assert window.wall.players or window.wall.tiles[0].frame is not None
    # disabling removes everything it added
    assert context.host.set_enabled("facade", False) is PluginState.DISABLED
    qtbot.waitUntil(lambda: "Facade" not in docks(window), timeout=5000)
    assert plugin.deactivated
    assert context.map_layers.layers == [] and window.wall.plugin_overlays == []
    assert window.incident_list.plugin_actions == [] and "myvms" not in sources.registered_schemes()
    window.state.apply(sos(2))
    assert len(plugin.events) == 2
    window.wall.stop()


def test_enable_disable_is_remembered(installed, plugin_console, plugin_settings):
    first = plugin_console(only=["facade", "slow"])
    first.host.set_enabled("facade", False)
    assert SettingsStateStore(plugin_settings).enabled("facade") is False
    second = plugin_console(only=["facade", "slow"])  # the next start of the console
    assert second.host.plugins["facade"].state is PluginState.DISABLED
    assert second.host.plugins["slow"].state is PluginState.ACTIVE
    assert second.host.set_enabled("facade", True) is PluginState.ACTIVE
    second.shutdown()  # one console per process: its schemes are gone before the next starts
    third = plugin_console(only=["facade", "slow"])
    assert third.host.plugins["facade"].state is PluginState.ACTIVE


def trigger(hook, context, clip_url, qtbot):
    window = context.window
    if hook in ("event", "deactivate"):
        window.state.apply(sos())
    if hook in ("map_paint", "map_legend", "map_legend_value"):
        window.map_pane.grab()
    if hook == "tile_overlay":
        show_camera(window, "myvms://camera/1")  # the facade plugin plays the clip
    if hook == "incident_action":
        incident = Incident.from_json(INCIDENT)
        window.state.incidents.upsert(incident)
        [action] = [a for a in window.incident_list.context_menu(incident).actions() if a.text() == "Boom"]
        action.trigger()
    if hook == "stream_scheme":
        show_camera(window, "boomvms://camera/1")
    if hook == "deactivate":
        context.host.set_enabled("raising", False)


@pytest.mark.parametrize("hook", HOOKS)
def test_a_plugin_raising_in_any_hook_is_disabled_and_the_console_keeps_working(
        hook, installed, plugin_console, plugin_settings, clip_url, qtbot):
    plugin_settings.setValue("plugins/raising/config/raise_in", hook)
    plugin_settings.setValue("plugins/facade/config/clip", clip_url)
    context = plugin_console(only=["facade", "raising"])
    window = context.window
    window.show()
    raising, facade = context.host.plugins["raising"], context.host.plugins["facade"]
    facade_plugin = facade.instance
    trigger(hook, context, clip_url, qtbot)
    expected_error = "legend entries are (label, colour[, shape])" if hook == "map_legend_value" else f"boom in {hook}"
    qtbot.waitUntil(lambda: any(expected_error in e for e in raising.errors), timeout=20000)
    expected = PluginState.DISABLED if hook == "deactivate" else PluginState.FAILED
    assert raising.state is expected
    # the operator is told, in the status bar
    assert any("raising" in n and expected_error in n for n in context.notices)
    assert "raising" in window.statusBar().currentMessage()
    # everything the failed plugin added is gone; the other plugin and the console keep working
    qtbot.waitUntil(lambda: "Raising" not in docks(window), timeout=5000)
    assert "boomvms" not in sources.registered_schemes()
    assert all(entry.owner != "raising" for entry in context.map_layers.layers)
    assert facade.state is PluginState.ACTIVE
    window.state.apply(sos(50))
    assert facade_plugin.events[-1][0] == "sos.pressed"
    painted = facade_plugin.painted
    window.map_pane.grab()
    assert facade_plugin.painted == painted + 1
    if hook == "stream_scheme":  # the tile says why it cannot play
        qtbot.waitUntil(lambda: window.wall.tiles[0].state is StreamState.FAILED, timeout=10000)
        assert "boomvms:// could not be resolved" in window.wall.tiles[0].reason
    window.wall.stop()


def test_a_plugin_blocking_the_gui_thread_is_reported(installed, plugin_console, plugin_settings):
    plugin_settings.setValue("plugins/slow/config/sleep_ms", 300)
    context = plugin_console(only=["slow"])
    record = context.host.plugins["slow"]
    context.window.state.apply(sos())
    assert record.instance.seen == 1
    assert record.state is PluginState.ACTIVE  # reported, not disabled
    assert any("blocked the GUI thread" in s for s in record.slow_calls)
    assert any("slow" in n and "ms" in n for n in context.notices)
    plugin_settings.setValue("plugins/slow/config/sleep_ms", 0)
    before = len(record.slow_calls)
    context.window.state.apply(sos(2))
    assert len(record.slow_calls) == before
