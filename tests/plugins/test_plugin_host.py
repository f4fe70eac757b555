"""The Qt-free plugin host: discovery from installed distributions, manifests, API versions, isolation, state."""

import time
from importlib import metadata

import pytest

from console.plugins import (
    ENTRY_POINT_GROUP,
    PLUGIN_API_VERSION,
    JsonStateStore,
    ManifestError,
    PluginHost,
    PluginManifest,
    PluginState,
    api_compatible,
)

SAMPLES = "tests.plugins.sample_plugins"


class Api:
    def __init__(self, record):
        self.record = record
        self.disposed = False

    def dispose(self):
        self.disposed = True


class Plain:
    """A module-like plugin object (no class to instantiate)."""

    MANIFEST = {"name": "plain", "version": "0.1", "api_version": "1", "provides": ["events"]}

    def __init__(self):
        self.calls = []

    def activate(self, api):
        self.calls.append(("activate", api))

    def deactivate(self):
        self.calls.append(("deactivate",))


def make_host(tmp_path, **kwargs):
    return PluginHost(Api, JsonStateStore(tmp_path / "plugins.json"), **kwargs)


def test_discovers_an_installed_distribution(install_plugin, tmp_path):
    install_plugin("qala-sample-plugins", {"facade": f"{SAMPLES}:FacadePlugin", "future": f"{SAMPLES}:FuturePlugin",
                                            "nomanifest": f"{SAMPLES}:NoManifest", "missing": "no_such_module:X",
                                            "badprov": f"{SAMPLES}:BadProvides"}, version="2.5.0")
    found = {ep.name: ep for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)}
    assert found["facade"].dist.metadata["Name"] == "qala-sample-plugins"
    JsonStateStore(tmp_path / "plugins.json").set_enabled("facade", False)  # needs a QApplication
    host = make_host(tmp_path)
    host.discover([ep for ep in found.values() if ep.dist.metadata["Name"] == "qala-sample-plugins"])
    plugins = host.plugins
    assert plugins["facade"].state is PluginState.DISABLED and plugins["facade"].version == "1.2.3"
    assert plugins["facade"].distribution == "qala-sample-plugins 2.5.0"
    assert plugins["facade"].manifest.provides[0] == "dock"
    assert plugins["future"].state is PluginState.INCOMPATIBLE
    assert "needs plugin API 2.0" in plugins["future"].errors[0]
    assert plugins["nomanifest"].state is PluginState.BROKEN and "MANIFEST" in plugins["nomanifest"].errors[0]
    assert plugins["missing"].state is PluginState.BROKEN and "ModuleNotFoundError" in plugins["missing"].errors[0]
    assert plugins["badprov"].state is PluginState.BROKEN and "root_shell" in plugins["badprov"].errors[0]
    host.activate_enabled()  # the incompatible one raises if activated
    assert plugins["future"].state is PluginState.INCOMPATIBLE


@pytest.mark.parametrize("wanted, ok", [("1", True), ("1.0", True), (PLUGIN_API_VERSION, True), ("1.9", False),
                                         ("0.9", False), ("2", False), ("x", False)])
def test_api_version_rule(wanted, ok):
    assert api_compatible(wanted, "1.0") is ok


@pytest.mark.parametrize("manifest, error", [
    (None, "must be a dict"),
    ({"name": "a", "version": "1", "provides": []}, "lacks api_version"),
    ({"name": "Bad Name", "version": "1", "api_version": "1", "provides": []}, "name"),
    ({"name": "a", "version": "", "api_version": "1", "provides": []}, "version"),
    ({"name": "a", "version": "1", "api_version": "v1", "provides": []}, "api_version"),
    ({"name": "a", "version": "1", "api_version": "1", "provides": "dock"}, "provides"),
])
def test_bad_manifests_are_refused_with_a_reason(manifest, error):
    with pytest.raises(ManifestError, match=error):
        PluginManifest.from_obj(manifest)


def test_activate_disable_enable_remembered(tmp_path):
    plugin = Plain()
    host = make_host(tmp_path)
    host.discover([])
    from console.plugins import PluginRecord

    host.plugins["plain"] = record = PluginRecord("plain", "", PluginManifest.from_obj(plugin.MANIFEST), target=plugin)
    host.activate_enabled()
    assert record.state is PluginState.ACTIVE and plugin.calls[0][0] == "activate"
    api = plugin.calls[0][1]
    assert host.set_enabled("plain", False) is PluginState.DISABLED
    assert plugin.calls[-1] == ("deactivate",) and api.disposed
    # a new host over the same settings file keeps it off
    again = make_host(tmp_path)
    assert again.is_enabled("plain") is False
    assert host.set_enabled("plain", True) is PluginState.ACTIVE
    assert make_host(tmp_path).is_enabled("plain") is True


def test_a_raising_hook_disables_and_reports(tmp_path):
    host = make_host(tmp_path)
    from console.plugins import PluginRecord

    plugin = Plain()
    host.plugins["plain"] = record = PluginRecord("plain", "", PluginManifest.from_obj(plugin.MANIFEST), target=plugin)
    failures = []
    host.sig_failed.connect(lambda rec, message: failures.append((rec.name, message)))
    host.activate_enabled()
    api = record.api

    def handler(x):
        raise KeyError(x)

    guarded = host.guard(record, "event x", handler)
    assert guarded("k") is None  # swallowed, not raised
    assert record.state is PluginState.FAILED and api.disposed
    assert failures == [("plain", "event x: KeyError: 'k'")]
    assert guarded("again") is None and len(failures) == 1  # a failed plugin is never called again
    assert make_host(tmp_path).is_enabled("plain") is True  # failing is not the operator's choice


def test_a_slow_hook_is_reported_and_keeps_running(tmp_path):
    host = make_host(tmp_path, slow_call_s=0.2)
    from console.plugins import PluginRecord

    plugin = Plain()
    host.plugins["plain"] = record = PluginRecord("plain", "", PluginManifest.from_obj(plugin.MANIFEST), target=plugin)
    host.activate_enabled()
    slow = []
    host.sig_slow.connect(lambda rec, hook, ms: slow.append((hook, ms)))
    assert host.guard(record, "quick", lambda: 1)() == 1
    assert slow == []
    assert host.guard(record, "sleepy", lambda: time.sleep(0.25) or 2)() == 2
    assert slow[0][0] == "sleepy" and slow[0][1] >= 250
    assert record.state is PluginState.ACTIVE and "sleepy blocked the GUI thread" in record.slow_calls[0]


def test_json_store_survives_a_corrupt_file(tmp_path):
    path = tmp_path / "plugins.json"
    path.write_text("{not json")
    store = JsonStateStore(path)
    assert store.enabled("x") is None
    store.set_enabled("x", False)
    assert JsonStateStore(path).enabled("x") is False


def test_a_hook_still_blocking_is_reported_before_it_returns(tmp_path, caplog):
    host = make_host(tmp_path, slow_call_s=0.2)
    from console.plugins import PluginRecord

    plugin = Plain()
    host.plugins["plain"] = record = PluginRecord("plain", "", PluginManifest.from_obj(plugin.MANIFEST), target=plugin)
    host.activate_enabled()
    host.start_watchdog()
    seen_while_running = []

    def stuck():
        deadline = time.monotonic() + 10
        while not record.slow_calls and time.monotonic() < deadline:  # a hung hook, until the watchdog speaks
            time.sleep(0.01)
        seen_while_running.extend(record.slow_calls)

    try:
        host.guard(record, "stuck hook", stuck)()
    finally:
        host.shutdown()
    assert seen_while_running and "stuck hook still holding the GUI thread after" in seen_while_running[0]
    assert "in stuck" in caplog.text  # the stack it was stuck in
    assert any("stuck hook blocked the GUI thread" in s for s in record.slow_calls)  # and the total on return
