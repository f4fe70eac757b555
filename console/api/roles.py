"""Roles and what each may do: one table, enforced by the backend and used by the console to hide what a
role cannot do."""

from __future__ import annotations

ROLES = ("operator", "supervisor", "drone_pilot", "administrator")

# permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[str]] = {
    "city.read": frozenset(ROLES),  # site, cameras, units, incidents, events, layouts
    "incident.acknowledge": frozenset({"operator", "supervisor", "administrator"}),
    "incident.note": frozenset(ROLES),
    "layout.write": frozenset({"operator", "supervisor", "administrator"}),
    "users.read": frozenset({"administrator"}),
}

# incident action -> the permission it needs
ACTION_PERMISSIONS = {"acknowledge": "incident.acknowledge", "note": "incident.note"}


def can(role: str | None, permission: str) -> bool:
    """True when `role` holds `permission`; unknown roles and permissions hold nothing."""
    return role is not None and role in PERMISSIONS.get(permission, frozenset())


def permissions_of(role: str) -> list[str]:
    return sorted(name for name, roles in PERMISSIONS.items() if role in roles)
