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
        if argv[1:2] == ["sync"]:
            from widgets.bench_sync import main as bench_sync_main

            return bench_sync_main(argv[2:])
        if argv[1:2] == ["map"]:
            from widgets.bench_map import main as bench_map_main

            return bench_map_main(argv[2:])
        if argv[1:2] != ["wall"]:
            print("usage: qala-console bench wall [--streams N] [--seconds S] [--paced] [--json]\n"
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


def run_console(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from console.api.local_backend import LocalBackend
    from widgets.translations import install_translation, pick_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Qala Console")
    app.setOrganizationName("Qala")
    app.setQuitOnLastWindowClosed(False)  # quitting is ours to do, after the session has closed cleanly
    install_translation(pick_language(args.lang))
    backend: LocalBackend | None = None
    url = args.backend
    if not url:
        os.environ.setdefault("QALA_ARCHIVE_CAMERAS", "cam-01,cam-02")  # the demo backend records two cameras
        backend = LocalBackend(args.data)
        try:
            url = backend.start()
        except RuntimeError as exc:
            print(f"qala-console: {exc}", file=sys.stderr)
            return 2
        log.info("embedded city backend at %s (data %s)", url, backend.data_dir)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(_run(app, args, url, backend))
    finally:
        if backend is not None:
            backend.stop()


async def _run(app: Any, args: argparse.Namespace, url: str, backend: Any) -> int:
    from PySide6.QtCore import QSettings, QTimer

    from console.api.rest import BackendError
    from console.session import ConsoleSession
    from widgets.gl_tile import choose_renderer
    from widgets.main_window import MainWindow
    from widgets.run_snapshot import RunSnapshot
    from widgets.wall_alerts import WallAlerts
    from widgets.wall_library import WallLibrary
    from widgets.wall_screens import WallScreens

    settings = QSettings()
    if args.renderer:
        settings.setValue("wall/renderer", args.renderer)
    if args.tiles:
        settings.setValue("map/tiles", args.tiles)
    renderer = choose_renderer(str(settings.value("wall/renderer", "auto")))
    log.info("video wall renderer: %s", renderer)
    session = ConsoleSession(url)
    window = MainWindow(session.state, renderer=renderer)
    width, height = (int(v) for v in (args.size or "1600x900").lower().split("x"))
    window.resize(width, height)
    session.sig_link.connect(window.set_link)
    from widgets.plugin_api import PluginContext

    plugins = PluginContext(window, session.state, settings)
    plugins.add_menu()
    if not args.no_plugins:
        plugins.start()
    window.map_pane.set_places_lookup(session.client.places)

    desk, outbox = _incident_desk(args, session, window, backend)

    from widgets.supervisor_menu import SupervisorTools

    window.supervisor = SupervisorTools(window, session.client, session.state)  # type: ignore[attr-defined]
    window.show()
    library = WallLibrary(session.client, parent=window)
    library.sig_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    screens = WallScreens(window, session.state, renderer=renderer, library=library)
    screens.restore(main_geometry=args.size is None)  # every wall window back on its screen, as saved
    window.sig_closed.connect(screens.shutdown)
    alerts = WallAlerts(session.state.incidents, screens)
    snapshot = RunSnapshot(window, session, backend_pid=backend.pid if backend else None)
    done = asyncio.get_running_loop().create_future()
    app.aboutToQuit.connect(lambda: done.done() or done.set_result(0))
    window.sig_closed.connect(lambda: done.done() or done.set_result(0))
    rate_timer = QTimer()
    rate_timer.setInterval(1000)
    rate_timer.timeout.connect(lambda: window.set_event_rate(snapshot.event_rate(), len(session.state.incidents)))
    rate_timer.timeout.connect(lambda: window.set_bad_input(session.bad_input()))
    rate_timer.start()
    stats_log = _StatsLog(snapshot, args.stats_log, args.stats_every) if args.stats_log else None
    try:
        await session.open()
    except BackendError as exc:
        print(f"qala-console: cannot use the backend at {url}: {exc.reason}", file=sys.stderr)
        plugins.shutdown()
        screens.shutdown()
        window.wall.stop()
        await session.close()
        outbox.close()
        return 3
    await window.drone_view.attach_session(session, Path(args.data or _app_data()) / "console")

    outbox.start()
    if args.layout:
        window.wall.set_layout(args.layout)
        window.wall.show_cameras(list(session.state.cameras.values()))
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
        window.close()
    else:
        await done
    rate_timer.stop()
    if stats_log is not None:
        stats_log.stop()
    snapshot.stalls.stop()
    plugins.shutdown()
    alerts.stop()
    screens.shutdown()
    window.wall.stop()
    await window.drone_view.detach()

    window.incident_desk.stop()
    await outbox.stop()
    outbox.close()

    window.supervisor.close()  # type: ignore[attr-defined]
    await session.close()
    return 0


def _app_data() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)

def _incident_desk(args: argparse.Namespace, session: Any, window: Any, backend: Any) -> tuple[Any, Any]:
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
    operator = args.operator or os.environ.get("QALA_OPERATOR") or getpass.getuser() or "operator"
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
