"""Named wall layouts: saved in the user's folder, opened on any wall, shared with other consoles through the
backend (/api/v1/layouts). Every failure is said in the status line; nothing the operator saved is lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit

from console.api.rest import BackendClient, BackendError
from console.wall.model import LayoutError, WallLayout
from console.wall.store import LayoutStore, config_dir

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("WallLibrary", text)


class WallLibrary(QObject):
    sig_changed = Signal()  # the list of saved layouts changed
    sig_message = Signal(str)  # what happened, for the status line

    def __init__(self, client: BackendClient | None = None, folder: str | Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.store = LayoutStore(folder if folder is not None else config_dir())
        self._tasks: set[asyncio.Task[Any]] = set()

    def names(self) -> list[str]:
        return self.store.names()

    def save_as(self, wall: Any, name: str) -> WallLayout | None:
        """Save what `wall` shows under `name` (replacing a layout of that name); the wall's layout takes the name."""
        try:
            layout = WallLayout.from_json({**wall.layout_model.to_json(), "name": name.strip()})
            self.store.save(layout)
        except (LayoutError, OSError) as exc:
            self.sig_message.emit(tr("Layout not saved: {reason}").format(reason=exc))
            return None
        wall.layout_model.name = layout.name
        wall.sig_layout_changed.emit()
        self.sig_changed.emit()
        self.sig_message.emit(tr("Layout \u201c{name}\u201d saved").format(name=layout.name))
        return layout

    def open(self, wall: Any, name: str) -> bool:
        try:
            layout = self.store.load(name)
        except LayoutError as exc:
            self.sig_message.emit(tr("Layout not opened: {reason}").format(reason=exc))
            return False
        wall.apply_layout(layout)
        self.sig_message.emit(tr("Layout \u201c{name}\u201d opened").format(name=name))
        return True

    def delete(self, name: str) -> bool:
        removed = self.store.delete(name)
        if removed:
            self.sig_changed.emit()
        return removed

    async def share(self, wall: Any) -> bool:
        """Put the wall's layout on the backend under its name, for every console of the site."""
        if self.client is None:
            self.sig_message.emit(tr("Layout not shared: no backend"))
            return False
        layout = wall.layout_model
        try:
            await self.client.put_layout(layout.to_json())
        except BackendError as exc:
            self.sig_message.emit(tr("Layout not shared: {reason}").format(reason=exc.reason))
            return False
        self.sig_message.emit(tr("Layout \u201c{name}\u201d shared").format(name=layout.name))
        return True

    async def fetch_shared(self) -> list[str]:
        """Store the backend's shared layouts that are not saved here yet (a local one of the same name wins)."""
        if self.client is None:
            self.sig_message.emit(tr("No shared layouts: no backend"))
            return []
        try:
            items = await self.client.layouts()
        except BackendError as exc:
            self.sig_message.emit(tr("Shared layouts not loaded: {reason}").format(reason=exc.reason))
            return []
        layouts, broken = [], 0
        for item in items:
            try:
                layouts.append(WallLayout.from_json(item))
            except LayoutError as exc:
                broken += 1
                log.warning("shared layout skipped: %s", exc)
        try:
            added = self.store.merge_shared(layouts)
        except OSError as exc:
            self.sig_message.emit(tr("Shared layouts not saved: {reason}").format(reason=exc))
            return []
        if added:
            self.sig_changed.emit()
        text = tr("{count} new shared layouts").format(count=len(added))
        if broken:
            text += ", " + tr("{count} invalid ones skipped").format(count=broken)
        self.sig_message.emit(text)
        return added

    def ask_save_as(self, wall: Any) -> None:
        name, ok = QInputDialog.getText(wall, tr("Save layout"), tr("Layout name:"), QLineEdit.EchoMode.Normal,
                                        wall.layout_model.name)
        if ok and name.strip():
            self.save_as(wall, name)

    def start(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run a share or fetch from a menu action on the GUI thread's loop (qasync)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
