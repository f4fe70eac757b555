"""The wall on its layout model: presets, drag and drop, swap, maximise, zoom, tours, alerts, keyboard, overlays."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from console.wall import Tour
from widgets.camera_list import CameraTree
from widgets.tile_base import CAMERA_MIME, TILE_MIME


def ids(wall):
    return [t.camera.id if t.camera else None for t in wall.tiles]


def drop(target, mime):
    """Enter then drop, through the tile's own handlers (Qt delivers Drop events only inside a real drag loop)."""
    point = QPointF(target.rect().center())
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, mods)
    enter.setAccepted(False)
    target.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, mods)
    event.setAccepted(False)
    target.dropEvent(event)
    return event.isAccepted()


def test_layout_switching_keeps_cameras_in_cell_order_and_spans_cells(make_wall, qtbot):
    wall = make_wall(2, 2)
    wall.show_cameras(["cam-01", "cam-02", "cam-03"])  # camera ids, as the alarm code passes them
    assert ids(wall) == ["cam-01", "cam-02", "cam-03", None]
    wall.set_layout("1+5")
    assert len(wall.tiles) == 6 and ids(wall)[:3] == ["cam-01", "cam-02", "cam-03"]
    qtbot.waitUntil(lambda: wall.tiles[0].width() > 400)
    big, small = wall.tiles[0].size(), wall.tiles[1].size()
    assert abs(big.width() - 2 * small.width()) <= 4 and abs(big.height() - 2 * small.height()) <= 4
    assert wall.tile_size_of(0)[0] == pytest.approx(big.width(), abs=4)
    wall.set_layout("6x6")
    assert len(wall.tiles) == 36 and wall.layout_model.preset_name == "6x6"
    wall.set_layout("1")
    assert ids(wall) == ["cam-01"]


def test_camera_dragged_from_the_tree_is_called_into_the_tile(make_wall, cameras, qtbot):
    wall = make_wall(2, 2)
    tree = CameraTree()
    qtbot.addWidget(tree)
    tree.set_cameras(cameras)
    item = next(i for i in tree.camera_items() if i.data(0, Qt.ItemDataRole.UserRole) == "cam-07")
    mime = tree.mimeData([item])
    assert bytes(mime.data(CAMERA_MIME).data()) == b"cam-07"
    assert drop(wall.tiles[2], mime)
    assert ids(wall)[2] == "cam-07" and wall.layout_model.cameras[2] == "cam-07"
    assert wall.selected == 2


def test_dragging_a_tile_onto_another_swaps_them_without_restarting_streams(make_wall):
    wall = make_wall(2, 2)
    wall.show_cameras(["cam-01", "cam-02"])
    p0, p1 = wall.players[0], wall.players[1]
    assert drop(wall.tiles[1], wall.tiles[0].tile_mime())
    assert ids(wall)[:2] == ["cam-02", "cam-01"]
    assert wall.players[0] is p1 and wall.players[1] is p0  # the same streams, moved: no black frame
    # a tile from another wall is a camera drop, not a swap
    other = make_wall(1, 1)
    other.show_cameras(["cam-05"])
    mime = other.tiles[0].tile_mime()
    assert bytes(mime.data(TILE_MIME).data()).decode().startswith(other.wall_key)
    assert drop(wall.tiles[3], mime)
    assert ids(wall)[3] == "cam-05" and ids(other) == ["cam-05"]


def test_unknown_camera_drop_is_refused(make_wall):
    wall = make_wall(1, 1)
    from PySide6.QtCore import QByteArray, QMimeData

    mime = QMimeData()
    mime.setData(CAMERA_MIME, QByteArray(b"cam-99"))
    assert not drop(wall.tiles[0], mime)
    assert ids(wall) == [None]


def test_double_click_maximises_on_the_main_stream_and_back(make_wall, qtbot):
    wall = make_wall(2, 2)
    wall.show_cameras(["cam-01", "cam-02", "cam-03", "cam-04"])
    assert all(t.profile == "sub" for t in wall.tiles)
    qtbot.mouseDClick(wall.tiles[1], Qt.MouseButton.LeftButton)
    assert wall.maximised == 1
    assert wall._incoming[1][0] == "main"  # the switch to the main stream starts at once, no hysteresis
    qtbot.waitUntil(lambda: wall.tiles[1].width() >= 790)
    assert not wall.tiles[0].isVisible()
    qtbot.keyClick(wall, Qt.Key.Key_F)  # F, as on a CCTV keyboard, goes back
    assert wall.maximised is None
    qtbot.waitUntil(lambda: wall.tiles[0].isVisible() and wall.tiles[1].width() < 420)


def test_wheel_zooms_around_the_cursor_and_asks_for_a_sharper_picture(make_wall, qtbot):
    wall = make_wall(1, 1, size=(320, 180))
    wall.show_cameras(["cam-01"])
    tile = wall.tiles[0]
    qtbot.waitUntil(lambda: tile.width() == 320)
    before = wall.players[0].output_size
    event = QWheelEvent(QPointF(80, 45), QPointF(tile.mapToGlobal(QPoint(80, 45))), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(tile, event)
    assert tile.zoom == pytest.approx(1.5625)
    x, y, w, h = tile.viewport()
    assert w == pytest.approx(0.64) and x < 0.25 and y < 0.25  # zoomed towards the top-left quarter
    assert wall.players[0].output_size[0] > before[0]
    tile.pan_by(-100, 0)
    assert tile.viewport()[0] > x
    tile.set_zoom(1.0)
    assert tile.viewport() == (0.0, 0.0, 1.0, 1.0)


def test_tile_tour_and_wall_tour_advance_with_time(make_wall):
    wall = make_wall(2, 2)
    wall.start_tour(Tour(("cam-05", "cam-06"), 2.0, cell=3))
    assert ids(wall)[3] == "cam-05"
    wall._advance_tours(wall._tours_started + 2.1)
    assert ids(wall)[3] == "cam-06"
    wall.start_tour(Tour(tuple(f"cam-{n:02d}" for n in range(1, 7)), 3.0))
    assert ids(wall) == ["cam-01", "cam-02", "cam-03", "cam-04"]
    wall._advance_tours(wall._tours_started + 3.5)
    assert ids(wall) == ["cam-05", "cam-06", None, None]
    wall.stop_tours()
    assert wall.layout_model.tours == []


def test_tours_start_and_stop_from_the_tile_menu(make_wall):
    from widgets.wall_menu import build_tile_menu

    wall = make_wall(2, 2)

    def tour_actions():
        menu = build_tile_menu(wall, 1)
        tour = next(a.menu() for a in menu.actions() if a.text() == "Tour")
        return {a.text(): a for a in tour.actions()}

    found = tour_actions()
    assert not found["Stop tours"].isEnabled()
    found["This tile through every camera, 10 s each"].trigger()
    assert wall.layout_model.tours == [Tour(tuple(f"cam-{n:02d}" for n in range(1, 13)), 10.0, 1)]
    assert ids(wall)[1] == "cam-01"
    wall._advance_tours(wall._tours_started + 10.5)
    assert ids(wall)[1] == "cam-02"
    tour_actions()["The wall through every camera, 20 s a page"].trigger()
    assert ids(wall) == ["cam-01", "cam-02", "cam-03", "cam-04"]
    wall._advance_tours(wall._tours_started + 20.5)
    assert ids(wall) == ["cam-05", "cam-06", "cam-07", "cam-08"]
    tour_actions()["Stop tours"].trigger()
    assert wall.layout_model.tours == []


def test_keyboard_calls_a_camera_by_number_moves_pauses_and_helps(make_wall, qtbot):
    wall = make_wall(3, 3)
    wall.setFocus()
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    qtbot.keyClick(wall, Qt.Key.Key_Down)
    assert wall.selected == 4
    qtbot.keyClicks(wall, "11")
    assert wall.keyboard.entry.isVisible() and "11" in wall.keyboard.entry.text()
    qtbot.keyClick(wall, Qt.Key.Key_Return)
    assert ids(wall)[4] == "cam-11" and not wall.keyboard.entry.isVisible()
    qtbot.keyClicks(wall, "99")
    qtbot.keyClick(wall, Qt.Key.Key_Enter)
    assert ids(wall)[4] == "cam-11" and "99" in wall.keyboard.entry.text()  # says there is no camera 99
    qtbot.keyClick(wall, Qt.Key.Key_Space)
    assert wall.tiles[4].paused
    qtbot.keyClick(wall, Qt.Key.Key_Left)
    qtbot.keyClick(wall, Qt.Key.Key_Left)  # at the edge: stays
    assert wall.selected == 3
    qtbot.keyClick(wall, Qt.Key.Key_F1)
    assert wall.keyboard.help.isVisible() and "F1" in wall.keyboard.help.text()
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    assert not wall.keyboard.help.isVisible()


def test_arrows_follow_spanned_cells(make_wall, qtbot):
    wall = make_wall()
    wall.set_layout("1+12")
    wall.select(0)  # the big centre cell
    qtbot.keyClick(wall, Qt.Key.Key_Up)
    cell = wall.layout_model.preset.cells[wall.selected]
    assert cell.row == 0 and cell.col in (1, 2)


def grab(tile):
    return tile.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_alert_flashes_the_tile_until_acknowledged(make_wall, qtbot):
    wall = make_wall(1, 2)
    wall.show_cameras(["cam-01", "cam-02"])
    wall.set_alert("cam-02", True)
    assert wall.tiles[1].alert and not wall.tiles[0].alert
    reds = set()
    for _ in range(4):
        colour = grab(wall.tiles[1]).pixelColor(3, 100)
        reds.add((colour.red(), colour.green(), colour.blue()) == (255, 40, 40))
        qtbot.wait(260)
    assert reds == {True, False}  # on, off: it flashes
    wall.set_alert("cam-02", False)
    assert not wall.tiles[1].alert


def test_zones_and_per_tile_overlay_toggles(make_wall, qtbot):
    wall = make_wall(1, 1, size=(640, 360))
    wall.show_cameras(["cam-01"])
    tile = wall.tiles[0]
    qtbot.waitUntil(lambda: tile.frame is not None, timeout=10000)
    wall.tiles[0].paused = True
    area = tile.image_rect()
    x = area.x() + area.width() // 2
    y = area.y() + int(area.height() * 0.3)

    def line_drawn():
        c = grab(tile).pixelColor(x, y)
        return c.red() > 200 and c.green() < 150 and c.blue() > 150

    assert line_drawn()
    wall.set_overlay("zones", False, index=0)
    assert not line_drawn()
    wall.set_overlay("zones", True, index=0)
    wall.set_overlay("zones", False)  # the whole wall; the tile's own setting wins
    assert line_drawn()
    with pytest.raises(ValueError):
        wall.set_overlay("smoke", True)

