"""The video wall: a grid of tiles, one decode thread per stream, repainted from one timer per wall."""

from __future__ import annotations

import math
import sys
import time
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QWidget

from console.api.models import Camera, Detection
from console.ops.city_state import DetectionBuffer
from console.video import DecodedFrame, StreamPlayer, StreamState
from widgets.video_tile import VideoTile

REPAINT_INTERVAL_MS = 8  # polls the frame slots; a tile repaints only when its slot holds a new frame
GIL_SWITCH_INTERVAL_S = 0.001
PROFILE_SWITCH_MIN_S = 5.0  # at most one main/sub switch per tile in this time (Nx: 5 s)
PROFILE_CHECK_S = 0.5
METADATA_HOLD_S = 0.25  # the longest a frame waits for its detections before it is shown without them
PENDING_FRAMES = 12


def choose_profile(camera: Camera, tile_width: int, tile_height: int) -> str:
    """Sub stream when the tile is smaller than half the main stream (as Nx and Milestone do)."""
    main = camera.stream("main")
    if main is None:
        return "sub"
    return "sub" if tile_width < main.width // 2 + 1 or tile_height < main.height // 2 + 1 else "main"


class VideoWall(QWidget):
    """Shows cameras in a rows × cols grid. Holds only video plumbing, never domain state."""

    def __init__(self, detections: DetectionBuffer, rows: int = 4, cols: int = 4, parent: QWidget | None = None,
                 *, switch_interval_s: float = PROFILE_SWITCH_MIN_S) -> None:
        super().__init__(parent)
        # with a decode thread per tile, the default 5 ms switch interval keeps the GUI thread waiting for the
        # GIL after every Qt call (measured: 14 instead of 20 shown fps per tile on a 4x4 wall)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._detections = detections
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        self.tiles: list[VideoTile] = []
        self.players: dict[int, StreamPlayer] = {}
        self._pending: dict[int, deque[DecodedFrame]] = {}
        self._incoming: dict[int, tuple[str, StreamPlayer]] = {}  # a stream being switched to, until its first frame
        self._last_switch: dict[int, float] = {}
        self._retiring: list[StreamPlayer] = []
        self._profile_check_at = 0.0
        self.switch_interval_s = switch_interval_s
        self.set_grid(rows, cols)
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()

    def set_grid(self, rows: int, cols: int) -> None:
        for tile in self.tiles:
            self._stop_player(tile.index)
            tile.deleteLater()
        self.tiles = []
        for i in range(rows * cols):
            tile = VideoTile(i, self)
            self._grid.addWidget(tile, i // cols, i % cols)
            self.tiles.append(tile)
        self.rows, self.cols = rows, cols

    def show_cameras(self, cameras: list[Camera]) -> None:
        """Fill the tiles in order; a wall with more cameras than tiles shows the first ones."""
        for tile, camera in zip(self.tiles, cameras, strict=False):
            self.assign(tile.index, camera)

    def tile_size(self) -> tuple[int, int]:
        spacing = self._grid.spacing()
        width = max(64, (self.width() - spacing * (self.cols - 1)) // self.cols)
        height = max(36, (self.height() - spacing * (self.rows - 1)) // self.rows)
        return width, height

    def assign(self, index: int, camera: Camera) -> None:
        self._stop_player(index)
        tile = self.tiles[index]
        profile = choose_profile(camera, *self.tile_size())
        tile.set_camera(camera, profile)
        player = self._start_player(camera, profile)
        if player is not None:
            self.players[index] = player
            self._pending[index] = deque(maxlen=PENDING_FRAMES)
            self._last_switch[index] = time.monotonic()

    def _start_player(self, camera: Camera, profile: str) -> StreamPlayer | None:
        stream = camera.stream(profile)
        if stream is None:
            return None
        output = _fit(stream.width, stream.height, *self.tile_size())
        player = StreamPlayer(stream.url, name=f"{camera.id}-{profile}", clock=stream.clock, output_size=output)
        player.start()
        return player

    def _stop_player(self, index: int) -> None:
        self._pending.pop(index, None)
        incoming = self._incoming.pop(index, None)
        if incoming is not None:
            incoming[1].stop()
        player = self.players.pop(index, None)
        if player is not None:
            player.stop()

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

    def _check_profiles(self, now: float) -> None:
        """Start the stream that suits each tile's size; the old one plays on until the new one has a frame."""
        size = self.tile_size()
        for index in self.players:
            camera = self.tiles[index].camera
            if camera is None or index in self._incoming:
                continue
            wanted = choose_profile(camera, *size)
            if wanted != self.tiles[index].profile and now - self._last_switch.get(index, 0.0) >= self.switch_interval_s:
                player = self._start_player(camera, wanted)
                if player is not None:
                    self._incoming[index] = (wanted, player)
                    self._last_switch[index] = now

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

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        width, height = self.tile_size()
        for index, player in self.players.items():
            camera = self.tiles[index].camera
            stream = camera.stream(self.tiles[index].profile) if camera else None
            if stream is not None:
                player.set_output_size(*_fit(stream.width, stream.height, width, height))

    def _on_tick(self) -> None:
        now = time.monotonic()
        if now >= self._profile_check_at:
            self._profile_check_at = now + PROFILE_CHECK_S
            self._check_profiles(now)
        if self._incoming or self._retiring:
            self._finish_switches()
        for index, player in self.players.items():
            tile = self.tiles[index]
            camera = tile.camera
            pending = self._pending[index]
            frame = player.slot.take()
            if frame is not None:
                pending.append(frame)
            if camera is not None and pending:
                shown = self._next_frame(camera.id, pending, now)
                if shown is not None:
                    tile.show_frame(*shown)
            if camera is not None and tile.frame is not None and tile.detection is None:
                # shown before its detections arrived: draw them when they do, for this very frame
                detection = self._detections.for_frame(camera.id, tile.frame.frame_time_ms)
                if detection is not None:
                    tile.set_detection(detection)
            tile.set_health(player.state, player.reason, player.decoder_name)

    def _next_frame(self, camera_id: str, pending: deque[DecodedFrame], now: float) -> tuple[DecodedFrame, Detection | None] | None:
        """Detections travel the GUI thread's event stream while frames come from decode threads, so they often
        trail the picture. Show the newest frame whose detections are here; a frame waits at most
        METADATA_HOLD_S, and a camera without live analytics is never held."""
        for i in range(len(pending) - 1, -1, -1):
            detection = self._detections.for_frame(camera_id, pending[i].frame_time_ms)
            if detection is not None:
                frame = pending[i]
                for _ in range(i + 1):
                    pending.popleft()
                return frame, detection
        newest = pending[-1]
        if not self._detections.has_recent(camera_id, newest.frame_time_ms):
            pending.clear()
            return newest, None
        expired = [f for f in pending if now - f.decoded_monotonic >= METADATA_HOLD_S]
        if not expired:
            return None
        frame = expired[-1]
        while pending and pending[0] is not frame:
            pending.popleft()
        pending.popleft()
        return frame, None


def _fit(src_w: int, src_h: int, box_w: int, box_h: int) -> tuple[int, int]:
    """Largest even size with the source's aspect inside the box."""
    scale = min(box_w / src_w, box_h / src_h)
    return max(2, math.floor(src_w * scale / 2) * 2), max(2, math.floor(src_h * scale / 2) * 2)
