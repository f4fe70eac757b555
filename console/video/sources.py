"""How to open a URL: live or file, and the FFmpeg options that make the first frame come fast."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

LIVE_SCHEMES = frozenset({"http", "https", "rtsp", "rtsps", "rtmp", "srt", "udp", "tcp", "rtp"})
# consumed by StreamPlayer, never passed to FFmpeg
PLAYER_OPTIONS = frozenset({"loop", "realtime"})

# Measured on loopback HTTP MPEG-TS with a GOP-burst server: FFmpeg defaults 863 ms to the first frame;
# analyzeduration=100000 + probesize=32768 gives 5 ms median but 100-260 ms tails while it estimates fps;
# adding fpsprobesize=0 gives 3-5 ms median and max. fflags=nobuffer made it worse (863 ms).
FAST_START = {"analyzeduration": "100000", "probesize": "32768", "fpsprobesize": "0"}
RTSP_FAST_START = {"rtsp_transport": "tcp", **FAST_START}


def scheme_of(url: str) -> str:
    scheme = urlsplit(url).scheme.lower()
    return "file" if len(scheme) <= 1 else scheme  # "C:\\clip.ts" has scheme "c"


def redact(url: str) -> str:
    """The URL without its password, fit for logs, reasons and thread names."""
    parts = urlsplit(url)
    if len(parts.scheme) <= 1 or parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def is_live(url: str) -> bool:
    """Network sources are live (EOF means reconnect); files end (EOF means stop or loop)."""
    return scheme_of(url) in LIVE_SCHEMES


def open_options(url: str, options: dict[str, str] | None) -> tuple[dict[str, str], dict[str, str]]:
    """Split caller options into (FFmpeg container options with fast-start defaults, player options).

    Player options: "loop": "1" reopens a file at its end instead of stopping; "realtime": "1"/"0" paces
    frames at their PTS rate (default: on for files, off for live sources, which pace themselves).
    """
    user = {str(k): str(v) for k, v in (options or {}).items()}
    scheme = scheme_of(url)
    defaults = RTSP_FAST_START if scheme in ("rtsp", "rtsps") else FAST_START
    ffmpeg = {**defaults, **{k: v for k, v in user.items() if k not in PLAYER_OPTIONS}}
    player = {"loop": "0", "realtime": "0" if scheme in LIVE_SCHEMES else "1"}
    player.update({k: v for k, v in user.items() if k in PLAYER_OPTIONS})
    return ffmpeg, player


class SourceError(ValueError):
    """A URL whose scheme a plugin resolves could not be resolved (the player fails with this reason)."""


# scheme -> resolver(url) -> a URL FFmpeg can open; registered by plugins through the facade
_SCHEME_RESOLVERS: dict[str, Callable[[str], str]] = {}
_MAX_HOPS = 4


def register_scheme(scheme: str, resolver: Callable[[str], str]) -> None:
    """Let `resolver` turn `scheme://...` URLs into openable ones. Built-in schemes cannot be taken over."""
    scheme = scheme.lower()
    if not scheme.isascii() or not scheme.replace("+", "").replace("-", "").replace(".", "").isalnum():
        raise ValueError(f"not a URL scheme: {scheme!r}")
    if scheme in LIVE_SCHEMES or scheme == "file" or len(scheme) <= 1:
        raise ValueError(f"scheme {scheme!r} is built in and cannot be registered")
    if scheme in _SCHEME_RESOLVERS:
        raise ValueError(f"scheme {scheme!r} is already registered")
    _SCHEME_RESOLVERS[scheme] = resolver


def unregister_scheme(scheme: str) -> None:
    _SCHEME_RESOLVERS.pop(scheme.lower(), None)


def registered_schemes() -> list[str]:
    return sorted(_SCHEME_RESOLVERS)


def resolve_source(url: str) -> str:
    """The URL to open: itself, or what the registered resolver of its scheme returns. Raises SourceError."""
    for _ in range(_MAX_HOPS):
        resolver = _SCHEME_RESOLVERS.get(scheme_of(url))
        if resolver is None:
            return url
        scheme = scheme_of(url)
        try:
            resolved = resolver(url)
        except Exception as exc:
            raise SourceError(f"{scheme}:// could not be resolved: {exc.__class__.__name__}: {exc}") from exc
        if not isinstance(resolved, str) or not resolved:
            raise SourceError(f"{scheme}:// resolver returned {resolved!r}, not a URL")
        url = resolved
    raise SourceError(f"{redact(url)}: more than {_MAX_HOPS} scheme resolutions (a loop?)")
