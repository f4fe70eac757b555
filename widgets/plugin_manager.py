"""The plugin manager dialog: every discovered plugin with its version, state and errors; enable/disable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.plugins import PLUGIN_API_VERSION, PluginHost, PluginRecord, PluginState


def tr(text: str) -> str:
    return QCoreApplication.translate("PluginManager", text)


def state_label(state: PluginState) -> str:
    return {PluginState.ACTIVE: tr("active"), PluginState.DISABLED: tr("disabled"),
            PluginState.FAILED: tr("failed"), PluginState.INCOMPATIBLE: tr("incompatible"),
            PluginState.BROKEN: tr("broken")}[state]


STATE_COLOURS = {PluginState.ACTIVE: QColor(90, 200, 120), PluginState.DISABLED: QColor(150, 150, 150),
                 PluginState.FAILED: QColor(255, 90, 70), PluginState.INCOMPATIBLE: QColor(255, 170, 40),
                 PluginState.BROKEN: QColor(255, 90, 70)}
COLUMNS = 6  # enabled, name, version, API, state, last error


class PluginManagerDialog(QDialog):
    """The check box in the first column enables or disables a plugin now; the host remembers the choice."""

    def __init__(self, host: PluginHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setWindowTitle(tr("Plugins"))
        self.resize(760, 420)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Enabled"), tr("Name"), tr("Version"), tr("API"), tr("State"), tr("Last error")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._names: list[str] = []
        self._filling = False
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._show_details)
        host.sig_changed.connect(self._on_host_changed)
        self.finished.connect(lambda *_: host.sig_changed.disconnect(self._on_host_changed))
        self.refresh()

    def _on_host_changed(self, record: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._filling = True
        records = sorted(self.host.plugins.values(), key=lambda r: r.name)
        self._names = [key for key, _ in sorted(self.host.plugins.items(), key=lambda kv: kv[1].name)]
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            check = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if record.state not in (PluginState.BROKEN, PluginState.INCOMPATIBLE):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            check.setCheckState(Qt.CheckState.Checked if record.state is PluginState.ACTIVE else Qt.CheckState.Unchecked)
            api = record.manifest.api_version if record.manifest else ""
            cells = [check, QTableWidgetItem(record.name), QTableWidgetItem(record.version), QTableWidgetItem(api),
                     QTableWidgetItem(state_label(record.state)),
                     QTableWidgetItem(record.errors[-1] if record.errors else "")]
            cells[4].setForeground(STATE_COLOURS[record.state])
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self._filling = False
        self._show_details()

    def record_at(self, row: int) -> PluginRecord:
        return self.host.plugins[self._names[row]]

    def set_enabled(self, row: int, enabled: bool) -> None:
        """What ticking the box does (also for tests and keyboard users)."""
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        record = self.record_at(item.row())
        self.host.set_enabled(record.name, item.checkState() == Qt.CheckState.Checked)
        self.refresh()

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            self.details.setPlainText(tr("Plugin API of this console: {version}").format(version=PLUGIN_API_VERSION))
            return
        record = self.record_at(rows[0].row())
        lines = [f"{record.name} {record.version}  ({record.distribution or record.entry_point})"]
        if record.manifest is not None:
            if record.manifest.description:
                lines.append(record.manifest.description)
            lines.append(tr("Provides: {list}").format(list=", ".join(record.manifest.provides)))
        lines += [tr("Error: {text}").format(text=e) for e in record.errors]
        lines += [tr("Slow: {text}").format(text=s) for s in record.slow_calls]
        self.details.setPlainText("\n".join(lines))
