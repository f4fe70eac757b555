"""The camera tree: cameras by district; drag one onto a wall tile (mime application/x-qala-camera)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from console.api.models import Camera
from widgets.tile_base import CAMERA_MIME


class CameraTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_cameras(self, cameras: Iterable[Camera]) -> None:
        self.clear()
        districts: dict[str, QTreeWidgetItem] = {}
        for camera in cameras:
            parent = districts.get(camera.district)
            if parent is None:
                parent = districts[camera.district] = QTreeWidgetItem(self, [camera.district or "—"])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setExpanded(True)
            item = QTreeWidgetItem(parent, [f"{camera.number:02d}  {camera.name}"])
            item.setData(0, Qt.ItemDataRole.UserRole, camera.id)
            item.setToolTip(0, f"{camera.kind} · {camera.district}")

    def camera_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            items += [top.child(j) for j in range(top.childCount())]
        return items

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [CAMERA_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        mime = QMimeData()
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in items]
        ids = [i for i in ids if i]
        if ids:
            mime.setData(CAMERA_MIME, QByteArray(ids[0].encode()))
        return mime
