"""Reads the embedded backend's frame stamp (docs/contract.md) from a tile-sized BGRA frame."""

import numpy as np

from console.sim.frame_painter import STAMP_BITS, stamp_geometry


def read_tile_stamp(bgra: np.ndarray, source_width: int, source_height: int) -> tuple[int, int]:
    """(camera number, (frame_time_ms // 40) % 65536) from a frame scaled from the source size."""
    height, width = bgra.shape[:2]
    sx, sy = width / source_width, height / source_height
    cell, x0, y0 = stamp_geometry(source_width, source_height)
    luma = bgra[..., :3].mean(axis=2)
    cy = int((y0 + cell / 2) * sy)
    value = 0
    for i in range(STAMP_BITS):
        cx = int((x0 + i * cell + cell / 2) * sx)
        value = (value << 1) | int(luma[cy, cx] > 128)
    return value >> 16, value & 0xFFFF
