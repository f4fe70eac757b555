"""The drone pilot's pane: the live (or recorded) drone video with its KLV HUD, the tag timeline, one-key tags
(1-9), recording, review of a recorded flight (jump between tags) and export of a tagged clip."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.api.models import Camera
from console.ops.city_state import CityState
from console.ops.drone_track import DroneTrack
from console.ops.flight_review import (
    ExportResult,
    FlightRecording,
    RecordingError,
    ReviewPlayback,
    export_tagged_clip,
    record_stream,
)
from console.ops.outbox import Outbox
from console.ops.tags import (
    TAG_CATEGORIES,
    TAG_KIND,
    DroneTag,
    TagBook,
    TagError,
    category_for_key,
    tag_sender,
)
from console.video import StreamPlayer
from widgets.drone_hud import DroneTile, TagTimeline, category_label
from widgets.drone_map_layer import DroneMapLayer

log = logging.getLogger(__name__)
LIVE_WINDOW_MS = 5 * 60 * 1000  # the live timeline shows the last five minutes
FLASH_S = 2.0
KLV_HOLD_S = 0.12


def tr(text: str) -> str:
    return QCoreApplication.translate("DroneView", text)


class DroneView(QWidget):
    sig_tagged = Signal(object)  # DroneTag

    def __init__(self, state: CityState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drone-view")
        self.camera: Camera | None = None
        self.track: DroneTrack | None = None
        self.player: StreamPlayer | None = None
        self.recording: FlightRecording | None = None
        self.review: ReviewPlayback | None = None
        self.book: TagBook | None = None
        self.outbox: Outbox | None = None
        self._own_outbox = False
        self._recorder: tuple[threading.Thread, threading.Event, Path] | None = None
        self._flash_until = 0.0
        self._held: Any = None  # a live frame waiting for its KLV packet
        self._remote_load: asyncio.Task[None] | None = None
        self.current_tag: DroneTag | None = None
        self.last_export: Path | None = None
        self._map: Any = None

        self.tile = DroneTile(self)
        self.tile.tags_source = self.tags
        self.timeline = TagTimeline(self)
        self.timeline.sig_seek.connect(self.seek)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(tr("note for the next tag (optional)"))
        self.note.returnPressed.connect(self.setFocus)
        self.status = QLabel(self)
        self.mode_label = QLabel(tr("no drone"), self)
        self.record_button = QPushButton(tr("Record"), self)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.review_button = QPushButton(tr("Review…"), self)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.live_button = QPushButton(tr("Live"), self)
        self.live_button.clicked.connect(self.go_live)
        self.prev_button = QPushButton("◀ " + tr("tag"), self)
        self.prev_button.clicked.connect(lambda: self.jump(-1))
        self.next_button = QPushButton(tr("tag") + " ▶", self)
        self.next_button.clicked.connect(lambda: self.jump(1))
        self.export_button = QPushButton(tr("Export clip"), self)
        self.export_button.clicked.connect(self._on_export_clicked)
        for button in (self.record_button, self.review_button, self.live_button, self.prev_button, self.next_button,
                       self.export_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the digit keys stay with the pane
        keys = "  ".join(f"{i + 1} {category_label(c)}" for i, c in enumerate(TAG_CATEGORIES))
        self.keys_label = QLabel(keys, self)
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #9aa6b4; font-size: 11px;")

        buttons = QHBoxLayout()
        for widget in (self.mode_label, self.record_button, self.review_button, self.live_button, self.prev_button,
                       self.next_button, self.export_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tile, 1)
        layout.addWidget(self.timeline)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.status)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        self._slow = QTimer(self)
        self._slow.setInterval(250)
        self._slow.timeout.connect(self._on_slow_tick)
        self._slow.start()
        if state is not None:
            self._state = state
            state.sig_cameras.connect(self._on_cameras)
            state.sig_event.connect(self._on_event)
        self._update_buttons()

    # -- wiring ----------------------------------------------------------------------------------------------

    def set_map(self, map_pane: Any) -> None:
        """Draw the drone, its track, footprint and tags on this map pane."""
        self._map = map_pane
        if hasattr(map_pane, "add_layer"):
            map_pane.add_layer(DroneMapLayer(lambda: self.track, self.tags))

    def set_book(self, book: TagBook) -> None:
        self.book = book
        self.outbox = book.outbox
        book.sig_changed.connect(self._on_tags_changed)
        self._on_tags_changed()

    async def attach_session(self, session: Any, folder: Path) -> None:
        """Tags through the session's outbox (or one of our own in `folder`), sent with its REST client."""
        outbox = getattr(session, "outbox", None)
        if outbox is None:
            folder.mkdir(parents=True, exist_ok=True)
            outbox = Outbox(folder / "drone-outbox.db")
            self._own_outbox = True
        outbox.register(TAG_KIND, tag_sender(session.client))
        if self._own_outbox:
            outbox.start()
        self.set_book(TagBook(outbox, operator=getattr(session, "operator", "pilot")))
        # the backend's tags (other consoles') come in the background: startup never waits on them
        self._remote_load = asyncio.get_running_loop().create_task(self._load_remote_tags(session.client))

    async def _load_remote_tags(self, client: Any) -> None:
        try:
            tags = await client.tags(limit=1000)
        except Exception as exc:  # noqa: BLE001 - the backend may be down: our own tags still show
            log.info("could not load the backend's tags: %s", exc)
            return
        if self.book is not None:
            self.book.merge_remote(tags)

    async def detach(self) -> None:
        self.stop()
        if self._remote_load is not None:
            self._remote_load.cancel()
            await asyncio.gather(self._remote_load, return_exceptions=True)
        if self._own_outbox and self.outbox is not None:
            await self.outbox.stop()
            self.outbox.close()
            self.outbox = None

    def _on_cameras(self) -> None:
        if self.camera is None and self.recording is None:
            drone = next((c for c in self._state.cameras.values() if c.kind == "drone"), None)
            if drone is not None:
                self.show_camera(drone)

    def _on_event(self, envelope: Any) -> None:
        if envelope.type == "tag.created" and self.book is not None and isinstance(envelope.data, dict):
            self.book.merge_remote([envelope.data])  # another console's tag (our own are known already)

    # -- live and review -------------------------------------------------------------------------------------

    def show_camera(self, camera: Camera) -> None:
        """Play a drone camera live; its KLV feeds the HUD, the map and the tags."""
        self._stop_sources()
        self.camera = camera
        stream = camera.stream("sub")  # the pane is small; recording takes the main stream
        self.track = DroneTrack()
        self.tile.track = self.track
        self.tile.set_camera(camera, stream.profile if stream else "")
        if stream is not None:
            width, height = stream.width, stream.height
            self.player = StreamPlayer(stream.url, name=f"{camera.id}-drone", clock=stream.clock,
                                       output_size=(min(width, 960), min(height, 540)), on_data=self.track.feed)
            self.player.start()
        self.mode_label.setText(tr("LIVE {camera}").format(camera=camera.name))
        self._update_buttons()

    def go_live(self) -> None:
        if self.camera is not None:
            self.recording = None
            self.show_camera(self.camera)

    def open_recording(self, path: str | Path) -> None:
        """Review a recorded flight: the timeline spans it, the tags made in it are markers to jump to."""
        recording = FlightRecording.open(path)  # RecordingError says what is wrong
        self._stop_sources()
        self.recording = recording
        self.track = recording.track
        self.tile.track = self.track
        fix = recording.track.latest()
        shown = self.camera or Camera("review", 0, Path(path).name, "drone", fix.lat if fix else 0.0,
                                      fix.lon if fix else 0.0, 0.0, 0.0, "", "online", ())
        self.tile.set_camera(shown, "")
        self.review = ReviewPlayback(recording, (min(recording.width, 960), min(recording.height, 540)))
        self.timeline.set_range(recording.start_ms, recording.end_ms)
        self.mode_label.setText(tr("REVIEW {file}").format(file=Path(path).name))
        self.review.play()
        self._update_buttons()

    def seek(self, time_ms: int) -> None:
        if self.review is not None:
            self.review.seek(time_ms)

    def jump(self, direction: int) -> DroneTag | None:
        """To the next (1) or previous (-1) tag of the recording; returns it."""
        if self.review is None or self.book is None or self.recording is None:
            return None
        tags = self.book.between(self.recording.start_ms, self.recording.end_ms)
        here = self.tile.frame.frame_time_ms if self.tile.frame is not None else self.review.position_ms
        tag = self.book.next_after(here, tags) if direction > 0 else self.book.previous_before(here, tags)
        if tag is not None:
            self.current_tag = tag
            self.review.seek(tag.frame_time_ms)
        return tag

    def toggle_play(self) -> None:
        if self.review is None:
            return
        if self.review.playing:
            self.review.pause()
        else:
            self.review.play(self.review.position_ms)

    # -- tags ------------------------------------------------------------------------------------------------

    def tags(self) -> list[DroneTag]:
        return self.book.all() if self.book is not None else []

    def tag(self, category: str) -> DroneTag | None:
        """Tag the frame on screen now, at its frame centre from the KLV of that frame."""
        frame = self.tile.frame
        if self.book is None or frame is None:
            self._say(tr("nothing to tag: no picture"))
            return None
        fix = self.track.at(frame.frame_time_ms) if self.track is not None else None
        drone_id = fix.tail_number if fix is not None and fix.tail_number else (self.camera.id if self.camera else "drone")
        camera_id = self.camera.id if self.camera is not None else drone_id
        try:
            tag = self.book.create(category, fix, frame.frame_time_ms, drone_id, camera_id, self.note.text())
        except TagError as exc:
            self._say(str(exc))
            return None
        self.note.clear()
        self.current_tag = tag
        self.tile.flash = tr("tagged: {category}").format(category=category_label(category))
        self._flash_until = time.monotonic() + FLASH_S
        self.sig_tagged.emit(tag)
        return tag

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text and text.isdigit() and text != "0":
            self.tag(category_for_key(int(text)))
        elif event.key() in (Qt.Key.Key_BracketRight, Qt.Key.Key_PageDown):
            self.jump(1)
        elif event.key() in (Qt.Key.Key_BracketLeft, Qt.Key.Key_PageUp):
            self.jump(-1)
        elif event.key() == Qt.Key.Key_Space:
            self.toggle_play()
        elif event.key() == Qt.Key.Key_N:
            self.note.setFocus()
        else:
            super().keyPressEvent(event)

    # -- recording and export --------------------------------------------------------------------------------

    def start_recording(self, path: Path, seconds: float = 3600.0) -> None:
        stream = self.camera.stream("main") if self.camera is not None else None
        if stream is None or self._recorder is not None:
            return
        stop = threading.Event()
        thread = threading.Thread(target=self._record, args=(stream.url, path, seconds, stop), name="drone-record",
                                  daemon=True)
        self._recorder = (thread, stop, path)
        thread.start()
        self._update_buttons()

    def _record(self, url: str, path: Path, seconds: float, stop: threading.Event) -> None:
        try:
            record_stream(url, path, seconds, stop)
        except Exception as exc:  # noqa: BLE001 - reported in the pane, the live view goes on
            log.warning("drone recording stopped: %s", exc)

    def stop_recording(self) -> Path | None:
        recorder, self._recorder = self._recorder, None
        if recorder is None:
            return None
        thread, stop, path = recorder
        stop.set()
        thread.join(timeout=15)
        self._update_buttons()
        self._say(tr("recorded {file}").format(file=path.name))
        return path

    def export_current(self, path: Path) -> Path | None:
        """Export the clip around the current tag with the tag burned in (blocks: the button runs it in a worker)."""
        if self.recording is None or self.current_tag is None:
            self._say(tr("choose a tag of a recorded flight first"))
            return None
        result = export_tagged_clip(self.recording, self.current_tag, path,
                                    label=category_label(self.current_tag.category))
        self._exported(result)
        return result.path

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result.path
        self._say(tr("exported {frames} frames to {file}").format(frames=result.frames, file=result.path.name))

    def _on_record_clicked(self) -> None:
        if self._recorder is not None:
            self.stop_recording()
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Record the drone stream"), "flight.ts", "MPEG-TS (*.ts)")
        if path:
            self.start_recording(Path(path))

    def _on_review_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Review a recorded flight"), "", "MPEG-TS (*.ts)")
        if path:
            try:
                self.open_recording(path)
            except RecordingError as exc:
                self._say(str(exc))

    def _on_export_clicked(self) -> None:
        if self.recording is None or self.current_tag is None:
            self._say(tr("choose a tag of a recorded flight first"))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the tagged clip"), "tag.mp4", "MP4 (*.mp4)")
        if not path:
            return
        recording, tag = self.recording, self.current_tag
        # encoding takes seconds: a worker thread does it; the result comes back on the GUI thread's loop
        future = asyncio.get_event_loop().run_in_executor(
            None, lambda: export_tagged_clip(recording, tag, Path(path), label=category_label(tag.category)))
        future.add_done_callback(self._on_export_done)

    def _on_export_done(self, future: Any) -> None:
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            self._say(str(exc))
            return
        self._exported(future.result())

    # -- painting --------------------------------------------------------------------------------------------

    def _on_tick(self) -> None:
        source = self.review.slot if self.review is not None else self.player.slot if self.player is not None else None
        if source is None:
            return
        frame = source.take() or self._held
        if frame is not None and self._klv_caught_up(frame):
            self._held = None
            self.tile.show_frame(frame, None)
            self.timeline.set_position(frame.frame_time_ms)
        elif frame is not None:
            self._held = frame
        if self.player is not None:
            self.tile.set_health(self.player.state, self.player.reason, self.player.decoder_name)
        if self.tile.flash and time.monotonic() > self._flash_until:
            self.tile.flash = ""
            self.tile.update()

    def _klv_caught_up(self, frame: Any) -> bool:
        """A live frame may decode before its KLV packet is demuxed: hold it briefly so the HUD shows its own."""
        if self.player is None or self.track is None:
            return True
        latest = self.track.latest()
        if latest is not None and latest.time_ms >= frame.frame_time_ms:
            return True
        return time.monotonic() - frame.decoded_monotonic > KLV_HOLD_S  # no KLV for it: show it anyway

    def _on_slow_tick(self) -> None:
        if self.recording is None and self.tile.frame is not None:
            now = self.tile.frame.frame_time_ms
            self.timeline.set_range(now - LIVE_WINDOW_MS, now + 10_000)
        if self._map is not None and self.track is not None:
            getattr(self._map, "view", self._map).update()
        self._show_status()

    def _on_tags_changed(self) -> None:
        self.timeline.set_tags(self.tags())
        self.tile.update()
        self._show_status()

    def _show_status(self) -> None:
        parts = []
        if self.track is not None:
            parts.append(tr("KLV packets: {good}, bad: {bad}").format(good=self.track.packets, bad=self.track.bad_packets))
        if self.book is not None and self.outbox is not None:
            pending = sum(1 for t in self.book.all() if t.state == "pending")
            parts.append(tr("tags: {count}, waiting to send: {pending}").format(count=len(self.book), pending=pending))
            if not self.outbox.online:
                parts.append(tr("backend unreachable, tags are kept"))
        if self._recorder is not None:
            parts.append(tr("recording {file}").format(file=self._recorder[2].name))
        if self._message and time.monotonic() < self._message_until:
            parts.append(self._message)
        self.status.setText("   ".join(parts))

    _message = ""
    _message_until = 0.0

    def _say(self, message: str) -> None:
        self._message, self._message_until = message, time.monotonic() + 6
        self._show_status()

    def _update_buttons(self) -> None:
        reviewing = self.review is not None
        self.record_button.setText(tr("Stop recording") if self._recorder is not None else tr("Record"))
        self.record_button.setEnabled(self.camera is not None and not reviewing)
        self.live_button.setEnabled(reviewing and self.camera is not None)
        for button in (self.prev_button, self.next_button, self.export_button):
            button.setEnabled(reviewing)

    def _stop_sources(self) -> None:
        player, self.player = self.player, None
        if player is not None:
            player.stop()
        review, self.review = self.review, None
        if review is not None:
            review.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._slow.stop()
        self.stop_recording()
        self._stop_sources()
