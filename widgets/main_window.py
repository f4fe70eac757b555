"""The console's main window: the video wall in the centre; cameras, map and incidents in docks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QWidget

from console.api.events import LinkState
from console.ops.city_state import CityState
from widgets.camera_list import CameraTree
from widgets.drone_view import DroneView
from widgets.incident_list import IncidentList
from widgets.map_pane import MapPane
from widgets.video_wall import VideoWall

STYLE = """
QMainWindow, QWidget { background: #181c22; color: #e6e6e6; }
QDockWidget::title { background: #232a33; padding: 4px; }
QHeaderView::section { background: #232a33; color: #c8d0da; border: 0; padding: 2px 4px; }
QTableView { gridline-color: #2a3038; selection-background-color: #3c6ea8; }
QListWidget::item:selected { background: #3c6ea8; }
QStatusBar { background: #11151a; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    sig_closed = Signal()
    sig_retranslate = Signal()  # the language changed: menus and dialogs owned by others set their texts again

    def __init__(self, state: CityState, parent: QWidget | None = None, *, renderer: str = "cpu") -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(tr("Qala Console"))
        self.setStyleSheet(STYLE)
        self.wall = VideoWall(state.detections, 4, 4, self, renderer=renderer)
        self.setCentralWidget(self.wall)

        self.camera_list = CameraTree(self)
        self.map_pane = MapPane(state, self)
        self.incident_list = IncidentList(state.incidents, self)
        self._add_dock(tr("Cameras"), self.camera_list, Qt.DockWidgetArea.LeftDockWidgetArea, "dock-cameras")
        self.map_dock = self._add_dock(tr("Map"), self.map_pane, Qt.DockWidgetArea.RightDockWidgetArea, "dock-map")
        self._add_dock(tr("Incidents"), self.incident_list, Qt.DockWidgetArea.RightDockWidgetArea, "dock-incidents")
        self.map_pane.attach_incident_list(self.incident_list)
        self.map_pane.attach_wall(self.wall)

        self.drone_view = DroneView(state, self)
        drone_scroll = QScrollArea(self)  # its row of controls must not set the window's minimum width
        drone_scroll.setWidgetResizable(True)
        drone_scroll.setFrameShape(QFrame.Shape.NoFrame)
        drone_scroll.setWidget(self.drone_view)
        self.drone_dock = self._add_dock(tr("Drone"), drone_scroll, Qt.DockWidgetArea.RightDockWidgetArea, "dock-drone")
        self.drone_view.set_map(self.map_pane)
        # the drone pane shares the map's place as a tab: three panes stacked would make the window taller than
        # a 1080p screen can hold
        self.tabifyDockWidget(self.map_dock, self.drone_dock)
        self.map_dock.raise_()

        self.link_label = QLabel(tr("connecting"))
        self.events_label = QLabel("")
        self.bad_input_label = QLabel("")
        self.bad_input_label.setObjectName("bad-input")
        self.bad_input_label.setStyleSheet("color: #e0a040;")
        self.bad_input_label.hide()
        self.statusBar().addWidget(self.link_label)
        self.statusBar().addPermanentWidget(self.bad_input_label)
        self.statusBar().addPermanentWidget(self.events_label)
        state.sig_cameras.connect(self._on_cameras)
        self.user_label = QLabel("")
        self.user_label.setObjectName("user")
        self.statusBar().addPermanentWidget(self.user_label)
        self._site: tuple[str, dict[str, object] | None] = ("", None)
        self._link: tuple[LinkState, str] | None = None

    def _add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _on_cameras(self) -> None:
        cameras = list(self.state.cameras.values())
        self.camera_list.set_cameras(cameras)
        self.wall.set_catalog(cameras)
        if not any(self.wall.layout_model.cameras):  # a fresh wall; a restored layout keeps its cameras
            self.wall.show_cameras(cameras)

    def set_site(self, name: str, user: dict[str, object] | None) -> None:
        """The site on screen and who is signed in (None: the backend runs without sign-in)."""
        self._site = (name, user)
        who = tr("{user} ({role})").format(user=user.get("username"), role=role_name(str(user.get("role")))) if user \
            else tr("sign-in off")
        self.user_label.setText(f"{name} · {who}" if name else who)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window again in the language just installed."""
        self.setWindowTitle(tr("Qala Console"))
        titles = {"dock-cameras": tr("Cameras"), "dock-map": tr("Map"), "dock-incidents": tr("Incidents")}
        for dock in self.findChildren(QDockWidget):
            if dock.objectName() in titles:
                dock.setWindowTitle(titles[dock.objectName()])
        if self._link is not None:
            self.set_link(*self._link)
        else:
            self.link_label.setText(tr("connecting"))
        self.set_site(*self._site)
        retranslate_headers = getattr(self.incident_list.model_, "retranslate", None)
        if retranslate_headers is not None:
            retranslate_headers()
        self.sig_retranslate.emit()

    def set_link(self, state: LinkState, reason: str) -> None:
        self._link = (state, reason)
        labels = {LinkState.CONNECTING: tr("backend: connecting"), LinkState.ONLINE: tr("backend: online"),
                  LinkState.OFFLINE: tr("backend: offline"), LinkState.STOPPED: tr("backend: stopped")}
        text = labels[state] + (f" ({reason})" if reason and state is LinkState.OFFLINE else "")
        self.link_label.setText(text)

    def set_event_rate(self, per_second: float, incidents: int) -> None:
        self.events_label.setText(tr("events/s: {rate}   incidents: {count}").format(rate=f"{per_second:.0f}", count=incidents))

    def set_bad_input(self, counts: dict[str, int]) -> None:
        """What the backend sent that could not be used: shown so an operator knows the picture may be partial."""
        total = sum(counts.values())
        self.bad_input_label.setVisible(total > 0)
        if total:
            self.bad_input_label.setText(tr("bad data ignored: {count}").format(count=total))
            lines = [f"{kind}: {n}" for kind, n in sorted(counts.items(), key=lambda kv: -kv[1])]
            self.bad_input_label.setToolTip(tr("Messages from the backend the console could not use") + "\n"
                                            + "\n".join(lines))

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.wall.stop()
        self.map_pane.stop()

        self.drone_view.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
        self.sig_closed.emit()


def role_name(role: str) -> str:
    names = {"operator": tr("operator"), "supervisor": tr("supervisor"), "drone_pilot": tr("drone pilot"),
             "administrator": tr("administrator")}
    return names.get(role, role)
