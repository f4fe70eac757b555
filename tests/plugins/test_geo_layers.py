"""Built-in plugin geo_layers: GeoJSON/CSV parsing, and end to end: file -> styled layer -> edit -> reload."""

import json

import pytest

from console.plugins import PluginState
from plugins.geo_layers.features import GeoFileError, load_file, parse_csv, parse_geojson
from tests.plugins.conftest import BUILTINS

HYDRANTS = [(51.080, 71.630), (51.085, 71.640), (51.090, 71.650)]


def point(lat, lon, **props):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def collection(features):
    return json.dumps({"type": "FeatureCollection", "features": features})


def test_geojson_kinds_geometries_and_bad_features():
    district = {"type": "Feature", "properties": {"name": "Centre"},
                "geometry": {"type": "Polygon", "coordinates": [[[71.62, 51.07], [71.66, 51.07], [71.66, 51.10],
                                                                 [71.62, 51.07]]]}}
    text = collection([point(51.08, 71.63, emergency="fire_hydrant"), point(51.08, 71.64, amenity="school"),
                       point(51.09, 71.64, amenity="hospital", name="City Hospital"), district,
                       point(95, 71.0), {"type": "Feature", "geometry": {"type": "Circle"}}])
    result = parse_geojson(text)
    assert [(f.kind, f.geometry) for f in result.features] == [
        ("hydrant", "point"), ("school", "point"), ("hospital", "point"), ("district", "polygon")]
    assert result.features[2].name == "City Hospital"
    assert result.features[3].parts[0][0] == (51.07, 71.62)  # (lat, lon) from GeoJSON's [lon, lat]
    assert result.skipped == 2 and "out of range" in result.first_problem
    with pytest.raises(GeoFileError, match="not valid JSON"):
        parse_geojson("{oops")
    with pytest.raises(GeoFileError, match="not GeoJSON"):
        parse_geojson('{"type": "Topology"}')


def test_csv_columns_delimiters_and_decimal_commas(tmp_path):
    result = parse_csv("name;latitude;longitude;type\nSchool 3;51,081;71,632;school\nbad;x;71;school\n\n", "other")
    assert [(f.name, f.kind, f.parts[0][0]) for f in result.features] == [("School 3", "school", (51.081, 71.632))]
    assert result.skipped == 1 and "line 3" in result.first_problem
    path = tmp_path / "hydrants.csv"
    path.write_text("lat,lon\n51.08,71.63\n51.09,71.64\n")
    assert [f.kind for f in load_file(path).features] == ["hydrant", "hydrant"]  # the kind from the file name
    with pytest.raises(GeoFileError, match="lat and lon"):
        parse_csv("a,b\n1,2\n")
    with pytest.raises(GeoFileError, match="unknown file type"):
        load_file(tmp_path / "x.kml")
    with pytest.raises(GeoFileError, match="cannot read"):
        load_file(tmp_path / "missing.csv")


def colour_at(image, p):
    return image.pixelColor(round(p.x()), round(p.y()))


def test_layers_load_paint_and_reload_when_the_file_changes(builtin_plugins, plugin_console, plugin_settings,
                                                            tmp_path, qtbot):
    hydrants = tmp_path / "hydrants.geojson"
    hydrants.write_text(collection([point(lat, lon) for lat, lon in HYDRANTS]))
    schools = tmp_path / "schools.csv"
    schools.write_text("name,lat,lon\nSchool 1,51.075,71.625\nSchool 2,51.095,71.655\n")
    districts = tmp_path / "areas.geojson"
    districts.write_text(json.dumps({"type": "Polygon", "coordinates": [
        [[71.621, 51.071], [71.659, 51.071], [71.659, 51.099], [71.621, 51.099], [71.621, 51.071]]]}))
    plugin_settings.setValue("plugins/geo_layers/config/files", [str(hydrants), str(schools), f"{districts}|district"])
    context = plugin_console(only=["geo_layers"], dists=[BUILTINS])
    record = context.host.plugins["geo_layers"]
    assert record.state is PluginState.ACTIVE, record.errors
    plugin, window = record.instance, context.window
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: all(layer.loads == 1 for layer in plugin.layers), timeout=10000)  # parsed off-thread
    assert [len(layer.features) for layer in plugin.layers] == [3, 2, 1]
    assert [e[0] for e in context.map_layers.legend_entries()] == ["Hydrants (3)", "Schools (2)", "Districts (1)"]
    pane = window.map_pane.view  # the map itself (the pane around it has the toolbar)
    pane.centre_on(51.085, 71.64, zoom=14.0)
    image = pane.grab().toImage()
    p = pane.project(*HYDRANTS[0])
    assert colour_at(image, p).red() > 200 and colour_at(image, p).green() < 90  # a red hydrant dot
    # edit the file: a fourth hydrant appears on the map without a restart
    new = (51.082, 71.652)
    assert colour_at(image, pane.project(*new)).red() < 150
    hydrants.write_text(collection([point(lat, lon) for lat, lon in [*HYDRANTS, new]]))
    qtbot.waitUntil(lambda: len(plugin.layers[0].features) == 4, timeout=10000)
    image = pane.grab().toImage()
    assert colour_at(image, pane.project(*new)).red() > 200
    assert context.map_layers.legend_entries()[0][0] == "Hydrants (4)"
    # a broken save keeps the last good features and tells the operator
    hydrants.write_text('{"type": "FeatureCollection", "features": [')
    qtbot.waitUntil(lambda: "not valid JSON" in plugin.layers[0].error, timeout=10000)
    assert len(plugin.layers[0].features) == 4
    assert any("hydrants.geojson is broken" in n for n in context.notices)
    assert record.state is PluginState.ACTIVE
    # replaced by a fresh file (as editors save): reloaded again
    hydrants.unlink()
    tmp = tmp_path / "hydrants.tmp"
    tmp.write_text(collection([point(*HYDRANTS[0])]))
    tmp.rename(hydrants)
    qtbot.waitUntil(lambda: len(plugin.layers[0].features) == 1 and not plugin.layers[0].error, timeout=10000)
    assert plugin.list.item(0).text().startswith("hydrants.geojson: 1 features")
    # a file added from the panel is remembered for the next start
    extra = tmp_path / "hospitals.csv"
    extra.write_text("lat,lon\n51.08,71.64\n")
    added = plugin.add_file(str(extra))
    assert str(extra) in plugin_settings.value("plugins/geo_layers/config/files")
    qtbot.waitUntil(lambda: added.loads == 1, timeout=10000)
    assert added.counts() == {"hospital": 1}
    broken = plugin.add_file(str(tmp_path / "missing.csv"))
    qtbot.waitUntil(lambda: "cannot read" in broken.error, timeout=10000)
    assert any("cannot load missing.csv" in n for n in context.notices)
    window.wall.stop()
