"""Supervisor statistics, Qt-free: incident counts per hour/day and response times from activity logs."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

HOUR_MS = 3600 * 1000
DAY_MS = 24 * HOUR_MS
BUCKETS = {"hour": HOUR_MS, "day": DAY_MS}
GROUPS = ("type", "district")
MILESTONES = ("acknowledge", "dispatch", "on_scene", "resolve")
DAY_SHIFT = (8, 20)  # local hours: the day shift runs 08:00-20:00, the night shift the rest


def milestone_of(action: str, detail: str) -> str | None:
    """Which response milestone an activity entry marks (the lifecycle's actions and status targets)."""
    if action == "acknowledge":
        return "acknowledge"
    if action == "assign":
        return "dispatch"
    if action == "status":
        target = detail.split(":", 1)[0].strip()
        return {"on_scene": "on_scene", "resolved": "resolve"}.get(target)
    if action in ("close", "false_alarm"):
        return "resolve"
    return None


def shift_of(ts_ms: int, utc_offset_h: float = 0.0) -> str:
    """`YYYY-MM-DD day` or `YYYY-MM-DD night`; a night shift is named after the date it starts on."""
    local = dt.datetime.fromtimestamp(ts_ms / 1000, dt.UTC) + dt.timedelta(hours=utc_offset_h)
    start, end = DAY_SHIFT
    if start <= local.hour < end:
        return f"{local:%Y-%m-%d} day"
    if local.hour < start:
        local -= dt.timedelta(days=1)
    return f"{local:%Y-%m-%d} night"


def response_times(incidents: Iterable[dict[str, Any]], activity: Iterable[dict[str, Any]], *,
                   utc_offset_h: float = 0.0) -> dict[str, Any]:
    """Seconds from creation to the first entry of each milestone, as median and p90 per shift and per operator.

    The operator is whoever acknowledged the incident (the owner after); the shift is that of the creation."""
    firsts: dict[str, dict[str, int]] = defaultdict(dict)
    acknowledged_by: dict[str, str] = {}
    for entry in sorted(activity, key=lambda e: e["ts_ms"]):
        milestone = milestone_of(entry["action"], entry.get("detail", ""))
        if milestone is None:
            continue
        firsts[entry["incident_id"]].setdefault(milestone, entry["ts_ms"])
        if milestone == "acknowledge":
            acknowledged_by.setdefault(entry["incident_id"], entry["actor"])
    samples: dict[str, dict[str, dict[str, list[float]]]] = {
        "shift": defaultdict(lambda: defaultdict(list)), "operator": defaultdict(lambda: defaultdict(list))}
    for incident in incidents:
        reached = firsts.get(incident["id"])
        if not reached:
            continue
        shift = shift_of(incident["created_ms"], utc_offset_h)
        operator = acknowledged_by.get(incident["id"]) or incident.get("owner") or "unknown"
        for milestone, ts in reached.items():
            seconds = max(0.0, (ts - incident["created_ms"]) / 1000)
            samples["shift"][shift][milestone].append(seconds)
            samples["operator"][operator][milestone].append(seconds)
    return {by: [{"key": key, **{m: summary(values.get(m, [])) for m in MILESTONES}}
                 for key, values in sorted(groups.items())] for by, groups in samples.items()}


def summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"count": 0, "median_s": None, "p90_s": None}
    return {"count": len(values), "median_s": round(statistics.median(values), 1),
            "p90_s": round(percentile(values, 90), 1)}


def percentile(values: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), defined for one value too."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def counts_per_bucket(rows: Iterable[tuple[int, str, int]], bucket: str, offset_ms: int = 0) -> dict[str, Any]:
    """(bucket index of created_ms + offset_ms, group key, count) rows, e.g. from SQL GROUP BY, as one chart
    series per key, biggest first; `starts_ms` are the buckets' starts in Unix ms (local midnight for days)."""
    size = BUCKETS[bucket]
    series: dict[str, dict[int, int]] = defaultdict(dict)
    starts: set[int] = set()
    for index, key, count in rows:
        start = int(index) * size - offset_ms
        series[key][start] = series[key].get(start, 0) + int(count)
        starts.add(start)
    ordered = sorted(starts)
    return {"bucket": bucket, "bucket_ms": size, "starts_ms": ordered,
            "series": [{"key": key, "counts": [values.get(s, 0) for s in ordered]}
                       for key, values in sorted(series.items(), key=lambda kv: -sum(kv[1].values()))]}
