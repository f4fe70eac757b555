"""Plugin host: finds plugins by entry point, checks their manifest, runs every plugin hook isolated.

A plugin is what its entry point in the group `qala_console.plugins` loads: a module, class or object with
a `MANIFEST` (name, version, api_version, provides) and an `activate(api)` hook (optional `deactivate()`).
The host never hands a plugin its internals: `activate` receives the facade that `api_factory` builds.
An exception in any hook is caught and logged with the plugin's name, and the plugin is disabled; a hook
that holds the calling (GUI) thread longer than `slow_call_s` is reported. Qt-free: the facade lives in
widgets/.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from console.ops.signal import Signal

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "qala_console.plugins"
# major.minor: a plugin written for 1.x runs on any host 1.y with y >= x; a new major breaks plugins
PLUGIN_API_VERSION = "1.0"
SLOW_CALL_S = 0.2
PROVIDES = frozenset({"dock", "map_layer", "tile_overlay", "incident_action", "stream_scheme", "events"})
_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")
_API = re.compile(r"^(\d+)(?:\.(\d+))?$")


class ManifestError(ValueError):
    """A plugin's MANIFEST is missing or malformed: the plugin is listed as broken, never activated."""


class PluginState(Enum):
    ACTIVE = "active"  # enabled and its activate() hook returned
    DISABLED = "disabled"  # turned off by the operator (remembered)
    FAILED = "failed"  # a hook raised: turned off until the operator enables it again
    INCOMPATIBLE = "incompatible"  # needs a plugin API this console does not have
    BROKEN = "broken"  # could not be loaded or has no valid manifest


@dataclass(frozen=True, slots=True)
class PluginManifest:
    name: str
    version: str
    api_version: str
    provides: tuple[str, ...]
    description: str = ""

    @classmethod
    def from_obj(cls, obj: Any) -> PluginManifest:
        if not isinstance(obj, dict):
            raise ManifestError(f"MANIFEST must be a dict, got {type(obj).__name__}")
        missing = [k for k in ("name", "version", "api_version", "provides") if k not in obj]
        if missing:
            raise ManifestError(f"MANIFEST lacks {', '.join(missing)}")
        name, version, api, provides = obj["name"], obj["version"], obj["api_version"], obj["provides"]
        if not isinstance(name, str) or not _NAME.match(name):
            raise ManifestError(f"name {name!r}: lower-case letters, digits, '_', '-', '.', up to 64")
        if not isinstance(version, str) or not version.strip():
            raise ManifestError(f"version must be a non-empty string, got {version!r}")
        if not isinstance(api, str) or not _API.match(api):
            raise ManifestError(f"api_version must look like '1' or '1.0', got {api!r}")
        if not isinstance(provides, list | tuple) or not all(isinstance(p, str) for p in provides):
            raise ManifestError(f"provides must be a list of strings, got {provides!r}")
        unknown = sorted(set(provides) - PROVIDES)
        if unknown:
            raise ManifestError(f"provides: unknown {', '.join(unknown)} (known: {', '.join(sorted(PROVIDES))})")
        description = obj.get("description", "")
        return cls(name, version, api, tuple(provides), description if isinstance(description, str) else "")


def api_compatible(wanted: str, host: str = PLUGIN_API_VERSION) -> bool:
    """Same major, and the host's minor at least the one the plugin was written for."""
    w, h = _API.match(wanted), _API.match(host)
    if w is None or h is None:
        return False
    return int(w[1]) == int(h[1]) and int(w[2] or 0) <= int(h[2] or 0)


class PluginStateStore(Protocol):
    """Where the operator's enable/disable choice is remembered (QSettings in the app, JSON in tests)."""

    def enabled(self, name: str) -> bool | None: ...

    def set_enabled(self, name: str, enabled: bool) -> None: ...


class JsonStateStore:
    """Enable/disable choices in a small JSON file, written atomically."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def _read(self) -> dict[str, bool]:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return {str(k): bool(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def enabled(self, name: str) -> bool | None:
        return self._read().get(name)

    def set_enabled(self, name: str, enabled: bool) -> None:
        data = self._read()
        data[name] = enabled
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
        os.replace(tmp, self.path)


class PluginFacade(Protocol):
    """What `api_factory` returns: the plugin's API object; `dispose()` undoes everything it registered."""

    def dispose(self) -> None: ...


@dataclass
class PluginRecord:
    """One discovered plugin as the manager dialog shows it."""

    entry_point: str
    distribution: str
    manifest: PluginManifest | None = None
    state: PluginState = PluginState.DISABLED
    errors: list[str] = field(default_factory=list)
    slow_calls: list[str] = field(default_factory=list)
    target: Any = None  # what the entry point loaded
    instance: Any = None  # the active plugin object (target itself, or an instance of a class target)
    api: Any = None

    @property
    def name(self) -> str:
        return self.manifest.name if self.manifest is not None else self.entry_point

    @property
    def version(self) -> str:
        return self.manifest.version if self.manifest is not None else ""


@dataclass(eq=False)
class _RunningHook:
    record: PluginRecord
    hook: str
    started: float  # monotonic
    thread: int
    reported: bool = False


class _HookWatchdog:
    def __init__(self, host: PluginHost, period_s: float) -> None:
        self._host = host
        self._period_s = period_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="plugin-watchdog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2.0)

    def _run(self) -> None:
        while not self._stop.wait(self._period_s):
            try:
                self._host.check_running(time.monotonic())
            except Exception:  # the watchdog must outlive anything odd a plugin record holds
                log.exception("plugin watchdog")


class PluginHost:
    """Discovers, activates and isolates plugins. Hooks run on the calling thread (the GUI thread)."""

    def __init__(
        self,
        api_factory: Callable[[PluginRecord], PluginFacade],
        store: PluginStateStore,
        *,
        group: str = ENTRY_POINT_GROUP,
        slow_call_s: float = SLOW_CALL_S,
        default_enabled: bool = True,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._api_factory = api_factory
        self._store = store
        self.group = group
        self.slow_call_s = slow_call_s
        self.default_enabled = default_enabled
        self._clock = clock
        self.plugins: dict[str, PluginRecord] = {}
        # hooks running now (nested calls stack up): read by the watchdog thread
        self._running: list[_RunningHook] = []
        self._watchdog: _HookWatchdog | None = None
        self.sig_failed = Signal("plugins.failed")  # (record, message): tell the operator
        self.sig_slow = Signal("plugins.slow")  # (record, hook, milliseconds)
        self.sig_changed = Signal("plugins.changed")  # (record)

    # -- discovery ---------------------------------------------------------------------------------------

    def discover(self, entry_points: Iterable[metadata.EntryPoint] | None = None) -> list[PluginRecord]:
        """Load every entry point of the group (or the given ones); a broken one is listed, never raised."""
        eps = list(metadata.entry_points(group=self.group) if entry_points is None else entry_points)
        for ep in sorted(eps, key=lambda e: e.name):
            dist = ep.dist
            dist_label = f"{dist.metadata['Name']} {dist.version}" if dist is not None else ""
            record = PluginRecord(ep.name, dist_label)
            try:
                record.target = ep.load()
                record.manifest = PluginManifest.from_obj(getattr(record.target, "MANIFEST", None))
                if not callable(getattr(record.target, "activate", None)):
                    raise ManifestError("has no activate(api) hook")
            except Exception as exc:
                record.state = PluginState.BROKEN
                record.errors.append(self._describe(exc))
                log.warning("plugin %s (%s) cannot be loaded: %s", ep.name, ep.value, record.errors[-1])
            else:
                if record.manifest.name in self.plugins:
                    record.state = PluginState.BROKEN
                    record.errors.append(f"another plugin is already named {record.manifest.name!r}")
                    log.warning("plugin entry point %s: duplicate name %s", ep.name, record.manifest.name)
                    self.plugins[f"{record.manifest.name}@{ep.name}"] = record
                    continue
                if not api_compatible(record.manifest.api_version):
                    record.state = PluginState.INCOMPATIBLE
                    record.errors.append(
                        f"needs plugin API {record.manifest.api_version}, this console has {PLUGIN_API_VERSION}")
                    log.warning("plugin %s: %s", record.name, record.errors[-1])
            self.plugins[record.name] = record
        return list(self.plugins.values())

    def is_enabled(self, name: str) -> bool:
        choice = self._store.enabled(name)
        return self.default_enabled if choice is None else choice

    def activate_enabled(self) -> None:
        for record in list(self.plugins.values()):
            if record.state is PluginState.DISABLED and self.is_enabled(record.name):
                self._activate(record)

    # -- enable / disable --------------------------------------------------------------------------------

    def set_enabled(self, name: str, enabled: bool) -> PluginState:
        """The operator's choice: remembered, and applied now. A failed plugin may be enabled again."""
        record = self.plugins[name]
        if record.state in (PluginState.BROKEN, PluginState.INCOMPATIBLE):
            return record.state
        self._store.set_enabled(name, enabled)
        if enabled and record.state is not PluginState.ACTIVE:
            record.state = PluginState.DISABLED
            self._activate(record)
        elif not enabled and record.state is PluginState.ACTIVE:
            self._deactivate(record, PluginState.DISABLED)
        elif not enabled:
            record.state = PluginState.DISABLED
            self.sig_changed.emit(record)
        return record.state

    def shutdown(self) -> None:
        """Deactivate every active plugin (console closing); their state stays as the operator chose."""
        for record in self.plugins.values():
            if record.state is PluginState.ACTIVE:
                self._deactivate(record, PluginState.DISABLED)
        self.stop_watchdog()

    def start_watchdog(self, period_s: float = 0.05) -> None:
        """Watch from a thread for a hook that holds its thread too long and has not returned yet: logged at
        once, with the stack it is stuck in (a hook that never returns is otherwise never reported)."""
        if self._watchdog is None:
            self._watchdog = _HookWatchdog(self, period_s)
            self._watchdog.start()

    def stop_watchdog(self) -> None:
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None:
            watchdog.stop()

    def check_running(self, now: float) -> None:
        """One watchdog look (any thread): report each running hook past `slow_call_s` once."""
        for running in tuple(self._running):
            held = now - running.started
            if held > self.slow_call_s and not running.reported:
                running.reported = True
                frame = sys._current_frames().get(running.thread)
                where = "".join(traceback.format_stack(frame)[-3:]).rstrip() if frame is not None else "?"
                message = f"{running.hook} still holding the GUI thread after {round(held * 1000)} ms"
                running.record.slow_calls.append(message)
                log.warning("plugin %s: %s, at\n%s", running.record.name, message, where)

    def _activate(self, record: PluginRecord) -> None:
        try:
            record.api = self._api_factory(record)
        except Exception as exc:
            self._fail(record, "creating the plugin API", exc)
            return
        record.state = PluginState.ACTIVE  # before the hook: what it registers is guarded as active
        target = record.target
        ok, instance = self.call(record, "create", lambda: target() if isinstance(target, type) else target)
        if not ok:
            return
        record.instance = instance
        ok, _ = self.call(record, "activate", instance.activate, record.api)
        if ok:
            log.info("plugin %s %s active", record.name, record.version)
            self.sig_changed.emit(record)

    def _deactivate(self, record: PluginRecord, state: PluginState) -> None:
        instance, api = record.instance, record.api
        record.state = state  # first: handlers it registered stop running even if deactivate() raises
        record.instance = record.api = None
        hook = getattr(instance, "deactivate", None)
        failure = ""
        if callable(hook):
            try:
                self._timed(record, "deactivate", hook)
            except Exception as exc:
                failure = f"deactivate: {self._describe(exc)}"
                record.errors.append(failure)
                log.error("plugin %s: deactivate raised\n%s", record.name, self._traceback(exc))
        if api is not None:
            try:
                api.dispose()
            except Exception:
                log.exception("plugin %s: removing what it registered failed", record.name)
        self.sig_changed.emit(record)
        if failure:
            self.sig_failed.emit(record, failure)

    # -- isolation ---------------------------------------------------------------------------------------

    def call(self, record: PluginRecord, hook: str, fn: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        """Run one plugin hook: (True, result), or (False, None) after an exception disabled the plugin.

        A plugin that is not active is not called at all."""
        if record.state is not PluginState.ACTIVE:
            return False, None
        try:
            return True, self._timed(record, hook, fn, *args)
        except Exception as exc:
            self._fail(record, hook, exc)
            return False, None

    def guard(self, record: PluginRecord, hook: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """`fn` wrapped by `call`: what the facade registers in place of a plugin's own callback."""

        def guarded(*args: Any) -> Any:
            return self.call(record, hook, fn, *args)[1]

        guarded.__qualname__ = f"plugin[{record.name}].{hook}"
        return guarded

    def _timed(self, record: PluginRecord, hook: str, fn: Callable[..., Any], *args: Any) -> Any:
        started = self._clock()
        running = _RunningHook(record, hook, time.monotonic(), threading.get_ident())
        self._running.append(running)
        try:
            return fn(*args)
        finally:
            self._running.remove(running)
            elapsed = self._clock() - started
            if elapsed > self.slow_call_s:
                ms = round(elapsed * 1000)
                message = f"{hook} blocked the GUI thread for {ms} ms"
                record.slow_calls.append(message)
                del record.slow_calls[:-20]
                log.warning("plugin %s: %s", record.name, message)
                self.sig_slow.emit(record, hook, ms)

    def _fail(self, record: PluginRecord, hook: str, exc: BaseException) -> None:
        message = f"{hook}: {self._describe(exc)}"
        record.errors.append(message)
        del record.errors[:-20]
        log.error("plugin %s failed in %s, disabled\n%s", record.name, hook, self._traceback(exc))
        if record.state is PluginState.ACTIVE:
            self._deactivate(record, PluginState.FAILED)
        else:
            record.state = PluginState.FAILED
            self.sig_changed.emit(record)
        self.sig_failed.emit(record, message)

    @staticmethod
    def _describe(exc: BaseException) -> str:
        return f"{exc.__class__.__name__}: {exc}"

    @staticmethod
    def _traceback(exc: BaseException) -> str:
        return "".join(traceback.format_exception(exc)).rstrip()
