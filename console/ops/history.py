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
MAX_MS = 2**53 - 1  # JSON-safe; SQLite takes it


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
            if raw is not None:  # given but empty is as wrong as given but not a number
                if not (str(raw).isascii() and str(raw).isdigit()) or int(raw) > MAX_MS:
                    raise FilterError(f"{name} must be an integer from 0 to {MAX_MS} (Unix ms)")
                values[name] = int(raw)
        for name in (*EXACT_FILTERS, "unit_id", "text"):
            raw = params.get(name)
            if raw not in (None, ""):
                if len(raw) > MAX_TEXT:
                    raise FilterError(f"{name} is longer than {MAX_TEXT} characters")
                values[name] = str(raw)
        # an empty period or a text without words is a search that finds nothing, not an error
        return cls(**values)

    @property
    def matches_nothing(self) -> bool:
        return ((self.from_ms is not None and self.to_ms is not None and self.from_ms >= self.to_ms)
                or bool(self.text and not fts_query(self.text)))


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


class HistoryPager:
    """The rows of one search, loaded a page at a time as the view scrolls (the cursor says where to go on).

    `fetch` is an async callable (params, limit, cursor) -> (rows, next_cursor), e.g. BackendClient.history_incidents.
    A new search while a page is loading discards that page: rows of the old filter never mix with the new."""

    def __init__(self, fetch: Any, page_size: int = 200) -> None:
        self._fetch = fetch
        self.page_size = page_size
        self.filter = HistoryFilter()
        self.rows: list[Any] = []
        self.cursor: str | None = None
        self.exhausted = True
        self.loading = False
        self._generation = 0

    def reset(self, flt: HistoryFilter) -> None:
        self._generation += 1
        self.filter = flt
        self.rows = []
        self.cursor = None
        self.exhausted = False
        self.loading = False

    async def fetch_more(self) -> list[Any]:
        """Load the next page; returns the rows added (none when done, loading already or the search changed)."""
        if self.exhausted or self.loading:
            return []
        generation = self._generation
        self.loading = True
        try:
            rows, cursor = await self._fetch(self.filter.to_params(), limit=self.page_size, cursor=self.cursor)
        finally:
            if generation == self._generation:
                self.loading = False
        if generation != self._generation:
            return []
        self.rows.extend(rows)
        self.cursor = cursor
        self.exhausted = cursor is None
        return rows


async def export_csv(fetch: Any, flt: HistoryFilter, path: Any, *, page_size: int = 500,
                     max_rows: int = 1_000_000) -> int:
    """Every incident of a search into a CSV file (written next to it, then renamed: no half file on failure)."""
    from pathlib import Path

    target = Path(path)
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        with partial.open("w", newline="", encoding="utf-8") as out:
            cursor: str | None = None
            header = True
            while count < max_rows:
                rows, cursor = await fetch(flt.to_params(), limit=page_size, cursor=cursor)
                write_csv([_as_dict(r) for r in rows], out, header=header)
                header = False
                count += len(rows)
                if cursor is None:
                    break
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _as_dict(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return row
    return {name: getattr(row, name, None) for name in CSV_COLUMNS}
