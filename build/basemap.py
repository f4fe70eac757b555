"""Renders the demo district's basemap into resources/basemap/kosshy.mbtiles (zoom 11..16, a few hundred tiles).

    python build/basemap.py [--out FILE] [--max-zoom 16]

The map over-zooms the last level; the embedded backend serves every zoom at /tiles/{z}/{x}/{y}.png."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from console.map.basemap import TileRenderer  # noqa: E402
from console.map.mbtiles import MBTilesWriter  # noqa: E402
from console.map.mercator import tile_of  # noqa: E402
from console.sim.map_data import kosshy_basemap  # noqa: E402

DEFAULT_OUT = ROOT / "resources" / "basemap" / "kosshy.mbtiles"
MARGIN_DEG = 0.01


def build(out: Path, min_zoom: int = 11, max_zoom: int = 16) -> tuple[int, int]:
    data = kosshy_basemap()
    west, south, east, north = data.bounds()
    west, south, east, north = west - MARGIN_DEG, south - MARGIN_DEG, east + MARGIN_DEG, north + MARGIN_DEG
    renderer = TileRenderer(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = MBTilesWriter(
        out,
        {
            "name": data.name,
            "format": "png",
            "type": "baselayer",
            "version": "1",
            "description": "Synthetic Kosshy district rendered by build/basemap.py",
            "attribution": data.attribution,
            "minzoom": str(min_zoom),
            "maxzoom": str(max_zoom),
            "bounds": f"{west:.5f},{south:.5f},{east:.5f},{north:.5f}",
            "center": f"{(west + east) / 2:.5f},{(south + north) / 2:.5f},14",
        },
    )
    count = 0
    for z in range(min_zoom, max_zoom + 1):
        x0, y0 = tile_of(north, west, z)
        x1, y1 = tile_of(south, east, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                writer.add(z, x, y, renderer.png(z, x, y))
                count += 1
    writer.commit()
    return count, out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-zoom", type=int, default=11)
    parser.add_argument("--max-zoom", type=int, default=16)
    args = parser.parse_args()
    started = time.monotonic()
    count, size = build(args.out, args.min_zoom, args.max_zoom)
    print(f"{args.out}: {count} tiles, {size / 1e6:.2f} MB, {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
