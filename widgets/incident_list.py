"""Live incident list: a table model over the core's IncidentStore, severity first, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from console.api.models import Incident
from console.ops.city_state import IncidentStore

SEVERITY_BACKGROUND = {"critical": QColor(120, 20, 20), "high": QColor(110, 60, 0),
                       "medium": QColor(90, 80, 0), "low": QColor(30, 50, 70)}

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentList", text)


class IncidentTableModel(QAbstractTableModel):
    """Re-sorts at most 5 times a second: bursts of incident events cost one reset, not one per event."""

    def __init__(self, store: IncidentStore, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Incident] = []
        self.retranslate()
        self._dirty = True
        store.sig_changed.connect(self._on_changed)
        store.sig_reset.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def retranslate(self) -> None:
        self._headers = [tr("Time"), tr("Severity"), tr("Type"), tr("Title"), tr("Camera"), tr("Status")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def _on_changed(self, *args: object) -> None:
        self._dirty = True

    def refresh(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.beginResetModel()
        self._rows = self._store.ordered()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incident = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return dt.datetime.fromtimestamp(incident.created_ms / 1000).strftime("%d.%m %H:%M:%S")
            return (None, incident.severity, incident.type.replace("_", " "), incident.title,
                    incident.camera_id or "", incident.status.replace("_", " "))[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SEVERITY_BACKGROUND.get(incident.severity, QColor(40, 40, 40)))
        if role == Qt.ItemDataRole.UserRole:
            return incident.id
        return None


class IncidentList(QTableView):
    def __init__(self, store: IncidentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = IncidentTableModel(store, self)
        self._store = store
        self.plugin_actions: list[tuple[str, Callable[[Incident], object]]] = []  # (label, handler) from plugins
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(20)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # columns fit the rows on screen, not all of them: measuring every cell after each refresh grew with the
        # day's incidents into the largest GUI stall of an hour-long soak (Qt's default looks at 1,000 rows)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def incident_at(self, row: int) -> Incident | None:
        incident_id = self.model_.data(self.model_.index(row, 0), Qt.ItemDataRole.UserRole)
        return self._store.get(incident_id) if incident_id else None

    def context_menu(self, incident: Incident) -> QMenu:
        """The incident's menu: one entry per plugin incident action."""
        menu = QMenu(self)
        for label, handler in self.plugin_actions:
            menu.addAction(label, lambda h=handler: h(incident))
        return menu

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        incident = self.incident_at(self.rowAt(event.pos().y()))
        if incident is not None and self.plugin_actions:
            menu = self.context_menu(incident)
            menu.exec(event.globalPos())
            menu.deleteLater()
