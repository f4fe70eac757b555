"""Screenshot of the map pane on the live embedded backend (run under Xvfb):

    xvfb-run -a -s "-screen 0 1920x1080x24" python build/screenshot_map.py docs/screenshots/map-pane.png

Cameras, units, incidents and SOS points come from the real backend and its event stream. The embedded backend
flies no drone yet, so one drone track is fed through the same event path (`drone.telemetry` envelopes into
CityState.apply) to show that layer; PTZ camera cam-04 likewise gets a `camera.status` with its current pan."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def shoot(out: Path, wait_s: float) -> None:
    from console.api.local_backend import LocalBackend
    from console.api.models import Envelope
    from console.map.geo import destination
    from console.session import ConsoleSession
    from widgets.map_pane import MapPane

    backend = LocalBackend()
    url = await asyncio.get_running_loop().run_in_executor(None, backend.start)
    session = ConsoleSession(url)
    pane = MapPane(session.state)
    pane.setWindowTitle("Qala Console — map")
    pane.resize(1100, 760)
    pane.set_places_lookup(session.client.places)
    pane.show()
    try:
        for attempt in range(5):  # a loaded machine: the backend may answer slowly at first
            try:
                await session.open()
                break
            except Exception:
                if attempt == 4:
                    raise
                await asyncio.sleep(3)
        await asyncio.sleep(wait_s)
        now = int(time.time() * 1000)
        lat, lon = 51.0835, 71.6290
        for k in range(24):
            lat, lon = destination(lat, lon, 110 + k * 2, 35)
            corners = [
                list(destination(*destination(lat, lon, 110 + k * 2, 160), b, 70))
                for b in (45, 135, 225, 315)
            ]
            session.state.apply(
                Envelope(
                    10**9 + k,
                    now,
                    "drone.telemetry",
                    {
                        "drone_id": "UAV-1",
                        "lat": lat,
                        "lon": lon,
                        "heading_deg": 110 + k * 2,
                        "alt_m": 120,
                        "footprint": corners,
                        "frame_centre": list(destination(lat, lon, 110 + k * 2, 160)),
                    },
                )
            )
        session.state.apply(
            Envelope(
                10**9 + 100,
                now,
                "camera.status",
                {"camera_id": "cam-04", "status": "online", "heading_deg": 150.0},
            )
        )
        pane.search.setText("Tole bi")
        pane.view.centre_on(51.0800, 71.6380, 15.6)
        for _ in range(20):
            await asyncio.sleep(0.05)
        out.parent.mkdir(parents=True, exist_ok=True)
        pane.grab().save(str(out))
        print(
            f"{out}: {out.stat().st_size / 1000:.0f} kB; units {len(session.state.units)}, "
            f"incidents {len(session.state.incidents)}, cameras {len(session.state.cameras)}"
        )
    finally:
        pane.stop()
        await session.close()
        backend.stop()


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "map-pane.png"
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, float(sys.argv[2]) if len(sys.argv) > 2 else 12.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
