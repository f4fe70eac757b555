"""Synthetic Kosshy district: districts, road graph, cameras, SOS points (static geography)."""

from __future__ import annotations

import math
from dataclasses import dataclass

CENTRE = (51.080, 71.640)
TIMEZONE = "Asia/Almaty"
SITE_NAME = "Kosshy Smart City Centre (simulated)"

# North-south roads (lon) and east-west roads (lat) of the town grid.
_NS_ROADS = [
    ("ns-1", "Kabanbay batyr avenue", 71.614),
    ("ns-2", "Abay street", 71.627),
    ("ns-3", "Respublika avenue", 71.640),
    ("ns-4", "Kenesary street", 71.653),
    ("ns-5", "Baiterek street", 71.666),
]
_EW_ROADS = [
    ("ew-1", "Tauelsizdik street", 51.064),
    ("ew-2", "Nurly Zhol avenue", 51.072),
    ("ew-3", "Tole bi street", 51.080),
    ("ew-4", "Saryarka street", 51.088),
    ("ew-5", "Bereke street", 51.096),
]


@dataclass(frozen=True)
class RoadNode:
    id: str
    lat: float
    lon: float


@dataclass(frozen=True)
class RoadEdge:
    id: str
    road_id: str
    name: str
    a: str
    b: str
    length_m: float


@dataclass(frozen=True)
class District:
    id: str
    name: str
    polygon: list[tuple[float, float]]


@dataclass(frozen=True)
class CameraSpec:
    id: str
    number: int
    name: str
    kind: str
    lat: float
    lon: float
    heading_deg: float
    fov_deg: float
    district: str
    road_name: str


@dataclass(frozen=True)
class SosPoint:
    id: str
    name: str
    lat: float
    lon: float


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in metres; exact enough for a town."""
    k = math.cos(math.radians((lat1 + lat2) / 2))
    dy = (lat2 - lat1) * 111_320.0
    dx = (lon2 - lon1) * 111_320.0 * k
    return math.hypot(dx, dy)


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north."""
    k = math.cos(math.radians((lat1 + lat2) / 2))
    return math.degrees(math.atan2((lon2 - lon1) * k, lat2 - lat1)) % 360.0


def _jitter(i: int, j: int) -> tuple[float, float]:
    # Small fixed offsets so the grid does not look ruled.
    return (((i * 7 + j * 3) % 5) - 2) * 0.00025, (((i * 5 + j * 11) % 5) - 2) * 0.0003


class RoadGraph:
    """Intersections (nodes) and named road segments (edges) with shortest-path routing."""

    def __init__(self) -> None:
        self.nodes: dict[str, RoadNode] = {}
        self.edges: list[RoadEdge] = []
        self.adjacent: dict[str, list[tuple[str, RoadEdge]]] = {}
        grid: dict[tuple[int, int], str] = {}
        for j, (_, _, lat) in enumerate(_EW_ROADS):
            for i, (_, _, lon) in enumerate(_NS_ROADS):
                dlat, dlon = _jitter(i, j)
                node = RoadNode(f"n-{j}{i}", round(lat + dlat, 6), round(lon + dlon, 6))
                self.nodes[node.id] = node
                self.adjacent[node.id] = []
                grid[(i, j)] = node.id
        self.roads: list[dict] = []
        for i, (road_id, name, _) in enumerate(_NS_ROADS):
            chain = [grid[(i, j)] for j in range(len(_EW_ROADS))]
            self._add_road(road_id, name, chain)
        for j, (road_id, name, _) in enumerate(_EW_ROADS):
            chain = [grid[(i, j)] for i in range(len(_NS_ROADS))]
            self._add_road(road_id, name, chain)

    def _add_road(self, road_id: str, name: str, chain: list[str]) -> None:
        for k in range(len(chain) - 1):
            a, b = self.nodes[chain[k]], self.nodes[chain[k + 1]]
            edge = RoadEdge(f"{road_id}-{k}", road_id, name, a.id, b.id, distance_m(a.lat, a.lon, b.lat, b.lon))
            self.edges.append(edge)
            self.adjacent[a.id].append((b.id, edge))
            self.adjacent[b.id].append((a.id, edge))
        points = [[self.nodes[n].lat, self.nodes[n].lon] for n in chain]
        self.roads.append({"id": road_id, "name": name, "points": points})

    def nearest_node(self, lat: float, lon: float) -> str:
        """The intersection closest to a point."""
        return min(self.nodes.values(), key=lambda n: distance_m(lat, lon, n.lat, n.lon)).id

    def route(self, start: str, goal: str) -> list[str]:
        """Shortest path (Dijkstra) as a list of node ids, start and goal included."""
        import heapq

        best = {start: 0.0}
        previous: dict[str, str] = {}
        queue = [(0.0, start)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == goal:
                break
            if cost > best.get(node, math.inf):
                continue
            for other, edge in self.adjacent[node]:
                new_cost = cost + edge.length_m
                if new_cost < best.get(other, math.inf):
                    best[other] = new_cost
                    previous[other] = node
                    heapq.heappush(queue, (new_cost, other))
        path = [goal]
        while path[-1] != start:
            path.append(previous[path[-1]])
        return path[::-1]


def _districts() -> list[District]:
    west, east = 71.604, 71.676
    return [
        District("d-north", "Soltustik", [(51.105, west), (51.105, east), (51.084, east), (51.0845, west)]),
        District("d-centre", "Ortalyq", [(51.0845, west), (51.084, east), (51.0685, east), (51.068, west)]),
        District("d-south", "Ontustik", [(51.068, west), (51.0685, east), (51.056, east), (51.056, west)]),
    ]


def point_in_polygon(lat: float, lon: float, polygon: list[tuple[float, float]]) -> bool:
    """Ray casting test on (lat, lon) vertices."""
    inside = False
    n = len(polygon)
    for k in range(n):
        (y1, x1), (y2, x2) = polygon[k], polygon[(k + 1) % n]
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


# (edge id, fraction along it, kind, label of the crossing street or landmark)
_CAMERA_SITES = [
    ("ns-3-2", 0.15, "fixed", "Tole bi"),
    ("ns-3-1", 0.50, "fixed", "Akimat square"),
    ("ew-3-1", 0.40, "fixed", "Abay"),
    ("ew-3-2", 0.10, "ptz", "Baiterek tower"),
    ("ns-2-0", 0.60, "fixed", "School No. 3"),
    ("ew-2-0", 0.50, "fixed", "Bus terminal"),
    ("ns-4-2", 0.30, "fixed", "Central market"),
    ("ew-4-3", 0.50, "fixed", "Clinic"),
    ("ns-1-3", 0.50, "ptz", "Grain elevator"),
    ("ew-1-2", 0.40, "fixed", "Railway crossing"),
    ("ns-5-1", 0.50, "fixed", "Industrial zone"),
    ("ew-5-1", 0.60, "fixed", "Park Zhastar"),
    ("ns-3-3", 0.50, "ptz", "Residential towers"),
    ("ew-2-3", 0.30, "fixed", "Mosque"),
    ("ns-4-0", 0.50, "fixed", "Water utility"),
    ("ew-4-0", 0.50, "fixed", "Astana road exit"),
]

_SOS_SITES = [
    ("sos-01", "Akimat square", "ns-3-1", 0.7),
    ("sos-02", "Bus terminal", "ew-2-0", 0.3),
    ("sos-03", "Park Zhastar", "ew-5-1", 0.4),
    ("sos-04", "Central market", "ns-4-2", 0.6),
    ("sos-05", "Railway crossing", "ew-1-2", 0.7),
    ("sos-06", "School No. 3", "ns-2-0", 0.3),
]


class KosshyDistrict:
    """All static geography of the simulated town, built once."""

    def __init__(self) -> None:
        self.graph = RoadGraph()
        self.districts = _districts()
        edges = {e.id: e for e in self.graph.edges}
        self.cameras: list[CameraSpec] = []
        for number, (edge_id, frac, kind, label) in enumerate(_CAMERA_SITES, start=1):
            edge = edges[edge_id]
            lat, lon = self._along(edge, frac)
            a, b = self.graph.nodes[edge.a], self.graph.nodes[edge.b]
            heading = bearing_deg(a.lat, a.lon, b.lat, b.lon)
            heading = (heading + (180.0 if number % 2 else 0.0) + (number * 13) % 20 - 10) % 360.0
            self.cameras.append(
                CameraSpec(
                    id=f"cam-{number:02d}",
                    number=number,
                    name=f"{edge.name.split(' ')[0]} / {label}",
                    kind=kind,
                    lat=round(lat, 6),
                    lon=round(lon, 6),
                    heading_deg=round(heading, 1),
                    fov_deg=55.0 if kind == "ptz" else 60.0 + (number * 7) % 31,
                    district=self.district_of(lat, lon),
                    road_name=edge.name,
                )
            )
        self.sos_points = []
        for point_id, name, edge_id, frac in _SOS_SITES:
            lat, lon = self._along(edges[edge_id], frac)
            self.sos_points.append(SosPoint(point_id, name, round(lat, 6), round(lon, 6)))
        self.camera_by_id = {c.id: c for c in self.cameras}

    def _along(self, edge: RoadEdge, frac: float) -> tuple[float, float]:
        a, b = self.graph.nodes[edge.a], self.graph.nodes[edge.b]
        return a.lat + (b.lat - a.lat) * frac, a.lon + (b.lon - a.lon) * frac

    def district_of(self, lat: float, lon: float) -> str:
        """Id of the district containing the point (nearest-by-latitude fallback outside all)."""
        for district in self.districts:
            if point_in_polygon(lat, lon, district.polygon):
                return district.id
        return "d-north" if lat > 51.084 else "d-south" if lat < 51.068 else "d-centre"

    def site_json(self) -> dict:
        """The contract `Site` object."""
        return {
            "name": SITE_NAME,
            "timezone": TIMEZONE,
            "centre": {"lat": CENTRE[0], "lon": CENTRE[1]},
            "districts": [
                {"id": d.id, "name": d.name, "polygon": [[lat, lon] for lat, lon in d.polygon]}
                for d in self.districts
            ],
            "roads": self.graph.roads,
            "sos_points": [{"id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon} for p in self.sos_points],
        }
