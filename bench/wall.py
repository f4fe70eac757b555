"""Video wall capacity benchmark; same as `qala-console bench wall ...` (see widgets/bench_wall.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from widgets.bench_wall import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
