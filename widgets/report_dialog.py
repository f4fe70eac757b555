"""A resident's report entered by hand: type, place (clicked on a small map or typed), title and description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.api.models import Site
from console.ops.incident_desk import IncidentDesk
from console.ops.lifecycle import DEFAULT_SEVERITY, INCIDENT_TYPES, SEVERITIES, TransitionError
from console.ops.outbox import OutboxItem
from widgets.incident_words import severity_label, type_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


class PlacePicker(QWidget):
    """The site's districts and roads; a click picks a point. `sig_picked(lat, lon)`."""

    sig_picked = Signal(float, float)

    def __init__(self, site: Site | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site = site
        self.point: tuple[float, float] | None = None
        self.setMinimumSize(360, 260)
        self.setCursor(Qt.CursorShape.CrossCursor)
        lats, lons = [], []
        if site is not None:
            for district in site.districts:
                lats += [p[0] for p in district.polygon]
                lons += [p[1] for p in district.polygon]
            for road in site.roads:
                lats += [p[0] for p in road.points]
                lons += [p[1] for p in road.points]
        if not lats:
            centre = site.centre if site else (51.08, 71.64)
            lats, lons = [centre[0] - 0.02, centre[0] + 0.02], [centre[1] - 0.03, centre[1] + 0.03]
        self.bounds = (min(lats), max(lats), min(lons), max(lons))

    def project(self, lat: float, lon: float) -> QPointF:
        south, north, west, east = self.bounds
        return QPointF((lon - west) / (east - west) * (self.width() - 1),
                       (north - lat) / (north - south) * (self.height() - 1))

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        south, north, west, east = self.bounds
        return (north - y / max(1, self.height() - 1) * (north - south),
                west + x / max(1, self.width() - 1) * (east - west))

    def set_point(self, lat: float, lon: float) -> None:
        self.point = (lat, lon)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        lat, lon = self.unproject(event.position().x(), event.position().y())
        self.set_point(lat, lon)
        self.sig_picked.emit(lat, lon)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(20, 26, 32))
        if self.site is not None:
            painter.setPen(QPen(QColor(70, 90, 110), 1))
            for district in self.site.districts:
                points = [self.project(*p) for p in district.polygon]
                for a, b in zip(points, points[1:] + points[:1], strict=True):
                    painter.drawLine(a, b)
            painter.setPen(QPen(QColor(120, 130, 140), 2))
            for road in self.site.roads:
                points = [self.project(*p) for p in road.points]
                for a, b in zip(points, points[1:], strict=False):
                    painter.drawLine(a, b)
        if self.point is not None:
            centre = self.project(*self.point)
            painter.setPen(QPen(QColor(255, 80, 60), 3))
            painter.drawEllipse(centre, 7, 7)
            painter.drawLine(centre + QPointF(-11, 0), centre + QPointF(11, 0))
            painter.drawLine(centre + QPointF(0, -11), centre + QPointF(0, 11))
        painter.end()


class ReportDialog(QDialog):
    """Queues the new incident through the desk's outbox; it reaches the backend once, whenever it is reachable."""

    def __init__(self, desk: IncidentDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.queued: OutboxItem | None = None
        self.setWindowTitle(tr("New incident (resident's report)"))
        self.type_box = QComboBox(self)
        for type_ in INCIDENT_TYPES:
            self.type_box.addItem(type_label(type_), type_)
        self.type_box.setCurrentIndex(self.type_box.findData("resident_report"))
        self.severity_box = QComboBox(self)
        for severity in SEVERITIES:
            self.severity_box.addItem(severity_label(severity), severity)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        site = desk.state.site
        self.picker = PlacePicker(site, self)
        self.lat = QDoubleSpinBox(self)
        self.lon = QDoubleSpinBox(self)
        for box, low, high in ((self.lat, -90.0, 90.0), (self.lon, -180.0, 180.0)):
            box.setDecimals(6)
            box.setRange(low, high)
            box.setSingleStep(0.0005)
        centre = site.centre if site else (51.08, 71.64)
        self.lat.setValue(centre[0])
        self.lon.setValue(centre[1])
        self.picker.set_point(*centre)
        self.picker.sig_picked.connect(self._on_picked)
        self.lat.valueChanged.connect(self._on_typed)
        self.lon.valueChanged.connect(self._on_typed)
        self.type_box.currentIndexChanged.connect(self._on_type)
        self._on_type()
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #ff9090;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Type"), self.type_box)
        form.addRow(tr("Severity"), self.severity_box)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Description"), self.description)
        coords = QHBoxLayout()
        coords.addWidget(QLabel(tr("Latitude"), self))
        coords.addWidget(self.lat)
        coords.addWidget(QLabel(tr("Longitude"), self))
        coords.addWidget(self.lon)
        form.addRow(tr("Place"), coords)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Click the map to pick the place, or type the coordinates:"), self))
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_type(self, *args: object) -> None:
        severity = DEFAULT_SEVERITY.get(self.type_box.currentData(), "medium")
        self.severity_box.setCurrentIndex(self.severity_box.findData(severity))

    def _on_picked(self, lat: float, lon: float) -> None:
        for box, value in ((self.lat, lat), (self.lon, lon)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _on_typed(self, *args: object) -> None:
        self.picker.set_point(self.lat.value(), self.lon.value())

    def submit(self) -> None:
        try:
            self.queued = self.desk.report(self.type_box.currentData(), self.title_edit.text(), self.lat.value(),
                                           self.lon.value(), self.description.toPlainText(),
                                           self.severity_box.currentData())
        except TransitionError as exc:
            self.error.setText(tr("Cannot create: {reason}").format(reason=exc.message))
            return
        self.accept()
