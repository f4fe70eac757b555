"""Operator-facing names of incident types, statuses, severities and unit kinds (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def tr(text: str) -> str:
    return QCoreApplication.translate("IncidentWords", text)


SEVERITY_COLOUR = {"critical": QColor(150, 25, 25), "high": QColor(140, 75, 0), "medium": QColor(105, 95, 0),
                   "low": QColor(35, 60, 85)}
FINISHED_COLOUR = QColor(40, 44, 50)


def type_label(type_: str) -> str:
    labels = {
        "traffic_violation": tr("Traffic violation"), "road_accident": tr("Road accident"),
        "public_order": tr("Public order"), "vandalism": tr("Vandalism"), "sos_call": tr("SOS call"),
        "fire_smoke": tr("Fire / smoke"), "illegal_dump": tr("Illegal dump"), "sanitation": tr("Sanitation"),
        "street_lighting_fault": tr("Street lighting fault"), "utility_water": tr("Water network fault"),
        "utility_heating": tr("Heating network fault"), "utility_electricity": tr("Power network fault"),
        "road_damage": tr("Road damage"), "resident_report": tr("Resident report"),
    }
    return labels.get(type_, type_.replace("_", " "))


def status_label(status: str) -> str:
    labels = {
        "new": tr("new"), "acknowledged": tr("acknowledged"), "dispatched": tr("dispatched"),
        "en_route": tr("en route"), "on_scene": tr("on scene"), "resolved": tr("resolved"), "closed": tr("closed"),
        "false_alarm": tr("false alarm"), "transferred": tr("transferred"), "available": tr("available"),
        "busy": tr("busy"), "out_of_service": tr("out of service"),
    }
    return labels.get(status, status.replace("_", " "))


def severity_label(severity: str) -> str:
    labels = {"critical": tr("critical"), "high": tr("high"), "medium": tr("medium"), "low": tr("low")}
    return labels.get(severity, severity)


def unit_kind_label(kind: str) -> str:
    labels = {"police": tr("police"), "ambulance": tr("ambulance"), "utility": tr("utility crew"), "fire": tr("fire")}
    return labels.get(kind, kind)


def action_label(action: str) -> str:
    labels = {"created": tr("created"), "acknowledge": tr("acknowledged"), "assign": tr("dispatched"),
              "status": tr("status"), "note": tr("note"), "close": tr("closed"), "false_alarm": tr("false alarm"),
              "transfer": tr("transferred")}
    return labels.get(action, action)
