"""The plugin author's guide example (examples/hello_plugin), installed as a distribution and loaded."""

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QDockWidget

from console.api.models import Envelope, Incident
from console.plugins import PluginState
from tests.plugins.test_plugin_facade import INCIDENT

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "hello_plugin"


def test_the_example_plugin_installs_and_runs(install_plugin, plugin_console):
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text())["project"]
    # what `pip install examples/hello_plugin` puts in site-packages: the module and the dist-info
    install_plugin(project["name"], project["entry-points"]["qala_console.plugins"], project["version"],
                   files={"hello_plugin.py": (EXAMPLE / "hello_plugin.py").read_text()})
    context = plugin_console(only=["hello"])
    record = context.host.plugins["hello"]
    assert record.state is PluginState.ACTIVE, record.errors
    assert record.distribution == "qala-hello-plugin 0.1.0"
    window = context.window
    assert "Hello" in [d.windowTitle() for d in window.findChildren(QDockWidget)]
    window.state.apply(Envelope(1, 0, "unit.updated", {}))  # malformed: the core rejects it, plugins never see it
    window.state.apply(Envelope(2, 0, "sos.pressed", {"point_id": "sos-01"}))
    assert record.instance.label.text() == "1 events, last: sos.pressed"
    incident = Incident.from_json(INCIDENT)
    window.state.incidents.upsert(incident)
    [action] = window.incident_list.context_menu(incident).actions()
    action.trigger()
    assert context.notices[-1] == "hello: Hello, Crash!"
