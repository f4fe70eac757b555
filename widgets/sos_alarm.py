"""SOS alarm: a press sounds an alarm until acknowledged and brings the nearest cameras up on the alarm wall."""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QApplication

from console.ops.incident_desk import IncidentDesk, SosAlarm

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("SosAlarm", text)


def alarm_wav(path: Path, seconds: float = 0.6, rate: int = 22050) -> Path:
    """A two-tone siren burst as 16-bit mono WAV (no sound files shipped)."""
    frames = bytearray()
    for n in range(int(seconds * rate)):
        t = n / rate
        freq = 880.0 if (t * 4) % 2 < 1 else 660.0
        frames += struct.pack("<h", int(12000 * math.sin(2 * math.pi * freq * t)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return path


class AlarmSound(QObject):
    """Loops a siren through QSoundEffect; without an audio device it falls back to QApplication.beep()."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.playing = False
        self.mode = "none"
        self.beeps = 0
        self._effect: Any = None
        self._beeper = QTimer(self)
        self._beeper.setInterval(700)
        self._beeper.timeout.connect(self._beep)
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if QMediaDevices.audioOutputs():
                folder = Path(tempfile.mkdtemp(prefix="qala-alarm-"))
                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(alarm_wav(folder / "siren.wav"))))
                self._effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
                self._effect.setVolume(0.8)
        except Exception as exc:  # no multimedia plugin or backend: the beep still works
            log.info("alarm sound unavailable (%s); using the system beep", exc)
            self._effect = None

    def start(self) -> None:
        if self.playing:
            return
        self.playing = True
        if self._effect is not None:
            self.mode = "sound"
            self._effect.play()
        else:
            self.mode = "beep"
            self._beep()
            self._beeper.start()

    def stop(self) -> None:
        self.playing = False
        self._beeper.stop()
        if self._effect is not None:
            self._effect.stop()

    def _beep(self) -> None:
        self.beeps += 1
        QApplication.beep()


class SosAlarmController(QObject):
    """Connects the desk's SOS alarms to the sound and the alarm wall. After the acknowledgement the cameras stay
    on the wall (the operator is handling the incident); only the sound and the tile flashing stop."""

    sig_alarm = Signal(str, str)  # (incident id, text for the operator)
    sig_cleared = Signal(str)

    def __init__(self, desk: IncidentDesk, wall: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.wall = wall  # the wall designated for alarms
        self.sound = AlarmSound(self)
        self._alerted: dict[str, tuple[str, ...]] = {}
        desk.sig_sos.connect(self._on_sos)
        desk.sig_alarm_cleared.connect(self._on_cleared)

    def _on_sos(self, alarm: SosAlarm) -> None:
        cameras = [c for c in alarm.camera_ids if c in self.wall.catalog] or list(alarm.camera_ids)
        self.wall.show_cameras(cameras)
        for camera_id in cameras:
            self.wall.set_alert(camera_id, True)
        self._alerted[alarm.incident_id] = tuple(cameras)
        self.sound.start()
        self.sig_alarm.emit(alarm.incident_id, tr("SOS: {name}").format(name=alarm.name))

    def _on_cleared(self, incident_id: str) -> None:
        for camera_id in self._alerted.pop(incident_id, ()):
            self.wall.set_alert(camera_id, False)
        if not self.desk.alarms:
            self.sound.stop()
        self.sig_cleared.emit(incident_id)
