"""`qala-console plugins`: list, enable/disable and settings from the command line."""

import json

from PySide6.QtCore import QSettings

from tests.plugins.conftest import BUILTINS
from widgets.app import main


def listed(capsys, ini):
    assert main(["plugins", "--settings", str(ini), "list", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    return {p["name"]: p for p in out["plugins"] if p["distribution"].startswith(BUILTINS)}, out["plugin_api"]


def test_list_enable_disable_and_settings(builtin_plugins, install_plugin, tmp_path, capsys):
    install_plugin("qala-test-plugins", {"future": "tests.plugins.sample_plugins:FuturePlugin"})
    ini = tmp_path / "console.ini"
    plugins, api = listed(capsys, ini)
    assert api == "1.0"
    assert plugins["geo_layers"]["state"] == "enabled" and plugins["geo_layers"]["version"] == "1.0.0"
    assert plugins["mqtt_sos"]["state"] == "enabled"
    assert main(["plugins", "--settings", str(ini), "disable", "mqtt_sos"]) == 0
    assert listed(capsys, ini)[0]["mqtt_sos"]["state"] == "disabled"
    assert main(["plugins", "--settings", str(ini), "enable", "future"]) == 2
    assert "incompatible" in capsys.readouterr().err
    assert main(["plugins", "--settings", str(ini), "enable", "nosuch"]) == 2
    assert "no plugin named 'nosuch'" in capsys.readouterr().err
    assert main(["plugins", "--settings", str(ini), "set", "geo_layers", "files", "/a.geojson", "/b.csv"]) == 0
    assert main(["plugins", "--settings", str(ini), "set", "mqtt_sos", "broker", "mqtts://h"]) == 0
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert settings.value("plugins/geo_layers/config/files") == ["/a.geojson", "/b.csv"]
    assert settings.value("plugins/mqtt_sos/config/broker") == "mqtts://h"
    assert settings.value("plugins/mqtt_sos/enabled") in (False, "false")
    capsys.readouterr()
    assert main(["plugins", "--settings", str(ini), "get", "mqtt_sos", "broker"]) == 0
    assert capsys.readouterr().out.strip() == '"mqtts://h"'
