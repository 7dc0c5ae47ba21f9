"""The Qt-free catalogue of wording (models/text): a leaf of the program, Vietnamese as the
source, English from the compiled catalogue, problems and refusals as sentences."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models.accounts.access import AccessDenied
from models.errors import Problem, ValidationError
from models.text import catalog
from models.text.messages import access_text, error_lines, field_label, label, problem_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    catalog.set_language("en")
    yield
    catalog.set_language("vi")


def test_text_is_a_leaf_and_loads_no_qt():
    for path in (ROOT / "models" / "text").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                top = name.split(".")[0]
                assert top not in ("ui", "dialogs", "reports", "PySide6", "shiboken6"), path
                assert top != "models" or name.startswith("models.text"), (path, name)
    code = ("import sys, models.text.messages, models.text.labels, ui.messages\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
            "'peewee'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_vietnamese_is_the_source_and_english_comes_from_the_catalogue(english):
    assert catalog.tr("chưa nhập") == "not entered"
    assert catalog.tr("tùy chọn", "Argparse") == "options"
    assert catalog.tr("không có trong catalogue") == "không có trong catalogue"
    assert catalog.tr("") == ""
    catalog.set_language("vi")
    assert catalog.tr("chưa nhập") == "chưa nhập"
    assert catalog.set_language("fr") == "vi" and catalog.language() == "vi"
    assert catalog.N_("Hộ nghèo", "Messages") == "Hộ nghèo"


def test_chosen_language_reads_the_option_then_the_environment(monkeypatch):
    monkeypatch.delenv("ISHC_LANG", raising=False)
    assert catalog.chosen_language() == "vi"
    assert catalog.chosen_language("en") == "en"
    monkeypatch.setenv("ISHC_LANG", "en")
    assert catalog.chosen_language() == "en" and catalog.chosen_language("vi") == "vi"
    monkeypatch.setenv("ISHC_LANG", "de")
    assert catalog.chosen_language() == "vi"


def test_problems_and_refusals_as_sentences():
    problem = Problem("id_number", "length", {"value": "0123"})
    assert problem_text(problem) == "Số CCCD: phải đủ 12 chữ số: «0123»"
    assert problem_text(problem, with_field=False) == "phải đủ 12 chữ số: «0123»"
    money = Problem("amount", "would_go_negative", {"date": dt.date(2026, 3, 5),
                                                    "balance": 1250000})
    assert problem_text(money) == "Số tiền: quỹ không đủ: số dư ngày 05/03/2026 chỉ còn 1.250.000 đồng"
    assert error_lines(ValidationError(problems=[problem])) == [problem_text(problem)]
    assert field_label("board[2].full_name") == "Ban chủ nhiệm, dòng 3: Họ và tên"
    assert label("board_role", "board_member") == "Ủy viên BCN" and label("gender", None) == ""

    role = AccessDenied("role", role="clerk", action="admin")
    assert access_text(role) == ("Không có quyền: vai trò «Cán bộ nhập liệu» không được "
                                 "quản trị tài khoản, cài đặt, mẫu văn bản.")
    unit = AccessDenied("unit", ward_code=1840)
    assert access_text(unit) == "Không có quyền: Dữ liệu nằm ngoài đơn vị của tài khoản."
    assert access_text(unit, lambda ward, province: f"Phường Đức Xuân ({ward})") == (
        "Không có quyền: Phường Đức Xuân (1840) nằm ngoài đơn vị của tài khoản.")


def test_problems_in_english(english):
    problem = Problem("id_number", "length", {"value": "0123"})
    assert problem_text(problem) == "ID card number: must have exactly 12 digits: “0123”"
    assert label("club_status", "active") == "Active"


def test_no_two_areas_word_one_refusal_differently():
    """Every area's refusals are merged into one table of wording: a code two areas word
    differently would silently take the last one's words (and its placeholders)."""
    import importlib
    import pkgutil

    import models.text as text

    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for info in pkgutil.iter_modules(text.__path__):
        module = importlib.import_module(f"models.text.{info.name}")
        for name, table in vars(module).items():
            if not (name.endswith("ERRORS") and isinstance(table, dict)):
                continue
            for code, words in table.items():
                first = seen.setdefault(code, (f"{info.name}.{name}", words))
                if first[1] != words:
                    clashes.append((code, first[0], f"{info.name}.{name}"))
    assert not clashes
