"""History search filters, shared by the backend (SQL) and the console (query string, CSV export). Qt-free."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from typing import Any

# filter name -> incidents column for exact matches; unit and text are handled apart
EXACT_FILTERS = {"type": "type", "severity": "severity", "status": "status", "district": "district",
                 "camera_id": "camera_id", "operator": "owner"}
CSV_COLUMNS = ("id", "created_ms", "created_utc", "type", "severity", "status", "district", "camera_id", "owner",
               "title", "lat", "lon", "updated_ms")
MAX_TEXT = 200


class FilterError(ValueError):
    """A filter the backend cannot run; the message says which and why."""


@dataclass(frozen=True)
class HistoryFilter:
    """What a supervisor searches for. Empty fields do not filter. Times are Unix ms, `to_ms` exclusive."""

    from_ms: int | None = None
    to_ms: int | None = None
    type: str = ""
    severity: str = ""
    status: str = ""
    district: str = ""
    camera_id: str = ""
    unit_id: str = ""
    operator: str = ""
    text: str = ""

    def to_params(self) -> dict[str, str]:
        params: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value not in (None, ""):
                params[f.name] = str(value)
        return params

    @classmethod
    def from_params(cls, params: Any) -> HistoryFilter:
        """Parse a query string mapping; raises FilterError with the reason."""
        values: dict[str, Any] = {}
        for name in ("from_ms", "to_ms"):
            raw = params.get(name)
            if raw not in (None, ""):
                if not (str(raw).isascii() and str(raw).lstrip("-").isdigit()):
                    raise FilterError(f"{name} must be an integer (Unix ms)")
                values[name] = int(raw)
        for name in (*EXACT_FILTERS, "unit_id", "text"):
            raw = params.get(name)
            if raw not in (None, ""):
                if len(raw) > MAX_TEXT:
                    raise FilterError(f"{name} is longer than {MAX_TEXT} characters")
                values[name] = str(raw)
        result = cls(**values)
        if result.from_ms is not None and result.to_ms is not None and result.from_ms >= result.to_ms:
            raise FilterError("from_ms must be before to_ms")
        if result.text and not fts_query(result.text):
            raise FilterError("text has no words to search for")
        return result


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must occur as a whole word; FTS operators in the text are taken literally."""
    words = ["".join(ch for ch in word if ch.isalnum()) for word in text.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    return " ".join(f'"{w}"' for w in words)


def write_csv(rows: list[dict[str, Any]], out: io.TextIOBase | Any, *, header: bool = True) -> None:
    """Rows of incidents as CSV (UTC time column added); values that a spreadsheet would run are defused."""
    import datetime as dt

    writer = csv.writer(out)
    if header:
        writer.writerow(CSV_COLUMNS)
    for row in rows:
        created = dt.datetime.fromtimestamp(row["created_ms"] / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        record = {**row, "created_utc": created}
        writer.writerow([_cell(record.get(c)) for c in CSV_COLUMNS])


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@") and not _is_number(text):
        return "'" + text  # a formula in a title must not run when the CSV is opened
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False
