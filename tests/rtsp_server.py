"""A real RTSP server for the RTSP tests: GStreamer's RTSP server serving live H.264 at /cam.

Run by Debian's Python, which has GStreamer's introspection bindings (the venv has none):

    /usr/bin/python3 tests/rtsp_server.py --port 0     # prints "RTSP READY <port>" once it listens
    /usr/bin/python3 tests/rtsp_server.py --check      # exit 0, or print what is missing and exit 1

Debian packages: python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base (videotestsrc)
gstreamer1.0-plugins-good (rtph264pay) gstreamer1.0-plugins-ugly (x264enc).
The media is shared (several clients share one encoder) and offered over TCP and UDP. Stops on SIGTERM
or SIGINT.
"""

from __future__ import annotations

import argparse
import signal
import sys

PIPELINE = (
    "videotestsrc is-live=true pattern=ball ! video/x-raw,width=640,height=360,framerate=25/1"
    " ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 bframes=0"
    " ! rtph264pay name=pay0 pt=96"
)
ELEMENTS = ("videotestsrc", "x264enc", "rtph264pay")


def missing() -> str:
    """What this machine lacks to run the server; empty when nothing."""
    try:
        import gi

        gi.require_version("Gst", "1.0")
        gi.require_version("GstRtsp", "1.0")
        gi.require_version("GstRtspServer", "1.0")
        from gi.repository import Gst, GstRtsp, GstRtspServer  # noqa: F401
    except (ImportError, ValueError) as exc:
        return f"GStreamer RTSP server bindings unavailable ({exc})"
    Gst.init(None)
    absent = [name for name in ELEMENTS if Gst.ElementFactory.find(name) is None]
    return f"GStreamer elements missing: {', '.join(absent)}" if absent else ""


def serve(host: str, port: int, path: str) -> int:
    import gi

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtsp", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    from gi.repository import GLib, Gst, GstRtsp, GstRtspServer

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address(host)
    server.set_service(str(port))

    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(f"( {PIPELINE} )")
    factory.set_shared(True)
    factory.set_protocols(GstRtsp.RTSPLowerTrans.TCP | GstRtsp.RTSPLowerTrans.UDP)
    server.get_mount_points().add_factory(path, factory)

    loop = GLib.MainLoop()
    if server.attach(None) == 0:
        print(f"RTSP FAILED cannot listen on {host}:{port}", file=sys.stderr, flush=True)
        return 1
    for signum in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signum, lambda *_: loop.quit() or False)
    print(f"RTSP READY {server.get_bound_port()}", flush=True)
    loop.run()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8554, help="0 picks a free port")
    parser.add_argument("--path", default="/cam")
    parser.add_argument("--check", action="store_true", help="only check that the server can run")
    args = parser.parse_args(argv)
    reason = missing()
    if reason or args.check:
        if reason:
            print(reason, flush=True)
        return 1 if reason else 0
    return serve(args.host, args.port, args.path)


if __name__ == "__main__":
    sys.exit(main())
