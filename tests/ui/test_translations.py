"""English, the second language: every collected string has a translation with the same
placeholders, the committed .qm and .json (the Qt-free catalogue) match the .ts, and pages and the command line really speak
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
from ui.i18n_build import collect, compile_json, compile_qm

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ishc_en.ts"
QM = TS.with_suffix(".qm")
JSON = TS.with_suffix(".json")
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


def test_committed_catalogue_is_compiled_from_the_ts(tmp_path):
    copy = tmp_path / "ishc_en.ts"
    copy.write_bytes(TS.read_bytes())
    fresh = compile_json(copy)
    assert fresh.read_bytes() == JSON.read_bytes(), (
        "resources/translations/ishc_en.json is older than ishc_en.ts: run `make translations`")


def test_strings_outside_papers_are_collected_from_models_too():
    found = {(context, text): file for context, text, file, _ in collect()}
    assert found[("Messages", "chưa nhập")] == "models/text/messages.py"
    assert found[("Messages", "Ủy viên BCN")] == "models/text/labels.py"
    assert found[("Argparse", "tùy chọn")] == "ui/cli/argparse_words.py"
    assert not [f for f in found.values() if f.startswith(("models/papers", "reports"))]


def test_installing_a_language_sets_the_qt_free_catalogue_too(qapp):
    from models.text import catalog
    from models.text.messages import field_label, label

    try:
        i18n.install("en")
        assert catalog.language() == "en"
        assert field_label("board[2].full_name") == "Management board, row 3: Full name"
        assert label("club_status", "active") == "Active"
    finally:
        i18n.install("vi")
    assert catalog.language() == "vi"
    assert label("club_status", "active") == "Đang hoạt động"


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
    # the Alt+letter marks (ui/widgets/mnemonics) are no part of the words
    return [t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in texts if t]


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
        "Clubs", "Members", "Funds", "Loans", "Backup", "Documents", "Settings", "Accounts",
        "Change log", "Club meetings", "Activities", "Training", "Supervision", "Plan targets",
        "Annual reports", "Report packages"]
    leftovers = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        save_screenshot(window, f"en_page_{row}")
        # Examples of data ("e.g. Tổ 5") stay Vietnamese: the data is printed on Vietnamese papers.
        found = [t for t in static_texts(page)
                 if VIETNAMESE.search(t.split("e.g.")[0].lower())]
        if found:
            leftovers[window.nav.item(row).text()] = found
    assert not leftovers, f"Vietnamese left on English pages: {leftovers}"

    window.nav.setCurrentRow(0)
    clubs = window.pages["clubs"]
    assert clubs.add_button.text().replace("&", "") == "Add planned club"
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
    assert page.add_button.text().replace("&", "") == "Thêm CLB dự kiến"
    assert page.status_combo.itemText(0) == "Mọi trạng thái"


def vietnamese_left(widget: QWidget, data: tuple[str, ...] = ()) -> list[str]:
    """Static texts with Vietnamese letters, examples of data after "e.g." and the given data
    (a fund's name) aside: they are Vietnamese data printed on Vietnamese papers."""
    def text(t: str) -> str:  # the currency, đồng or đ, stays as it is in English
        for value in data:
            t = t.replace(value, "")
        return re.sub(r"\bđồng\b|(?<=\d )đ\b|\(đ\)", "", t.split("e.g.")[0].lower())

    return [t for t in static_texts(widget) if VIETNAMESE.search(text(t))]


def test_funds_page_and_dialogs_speak_english(qtbot, context, english):
    from dialogs.cash_count_dialog import CashCountDialog
    from dialogs.close_period_dialog import ClosePeriodDialog
    from dialogs.entry_dialog import EntryDialog
    from dialogs.open_fund_dialog import OpenFundDialog
    from dialogs.reversal_dialog import ReversalDialog
    from models.storage.schema import Fund
    from tests.ui import funds_data
    from ui.pages.funds_page import FundsPage

    book = funds_data.make_book()
    today = funds_data.TODAY
    page = FundsPage(context, today=today)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.select_club(book.club_id)
    assert page.windowTitle() == "Funds"
    assert not vietnamese_left(page), vietnamese_left(page)
    texts = static_texts(page)
    assert {"New receipt", "New payment", "Reverse voucher", "Print cash book"} <= set(texts)
    assert {"Voucher No.", "Payer/payee", "Balance"} <= set(texts)
    save_screenshot(page, "funds_page_en")

    dialogs = [EntryDialog(context, book.activity, "receipt", today=today),
               EntryDialog(context, book.activity, "payment", today=today),
               ReversalDialog(context, book.entries["donation"], today=today),
               ClosePeriodDialog(context, book.club_id, book.activity, today=today),
               CashCountDialog(context, book.activity, today=today),
               OpenFundDialog(context, book.club_id, today=today)]
    page._show_preview = lambda dialog: None
    dialogs.append(page.show_figures())
    fund_names = tuple(f.name for f in Fund.select().where(Fund.club == book.club_id))
    leftovers = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        save_screenshot(dialog, f"en_{dialogs.index(dialog)}_{type(dialog).__name__}")
        if found := vietnamese_left(dialog, fund_names):
            leftovers[type(dialog).__name__] = found
    assert not leftovers, f"Vietnamese left in English dialogs: {leftovers}"
    assert "Paid by:" in static_texts(dialogs[0]) and "Paid to:" in static_texts(dialogs[1])
    assert "Reason for reversal:" in static_texts(dialogs[2])
    figures = static_texts(dialogs[-1])
    assert {"Item", "Activity fund", "Income-generation revolving fund", "Total",
            "Export to Excel"} <= set(figures), figures


def test_loans_page_and_dialogs_speak_english(qtbot, context, english):
    from dialogs.loan_close_dialog import LoanCloseDialog
    from dialogs.loan_dialog import LoanDialog
    from dialogs.loan_rules_dialog import LoanRulesDialog
    from dialogs.repayment_dialog import RepaymentDialog
    from tests.ui.test_loans_page import TODAY, make_book, make_page

    book = make_book()
    page = make_page(qtbot, context)
    page.select_club(book.club_id)
    assert not vietnamese_left(page), vietnamese_left(page)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers[:2] == ["Loan No.", "Full name"] and "Outstanding" in headers
    save_screenshot(page, "loans_page_en")

    dialogs = [LoanDialog(context, book.club_id, today=TODAY),
               RepaymentDialog(context, book.loans["late"], today=TODAY),
               LoanCloseDialog(context, book.loans["late"], today=TODAY),
               LoanRulesDialog(context, book.club_id)]
    leftovers = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        save_screenshot(dialog, f"en_{dialogs.index(dialog)}_{type(dialog).__name__}")
        if found := vietnamese_left(dialog):
            leftovers[type(dialog).__name__] = found
    assert not leftovers, f"Vietnamese left in English dialogs: {leftovers}"
    assert "Guarantor:" in static_texts(dialogs[0])
    assert "Principal paid (đồng):" in static_texts(dialogs[1])


def test_account_and_connection_dialogs_speak_english(qtbot, context, english):
    from dialogs.connection_dialog import ConnectionDialog
    from dialogs.login_dialog import LoginDialog
    from dialogs.password_dialog import PasswordDialog
    from dialogs.user_dialog import UserDialog

    dialogs = [LoginDialog(), PasswordDialog(forced=True), UserDialog(first=True),
               ConnectionDialog()]
    leftovers = {}
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        save_screenshot(dialog, f"en_{dialogs.index(dialog)}_{type(dialog).__name__}")
        if found := vietnamese_left(dialog):
            leftovers[type(dialog).__name__] = found
    assert not leftovers, f"Vietnamese left in English dialogs: {leftovers}"
    assert dialogs[0].windowTitle() == "Sign in — ISHC Desk"
    assert "Username:" in static_texts(dialogs[0]) and "Password:" in static_texts(dialogs[0])
    assert "Server:" in static_texts(dialogs[3])


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

    # the commands added with funds, loans, backups, accounts and personal data
    for phrase in ("Back up the data", "Restore the data from a backup", "List the backups",
                   "User accounts: add, list, change password", "Anonymise a person",
                   "consent form", "run the command as this account"):
        assert phrase in english.stdout, phrase

    sub = run_main("import-members", "--help", env_lang="en")
    assert sub.returncode == 0, sub.stderr
    assert "only check the file; write nothing" in sub.stdout

    for command, phrase in (("print", "voucher number: 15 or PT-2026/015"),
                            ("restore", "do not ask for confirmation"),
                            ("export-members", "export full citizen ID numbers"),
                            ("migrate-to", "address of the target database")):
        sub = run_main(command, "--help", env_lang="en")
        assert sub.returncode == 0, sub.stderr
        assert phrase in " ".join(sub.stdout.split()), sub.stdout
        assert not VIETNAMESE.search(sub.stdout.lower()), sub.stdout
    user = run_main("user", "add", "--help", env_lang="en")
    assert user.returncode == 0, user.stderr
    assert "clerk (data entry)" in " ".join(user.stdout.split()), user.stdout
    assert "a one-person office: admin,clerk" in " ".join(user.stdout.split()), user.stdout
    assert not VIETNAMESE.search(user.stdout.replace("Thái Nguyên", "").lower()), user.stdout

    vietnamese = run_main("--help")
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert "Tạo hoặc nâng cấp cơ sở dữ liệu" in vietnamese.stdout
