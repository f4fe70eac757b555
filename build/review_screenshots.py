"""Screenshots of the supervisor views (docs/screenshots/): history, charts and archive over a real backend.

    .venv/bin/python build/review_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def add_activity(db_path: Path, days: int = 7) -> None:
    """Acknowledge, dispatch, on scene and resolve entries for the last days' finished incidents."""
    rng = random.Random(4)
    db = sqlite3.connect(db_path)
    since = int(time.time() * 1000) - days * 86_400_000
    rows = []
    for incident_id, created, owner in db.execute(
            "SELECT id, created_ms, owner FROM incidents WHERE created_ms >= ? AND status IN ('closed', 'resolved')",
            (since,)):
        t = created + rng.randint(15, 240) * 1000
        rows.append((incident_id, t, owner, "acknowledge", ""))
        t += rng.randint(30, 400) * 1000
        rows.append((incident_id, t, owner, "assign", "P-1 (unit-01)"))
        t += rng.randint(240, 1200) * 1000
        rows.append((incident_id, t, owner, "status", "on_scene"))
        t += rng.randint(600, 3600) * 1000
        rows.append((incident_id, t, owner, "status", "resolved"))
    db.executemany("INSERT INTO activity VALUES (?, ?, ?, ?, ?)", rows)
    db.commit()
    db.close()


def save(widget, path: Path, width: int, *, palette: bool = True) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    path.parent.mkdir(parents=True, exist_ok=True)
    # a palette keeps a screenshot of flat UI colours small
    if palette:  # not for video: a palette bands a camera picture
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(str(path), "PNG")
    print(f"{path}: {path.stat().st_size // 1024} KB")


async def shoot(out: Path, url: str, folder: Path) -> None:
    from console.api.rest import BackendClient
    from console.sim.history_bench import describe
    from console.video.archive_clip import SyncedPlayback, fetch_clip
    from widgets.archive_window import ArchiveWindow
    from widgets.history_window import HistoryWindow
    from widgets.main_window import STYLE
    from widgets.review_charts import ReviewCharts

    client = BackendClient(url, timeout=60)
    info = describe(folder / "incidents.db")
    history = HistoryWindow(client)
    history.setStyleSheet(STYLE)
    history.resize(1400, 800)
    history.set_choices([(d, d) for d in info["districts"]], [(c, c) for c in info["cameras"]])
    history.severity_box.setCurrentIndex(history.severity_box.findData("high"))
    history.period.setCurrentIndex(history.period.findData(30))
    history.show()
    history.search()
    while history.model.busy or history.model.rowCount() == 0:
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)
    save(history, out / "history.png", 1400)

    charts = ReviewCharts(client)
    charts.resize(1400, 900)
    charts.show()
    done = asyncio.Event()
    charts.sig_refreshed.connect(done.set)
    charts.refresh()
    await asyncio.wait_for(done.wait(), 60)
    await asyncio.sleep(0.3)
    save(charts, out / "charts.png", 1400)

    now = int(time.time() * 1000)
    while True:
        playback = await client._request("GET", "/archive/cam-01", params={"from_ms": now - 60_000, "to_ms": now + 60_000})
        if len(playback["segments"]) >= 4:
            break
        await asyncio.sleep(0.5)
    start = playback["segments"][0]["start_ms"]
    end = playback["segments"][-1]["end_ms"]
    clips = [await fetch_clip(url, c, start, end, folder / "cache") for c in ("cam-01", "cam-02")]
    archive = ArchiveWindow(SyncedPlayback(clips), client=client, operator="supervisor", incident_id="inc-demo",
                            marks=[(start + 1500, "incident", "road accident")])
    archive.setStyleSheet(STYLE)
    archive.resize(1400, 560)
    archive.show()
    archive.seek(start + 2000)
    archive.set_in()
    archive.seek(start + 3000)
    archive.set_out()
    await asyncio.sleep(0.3)
    save(archive, out / "archive.png", 1400, palette=False)
    for window in (history, charts, archive):
        window.close()
    await client.aclose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    from console.sim.history_bench import seed, start_backend, stop_backend
    from widgets.translations import install_translation

    folder = Path(tempfile.mkdtemp(prefix="qala-shots-"))
    seed(folder, 20_000)
    add_activity(folder / "incidents.db")
    os.environ["QALA_ARCHIVE_CAMERAS"] = "cam-01,cam-02"
    os.environ["QALA_ARCHIVE_SEGMENT_S"] = "1"
    proc, url = start_backend(folder)
    try:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        install_translation("en")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(shoot(Path(args.out), url, folder))
    finally:
        stop_backend(proc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
