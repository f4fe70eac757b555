"""`qala-console`: the console (default), the embedded backend (`sim`) and tools (`probe`, `bench wall`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("qala")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qala-console", description="Qala Console: Smart City operations console")
    parser.add_argument("--demo", action="store_true", help="start the embedded city backend and connect to it")
    parser.add_argument("--backend", metavar="URL", help="connect to a running backend instead of starting one")
    parser.add_argument("--data", metavar="DIR", help="data folder for the embedded backend (default: a temp folder)")
    parser.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the main window before quitting")
    parser.add_argument("--stats", metavar="JSON", help="write a JSON snapshot of the running console before quitting")
    parser.add_argument("--quit-after", metavar="SECONDS", type=float, help="quit after this many seconds")
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="interface language (default: the system's)")
    parser.add_argument("--size", metavar="WxH",
                        help="main window size (default: as saved with the wall arrangement, else 1600x900)")
    parser.add_argument("--renderer", choices=("auto", "cpu", "gpu"),
                        help="video wall renderer (default: the saved setting, else auto: GPU on graphics hardware)")
    parser.add_argument("--decoder", choices=("auto", "software", "cuda", "qsv", "vaapi", "d3d11va", "videotoolbox"),
                        help="video decoding (default: the saved setting, else auto: a hardware decoder where one "
                             "works); a device by name is required, never silently replaced by software")
    parser.add_argument("--layout", metavar="PRESET", help="wall layout: 1, 2x2 .. 6x6, 1+5, 1+7, 2+8, 1+12")
    parser.add_argument("--maximise", metavar="TILE", type=int, help="start with this tile (0-based) maximised")
    parser.add_argument("--stats-log", metavar="FILE", help="append a JSON snapshot line every --stats-every s")
    parser.add_argument("--stats-every", metavar="S", type=float, default=10.0)
    parser.add_argument("--no-plugins", action="store_true", help="start without loading any plugin")
    parser.add_argument("--tiles", metavar="MBTILES_OR_URL",
                        help="map basemap: an MBTiles file or an XYZ URL template (saved; default: the shipped one)")

    parser.add_argument("--operator", metavar="NAME", help="operator name on incidents (default: the login name)")
    parser.add_argument("--outbox", metavar="FILE", help="durable outbox of operator actions (default: in the "
                                                          "user's data folder)")
    parser.add_argument("--site", metavar="NAME", help="open this saved site profile (name or id)")
    parser.add_argument("--ca-file", metavar="PEM", help="with --backend: trust this CA certificate")
    parser.add_argument("--allow-http", action="store_true",
                        help="with --backend: allow unencrypted http to another machine (not recommended)")
    parser.add_argument("--user", metavar="NAME", help="user name to pre-fill in the sign-in dialog")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "sim":
        from console.sim.server import main as sim_main

        return sim_main(argv[1:])
    if argv and argv[0] == "plugins":
        from widgets.plugin_cli import main as plugins_main

        return plugins_main(argv[1:])
    if argv and argv[0] == "klv":
        from console.klv.dump import main as klv_main

        return klv_main(argv[1:])
    if argv and argv[0] == "sim-video-worker":  # the bundle's way to start the embedded backend's encoders
        from console.sim.video_worker import main as video_worker_main

        return video_worker_main(argv[1:])
    if argv and argv[0] == "self-check":
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from widgets.self_check import main as self_check_main

        return self_check_main(argv[1:])
    if argv and argv[0] == "probe":
        from console.video.probe import main as probe_main

        return probe_main(argv[1:])
    if argv and argv[0] == "bench":
        if argv[1:2] == ["soak"]:
            from widgets.bench_soak import main as bench_soak_main

            return bench_soak_main(argv[2:])
        if argv[1:2] == ["history"]:
            from console.sim.history_bench import main as bench_history_main

            return bench_history_main(argv[2:])
        if argv[1:2] == ["decode"]:
            from console.video.bench_decode import main as bench_decode_main

            return bench_decode_main(argv[2:])
        if argv[1:2] == ["sync"]:
            from widgets.bench_sync import main as bench_sync_main

            return bench_sync_main(argv[2:])
        if argv[1:2] == ["map"]:
            from widgets.bench_map import main as bench_map_main

            return bench_map_main(argv[2:])
        if argv[1:2] != ["wall"]:
            print("usage: qala-console bench wall [--streams N] [--seconds S] [--paced] [--json]\n"
                  "       qala-console bench decode [--decoder auto|software|cuda] [--counts 8,16,32] [--json]\n"
                  "       qala-console bench sync [--seconds S] [--layout 4x4] [--json]\n"
                  "       qala-console bench soak [--minutes M] [--every S] [--json]\n"
                  "       qala-console bench map [--cameras N] [--units N] [--seconds S] [--json]\n"
                  "       qala-console bench history [--rows N] [--queries Q] [--json]", file=sys.stderr)
            return 2
        from widgets.bench_wall import main as bench_wall_main

        return bench_wall_main(argv[2:])
    args = build_parser().parse_args(argv)
    from console.diagnostics import collect_previous_crash, install_crash_handler, setup_logging

    paths = setup_logging(verbose=args.verbose)  # rotating files in the user's log folder, secrets scrubbed
    install_crash_handler(paths)
    previous = collect_previous_crash(paths)
    if previous is not None:
        log.warning("the console stopped unexpectedly last time; the report is %s", previous)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # headless machine: run without a screen
    return run_console(args)


def apply_decoder_setting(settings: Any) -> str:
    """The workstation's saved decoder choice (`--decoder`) for every stream from now on; a bad saved value is
    logged and replaced by "auto", never a reason not to start."""
    from console.video.hwaccel import set_preferred_decoder

    value = str(settings.value("video/decoder", "auto"))
    try:
        set_preferred_decoder(value)
    except ValueError as exc:
        log.warning("video/decoder setting ignored: %s", exc)
        value = "auto"
        set_preferred_decoder(value)
    log.info("video decoding: %s", value)
    return value


def run_console(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from console.api.local_backend import LocalBackend
    from console.profiles import DEMO_ID, ProfileStore, SiteProfile
    from console.sim.auth import DEMO_USERS
    from widgets.console_controller import open_settings
    from widgets.translations import install_translation, pick_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Qala Console")
    app.setOrganizationName("Qala")
    app.setQuitOnLastWindowClosed(False)  # quitting is ours to do, after the session has closed cleanly
    from widgets.main_thread_gc import MainThreadGc

    collector = MainThreadGc()  # cycles holding Qt objects are freed on this thread, never on a decode thread
    settings = open_settings()
    args.language = pick_language(args.lang or str(settings.value("ui/language", "")) or None)
    install_translation(args.language)
    profiles = ProfileStore()
    if profiles.problem:
        log.warning("site profiles: %s", profiles.problem)
    profile: SiteProfile | None = None
    if args.backend:
        profile = SiteProfile(id="command-line", name=args.backend, backend_url=args.backend.rstrip("/"),
                              ca_file=args.ca_file or "", allow_insecure_http=args.allow_http, username=args.user or "")
    elif args.site:
        profile = profiles.find(args.site)
        if profile is None:
            print(f"qala-console: no site {args.site!r}; saved sites: {', '.join(profiles.profiles) or 'none'}",
                  file=sys.stderr)
            return 2
    elif not args.demo and args.quit_after is None and args.stats_log is None:  # automated runs use the demo
        profile = profiles.current()
        if profile is None and app.platformName() not in ("offscreen", "minimal"):
            from widgets.site_dialog import SiteDialog

            dialog = SiteDialog(profiles, first_run=True)
            if not dialog.exec():
                return 0
            profile = dialog.result_profile  # None: the demo city was chosen
    backend: LocalBackend | None = None
    credentials: tuple[str, str] | None = None
    if profile is None:  # the demo: the embedded city backend, sign-in on, signed in as the demo operator
        os.environ.setdefault("QALA_ARCHIVE_CAMERAS", "cam-01")  # the demo records one camera (2-core machines)
        backend = LocalBackend(args.data, extra_args=["--auth", "on"])
        try:
            url = backend.start()
        except RuntimeError as exc:
            print(f"qala-console: {exc}", file=sys.stderr)
            return 2
        log.info("embedded city backend at %s (data %s)", url, backend.data_dir)
        profile = SiteProfile(id=DEMO_ID, name="Demo", backend_url=url)
        credentials = ("operator", DEMO_USERS["operator"][1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(_run(app, args, profile, credentials, backend, settings, profiles,
                                                collector))
    finally:
        collector.stop()
        if backend is not None:
            backend.stop()


async def _run(app: Any, args: argparse.Namespace, profile: Any, credentials: tuple[str, str] | None,
               backend: Any, settings: Any, profiles: Any, collector: Any) -> int:
    from PySide6.QtCore import QTimer

    from console.api.rest import BackendError
    from console.ops.city_state import CityState
    from widgets.console_controller import ConsoleController, SignInCancelled
    from widgets.console_menus import ConsoleMenus
    from widgets.gl_tile import choose_renderer
    from widgets.main_window import MainWindow
    from widgets.run_snapshot import RunSnapshot
    from widgets.sign_in import SignInDialog, run_dialog, wrong_credentials_text
    from widgets.wall_alerts import WallAlerts
    from widgets.wall_library import WallLibrary
    from widgets.wall_screens import WallScreens

    if args.renderer:
        settings.setValue("wall/renderer", args.renderer)
    if args.tiles:
        settings.setValue("map/tiles", args.tiles)
    renderer = choose_renderer(str(settings.value("wall/renderer", "auto")))
    log.info("video wall renderer: %s", renderer)
    if args.decoder:
        settings.setValue("video/decoder", args.decoder)
    apply_decoder_setting(settings)
    window = MainWindow(CityState(), renderer=renderer)
    width, height = (int(v) for v in (args.size or "1600x900").lower().split("x"))
    window.resize(width, height)

    async def ask_credentials(site: Any, error: str) -> tuple[str, str] | None:
        dialog = SignInDialog(site.name, site.username, window)
        if error:
            dialog.set_error(wrong_credentials_text())
        try:
            return dialog.credentials() if await run_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    controller = ConsoleController(window, settings, profiles=profiles, ask_credentials=ask_credentials)
    menus = ConsoleMenus(window, controller, settings)
    menus.language_actions[args.language].setChecked(True)
    controller.on_session.append(lambda _session: (menus.apply_role(controller.user), menus.refresh_sites()))
    client = _SiteClient(controller)  # the REST client of whichever site is open
    from widgets.plugin_api import PluginContext

    plugins = PluginContext(window, window.state, settings)
    plugins.add_menu()
    if not args.no_plugins:
        plugins.start()
    window.map_pane.set_places_lookup(lambda *a, **k: client.places(*a, **k))

    from widgets.supervisor_menu import SupervisorTools

    window.supervisor = SupervisorTools(window, client, window.state)  # type: ignore[attr-defined]

    def review_for_role(_session: Any) -> None:  # what a role cannot do is not offered
        from console.api.roles import can

        user = controller.user
        window.supervisor.menu.menuAction().setVisible(  # type: ignore[attr-defined]
            user is None or can(str(user.get("role")), "history.read"))

    controller.on_session.append(review_for_role)
    # a site has just opened (a pause is expected): collect everything once, and keep what lives now out of the
    # later full collections (they stall the GUI in proportion to what they scan)
    controller.on_session.append(lambda _session: collector.refreeze())
    window.show()
    library = WallLibrary(client, parent=window)
    library.sig_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    screens = WallScreens(window, window.state, renderer=renderer, library=library)
    screens.restore(main_geometry=args.size is None)  # every wall window back on its screen, as saved
    window.sig_closed.connect(screens.shutdown)
    alerts = WallAlerts(window.state.incidents, screens)
    try:
        await controller.open_site(profile, credentials)
    except (SignInCancelled, BackendError) as exc:
        if isinstance(exc, BackendError):
            print(f"qala-console: cannot use the backend at {profile.backend_url}: {exc.reason}", file=sys.stderr)
        plugins.shutdown()
        alerts.stop()
        screens.shutdown()
        window.supervisor.close()  # type: ignore[attr-defined]
        window.wall.stop()
        await controller.close()
        return 4 if isinstance(exc, SignInCancelled) else 3
    session = controller.session
    assert session is not None
    if args.size:  # the command line wins over the site's saved window size (as it does over arrangement.json)
        window.resize(width, height)
    controller.start_autosave()  # the arrangement as restored, then every change: a killed console loses none
    desk, outbox = _incident_desk(args, session, window, backend, controller.user)
    snapshot = RunSnapshot(window, session, backend_pid=backend.pid if backend else None)
    if os.environ.get("QALA_STALL_TRACE"):  # where the GUI thread is when it stalls (district IT, bench soak)
        from widgets.stall_tracer import StallTracer

        snapshot.tracer = StallTracer(float(os.environ["QALA_STALL_TRACE"]))
    done = asyncio.get_running_loop().create_future()
    app.aboutToQuit.connect(lambda: done.done() or done.set_result(0))
    window.sig_closed.connect(lambda: done.done() or done.set_result(0))
    rate_timer = QTimer()
    rate_timer.setInterval(1000)
    rate_timer.timeout.connect(lambda: window.set_event_rate(snapshot.event_rate(), len(window.state.incidents)))
    rate_timer.timeout.connect(lambda: window.set_bad_input(controller.session.bad_input() if controller.session else {}))
    rate_timer.start()
    stats_log = _StatsLog(snapshot, args.stats_log, args.stats_every) if args.stats_log else None
    await window.drone_view.attach_session(session, Path(args.data or _app_data()) / "console")

    outbox.start()
    if args.layout:
        window.wall.set_layout(args.layout)
        window.wall.show_cameras(list(window.state.cameras.values()))
    if args.maximise is not None:
        window.wall.toggle_maximise(args.maximise)
    if args.quit_after is not None:
        started = time.monotonic()
        await asyncio.sleep(max(0.0, args.quit_after - 10.0))
        snapshot.start_cpu_window()
        await asyncio.sleep(max(0.0, args.quit_after - (time.monotonic() - started)))
        # stats first: a screenshot stops the GUI thread for a moment and would skew the live figures
        stats = snapshot.collect() if args.stats else None
        if args.screenshot:
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(args.screenshot)
            for wall_window in screens.windows.values():  # one more picture per extra monitor's wall
                number = screens.monitor_number(wall_window.screen()) if wall_window.screen() else 0
                wall_window.grab().save(str(Path(args.screenshot).with_suffix(f".monitor-{number}.png")))
        if stats is not None:
            Path(args.stats).parent.mkdir(parents=True, exist_ok=True)
            Path(args.stats).write_text(json.dumps(stats, indent=2))
        controller.save_arrangement(profile.id)
        window.close()
    else:
        await done
    controller.stop_autosave()  # what is torn down below is not the operator's arrangement
    rate_timer.stop()
    if stats_log is not None:
        stats_log.stop()
    snapshot.stalls.stop()
    if snapshot.tracer is not None:
        snapshot.tracer.stop()
        for site in snapshot.tracer.top(5):
            log.info("GUI stall site (%s of stalled samples): %s", site["share"], site["stack"])
    plugins.shutdown()
    alerts.stop()
    screens.shutdown()
    window.wall.stop()
    await window.drone_view.detach()

    window.incident_desk.stop()
    await outbox.stop()
    outbox.close()

    window.supervisor.close()  # type: ignore[attr-defined]
    await controller.close()
    return 0


def _app_data() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)


class _SiteClient:
    """The REST client of the site in use: a site switch replaces the session, views keep this one object."""

    def __init__(self, controller: Any) -> None:
        self._controller = controller

    def __getattr__(self, name: str) -> Any:
        from console.api.rest import BackendError

        session = self._controller.session
        if session is None:
            raise BackendError("no site is open")
        return getattr(session.client, name)


def _incident_desk(args: argparse.Namespace, session: Any, window: Any, backend: Any,
                   user: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """The operator's incident desk, its durable outbox (actions survive a dead backend and a killed console)."""
    import getpass

    from PySide6.QtCore import QStandardPaths

    from console.ops.incident_desk import IncidentDesk
    from console.ops.outbox import Outbox
    from widgets.incident_desk import attach_incident_desk

    if args.outbox:
        path = Path(args.outbox)
    elif backend is not None:  # the embedded demo city: its actions live and die with it
        path = Path(backend.data_dir) / "console-outbox.db"
    else:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        path = Path(folder or Path.home() / ".qala") / "outbox.db"
    signed_in = str(user["username"]) if user else ""  # with sign-in on, the backend records this name anyway
    operator = signed_in or args.operator or os.environ.get("QALA_OPERATOR") or getpass.getuser() or "operator"
    outbox = Outbox(path)
    session.outbox = outbox  # one outbox per console: the drone pane's tags go through it too
    session.operator = operator
    desk = IncidentDesk(session, outbox, operator)
    attach_incident_desk(window, desk)
    log.info("incident desk for %s, outbox %s (%d actions pending)", operator, path, outbox.pending_count())
    return desk, outbox


class _StatsLog:
    """`--stats-log FILE --stats-every S`: one snapshot per S seconds as a JSON line (soak runs)."""

    def __init__(self, snapshot: Any, path: str, every_s: float) -> None:
        from PySide6.QtCore import QTimer

        self._snapshot = snapshot
        self._path = Path(path)
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._path.write_text("")
        self._timer = QTimer()
        self._timer.setInterval(max(1, int(every_s * 1000)))
        self._timer.timeout.connect(self._write)
        self._timer.start()

    def _write(self) -> None:
        with self._path.open("a") as out:
            out.write(json.dumps(self._snapshot.collect(), separators=(",", ":")) + "\n")

    def stop(self) -> None:
        self._timer.stop()


if __name__ == "__main__":
    sys.exit(main())
