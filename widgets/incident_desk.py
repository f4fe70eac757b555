"""The operator's incident desk in the main window: queue + detail with keyboard shortcuts, the outbox state in the
status bar, SOS alarms on the alarm wall, and residents' reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.ops.incident_desk import IncidentDesk
from console.ops.sop import SopBook
from widgets.incident_detail import ACTIONS, IncidentDetail
from widgets.incident_queue import IncidentQueue
from widgets.report_dialog import ReportDialog
from widgets.sos_alarm import SosAlarmController


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentDesk", text)


class OutboxStatus(QLabel):
    """"offline, N actions queued" while the backend is unreachable; the queue length while sending."""

    def __init__(self, desk: IncidentDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        desk.outbox.sig_changed.connect(self._on_changed)
        self._on_changed(desk.outbox.pending_count(), desk.outbox.online)

    def _on_changed(self, pending: int, online: bool) -> None:
        if not online:
            self.setText(tr("offline, {n} actions queued").format(n=pending))
            self.setStyleSheet("background: #7a2a10; color: white; padding: 0 6px;")
        elif pending:
            self.setText(tr("sending {n} actions").format(n=pending))
            self.setStyleSheet("color: #f0d080; padding: 0 6px;")
        else:
            self.setText(tr("all actions delivered"))
            self.setStyleSheet("color: #8fa0b0; padding: 0 6px;")


class IncidentDeskPane(QWidget):
    def __init__(self, desk: IncidentDesk, sop: SopBook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.queue = IncidentQueue(desk.state, desk.operator, self)
        self.detail = IncidentDetail(desk, sop or SopBook.load(), self)
        self.new_button = QPushButton(tr("New incident [Ins]"), self)
        self.new_button.clicked.connect(self.new_report)
        self.who = QLabel(tr("Operator: {name}").format(name=desk.operator), self)
        bar = QHBoxLayout()
        bar.addWidget(self.who)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self.queue.sig_selected.connect(self.detail.show_incident)
        self.detail.sig_open.connect(self.queue.select)
        desk.outbox.sig_changed.connect(lambda *args: self._update_pending())
        self.dialog: ReportDialog | None = None
        self.shortcuts: dict[str, QShortcut] = {}
        for key, _, sequence in ACTIONS:
            self._shortcut(sequence, lambda k=key: self.detail.trigger(k))
        self._shortcut("N", self.detail.note_edit.setFocus)
        self._shortcut("Ins", self.new_report)
        self._shortcut("Esc", self.detail.cancel_dispatch)
        for sequence in ("Return", "Enter"):
            self._shortcut(sequence, self.detail.confirm_dispatch)

    def _shortcut(self, sequence: str, handler: Any) -> None:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(handler)
        self.shortcuts[sequence] = shortcut

    def _update_pending(self) -> None:
        counts: dict[str, int] = {}
        for item in self.desk.outbox.pending():
            incident_id = item.payload.get("incident")
            if incident_id:
                counts[incident_id] = counts.get(incident_id, 0) + 1
        self.queue.model_.set_pending(counts)

    def new_report(self) -> ReportDialog:
        self.dialog = ReportDialog(self.desk, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog

    def stop(self) -> None:
        self.detail.stop()


def attach_incident_desk(window: Any, desk: IncidentDesk, sop: SopBook | None = None) -> IncidentDeskPane:
    """Puts the desk into the main window's Incidents dock, the outbox state into its status bar, and the SOS
    alarm on its wall (the wall designated for alarms)."""
    pane = IncidentDeskPane(desk, sop, window)
    dock = window.findChild(QDockWidget, "dock-incidents")
    if dock is not None:
        # scrollable, so the desk never forces the main window beyond the screen (1366x768 operator laptops)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(pane)
        dock.setWidget(scroll)
    window.incident_desk = pane
    window.outbox_status = OutboxStatus(desk, window)
    window.statusBar().addPermanentWidget(window.outbox_status)
    window.sos_alarm = SosAlarmController(desk, window.wall, window)

    def on_alarm(incident_id: str, text: str) -> None:
        if dock is not None:
            dock.raise_()
        pane.queue.select(incident_id)
        window.statusBar().showMessage(text, 30_000)

    window.sos_alarm.sig_alarm.connect(on_alarm)
    pane.detail.sig_message.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    return pane
