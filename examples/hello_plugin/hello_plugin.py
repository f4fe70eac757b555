"""Hello plugin: a dock that counts the console's events, and a "Say hello" entry in the incident menu."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def tr(text):
    return QCoreApplication.translate("HelloPlugin", text)


class HelloPlugin:
    MANIFEST = {
        "name": "hello",
        "version": "0.1.0",
        "api_version": "1.0",  # the plugin API this was written for: runs on any console with API 1.x, x >= 0
        "provides": ["dock", "events", "incident_action"],
        "description": "Counts events; says hello to incidents",
    }

    def activate(self, api):
        """Called once when the plugin is enabled; everything it registers through `api` is undone when
        it is disabled (or fails)."""
        self.api = api
        self.count = 0
        self.label = QLabel(tr("No events yet"))
        api.add_dock(tr("Hello"), self.label)
        api.subscribe("*", self.on_event)
        api.add_incident_action(tr("Say hello"), self.on_incident)

    def on_event(self, kind, data):
        self.count += 1
        self.label.setText(tr("{n} events, last: {kind}").format(n=self.count, kind=kind))

    def on_incident(self, incident):
        self.api.notify(tr("Hello, {title}!").format(title=incident.title or incident.id))

    def deactivate(self):
        self.count = 0
