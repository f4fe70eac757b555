"""Named layouts from the wall's menu: saved in the user's folder, opened on another wall, shared with other
consoles through a live embedded backend (/api/v1/layouts) and fetched back; bad names and bad files are said."""

import asyncio
import json

import pytest

from console.api.local_backend import LocalBackend
from console.api.rest import BackendClient
from console.wall.model import WallLayout
from widgets.wall_library import WallLibrary
from widgets.wall_menu import build_tile_menu


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-library"))
    local.start()
    yield local
    local.stop()


def menu_actions(menu):
    found = {}
    for action in menu.actions():
        found[action.text()] = action
        if action.menu() is not None:
            found.update(menu_actions(action.menu()) | {f"{action.text()}/{k}": v
                                                          for k, v in menu_actions(action.menu()).items()})
    return found


def test_save_a_layout_by_name_and_open_it_on_another_wall(make_wall, tmp_path):
    library = WallLibrary(folder=tmp_path)
    messages = []
    library.sig_message.connect(messages.append)
    first, second = make_wall(), make_wall()
    first.library = second.library = library
    first.set_layout("1+5")
    first.show_cameras(["cam-03", "cam-01", "cam-02"])
    assert library.save_as(first, "  Centre morning ") is not None
    assert library.names() == ["Centre morning"] and first.layout_model.name == "Centre morning"
    assert messages[-1] == "Layout \u201cCentre morning\u201d saved"
    on_disk = json.loads((tmp_path / "layouts" / "Centre%20morning.json").read_text())
    assert on_disk["preset"] == "1+5" and on_disk["cameras"][:3] == ["cam-03", "cam-01", "cam-02"]

    opened = menu_actions(build_tile_menu(second, 0))
    assert opened["Layout/Open saved layout/Centre morning"].isEnabled()
    opened["Layout/Open saved layout/Centre morning"].trigger()
    assert second.layout_model.preset_name == "1+5" and len(second.tiles) == 6
    assert [t.camera.id if t.camera else None for t in second.tiles][:3] == ["cam-03", "cam-01", "cam-02"]

    assert library.save_as(first, "no/slashes") is None
    assert messages[-1].startswith("Layout not saved:") and "no/slashes" in messages[-1]
    assert library.names() == ["Centre morning"]
    (tmp_path / "layouts" / "Broken.json").write_text("{not json")
    assert not library.open(second, "Broken")
    assert messages[-1].startswith("Layout not opened:") and second.layout_model.preset_name == "1+5"
    assert (tmp_path / "layouts" / "Broken.json").read_text() == "{not json"  # left for the operator to fix
    assert library.delete("Broken") and library.names() == ["Centre morning"]


def test_share_a_layout_through_the_backend_and_fetch_it_on_another_console(make_wall, backend, tmp_path):
    here, there = WallLibrary(folder=tmp_path / "here"), WallLibrary(folder=tmp_path / "there")
    messages = []
    there.sig_message.connect(messages.append)
    wall = make_wall()
    wall.set_layout("2+8")
    wall.show_cameras(["cam-05", "cam-06"])
    here.save_as(wall, "Night shift")

    async def scenario():
        here.client = there.client = BackendClient(backend.url)
        try:
            assert await here.share(wall)
            assert await there.fetch_shared() == ["Night shift"]
            assert await there.fetch_shared() == []  # already here: nothing new, nothing overwritten
        finally:
            await here.client.aclose()
        here.client = there.client = BackendClient("http://127.0.0.1:9")  # nothing listens there
        try:
            assert not await here.share(wall)
            assert await there.fetch_shared() == []
        finally:
            await here.client.aclose()

    asyncio.run(scenario())
    layout = there.store.load("Night shift")
    assert layout == WallLayout("Night shift", "2+8", ["cam-05", "cam-06"])
    assert messages[0] == "1 new shared layouts" and messages[-1].startswith("Shared layouts not loaded:")
    assert "unreachable" in messages[-1]
    other = make_wall()
    assert there.open(other, "Night shift") and [t.camera.id for t in other.tiles if t.camera] == ["cam-05", "cam-06"]


def test_a_wall_without_a_backend_says_so(make_wall, tmp_path):
    library = WallLibrary(folder=tmp_path)
    messages = []
    library.sig_message.connect(messages.append)
    wall = make_wall()
    assert not asyncio.run(library.share(wall)) and asyncio.run(library.fetch_shared()) == []
    assert messages == ["Layout not shared: no backend", "No shared layouts: no backend"]
    wall.library = library
    found = menu_actions(build_tile_menu(wall, 0))
    assert not found["Layout/Open saved layout"].isEnabled()  # nothing saved yet
    assert {"Layout/Save layout as\u2026", "Layout/Share this layout", "Layout/Get shared layouts"} <= set(found)
