"""The new-loan dialog (live schedule, club limits, in kind), the repayment dialog (prefill,
split, reversal), the write-off/outcome dialog and the club's loan rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from dialogs.loan_close_dialog import LoanCloseDialog
from dialogs.loan_dialog import LoanDialog
from dialogs.loan_rules_dialog import LoanRulesDialog
from dialogs.repayment_dialog import RepaymentDialog
from models.funds import funds
from models.loans import loans
from models.storage.schema import AuditLog, LedgerEntry, Loan, LoanRepayment, LoanRules
from tests.ui.conftest import save_screenshot
from tests.ui.test_loans_page import TODAY, lend, make_book, make_club, make_page, row_of
from ui.loans_model import ScheduleModel

D = dt.date


def counts() -> tuple[int, int, int, int]:
    return (Loan.select().count(), LoanRepayment.select().count(),
            LedgerEntry.select().count(), AuditLog.select().count())


def new_dialog(qtbot, context, club_id: int) -> LoanDialog:
    dialog = LoanDialog(context, club_id, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def schedule_rows(model: ScheduleModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def fill_cash(dialog: LoanDialog, book, name: str = "Hà Thị Thoa",
              amount: int = 12_000_000) -> None:
    choose(dialog.person_combo, book.people[name])
    dialog.principal_edit.setAmount(amount)
    choose(dialog.purpose_combo, "trade")
    dialog.purpose_note_edit.setText("bán hàng ăn sáng")
    dialog.date_edit.set_date(D(2026, 11, 2))


def test_new_loan_prefilled_from_rules_with_a_live_schedule(qtbot, context):
    book = make_club()
    dialog = new_dialog(qtbot, context, book.club_id)
    # the club's rules: 30 million, 24 months, 0,5 %/month on the declining balance
    assert dialog.rate_edit.rate_bp() == 50
    assert dialog.method_combo.currentData() == "declining"
    assert dialog.term_spin.value() == 12
    assert dialog.amount_hint.text() == "tối đa 30.000.000 đ"
    assert dialog.term_hint.text() == "tối đa 24 tháng"
    assert "Mức vay tối đa: <b>30.000.000 đ</b>" in dialog.rules_label.text()
    assert dialog.schedule.rowCount() == 0  # nothing to show before an amount

    fill_cash(dialog, book)
    rows = schedule_rows(dialog.schedule)
    assert len(rows) == 13  # twelve instalments and the totals row
    assert rows[0][:5] == ["1", "02/12/2026", "1.000.000", "60.000", "1.060.000"]
    assert rows[-1][0] == "Cộng" and rows[-1][2] == "12.000.000"
    assert rows[-1][3] == "390.000"  # 0,5 % of 12, 11, … 1 million
    assert dialog.summary_label.text() == (
        "Tổng phải trả <b>12.390.000 đ</b> trong 12 kỳ<br>gồm gốc 12.000.000 đ, lãi 390.000 đ"
        "<br>Số tiền mỗi kỳ làm tròn đến 1.000 đ; kỳ cuối nhận phần lẻ.")

    dialog.term_spin.setValue(6)
    rows = schedule_rows(dialog.schedule)
    assert len(rows) == 7 and rows[-1][2] == "12.000.000"
    assert dialog.schedule.totals()[0] == 12_000_000
    assert rows[-1][3] == "210.000"
    choose(dialog.method_combo, "flat")  # cheaper methods only: flat is above the rule
    assert dialog.schedule.rowCount() == 0
    assert "Cách tính lãi" in dialog.preview_error.text()
    choose(dialog.method_combo, "none")
    assert not dialog.rate_edit.isEnabled() and dialog.rate_edit.rate_bp() == 0
    assert dialog.schedule.totals() == (12_000_000, 0, 12_000_000)
    choose(dialog.method_combo, "declining")
    assert dialog.rate_edit.rate_bp() == 50
    choose(dialog.plan_combo, "quarterly")
    rows = schedule_rows(dialog.schedule)
    assert [r[1] for r in rows[:-1]] == ["02/02/2027", "02/05/2027"]
    assert rows[-1][2] == "12.000.000"


def test_the_preview_shows_round_instalments(qtbot, context):
    """5.000.000 đ over 12 months, no interest: 417.000 đ eleven times, 413.000 đ last, as
    the office's rounding unit (1.000 đ by default) asks; the saved loan has the same."""
    book = make_club()
    dialog = new_dialog(qtbot, context, book.club_id)
    fill_cash(dialog, book, amount=5_000_000)
    choose(dialog.method_combo, "none")
    rows = schedule_rows(dialog.schedule)
    assert [r[2] for r in rows[:-1]] == ["417.000"] * 11 + ["413.000"]
    assert rows[-1][2] == "5.000.000"
    assert "làm tròn đến 1.000 đ; kỳ cuối nhận phần lẻ" in dialog.summary_label.text()
    dialog.accept()
    from models.loans import loans
    saved = loans.loan_schedule(dialog.loan.id)
    assert [x.principal for x in saved] == [417_000] * 11 + [413_000]


def test_loan_saved_through_the_dialog_appears_in_the_register(qtbot, context):
    book = make_club()
    page = make_page(qtbot, context)
    page.select_club(book.club_id)
    assert page.model.rowCount() == 0
    made: list[LoanDialog] = []
    offered: list[int] = []

    def run(dialog):
        if isinstance(dialog, LoanDialog):
            fill_cash(dialog, book)
            choose(dialog.guarantor_combo, book.people["Lê Đình Ước"])
            dialog._ask_contract = lambda: offered.append(dialog.loan.number) or True
            made.append(dialog)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted
        return False

    page._run = run
    previews = []
    page._show = previews.append
    page.new_loan()
    assert made and made[0].loan is not None
    assert offered == [1]  # "In khế ước vay" was offered after saving, and shown
    assert [p.windowTitle() for p in previews] == ["Khế ước vay số 01 — Hà Thị Thoa"]
    qtbot.addWidget(previews[0])
    assert previews[0].data.startswith(b"%PDF")
    row = row_of(page, "Hà Thị Thoa")
    assert (row.principal, row.outstanding, row.status) == (12_000_000, 12_000_000, "current")
    assert page.selected_loan_id() == row.loan_id
    assert funds.balance(book.fund_id, TODAY) == 100_000_000 - 12_000_000
    loan = loans.get_loan(row.loan_id)
    assert loan.guarantor_id == book.people["Lê Đình Ước"]
    assert loan.purpose_note == "bán hàng ăn sáng"


def test_over_the_club_maximum_is_shown_at_the_amount_and_nothing_is_written(qtbot, context):
    book = make_club()
    dialog = new_dialog(qtbot, context, book.club_id)
    fill_cash(dialog, book, amount=35_000_000)
    before = counts()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.loan is None
    assert counts() == before
    error = dialog.errors["principal"]
    assert not error.isHidden()
    assert "30.000.000" in error.text()
    assert dialog.errors["person"].isHidden()
    # the preview says the same while the clerk types
    assert "30.000.000" in dialog.preview_error.text()
    dialog.term_spin.setValue(30)
    dialog.accept()
    dialog.resize(1080, 700)
    save_screenshot(dialog, "loan_dialog_refused")
    assert not dialog.errors["term_months"].isHidden()
    assert "24" in dialog.errors["term_months"].text()
    assert counts() == before
    # editing the amount hides its stale message
    dialog.principal_edit.setAmount(20_000_000)
    assert dialog.errors["principal"].isHidden()


def test_missing_member_and_purpose_named_at_their_fields(qtbot, context):
    book = make_club()
    dialog = new_dialog(qtbot, context, book.club_id)
    dialog.principal_edit.setAmount(5_000_000)
    assert dialog.schedule.rowCount() == 13  # the schedule shows before the member is chosen
    before = counts()
    dialog.accept()
    assert counts() == before
    assert not dialog.errors["person"].isHidden()
    assert not dialog.errors["purpose"].isHidden()
    assert dialog.errors["person"].text() == "chưa nhập"


def test_in_kind_value_is_quantity_times_unit_value(qtbot, context):
    book = make_club()
    dialog = new_dialog(qtbot, context, book.club_id)
    assert dialog.item_edit.isHidden()
    dialog.set_in_kind(True)
    assert not dialog.item_edit.isHidden()
    choose(dialog.person_combo, book.people["Hoàng Văn Thụ"])
    dialog.item_edit.setText("Bò cái giống")
    dialog.quantity_edit.setText("2")
    dialog.unit_combo.setCurrentText("con")
    dialog.unit_value_edit.setAmount(15_000_000)
    dialog.supplier_edit.setText("Trại bò giống Phú Bình")
    assert dialog.principal_edit.text() == "30.000.000"
    assert dialog.principal_edit.isReadOnly()
    assert dialog.principal_words.text() == "Ba mươi triệu đồng"
    choose(dialog.purpose_combo, "livestock")
    dialog.purpose_note_edit.setText("nuôi bò sinh sản")
    dialog.date_edit.set_date(D(2026, 11, 5))
    dialog.term_spin.setValue(18)
    choose(dialog.plan_combo, "end_of_term")
    rows = schedule_rows(dialog.schedule)
    assert len(rows) == 19
    assert rows[0][2:4] == ["0", "150.000"] and rows[-2][2] == "30.000.000"
    dialog.resize(1080, 700)
    save_screenshot(dialog, "loan_dialog")
    dialog.quantity_edit.setText("1,5")
    assert dialog.principal_edit.text() == "22.500.000"
    dialog.quantity_edit.setText("2")
    dialog.accept()
    assert dialog.loan is not None
    loan = loans.get_loan(dialog.loan.id)
    assert (loan.form, loan.item, loan.unit, loan.principal) == ("in_kind", "Bò cái giống",
                                                                 "con", 30_000_000)
    assert loan.quantity == 2 and loan.repayment_plan == "end_of_term"


def test_repayment_prefilled_reduces_the_outstanding_and_marks_the_instalment(qtbot, context):
    book = make_club()
    loan_id = lend(book, "thoa", "Hà Thị Thoa", principal=6_000_000, term_months=6,
                   disbursed_on=D(2026, 9, 10))
    page = make_page(qtbot, context)
    page.select_club(book.club_id)
    page.select_loan(loan_id)
    assert row_of(page, "Hà Thị Thoa").status == "overdue"  # 10/10 not paid by 20/11
    marks = [page.detail.schedule.index(r, ScheduleModel.MARK).data() for r in range(2)]
    assert marks == ["Quá hạn", "Quá hạn"]
    shots = []

    def run(dialog):
        assert isinstance(dialog, RepaymentDialog)
        # due by 20/11: instalments of 10/10 and 10/11
        assert dialog.principal_edit.amount() == 2_000_000
        assert dialog.interest_edit.amount() == 30_000 + 25_000
        assert "Quá hạn 41 ngày" in dialog.due_label.text()
        assert dialog.total_label.text() == "2.055.000 đ"
        assert dialog.total_words.text() == "Hai triệu không trăm năm mươi lăm nghìn đồng"
        assert not dialog.form_combo.isEnabled()  # cash loan: no goods
        dialog.principal_edit.setAmount(1_000_000)  # the member pays one instalment only
        dialog.interest_edit.setAmount(30_000)
        dialog.note_edit.setText("trả kỳ 1")
        shots.append(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    page._run = run
    page.repay()
    assert shots
    row = row_of(page, "Hà Thị Thoa")
    assert (row.outstanding, row.paid_principal, row.paid_interest) == (5_000_000, 1_000_000,
                                                                        30_000)
    assert row.status == "overdue" and row.days_late == 10  # 10/11 is still unpaid
    assert page.selected_loan_id() == loan_id
    detail = page.detail.schedule
    assert [detail.index(r, ScheduleModel.MARK).data() for r in range(3)] == \
        ["✓ Đã trả", "Quá hạn", ""]
    assert page.detail.repayments.rowCount() == 1
    assert "Dư nợ: <b>5.000.000 đ</b>" in page.detail.state.text()


def test_repayment_before_anything_is_due_offers_the_next_instalment(qtbot, context):
    book = make_club()
    loan_id = lend(book, "thoa", "Hà Thị Thoa", principal=6_000_000, term_months=6,
                   disbursed_on=D(2026, 11, 2))
    dialog = RepaymentDialog(context, loan_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert (dialog.principal_edit.amount(), dialog.interest_edit.amount()) == (1_000_000, 30_000)
    assert "Kỳ tới ngày 02/12/2026" in dialog.due_label.text()


def test_in_kind_repayment_and_a_reversal_with_its_reason(qtbot, context):
    book = make_book()
    loan_id = book.loans["cows"]
    dialog = RepaymentDialog(context, loan_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.form_combo.isEnabled()
    history = dialog.history.rowCount()
    dialog.history_view.selectRow(history - 1)
    assert dialog.reverse_button.isEnabled()
    before = counts()
    assert not dialog.reverse_selected()  # no reason: refused, nothing written
    assert counts() == before
    assert "Lý do: chưa nhập" in dialog.reverse_error.text()
    dialog.reason_edit.setText("ghi nhầm ngày trả")
    assert dialog.reverse_selected()
    assert dialog.changed
    assert dialog.history.rowCount() == history + 1
    assert dialog.history.is_cancelled(history - 1) and dialog.history.is_cancelled(history)
    note = dialog.history.index(history, 4).data()
    assert note.startswith("Hủy lần trả ngày 01/11/2026: ghi nhầm ngày trả")
    # the reversed month is due again and comes back in the prefill
    assert dialog.interest_edit.amount() == 150_000
    choose(dialog.form_combo, "in_kind")
    dialog.note_edit.setText("nộp thay bằng 50 kg thóc")
    dialog.resize(dialog.sizeHint().expandedTo(QSize(660, 0)))
    save_screenshot(dialog, "repayment_dialog")
    dialog.accept()
    assert dialog.repayment is not None and dialog.repayment.form == "in_kind"


def test_a_repaid_loan_opens_for_reversal_only_and_reopens(qtbot, context):
    book = make_book()
    loan_id = book.loans["pomelo"]
    dialog = RepaymentDialog(context, loan_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Hủy lần trả nợ ghi nhầm"
    assert not dialog.principal_edit.isVisibleTo(dialog)
    assert not dialog.form_combo.isVisibleTo(dialog)
    assert dialog.date_edit.isVisibleTo(dialog)
    dialog.history_view.selectRow(dialog.history.rowCount() - 1)
    dialog.reason_edit.setText("nhập trùng kỳ cuối")
    assert dialog.reverse_selected()
    assert loans.get_loan(loan_id).status == "current"
    assert dialog.windowTitle() == "Thu nợ" and dialog.principal_edit.isVisibleTo(dialog)
    assert dialog.principal_edit.amount() == 1_000_000  # the last instalment is due again


def test_write_off_requires_a_decision_then_records_the_outcome(qtbot, context):
    book = make_book()
    loan_id = book.loans["late"]
    dialog = LoanCloseDialog(context, loan_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Xóa nợ / Ghi kết quả"
    before = counts()
    dialog.accept()
    assert counts() == before
    assert dialog.errors["decision_number"].text() == "chưa nhập"
    assert loans.get_loan(loan_id).status == "current"
    dialog.decision_edit.setText("07/QĐ-CLB")
    dialog.date_edit.set_date(D(2026, 11, 18))
    dialog.write_off_note.setText("Thành viên ốm nặng, gia đình đặc biệt khó khăn")
    dialog.no_radio.setChecked(True)
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "loan_close_dialog")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    loan = loans.get_loan(loan_id)
    assert (loan.status, loan.write_off_decision, loan.closed_on, loan.income_improved) == \
        ("written_off", "07/QĐ-CLB", D(2026, 11, 18), False)

    # a repaid loan: the outcome only
    outcome = LoanCloseDialog(context, book.loans["pomelo"], today=TODAY)
    qtbot.addWidget(outcome)
    assert outcome.windowTitle() == "Ghi kết quả" and outcome.write_off_box.isHidden()
    assert outcome.yes_radio.isChecked()
    outcome.no_radio.setChecked(True)
    outcome.accept()
    assert loans.get_loan(book.loans["pomelo"]).income_improved is False


def test_club_loan_rules_saved_and_checked(qtbot, context):
    book = make_club()
    dialog = LoanRulesDialog(context, book.club_id)
    qtbot.addWidget(dialog)
    assert dialog.amount_edit.amount() == 30_000_000 and dialog.term_spin.value() == 24
    assert dialog.rate_edit.text() == "0,50 %/tháng"
    dialog.amount_edit.setAmount(None)
    before = counts()
    dialog.accept()
    assert counts() == before and dialog.errors["max_amount"].text() == "chưa nhập"
    dialog.amount_edit.setAmount(20_000_000)
    dialog.rate_edit.set_rate_bp(80)
    dialog.guarantor_check.setChecked(True)
    dialog.resize(dialog.sizeHint())
    save_screenshot(dialog, "loan_rules_dialog")
    dialog.accept()
    rules = loans.loan_rules(book.club_id)
    assert (rules.max_amount, rules.rate_bp, rules.guarantor_required) == (20_000_000, 80, True)
    # the new loan dialog now asks for a guarantor
    loan_dialog = new_dialog(qtbot, context, book.club_id)
    fill_cash(loan_dialog, book, amount=5_000_000)
    loan_dialog.accept()
    assert not loan_dialog.errors["guarantor"].isHidden()
    assert "Phải có người bảo lãnh" in loan_dialog.rules_label.text()
    assert "chưa đặt quy định" not in loan_dialog.rules_label.text()


def test_a_club_without_rules_is_told_the_defaults_are_in_use(qtbot, context):
    book = make_club()
    LoanRules.delete().where(LoanRules.club == book.club_id).execute()
    dialog = new_dialog(qtbot, context, book.club_id)
    assert "CLB chưa đặt quy định cho vay" in dialog.rules_label.text()
    assert "5.000.000 đ" in dialog.rules_label.text()
