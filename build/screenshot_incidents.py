"""Screenshot of the incident desk (queue + detail) on the embedded city, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python build/screenshot_incidents.py docs/screenshots/incident-desk.png
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def shoot(app: object, out: Path, lang: str) -> None:
    from console.api.local_backend import LocalBackend
    from console.ops.incident_desk import IncidentDesk
    from console.ops.outbox import Outbox
    from console.session import ConsoleSession
    from widgets.incident_desk import attach_incident_desk
    from widgets.main_window import MainWindow

    os.environ["QALA_SIM_DETECTIONS"] = "0"  # the desk needs no overlays; spares a loaded machine 400 events/s
    data = Path(tempfile.mkdtemp(prefix="qala-shot-"))
    backend = LocalBackend(data / "sim")
    await asyncio.to_thread(backend.start)
    session = ConsoleSession(backend.url)
    window = MainWindow(session.state, renderer="cpu")
    window.wall.set_layout("1")
    outbox = Outbox(data / "outbox.db")
    desk = IncidentDesk(session, outbox, "op.aliya")
    pane = attach_incident_desk(window, desk)
    window.resize(1700, 1000)
    window.show()
    try:
        await session.open(retries=120)
        outbox.start()
        await asyncio.sleep(6)
        for title, type_, lat, lon in (("Two cars collided at Tole bi / Respublika", "road_accident", 51.0802, 71.6402),
                                       ("Second call: collision, one driver hurt", "road_accident", 51.0803, 71.6404),
                                       ("Water on the road from a manhole", "utility_water", 51.0721, 71.6268)):
            desk.report(type_, title, lat, lon, "caller: resident, +7 701 000 00 00")
        await outbox.drain(120)
        await asyncio.sleep(1.5)
        target = next(i for i in session.state.incidents.ordered() if i.title.startswith("Two cars"))
        other = next(i for i in session.state.incidents.ordered() if i.title.startswith("Water"))
        desk.acknowledge(other.id)
        pane.queue.select(target.id)
        desk.acknowledge(target.id)
        await outbox.drain(120)
        desk.note(target.id, "SOP: verify_camera")
        await outbox.drain(120)
        await asyncio.sleep(1.0)
        for _ in range(10):  # a loaded machine may time a request out: the operator would press D again
            pane.detail.propose_dispatch()
            for _ in range(100):
                await asyncio.sleep(0.1)
                if pane.detail.proposing:
                    break
            if pane.detail.proposing and pane.detail.activity.count() and not pane.detail.snapshot.pixmap().isNull():
                break
            pane.detail.show_incident(target.id)
        dock = pane.parentWidget()
        dock.setFloating(True)
        dock.resize(980, 1040)
        await asyncio.sleep(2.0)
        image = pane.grab().toImage()
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out), "PNG")
        print(out, out.stat().st_size, "bytes")
    finally:
        window.wall.stop()
        pane.stop()
        await outbox.stop()
        outbox.close()
        await session.close()
        window.close()
        backend.stop()


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from widgets.translations import install_translation

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/incident-desk.png")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = QApplication.instance() or QApplication([])
    install_translation(lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(app, out, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
