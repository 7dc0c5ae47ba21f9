"""The architecture, read from the source: which layer may import which, and no import loop
anywhere in the program. (test_architecture.py holds the rules of models/ and reports/,
test_layers_reads.py the rule that windows read through models/.)

The layers, lowest first (ARCHITECTURE.md draws the same picture):

    text       models.text.* (Vietnamese rules, wording), models.errors, models.codes — leaves:
               the text package imports nothing else of the program, the two others only text
    reports    reports.*                                  — layouts; imports only text
    domain     models.* (the domain packages)             — rules, SQL, services
    toolkit    ui.* but the pages, the window and the CLI — table models, widgets, tasks
    dialogs    dialogs.*                                  — never import each other
    window     ui.pages.*, ui.main_window, ui.app, ui.sign_in (opens the dialogs and the window)
    cli        ui.cli.*                                    — beside the window, on the domain
    main       main.py                                     — the composition root

A module may import its own layer (dialogs excepted) and the layers below it; the command line
imports the domain and below, never the toolkit, the dialogs or the window. Imports inside
functions count: a lazy import is still an arrow.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("models", "reports", "ui", "dialogs")
RANK = {"text": 0, "reports": 1, "domain": 2, "toolkit": 3, "dialogs": 4, "window": 5,
        "cli": 3, "main": 6}
LEAVES = ("models.text", "models.errors", "models.codes")
WINDOW = ("ui.pages", "ui.main_window", "ui.app", "ui.sign_in")
# Who may import whom, besides the ranks: the command line never goes through Qt's layers.
CLI_MAY_IMPORT = {"text", "reports", "domain", "cli"}


def layer(module: str) -> str:
    if module == "main":
        return "main"
    if module.startswith(LEAVES):
        return "text"
    top = module.split(".")[0]
    if top == "reports":
        return "reports"
    if top == "models":
        return "domain"
    if top == "dialogs":
        return "dialogs"
    if module == "ui.cli" or module.startswith("ui.cli."):
        return "cli"
    if module in WINDOW or module.startswith(tuple(w + "." for w in WINDOW)):
        return "window"
    return "toolkit"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def program_modules() -> dict[str, Path]:
    found = {"main": ROOT / "main.py"}
    for folder in FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            found[_module_name(path)] = path
    return found


@cache
def parsed(module: str) -> ast.Module:
    return ast.parse(program_modules()[module].read_text(encoding="utf-8"))


def _package_of(module: str) -> str:
    path = program_modules()[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def imports_of(module: str) -> list[tuple[str, int, list[str]]]:
    """(imported program module, line, names taken from it) for every import in the module."""
    modules = program_modules()
    result = []
    for node in ast.walk(parsed(module)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    result.append((alias.name, node.lineno, []))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = _package_of(module).split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [alias.name for alias in node.names]
            submodules = [f"{base}.{n}" for n in names if f"{base}.{n}" in modules]
            for sub in submodules:
                result.append((sub, node.lineno, []))
            if base in modules:
                result.append((base, node.lineno,
                               [n for n in names if f"{base}.{n}" not in modules]))
    return [(target, line, names) for target, line, names in result if target != module]


def _allowed(source: str, target: str) -> bool:
    a, b = layer(source), layer(target)
    if a == "cli":
        return b in CLI_MAY_IMPORT
    if b == "cli":
        return a == "main"
    if a == "text":  # the wording package is a leaf even among the leaves
        return (target == "models.text" or target.startswith("models.text.")
                or not (source == "models.text" or source.startswith("models.text.")))

    if a == "dialogs" and b == "dialogs":
        return target == "dialogs"  # the package itself, never another dialog
    return RANK[b] <= RANK[a]


def test_every_arrow_follows_the_layers():
    wrong = [f"{program_modules()[src].relative_to(ROOT)}:{line}: {layer(src)} {src} -> "
             f"{layer(dst)} {dst}"
             for src in program_modules() for dst, line, _ in imports_of(src)
             if not _allowed(src, dst)]
    assert wrong == []


def test_no_import_loop_between_modules():
    graph = {m: {dst for dst, _, _ in imports_of(m)} for m in program_modules()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                loops.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in graph:
        if node not in index:
            visit(node)
    assert loops == []


def test_the_layer_rules_catch_a_wrong_arrow():
    """The checker itself: arrows that must be refused are refused."""
    assert not _allowed("reports.vouchers", "models.funds.funds")
    assert not _allowed("models.text.vietnamese", "models.errors")
    assert not _allowed("models.funds.funds", "ui.widgets")
    assert not _allowed("dialogs.loan_dialog", "dialogs.loan_rules_dialog")
    assert not _allowed("ui.widgets", "dialogs.member_dialog")
    assert not _allowed("ui.cli.basic", "ui.messages")
    assert _allowed("ui.pages.loans_page", "dialogs.loan_dialog")
    assert _allowed("models.funds.funds", "reports.vouchers")
    assert _allowed("main", "ui.cli")
