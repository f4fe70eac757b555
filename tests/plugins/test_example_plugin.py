"""The plugin author's guide example (examples/hello_plugin), installed as a distribution and loaded."""

import os
import subprocess
import sys
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


AUTHOR_TEST = '''
from pathlib import Path

from console.api.models import Envelope

HERE = Path(__file__).parent


def test_hello_counts_events(install_plugin, plugin_console):
    install_plugin("qala-hello-plugin", {"hello": "hello_plugin:HelloPlugin"},
                   files={"hello_plugin.py": (HERE / "hello_plugin.py").read_text()})
    context = plugin_console(only=["hello"])
    context.window.state.apply(Envelope(1, 0, "sos.pressed", {"point_id": "sos-01"}))
    assert context.host.plugins["hello"].instance.count == 1
'''


def test_a_plugin_authors_own_test_suite_runs_with_the_fixtures(tmp_path):
    """docs/plugins.md's recipe, as a plugin author's separate project: conftest + the fixtures module."""
    project = tmp_path / "author"
    project.mkdir()
    (project / "hello_plugin.py").write_text((EXAMPLE / "hello_plugin.py").read_text())
    (project / "conftest.py").write_text('pytest_plugins = ["widgets.plugin_testing"]\n')
    (project / "test_hello.py").write_text(AUTHOR_TEST)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
