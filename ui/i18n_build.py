"""Collect the program's translatable strings into resources/translations/ishc_en.ts and
compile it (`make translations`) to ishc_en.qm for Qt's translators and to ishc_en.json for
the Qt-free catalogue (models.text.catalog, used by the wording of codes and the command line).

pyside6-lupdate does not understand the module-level `tr(text)` helpers this code base uses
(it files their strings under an empty context), so strings are collected here with `ast`:

- `QCoreApplication.translate("Ctx", "text")` and `QT_TRANSLATE_NOOP("Ctx", "text")`;
- `self.tr("text")` inside class C: context C (PySide6 uses the class name);
- `tr("text")` / `tr("text", "Ctx")` where the module defines its own `tr` helper: the
  context is the explicit argument, else the one the helper passes to translate(); a module
  that imports `tr` from the Qt-free catalogue translates in its default context "Messages";
- `N_("text")` / `N_("text", "Ctx")`: the catalogue's marker for texts translated later.

models/ is searched too, but not its papers (models/papers, reports/): official papers are
printed in Vietnamese whatever language the window speaks.

Existing translations in the .ts file are kept; new strings are added unfinished.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("main.py", "models", "ui", "dialogs")
SKIPPED = ("models/papers",)  # official papers stay Vietnamese
CATALOGUE_MODULES = ("models.text.catalog", "models.text.messages", "ui.messages")
DEFAULT_CONTEXT = "Messages"  # of models.text.catalog.tr and N_
TS_FILE = ROOT / "resources" / "translations" / "ishc_en.ts"


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _helper_context(tree: ast.Module) -> str | None:
    """The context a module's own `def tr(...)` helper translates in (or the catalogue's, for a
    module that imports its `tr`)."""
    for node in tree.body:
        if (isinstance(node, ast.ImportFrom) and node.module in CATALOGUE_MODULES
                and any(alias.name == "tr" and alias.asname is None for alias in node.names)):
            return DEFAULT_CONTEXT
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            defaults = node.args.defaults
            if len(node.args.args) >= 2 and defaults:
                value = _literal(defaults[-1])
                if value is not None:
                    return value
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args):
                    value = _literal(call.args[0])
                    if value is not None:
                        return value
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str, helper_context: str | None) -> None:
        self.path, self.helper_context = path, helper_context
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str | None, text: str | None, line: int) -> None:
        if context is not None and text:
            self.found.append((context, text, self.path, line))

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, node.args
        explicit = (isinstance(func, ast.Attribute) and func.attr == "translate") or (
            isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")
        if explicit and len(args) >= 2:
            self._add(_literal(args[0]), _literal(args[1]), node.lineno)
        elif (isinstance(func, ast.Attribute) and func.attr == "tr" and args
              and isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes):
            self._add(self.classes[-1], _literal(args[0]), node.lineno)
        elif isinstance(func, ast.Name) and func.id == "tr" and args:
            context = _literal(args[1]) if len(args) >= 2 else self.helper_context
            self._add(context, _literal(args[0]), node.lineno)
        elif isinstance(func, ast.Name) and func.id == "N_" and args:
            context = _literal(args[1]) if len(args) >= 2 else DEFAULT_CONTEXT
            self._add(context, _literal(args[0]), node.lineno)
        self.generic_visit(node)


def collect(root: Path = ROOT) -> list[tuple[str, str, str, int]]:
    """Every (context, source text, file, line) in the program, in file order."""
    found = []
    for name in SOURCES:
        base = root / name
        files = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in files:
            if path.relative_to(root).as_posix().startswith(SKIPPED):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            visitor = _Collector(str(path.relative_to(root)), _helper_context(tree))
            visitor.visit(tree)
            found.extend(visitor.found)
    return found


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of an existing .ts file ('' when unfinished)."""
    if not path.exists():
        return {}
    result = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            result[(name, msg.findtext("source") or "")] = msg.findtext("translation") or ""
    return result


def write_ts(path: Path, strings: list[tuple[str, str, str, int]],
             known: dict[tuple[str, str], str], language: str = "en_GB") -> int:
    """Write the .ts file; returns how many strings still lack a translation."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="vi_VN")
    by_context: dict[str, dict[str, tuple[str, int]]] = {}
    for context, text, file, line in strings:
        by_context.setdefault(context, {}).setdefault(text, (file, line))
    missing = 0
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text, (file, line) in by_context[context].items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "location", filename=f"../../{file}", line=str(line))
            ET.SubElement(msg, "source").text = text
            translation = known.get((context, text), "")
            tr_el = ET.SubElement(msg, "translation")
            tr_el.text = translation
            if not translation:
                tr_el.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def compile_qm(ts_path: Path) -> Path:
    """Run pyside6-lrelease next to the running Python."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = ts_path.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(ts_path), "-qm", str(qm)], check=True)
    return qm


def compile_json(ts_path: Path) -> Path:
    """The finished translations of a .ts as `{context: {source: translation}}` beside it,
    for the Qt-free catalogue (models.text.catalog); sorted, so a compile is reproducible."""
    catalogue: dict[str, dict[str, str]] = {}
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            if tr_el is None or not tr_el.text or tr_el.get("type") in (
                    "unfinished", "vanished", "obsolete"):
                continue
            catalogue.setdefault(name, {})[msg.findtext("source") or ""] = tr_el.text
    path = ts_path.with_suffix(".json")
    path.write_text(json.dumps(catalogue, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


def main() -> int:
    strings = collect()
    missing = write_ts(TS_FILE, strings, read_ts(TS_FILE))
    for ts in sorted(TS_FILE.parent.glob("*.ts")):
        compile_qm(ts)
    compile_json(TS_FILE)  # qt_vi.ts translates Qt's own buttons only: Qt reads it
    print(f"{len({(c, t) for c, t, _, _ in strings})} strings, {missing} without English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
