"""The public plugin API (version console.plugins.PLUGIN_API_VERSION): the only object a plugin is handed.

`PluginContext` wires the host (console.plugins) to the main window; it builds one `ConsoleApi` per plugin.
Every callback a plugin registers is wrapped by the host: an exception disables the plugin and tells the
operator, a call that holds the GUI thread longer than 200 ms is reported. `dispose()` removes everything
the plugin added, so a disabled plugin leaves no dock, layer, overlay, action, scheme or subscription.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from console.api.models import Camera, Envelope, Incident, Site
from console.ops.city_state import CityState
from console.plugins import ENTRY_POINT_GROUP, PLUGIN_API_VERSION, PluginHost, PluginRecord
from console.video import sources
from widgets.plugin_map import PluginMapLayers, legend_items

log = logging.getLogger(__name__)

DOCK_AREAS = {"left": Qt.DockWidgetArea.LeftDockWidgetArea, "right": Qt.DockWidgetArea.RightDockWidgetArea,
              "top": Qt.DockWidgetArea.TopDockWidgetArea, "bottom": Qt.DockWidgetArea.BottomDockWidgetArea}
NOTIFY_MS = 15000


def tr(text: str) -> str:
    return QCoreApplication.translate("PluginApi", text)


class SettingsStateStore:
    """The operator's enable/disable choices in QSettings under plugins/<name>/enabled."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def enabled(self, name: str) -> bool | None:
        value = self._settings.value(f"plugins/{name}/enabled")
        if value is None:
            return None
        return value in (True, "true", "1", 1)

    def set_enabled(self, name: str, enabled: bool) -> None:
        self._settings.setValue(f"plugins/{name}/enabled", bool(enabled))
        self._settings.sync()


class _ToGuiThread(QObject):
    """Runs callables on the thread this object lives on (the GUI thread), from any thread."""

    sig_call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.sig_call.connect(self._on_call, Qt.ConnectionType.QueuedConnection)

    def _on_call(self, fn: Callable[[], None]) -> None:
        fn()


class PluginContext:
    """Everything the facades share: the window's docks, map, wall and incident list, the state and the host."""

    def __init__(self, window: Any, state: CityState, settings: QSettings | None = None) -> None:
        self.window = window
        self.state = state
        self.settings = settings or QSettings()
        self.host = PluginHost(self._make_api, SettingsStateStore(self.settings))
        self.map_layers = PluginMapLayers(window.map_pane) if getattr(window, "map_pane", None) else None
        self._to_gui = _ToGuiThread()
        self.notices: list[str] = []  # what the operator was told, newest last
        self.host.sig_failed.connect(self._on_failed)
        self.host.sig_slow.connect(self._on_slow)

    def _make_api(self, record: PluginRecord) -> ConsoleApi:
        return ConsoleApi(self, record)

    def start(self, only: list[str] | None = None, dists: list[str] | None = None) -> None:
        """Discover the installed plugins and activate the enabled ones. `only`: just these entry point
        names; `dists`: just from these distributions (tests, where the environment has plugins of its own)."""
        found = metadata.entry_points(group=ENTRY_POINT_GROUP)
        self.host.discover([ep for ep in found if (only is None or ep.name in only)
                            and (dists is None or (ep.dist is not None and ep.dist.metadata["Name"] in dists))])
        self.host.start_watchdog()
        self.host.activate_enabled()

    def add_menu(self) -> None:
        """Tools > Plugins... in the window's menu bar."""
        menu = self.window.menuBar().addMenu(tr("&Tools"))
        action = menu.addAction(tr("&Plugins..."))
        action.triggered.connect(self.open_manager)

    def open_manager(self) -> Any:
        from widgets.plugin_manager import PluginManagerDialog

        dialog = PluginManagerDialog(self.host, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def notify(self, text: str) -> None:
        """Tell the operator: the status bar, and the log."""
        self.notices.append(text)
        del self.notices[:-50]
        log.warning("operator notice: %s", text)
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, NOTIFY_MS)

    def _on_failed(self, record: PluginRecord, message: str) -> None:
        self.notify(tr("Plugin {name} failed and was disabled: {error}").format(name=record.name, error=message))

    def _on_slow(self, record: PluginRecord, hook: str, ms: int) -> None:
        self.notify(tr("Plugin {name} blocked the console for {ms} ms ({hook})").format(
            name=record.name, ms=ms, hook=hook))

    def post(self, fn: Callable[[], None]) -> None:
        self._to_gui.sig_call.emit(fn)

    def inject(self, event_type: str, data: dict[str, Any]) -> None:
        """A plugin's event enters the console as if the backend had sent it (seq 0: never resumed)."""
        self.state.apply(Envelope(0, int(time.time() * 1000), event_type, dict(data)))

    def shutdown(self) -> None:
        self.host.shutdown()


class ConsoleApi:
    """Plugin API 1.0. Call it on the GUI thread, except `call_soon` and `emit_event` (any thread)."""

    version = PLUGIN_API_VERSION

    def __init__(self, context: PluginContext, record: PluginRecord) -> None:
        self._context = context
        self._record = record
        self.plugin_name = record.name
        self._undo: list[Callable[[], None]] = []
        self._disposed = False

    def _guard(self, hook: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        if not callable(fn):
            raise TypeError(f"{hook}: expected a callable, got {fn!r}")
        return self._context.host.guard(self._record, hook, fn)

    def _check(self) -> None:
        if self._disposed:
            raise RuntimeError(f"plugin {self.plugin_name}: this API object was disposed (plugin disabled)")

    # -- the window -------------------------------------------------------------------------------------

    def add_dock(self, title: str, widget: QWidget, area: str = "right") -> QDockWidget:
        """A dock panel in the main window; removed (and deleted) when the plugin is disabled."""
        self._check()
        window = self._context.window
        dock = QDockWidget(title, window)
        dock.setObjectName(f"plugin-{self.plugin_name}-{len(self._undo)}")
        dock.setWidget(widget)
        where = DOCK_AREAS.get(area, Qt.DockWidgetArea.RightDockWidgetArea)
        # a tab behind the side's last dock: the map and the incidents keep their room and stay in front
        others = [d for d in window.findChildren(QDockWidget) if d is not dock and not d.isFloating()
                  and window.dockWidgetArea(d) == where and not d.isHidden()]
        window.addDockWidget(where, dock)
        if others:
            window.tabifyDockWidget(others[-1], dock)
            others[-1].raise_()

        def remove() -> None:
            window.removeDockWidget(dock)
            dock.deleteLater()

        self._undo.append(remove)
        return dock

    def add_map_layer(self, layer: Any) -> None:
        """`layer.paint(painter, project)` draws it (`project(lat, lon)` -> QPointF in the map's pixels);
        optional `layer.legend()` returns [(label, colour, shape "point"|"line"|"polygon")]."""
        self._check()
        layers = self._context.map_layers
        if layers is None:
            raise RuntimeError("this console has no map")
        legend = getattr(layer, "legend", None)
        layers.add(self.plugin_name, layer, self._guard("map layer paint", layer.paint),
                   self._guard("map layer legend", lambda: legend_items(legend())) if callable(legend) else list)
        self._undo.append(lambda: layers.remove(layer))

    def refresh_map(self) -> None:
        """Repaint the map soon (a layer's data changed)."""
        if self._context.map_layers is not None:
            self._context.map_layers.changed()

    def add_tile_overlay(self, paint: Callable[[Any, Any, str, int], None]) -> None:
        """`paint(painter, picture_rect, camera_id, frame_time_ms)` on every video tile showing a picture."""
        self._check()
        wall = self._context.window.wall
        if not hasattr(wall, "plugin_overlays"):
            wall.plugin_overlays = []
        guarded = self._guard("tile overlay", paint)
        wall.plugin_overlays.append(guarded)
        self._undo.append(lambda: wall.plugin_overlays.remove(guarded))

    def add_incident_action(self, label: str, handler: Callable[[Incident], None]) -> None:
        """An entry in the incident list's menu; `handler(incident)` runs when the operator picks it."""
        self._check()
        actions = self._context.window.incident_list.plugin_actions
        entry = (label, self._guard(f"incident action {label!r}", handler))
        actions.append(entry)
        self._undo.append(lambda: actions.remove(entry))

    def add_stream_scheme(self, scheme: str, resolver: Callable[[str], str]) -> None:
        """Open `scheme://...` URLs: `resolver(url)` returns the URL to play (rtsp://, http://, a file...)."""
        self._check()
        record, host = self._record, self._context.host

        def resolve(url: str) -> str:
            ok, resolved = host.call(record, f"stream scheme {scheme}", resolver, url)
            if not ok:
                raise RuntimeError(f"plugin {record.name} failed to resolve it")
            return str(resolved)

        sources.register_scheme(scheme, resolve)
        self._undo.append(lambda: sources.unregister_scheme(scheme))

    def notify(self, text: str) -> None:
        """Show the operator a message in the status bar."""
        self._context.notify(f"{self.plugin_name}: {text}")

    # -- events and state -------------------------------------------------------------------------------

    def subscribe(self, event_type: str, handler: Callable[[str, dict[str, Any]], None]) -> None:
        """`handler(type, data)` for every backend (or plugin) event of this type; "*" for all."""
        self._check()
        guarded = self._guard(f"event {event_type}", handler)

        def on_event(envelope: Envelope) -> None:
            if event_type in ("*", envelope.type):
                guarded(envelope.type, dict(envelope.data))

        self._context.state.sig_event.connect(on_event)
        self._undo.append(lambda: self._context.state.sig_event.disconnect(on_event))

    def emit_event(self, event_type: str, data: dict[str, Any]) -> None:
        """Feed an event into the console (e.g. sos.pressed from a field bus). Safe from any thread."""
        if not event_type or not isinstance(data, dict):
            raise ValueError("emit_event needs a type and a dict")
        if self._disposed:
            return
        self._context.post(lambda: None if self._disposed else self._context.inject(event_type, data))

    def call_soon(self, fn: Callable[..., None], *args: Any) -> None:
        """Run `fn(*args)` on the GUI thread (guarded). Safe from any thread: for a plugin's own threads."""
        guarded = self._guard("call_soon", fn)
        self._context.post(lambda: None if self._disposed else guarded(*args))

    def site(self) -> Site | None:
        """The site (name, districts, roads, SOS points), once loaded from the backend."""
        return self._context.state.site

    def cameras(self) -> list[Camera]:
        return list(self._context.state.cameras.values())

    def incidents(self) -> list[Incident]:
        return self._context.state.incidents.ordered()

    # -- plumbing ---------------------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """The plugin's own setting (QSettings plugins/<name>/config/<key>)."""
        return self._context.settings.value(f"plugins/{self.plugin_name}/config/{key}", default)

    def set_setting(self, key: str, value: Any) -> None:
        self._context.settings.setValue(f"plugins/{self.plugin_name}/config/{key}", value)

    def timer(self, interval_ms: int, fn: Callable[[], None]) -> QTimer:
        """A repeating GUI-thread timer calling `fn` (guarded); stopped when the plugin is disabled."""
        self._check()
        timer = QTimer()
        timer.setInterval(max(1, int(interval_ms)))
        timer.timeout.connect(self._guard("timer", fn))
        timer.start()
        self._undo.append(timer.stop)
        return timer

    def watch_file(self, path: str | os.PathLike[str], on_change: Callable[[str], None],
                   interval_ms: int = 500) -> None:
        """`on_change(path)` after the file's size or modification time changes (also if it is replaced
        or re-created, which editors do); polled, so it works on every file system."""
        self._check()
        target = Path(path)

        def signature() -> tuple[int, int] | None:
            try:
                st = target.stat()
            except OSError:
                return None
            return st.st_mtime_ns, st.st_size

        last = [signature()]

        def poll() -> None:
            now = signature()
            if now != last[0]:
                last[0] = now
                if now is not None:
                    on_change(str(target))

        self.timer(interval_ms, poll)

    def dispose(self) -> None:
        """Remove everything this plugin registered (called by the host when the plugin is disabled)."""
        self._disposed = True
        undo, self._undo = self._undo, []
        for step in reversed(undo):
            try:
                step()
            except Exception:
                log.exception("plugin %s: undoing a registration failed", self.plugin_name)
