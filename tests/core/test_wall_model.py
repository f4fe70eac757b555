"""The Qt-free wall model: presets as cell rectangles, assignment, tours, JSON, the local store and arrangement."""

import json

import pytest

from console.wall import PRESETS, Arrangement, LayoutError, LayoutStore, ScreenWall, Tour, WallLayout, preset


def covered(p):
    units = [(c.row + r, c.col + k) for c in p.cells for r in range(c.row_span) for k in range(c.col_span)]
    return units


@pytest.mark.parametrize("name, rows, cells", [("1", 1, 1), ("2x2", 2, 4), ("3x3", 3, 9), ("4x4", 4, 16),
                                               ("5x5", 5, 25), ("6x6", 6, 36), ("1+5", 3, 6), ("1+7", 4, 8),
                                               ("2+8", 4, 10), ("1+12", 4, 13)])
def test_every_preset_tiles_its_grid_exactly_once(name, rows, cells):
    p = preset(name)
    assert (p.rows, p.cols, len(p)) == (rows, rows, cells)
    units = covered(p)
    assert len(units) == len(set(units)) == rows * rows  # no overlap, no hole
    assert all(0 <= r < rows and 0 <= c < rows for r, c in units)


def test_spanned_layouts_put_the_big_cells_first():
    assert preset("1+5").cells[0].row_span == 2 and preset("1+5").cells[1].row_span == 1
    assert preset("1+7").cells[0].col_span == 3
    big = preset("2+8").cells[:2]
    assert [(c.row, c.col, c.row_span) for c in big] == [(0, 0, 2), (0, 2, 2)]
    assert (preset("1+12").cells[0].row, preset("1+12").cells[0].col) == (1, 1)
    assert preset("1+12").cells[0].normalised(4, 4) == (0.25, 0.25, 0.5, 0.5)


def test_unknown_preset_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown layout '7x7'"):
        preset("7x7")
    with pytest.raises(LayoutError, match="unknown layout preset"):
        WallLayout("x", "nine")


def test_assign_swap_fill_and_changing_preset_keeps_order():
    layout = WallLayout("Shift A", "2x2")
    assert layout.cameras == [None] * 4
    layout.fill(["cam-01", "cam-02", "cam-03"])
    layout.assign(3, "cam-09")
    layout.swap(0, 3)
    assert layout.cameras == ["cam-09", "cam-02", "cam-03", "cam-01"]
    assert layout.cell_of("cam-03") == 2
    with pytest.raises(LayoutError, match="outside"):
        layout.assign(4, "cam-01")
    layout.set_preset("1+5")
    assert layout.cameras == ["cam-09", "cam-02", "cam-03", "cam-01", None, None]
    layout.set_preset("1")
    assert layout.cameras == ["cam-09"]


def test_tile_tour_and_wall_tour_cycle():
    tile = Tour(("a", "b", "c"), 5.0, cell=1)
    assert [tile.assignment(tile.step_at(t), 4) for t in (0, 4.9, 5, 15)] == [{1: "a"}, {1: "a"}, {1: "b"}, {1: "a"}]
    wall = Tour(("a", "b", "c", "d", "e"), 10.0)
    assert wall.assignment(0, 4) == {0: "a", 1: "b", 2: "c", 3: "d"}
    assert wall.assignment(1, 4) == {0: "e", 1: None, 2: None, 3: None}
    assert wall.assignment(2, 4) == wall.assignment(0, 4)
    with pytest.raises(LayoutError, match="at least"):
        Tour(("a",), 0.5)
    with pytest.raises(LayoutError, match="camera"):
        Tour((), 5.0)


def test_json_round_trip_and_strict_parsing():
    layout = WallLayout("Night", "1+7", ["cam-01", None, "cam-05"], [Tour(("cam-02", "cam-03"), 8.0, 2)])
    text = json.dumps(layout.to_json())
    again = WallLayout.from_json(json.loads(text))
    assert again == layout
    for bad, message in [([], "object"), ({"name": "x"}, "preset"), ({"name": 3, "preset": "1"}, "name"),
                         ({"name": "x", "preset": "1", "cameras": [1]}, "cameras"),
                         ({"name": "x", "preset": "1", "cameras": ["a", "b"]}, "2 cameras for 1 cells"),
                         ({"name": "x", "preset": "2x2", "tours": [{"cameras": ["a"], "interval_s": 5, "cell": 9}]},
                          "tour.cell"),
                         ({"name": "x", "preset": "1", "version": 9}, "version"),
                         ({"name": "a/b\n", "preset": "1"}, "layout name")]:
        with pytest.raises(LayoutError, match=message):
            WallLayout.from_json(bad)


def test_store_saves_atomically_lists_and_keeps_broken_files(tmp_path):
    store = LayoutStore(tmp_path)
    store.save(WallLayout("Centre 2x2", "2x2", ["cam-01"]))
    store.save(WallLayout("Alarms (1+5)", "1+5"))
    assert store.names() == ["Alarms (1+5)", "Centre 2x2"]
    assert store.load("Centre 2x2").cameras[0] == "cam-01"
    assert not list((tmp_path / "layouts").glob("*.tmp"))  # no temp files left behind
    broken = tmp_path / "layouts" / "Broken.json"
    broken.write_text("{not json")
    assert [layout.name for layout in store.all()] == ["Alarms (1+5)", "Centre 2x2"]
    assert "cannot read" in store.broken["Broken"] and broken.exists()  # reported, not deleted
    with pytest.raises(LayoutError, match="no layout"):
        store.load("missing")
    added = store.merge_shared([WallLayout("Centre 2x2", "1"), WallLayout("Shared", "3x3")])
    assert added == ["Shared"] and store.load("Centre 2x2").preset_name == "2x2"  # local ones win
    assert store.delete("Shared") and not store.delete("Shared")


def test_arrangement_round_trip_and_lookup(tmp_path):
    assert Arrangement.load(tmp_path).walls == []
    arrangement = Arrangement([ScreenWall("HDMI-1", 0, WallLayout("a", "2x2"), False),
                               ScreenWall("HDMI-2", 1, WallLayout("b", "1+12"), True)])
    arrangement.save(tmp_path)
    again = Arrangement.load(tmp_path)
    assert again == arrangement
    assert again.for_screen("HDMI-2", 5).layout.preset_name == "1+12"
    assert again.for_screen("DP-3", 0) is None
    again.put(ScreenWall("HDMI-2", 1, WallLayout("c", "1"), False))
    assert [w.layout.name for w in again.walls] == ["a", "c"]
    (tmp_path / "arrangement.json").write_text('{"walls": [{"screen": 1}]}')
    with pytest.raises(LayoutError):
        Arrangement.load(tmp_path)


def test_arrangement_keeps_the_main_wall_and_window_places_apart(tmp_path):
    main = ScreenWall("DP-1", 0, WallLayout("Wall", "1+5"), False, main=True, geometry=(120, 80, 900, 500))
    extra = ScreenWall("DP-1", 0, WallLayout("Same screen", "2x2"), True, geometry=(0, 0, 1280, 720))
    arrangement = Arrangement([main])
    arrangement.put(extra)  # a wall window may share the main window's screen name: both stay
    arrangement.remove("DP-1")  # pulling a screen never drops the main window's wall
    assert arrangement.walls == [main] and arrangement.main is main
    arrangement.put(extra)
    assert arrangement.for_screen("DP-1", 0) is extra
    arrangement.save(tmp_path)
    again = Arrangement.load(tmp_path)
    assert again == arrangement and again.main.geometry == (120, 80, 900, 500)
    raw = json.loads((tmp_path / "arrangement.json").read_text())
    for bad in ([1, 2, 3], [0, 0, 0, 10], [0, 0, "w", 10], [0, 0, True, 10]):
        raw["walls"][0]["geometry"] = bad
        with pytest.raises(LayoutError, match="geometry"):
            Arrangement.from_json(raw)
    raw["walls"][0]["geometry"] = None
    raw["walls"][1]["main"] = True
    with pytest.raises(LayoutError, match="more than one"):
        Arrangement.from_json(raw)
    old = {"walls": [{"screen": "HDMI-1", "screen_index": 0, "layout": WallLayout("a", "2x2").to_json()}]}
    assert Arrangement.from_json(old).walls[0].geometry is None  # files from before geometry still load


def test_config_folder_follows_the_override(tmp_path, monkeypatch):
    from console.wall.store import config_dir

    monkeypatch.setenv("QALA_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    monkeypatch.delenv("QALA_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "xdg" / "qala-console"


def test_presets_are_the_ones_operators_expect():
    assert list(PRESETS) == ["1", "2x2", "3x3", "4x4", "5x5", "6x6", "1+5", "1+7", "2+8", "1+12"]
