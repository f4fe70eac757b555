"""Audit log for supervisors: who did what to which incident, when; newest first, pages on demand."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api.rest import BackendError


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


class AuditView(QWidget):
    sig_loaded = Signal()

    def __init__(self, client: Any, parent: QWidget | None = None, *, role: str = "supervisor") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Audit log"))
        self._client = client
        self._role = role
        self._cursor: str | None = None
        self._actor = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self.actor_edit = QLineEdit()
        self.actor_edit.setPlaceholderText(tr("operator (all when empty)"))
        self.actor_edit.returnPressed.connect(self.reload)
        self.reload_button = QPushButton(tr("Show"))
        self.reload_button.clicked.connect(self.reload)
        self.more_button = QPushButton(tr("More"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setEnabled(False)
        self.status_label = QLabel("")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Time"), tr("Operator"), tr("Action"), tr("Incident"), tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        for widget in (QLabel(tr("Operator")), self.actor_edit, self.reload_button, self.more_button):
            top.addWidget(widget)
        top.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def reload(self) -> None:
        self._actor = self.actor_edit.text().strip()
        self._cursor = None
        self.table.setRowCount(0)
        self._start(self._page())

    def load_more(self) -> None:
        if self._cursor:
            self._start(self._page())

    def _start(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _page(self) -> None:
        params = {"limit": 200, **({"actor": self._actor} if self._actor else {}),
                  **({"cursor": self._cursor} if self._cursor else {})}
        try:
            body = await self._client.audit(params, role=self._role)
        except BackendError as exc:
            self.status_label.setText(tr("Audit log unavailable: {reason}").format(reason=exc.reason))
            self.more_button.setEnabled(False)
            return
        for entry in body["items"]:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = dt.datetime.fromtimestamp(entry["ts_ms"] / 1000).strftime("%Y-%m-%d %H:%M:%S")
            for column, value in enumerate((when, entry["actor"], entry["action"], entry["target"], entry["detail"])):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self._cursor = body.get("next_cursor")
        self.more_button.setEnabled(bool(self._cursor))
        self.status_label.setText(tr("{count} actions").format(count=self.table.rowCount()))
        self.sig_loaded.emit()
