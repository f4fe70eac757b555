"""Built-in plugin mqtt_sos against a real Mosquitto broker: publish -> sos.pressed / sensor.reading in the console."""

import json

import pytest

from console.api.models import Site
from console.plugins import PluginState
from plugins.mqtt_sos.messages import BridgeConfigError, BrokerConfig, sensor_event, sos_event, topic_matches
from tests.plugins.conftest import BUILTINS
from tests.plugins.mosquitto import make_test_ca


def settings_get(values):
    return lambda key, default=None: values.get(key, default)


def test_messages_map_to_events():
    press = sos_event("city/sos/sos-01/pressed", b'{"lat": 51.08, "lon": 71.64}')
    assert press == {"point_id": "sos-01", "lat": 51.08, "lon": 71.64, "incident_id": None, "source": "mqtt",
                     "topic": "city/sos/sos-01/pressed"}
    assert sos_event("city/sos/x", b'{"point_id": "sos-07", "pressed": true}')["point_id"] == "sos-07"
    assert sos_event("city/sos/sos-02", b"1")["point_id"] == "sos-02"
    assert sos_event("city/sos/sos-02", b"released") is None
    assert sos_event("city/sos/sos-02", b'{"pressed": false}') is None
    for garbage in (b"\xff\xfe", b"maybe", b'{"lat": 123}'):
        with pytest.raises(ValueError):
            sos_event("city/sos/sos-03", garbage)
    reading = sensor_event("city/sensors/river-3/level", b"2.75")
    assert (reading["sensor_id"], reading["quantity"], reading["value"]) == ("river-3", "level", 2.75)
    assert sensor_event("t/s", b'{"sensor_id": "co-1", "quantity": "co", "value": 9, "unit": "ppm"}')["unit"] == "ppm"
    with pytest.raises(ValueError, match="not a number"):
        sensor_event("city/sensors/a/b", b"NaN")
    assert topic_matches("city/sos/#", "city/sos/a/b") and topic_matches("city/+/a", "city/sos/a")
    assert not topic_matches("city/+/a", "city/sos/a/b") and not topic_matches("city/sos", "city/sos/a")


def test_broker_settings():
    config = BrokerConfig.from_settings(settings_get({"broker": "mqtts://op%40x:p%3Ass@broker.city.kz",
                                                      "sos_topics": "a/#, b/+/c", "ca_file": "/etc/ca.pem"}))
    assert (config.host, config.port, config.tls, config.username, config.password) == (
        "broker.city.kz", 8883, True, "op@x", "p:ss")
    assert config.sos_topics == ("a/#", "b/+/c") and config.sensor_topics == ("city/sensors/#",)
    assert BrokerConfig.from_settings(settings_get({"broker": "mqtt://h"})).port == 1883
    for bad, why in (({}, "no broker"), ({"broker": "http://h"}, "mqtt://"), ({"broker": "mqtt://h:99999"}, "port"),
                     ({"broker": "mqtt://h", "sos_topics": "a/#/b"}, "topic"),
                     ({"broker": "mqtt://h", "sensor_topics": ["a/b+"]}, "topic")):
        with pytest.raises(BridgeConfigError, match=why):
            BrokerConfig.from_settings(settings_get(bad))


def start_console(plugin_console, plugin_settings, broker, **extra):
    plugin_settings.setValue("plugins/mqtt_sos/config/broker", broker.url)
    for key, value in extra.items():
        plugin_settings.setValue(f"plugins/mqtt_sos/config/{key}", value)
    context = plugin_console(only=["mqtt_sos"], dists=[BUILTINS])
    record = context.host.plugins["mqtt_sos"]
    assert record.state is PluginState.ACTIVE, record.errors
    seen = []
    context.window.state.sig_event.connect(lambda envelope: seen.append(envelope))
    return context, record.instance, seen


def test_sos_and_sensor_messages_become_console_events(builtin_plugins, plugin_console, plugin_settings,
                                                       mosquitto, qtbot):
    mosquitto.publish("city/sos/sos-99", b"1", retain=True)  # stale: stored before the console connected
    context, plugin, seen = start_console(plugin_console, plugin_settings, mosquitto)
    state = context.window.state
    state.set_site(Site.from_json({"name": "Kosshy", "centre": {"lat": 51.08, "lon": 71.64}, "sos_points": [
        {"id": "sos-02", "name": "Bus terminal", "lat": 51.072, "lon": 71.627}]}))
    qtbot.waitUntil(lambda: plugin.state == "online", timeout=20000)
    mosquitto.publish("city/sos/sos-01/pressed", json.dumps({"lat": 51.08, "lon": 71.64}))
    qtbot.waitUntil(lambda: state.event_counts["sos.pressed"] == 1, timeout=10000)
    [sos] = [e for e in seen if e.type == "sos.pressed"]
    assert sos.data["point_id"] == "sos-01" and sos.data["lat"] == 51.08 and sos.data["source"] == "mqtt"
    assert any("SOS pressed at sos-01" in n for n in context.notices)
    assert "sos-01" in plugin.list.item(0).text()
    mosquitto.publish("city/sensors/river-3/level", b"2.75")
    mosquitto.publish("city/sos/sos-01", b"garbage")
    mosquitto.publish("city/sos/sos-01", b"0")  # released: no event
    mosquitto.publish("city/sos/sos-02", b'{"pressed": true}')
    qtbot.waitUntil(lambda: state.event_counts["sos.pressed"] == 2 and state.event_counts["sensor.reading"] == 1,
                    timeout=10000)
    # a press without coordinates is placed at its call point from the site, and shown on the map
    [located] = [e for e in seen if e.type == "sos.pressed" and e.data["point_id"] == "sos-02"]
    assert (located.data["lat"], located.data["lon"]) == (51.072, 71.627)
    feed = context.window.map_pane.view.feed
    assert set(feed.sos) == {"sos-01", "sos-02"} and feed.rejected == 0
    [reading] = [e for e in seen if e.type == "sensor.reading"]
    assert reading.data["sensor_id"] == "river-3" and reading.data["value"] == 2.75
    counts = plugin.bridge.counts
    assert counts["rejected"] == 1 and counts["sos released"] == 1 and counts["retained skipped"] == 1
    assert "not an SOS state" in plugin.bridge.last_problem
    assert "sos-99" not in [e.data.get("point_id") for e in seen]
    # the broker restarts: the bridge says offline, reconnects by itself and delivers again
    mosquitto.stop()
    qtbot.waitUntil(lambda: plugin.state == "offline", timeout=20000)
    assert any("MQTT broker unreachable" in n for n in context.notices)
    mosquitto.start()
    qtbot.waitUntil(lambda: plugin.state == "online", timeout=30000)
    mosquitto.publish("city/sos/sos-03", b"pressed")
    qtbot.waitUntil(lambda: state.event_counts["sos.pressed"] == 3, timeout=10000)
    # disabling the plugin stops its network thread (the autouse fixture checks no thread is left)
    context.host.set_enabled("mqtt_sos", False)
    assert plugin.bridge is None


def test_tls_with_the_sites_ca(builtin_plugins, plugin_console, plugin_settings, mosquitto_tls, qtbot, tmp_path):
    context, plugin, seen = start_console(plugin_console, plugin_settings, mosquitto_tls,
                                          ca_file=mosquitto_tls.tls["ca"])
    qtbot.waitUntil(lambda: plugin.state == "online", timeout=20000)
    mosquitto_tls.publish("city/sos/sos-05", b"1")
    qtbot.waitUntil(lambda: any(e.type == "sos.pressed" for e in seen), timeout=10000)
    assert seen[-1].data["point_id"] == "sos-05"
    context.shutdown()


def test_tls_with_a_wrong_ca_is_refused(builtin_plugins, plugin_console, plugin_settings, mosquitto_tls, qtbot,
                                        tmp_path):
    other = tmp_path / "other-ca"
    other.mkdir()
    wrong = make_test_ca(other)["ca"]
    context, plugin, seen = start_console(plugin_console, plugin_settings, mosquitto_tls, ca_file=wrong)
    qtbot.waitUntil(lambda: any("MQTT broker unreachable" in n for n in context.notices), timeout=20000)
    assert plugin.state == "offline" and not seen
    context.shutdown()


def test_no_broker_configured_is_said_and_harmless(builtin_plugins, plugin_console):
    context = plugin_console(only=["mqtt_sos"], dists=[BUILTINS])
    record = context.host.plugins["mqtt_sos"]
    assert record.state is PluginState.ACTIVE and record.instance.bridge is None
    assert "no broker configured" in record.instance.status.text()
    assert any("no broker configured" in n for n in context.notices)
