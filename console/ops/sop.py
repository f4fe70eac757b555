"""Standard operating procedures: a checklist per incident type, in the console's languages
(resources/sop/checklists.json, editable by a site without touching code). A ticked step is recorded as a note
on the incident ("SOP: <step id>"), so every console and the audit log see it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from console.api.models import Incident

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "sop" / "checklists.json"
NOTE_PREFIX = "SOP: "


class SopError(ValueError):
    """The checklist file is not valid; the message names what is wrong."""


@dataclass(frozen=True)
class SopStep:
    id: str
    text: str
    done: bool = False


class SopBook:
    def __init__(self, steps: dict[str, dict[str, str]], types: dict[str, list[str]]) -> None:
        for type_, ids in types.items():
            missing = [i for i in ids if i not in steps]
            if missing:
                raise SopError(f"checklist for {type_} names unknown steps: {', '.join(missing)}")
        for step_id, texts in steps.items():
            if "en" not in texts:
                raise SopError(f"step {step_id} has no English text")
        self._steps = steps
        self._types = types

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> SopBook:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(dict(raw["steps"]), {k: list(v) for k, v in raw["types"].items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SopError(f"{path}: {exc}") from exc

    def types(self) -> list[str]:
        return list(self._types)

    def step_text(self, step_id: str, language: str = "en") -> str:
        texts = self._steps.get(step_id)
        return (texts.get(language) or texts["en"]) if texts else step_id

    def checklist(self, incident_type: str, language: str = "en", done: set[str] | frozenset[str] = frozenset()
                  ) -> list[SopStep]:
        return [SopStep(i, self._steps[i].get(language) or self._steps[i]["en"], i in done)
                for i in self._types.get(incident_type, [])]


def done_steps(activity: list[dict[str, object]]) -> set[str]:
    """Step ids ticked on an incident, from its activity log."""
    return {str(a["detail"])[len(NOTE_PREFIX):].strip() for a in activity
            if a.get("action") == "note" and str(a.get("detail", "")).startswith(NOTE_PREFIX)}


def step_note(step_id: str) -> str:
    return NOTE_PREFIX + step_id


def applies(incident: Incident, book: SopBook) -> bool:
    return incident.type in book.types()
