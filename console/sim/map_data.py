"""The Kosshy district as a basemap (blocks, parks, river, roads, labels) and as searchable places."""

from __future__ import annotations

from dataclasses import dataclass

from console.map.basemap import BasemapData, Label
from console.sim.district import _EW_ROADS, _NS_ROADS, KosshyDistrict

MAJOR_ROADS = {"ns-1", "ns-3", "ew-2", "ew-4"}  # avenues and through roads: drawn wider
ATTRIBUTION = "Basemap: Qala Console, synthetic Kosshy district"


def _rect(lat0: float, lon0: float, lat1: float, lon1: float) -> list[tuple[float, float]]:
    return [(lat0, lon0), (lat0, lon1), (lat1, lon1), (lat1, lon0)]


def kosshy_basemap(district: KosshyDistrict | None = None) -> BasemapData:
    district = district or KosshyDistrict()
    data = BasemapData(name="Kosshy (synthetic)", attribution=ATTRIBUTION)
    data.districts = [(d.name, list(d.polygon)) for d in district.districts]
    for road in district.graph.roads:
        width = 26.0 if road["id"] in MAJOR_ROADS else 16.0
        data.roads.append((road["name"], [tuple(p) for p in road["points"]], width))
    # the blocks between the grid streets, each split into four building plots
    lats = [lat for _, _, lat in _EW_ROADS]
    lons = [lon for _, _, lon in _NS_ROADS]
    lats = [lats[0] - 0.008, *lats, lats[-1] + 0.008]
    lons = [lons[0] - 0.010, *lons, lons[-1] + 0.010]
    park = (len(lats) - 2, 2)  # north of Bereke street, between Abay and Respublika: Park Zhastar
    for j in range(len(lats) - 1):
        for i in range(len(lons) - 1):
            lat0, lat1 = lats[j] + 0.0007, lats[j + 1] - 0.0007
            lon0, lon1 = lons[i] + 0.0010, lons[i + 1] - 0.0010
            if (j, i) == park:
                data.parks.append(_rect(lat0, lon0, lat1, lon1))
                continue
            if j == 0 and i < 2:
                continue  # the river bank
            mid_lat, mid_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2
            for a0, a1 in ((lat0, mid_lat - 0.0004), (mid_lat + 0.0004, lat1)):
                for b0, b1 in ((lon0, mid_lon - 0.0006), (mid_lon + 0.0006, lon1)):
                    data.blocks.append(_rect(a0, b0, a1, b1))
    # the river Esil along the south-west edge
    river_n = [(51.0615, 71.590), (51.0600, 71.605), (51.0575, 71.620), (51.0560, 71.632), (51.0520, 71.645)]
    river_s = [(p[0] - 0.0030, p[1] + 0.0010) for p in reversed(river_n)]
    data.water.append(river_n + river_s)
    data.labels.append(Label("Esil", 51.0575, 71.607, 13, 22, 0.45))
    for road in district.graph.roads:
        points = road["points"]
        mid = len(points) // 2
        a, b = points[mid - 1], points[mid]
        data.labels.append(Label(road["name"], (a[0] + b[0]) / 2 + 0.0002, (a[1] + b[1]) / 2, 17, 22, 0.38))
    for camera in district.cameras:
        landmark = camera.name.split(" / ", 1)[1]
        data.labels.append(Label(landmark, camera.lat - 0.0006, camera.lon, 17, 22, 0.42))
    return data


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str  # street, district, landmark, sos
    lat: float
    lon: float

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "lat": self.lat, "lon": self.lon}


def kosshy_places(district: KosshyDistrict) -> list[Place]:
    places = []
    for road in district.graph.roads:
        points = road["points"]
        mid = points[len(points) // 2]
        places.append(Place(road["id"], road["name"], "street", mid[0], mid[1]))
    for d in district.districts:
        lat = sum(p[0] for p in d.polygon) / len(d.polygon)
        lon = sum(p[1] for p in d.polygon) / len(d.polygon)
        places.append(Place(d.id, d.name, "district", round(lat, 6), round(lon, 6)))
    seen = set()
    for camera in district.cameras:
        landmark = camera.name.split(" / ", 1)[1]
        if landmark not in seen:
            seen.add(landmark)
            places.append(
                Place(
                    f"landmark-{camera.number:02d}",
                    f"{landmark}, {camera.road_name}",
                    "landmark",
                    camera.lat,
                    camera.lon,
                )
            )
    for point in district.sos_points:
        places.append(Place(point.id, f"SOS {point.name}", "sos", point.lat, point.lon))
    return places


def search_places(places: list[Place], query: str, limit: int = 10) -> list[Place]:
    """Every word of the query must start a word of the name (case-insensitive); names that start with the
    query come first, then by name."""
    words = query.casefold().split()
    if not words:
        return []
    hits = []
    for place in places:
        name_words = place.name.casefold().replace("/", " ").replace(".", " ").split()
        if all(any(nw.startswith(w) for nw in name_words) for w in words):
            hits.append(place)
    hits.sort(key=lambda p: (not p.name.casefold().startswith(words[0]), p.name))
    return hits[:limit]
