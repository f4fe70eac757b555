"""Layout presets as cell rectangles on a rows × cols grid: uniform grids and spanned ones (1+5, 1+7, 2+8, 1+12)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cell:
    """A tile's rectangle in grid units; cells of a preset never overlap and cover the grid."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1

    def normalised(self, rows: int, cols: int) -> tuple[float, float, float, float]:
        """(x, y, w, h) as fractions of the wall."""
        return self.col / cols, self.row / rows, self.col_span / cols, self.row_span / rows


@dataclass(frozen=True, slots=True)
class LayoutPreset:
    name: str
    rows: int
    cols: int
    cells: tuple[Cell, ...]

    def __len__(self) -> int:
        return len(self.cells)


def _grid(n: int) -> LayoutPreset:
    cells = tuple(Cell(r, c) for r in range(n) for c in range(n))
    return LayoutPreset("1" if n == 1 else f"{n}x{n}", n, n, cells)


def _spanned(name: str, size: int, big: list[Cell]) -> LayoutPreset:
    """Big cells first (in the order given), then every free unit cell, row by row."""
    taken = {(b.row + r, b.col + c) for b in big for r in range(b.row_span) for c in range(b.col_span)}
    small = [Cell(r, c) for r in range(size) for c in range(size) if (r, c) not in taken]
    return LayoutPreset(name, size, size, (*big, *small))


PRESETS: dict[str, LayoutPreset] = {
    p.name: p
    for p in (
        *(_grid(n) for n in range(1, 7)),
        _spanned("1+5", 3, [Cell(0, 0, 2, 2)]),
        _spanned("1+7", 4, [Cell(0, 0, 3, 3)]),
        _spanned("2+8", 4, [Cell(0, 0, 2, 2), Cell(0, 2, 2, 2)]),
        _spanned("1+12", 4, [Cell(1, 1, 2, 2)]),
    )
}


def preset(name: str) -> LayoutPreset:
    try:
        return PRESETS[name]
    except KeyError:
        raise KeyError(f"unknown layout {name!r}; known: {', '.join(PRESETS)}") from None


def grid_preset(rows: int, cols: int) -> LayoutPreset:
    """A uniform rows × cols grid (a preset when square, else built on demand)."""
    name = "1" if rows == cols == 1 else f"{rows}x{cols}"
    if name in PRESETS:
        return PRESETS[name]
    if rows < 1 or cols < 1:
        raise ValueError(f"a grid needs at least one row and column, got {rows}x{cols}")
    return LayoutPreset(name, rows, cols, tuple(Cell(r, c) for r in range(rows) for c in range(cols)))
