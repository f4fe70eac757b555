"""`qala-console self-check`, the Qt-free part: versions, video decoding (software and each hardware decoder,
tested on a real encoded clip), the backend's reachability and TLS, configuration and log folders, keyring.

Each check is `{"name", "status": "ok"|"warn"|"fail", "detail", ...}`; any "fail" means the console cannot work
here and the command exits non-zero. The Qt part (platform, OpenGL, screens) is in widgets/self_check.py.
"""

from __future__ import annotations

import asyncio
import importlib
import io
import platform
import ssl
import time
from fractions import Fraction
from importlib import metadata
from pathlib import Path
from typing import Any

OK, WARN, FAIL = "ok", "warn", "fail"


def check(name: str, status: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "status": status, "detail": detail, **extra}


def versions() -> dict[str, Any]:
    found: dict[str, str] = {"python": platform.python_version(), "platform": platform.platform()}
    for package in ("qala-console", "PySide6", "av", "numpy", "httpx", "aiohttp", "qasync", "keyring"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:  # the bundle carries the modules without their metadata
            try:
                module = importlib.import_module("console" if package == "qala-console" else package)
                found[package] = str(getattr(module, "__version__", "bundled"))
            except ImportError:
                found[package] = "not installed"
    try:
        import av

        found["ffmpeg"] = ".".join(str(v) for v in av.library_versions.get("libavcodec", ()))
    except ImportError:
        pass
    return check("versions", OK, f"Python {found['python']}, PySide6 {found.get('PySide6')}, PyAV {found.get('av')}",
                 versions=found)


def _test_clip(frames: int = 10) -> bytes:
    """A short real H.264 stream in MPEG-TS, encoded here (320x240, 25 fps)."""
    import av
    import numpy as np

    out = io.BytesIO()
    with av.open(out, "w", format="mpegts") as container:
        stream = container.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        stream.codec_context.time_base = Fraction(1, 25)
        stream.options = {"preset": "ultrafast", "tune": "zerolatency"}
        for i in range(frames):
            image = np.full((240, 320, 3), (i * 20) % 255, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = i
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def _decode(clip: bytes, device: str | None) -> tuple[int, float]:
    import av
    from av.codec.hwaccel import HWAccel

    started = time.perf_counter()
    hwaccel = HWAccel(device, allow_software_fallback=False) if device else None
    decoded = 0
    with av.open(io.BytesIO(clip), format="mpegts", hwaccel=hwaccel) as container:
        for frame in container.decode(video=0):  # type: ignore[union-attr]
            frame.to_ndarray(format="bgra")  # what a tile does with every frame
            decoded += 1
    return decoded, (time.perf_counter() - started) * 1000


def video_decoding() -> list[dict[str, Any]]:
    results = []
    try:
        clip = _test_clip()
    except Exception as exc:
        return [check("video.software", FAIL, f"cannot encode a test clip with PyAV: {exc}")]
    try:
        frames, ms = _decode(clip, None)
        status = OK if frames >= 8 else FAIL
        results.append(check("video.software", status, f"H.264 software decoding: {frames} of 10 frames in {ms:.0f} ms",
                             frames=frames, ms=round(ms, 1)))
    except Exception as exc:
        results.append(check("video.software", FAIL, f"H.264 software decoding failed: {exc}"))
    from console.video.hwaccel import available_hwaccels, device_unavailable_reason, hwaccel_report

    report = hwaccel_report()
    offered = available_hwaccels()
    if not offered:
        results.append(check("video.hardware", WARN, "no hardware decoder in this PyAV/FFmpeg build: video is "
                             "decoded on the CPU", report=report))
    for device in offered:
        why_not = device_unavailable_reason(device)
        if why_not:
            results.append(check(f"video.hardware.{device}", WARN, f"{device} offered but not usable here: {why_not}",
                                 report=report))
            continue
        try:
            frames, ms = _decode(clip, device)
            status = OK if frames >= 8 else WARN
            results.append(check(f"video.hardware.{device}", status,
                                 f"{device} decoded {frames} of 10 H.264 frames in {ms:.0f} ms", frames=frames,
                                 ms=round(ms, 1), report=report))
        except Exception as exc:
            results.append(check(f"video.hardware.{device}", WARN, f"{device} failed on a real clip: {exc}",
                                 report=report))
    return results


async def _backend(url: str, ca_file: str | None, allow_insecure_http: bool) -> dict[str, Any]:
    from console.api.rest import BackendClient, BackendError

    try:
        client = BackendClient(url, ca_file=ca_file, allow_insecure_http=allow_insecure_http, timeout=10)
    except BackendError as exc:
        return check("backend", FAIL, f"{url}: {exc.reason}")
    try:
        started = time.perf_counter()
        health = await client.health()
        ms = (time.perf_counter() - started) * 1000
    except BackendError as exc:
        hint = " (the server's certificate is not trusted: set the site's CA certificate)" \
            if "CERTIFICATE_VERIFY_FAILED" in exc.reason else ""
        return check("backend", FAIL, f"{url}: {exc.reason}{hint}")
    finally:
        await client.aclose()
    tls = "https, certificate verified" + (f" against {ca_file}" if ca_file else " by the system's CA store") \
        if url.startswith("https://") else "plain http (loopback or explicitly allowed)"
    return check("backend", OK, f"{url} answered in {ms:.0f} ms; {tls}; sign-in "
                 f"{'required' if health.get('auth_required') else 'off'}", health=health, tls=tls)


def backend(url: str, ca_file: str | None = None, allow_insecure_http: bool = False) -> dict[str, Any]:
    return asyncio.run(_backend(url, ca_file, allow_insecure_http))


def folders() -> list[dict[str, Any]]:
    from console.diagnostics import log_dir
    from console.profiles import ProfileStore, config_dir

    results = []
    for name, folder in (("logs", log_dir()), ("config", config_dir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".self-check"
            probe.write_text("ok")
            probe.unlink()
            results.append(check(f"folder.{name}", OK, f"{folder} is writable"))
        except OSError as exc:
            results.append(check(f"folder.{name}", FAIL, f"{folder} is not writable: {exc}"))
    store = ProfileStore()
    if store.problem:
        results.append(check("sites", WARN, store.problem))
    else:
        results.append(check("sites", OK, f"{len(store.profiles)} site profile(s): "
                             f"{', '.join(p.name for p in store.profiles.values()) or 'none yet (first run)'}"))
    return results


def keyring_status() -> dict[str, Any]:
    from console.api.auth import _keyring

    backend_ = _keyring()
    if backend_ is None:
        return check("keyring", WARN, "no OS keyring: the refresh token is kept in memory only (sign in after "
                     "each start)")
    return check("keyring", OK, f"refresh tokens go to the OS keyring ({type(backend_).__name__})")


def translations(folder: Path) -> dict[str, Any]:
    missing = [lang for lang in ("kk", "ru", "en") if not (folder / f"qala_{lang}.qm").is_file()]
    if missing:
        return check("translations", FAIL, f"compiled translations missing in {folder}: {', '.join(missing)}")
    return check("translations", OK, "kk, ru, en compiled translations present")


def tls_library() -> dict[str, Any]:
    return check("tls", OK, ssl.OPENSSL_VERSION)


def summarise(results: list[dict[str, Any]]) -> tuple[int, str]:
    """(exit code, readable summary): 1 when any check failed."""
    marks = {OK: "ok  ", WARN: "warn", FAIL: "FAIL"}
    lines = [f"[{marks[r['status']]}] {r['name']}: {r['detail']}" for r in results]
    failed = [r for r in results if r["status"] == FAIL]
    if failed:
        lines.append(f"\nThe console cannot work here: {'; '.join(r['name'] + ': ' + r['detail'] for r in failed)}")
    else:
        warned = sum(r["status"] == WARN for r in results)
        lines.append(f"\nThe console can work here ({warned} warning(s)).")
    return (1 if failed else 0), "\n".join(lines)
