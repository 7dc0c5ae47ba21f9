"""Rule 1: models/ and reports/ never import Qt (directly or through what they import)."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_imports_in_models_and_reports():
    offenders = []
    for folder in ("models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            bad = [n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "ui",
                                                                       "dialogs")]
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {bad}")
    assert offenders == []


def test_importing_every_model_module_loads_no_qt():
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts)
               for folder in ("models", "reports") for p in (ROOT / folder).rglob("*.py")
               if p.stem != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_no_table_widget_in_ui():
    hits = [str(p.relative_to(ROOT)) for folder in ("ui", "dialogs")
            for p in (ROOT / folder).rglob("*.py") if "QTableWidget" in p.read_text("utf-8")]
    assert hits == []
