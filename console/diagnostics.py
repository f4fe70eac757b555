"""Logs and crash reports: rotating log files in the user's log folder, secrets scrubbed from every line, and a
crash handler that keeps the Python and native stacks of every thread.

    paths = setup_logging(verbose=False)   # once, at start-up; returns where things go
    install_crash_handler(paths)           # Python: uncaught exceptions; native: faulthandler
    collect_previous_crash(paths)          # a native crash last time becomes a report now

Nothing here imports Qt. Tokens and passwords never reach a file: `redact()` runs on every formatted record
and on every crash report, and it is what the tests check.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

APP_DIR_NAME = "qala-console"
LOG_FILE = "console.log"
NATIVE_CRASH_FILE = "native-crash.txt"  # faulthandler writes here; empty while all is well
MAX_LOG_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 9  # 10 files of 5 MB: days of normal operation, bounded on a 24/7 machine

_SECRET_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization: Bearer <token>   /   Bearer <token>
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), r"\1 ***"),
    # "access_token": "..." / refresh_token=... / password: ... / passphrase=... / api_key ...
    (re.compile(r"""(?ix)
        (["']?(?:access_token|refresh_token|id_token|token|password|passwd|passphrase|secret|api[_-]?key)["']?
        \s*[:=]\s*)
        (?:"[^"]*"|'[^']*'|[^\s&,;}"']+)"""), r"\1***"),
    # signed tokens on their own (JWT or ours: base64url segments joined by dots), wherever they appear
    (re.compile(r"\b(?=[\w.-]*\d)(?=[\w.-]*[A-Z])[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}(?:\.[A-Za-z0-9_-]{8,})?\b"), "***"),
    # scheme://user:password@host
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+):[^@\s/]+@"), r"\1:***@"),
]


def redact(text: str) -> str:
    """`text` with bearer tokens, token/password fields and URL passwords replaced by ***."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    """Where logs and crash reports go: $QALA_LOG_DIR, else the platform's per-user log folder."""
    override = os.environ.get("QALA_LOG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Qala" / "Qala Console" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "Qala Console"
    state = os.environ.get("XDG_STATE_HOME")
    return (Path(state) if state else home / ".local" / "state") / APP_DIR_NAME / "logs"


@dataclass(frozen=True)
class DiagnosticPaths:
    folder: Path
    log_file: Path
    native_crash_file: Path

    @classmethod
    def in_folder(cls, folder: Path) -> DiagnosticPaths:
        return cls(folder, folder / LOG_FILE, folder / NATIVE_CRASH_FILE)


def setup_logging(verbose: bool = False, folder: Path | None = None, console: bool = True) -> DiagnosticPaths:
    """Rotating file log (always INFO or finer) plus stderr; every line passes through `redact`."""
    paths = DiagnosticPaths.in_folder(folder or log_dir())
    paths.folder.mkdir(parents=True, exist_ok=True)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_qala", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._qala = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
    return paths


def _environment() -> str:
    lines = [
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()}) on {platform.platform()}",
        f"executable: {sys.executable}",
        f"argv: {redact(' '.join(sys.argv))}",
        f"pid: {os.getpid()}",
    ]
    for name in ("PySide6", "av", "numpy", "httpx", "aiohttp"):
        module = sys.modules.get(name)
        version = getattr(module, "__version__", None) if module else None
        if version:
            lines.append(f"{name}: {version}")
    return "\n".join(lines)


def _all_thread_stacks() -> str:
    names = {thread.ident: thread.name for thread in threading.enumerate()}
    parts = []
    for ident, frame in sys._current_frames().items():
        parts.append(f"--- thread {names.get(ident, '?')} ({ident}) ---\n" + "".join(traceback.format_stack(frame)))
    return "\n".join(parts)


def write_crash_report(folder: Path, title: str, details: str, stacks: bool = True) -> Path:
    """A text report with the environment, `details` and (with `stacks`) every Python thread's stack;
    secrets removed."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}.txt"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crash-{stamp}-{os.getpid()}-{n}.txt"
    body = f"Qala Console crash report: {title}\n\n{_environment()}\n\n{details}\n"
    if stacks:
        body += f"\nAll Python threads at the time of the report:\n{_all_thread_stacks()}\n"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(redact(body), encoding="utf-8")
    tmp.replace(path)
    return path


class CrashHandler:
    """Uncaught Python exceptions (any thread) are logged and written as a report; native faults (SIGSEGV,
    SIGABRT, SIGFPE, SIGBUS, SIGILL) are dumped by faulthandler with every thread's stack into a file that
    `collect_previous_crash` turns into a report on the next start."""

    def __init__(self, paths: DiagnosticPaths) -> None:
        self.paths = paths
        self.reports: list[Path] = []
        self._native: IO[str] | None = None
        self._previous_hooks: tuple[Any, Any] | None = None

    def install(self) -> CrashHandler:
        self.paths.folder.mkdir(parents=True, exist_ok=True)
        self._native = open(self.paths.native_crash_file, "a", encoding="utf-8")  # noqa: SIM115 - lives on
        faulthandler.enable(file=self._native, all_threads=True)
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._python_hook
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None
        if self._native is not None:
            faulthandler.disable()
            self._native.close()
            self._native = None

    def _report(self, title: str, kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        logging.getLogger("qala.crash").error("%s\n%s", title, text.rstrip())
        try:
            self.reports.append(write_crash_report(self.paths.folder, title, text))
        except OSError as exc:  # a full disk must not turn one error into two
            logging.getLogger("qala.crash").error("could not write the crash report: %s", exc)

    def _python_hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self._report(f"uncaught {kind.__name__}", kind, value, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._report(f"uncaught {args.exc_type.__name__} in thread {name}", args.exc_type, args.exc_value,
                     args.exc_traceback)


def install_crash_handler(paths: DiagnosticPaths) -> CrashHandler:
    return CrashHandler(paths).install()


def collect_previous_crash(paths: DiagnosticPaths) -> Path | None:
    """If the last run died natively, move faulthandler's dump into a crash report and return its path."""
    try:
        dump = paths.native_crash_file.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    if not dump.strip():
        return None
    report = write_crash_report(paths.folder, "the previous run stopped on a native fault", dump, stacks=False)
    paths.native_crash_file.write_text("", encoding="utf-8")
    return report
