"""The plugin manager dialog: lists plugins with version, state and errors; its check box enables/disables."""

from PySide6.QtCore import Qt

from console.plugins import PluginState
from widgets.plugin_api import SettingsStateStore

SAMPLES = "tests.plugins.sample_plugins"


def rows(dialog):
    table = dialog.table
    return {table.item(r, 1).text(): [table.item(r, c).text() for c in range(2, 6)] + [table.item(r, 0).checkState()]
            for r in range(table.rowCount())}


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == name)


def test_lists_and_toggles_plugins(install_plugin, plugin_console, plugin_settings, qtbot):
    install_plugin("qala-test-plugins", {"slow": f"{SAMPLES}:SlowPlugin", "future": f"{SAMPLES}:FuturePlugin",
                                         "raising": f"{SAMPLES}:RaisingPlugin"})
    plugin_settings.setValue("plugins/raising/config/raise_in", "activate")
    context = plugin_console(only=["slow", "future", "raising"])
    dialog = context.open_manager()
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert listed["slow"] == ["1.2.3", "1.0", "active", "", Qt.CheckState.Checked]
    assert listed["future"][2] == "incompatible" and "needs plugin API 2.0" in listed["future"][3]
    assert listed["raising"][2] == "failed" and "boom in activate" in listed["raising"][3]
    assert not dialog.table.item(row_of(dialog, "future"), 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.table.selectRow(row_of(dialog, "raising"))
    assert "Error: activate: RuntimeError: boom in activate" in dialog.details.toPlainText()
    # untick: disabled now and remembered
    dialog.set_enabled(row_of(dialog, "slow"), False)
    assert context.host.plugins["slow"].state is PluginState.DISABLED
    assert rows(dialog)["slow"][2] == "disabled"
    assert SettingsStateStore(plugin_settings).enabled("slow") is False
    # tick again
    dialog.set_enabled(row_of(dialog, "slow"), True)
    assert context.host.plugins["slow"].state is PluginState.ACTIVE
    assert SettingsStateStore(plugin_settings).enabled("slow") is True
    # the host's own changes show without reopening the dialog
    context.host.set_enabled("slow", False)
    assert rows(dialog)["slow"][2] == "disabled" and rows(dialog)["slow"][4] == Qt.CheckState.Unchecked
    dialog.close()
