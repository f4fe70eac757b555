"""Built-in plugin: GeoJSON and CSV files (hydrants, schools, hospitals, districts) as styled map layers.

Files come from the plugin setting `files` (a list of paths, each optionally `path|kind`) and from the panel's
"Add file" button; a layer reloads when its file changes and keeps its last good features if the new
content is broken (the panel and the status bar say why).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QListWidget, QPushButton, QVBoxLayout, QWidget

from plugins.geo_layers.features import KINDS
from plugins.geo_layers.layer import GeoFileLayer

MANIFEST = {"name": "geo_layers", "version": "1.0.0", "api_version": "1.0", "provides": ["map_layer", "dock"],
            "description": "GeoJSON and CSV map layers with a legend, reloaded when the file changes"}


def tr(text: str) -> str:
    return QCoreApplication.translate("GeoLayers", text)


def _as_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


class GeoLayersPlugin:
    MANIFEST = MANIFEST

    def __init__(self) -> None:
        self.layers: list[GeoFileLayer] = []
        self.api: Any = None
        self._generation: dict[int, int] = {}

    def activate(self, api: Any) -> None:
        self.api = api
        self.panel = QWidget()
        self.list = QListWidget(self.panel)
        add = QPushButton(tr("Add file..."), self.panel)
        add.clicked.connect(self._on_add_clicked)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.list)
        box.addWidget(add)
        api.add_dock(tr("Map layers"), self.panel, "right")
        for entry in _as_list(api.setting("files")):
            path, _, kind = entry.partition("|")
            self.add_file(path, kind if kind in KINDS else None, remember=False)

    def add_file(self, path: str, kind: str | None = None, remember: bool = True) -> GeoFileLayer:
        """A layer for the file; its features arrive when the file has been parsed (off the GUI thread)."""
        layer = GeoFileLayer(path, kind)
        self.layers.append(layer)
        self.api.add_map_layer(layer)
        self._load(layer, first=True)
        self.api.watch_file(path, lambda _path, layer=layer: self._load(layer, first=False))
        if remember:
            files = _as_list(self.api.setting("files"))
            self.api.set_setting("files", [*files, f"{path}|{kind}" if kind else path])
        self._show()
        return layer

    def _load(self, layer: GeoFileLayer, first: bool) -> None:
        # big files take seconds to parse: never on the GUI thread; the newest read of a layer wins
        self._generation[id(layer)] = generation = self._generation.get(id(layer), 0) + 1

        def work() -> None:
            self.api.call_soon(self._apply, layer, generation, first, layer.read())

        threading.Thread(target=work, name=f"geo-layer-{layer.name}", daemon=True).start()

    def _apply(self, layer: GeoFileLayer, generation: int, first: bool, result: Any) -> None:
        if generation != self._generation.get(id(layer)) or layer not in self.layers:
            return
        if not layer.apply(result):
            message = tr("cannot load {file}: {error}") if first else tr(
                "{file} is broken, keeping the previous version: {error}")
            self.api.notify(message.format(file=layer.name, error=layer.error))
        self.api.refresh_map()
        self._show()

    def _on_add_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.panel, tr("Add map layer"), "",
                                              tr("Map layers (*.geojson *.json *.csv)"))
        if path:
            self.add_file(path)

    def _show(self) -> None:
        self.list.clear()
        for layer in self.layers:
            text = tr("{file}: {n} features").format(file=layer.name, n=len(layer.features))
            self.list.addItem(text + (f"  ⚠ {layer.error}" if layer.error else ""))

    def deactivate(self) -> None:
        self.layers.clear()
