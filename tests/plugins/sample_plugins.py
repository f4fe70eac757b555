"""Plugins the tests install through real dist-info entry points."""

import time

from PySide6.QtWidgets import QLabel

HOOKS = ("activate", "event", "map_paint", "map_legend", "map_legend_value", "tile_overlay", "incident_action", "stream_scheme",
         "timer", "call_soon", "deactivate")


def _manifest(name, provides=("dock", "map_layer", "tile_overlay", "incident_action", "stream_scheme", "events")):
    return {"name": name, "version": "1.2.3", "api_version": "1.0", "provides": list(provides),
            "description": "test plugin"}


class FacadePlugin:
    """Uses every part of the facade and records what it was called with."""

    MANIFEST = _manifest("facade")

    def __init__(self):
        self.events = []
        self.painted = 0
        self.overlays = []
        self.actions = []
        self.resolved = []
        self.deactivated = False

    def activate(self, api):
        self.api = api
        self.label = QLabel("facade plugin")
        self.dock = api.add_dock("Facade", self.label, "left")
        api.add_map_layer(self)
        api.add_tile_overlay(lambda painter, rect, camera_id, t: self.overlays.append((camera_id, t)))
        api.add_incident_action("Escalate", self.actions.append)
        api.add_stream_scheme("myvms", self._resolve)
        api.subscribe("sos.pressed", lambda kind, data: self.events.append((kind, data)))

    def _resolve(self, url):
        self.resolved.append(url)
        return self.api.setting("clip")

    def paint(self, painter, project):
        self.painted += 1
        painter.drawEllipse(project(51.0, 71.0), 4, 4)

    def legend(self):
        return [("Facade points", "#ff0000", "point")]

    def deactivate(self):
        self.deactivated = True


class RaisingPlugin:
    """Raises in the hook named by its setting "raise_in" (one of HOOKS)."""

    MANIFEST = _manifest("raising")

    def activate(self, api):
        self.api = api
        self.where = api.setting("raise_in")
        self._maybe_raise("activate")
        api.add_dock("Raising", QLabel("raising"))
        api.add_map_layer(self)
        api.add_tile_overlay(lambda *args: self._maybe_raise("tile_overlay"))
        api.add_incident_action("Boom", lambda incident: self._maybe_raise("incident_action"))
        api.add_stream_scheme("boomvms", self._resolve)
        api.subscribe("*", lambda kind, data: self._maybe_raise("event"))
        api.timer(20, lambda: self._maybe_raise("timer"))
        api.call_soon(self._maybe_raise, "call_soon")

    def _resolve(self, url):
        self._maybe_raise("stream_scheme")
        return url.replace("boomvms://", "/nonexistent/")

    def _maybe_raise(self, hook):
        if self.where == hook:
            raise RuntimeError(f"boom in {hook}")

    def paint(self, painter, project):
        self._maybe_raise("map_paint")

    def legend(self):
        self._maybe_raise("map_legend")
        if self.where == "map_legend_value":
            return [("no colour",)]  # a malformed legend fails like an exception
        return [("Raising", "#00ff00", "polygon")]

    def deactivate(self):
        self._maybe_raise("deactivate")


class SlowPlugin:
    """Holds the GUI thread for its setting "sleep_ms" on every event."""

    MANIFEST = _manifest("slow", ["events"])

    def activate(self, api):
        self.api = api
        self.seen = 0
        api.subscribe("*", self._on_event)

    def _on_event(self, kind, data):
        self.seen += 1
        time.sleep(int(self.api.setting("sleep_ms", 0)) / 1000)


class NoManifest:
    def activate(self, api):
        pass


class FuturePlugin:
    MANIFEST = {"name": "future", "version": "9.0", "api_version": "2.0", "provides": []}

    def activate(self, api):
        raise AssertionError("an incompatible plugin must never be activated")


class BadProvides:
    MANIFEST = {"name": "badprov", "version": "1", "api_version": "1", "provides": ["root_shell"]}

    def activate(self, api):
        pass
