"""Archive playback window: cameras around one incident in sync, a timeline with incidents and tags marked,
scrubbing, speeds 0.25x-16x, frame steps, the stored detections drawn on their frames, evidence export."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.api.rest import BackendError
from console.ops.evidence import ExportError, export_evidence
from console.video.archive_clip import SPEEDS, SyncedPlayback

TICK_MS = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class ArchivePane(QWidget):
    """One camera's recorded picture with its frame's detections and time."""

    def __init__(self, camera_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera_id = camera_id
        self.image: QImage | None = None
        self.frame_ms: int | None = None
        self.objects: list[dict[str, Any]] = []
        self.setMinimumSize(320, 180)

    def show_frame(self, frame: tuple[int, Any, list[dict[str, Any]]] | None) -> None:
        if frame is None:
            self.image, self.frame_ms, self.objects = None, None, []
        else:
            self.frame_ms, picture, self.objects = frame
            height, width = picture.shape[:2]
            self.image = QImage(picture.data, width, height, width * 3, QImage.Format.Format_BGR888).copy()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 12, 16))
        if self.image is not None:
            target = QRectF(self.rect())
            scale = min(target.width() / self.image.width(), target.height() / self.image.height())
            w, h = self.image.width() * scale, self.image.height() * scale
            picture = QRectF((target.width() - w) / 2, (target.height() - h) / 2, w, h)
            painter.drawImage(picture, self.image)
            painter.setPen(QPen(QColor(60, 200, 255), 2))
            for obj in self.objects:
                x, y, bw, bh = obj["box"]
                painter.drawRect(QRectF(picture.x() + x * w, picture.y() + y * h, bw * w, bh * h))
        painter.setPen(QColor(230, 230, 230))
        stamp = "" if self.frame_ms is None else dt.datetime.fromtimestamp(self.frame_ms / 1000).strftime("%H:%M:%S.%f")[:-3]
        painter.drawText(8, 18, f"{self.camera_id}  {stamp}")
        painter.end()


class ArchiveTimeline(QWidget):
    """The range, the position, in/out points and marks (incidents, tags); click or drag to scrub."""

    sig_seek = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_ms, self.end_ms = 0, 1
        self.position_ms = 0.0
        self.in_ms: int | None = None
        self.out_ms: int | None = None
        self.marks: list[tuple[int, str, str]] = []  # (time, kind "incident"/"tag", label)
        self.setMinimumHeight(42)
        self.setMouseTracking(False)

    def x_of(self, t_ms: float) -> float:
        span = max(1, self.end_ms - self.start_ms)
        return 6 + (t_ms - self.start_ms) / span * (self.width() - 12)

    def time_at(self, x: float) -> float:
        span = self.end_ms - self.start_ms
        return self.start_ms + min(max((x - 6) / max(1, self.width() - 12), 0.0), 1.0) * span

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.sig_seek.emit(self.time_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.sig_seek.emit(self.time_at(event.position().x()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        h = self.height()
        painter.fillRect(self.rect(), QColor(24, 28, 34))
        painter.fillRect(QRectF(6, h / 2 - 3, self.width() - 12, 6), QColor(60, 70, 84))
        if self.in_ms is not None and self.out_ms is not None:
            painter.fillRect(QRectF(self.x_of(self.in_ms), h / 2 - 6, self.x_of(self.out_ms) - self.x_of(self.in_ms), 12),
                             QColor(60, 110, 168, 160))
        for t_ms, kind, label in self.marks:
            colour = QColor(224, 93, 93) if kind == "incident" else QColor(96, 192, 96)
            painter.setPen(QPen(colour, 2))
            x = self.x_of(t_ms)
            painter.drawLine(QPointF(x, 2), QPointF(x, h - 2))
            painter.drawText(QPointF(x + 3, 12), label)
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        x = self.x_of(self.position_ms)
        painter.drawLine(QPointF(x, 0), QPointF(x, h))
        painter.end()


class ArchiveWindow(QWidget):
    """Plays `playback` (clips already fetched); marks are (time, kind, label); export needs an operator."""

    sig_exported = Signal(str)

    def __init__(self, playback: SyncedPlayback, *, client: Any = None, operator: str = "", incident_id: str = "",
                 marks: list[tuple[int, str, str]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Archive") + (f" — {incident_id}" if incident_id else ""))
        self.playback = playback
        self._client = client
        self._operator = operator
        self._incident_id = incident_id
        self._tasks: set[asyncio.Task[Any]] = set()
        self.panes = [ArchivePane(clip.camera_id) for clip in playback.clips]
        grid = QGridLayout()
        columns = 1 if len(self.panes) == 1 else 2
        for n, pane in enumerate(self.panes):
            grid.addWidget(pane, n // columns, n % columns)
        self.timeline = ArchiveTimeline()
        self.timeline.start_ms, self.timeline.end_ms = playback.clock.start_ms, playback.clock.end_ms
        self.timeline.marks = list(marks or [])
        self.timeline.sig_seek.connect(self.seek)
        self.play_button = QPushButton(tr("Play"))
        self.play_button.clicked.connect(self.toggle_play)
        self.back_button = QPushButton("◀|")
        self.back_button.setToolTip(tr("Previous frame"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton("|▶")
        self.forward_button.setToolTip(tr("Next frame"))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.speed_box = QComboBox()
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_box.currentIndexChanged.connect(lambda: playback.clock.set_speed(self.speed_box.currentData()))
        self.in_button = QPushButton(tr("Set in"))
        self.in_button.clicked.connect(self.set_in)
        self.out_button = QPushButton(tr("Set out"))
        self.out_button.clicked.connect(self.set_out)
        self.export_button = QPushButton(tr("Export evidence…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.status_label = QLabel("")
        controls = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button, self.speed_box, self.in_button,
                       self.out_button, self.export_button):
            controls.addWidget(widget)
        controls.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.timeline)
        layout.addLayout(controls)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last_tick = time.monotonic()
        self.render()

    # -- playback -----------------------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        clock = self.playback.clock
        clock.playing = not clock.playing
        if clock.playing and clock.position_ms >= clock.end_ms:
            clock.seek(clock.start_ms)
        self._last_tick = time.monotonic()
        self.play_button.setText(tr("Pause") if clock.playing else tr("Play"))
        if clock.playing:
            self._timer.start()
        else:
            self._timer.stop()

    def _on_tick(self) -> None:
        now = time.monotonic()
        self.playback.clock.advance((now - self._last_tick) * 1000)
        self._last_tick = now
        self.render()
        if not self.playback.clock.playing:
            self._timer.stop()
            self.play_button.setText(tr("Play"))

    def seek(self, t_ms: float) -> None:
        self.playback.clock.seek(t_ms)
        self.render()

    def step(self, frames: int) -> None:
        self._timer.stop()
        self.play_button.setText(tr("Play"))
        self.playback.step(frames)
        self.render()

    def render(self) -> None:
        for pane, frame in zip(self.panes, self.playback.frames(), strict=True):
            pane.show_frame(frame)
        self.timeline.position_ms = self.playback.clock.position_ms
        self.timeline.update()

    # -- evidence -----------------------------------------------------------------------------------------------

    def set_in(self) -> None:
        self.timeline.in_ms = int(self.playback.clock.position_ms)
        self.timeline.update()

    def set_out(self) -> None:
        self.timeline.out_ms = int(self.playback.clock.position_ms)
        self.timeline.update()

    def _on_export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the evidence"))
        if folder:
            name = f"evidence-{self._incident_id or 'clip'}-{int(time.time())}"
            self.export(Path(folder) / name)

    def export(self, folder: Path) -> asyncio.Task[Any]:
        """Export in..out of every camera to `folder` in a worker thread, then ask the backend to hold the footage."""
        in_ms = self.timeline.in_ms if self.timeline.in_ms is not None else self.playback.clock.start_ms
        out_ms = self.timeline.out_ms if self.timeline.out_ms is not None else self.playback.clock.end_ms + 1
        self._timer.stop()
        self.play_button.setText(tr("Play"))
        self.status_label.setText(tr("exporting…"))
        for widget in (self.timeline, self.play_button, self.back_button, self.forward_button, self.export_button):
            widget.setEnabled(False)  # the export thread decodes the same clips: no playing meanwhile

        async def run() -> None:
            clips = self.playback.clips
            loop = asyncio.get_running_loop()
            try:
                await loop.run_in_executor(None, lambda: export_evidence(
                    clips, in_ms, out_ms, operator=self._operator, incident_id=self._incident_id, folder=folder))
            except (ExportError, OSError) as exc:
                self.status_label.setText(tr("Export failed: {reason}").format(reason=str(exc)))
                return
            finally:
                for widget in (self.timeline, self.play_button, self.back_button, self.forward_button,
                               self.export_button):
                    widget.setEnabled(True)
                self.render()
            held = ""
            if self._client is not None:
                try:
                    await self._client.archive_hold({"camera_ids": [c.camera_id for c in clips], "from_ms": in_ms,
                                                     "to_ms": out_ms, "incident_id": self._incident_id,
                                                     "operator": self._operator, "reason": "evidence export"})
                    held = tr(" (footage held)")
                except BackendError as exc:
                    held = " " + tr("(hold failed: {reason})").format(reason=exc.reason)
            self.status_label.setText(tr("Evidence exported to {path}").format(path=str(folder)) + held)
            self.sig_exported.emit(str(folder))

        task = asyncio.ensure_future(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        self.playback.close()
        super().closeEvent(event)
