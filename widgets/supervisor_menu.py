"""The Supervisor menu of the main window: history search (and the other review tools as they arrive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from console.ops.city_state import CityState
from widgets.history_window import HistoryWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorMenu", text)


class SupervisorTools:
    """Opens each review window once and brings it to the front on later requests."""

    def __init__(self, window: QMainWindow, client: Any, state: CityState) -> None:
        self._window = window
        self._client = client
        self._state = state
        self.history: HistoryWindow | None = None
        menu = window.menuBar().addMenu(tr("&Supervisor"))
        self.history_action = QAction(tr("Incident &history…"), window)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.open_history)
        menu.addAction(self.history_action)

    def open_history(self) -> HistoryWindow:
        if self.history is None:
            self.history = HistoryWindow(self._client)
            self.history.setStyleSheet(self._window.styleSheet())
            self.history.resize(1200, 700)
            site = self._state.site
            districts = [(d.id, d.name) for d in site.districts] if site else []
            cameras = [(c.id, f"{c.number}. {c.name}") for c in self._state.cameras.values()]
            self.history.set_choices(districts, cameras)
            self.history.search()
        self.history.show()
        self.history.raise_()
        return self.history

    def close(self) -> None:
        if self.history is not None:
            self.history.close()
