"""GeoJSON and CSV files to map features (Qt-free): points, lines and polygons in (lat, lon), each with a kind."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("hydrant", "school", "hospital", "district", "other")
LAT_COLUMNS = ("lat", "latitude", "y", "широта", "ендік")
LON_COLUMNS = ("lon", "lng", "long", "longitude", "x", "долгота", "бойлық")
MAX_BYTES = 50 << 20


class GeoFileError(ValueError):
    """The file cannot be read as a layer at all (the layer keeps what it had)."""


@dataclass(frozen=True, slots=True)
class Feature:
    kind: str  # one of KINDS
    geometry: str  # "point", "line" or "polygon"
    parts: tuple[tuple[tuple[float, float], ...], ...]  # rings / lines / single points, each of (lat, lon)
    name: str = ""


@dataclass
class LoadResult:
    features: list[Feature] = field(default_factory=list)
    skipped: int = 0
    first_problem: str = ""

    def skip(self, why: str) -> None:
        self.skipped += 1
        if not self.first_problem:
            self.first_problem = why


def kind_from_text(text: str) -> str | None:
    """hydrants.geojson, amenity=school, "Hospital No. 2"... -> a kind, or None."""
    low = text.lower()
    for kind, words in (("hydrant", ("hydrant", "гидрант")), ("school", ("school", "школ", "мектеп")),
                        ("hospital", ("hospital", "clinic", "больниц", "аурухана")),
                        ("district", ("district", "район", "аудан", "boundary"))):
        if any(word in low for word in words):
            return kind
    return None


def kind_of_properties(properties: dict[str, Any]) -> str | None:
    for key in ("kind", "type", "amenity", "emergency", "category", "class"):
        value = properties.get(key)
        if isinstance(value, str):
            kind = kind_from_text(value)
            if kind is not None:
                return kind
    return None


def _point(value: Any, where: str) -> tuple[float, float]:
    if not isinstance(value, list | tuple) or len(value) < 2:
        raise ValueError(f"{where}: a position is [lon, lat], got {value!r}")
    lon, lat = value[0], value[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lon, lat)):
        raise ValueError(f"{where}: coordinates must be numbers, got {value!r}")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{where}: lat {lat}, lon {lon} out of range")
    return float(lat), float(lon)


def _line(value: Any, where: str) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}: expected a list of positions")
    return tuple(_point(p, where) for p in value)


def _geometry(geometry: Any, where: str) -> tuple[str, tuple[tuple[tuple[float, float], ...], ...]]:
    if not isinstance(geometry, dict):
        raise ValueError(f"{where}: no geometry")
    kind, coords = geometry.get("type"), geometry.get("coordinates")
    if kind == "Point":
        return "point", ((_point(coords, where),),)
    if kind == "MultiPoint" and isinstance(coords, list):
        return "point", tuple((_point(p, where),) for p in coords)
    if kind == "LineString":
        return "line", (_line(coords, where),)
    if kind == "MultiLineString" and isinstance(coords, list):
        return "line", tuple(_line(line, where) for line in coords)
    if kind == "Polygon" and isinstance(coords, list):
        return "polygon", tuple(_line(ring, where) for ring in coords)[:1]  # the outer ring; holes are not drawn
    if kind == "MultiPolygon" and isinstance(coords, list):
        return "polygon", tuple(_line(poly[0], where) for poly in coords if isinstance(poly, list) and poly)
    raise ValueError(f"{where}: unsupported geometry {kind!r}")


def parse_geojson(text: str, default_kind: str = "other") -> LoadResult:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GeoFileError(f"not valid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise GeoFileError("GeoJSON must be an object")
    if doc.get("type") == "FeatureCollection":
        items = doc.get("features")
        if not isinstance(items, list):
            raise GeoFileError("FeatureCollection without a features list")
    elif doc.get("type") == "Feature":
        items = [doc]
    elif "coordinates" in doc:
        items = [{"type": "Feature", "geometry": doc, "properties": {}}]
    else:
        raise GeoFileError(f"not GeoJSON (type {doc.get('type')!r})")
    result = LoadResult()
    for i, item in enumerate(items):
        where = f"feature {i + 1}"
        try:
            if not isinstance(item, dict):
                raise ValueError(f"{where}: not an object")
            geometry, parts = _geometry(item.get("geometry"), where)
            properties = item.get("properties") if isinstance(item.get("properties"), dict) else {}
            kind = kind_of_properties(properties) or ("district" if geometry == "polygon" and default_kind == "other"
                                                      else default_kind)
            name = properties.get("name") or properties.get("title") or ""
            result.features.append(Feature(kind, geometry, parts, str(name)))
        except ValueError as exc:
            result.skip(str(exc))
    return result


def _number(text: str) -> float:
    return float(text.strip().replace(",", "."))  # "51,12" in semicolon-separated files from spreadsheets


def parse_csv(text: str, default_kind: str = "other") -> LoadResult:
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample.split("\n", 1)[0] else ",")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower().lstrip("\ufeff") for h in next(reader)]
    except StopIteration as exc:
        raise GeoFileError("empty CSV file") from exc
    lat_col = next((header.index(c) for c in LAT_COLUMNS if c in header), None)
    lon_col = next((header.index(c) for c in LON_COLUMNS if c in header), None)
    if lat_col is None or lon_col is None:
        raise GeoFileError(f"CSV needs lat and lon columns (e.g. {LAT_COLUMNS[0]}, {LON_COLUMNS[0]}), has {header}")
    name_col = next((header.index(c) for c in ("name", "title", "название", "атауы") if c in header), None)
    kind_col = next((header.index(c) for c in ("kind", "type", "category", "amenity") if c in header), None)
    result = LoadResult()
    for line_no, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            lat, lon = _number(row[lat_col]), _number(row[lon_col])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(f"lat {lat}, lon {lon} out of range")
        except (ValueError, IndexError) as exc:
            result.skip(f"line {line_no}: {exc}")
            continue
        kind = (kind_from_text(row[kind_col]) if kind_col is not None and kind_col < len(row) else None) or default_kind
        name = row[name_col].strip() if name_col is not None and name_col < len(row) else ""
        result.features.append(Feature(kind, "point", (((lat, lon),),), name))
    return result


def load_file(path: str | Path, kind: str | None = None) -> LoadResult:
    """Features of a .geojson/.json or .csv file; `kind` or the file name decides the kind of unlabelled ones."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".geojson", ".json"):
        raise GeoFileError(f"unknown file type {path.suffix!r} (use .geojson, .json or .csv)")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise GeoFileError(f"file larger than {MAX_BYTES >> 20} MB")
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise GeoFileError(f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GeoFileError("not UTF-8 text") from exc
    default = kind or kind_from_text(path.stem) or "other"
    return parse_csv(text, default) if suffix == ".csv" else parse_geojson(text, default)
