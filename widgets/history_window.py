"""Supervisor history window: filters, a virtualised table that loads pages as it scrolls, CSV export."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.api.rest import BackendError
from console.ops.history import HistoryFilter, HistoryPager, export_csv
from widgets.incident_list import SEVERITY_BACKGROUND

_Index = QModelIndex | QPersistentModelIndex
INCIDENT_TYPES = ("traffic_violation", "road_accident", "public_order", "vandalism", "sos_call", "fire_smoke",
                  "illegal_dump", "sanitation", "street_lighting_fault", "utility_water", "utility_heating",
                  "utility_electricity", "road_damage", "resident_report")
SEVERITIES = ("critical", "high", "medium", "low")
STATUSES = ("new", "acknowledged", "dispatched", "en_route", "on_scene", "resolved", "closed", "false_alarm",
            "transferred")
DAY_MS = 24 * 3600 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWindow", text)


class HistoryTableModel(QAbstractTableModel):
    """Rows come from a HistoryPager; Qt asks for more (canFetchMore/fetchMore) as the view nears the end."""

    sig_loaded = Signal()
    sig_failed = Signal(str)

    def __init__(self, pager: HistoryPager, parent: Any = None) -> None:
        super().__init__(parent)
        self.pager = pager
        self._headers = [tr("Time"), tr("Severity"), tr("Type"), tr("Status"), tr("District"), tr("Camera"),
                         tr("Operator"), tr("Title")]
        self._tasks: set[asyncio.Task[Any]] = set()

    def search(self, flt: HistoryFilter) -> None:
        self.beginResetModel()
        self.pager.reset(flt)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.pager.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incident = self.pager.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return dt.datetime.fromtimestamp(incident.created_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
            return (None, incident.severity, incident.type.replace("_", " "), incident.status.replace("_", " "),
                    incident.district, incident.camera_id or "", incident.owner or "", incident.title)[column]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return SEVERITY_BACKGROUND.get(incident.severity)
        if role == Qt.ItemDataRole.UserRole:
            return incident
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self.pager.exhausted and not self.pager.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._start(self._load_page())

    async def _load_page(self) -> None:
        first = len(self.pager.rows)
        try:
            rows = await self.pager.fetch_more()
        except BackendError as exc:
            self.pager.exhausted = True  # the next search starts afresh; the reason is on screen
            self.sig_failed.emit(exc.reason)
            return
        if rows:
            # the pager already holds them: tell the view which rows are new
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.endInsertRows()
        self.sig_loaded.emit()

    def _start(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)


class HistoryWindow(QWidget):
    """Filters on top, results below; Enter or Search runs the search, Export writes every matching row."""

    sig_exported = Signal(str, int)
    sig_open_incident = Signal(object)  # an Incident double-clicked: play its cameras' archive

    def __init__(self, client: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Incident history"))
        self._client = client
        self.model = HistoryTableModel(HistoryPager(client.history_incidents), self)
        self._export_tasks: set[asyncio.Task[Any]] = set()

        self.period = QComboBox()
        for label, days in ((tr("Any time"), 0), (tr("Last 24 hours"), 1), (tr("Last 7 days"), 7),
                            (tr("Last 30 days"), 30), (tr("Last year"), 365), (tr("Between"), -1)):
            self.period.addItem(label, days)
        now = QDateTime.currentDateTime()
        self.from_edit = QDateTimeEdit(now.addDays(-7))
        self.to_edit = QDateTimeEdit(now)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setEnabled(False)
        self.period.currentIndexChanged.connect(self._on_period)
        self.type_box = self._choice(INCIDENT_TYPES)
        self.severity_box = self._choice(SEVERITIES)
        self.status_box = self._choice(STATUSES)
        self.district_box = self._choice(())
        self.camera_box = self._choice(())
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(tr("unit id"))
        self.operator_edit = QLineEdit()
        self.operator_edit.setPlaceholderText(tr("operator"))
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(tr("words in the title"))
        for edit in (self.unit_edit, self.operator_edit, self.text_edit):
            edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.status_label = QLabel("")

        grid = QGridLayout()
        fields = ((tr("Period"), self.period), (tr("From"), self.from_edit), (tr("To"), self.to_edit),
                  (tr("Type"), self.type_box), (tr("Severity"), self.severity_box), (tr("Status"), self.status_box),
                  (tr("District"), self.district_box), (tr("Camera"), self.camera_box), (tr("Unit"), self.unit_edit),
                  (tr("Operator"), self.operator_edit), (tr("Text"), self.text_edit))
        for n, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(label), n // 4, (n % 4) * 2)
            grid.addWidget(widget, n // 4, (n % 4) * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.status_label, 1)
        grid.addLayout(buttons, 2, 6, 1, 2)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)  # uniform rows: the view never measures them all
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 70, 140, 100, 90, 70, 110)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(
            lambda index: self.sig_open_incident.emit(self.model.data(index, Qt.ItemDataRole.UserRole)))
        self.model.sig_loaded.connect(self._on_loaded)
        self.model.sig_failed.connect(self._on_failed)

    def _choice(self, values: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.addItem(tr("any"), "")
        for value in values:
            box.addItem(value.replace("_", " "), value)
        return box

    def set_choices(self, districts: list[tuple[str, str]], cameras: list[tuple[str, str]]) -> None:
        """(id, label) pairs from the site and the camera list."""
        for box, items in ((self.district_box, districts), (self.camera_box, cameras)):
            keep = box.currentData()
            box.clear()
            box.addItem(tr("any"), "")
            for value, label in items:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(keep)))

    def _on_period(self) -> None:
        custom = self.period.currentData() == -1
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)

    def current_filter(self) -> HistoryFilter:
        days = self.period.currentData()
        from_ms = to_ms = None
        if days == -1:
            from_ms, to_ms = self.from_edit.dateTime().toMSecsSinceEpoch(), self.to_edit.dateTime().toMSecsSinceEpoch()
        elif days:
            from_ms = int(time.time() * 1000) - days * DAY_MS
        return HistoryFilter(from_ms=from_ms, to_ms=to_ms, type=self.type_box.currentData(),
                             severity=self.severity_box.currentData(), status=self.status_box.currentData(),
                             district=self.district_box.currentData(), camera_id=self.camera_box.currentData(),
                             unit_id=self.unit_edit.text().strip(), operator=self.operator_edit.text().strip(),
                             text=self.text_edit.text().strip())

    def search(self) -> None:
        flt = self.current_filter()
        if flt.from_ms is not None and flt.to_ms is not None and flt.from_ms >= flt.to_ms:
            self.status_label.setText(tr("The start of the period must be before its end."))
            return
        self.status_label.setText(tr("searching…"))
        self.model.search(flt)

    def _on_loaded(self) -> None:
        count = self.model.rowCount()
        more = "" if self.model.pager.exhausted else tr(" (scroll for more)")
        self.status_label.setText(tr("{count} incidents").format(count=count) + more)

    def _on_failed(self, reason: str) -> None:
        self.status_label.setText(tr("Search failed: {reason}").format(reason=reason))

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export incidents"), "incidents.csv", tr("CSV files (*.csv)"))
        if path:
            self.export(path)

    def export(self, path: str) -> asyncio.Task[Any]:
        """Write every incident of the current search (not only the loaded rows) to `path`."""
        flt = self.model.pager.filter
        self.status_label.setText(tr("exporting…"))

        async def run() -> None:
            try:
                count = await export_csv(self._client.history_incidents, flt, path)
            except (BackendError, OSError) as exc:
                self.status_label.setText(tr("Export failed: {reason}").format(reason=str(exc)))
                return
            self.status_label.setText(tr("{count} incidents exported to {path}").format(count=count, path=path))
            self.sig_exported.emit(path, count)

        task = asyncio.ensure_future(run())
        self._export_tasks.add(task)
        task.add_done_callback(self._export_tasks.discard)
        return task
