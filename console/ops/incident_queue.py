"""The operator's incident queue: which incidents show (filters) and in what order (priority, then waiting time)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from console.api.models import Incident
from console.ops.lifecycle import FINISHED, SEVERITIES

_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class QueueFilter:
    """Empty fields let everything through; `status` "open" means any status not finished."""

    type: str = ""
    district: str = ""
    status: str = ""
    mine: str = ""  # an operator: only incidents they own

    def matches(self, incident: Incident) -> bool:
        if self.type and incident.type != self.type:
            return False
        if self.district and incident.district != self.district:
            return False
        if self.status == "open":
            if incident.status in FINISHED:
                return False
        elif self.status and incident.status != self.status:
            return False
        return not (self.mine and incident.owner != self.mine)


def queue_key(incident: Incident) -> tuple[int, int, int]:
    """Open before finished; open ones by severity, then oldest waiting first; finished ones newest first."""
    if incident.status in FINISHED:
        return (1, 0, -incident.updated_ms)
    return (0, _RANK.get(incident.severity, len(SEVERITIES)), incident.created_ms)


def queue(incidents: Iterable[Incident], where: QueueFilter | None = None) -> list[Incident]:
    chosen = [i for i in incidents if where is None or where.matches(i)]
    return sorted(chosen, key=queue_key)
