"""`qala-console self-check`: says whether the console can work on this machine, and if not, why.

    qala-console self-check [--site NAME | --backend URL [--ca-file PEM] [--allow-http]] [--json] [--json-file F]

Prints a readable summary (or, with --json, the JSON report) and exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from console import self_check as core
from console.self_check import FAIL, OK, WARN, check


def qt_checks() -> list[dict[str, Any]]:
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        return [check("qt", FAIL, f"PySide6 cannot be imported: {exc}")]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from widgets.gl_tile import SOFTWARE_RENDERERS, choose_renderer, opengl_renderer_name

    platform = app.platformName()
    results = [check("qt.platform", OK if platform not in ("minimal",) else WARN,
                     f"Qt platform {platform}" + (" (headless: no window is shown)" if platform == "offscreen" else ""),
                     platform=platform)]
    renderer = opengl_renderer_name()
    if not renderer:
        results.append(check("opengl", WARN, f"no OpenGL context on platform {platform}: the wall draws with "
                             "QPainter on the CPU", renderer="", wall_renderer=choose_renderer("auto")))
    else:
        soft = any(s in renderer.lower() for s in SOFTWARE_RENDERERS)
        results.append(check("opengl", WARN if soft else OK,
                             f"OpenGL renderer {renderer}" + (" (software rasteriser: the wall uses the CPU path)"
                                                              if soft else ""),
                             renderer=renderer, wall_renderer=choose_renderer("auto")))
    screens = [{"name": s.name() or f"screen-{i}", "width": s.geometry().width(), "height": s.geometry().height(),
                "x": s.geometry().x(), "y": s.geometry().y(), "device_pixel_ratio": s.devicePixelRatio(),
                "refresh_hz": round(s.refreshRate(), 1)} for i, s in enumerate(app.screens())]
    if not screens:
        results.append(check("screens", FAIL, "no screen", screens=screens))
    else:
        text = ", ".join(f"{s['name']} {s['width']}x{s['height']}" for s in screens)
        results.append(check("screens", OK, f"{len(screens)} screen(s): {text}", screens=screens))
    return results


def run(args: argparse.Namespace) -> tuple[int, dict[str, Any], str]:
    from widgets.translations import TRANSLATIONS

    results: list[dict[str, Any]] = [core.versions()]
    results += qt_checks()
    results += core.video_decoding()
    results.append(core.translations(TRANSLATIONS))
    results += core.folders()
    results.append(core.keyring_status())
    results.append(core.tls_library())
    url, ca_file, allow = args.backend, args.ca_file, args.allow_http
    if args.site:
        from console.profiles import ProfileStore

        profile = ProfileStore().find(args.site)
        if profile is None:
            results.append(check("backend", FAIL, f"no saved site {args.site!r}"))
        else:
            url, ca_file, allow = profile.backend_url, profile.ca_file or None, profile.allow_insecure_http
    if url:
        results.append(core.backend(url, ca_file, allow))
    else:
        results.append(check("backend", WARN, "no backend given (--site or --backend): not checked"))
    code, summary = core.summarise(results)
    report = {"ok": code == 0, "checks": results}
    return code, report, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qala-console self-check", description=__doc__.split("\n")[0])
    parser.add_argument("--site", metavar="NAME", help="check this saved site's backend")
    parser.add_argument("--backend", metavar="URL", help="check this backend")
    parser.add_argument("--ca-file", metavar="PEM")
    parser.add_argument("--allow-http", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the JSON report instead of the summary")
    parser.add_argument("--json-file", metavar="FILE", help="also write the JSON report here")
    args = parser.parse_args(argv)
    code, report, summary = run(args)
    text = json.dumps(report, indent=2, default=str)
    if args.json_file:
        Path(args.json_file).write_text(text, encoding="utf-8")
    print(text if args.json else summary, flush=True)
    return code


__all__ = ["FAIL", "OK", "WARN", "main", "run"]
