"""The incident queue: open incidents by priority then waiting time, coloured by severity, with filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.api.models import Incident
from console.ops.city_state import CityState
from console.ops.incident_queue import QueueFilter, queue
from console.ops.lifecycle import FINISHED, INCIDENT_TYPES, STATUSES
from widgets.incident_words import FINISHED_COLOUR, SEVERITY_COLOUR, severity_label, status_label, type_label

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentQueue", text)


class IncidentQueueModel(QAbstractTableModel):
    """Rows from the core's store through a QueueFilter; re-sorted at most 5 times a second."""

    def __init__(self, state: CityState, operator: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = state
        self.operator = operator
        self.filter = QueueFilter(status="open")
        self.rows: list[Incident] = []
        self.pending: dict[str, int] = {}  # incident id -> actions queued in the outbox
        self._headers = [tr("Time"), tr("Severity"), tr("Type"), tr("Title"), tr("District"), tr("Status"),
                         tr("Owner")]
        self._dirty = True
        state.incidents.sig_changed.connect(self._on_changed)
        state.incidents.sig_reset.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def _on_changed(self, *args: object) -> None:
        self._dirty = True

    def set_filter(self, where: QueueFilter) -> None:
        self.filter = where
        self._dirty = True
        self.refresh()

    def set_pending(self, pending: dict[str, int]) -> None:
        self.pending = pending
        self._dirty = True

    def refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.beginResetModel()
        self.rows = queue(self._state.incidents.ordered(), self.filter)
        self.endResetModel()

    def row_of(self, incident_id: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == incident_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def owner_text(self, incident: Incident) -> str:
        if not incident.owner:
            return ""
        return tr("me") if incident.owner == self.operator else incident.owner

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incident = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return dt.datetime.fromtimestamp(incident.created_ms / 1000).strftime("%d.%m %H:%M:%S")
            status = status_label(incident.status)
            queued = self.pending.get(incident.id, 0)
            if queued:
                status += f" (+{queued})"  # actions still in the outbox
            return (None, severity_label(incident.severity), type_label(incident.type), incident.title,
                    incident.district, status, self.owner_text(incident))[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if incident.status in FINISHED:
                return QBrush(FINISHED_COLOUR)
            return QBrush(SEVERITY_COLOUR.get(incident.severity, QColor(40, 40, 40)))
        if role == Qt.ItemDataRole.FontRole and incident.status == "new":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and incident.owner and incident.owner != self.operator:
            return tr("Owned by {owner}").format(owner=incident.owner)
        if role == Qt.ItemDataRole.UserRole:
            return incident.id
        return None


class IncidentQueue(QWidget):
    """Filter bar over the queue table. `sig_selected(incident_id)` when the operator picks a row."""

    sig_selected = Signal(str)

    def __init__(self, state: CityState, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model_ = IncidentQueueModel(state, operator, self)
        self.type_box = QComboBox(self)
        self.type_box.addItem(tr("All types"), "")
        for type_ in INCIDENT_TYPES:
            self.type_box.addItem(type_label(type_), type_)
        self.district_box = QComboBox(self)
        self.district_box.addItem(tr("All districts"), "")
        self.status_box = QComboBox(self)
        self.status_box.addItem(tr("Open"), "open")
        self.status_box.addItem(tr("All statuses"), "")
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.mine_box = QCheckBox(tr("Mine"), self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.type_box, self.district_box, self.status_box, self.mine_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.table = QTableView(self)
        self.table.setModel(self.model_)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns fit the rows on screen, not all of them: measuring every cell after each refresh grew with the
        # day's incidents into the largest GUI stall of an hour-long soak (Qt's default looks at 1,000 rows)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        for box in (self.type_box, self.district_box, self.status_box):
            box.currentIndexChanged.connect(self._apply_filter)
        self.mine_box.toggled.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.model_.modelAboutToBeReset.connect(self._remember)
        self.model_.modelReset.connect(self._restore)
        state.sig_site.connect(self._on_site)
        if state.site is not None:
            self._on_site(state.site)
        self.selected_id = ""

    def _on_site(self, site: Any) -> None:
        current = self.district_box.currentData()
        while self.district_box.count() > 1:
            self.district_box.removeItem(1)
        for district in site.districts:
            self.district_box.addItem(district.name, district.id)
        self.district_box.setCurrentIndex(max(0, self.district_box.findData(current)))

    def _apply_filter(self, *args: object) -> None:
        self.model_.set_filter(QueueFilter(type=self.type_box.currentData() or "",
                                           district=self.district_box.currentData() or "",
                                           status=self.status_box.currentData() or "",
                                           mine=self.model_.operator if self.mine_box.isChecked() else ""))

    def _remember(self) -> None:
        self._keep = self.selected_id

    def _restore(self) -> None:
        row = self.model_.row_of(getattr(self, "_keep", ""))
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _on_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            incident_id = self.model_.rows[current.row()].id
            if incident_id != self.selected_id:
                self.selected_id = incident_id
                self.sig_selected.emit(incident_id)

    def select(self, incident_id: str) -> bool:
        """Select an incident (an alarm, a related incident); widens the filter if it hides it."""
        self.model_.refresh()
        if self.model_.row_of(incident_id) < 0 and self.state.incidents.get(incident_id) is not None:
            for box, value in ((self.type_box, ""), (self.district_box, ""), (self.status_box, "")):
                box.setCurrentIndex(box.findData(value))
            self.mine_box.setChecked(False)
        row = self.model_.row_of(incident_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setFocus()
        return True
