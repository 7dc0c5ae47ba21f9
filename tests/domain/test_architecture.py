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


# --- The import graph of models/ and reports/ ---------------------------------------------------


def _program_modules() -> dict[str, Path]:
    found = {}
    for folder in ("models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _import_graph() -> dict[str, set[str]]:
    """Module -> the program modules it imports, at the top or inside a function alike."""
    modules = _program_modules()

    def resolve(name: str) -> str | None:
        parts = name.split(".")
        while parts:
            if ".".join(parts) in modules:
                return ".".join(parts)
            parts.pop()
        return None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.stem == "__init__" else name.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(resolve(a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[:len(package.split(".")) - node.level + 1]
                    base = ".".join([*up, *([node.module] if node.module else [])])
                targets.update(resolve(f"{base}.{a.name}") or resolve(base) for a in node.names)
        graph[name] = {t for t in targets if t and t != name}
    return graph


def test_reports_import_only_the_text_of_models():
    bad = sorted(f"{m} -> {t}" for m, targets in _import_graph().items()
                 if m.startswith("reports") for t in targets
                 if t.startswith("models") and not t.startswith("models.text"))
    assert bad == []


def test_text_errors_and_codes_are_leaves():
    leaves = ("models.text", "models.errors", "models.codes")
    bad = sorted(f"{m} -> {t}" for m, targets in _import_graph().items()
                 if m.startswith(leaves) for t in targets if not t.startswith("models.text"))
    assert bad == []


def test_no_module_imports_one_that_imports_it_back():
    graph = _import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            ring = []
            while True:
                w = stack.pop()
                ring.append(w)
                if w == v:
                    break
            if len(ring) > 1:
                loops.append(sorted(ring))

    for v in graph:
        if v not in index:
            visit(v)
    assert loops == []


def test_package_inits_import_nothing_of_the_program():
    inits = [m for m, p in _program_modules().items() if p.stem == "__init__"]
    graph = _import_graph()
    assert {m: sorted(graph[m]) for m in inits if graph[m]} == {}


def test_no_module_uses_a_private_name_of_another_module():
    bad = []
    for name, path in _program_modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    ("models", "reports")):
                for a in node.names:
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        bad.append(f"{name}: from {node.module} import {a.name}")
                    imported[a.asname or a.name] = a.name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in imported and node.attr.startswith("_")
                    and not node.attr.startswith("__") and node.attr != "_meta"):
                bad.append(f"{name}: {node.value.id}.{node.attr}")
    assert bad == []


def test_no_module_of_models_or_reports_is_over_500_lines():
    long = {m: n for m, p in _program_modules().items()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
