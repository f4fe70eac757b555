"""One operator's work on incidents: every action checked against the lifecycle, then queued in the durable outbox.

The console checks an action against what the incident will be once the actions already queued for it are applied
(so "acknowledge, then dispatch" can be queued while offline), the backend checks it again when it arrives. A
refusal by the backend (another operator took the incident, the unit left) comes back as a `Refusal` that says
what was refused and why.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

from console.api.events import LinkState
from console.api.models import Incident
from console.ops.lifecycle import (
    DEFAULT_SEVERITY,
    INCIDENT_TYPES,
    Outcome,
    TransitionError,
    check_action,
)
from console.ops.outbox import Outbox, OutboxItem, incident_action_sender
from console.ops.signal import Signal
from console.session import ConsoleSession

log = logging.getLogger(__name__)

ACTION_KIND = "incident.action"
CREATE_KIND = "incident.create"
_REASON = re.compile(r": (\d{3}) (.*)$", re.S)


@dataclass(frozen=True)
class Refusal:
    """An action the backend refused, for the operator: what, on which incident, and the backend's reason."""

    item: OutboxItem
    incident_id: str | None
    action: str
    status: int | None
    reason: str


@dataclass(frozen=True)
class SosAlarm:
    point_id: str
    name: str
    incident_id: str
    camera_ids: tuple[str, ...]


class IncidentDesk:
    """The operator's incident actions for one console session, through one outbox."""

    def __init__(self, session: ConsoleSession, outbox: Outbox, operator: str) -> None:
        self.session = session
        self.state = session.state
        self.outbox = outbox
        self.operator = operator
        outbox.register(ACTION_KIND, incident_action_sender(session.client))
        outbox.register(CREATE_KIND, self._send_create)
        outbox.sig_sent.connect(self._on_sent)
        outbox.sig_refused.connect(self._on_refused)
        session.sig_link.connect(self._on_link)
        self.state.sig_event.connect(self._on_event)
        self.sig_refused = Signal("desk.refused")  # (Refusal)
        self.sig_sos = Signal("desk.sos")  # (SosAlarm)
        self.sig_queued = Signal("desk.queued")  # (OutboxItem)
        self.sig_alarm_cleared = Signal("desk.alarm_cleared")  # (incident id)
        self.alarms: dict[str, SosAlarm] = {}  # incident id -> SOS alarm not yet acknowledged

    # -- what the incident will be ------------------------------------------------------------------------------

    def queued_for(self, incident_id: str) -> list[OutboxItem]:
        return [i for i in self.outbox.pending() if i.kind == ACTION_KIND and i.payload.get("incident") == incident_id]

    def projected(self, incident_id: str) -> Outcome:
        """Status and owner once the actions queued here for this incident are applied."""
        incident = self.state.incidents.get(incident_id)
        if incident is None:
            raise TransitionError("not_found", f"no incident {incident_id} in this console")
        outcome = Outcome(incident.status, incident.owner)
        for item in self.queued_for(incident_id):
            p = item.payload
            try:
                outcome = check_action(outcome.status, outcome.owner, p["action"], p["operator"],
                                       target=p.get("status"), note=p.get("note", ""))
            except TransitionError:
                continue  # it will be refused by the backend too; the next ones start from here
        return outcome

    # -- actions ------------------------------------------------------------------------------------------------

    def acknowledge(self, incident_id: str, note: str = "") -> OutboxItem:
        item = self._act(incident_id, "acknowledge", note=note)
        self.clear_alarm(incident_id)  # the operator has it: silence now, even while the backend is unreachable
        return item

    def assign(self, incident_id: str, unit_id: str, note: str = "") -> list[OutboxItem]:
        """Dispatch a unit; a new incident is acknowledged first (both queued, in that order)."""
        items = []
        if self.projected(incident_id).status == "new":
            items.append(self.acknowledge(incident_id))
        items.append(self._act(incident_id, "assign", unit_id=unit_id, note=note))
        return items

    def set_status(self, incident_id: str, status: str, note: str = "") -> OutboxItem:
        return self._act(incident_id, "status", status=status, note=note)

    def note(self, incident_id: str, text: str) -> OutboxItem:
        return self._act(incident_id, "note", note=text)

    def close(self, incident_id: str, note: str = "") -> OutboxItem:
        return self._act(incident_id, "close", note=note)

    def false_alarm(self, incident_id: str, note: str = "") -> OutboxItem:
        item = self._act(incident_id, "false_alarm", note=note)
        self.clear_alarm(incident_id)
        return item

    def transfer(self, incident_id: str, to: str) -> OutboxItem:
        if not to.strip():
            raise TransitionError("invalid_request", "say whom the incident is transferred to")
        return self._act(incident_id, "transfer", note=f"transferred to {to.strip()}")

    def _act(self, incident_id: str, action: str, **fields: Any) -> OutboxItem:
        outcome = self.projected(incident_id)
        check_action(outcome.status, outcome.owner, action, self.operator, target=fields.get("status"),
                     note=fields.get("note", ""))
        payload = {"incident": incident_id, "action": action, "operator": self.operator,
                   **{k: v for k, v in fields.items() if v not in (None, "")}}
        item = self.outbox.enqueue(ACTION_KIND, payload)
        self.sig_queued.emit(item)
        return item

    def report(self, type_: str, title: str, lat: float, lon: float, description: str = "",
               severity: str | None = None) -> OutboxItem:
        """An incident entered by hand (a resident's report); created by the backend once, whenever it is reached."""
        if type_ not in INCIDENT_TYPES:
            raise TransitionError("invalid_request", f"unknown incident type {type_!r}")
        if not title.strip():
            raise TransitionError("invalid_request", "the incident needs a title")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise TransitionError("invalid_request", "the place is not valid WGS84 coordinates")
        payload = {"type": type_, "title": title.strip(), "lat": lat, "lon": lon, "description": description.strip(),
                   "severity": severity or DEFAULT_SEVERITY[type_], "operator": self.operator}
        item = self.outbox.enqueue(CREATE_KIND, payload, key=f"create-{uuid.uuid4().hex}")
        self.sig_queued.emit(item)
        return item

    async def suggestions(self, incident_id: str) -> list[dict[str, Any]]:
        """The backend's dispatch suggestions (raises BackendError while it is unreachable)."""
        return await self.session.client.incident_suggestions(incident_id)

    async def dispatch_nearest(self, incident_id: str) -> list[OutboxItem]:
        items = await self.suggestions(incident_id)
        if not items:
            raise TransitionError("no_unit", "no unit is available")
        return self.assign(incident_id, items[0]["unit_id"])

    # -- answers --------------------------------------------------------------------------------------------------

    async def _send_create(self, payload: dict[str, Any], key: str) -> Incident:
        return await self.session.client.create_incident({**payload, "idempotency_key": key})

    def _on_sent(self, item: OutboxItem, result: Any) -> None:
        if isinstance(result, Incident):
            self.state.incidents.upsert(result)  # the answer is newer than what the stream has said so far

    def _on_refused(self, item: OutboxItem, reason: str) -> None:
        if item.kind not in (ACTION_KIND, CREATE_KIND):
            return  # another feature's action sharing the outbox (drone tags): theirs to explain
        match = _REASON.search(reason)
        status, detail = (int(match.group(1)), match.group(2).strip()) if match else (None, reason)
        action = "create" if item.kind == CREATE_KIND else str(item.payload.get("action", "?"))
        self.sig_refused.emit(Refusal(item, item.payload.get("incident"), action, status, detail))

    def _on_link(self, state: LinkState, reason: str) -> None:
        if state is LinkState.ONLINE:
            self.outbox.kick()

    def _on_event(self, envelope: Any) -> None:
        if envelope.type == "sos.pressed":
            data = envelope.data
            try:
                alarm = SosAlarm(str(data["point_id"]), str(data.get("name", data["point_id"])),
                                 str(data["incident_id"]), tuple(str(c) for c in data.get("camera_ids", [])))
            except (KeyError, TypeError) as exc:
                log.warning("sos.pressed seq %s rejected: %s", envelope.seq, exc)
                return
            self.alarms[alarm.incident_id] = alarm
            self.sig_sos.emit(alarm)
        elif envelope.type == "incident.updated" and envelope.data.get("id") in self.alarms:
            # acknowledged anywhere (another console too): the alarm stops
            if envelope.data.get("status") != "new":
                self.clear_alarm(envelope.data["id"])

    def clear_alarm(self, incident_id: str) -> None:
        if self.alarms.pop(incident_id, None) is not None:
            self.sig_alarm_cleared.emit(incident_id)


async def open_desk(session: ConsoleSession, outbox: Outbox, operator: str) -> IncidentDesk:
    """A desk with its outbox pump running (the loop must be running)."""
    desk = IncidentDesk(session, outbox, operator)
    outbox.start()
    await asyncio.sleep(0)
    return desk

