"""`qala-console plugins ...`: list the installed plugins, enable/disable them, set their settings (no GUI)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from console.plugins import PLUGIN_API_VERSION, PluginHost, PluginState


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qala-console plugins", description="Qala Console plugins")
    parser.add_argument("--settings", metavar="INI", help="settings file (default: the console's own settings)")
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="installed plugins, their version, state and errors")
    listing.add_argument("--json", action="store_true")
    for name in ("enable", "disable"):
        sub.add_parser(name, help=f"{name} a plugin (remembered)").add_argument("name")
    setter = sub.add_parser("set", help="set a plugin setting; several values make a list")
    setter.add_argument("name")
    setter.add_argument("key")
    setter.add_argument("values", nargs="+")
    getter = sub.add_parser("get", help="a plugin setting")
    getter.add_argument("name")
    getter.add_argument("key")
    return parser


def _settings(path: str | None) -> Any:
    from PySide6.QtCore import QCoreApplication, QSettings

    if QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName("Qala")
        QCoreApplication.setApplicationName("Qala Console")
    return QSettings(path, QSettings.Format.IniFormat) if path else QSettings("Qala", "Qala Console")


def main(argv: list[str]) -> int:
    from widgets.plugin_api import SettingsStateStore

    args = build_parser().parse_args(argv)
    settings = _settings(args.settings)
    store = SettingsStateStore(settings)
    host = PluginHost(lambda record: None, store)  # type: ignore[arg-type, return-value] - never activates here
    host.discover()
    if args.command == "list":
        rows = []
        for record in sorted(host.plugins.values(), key=lambda r: r.name):
            state = record.state
            if state is PluginState.DISABLED:  # discovered, not run here: what the console would do
                state = PluginState.ACTIVE if host.is_enabled(record.name) else PluginState.DISABLED
            label = "enabled" if state is PluginState.ACTIVE else state.value
            rows.append({"name": record.name, "version": record.version, "state": label,
                         "api": record.manifest.api_version if record.manifest else "",
                         "distribution": record.distribution, "errors": record.errors})
        if args.json:
            print(json.dumps({"plugin_api": PLUGIN_API_VERSION, "plugins": rows}, indent=1))
        else:
            print(f"plugin API {PLUGIN_API_VERSION}")
            for row in rows:
                errors = f"  ({'; '.join(row['errors'])})" if row["errors"] else ""
                print(f"{row['name']:<16} {row['version']:<10} {row['state']:<12} {row['distribution']}{errors}")
        return 0
    if args.name not in host.plugins:
        print(f"qala-console plugins: no plugin named {args.name!r} (installed: "
              f"{', '.join(sorted(host.plugins)) or 'none'})", file=sys.stderr)
        return 2
    if args.command in ("enable", "disable"):
        record = host.plugins[args.name]
        if record.state in (PluginState.BROKEN, PluginState.INCOMPATIBLE):
            print(f"qala-console plugins: {args.name} is {record.state.value}: {'; '.join(record.errors)}",
                  file=sys.stderr)
            return 2
        store.set_enabled(args.name, args.command == "enable")
        return 0
    key = f"plugins/{args.name}/config/{args.key}"
    if args.command == "set":
        settings.setValue(key, args.values if len(args.values) > 1 else args.values[0])
        settings.sync()
        return 0
    value = settings.value(key)
    print(json.dumps(value) if value is not None else "")
    return 0
