"""Run under Xvfb by test_gl_tile.py: draws the same frame on the GPU and CPU tiles and prints what it saw (JSON)."""

import json
import sys

import av
import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from console.video import DecodedFrame, StreamState

PATCHES = [(235, 40, 40), (40, 200, 60), (30, 60, 220), (240, 240, 240), (128, 128, 128), (250, 210, 30)]
W, H = 320, 180


def frames():
    rgb = np.zeros((H, W, 3), np.uint8)
    for i, colour in enumerate(PATCHES):
        rgb[:, i * W // len(PATCHES):(i + 1) * W // len(PATCHES)] = colour
    source = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")  # what a decoder gives
    yuv = source.to_ndarray()
    bgra = source.reformat(format="bgra").to_ndarray()
    make = lambda image, fmt: DecodedFrame(np.ascontiguousarray(image), W, H, W, H, 0, 1, 0.0, fmt)  # noqa: E731
    return make(yuv, "yuv420p"), make(bgra, "bgra")


def main():
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from widgets.gl_tile import GlVideoTile, opengl_renderer_name
    from widgets.video_tile import VideoTile

    renderer = opengl_renderer_name()
    if not renderer:
        print(json.dumps({"no_gl": f"no OpenGL context on platform {app.platformName()}"}))
        return 0
    yuv, bgra = frames()
    colours = {}
    for name, tile, frame in (("gpu", GlVideoTile(0), yuv), ("cpu", VideoTile(0), bgra)):
        tile.resize(W, H)
        tile.show()
        tile.set_health(StreamState.LIVE, "", "h264 (software)")
        tile.show_frame(frame, None)
        app.processEvents()
        image = (tile.grabFramebuffer() if name == "gpu" else tile.grab().toImage()).convertToFormat(
            QImage.Format.Format_RGB32)
        colours[name] = [list(image.pixelColor(int((i + 0.5) * W / len(PATCHES)), H // 2).getRgb()[:3])
                         for i in range(len(PATCHES))]
        colours[name + "_error"] = getattr(tile, "gl_error", "")
        tile.close()
    print(json.dumps({"renderer": renderer, **colours}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
