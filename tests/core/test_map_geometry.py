"""Map core: Web Mercator tile math, geodesy (haversine, view cones) and grid clustering."""

import math

import pytest

from console.map import mercator
from console.map.cluster import cluster_grid
from console.map.geo import bearing_deg, destination, format_distance, fov_cone, haversine_m, path_length_m


def _osm_wiki_tile(lat, lon, z):
    """The formula from the OpenStreetMap wiki (asinh(tan)), independent of ours (log of a ratio of sines)."""
    n = 2**z
    x = (lon + 180.0) / 360.0 * n
    y = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return int(x), int(y)


@pytest.mark.parametrize(
    "lat,lon", [(51.08, 71.64), (43.238, 76.945), (-33.86, 151.21), (0.0, 0.0), (64.1, -21.9)]
)
@pytest.mark.parametrize("z", [0, 5, 12, 16, 19])
def test_tile_of_matches_the_osm_formula(lat, lon, z):
    assert mercator.tile_of(lat, lon, z) == _osm_wiki_tile(lat, lon, z)


def test_world_pixels_round_trip_and_fixed_points():
    assert mercator.to_world(0.0, 0.0, 1) == pytest.approx((256.0, 256.0))
    assert mercator.to_world(mercator.MAX_LAT, -180.0, 3) == pytest.approx((0.0, 0.0), abs=1e-6)
    for lat, lon, z in [(51.08, 71.64, 15), (-45.0, -120.5, 7.5), (80.0, 179.9, 18)]:
        back = mercator.from_world(*mercator.to_world(lat, lon, z), z)
        assert back == pytest.approx((lat, lon), abs=1e-9)
    # beyond the square world: clamped, not an error
    assert mercator.to_world(89.9, 0, 0)[1] == pytest.approx(0.0, abs=1e-6)


def test_tile_bounds_contain_the_point_and_the_tms_flip():
    north, west, south, east = mercator.tile_bounds(0, 0, 1)
    assert (north, west, south, east) == pytest.approx((mercator.MAX_LAT, -180.0, 0.0, 0.0), abs=1e-6)
    x, y = mercator.tile_of(51.08, 71.64, 14)
    north, west, south, east = mercator.tile_bounds(x, y, 14)
    assert south <= 51.08 <= north and west <= 71.64 <= east
    assert mercator.tms_y(0, 3) == 7 and mercator.tms_y(mercator.tms_y(5, 3), 3) == 5


def test_metres_per_pixel_and_tiles_in_view():
    assert mercator.metres_per_pixel(0, 0) == pytest.approx(156_543.03, rel=1e-6)
    assert mercator.metres_per_pixel(60, 1) == pytest.approx(156_543.03 / 2 / 2, rel=1e-6)
    tiles = list(mercator.tiles_in_view(100, 100, 700, 400, 3))
    assert set(tiles) == {(x, y) for x in range(0, 3) for y in range(0, 2)}
    assert tiles[0][1] in (0, 1)
    # rows outside the world are never asked for; columns wrap (the caller takes x modulo 2^z)
    assert all(0 <= y < 2 for _, y in mercator.tiles_in_view(-300, -300, 10, 10, 1))


def test_haversine_against_known_distances():
    # one degree of latitude on the mean sphere: 111.195 km
    assert haversine_m(0, 0, 1, 0) == pytest.approx(111_195, rel=1e-4)
    # Astana to Almaty: about 970 km in a straight line
    assert haversine_m(51.1694, 71.4491, 43.2389, 76.8897) == pytest.approx(970_000, rel=0.02)
    assert haversine_m(51.08, 71.64, 51.08, 71.64) == 0.0
    assert path_length_m([(0, 0), (1, 0), (1, 0)]) == pytest.approx(111_195, rel=1e-4)
    assert format_distance(850.4) == "850 m" and format_distance(1240) == "1.24 km"


def test_destination_and_bearing_agree():
    for bearing in (0, 45, 90, 200, 359):
        lat, lon = destination(51.08, 71.64, bearing, 500)
        assert haversine_m(51.08, 71.64, lat, lon) == pytest.approx(500, rel=1e-6)
        turn = (bearing_deg(51.08, 71.64, lat, lon) - bearing + 180) % 360 - 180
        assert turn == pytest.approx(0, abs=1e-3)


def test_fov_cone_spans_the_field_of_view_at_the_range():
    cone = fov_cone(51.08, 71.64, heading_deg=90, fov_deg=60, range_m=200, steps=6)
    assert cone[0] == (51.08, 71.64) and len(cone) == 8
    bearings = [bearing_deg(51.08, 71.64, *p) for p in cone[1:]]
    assert bearings[0] == pytest.approx(60, abs=1e-3) and bearings[-1] == pytest.approx(120, abs=1e-3)
    assert all(haversine_m(51.08, 71.64, *p) == pytest.approx(200, rel=1e-6) for p in cone[1:])
    # heading north across 0°: the left edge is at 340°
    assert bearing_deg(51.08, 71.64, *fov_cone(51.08, 71.64, 0, 40, 100)[1]) == pytest.approx(340, abs=1e-3)
    with pytest.raises(ValueError, match="field of view"):
        fov_cone(51.08, 71.64, 0, 0, 100)
    with pytest.raises(ValueError, match="range"):
        fov_cone(51.08, 71.64, 0, 60, -1)


def test_grid_clustering_groups_by_cell_and_keeps_every_marker():
    points = [("a", 10, 10), ("b", 30, 20), ("c", 70, 10), ("d", 75, 90), ("e", 12, 14)]
    clusters = cluster_grid(points, 64)
    by_members = {tuple(c.members): c for c in clusters}
    assert set(by_members) == {("a", "b", "e"), ("c",), ("d",)}
    abe = by_members[("a", "b", "e")]
    assert (abe.x, abe.y) == pytest.approx((52 / 3, 44 / 3)) and abe.size == 3
    assert sum(c.size for c in clusters) == len(points)
    # a finer grid splits them; a huge one makes one cluster
    assert len(cluster_grid(points, 2)) == 5
    assert len(cluster_grid(points, 10_000)) == 1
    with pytest.raises(ValueError):
        cluster_grid(points, 0)


def test_clustering_2000_markers_by_zoom():
    """More zoom, more clusters; at the street zoom the demo district's markers stand alone."""
    import random

    rng = random.Random(3)
    cams = [(i, 51.06 + rng.random() * 0.04, 71.61 + rng.random() * 0.06) for i in range(2000)]
    counts = []
    for z in (11, 13, 15, 18):
        clusters = cluster_grid(((i, *mercator.to_world(lat, lon, z)) for i, lat, lon in cams), 48)
        assert sum(c.size for c in clusters) == 2000
        counts.append(len(clusters))
    assert counts == sorted(counts) and counts[0] < 30 and counts[-1] > 1000
