"""The incident lifecycle's transition table and ownership rule, as the console checks them before queueing."""

import pytest

from console.ops.lifecycle import (
    ACTIONS,
    FINISHED,
    INCIDENT_TYPES,
    STATUSES,
    SUITABLE_UNITS,
    TRANSITIONS,
    TransitionError,
    allowed_actions,
    check_action,
)


def walk(steps, operator="op.a"):
    status, owner = "new", None
    for action, target in steps:
        outcome = check_action(status, owner, action, operator, target=target, note="n")
        status, owner = outcome.status, outcome.owner
    return status, owner


def test_the_whole_path_from_new_to_closed():
    steps = [("acknowledge", None), ("assign", None), ("status", "en_route"), ("status", "on_scene"),
             ("status", "resolved"), ("close", None)]
    assert walk(steps) == ("closed", "op.a")


def test_every_type_has_units_and_every_status_a_row():
    assert set(SUITABLE_UNITS) == set(INCIDENT_TYPES) and len(INCIDENT_TYPES) == 14
    assert set(TRANSITIONS) == set(STATUSES)
    assert all(target in STATUSES for targets in TRANSITIONS.values() for target in targets)
    assert TRANSITIONS["closed"] == frozenset() and TRANSITIONS["transferred"] == frozenset()


@pytest.mark.parametrize(("status", "action", "target", "code", "words"), [
    ("new", "close", None, "invalid_transition", "incident is new; it cannot become closed"),
    ("new", "assign", None, "invalid_transition", "only once it is acknowledged"),
    ("new", "status", "on_scene", "invalid_transition", "cannot become on scene"),
    ("acknowledged", "acknowledge", None, "invalid_transition", "cannot become acknowledged"),
    ("on_scene", "false_alarm", None, "invalid_transition", "it can become: resolved"),
    ("closed", "status", "resolved", "invalid_transition", "nothing (it is finished)"),
    ("dispatched", "status", "landed", "invalid_request", "status must be one of"),
    ("new", "reopen", None, "invalid_request", "unknown action"),
])
def test_invalid_transitions_are_refused_with_a_reason(status, action, target, code, words):
    with pytest.raises(TransitionError) as info:
        check_action(status, "op.a" if status != "new" else None, action, "op.a", target=target)
    assert info.value.code == code and words in info.value.message


def test_an_owned_incident_refuses_other_operators_but_takes_their_notes():
    with pytest.raises(TransitionError) as info:
        check_action("acknowledged", "op.a", "assign", "op.b")
    assert info.value.code == "owned_by_other" and "owned by op.a" in info.value.message
    assert check_action("acknowledged", "op.a", "note", "op.b", note="seen").owner == "op.a"
    with pytest.raises(TransitionError):
        check_action("acknowledged", "op.a", "note", "op.b", note="  ")


def test_a_unit_can_join_until_resolved():
    for status in ("dispatched", "en_route", "on_scene"):
        assert check_action(status, "op.a", "assign", "op.a").status == status
    for status in FINISHED:
        with pytest.raises(TransitionError):
            check_action(status, "op.a", "assign", "op.a")


def test_allowed_actions_drive_the_buttons():
    assert allowed_actions("new", None, "op.a") == {"note", "acknowledge", "false_alarm", "transfer"}
    assert allowed_actions("acknowledged", "op.a", "op.b") == {"note"}
    assert allowed_actions("dispatched", "op.a", "op.a") == {"note", "assign", "false_alarm", "status:en_route",
                                                             "status:on_scene", "status:resolved"}
    assert all(a in ACTIONS for a in allowed_actions("resolved", "op.a", "op.a"))
