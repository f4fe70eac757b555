"""Built-in plugins and the example use only the facade they are handed: no console or widgets internals."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_plugins_import_no_console_internals():
    offenders = []
    for path in [*(ROOT / "plugins").rglob("*.py"), *(ROOT / "examples").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("console", "widgets")]
    assert offenders == []
