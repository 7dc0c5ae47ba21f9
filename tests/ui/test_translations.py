"""English, the second language: every collected string has a translation with the same
placeholders, the committed .qm matches the .ts, and pages and the command line really speak
English with --lang en (and Vietnamese again afterwards)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tests.ui import clubs_data
from tests.ui.conftest import save_screenshot
from ui import i18n
from ui.i18n_build import collect, compile_qm

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ishc_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Letters only Vietnamese uses (lower case; texts are lower-cased before the search).
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


def ts_messages() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) of the committed .ts file."""
    result = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            result[(name, msg.findtext("source") or "")] = (
                (tr_el.text or "") if tr_el is not None else "",
                tr_el.get("type") if tr_el is not None else None)
    return result


def test_every_collected_string_has_english():
    messages = ts_messages()
    missing = sorted({f"{file}:{line} [{context}] {text!r}"
                      for context, text, file, line in collect()
                      if not messages.get((context, text), ("", None))[0].strip()
                      or messages[(context, text)][1] in ("unfinished", "vanished", "obsolete")})
    assert not missing, (
        f"{len(missing)} string(s) without English in {TS.name}; run "
        "`make translations` and translate them:\n" + "\n".join(missing))


def test_translations_keep_placeholders_and_line_breaks():
    wrong = []
    for (context, source), (text, _) in ts_messages().items():
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
        if source.count("\n") != text.count("\n"):
            wrong.append(f"[{context}] {source!r} -> {text!r}: line breaks differ")
        if "«" in text or "»" in text:
            wrong.append(f"[{context}] {text!r}: use “ ” quotes in English")
    assert not wrong, "\n".join(wrong)


def test_committed_qm_is_compiled_from_the_ts(tmp_path):
    copy = tmp_path / "ishc_en.ts"
    copy.write_bytes(TS.read_bytes())
    fresh = compile_qm(copy)
    assert fresh.read_bytes() == QM.read_bytes(), (
        "resources/translations/ishc_en.qm is older than ishc_en.ts: run `make translations`")


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("vi")


def static_texts(root: QWidget) -> list[str]:
    """Texts the program itself puts on widgets (not data): buttons, group boxes, tabs, form
    labels, placeholders, table headers."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QLabel) and w.text().endswith(":"):
            texts.append(w.text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
    return [t for t in texts if t]


def test_pages_speak_english_then_vietnamese_again(qtbot, context, english):
    from ui.clubs_model import ClubsTableModel
    from ui.main_window import MainWindow
    from ui.pages.clubs_page import ClubsPage

    ids = clubs_data.six_clubs()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "ISHC Desk — Intergenerational Self-Help Club records"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Clubs", "Members", "Documents", "Settings"]
    leftovers = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        # Examples of data ("e.g. Tổ 5") stay Vietnamese: the data is printed on Vietnamese papers.
        found = [t for t in static_texts(page)
                 if VIETNAMESE.search(t.split("e.g.")[0].lower())]
        if found:
            leftovers[window.nav.item(row).text()] = found
    assert not leftovers, f"Vietnamese left on English pages: {leftovers}"

    window.nav.setCurrentRow(0)
    clubs = window.pages["clubs"]
    assert clubs.add_button.text() == "Add planned club"
    assert clubs.status_combo.itemText(0) == "All statuses"
    headers = [clubs.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(clubs.model.columnCount())]
    assert headers[:2] == ["Club code", "Club name"]
    proxy = clubs.proxy
    statuses = {proxy.index(r, ClubsTableModel.CODE).data():
                proxy.index(r, ClubsTableModel.STATUS).data() for r in range(proxy.rowCount())}
    assert statuses["DX01"] == "Active" and statuses["DX05"] == "Dissolved"
    assert clubs.select_club(ids["DX01"])
    detail_texts = static_texts(clubs.detail)
    assert "Status history" in detail_texts and "Club code:" in detail_texts
    assert not [t for t in detail_texts if VIETNAMESE.search(t.lower())], detail_texts
    save_screenshot(window, "main_window_en")

    i18n.install("vi")
    page = ClubsPage(context, today=dt.date(2026, 11, 20))
    qtbot.addWidget(page)
    assert page.windowTitle() == "Câu lạc bộ"
    assert page.add_button.text() == "Thêm CLB dự kiến"
    assert page.status_combo.itemText(0) == "Mọi trạng thái"


def run_main(*args: str, env_lang: str | None = None) -> subprocess.CompletedProcess:
    import os

    env = {k: v for k, v in os.environ.items() if k != "ISHC_LANG"}
    if env_lang:
        env["ISHC_LANG"] = env_lang
    code = f"import sys, main; sys.exit(main.main({list(args)!r}))"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_command_line_help_in_english():
    english = run_main("--lang", "en", "--help")
    assert english.returncode == 0, english.stderr
    assert "Intergenerational Self-Help Clubs (ISHC)" in english.stdout
    assert "Create or upgrade the database" in english.stdout
    assert "language (vi or en)" in english.stdout
    assert not VIETNAMESE.search(english.stdout.replace("Đức Xuân", "").lower()), english.stdout

    sub = run_main("import-members", "--help", env_lang="en")
    assert sub.returncode == 0, sub.stderr
    assert "only check the file; write nothing" in sub.stdout

    vietnamese = run_main("--help")
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert "Tạo hoặc nâng cấp cơ sở dữ liệu" in vietnamese.stdout
