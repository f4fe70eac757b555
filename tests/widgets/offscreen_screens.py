"""Virtual screens on Qt's offscreen platform: a JSON config at start (QT_QPA_PLATFORM=offscreen:configfile=...),
and screens plugged in or pulled out while the application runs, through the platform's own `setConfiguration`
(reached with ctypes: Qt offers it to C++ through the platform native interface, PySide6 does not wrap that)."""

from __future__ import annotations

import ctypes
import json
from pathlib import Path
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QByteArray, QJsonDocument
from PySide6.QtGui import QGuiApplication

QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
NATIVE_RESOURCE_FOR_INTEGRATION = 12  # vtable slot: QObject's 12 virtuals come first
NATIVE_RESOURCE_FOR_WINDOW = 15


def screen(name: str, x: int, y: int, width: int, height: int) -> dict[str, Any]:
    return {"name": name, "x": x, "y": y, "width": width, "height": height, "logicalDpi": 96,
            "logicalBaseDpi": 96, "dpr": 1.0}


def write_config(path: Path, screens: list[dict[str, Any]]) -> str:
    """Writes the config and returns the QT_QPA_PLATFORM value that starts Qt with these screens."""
    path.write_text(json.dumps({"screens": screens}))
    return f"offscreen:configfile={path}"


class OffscreenScreens:
    """Changes the running offscreen platform's screens; Qt then emits screenAdded / screenRemoved as it would
    for a monitor being plugged in or pulled out."""

    def __init__(self) -> None:
        if QGuiApplication.platformName() != "offscreen":
            raise RuntimeError(f"needs the offscreen platform, not {QGuiApplication.platformName()!r}")
        self._gui = ctypes.CDLL(str(QT_LIB / "libQt6Gui.so.6"))
        self._core = ctypes.CDLL(str(QT_LIB / "libQt6Core.so.6"))
        native = self._gui._ZN15QGuiApplication23platformNativeInterfaceEv
        native.restype = ctypes.c_void_p
        self._iface = native()
        slots = ctypes.cast(ctypes.cast(self._iface, ctypes.POINTER(ctypes.c_void_p))[0],
                            ctypes.POINTER(ctypes.c_void_p))
        base_for_window = ctypes.cast(
            self._gui._ZN24QPlatformNativeInterface23nativeResourceForWindowERK10QByteArrayP7QWindow, ctypes.c_void_p)
        if slots[NATIVE_RESOURCE_FOR_WINDOW] != base_for_window.value:
            raise RuntimeError("this Qt's platform native interface has another layout")
        resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(
            slots[NATIVE_RESOURCE_FOR_INTEGRATION])
        name = QByteArray(b"setConfiguration")
        function = resource(self._iface, shiboken6.getCppPointer(name)[0])
        if not function:
            raise RuntimeError("the offscreen platform offers no setConfiguration")
        self._set = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(function)

    def set_screens(self, screens: list[dict[str, Any]]) -> None:
        document = QJsonDocument.fromJson(QByteArray(json.dumps({"screens": screens}).encode()))
        json_object = ctypes.create_string_buffer(64)  # a QJsonObject is one pointer; room to spare
        to_object = self._core._ZNK13QJsonDocument6objectEv
        to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        to_object(ctypes.addressof(json_object), shiboken6.getCppPointer(document)[0])
        try:
            self._set(ctypes.addressof(json_object), self._iface)
        finally:
            destroy = self._core._ZN11QJsonObjectD1Ev
            destroy.argtypes = [ctypes.c_void_p]
            destroy(ctypes.addressof(json_object))
