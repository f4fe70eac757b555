"""The benchmarks' synthetic H.264 clip: textured, moving, 1 s GOP, no B-frames; made once and cached."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CLIP_VERSION = 1  # bump when the clip's content changes, so cached clips are remade


def make_clip(width: int = 1280, height: int = 720, fps: int = 25, seconds: float = 10.0,
              cache_dir: str | Path | None = None) -> Path:
    """An H.264 MP4 of `width`×`height` at `fps` with moving, textured content (not trivially compressible,
    so decoding it costs what a camera's picture costs); cached in the temp folder by its parameters."""
    import av
    import numpy as np

    frames = max(fps, round(seconds * fps))
    folder = Path(cache_dir or Path(tempfile.gettempdir()) / "qala-bench")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"wall-{width}x{height}p{fps}-{frames}f-v{CLIP_VERSION}.mp4"
    if path.exists() and path.stat().st_size > 0:
        return path
    rng = np.random.default_rng(7)
    scale = height / 720
    box_w, box_h, step = round(120 * scale), round(80 * scale), max(1, round(6 * scale))
    # a textured background (smoothed noise + gradients) that pans, plus boxes that move across it
    coarse = rng.integers(0, 256, (height // 8 + 1, width // 4 + 1, 3), dtype=np.uint8)
    texture = np.repeat(np.repeat(coarse, 8, axis=0), 8, axis=1)[:height, : width * 2]
    fine = rng.integers(0, 40, texture.shape, dtype=np.uint8)
    texture = (texture // 2 + fine).astype(np.uint8)
    boxes = [(rng.integers(0, width), rng.integers(0, height), rng.integers(-9, 10) * scale,
              rng.integers(-6, 7) * scale, rng.integers(0, 256, 3, dtype=np.uint8)) for _ in range(12)]
    tmp = path.with_suffix(f".{os.getpid()}.tmp.mp4")
    with av.open(str(tmp), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "veryfast", "crf": "23",
                          "x264-params": f"keyint={fps}:min-keyint={fps}:scenecut=0:bframes=0"}
        for i in range(frames):
            shift = (i * step) % width
            image = np.ascontiguousarray(texture[:, shift: shift + width])
            for x0, y0, dx, dy, colour in boxes:
                x = int(x0 + dx * i) % (width - box_w)
                y = int(y0 + dy * i) % (height - box_h)
                image[y: y + box_h, x: x + box_w] = colour
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    os.replace(tmp, path)
    return path
