"""The video wall: tiles laid out by a console.wall layout, one decode thread per stream, repainted from one
timer per wall; drag and drop, maximise, digital zoom, tours, alerts and a CCTV keyboard (see wall_keys)."""

from __future__ import annotations

import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from console.api.models import Camera, Detection
from console.ops.city_state import DetectionBuffer
from console.video import DecodedFrame, StreamPlayer, StreamState
from console.wall.layouts import Cell, grid_preset
from console.wall.model import Tour, WallLayout
from widgets.tile_base import CAMERA_MIME, OVERLAYS, TILE_MIME, TileBase, fit_size
from widgets.wall_keys import WallKeyboard

REPAINT_INTERVAL_MS = 8  # polls the frame slots; a tile repaints only when its slot holds a new frame
GIL_SWITCH_INTERVAL_S = 0.001
PROFILE_SWITCH_MIN_S = 5.0  # at most one main/sub switch per tile in this time (Nx: 5 s)
PROFILE_CHECK_S = 0.5
METADATA_HOLD_S = 0.25  # the longest a frame waits for its detections before it is shown without them
PENDING_FRAMES = 12
SPACING = 2


def choose_profile(camera: Camera, tile_width: int, tile_height: int) -> str:
    """Sub stream when the tile is smaller than half the main stream (as Nx and Milestone do)."""
    main = camera.stream("main")
    if main is None:
        return "sub"
    return "sub" if tile_width < main.width // 2 + 1 or tile_height < main.height // 2 + 1 else "main"


class VideoWall(QWidget):
    """Shows cameras in the cells of a layout. Holds only video plumbing and what it shows, never domain state."""

    sig_layout_changed = Signal()  # the layout, a camera in a cell, or a tour changed (save the arrangement)
    player_options: dict[str, str] = {}  # extra StreamPlayer options (the bench sets loop/realtime)

    def __init__(self, detections: DetectionBuffer, rows: int = 4, cols: int = 4, parent: QWidget | None = None,
                 *, switch_interval_s: float = PROFILE_SWITCH_MIN_S, renderer: str = "cpu",
                 layout: WallLayout | None = None) -> None:
        super().__init__(parent)
        # with a decode thread per tile, the default 5 ms switch interval keeps the GUI thread waiting for the
        # GIL after every Qt call (measured: 14 instead of 20 shown fps per tile on a 4x4 wall)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._detections = detections
        self.wall_key = uuid.uuid4().hex[:12]
        self.renderer = renderer
        self.catalog: dict[str, Camera] = {}
        self.overlay_flags: dict[str, bool] = dict.fromkeys(OVERLAYS, True)
        self.layout_model = layout or WallLayout("Wall", grid_preset(rows, cols).name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.tiles: list[Any] = []
        self.players: dict[int, StreamPlayer] = {}
        self._pending: dict[int, deque[DecodedFrame]] = {}
        self._incoming: dict[int, tuple[str, StreamPlayer]] = {}  # a stream being switched to, until its first frame
        self._last_switch: dict[int, float] = {}
        self._retiring: list[StreamPlayer] = []
        self._profile_check_at = 0.0
        self._tour_steps: dict[int, int] = {}
        self._tours_started = time.monotonic()
        self._alerts: set[str] = set()
        self._flash_phase = 0
        self.maximised: int | None = None
        self.selected = 0
        self.switch_interval_s = switch_interval_s
        self.monitors: Any = None  # the console's WallScreens (send to monitor, full screen), when it has one
        self.library: Any = None  # the console's WallLibrary (named layouts, shared ones), when it has one
        self.keyboard = WallKeyboard(self)
        self._build_tiles()
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    # -- layout ------------------------------------------------------------------------------------------------

    @property
    def rows(self) -> int:
        return self.layout_model.preset.rows

    @property
    def cols(self) -> int:
        return self.layout_model.preset.cols

    def set_grid(self, rows: int, cols: int) -> None:
        self.set_layout(grid_preset(rows, cols).name)

    def set_layout(self, preset_name: str) -> None:
        """Switch the preset; cameras stay in cell order."""
        self.layout_model.set_preset(preset_name)
        self._build_tiles()
        self.sig_layout_changed.emit()

    def apply_layout(self, layout: WallLayout) -> None:
        """Show a saved layout (its preset, cameras and tours)."""
        self.layout_model = WallLayout.from_json(layout.to_json())
        self._tour_steps.clear()
        self._tours_started = time.monotonic()
        self._build_tiles()
        self.sig_layout_changed.emit()

    def _tile_class(self) -> type:
        if self.renderer == "gpu":
            from widgets.gl_tile import GlVideoTile

            return GlVideoTile
        from widgets.video_tile import VideoTile

        return VideoTile

    def _build_tiles(self) -> None:
        for tile in self.tiles:
            self._stop_player(tile.index)
            self._grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles, self.maximised = [], None
        preset = self.layout_model.preset
        for r in range(max(self._grid.rowCount(), preset.rows)):
            self._grid.setRowStretch(r, 1 if r < preset.rows else 0)
        for c in range(max(self._grid.columnCount(), preset.cols)):
            self._grid.setColumnStretch(c, 1 if c < preset.cols else 0)
        tile_class = self._tile_class()
        for i, cell in enumerate(preset.cells):
            tile = tile_class(i, self, owner=self)
            self._grid.addWidget(tile, cell.row, cell.col, cell.row_span, cell.col_span)
            self.tiles.append(tile)
        self.selected = min(self.selected, len(self.tiles) - 1)
        self.tiles[self.selected].selected = True
        for i, camera_id in enumerate(self.layout_model.cameras):
            camera = self.catalog.get(camera_id) if camera_id else None
            if camera is not None:
                self._play(i, camera)
        self._refresh_alerts()

    def cell(self, index: int) -> Cell:
        return self.layout_model.preset.cells[index]

    def tile_size(self) -> tuple[int, int]:
        """The size of a one-unit cell."""
        width = max(64, (self.width() - SPACING * (self.cols - 1)) // self.cols)
        height = max(36, (self.height() - SPACING * (self.rows - 1)) // self.rows)
        return width, height

    def tile_size_of(self, index: int) -> tuple[int, int]:
        if self.maximised == index:
            return max(64, self.width()), max(36, self.height())
        unit_w, unit_h = self.tile_size()
        cell = self.cell(index)
        return (unit_w * cell.col_span + SPACING * (cell.col_span - 1),
                unit_h * cell.row_span + SPACING * (cell.row_span - 1))

    # -- cameras -----------------------------------------------------------------------------------------------

    def set_catalog(self, cameras: Sequence[Camera]) -> None:
        """The cameras the wall may show (from the backend); cells naming one not yet playing start it."""
        self.catalog = {c.id: c for c in cameras}
        for i, camera_id in enumerate(self.layout_model.cameras):
            tile = self.tiles[i]
            camera = self.catalog.get(camera_id) if camera_id else None
            if camera is not None and (tile.camera is None or tile.camera.id != camera_id):
                self._play(i, camera)
            elif camera is not None and tile.camera is not camera:
                tile.camera = camera  # the same camera, newer facts (its recording dot)
                self.set_recording(camera.id, camera.recording)

    def camera_by_number(self, number: int) -> Camera | None:
        return next((c for c in self.catalog.values() if c.number == number), None)

    def show_cameras(self, cameras: Sequence[Camera | str]) -> None:
        """Fill the tiles in order with these cameras (Camera objects or camera ids); a wall with more cameras
        than tiles shows the first ones. Used to bring alarm cameras up."""
        for index, item in enumerate(list(cameras)[: len(self.tiles)]):
            self.assign(index, item)

    def assign(self, index: int, camera: Camera | str | None) -> None:
        if isinstance(camera, str):
            camera_id: str | None = camera
            resolved = self.catalog.get(camera)
        else:
            resolved = camera
            camera_id = camera.id if camera is not None else None
            if camera is not None:
                self.catalog.setdefault(camera.id, camera)
        self.layout_model.assign(index, camera_id)
        if resolved is None:
            self._stop_player(index)
            self.tiles[index].set_camera(None)
        else:
            self._play(index, resolved)
        self._refresh_alerts()
        self.sig_layout_changed.emit()

    def _play(self, index: int, camera: Camera) -> None:
        self._stop_player(index)
        tile = self.tiles[index]
        profile = "main" if self.maximised == index else choose_profile(camera, *self.tile_size_of(index))
        tile.set_camera(camera, profile)
        tile.paused = False
        player = self._start_player(camera, profile, index)
        if player is not None:
            self.players[index] = player
            self._pending[index] = deque(maxlen=PENDING_FRAMES)
            self._last_switch[index] = time.monotonic()

    def _output_size(self, index: int, width: int, height: int) -> tuple[int, int]:
        """Tile-sized, times the digital zoom (sharp when zoomed), never above the stream's own size.

        The tile's real size once it is on screen: the grid gives some tiles a pixel more than their share, and a
        frame one pixel off is scaled at every paint instead of copied."""
        tile = self.tiles[index] if index < len(self.tiles) else None
        zoom = tile.zoom if tile is not None else 1.0
        box_w, box_h = (tile.width(), tile.height()) if tile is not None and tile.isVisible() else \
            self.tile_size_of(index)
        fit_w, fit_h = fit_size(width, height, round(box_w * zoom), round(box_h * zoom))
        return (fit_w, fit_h) if fit_w <= width else (width - width % 2, height - height % 2)

    def _start_player(self, camera: Camera, profile: str, index: int = 0) -> StreamPlayer | None:
        stream = camera.stream(profile)
        if stream is None:
            return None
        player = StreamPlayer(stream.url, name=f"{camera.id}-{profile}", clock=stream.clock,
                              output_size=self._output_size(index, stream.width, stream.height),
                              options=dict(self.player_options) or None, **self._player_kwargs())
        player.start()
        return player

    def _player_kwargs(self) -> dict[str, Any]:
        if self.renderer == "gpu":
            return {"pixel_format": "yuv420p"}
        from widgets.video_tile import bgra_image

        return {"frame_view": bgra_image}  # the CPU tile's QImage, made on the decode thread

    def _stop_player(self, index: int) -> None:
        self._pending.pop(index, None)
        # asked to stop, not waited for: the tick reaps them (joining 16 decode threads here froze the GUI thread
        # for up to a second on every layout change)
        incoming = self._incoming.pop(index, None)
        if incoming is not None:
            incoming[1].request_stop()
            self._retiring.append(incoming[1])
        player = self.players.pop(index, None)
        if player is not None:
            player.request_stop()
            self._retiring.append(player)

    def stop(self) -> None:
        self._timer.stop()
        players = [*self.players.values(), *(p for _, p in self._incoming.values()), *self._retiring]
        self.players.clear()
        self._incoming.clear()
        self._retiring = []
        for player in players:
            player.request_stop()
        for player in players:
            player.stop()

    # -- operator actions ----------------------------------------------------------------------------------------

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.tiles):
            return
        self.tiles[self.selected].selected = False
        self.tiles[self.selected].update()
        self.selected = index
        self.tiles[index].selected = True
        self.tiles[index].update()
        self.setFocus()

    def swap(self, a: int, b: int) -> None:
        """Swap two tiles' cameras without restarting their streams (no black frame)."""
        if a == b:
            return
        self.layout_model.swap(a, b)
        ta, tb = self.tiles[a], self.tiles[b]
        for name in ("camera", "profile", "frame", "detection", "state", "reason", "decoder", "tracks", "paused",
                     "alert", "zoom", "centre"):
            va, vb = getattr(ta, name), getattr(tb, name)
            setattr(ta, name, vb)
            setattr(tb, name, va)
        for table in (self.players, self._pending, self._incoming, self._last_switch):
            va, vb = table.pop(a, None), table.pop(b, None)  # type: ignore[attr-defined]
            if vb is not None:
                table[a] = vb  # type: ignore[index]
            if va is not None:
                table[b] = va  # type: ignore[index]
        self._update_output_sizes()
        ta.update()
        tb.update()
        self.sig_layout_changed.emit()

    def drop_on_tile(self, index: int, mime: QMimeData) -> bool:
        """A tile of this wall dropped on another swaps them; a camera (tree, map, another wall) is called up."""
        if mime.hasFormat(TILE_MIME):
            key, _, source = bytes(mime.data(TILE_MIME).data()).decode(errors="replace").rpartition(":")
            if key == self.wall_key and source.isdigit() and int(source) < len(self.tiles):
                self.swap(int(source), index)
                return True
        if mime.hasFormat(CAMERA_MIME):
            camera_id = bytes(mime.data(CAMERA_MIME).data()).decode(errors="replace").strip()
            if camera_id in self.catalog:
                self.assign(index, camera_id)
                self.select(index)
                return True
        return False

    def toggle_maximise(self, index: int | None = None) -> None:
        """Show one tile over the whole wall on the main stream; again to go back to the layout."""
        index = self.selected if index is None else index
        if self.maximised is None:
            if not 0 <= index < len(self.tiles):
                return
            self.maximised = index
            tile = self.tiles[index]
            for other in self.tiles:
                if other is not tile:
                    other.hide()
            self._grid.removeWidget(tile)
            self._grid.addWidget(tile, 0, 0, self.rows, self.cols)
            if tile.camera is not None and tile.profile != "main":
                self._switch_profile(index, "main", time.monotonic())
        else:
            tile = self.tiles[self.maximised]
            cell = self.cell(self.maximised)
            self._grid.removeWidget(tile)
            self._grid.addWidget(tile, cell.row, cell.col, cell.row_span, cell.col_span)
            self.maximised = None
            for other in self.tiles:
                other.show()
        self._update_output_sizes()

    def toggle_pause(self, index: int | None = None) -> None:
        tile = self.tiles[self.selected if index is None else index]
        tile.paused = not tile.paused
        tile.update()

    def set_overlay(self, kind: str, on: bool, index: int | None = None) -> None:
        """Overlays on or off: for the whole wall, or for one tile (overriding the wall)."""
        if kind not in OVERLAYS:
            raise ValueError(f"unknown overlay {kind!r}; known: {', '.join(OVERLAYS)}")
        if index is None:
            self.overlay_flags[kind] = on
            for tile in self.tiles:
                tile.update()
        else:
            self.tiles[index].overlay_overrides[kind] = on
            self.tiles[index].update()

    def set_alert(self, camera_id: str, on: bool) -> None:
        """Flash the tiles showing this camera (a new incident) until acknowledged (`on=False`)."""
        if on:
            self._alerts.add(camera_id)
        else:
            self._alerts.discard(camera_id)
        self._refresh_alerts()

    @property
    def alerts(self) -> frozenset[str]:
        """Cameras whose tiles flash (a new incident not yet acknowledged)."""
        return frozenset(self._alerts)

    def set_recording(self, camera_id: str, on: bool) -> None:
        for tile in self.tiles:
            if tile.camera is not None and tile.camera.id == camera_id and tile.recording != on:
                tile.recording = on
                tile.update()

    def _refresh_alerts(self) -> None:
        for tile in self.tiles:
            alert = tile.camera is not None and tile.camera.id in self._alerts
            if tile.alert != alert:
                tile.alert = alert
                tile.update()

    def start_tour(self, tour: Tour) -> None:
        """Cycle a cell (tour.cell) or the whole wall through cameras every tour.interval_s."""
        self.layout_model.tours = [t for t in self.layout_model.tours if t.cell != tour.cell] + [tour]
        self._tour_steps.clear()
        self._tours_started = time.monotonic()
        self._advance_tours(self._tours_started)
        self.sig_layout_changed.emit()

    def stop_tours(self) -> None:
        self.layout_model.tours = []
        self._tour_steps.clear()
        self.sig_layout_changed.emit()

    def _advance_tours(self, now: float) -> None:
        for i, tour in enumerate(self.layout_model.tours):
            step = tour.step_at(now - self._tours_started)
            if self._tour_steps.get(i) == step:
                continue
            self._tour_steps[i] = step
            for cell, camera_id in tour.assignment(step, len(self.tiles)).items():
                current = self.tiles[cell].camera
                if (current.id if current else None) != camera_id and (camera_id is None or camera_id in self.catalog):
                    self.layout_model.assign(cell, camera_id)
                    if camera_id is None:
                        self._stop_player(cell)
                        self.tiles[cell].set_camera(None)
                    else:
                        self._play(cell, self.catalog[camera_id])
            self._refresh_alerts()

    def tile_zoomed(self, index: int) -> None:
        self._update_output_sizes()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if not self.keyboard.handle(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from widgets.wall_menu import build_tile_menu

        child = self.childAt(event.pos())
        while child is not None and not isinstance(child, TileBase):
            child = child.parentWidget()
        index = child.index if isinstance(child, TileBase) else self.selected
        self.select(index)
        build_tile_menu(self, index).exec(event.globalPos())

    # -- streams -------------------------------------------------------------------------------------------------

    def _switch_profile(self, index: int, profile: str, now: float) -> None:
        camera = self.tiles[index].camera
        old = self._incoming.pop(index, None)
        if old is not None:
            old[1].request_stop()
            self._retiring.append(old[1])
        player = self._start_player(camera, profile, index) if camera is not None else None
        if player is not None:
            self._incoming[index] = (profile, player)
            self._last_switch[index] = now

    def _check_profiles(self, now: float) -> None:
        """Start the stream that suits each tile's size; the old one plays on until the new one has a frame."""
        for index in self.players:
            camera = self.tiles[index].camera
            if camera is None or index in self._incoming or index == self.maximised:
                continue
            wanted = choose_profile(camera, *self.tile_size_of(index))
            if wanted != self.tiles[index].profile and now - self._last_switch.get(index, 0.0) >= self.switch_interval_s:
                self._switch_profile(index, wanted, now)

    def _finish_switches(self) -> None:
        for index, (profile, player) in list(self._incoming.items()):
            if player.slot.peek() is not None:  # the new stream has a picture: swap with no black frame
                old = self.players[index]
                old.request_stop()
                self._retiring.append(old)
                self.players[index] = player
                self._pending[index].clear()
                self.tiles[index].profile = profile
                del self._incoming[index]
            elif player.state is StreamState.FAILED:
                player.request_stop()
                self._retiring.append(player)
                del self._incoming[index]
        self._retiring = [p for p in self._retiring if not p.join(0)]

    def tile_resized(self, index: int) -> None:
        """Called by a tile whose size changed: its stream's frames follow (see `_output_size`)."""
        self._update_output_sizes(index)

    def _update_output_sizes(self, only: int | None = None) -> None:
        for index, player in [*self.players.items(), *((i, p) for i, (_, p) in self._incoming.items())]:
            if only is not None and index != only:
                continue
            camera = self.tiles[index].camera
            stream = camera.stream(self.tiles[index].profile if player is self.players.get(index)
                                   else self._incoming[index][0]) if camera else None
            if stream is not None:
                player.set_output_size(*self._output_size(index, stream.width, stream.height))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._update_output_sizes()
        self.keyboard.place()

    def _on_tick(self) -> None:
        now = time.monotonic()
        if now >= self._profile_check_at:
            self._profile_check_at = now + PROFILE_CHECK_S
            self._check_profiles(now)
            if self.layout_model.tours:
                self._advance_tours(now)
        if self._incoming or self._retiring:
            self._finish_switches()
        phase = int(now * 2)
        if phase != self._flash_phase:
            self._flash_phase = phase
            for tile in self.tiles:
                if tile.alert:
                    tile.update()
        for index, player in self.players.items():
            tile = self.tiles[index]
            camera = tile.camera
            pending = self._pending[index]
            frame = player.slot.take()
            if tile.paused:
                continue
            if frame is not None:
                pending.append(frame)
            if camera is not None and pending:
                shown = self._next_frame(camera.id, pending, now, player.retire)
                if shown is not None:
                    before = tile.frame
                    tile.show_frame(*shown)
                    if before is not None:
                        player.retire(before)  # its QImage is freed on the decode thread, not here
            if camera is not None and tile.frame is not None and tile.detection is None:
                # shown before its detections arrived: draw them when they do, for this very frame
                detection = self._detections.for_frame(camera.id, tile.frame.frame_time_ms)
                if detection is not None:
                    tile.set_detection(detection)
            tile.set_health(player.state, player.reason, player.decoder_name)

    def _next_frame(self, camera_id: str, pending: deque[DecodedFrame], now: float,
                    skip: Callable[[DecodedFrame], None]) -> tuple[DecodedFrame, Detection | None] | None:
        """Detections travel the GUI thread's event stream while frames come from decode threads, so they often
        trail the picture. Show the newest frame whose detections are here; a frame waits at most
        METADATA_HOLD_S, and a camera without live analytics is never held. Older frames passed over go to
        `skip` (the player's retire: freed on the decode thread, like the shown ones)."""
        chosen: DecodedFrame | None = None
        detection: Detection | None = None
        for i in range(len(pending) - 1, -1, -1):
            detection = self._detections.for_frame(camera_id, pending[i].frame_time_ms)
            if detection is not None:
                chosen = pending[i]
                break
        if chosen is None:
            if not self._detections.has_recent(camera_id, pending[-1].frame_time_ms):
                chosen = pending[-1]
            else:
                expired = [f for f in pending if now - f.decoded_monotonic >= METADATA_HOLD_S]
                if not expired:
                    return None
                chosen = expired[-1]
        while True:
            frame = pending.popleft()
            if frame is chosen:
                return chosen, detection
            skip(frame)


def _fit(src_w: int, src_h: int, box_w: int, box_h: int) -> tuple[int, int]:
    """Largest even size with the source's aspect inside the box (kept for callers of the old name)."""
    return fit_size(src_w, src_h, box_w, box_h)

