"""Keeps the translations in step with the code: extract, update the .ts files, compile the .qm files.

Every user-visible string in widgets/ and plugins/ goes through a module-level `tr()` whose body is
`QCoreApplication.translate("<Context>", text)`; this script finds those calls with the AST (pyside6-lupdate
cannot see the context through such a wrapper) and writes resources/translations/qala_<lang>.ts, keeping the
translations already there. `--check` fails when a kk or ru string is missing.

    python build/i18n.py            # update .ts and compile .qm
    python build/i18n.py --check    # exit 1 and list what is missing
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "widgets", ROOT / "plugins"]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_US"}
REQUIRED = ("kk", "ru")  # en is the source language: an empty translation shows the source text


def _tr_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        return first.value
    return None


def extract() -> dict[str, list[str]]:
    """{context: [source texts in order of appearance]} from every module that defines tr()."""
    found: dict[str, list[str]] = {}
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            context = _tr_context(tree)
            if context is None:
                continue
            texts = found.setdefault(context, [])
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str) and node.args[0].value not in texts):
                    texts.append(node.args[0].value)
    return found


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            known[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return known


def write_ts(path: Path, language: str, catalogue: dict[str, list[str]], known: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    for context, texts in sorted(catalogue.items()):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text in texts:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            value = known.get((context, text), "")
            if value:
                translation.text = value
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "unicode") + "\n",
                    encoding="utf-8")


def missing(catalogue: dict[str, list[str]]) -> list[str]:
    problems = []
    for lang in REQUIRED:
        known = read_ts(TRANSLATIONS / f"qala_{lang}.ts")
        for context, texts in catalogue.items():
            problems += [f"{lang}: {context}: {text!r}" for text in texts if not known.get((context, text))]
    return problems


def compile_qm() -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"qala_{lang}.ts"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only report strings missing from kk or ru")
    args = parser.parse_args()
    catalogue = extract()
    if args.check:
        problems = missing(catalogue)
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang, code in LANGUAGES.items():
        path = TRANSLATIONS / f"qala_{lang}.ts"
        write_ts(path, code, catalogue, read_ts(path))
    compile_qm()
    problems = missing(catalogue)
    print(f"{sum(len(t) for t in catalogue.values())} strings; missing: {len(problems)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
