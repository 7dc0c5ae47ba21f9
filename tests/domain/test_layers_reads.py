"""Windows and the command line read through models/: no module under ui/ (ui/cli/ included)
or dialogs/ imports peewee or the table classes, or runs queries on the connection. Checked with ast over every import, also those
inside functions.

Allowed, and why:
- imports under `if TYPE_CHECKING:` (type hints of rows a service returned; never executed);
- from models/storage/db only the connection's life cycle (`CONNECTION_NAMES`: pick, open,
  bind, close, reopen the database, the data folder), never `database`, the proxy that runs
  queries.
"""

from __future__ import annotations

import ast
from pathlib import Path

import peewee as pw

from models.storage import schema
from models.storage.tables import all_tables

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("ui", "dialogs")
FORBIDDEN_MODULES = ("peewee", "playhouse", "models.storage.schema")
DB_MODULE = "models.storage.db"
CONNECTION_NAMES = frozenset({
    "data_dir", "default_db_path", "resolve_target", "is_postgres", "make_database",
    "sqlite_path", "bind", "close", "close_thread_connection", "reopen",
})
TABLES = frozenset({name for name, obj in vars(schema).items()
                    if isinstance(obj, type) and issubclass(obj, pw.Model) and obj is not pw.Model}
                   | {model.__name__ for model in all_tables()})


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _runtime_nodes(tree: ast.AST):
    """Every node except those under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _forbidden(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in FORBIDDEN_MODULES)


def problems_of(path: Path) -> list[str]:
    """What `path` does against the rule, one line each ('file:line: what')."""
    return problems_in(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())


def problems_in(source: str, rel: str) -> list[str]:
    """What the module's `source` does against the rule, in line order."""
    tree = ast.parse(source, rel)
    found: list[tuple[int, str]] = []

    def add(node: ast.AST, what: str) -> None:
        found.append((node.lineno, f"{rel}:{node.lineno}: {what}"))

    db_aliases: set[str] = set()
    model_aliases: set[str] = set()
    nodes = list(_runtime_nodes(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                if _forbidden(alias.name):
                    add(node, f"import {alias.name}")
                elif alias.name == DB_MODULE:
                    if alias.asname is None:
                        add(node, f"import {alias.name} (use 'from … import')")
                    db_aliases.add(bound)
                elif alias.name.startswith("models.") and alias.asname:
                    model_aliases.add(bound)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            module = node.module
            for alias in node.names:
                bound = alias.asname or alias.name
                full = f"{module}.{alias.name}"
                if _forbidden(module) or _forbidden(full):
                    add(node, f"from {module} import {alias.name}")
                elif full == DB_MODULE:
                    db_aliases.add(bound)
                elif module == DB_MODULE and alias.name not in CONNECTION_NAMES:
                    add(node, f"from {module} import {alias.name}")
                elif module.startswith("models") and alias.name in TABLES:
                    add(node, f"table {alias.name} imported from {module}")
                elif module.startswith("models"):
                    model_aliases.add(bound)
    for node in nodes:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id in db_aliases and node.attr not in CONNECTION_NAMES:
                add(node, f"{node.value.id}.{node.attr}")
            elif node.value.id in model_aliases and node.attr in TABLES:
                add(node, f"table {node.value.id}.{node.attr}")
    return [line for _n, line in sorted(found)]


def _files() -> list[Path]:
    return [path for layer in LAYERS for path in sorted((ROOT / layer).rglob("*.py"))]


def test_windows_read_through_models_only():
    found = [line for path in _files() for line in problems_of(path)]
    assert found == [], "\n".join(found)


def test_the_check_sees_what_it_must():
    text = (
        "from typing import TYPE_CHECKING\n"
        "import peewee as pw\n"
        "from models.storage.schema import Club\n"
        "from models.storage import db as dbmod, schema\n"
        "from models.storage.db import database, close\n"
        "from models.papers import documents\n"
        "from models.papers.documents import IssuingBody\n"
        "if TYPE_CHECKING:\n"
        "    from models.storage.schema import Fund\n"
        "def f():\n"
        "    from playhouse.shortcuts import model_to_dict\n"
        "    dbmod.database.connect()\n"
        "    dbmod.close()\n"
        "    return documents.IssuingBody.get_or_none()\n"
    )
    lines = [line.split(": ", 1)[1] for line in problems_in(text, "ui/sample.py")]
    assert lines == [
        "import peewee",
        "from models.storage.schema import Club",
        "from models.storage import schema",
        "from models.storage.db import database",
        "table IssuingBody imported from models.papers.documents",
        "from playhouse.shortcuts import model_to_dict",
        "dbmod.database",
        "table documents.IssuingBody",
    ]

