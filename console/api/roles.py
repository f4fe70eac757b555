"""Roles and what each may do: one table, enforced by the backend and used by the console to hide what a
role cannot do."""

from __future__ import annotations

ROLES = ("operator", "supervisor", "drone_pilot", "administrator")

# permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[str]] = {
    "city.read": frozenset(ROLES),  # site, cameras, units, incidents, events, layouts
    "incident.acknowledge": frozenset({"operator", "supervisor", "administrator"}),
    "incident.note": frozenset(ROLES),
    "incident.dispatch": frozenset({"operator", "supervisor", "administrator"}),  # assign, status, close, ...
    "incident.create": frozenset({"operator", "supervisor", "administrator"}),  # residents' reports
    "sos.press": frozenset({"operator", "supervisor", "administrator"}),  # the training trigger
    "tag.write": frozenset({"drone_pilot", "supervisor", "administrator"}),
    "history.read": frozenset({"supervisor", "administrator"}),  # history search, charts, archive holds
    "audit.read": frozenset({"supervisor", "administrator"}),
    "archive.hold": frozenset({"supervisor", "administrator"}),
    "layout.write": frozenset({"operator", "supervisor", "administrator"}),
    "users.read": frozenset({"administrator"}),
}

# incident action -> the permission it needs
ACTION_PERMISSIONS = {"acknowledge": "incident.acknowledge", "note": "incident.note",
                      **{a: "incident.dispatch" for a in ("assign", "status", "close", "false_alarm", "transfer")}}


def can(role: str | None, permission: str) -> bool:
    """True when `role` holds `permission`; unknown roles and permissions hold nothing."""
    return role is not None and role in PERMISSIONS.get(permission, frozenset())


def permissions_of(role: str) -> list[str]:
    return sorted(name for name, roles in PERMISSIONS.items() if role in roles)
