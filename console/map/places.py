"""Places the backend can find by name (`GET /api/v1/places?q=`): streets, districts, landmarks, SOS points."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from console.api.models import ContractError

PLACE_KINDS = ("street", "district", "landmark", "sos")


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    kind: str
    lat: float
    lon: float

    @classmethod
    def from_json(cls, obj: Any) -> Place:
        if not isinstance(obj, dict):
            raise ContractError("place: expected an object")
        for key in ("id", "name", "kind"):
            if not isinstance(obj.get(key), str):
                raise ContractError(f"place.{key}: expected a string")
        for key in ("lat", "lon"):
            value = obj.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ContractError(f"place.{key}: expected a number")
        return cls(obj["id"], obj["name"], obj["kind"], float(obj["lat"]), float(obj["lon"]))
