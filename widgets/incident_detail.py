"""The incident detail pane: snapshot, owner, actions, dispatch suggestion, SOP checklist, activity, related."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.api.models import Incident
from console.api.rest import BackendError
from console.ops.incident_desk import IncidentDesk, Refusal
from console.ops.lifecycle import TransitionError, allowed_actions
from console.ops.sop import NOTE_PREFIX, SopBook, done_steps, step_note
from widgets.incident_words import action_label, severity_label, status_label, type_label, unit_kind_label
from widgets.translations import current_language

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentDetail", text)


# (action key, button text, shortcut) in button order; "status:x" targets a status
ACTIONS = [("acknowledge", "Acknowledge", "A"), ("assign", "Dispatch", "D"), ("status:en_route", "En route", "E"),
           ("status:on_scene", "On scene", "S"), ("status:resolved", "Resolved", "R"), ("close", "Close", "C"),
           ("false_alarm", "False alarm", "F"), ("transfer", "Transfer", "T")]


def _button_text(key: str) -> str:
    texts = {"acknowledge": tr("Acknowledge"), "assign": tr("Dispatch"), "status:en_route": tr("En route"),
             "status:on_scene": tr("On scene"), "status:resolved": tr("Resolved"), "close": tr("Close"),
             "false_alarm": tr("False alarm"), "transfer": tr("Transfer")}
    return texts[key]


def explain(refusal: Refusal) -> str:
    """The backend's refusal in the operator's words (the backend's own reason follows, for the record)."""
    reason = refusal.reason
    if "owned by" in reason:
        owner = reason.split("owned by", 1)[1].split(";")[0].strip()
        head = tr("{owner} has taken this incident; your action was not applied.").format(owner=owner)
    elif "unit" in reason and ("is en route" in reason or "is on scene" in reason or "is busy" in reason
                               or "is out of service" in reason):
        head = tr("The unit is no longer available; choose another one.")
    elif "cannot become" in reason or "only once" in reason:
        head = tr("The incident has changed meanwhile; this step no longer applies.")
    else:
        head = tr("The backend refused the action.")
    return f"{head} ({reason})"


def format_eta(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    return tr("{m} min {s} s").format(m=minutes, s=secs) if minutes else tr("{s} s").format(s=secs)


class IncidentDetail(QWidget):
    """Shows one incident; every action goes through the desk (outbox). `sig_open(id)` opens a related one."""

    sig_open = Signal(str)
    sig_message = Signal(str)  # for the status bar

    def __init__(self, desk: IncidentDesk, sop: SopBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sop = sop
        self.incident_id = ""
        self.detail: dict[str, Any] = {}
        self.suggestions: list[dict[str, Any]] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._snapshot_camera = ""

        self.title = QLabel(tr("No incident selected"), self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = QLabel("", self)
        self.facts.setWordWrap(True)
        self.owner = QLabel("", self)
        self.snapshot = QLabel(self)
        self.snapshot.setFixedSize(320, 180)
        self.snapshot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.snapshot.setStyleSheet("background: #0c0f13; color: #7a8590;")
        self.banner = QLabel("", self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #5a1a1a; color: #ffdede; padding: 4px;")
        self.banner.hide()

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (key, _, shortcut) in enumerate(ACTIONS):
            button = QPushButton(f"{_button_text(key)} [{shortcut}]", self)
            button.clicked.connect(lambda _=False, k=key: self.trigger(k))
            grid.addWidget(button, n // 4, n % 4)
            self.buttons[key] = button

        self.proposal = QLabel("", self)
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("background: #1d3a5a; padding: 4px;")
        self.proposal.hide()
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setMaximumHeight(90)
        self.suggestion_list.hide()
        self.suggestion_list.itemActivated.connect(lambda item: self.confirm_dispatch())

        self.sop_list = QListWidget(self)
        self.sop_list.itemChanged.connect(self._on_sop_item)
        self.activity = QListWidget(self)
        self.related = QListWidget(self)
        self.related.setMaximumHeight(80)
        self.related.itemActivated.connect(lambda item: self.sig_open.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(tr("Add a note and press Enter"))
        self.note_edit.returnPressed.connect(self.add_note)

        top = QHBoxLayout()
        top.addWidget(self.snapshot)
        facts = QVBoxLayout()
        facts.addWidget(self.title)
        facts.addWidget(self.facts)
        facts.addWidget(self.owner)
        facts.addStretch(1)
        top.addLayout(facts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addWidget(self.proposal)
        layout.addWidget(self.suggestion_list)
        lists = QGridLayout()
        lists.addWidget(QLabel(tr("Checklist"), self), 0, 0)
        lists.addWidget(QLabel(tr("Activity"), self), 0, 1)
        lists.addWidget(self.sop_list, 1, 0)
        lists.addWidget(self.activity, 1, 1)
        layout.addLayout(lists, 1)
        layout.addWidget(QLabel(tr("Related incidents (same place and time)"), self))
        layout.addWidget(self.related)
        layout.addWidget(self.note_edit)

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)
        self._reload.timeout.connect(self._load_detail)
        desk.state.incidents.sig_changed.connect(self._on_incident_changed)
        desk.sig_refused.connect(self._on_refused)
        desk.outbox.sig_changed.connect(lambda *args: self._refresh_header())
        self._refresh_header()

    # -- showing ------------------------------------------------------------------------------------------------

    @property
    def incident(self) -> Incident | None:
        return self.desk.state.incidents.get(self.incident_id) if self.incident_id else None

    def show_incident(self, incident_id: str) -> None:
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self.detail = {}
            self.cancel_dispatch()
            self.banner.hide()
            self.activity.clear()
            self.related.clear()
            self._snapshot_camera = ""
        self._refresh_header()
        self._load_detail()

    def _on_incident_changed(self, incident: Incident, created: bool) -> None:
        if incident.id == self.incident_id:
            self._refresh_header()
            self._reload.start()

    def _refresh_header(self) -> None:
        incident = self.incident
        if incident is None:
            self.title.setText(tr("No incident selected"))
            self.facts.setText("")
            self.owner.setText("")
            for button in self.buttons.values():
                button.setEnabled(False)
            self.note_edit.setEnabled(False)
            return
        projected = self.desk.projected(incident.id)
        self.title.setText(incident.title)
        facts = [type_label(incident.type), severity_label(incident.severity), status_label(incident.status),
                 incident.district]
        queued = len(self.desk.queued_for(incident.id))
        if projected.status != incident.status or queued:
            facts.append(tr("{n} action(s) queued → {status}").format(n=queued, status=status_label(projected.status)))
        units = self.detail.get("units") or []
        if units:
            facts.append(tr("units: {units}").format(units=", ".join(self._unit_name(u) for u in units)))
        self.facts.setText(" · ".join(f for f in facts if f))
        owner = projected.owner
        if not owner:
            self.owner.setText(tr("Not taken by anyone"))
            self.owner.setStyleSheet("")
        elif owner == self.desk.operator:
            self.owner.setText(tr("Yours"))
            self.owner.setStyleSheet("color: #8fd18f;")
        else:
            self.owner.setText(tr("Owned by {owner}").format(owner=owner))
            self.owner.setStyleSheet("color: #f0b060; font-weight: bold;")
        allowed = allowed_actions(projected.status, projected.owner, self.desk.operator)
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed or (key == "assign" and "acknowledge" in allowed))
        self.note_edit.setEnabled(True)
        self._fill_sop(incident)

    def _unit_name(self, unit_id: str) -> str:
        unit = next((u for u in self.desk.state.units.all() if u.id == unit_id), None)
        return f"{unit.call_sign} ({status_label(unit.status)})" if unit else unit_id

    def _fill_sop(self, incident: Incident) -> None:
        done = done_steps(self.detail.get("activity", []))
        done |= {str(i.payload.get("note", ""))[len(NOTE_PREFIX):] for i in self.desk.queued_for(incident.id)
                 if str(i.payload.get("note", "")).startswith(NOTE_PREFIX)}
        steps = self.sop.checklist(incident.type, current_language(), done)
        self.sop_list.blockSignals(True)
        self.sop_list.clear()
        for step in steps:
            item = QListWidgetItem(step.text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
            if step.done:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)  # recorded: it stays ticked
            self.sop_list.addItem(item)
        self.sop_list.blockSignals(False)

    def _on_sop_item(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and self.incident_id:
            self._do(lambda: self.desk.note(self.incident_id, step_note(item.data(Qt.ItemDataRole.UserRole))))

    def _load_detail(self) -> None:
        if self.incident_id:
            self._spawn(self._fetch_detail(self.incident_id))

    async def _fetch_detail(self, incident_id: str) -> None:
        try:
            detail = await self.desk.session.client.incident_detail(incident_id)
        except BackendError as exc:
            self.activity.clear()
            self.activity.addItem(tr("Activity unavailable: {reason}").format(reason=exc.reason))
            return
        if incident_id != self.incident_id:
            return
        self.detail = detail
        self.activity.clear()
        for entry in detail.get("activity", []):
            when = dt.datetime.fromtimestamp(entry["ts_ms"] / 1000).strftime("%H:%M:%S")
            text = f"{when}  {entry['actor']}  {action_label(entry['action'])}"
            detail_text = str(entry.get("detail") or "")
            if entry["action"] == "note" and detail_text.startswith(NOTE_PREFIX):
                detail_text = "✓ " + self.sop.step_text(detail_text[len(NOTE_PREFIX):].strip(), current_language())
            elif entry["action"] == "status" and detail_text:
                head, _, rest = detail_text.partition(": ")
                detail_text = status_label(head) + (f": {rest}" if rest else "")
            if detail_text:
                text += f": {detail_text}"
            self.activity.addItem(text)
        self.activity.scrollToBottom()
        self.related.clear()
        for other in detail.get("related", []):
            when = dt.datetime.fromtimestamp(other["created_ms"] / 1000).strftime("%d.%m %H:%M")
            item = QListWidgetItem(f"{when}  {type_label(other['type'])}: {other['title']} "
                                   f"({status_label(other['status'])})")
            item.setData(Qt.ItemDataRole.UserRole, other["id"])
            self.related.addItem(item)
        self._refresh_header()
        camera = detail.get("camera_id")
        if camera and camera != self._snapshot_camera:
            self._snapshot_camera = camera
            await self._fetch_snapshot(incident_id, camera)

    async def _fetch_snapshot(self, incident_id: str, camera_id: str) -> None:
        try:
            data = await self.desk.session.client.camera_snapshot(camera_id)
        except BackendError as exc:
            self.snapshot.setText(tr("No snapshot: {reason}").format(reason=exc.reason))
            return
        if incident_id != self.incident_id:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data, "JPG"):
            self.snapshot.setText(tr("No snapshot: the image could not be read"))
            return
        self.snapshot.setPixmap(pixmap.scaled(self.snapshot.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self.snapshot.setToolTip(camera_id)

    # -- actions ------------------------------------------------------------------------------------------------

    def trigger(self, key: str) -> None:
        """A button or its shortcut."""
        if not self.incident_id:
            return
        incident_id = self.incident_id
        if key == "acknowledge":
            self._do(lambda: self.desk.acknowledge(incident_id))
        elif key == "assign":
            self.propose_dispatch()
        elif key.startswith("status:"):
            self._do(lambda: self.desk.set_status(incident_id, key.split(":", 1)[1]))
        elif key == "close":
            self._do(lambda: self.desk.close(incident_id))
        elif key == "false_alarm":
            self._do(lambda: self.desk.false_alarm(incident_id))
        elif key == "transfer":
            self._ask_transfer(incident_id)

    def _ask_transfer(self, incident_id: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        to, ok = QInputDialog.getText(self, tr("Transfer"), tr("Transfer to (service or agency):"))
        if ok:
            self._do(lambda: self.desk.transfer(incident_id, to))

    def add_note(self) -> None:
        text = self.note_edit.text()
        if self.incident_id and text.strip():
            if self._do(lambda: self.desk.note(self.incident_id, text)):
                self.note_edit.clear()

    def _do(self, action: Any) -> bool:
        try:
            action()
        except TransitionError as exc:
            self.show_banner(tr("Not allowed: {reason}").format(reason=exc.message))
            return False
        self.banner.hide()
        self._refresh_header()
        return True

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
        self.sig_message.emit(text)

    def _on_refused(self, refusal: Refusal) -> None:
        incident = self.desk.state.incidents.get(refusal.incident_id or "")
        title = incident.title if incident else (refusal.incident_id or tr("new incident"))
        text = tr("Refused: {action} on “{title}”. {why}").format(action=refusal.action, title=title,
                                                                   why=explain(refusal))
        if refusal.incident_id == self.incident_id or refusal.incident_id is None:
            self.banner.setText(text)
            self.banner.show()
        self.sig_message.emit(text)

    # -- dispatch: D shows the nearest suitable unit, Enter confirms ------------------------------------------

    def propose_dispatch(self) -> None:
        if self.incident_id:
            self._spawn(self._fetch_suggestions(self.incident_id))

    async def _fetch_suggestions(self, incident_id: str) -> None:
        self.proposal.setText(tr("Looking for the nearest unit…"))
        self.proposal.show()
        try:
            items = await self.desk.suggestions(incident_id)
        except BackendError as exc:
            self.proposal.setText(tr("No suggestion while the backend is unreachable ({reason})").format(
                reason=exc.reason))
            return
        if incident_id != self.incident_id:
            return
        self.suggestions = items
        self.suggestion_list.clear()
        if not items:
            self.proposal.setText(tr("No unit is available"))
            return
        for s in items:
            text = tr("{call_sign} ({kind}) {km} km, ETA {eta}").format(
                call_sign=s["call_sign"], kind=unit_kind_label(s["kind"]), km=f"{s['distance_m'] / 1000:.1f}",
                eta=format_eta(s["eta_s"]))
            if not s["suitable"]:
                text += " " + tr("(not the usual kind for this incident)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s["unit_id"])
            self.suggestion_list.addItem(item)
        self.suggestion_list.setCurrentRow(0)
        self.suggestion_list.show()
        self.suggestion_list.setFocus()
        first = items[0]
        self.proposal.setText(tr("Dispatch {call_sign}, ETA {eta}? Enter confirms, Esc cancels.").format(
            call_sign=first["call_sign"], eta=format_eta(first["eta_s"])))

    @property
    def proposing(self) -> bool:
        return bool(self.suggestions) and self.suggestion_list.isVisible()

    def confirm_dispatch(self) -> None:
        item = self.suggestion_list.currentItem()
        if not self.proposing or item is None:
            return
        unit_id = item.data(Qt.ItemDataRole.UserRole)
        incident_id = self.incident_id
        if self._do(lambda: self.desk.assign(incident_id, unit_id)):
            self.cancel_dispatch()

    def cancel_dispatch(self) -> None:
        self.suggestions = []
        self.suggestion_list.clear()
        self.suggestion_list.hide()
        self.proposal.hide()

    # -- tasks ---------------------------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:  # no loop (a widget shown outside the console): nothing to fetch
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
