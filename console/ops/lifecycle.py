"""The incident lifecycle: types, statuses, the transition table and who may act, shared by console and backend.

Both sides run `check_action`: the console refuses an impossible action before queueing it, and the backend
refuses it again (409 with the same reason) if the incident changed meanwhile, e.g. another operator took it.
"""

from __future__ import annotations

from dataclasses import dataclass

INCIDENT_TYPES = (
    "traffic_violation", "road_accident", "public_order", "vandalism", "sos_call", "fire_smoke", "illegal_dump",
    "sanitation", "street_lighting_fault", "utility_water", "utility_heating", "utility_electricity", "road_damage",
    "resident_report",
)
SEVERITIES = ("critical", "high", "medium", "low")
DEFAULT_SEVERITY = {
    "traffic_violation": "medium", "road_accident": "high", "public_order": "high", "vandalism": "medium",
    "sos_call": "critical", "fire_smoke": "critical", "illegal_dump": "low", "sanitation": "low",
    "street_lighting_fault": "low", "utility_water": "high", "utility_heating": "high",
    "utility_electricity": "medium", "road_damage": "medium", "resident_report": "medium",
}
# which unit kinds may answer an incident type, best first
SUITABLE_UNITS = {
    "traffic_violation": ("police",), "road_accident": ("police", "ambulance"), "public_order": ("police",),
    "vandalism": ("police",), "sos_call": ("police", "ambulance"), "fire_smoke": ("fire",),
    "illegal_dump": ("utility",), "sanitation": ("utility",), "street_lighting_fault": ("utility",),
    "utility_water": ("utility",), "utility_heating": ("utility",), "utility_electricity": ("utility",),
    "road_damage": ("utility",), "resident_report": ("police", "utility"),
}

STATUSES = ("new", "acknowledged", "dispatched", "en_route", "on_scene", "resolved", "closed", "false_alarm",
            "transferred")
FINISHED = frozenset({"resolved", "closed", "false_alarm", "transferred"})
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"acknowledged", "false_alarm", "transferred"}),
    "acknowledged": frozenset({"dispatched", "resolved", "false_alarm", "transferred"}),
    "dispatched": frozenset({"en_route", "on_scene", "resolved", "false_alarm"}),
    "en_route": frozenset({"on_scene", "resolved", "false_alarm"}),
    "on_scene": frozenset({"resolved"}),
    "resolved": frozenset({"closed"}),
    "false_alarm": frozenset({"closed"}),
    "closed": frozenset(),
    "transferred": frozenset(),
}
# the target of each action; "status" names its target in the request, "note" changes nothing
ACTION_TARGET = {"acknowledge": "acknowledged", "assign": "dispatched", "close": "closed",
                 "false_alarm": "false_alarm", "transfer": "transferred"}
ACTIONS = ("acknowledge", "assign", "status", "note", "close", "false_alarm", "transfer")
STATUS_TARGETS = ("en_route", "on_scene", "resolved")
# another unit may join an incident already being answered; the status stays
ASSIGNABLE = frozenset({"acknowledged", "dispatched", "en_route", "on_scene"})

UNIT_KINDS = ("police", "ambulance", "utility", "fire")
UNIT_STATUSES = ("available", "en_route", "on_scene", "busy", "out_of_service")


class TransitionError(ValueError):
    """An action the lifecycle does not allow; `code` is the backend's error code, the message says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Outcome:
    status: str
    owner: str | None


def check_action(status: str, owner: str | None, action: str, operator: str, *, target: str | None = None,
                 note: str = "") -> Outcome:
    """The incident's status and owner after `operator` does `action`, or TransitionError saying why not."""
    if action not in ACTIONS:
        raise TransitionError("invalid_request", f"unknown action {action!r}")
    if status not in TRANSITIONS:
        raise TransitionError("invalid_transition", f"unknown incident status {status!r}")
    if action == "note":
        if not note.strip():
            raise TransitionError("invalid_request", "a note needs text")
        return Outcome(status, owner)
    if owner and owner != operator:
        raise TransitionError("owned_by_other", f"incident is {_words(status)} and owned by {owner}; "
                                                f"only {owner} can {_verb(action)} it")
    if action == "status":
        if target not in STATUS_TARGETS:
            raise TransitionError("invalid_request", f"status must be one of {', '.join(STATUS_TARGETS)}")
        new_status = target
    elif action == "assign":
        if status not in ASSIGNABLE:
            raise TransitionError("invalid_transition", f"incident is {_words(status)}; a unit can be assigned only "
                                                        "once it is acknowledged and until it is resolved")
        return Outcome("dispatched" if status == "acknowledged" else status, owner or operator)
    else:
        new_status = ACTION_TARGET[action]
    if new_status not in TRANSITIONS[status]:
        allowed = ", ".join(_words(s) for s in sorted(TRANSITIONS[status])) or "nothing (it is finished)"
        raise TransitionError("invalid_transition",
                              f"incident is {_words(status)}; it cannot become {_words(new_status)} "
                              f"(from {_words(status)} it can become: {allowed})")
    return Outcome(new_status, owner or operator)


def allowed_actions(status: str, owner: str | None, operator: str) -> set[str]:
    """Actions `operator` may take now (buttons to enable)."""
    result = {"note"}
    for action in ACTIONS:
        targets = STATUS_TARGETS if action == "status" else (None,)
        for target in targets:
            try:
                check_action(status, owner, action, operator, target=target, note="x")
            except TransitionError:
                continue
            result.add(f"status:{target}" if target else action)
    return result


def _words(status: str) -> str:
    return status.replace("_", " ")


def _verb(action: str) -> str:
    return {"false_alarm": "mark as false alarm", "status": "change the status of"}.get(action, action)
