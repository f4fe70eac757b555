"""How to open a URL: live or file, and the FFmpeg options that make the first frame come fast."""

from __future__ import annotations

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
