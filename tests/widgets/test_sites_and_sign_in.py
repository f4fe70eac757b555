"""Sign-in dialog, roles reflected in the menus, per-site arrangements and no token in any file, against a real
backend running with sign-in on."""

import asyncio
import json
import logging

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QMessageBox

from console.api.local_backend import LocalBackend
from console.diagnostics import setup_logging
from console.ops.city_state import CityState
from console.profiles import ProfileError, ProfileStore, SiteProfile
from console.sim.auth import DEMO_USERS
from console.wall.model import WallLayout
from tests.e2e.test_live_wall import run_async, wait_for
from widgets.console_controller import ConsoleController, SignInCancelled
from widgets.console_menus import ConsoleMenus
from widgets.main_window import MainWindow
from widgets.sign_in import SignInDialog, run_dialog
from widgets.site_dialog import SiteDialog


@pytest.fixture(scope="module")
def auth_backend(tmp_path_factory):
    local = LocalBackend(tmp_path_factory.mktemp("sim-sites"), extra_args=["--auth", "on", "--video-workers", "1"])
    local.start()
    yield local
    local.stop()


def password(user):
    return DEMO_USERS[user][1]


def make_console(tmp_path, ask=None):
    profiles = ProfileStore(tmp_path / "config")
    settings = QSettings(str(tmp_path / "config" / "console.ini"), QSettings.Format.IniFormat)
    window = MainWindow(CityState())
    window.resize(1000, 700)
    controller = ConsoleController(window, settings, profiles=profiles, ask_credentials=ask, use_keyring=False)
    menus = ConsoleMenus(window, controller, settings)
    controller.on_session.append(lambda _s: menus.apply_role(controller.user))
    return profiles, settings, window, controller, menus


def open_message(window):
    return next((box for box in window.findChildren(QMessageBox) if box.isVisible()), None)


def seed_wall(settings, profile_id, preset, cameras):
    """A saved arrangement with few cameras, so the test decodes one stream, not sixteen."""
    layout = WallLayout("Wall", preset)
    for cell, camera in enumerate(cameras):
        layout.assign(cell, camera)
    settings.setValue(f"sites/{profile_id}/geometry", b"")
    settings.setValue(f"sites/{profile_id}/wall", json.dumps(layout.to_json()))


def test_profiles_are_validated_and_survive_a_restart(tmp_path):
    store = ProfileStore(tmp_path)
    with pytest.raises(ProfileError, match="unencrypted"):
        store.add(SiteProfile("district", "District", "http://10.1.2.3:8080"))
    with pytest.raises(ProfileError, match="CA certificate"):
        store.add(SiteProfile("district", "District", "https://10.1.2.3", ca_file=str(tmp_path / "missing.pem")))
    store.add(SiteProfile("district", "District", "http://10.1.2.3:8080", allow_insecure_http=True))
    store.add(SiteProfile(store.new_id("City centre"), "City centre", "https://city.example:8443"))
    store.use("city-centre")
    again = ProfileStore(tmp_path)
    assert sorted(again.profiles) == ["city-centre", "district"] and again.current().name == "City centre"
    assert again.find("district").allow_insecure_http
    (tmp_path / "sites.json").write_text("{not json")
    broken = ProfileStore(tmp_path)
    assert broken.problem and not broken.profiles and (tmp_path / "sites.unreadable.json").exists()


def test_first_run_dialog_keeps_what_was_typed_until_it_is_valid(qtbot, tmp_path):
    store = ProfileStore(tmp_path)
    dialog = SiteDialog(store, first_run=True)
    qtbot.addWidget(dialog)
    dialog.name.setText("District 3")
    dialog.url.setText("http://10.0.0.7:8080")
    dialog.accept()
    assert dialog.result() == 0 and "unencrypted" in dialog.error_label.text()  # still open, text kept
    assert dialog.name.text() == "District 3"
    dialog.url.setText("https://10.0.0.7:8443")
    dialog.accept()
    assert dialog.result_profile.id == "district-3" and ProfileStore(tmp_path).find("District 3")
    demo = SiteDialog(store, first_run=True)
    qtbot.addWidget(demo)
    demo.demo_button.click()
    assert demo.use_demo and demo.result_profile is None


def test_sign_in_dialog_retries_after_a_wrong_password_and_roles_shape_the_menus(qapp, qtbot, tmp_path,
                                                                                   auth_backend):
    dialogs = []

    async def ask(profile, error):
        dialog = SignInDialog(profile.name, profile.username)
        dialogs.append(dialog)
        if error:
            dialog.set_error("wrong")
        attempt = len(dialogs)
        dialog.username.setText("pilot")
        dialog.password.setText("nope" if attempt == 1 else password("pilot"))
        waiting = asyncio.ensure_future(run_dialog(dialog))
        await asyncio.sleep(0.05)  # the dialog is open
        assert dialog.isVisible()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.credentials() if await waiting else None

    profiles, settings, window, controller, menus = make_console(tmp_path, ask)
    site = profiles.add(SiteProfile("city", "City", auth_backend.url))
    seed_wall(settings, "city", "1", ["cam-01"])

    async def scenario():
        try:
            await controller.open_site(site)
            assert len(dialogs) == 2 and dialogs[1].error_label.text() == "wrong"
            assert controller.role == "drone_pilot"
            assert "pilot" in window.user_label.text()
            assert not menus.acknowledge_action.isVisible() and not menus.users_action.isVisible()
            assert not menus.admin_menu.menuAction().isVisible()

            await controller.switch_to(site, ("admin", password("admin")))
            assert menus.acknowledge_action.isVisible() and menus.users_action.isVisible()
            users = await controller.session.client.users()
            assert {u["role"] for u in users} == {"operator", "supervisor", "drone_pilot", "administrator"}
            # the users list, shown from a coroutine, is a message over the window and not a nested event loop: while
            # it is open asyncio goes on (in a nested loop the other tasks' wake-ups were lost, for good)
            menus.users_action.trigger()
            assert await wait_for(lambda: open_message(window) is not None, 20)
            box = open_message(window)
            assert "admin:" in box.text() and "pilot:" in box.text()
            received = controller.session.events.received
            assert await wait_for(lambda: controller.session.events.received > received, 20)
            box.accept()

            await controller.switch_to(site, ("operator", password("operator")))
            assert menus.acknowledge_action.isVisible() and not menus.users_action.isVisible()
            # the operator acknowledges through the menu; the backend's activity log names them
            assert await wait_for(lambda: any(i.status == "new" for i in window.state.incidents.ordered()), 40)
            window.incident_list.model_.refresh()
            row = next(r for r, i in enumerate(window.incident_list.model_._rows) if i.status == "new")
            incident_id = window.incident_list.model_._rows[row].id
            window.incident_list.selectRow(row)
            assert menus.selected_incident() == incident_id
            await menus._acknowledge()
            detail = await controller.session.client.incident_detail(incident_id)
            assert any(a["action"] == "acknowledge" and a["actor"] == "operator" for a in detail["activity"])
        finally:
            await controller.close()
            window.close()

    run_async(qapp, scenario())


def test_cancelling_sign_in_leaves_no_session(qapp, tmp_path, auth_backend):
    async def cancel(profile, error):
        return None

    profiles, settings, window, controller, _ = make_console(tmp_path, cancel)
    site = profiles.add(SiteProfile("city", "City", auth_backend.url))

    async def scenario():
        with pytest.raises(SignInCancelled):
            await controller.open_site(site)
        assert controller.session is None

    run_async(qapp, scenario())
    window.close()


def test_switching_sites_restores_each_sites_window_docks_and_wall(qapp, tmp_path, auth_backend):
    profiles, settings, window, controller, menus = make_console(tmp_path)
    city = profiles.add(SiteProfile("city", "City", auth_backend.url))
    district = profiles.add(SiteProfile("district", "District", auth_backend.url.replace("127.0.0.1", "localhost")))
    seed_wall(settings, "city", "2x2", ["cam-01"])
    seed_wall(settings, "district", "1", ["cam-02"])
    window.show()
    seen_tokens = []
    setup_logging(verbose=False, folder=tmp_path / "logs", console=False)

    async def scenario():
        try:
            await controller.open_site(city, ("operator", password("operator")))
            seen_tokens.extend([controller.keeper.access_token, controller.keeper.refresh_token])
            assert window.wall.layout_model.preset.name == "2x2"
            assert window.wall.layout_model.cameras[0] == "cam-01"
            # the status bar follows the event stream from the start (it goes online during open)
            assert await wait_for(lambda: window.link_label.text() == "backend: online", 20)
            window.resize(700, 500)
            dock = next(d for d in window.findChildren(QDockWidget) if d.objectName() == "dock-map")
            dock.hide()  # this site's operator closed the map
            window.wall.assign(1, "cam-03")
            await wait_for(lambda: not dock.isVisible(), 5)

            await controller.switch_to(district, ("supervisor", password("supervisor")))
            seen_tokens.extend([controller.keeper.access_token, controller.keeper.refresh_token])
            assert profiles.current().id == "district"
            assert window.wall.layout_model.preset.name == "1"
            assert window.wall.layout_model.cameras == ["cam-02"]
            dock.show()
            window.resize(760, 560)

            await controller.switch_to(city, ("operator", password("operator")))
            assert window.wall.layout_model.preset.name == "2x2"
            assert window.wall.layout_model.cameras[:2] == ["cam-01", "cam-03"]
            assert not dock.isVisible()  # the city's dock arrangement came back
            assert (window.width(), window.height()) == (700, 500)

            await controller.switch_to(district, ("supervisor", password("supervisor")))
            assert dock.isVisible() and (window.width(), window.height()) == (760, 560)
            assert "supervisor" in window.user_label.text() and "District" in window.user_label.text()
        finally:
            await controller.close()
            window.close()

    try:
        run_async(qapp, scenario())
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_qala", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    settings.sync()
    # no token in the settings, the site profiles or any log file
    files = [tmp_path / "config" / "console.ini", tmp_path / "config" / "sites.json"]
    files += [p for p in (tmp_path / "logs").rglob("*") if p.is_file()]
    text = "".join(p.read_text(errors="replace") for p in files)
    assert "sites" in text and "City" in text and "signed in as operator" in text
    for token in filter(None, seen_tokens):
        assert token not in text


def test_an_expired_refresh_token_brings_the_sign_in_dialog_back(qapp, tmp_path):
    from console.api.events import LinkState

    local = LocalBackend(tmp_path / "sim", extra_args=["--auth", "on", "--video-workers", "1",
                                                       "--token-ttl", "2", "--refresh-ttl", "4"])
    local.start()
    asked = []

    async def ask(profile, error):
        asked.append(profile.id)
        return ("supervisor", password("supervisor"))

    profiles, settings, window, controller, menus = make_console(tmp_path, ask)
    site = profiles.add(SiteProfile("short", "Short tokens", local.url))
    seed_wall(settings, "short", "1", ["cam-01"])

    async def scenario():
        try:
            await controller.open_site(site, ("operator", password("operator")))
            assert asked == [] and controller.role == "operator"
            assert await wait_for(lambda: controller.session.events.state is LinkState.ONLINE, 20)
            await asyncio.sleep(5)  # access and refresh tokens have both expired on the server
            await controller.session.events.drop()  # the stream reconnects: its refresh gets a 401
            assert await wait_for(lambda: asked == ["short"], 30)
            assert await wait_for(lambda: controller.role == "supervisor", 30)
            assert await wait_for(lambda: controller.session.events.state is LinkState.ONLINE, 30)
            assert "supervisor" in window.user_label.text()
            assert menus.acknowledge_action.isVisible()
        finally:
            await controller.close()
            window.close()

    try:
        run_async(qapp, scenario())
    finally:
        local.stop()
