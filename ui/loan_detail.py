"""The selected loan under the register: its terms, where it stands, the schedule with paid
and late marks, the repayments; and the club's (or commune's) loan figures panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from models.errors import Problem
from models.loans import loans
from models.text import numbers
from models.text.vietnamese import format_date, format_number
from ui.loans_model import (
    STATUS_COLOURS,
    RepaymentsModel,
    ScheduleModel,
    form_text,
    schedule_marks,
)
from ui.messages import label
from ui.service import refusal_text
from ui.tasks import run_task
from ui.widgets import DateEdit, ErrorLabel
from ui.widgets.flow import FlowLayout, flow_row, labelled


def tr(text: str) -> str:
    return QCoreApplication.translate("LoanDetail", text)


def rate_text(rate_bp: int) -> str:
    """'0,5 %/tháng' (trailing zeros dropped)."""
    whole, part = divmod(rate_bp, 100)
    text = f"{whole},{part:02d}".rstrip("0").rstrip(",")
    return tr("{rate} %/tháng").format(rate=text)


def quantity_text(value) -> str:
    """2 -> '2', 1.500 -> '1,5' (Vietnamese decimal comma)."""
    if value is None:
        return ""
    text = format(value.normalize() if hasattr(value, "normalize") else value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def compact_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class LoanDetail(QWidget):
    """Shows one loan as it stands on a date; `show_loan(None, …)` shows a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loan_id: int | None = None
        self.row = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 11pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.terms.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.hint = QLabel(tr("Chọn một khoản vay trong sổ để xem lịch trả nợ và các lần trả."))
        self.hint.setStyleSheet("color: #555;")
        self.schedule = ScheduleModel(self, with_marks=True)
        self.schedule_view = compact_table(self.schedule)
        self.repayments = RepaymentsModel(self)
        self.repayments_view = compact_table(self.repayments)

        schedule_box = QGroupBox(tr("Lịch trả nợ"))
        QVBoxLayout(schedule_box).addWidget(self.schedule_view)
        repay_box = QGroupBox(tr("Các lần trả nợ"))
        QVBoxLayout(repay_box).addWidget(self.repayments_view)
        tables = QHBoxLayout()
        tables.addWidget(schedule_box, 1)
        tables.addWidget(repay_box, 1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.terms)
        body.addWidget(self.state)
        body.addWidget(self.outcome)
        body.addLayout(tables, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.body, 1)
        self.show_loan(None, dt.date.today())

    def show_loan(self, loan_id: int | None, on: dt.date, row=None) -> None:
        """`row`: the loan's LoanRow on `on` when the caller has it (read here otherwise)."""
        self.loan_id = loan_id
        self.hint.setVisible(loan_id is None)
        self.body.setVisible(loan_id is not None)
        if loan_id is None:
            self.schedule.set_rows([])
            self.repayments.set_rows([])
            return
        loan = loans.get_loan(loan_id)
        if row is None or row.loan_id != loan_id:
            row = next((r for r in loans.loan_register(loan.club_id, on)
                        if r.loan_id == loan_id), None)
        self.row = row
        schedule = loans.loan_schedule(loan_id)
        paid_p = row.paid_principal if row else 0
        paid_i = row.paid_interest if row else 0
        marks = schedule_marks(schedule, paid_p, paid_i, on)
        self.schedule.set_rows(schedule, marks)
        self.repayments.set_rows(loans.loan_repayments(loan_id))
        self.repayments_view.scrollToBottom()  # the latest repayments matter most
        person = loan.person
        self.title.setText(tr("Khế ước số {number:02d} — {name}").format(
            number=loan.number, name=person.full_name))
        what = form_text(loan)
        if loan.form == "in_kind" and loan.quantity is not None:
            what += tr(", {quantity} {unit} × {value} đ").format(
                quantity=quantity_text(loan.quantity), unit=loan.unit,
                value=format_number(loan.unit_value or 0))
        purpose = label("loan_purpose", loan.purpose)
        if loan.purpose_note:
            purpose += f" ({loan.purpose_note})"
        guarantor = loan.guarantor.full_name if loan.guarantor_id else loan.guarantor_name
        lines = [
            tr("{what}. Số tiền vay: <b>{amount} đ</b>. Mục đích: {purpose}.").format(
                what=what, amount=format_number(loan.principal), purpose=purpose),
            tr("Vay ngày {date}, thời hạn {term} tháng, lãi suất {rate}, {method}; {plan}.")
            .format(date=format_date(loan.disbursed_on), term=loan.term_months,
                    rate=rate_text(loan.rate_bp),
                    method=label("interest_method", loan.interest_method).lower(),
                    plan=label("repayment_plan", loan.repayment_plan).lower()),
        ]
        if guarantor:
            lines.append(tr("Người bảo lãnh: {name}.").format(name=guarantor))
        self.terms.setText("<br>".join(lines))
        self.state.setText(self._state_text(row, on))
        self.outcome.setText(self._outcome_text(loan))
        self.outcome.setVisible(bool(self.outcome.text()))
        # bring the first instalment not yet paid into view (once the labels above have
        # their final height, or the view's size changes under the scroll)
        first_open = next((i for i, x in enumerate(schedule)
                           if marks.get(x.seq, ("",))[0] != "paid"), None)
        if first_open is not None:
            index = self.schedule.index(first_open, 0)
            top = QTableView.ScrollHint.PositionAtTop
            self.schedule_view.scrollTo(index, top)
            # again once the window has laid out the labels above: the view's height changes
            QTimer.singleShot(0, lambda: isValid(self.schedule_view)
                              and self.schedule_view.scrollTo(index, top))

    def _state_text(self, row, on: dt.date) -> str:
        if row is None:
            return tr("Khoản vay có ngày vay sau ngày {date}.").format(date=format_date(on))
        background, colour = STATUS_COLOURS.get(row.status, ("#eeeeee", "#333333"))
        badge = (f"<span style='background:{background}; color:{colour};'>&nbsp;"
                 f"{label('loan_status', row.status)}&nbsp;</span>")
        parts = [badge]
        if row.status == "written_off":
            parts.append(tr("Số nợ đã xóa: <b>{amount} đ</b>").format(
                amount=format_number(row.outstanding)))
        else:
            parts.append(tr("Dư nợ: <b>{amount} đ</b>").format(
                amount=format_number(row.outstanding)))
        parts.append(tr("Đã trả gốc {principal} đ, lãi {interest} đ").format(
            principal=format_number(row.paid_principal),
            interest=format_number(row.paid_interest)))
        if row.days_late:
            parts.append("<span style='color:#8b1a1a;'><b>" + tr(
                "Quá hạn {days} ngày: còn thiếu {amount} đ").format(
                days=row.days_late,
                amount=format_number(row.due_principal + row.due_interest)) + "</b></span>")
        if row.next_due_on is not None:
            parts.append(tr("Kỳ tới: {date}, {amount} đ").format(
                date=format_date(row.next_due_on), amount=format_number(row.next_due_amount)))
        if row.closed_on is not None:
            parts.append(tr("Kết thúc ngày {date}").format(date=format_date(row.closed_on)))
        return " · ".join(parts)

    def _outcome_text(self, loan) -> str:
        parts = []
        if loan.status == "written_off" and loan.write_off_decision:
            parts.append(tr("Xóa nợ theo {decision}.").format(decision=loan.write_off_decision))
        if loan.income_improved is not None:
            parts.append(tr("Kết quả: thu nhập có cải thiện.") if loan.income_improved
                         else tr("Kết quả: thu nhập chưa cải thiện."))
        if loan.close_note:
            parts.append(loan.close_note)
        return " ".join(parts)


def percent(value: float | None) -> str:
    """0.5 -> '50,0%'; None (nothing to divide by) -> '—'."""
    if value is None:
        return "—"
    return numbers.percent_text(value * 100)


class LoanFiguresPanel(QFrame):
    """The figures the office reads for a period: for the chosen club, or the commune's
    total when every club is shown. Built off the GUI thread (run_task)."""

    CARDS = ("borrowers", "outstanding", "par30", "repayment", "income", "disbursed")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loanFigures")
        self.setStyleSheet("QFrame#loanFigures { background: #f4f7fa; border: 1px solid #d5dde5;"
                           " border-radius: 4px; }")
        self.figures = None  # the LoanFigures shown
        self._generation = 0
        self._scope: tuple[int | None, int | None] = (None, None)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.start_edit = DateEdit()
        self.end_edit = DateEdit()
        self.error = ErrorLabel()
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        captions = {
            "borrowers": tr("Thành viên đã vay"),
            "outstanding": tr("Dư nợ cuối kỳ"),
            "par30": tr("Nợ quá hạn trên 30 ngày"),
            "repayment": tr("Tỷ lệ trả nợ đúng hạn"),
            "income": tr("Thu nhập cải thiện"),
            "disbursed": tr("Cho vay trong kỳ"),
        }
        # the cards wrap onto a second line on a narrow screen instead of widening the window
        cards = QWidget()
        cards_flow = FlowLayout(cards, spacing=16)
        for key in self.CARDS:
            holder = QWidget()
            card = QVBoxLayout(holder)
            card.setContentsMargins(0, 0, 0, 0)
            card.setSpacing(0)
            caption = QLabel(captions[key])
            caption.setStyleSheet("color: #555;")
            value = QLabel("—")
            value.setStyleSheet("font-size: 13pt; font-weight: bold;")
            note = QLabel()
            note.setStyleSheet("color: #555;")
            for widget in (caption, value, note):
                card.addWidget(widget)
            self.captions[key], self.values[key], self.notes[key] = caption, value, note
            cards_flow.addWidget(holder)
        period = QHBoxLayout()
        period.addWidget(self.title)
        period.addStretch(1)
        period.addWidget(flow_row(labelled(tr("Từ ngày"), self.start_edit),
                                  labelled(tr("đến ngày"), self.end_edit)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(period)
        layout.addWidget(cards)
        layout.addWidget(self.error)
        self.start_edit.editingFinished.connect(self.refresh)
        self.end_edit.editingFinished.connect(self.refresh)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.set_date(start)
        self.end_edit.set_date(end)

    def show_figures(self, club_id: int | None, ward_code: int | None) -> None:
        """The club's figures, or the commune's total when club_id is None."""
        self._scope = (club_id, ward_code)
        self.title.setText(tr("Chỉ số cho vay của CLB") if club_id is not None
                           else tr("Chỉ số cho vay toàn xã/phường"))
        self.refresh()

    def refresh(self) -> None:
        from models.loans import loan_figures

        club_id, ward_code = self._scope
        try:
            start, end = self.start_edit.date(), self.end_edit.date()
        except ValueError:
            field = "date_from" if not self.start_edit.is_valid() else "date_to"
            edit = self.start_edit if field == "date_from" else self.end_edit
            self.error.show_problems([Problem(field, "bad_date", {"value": edit.text()})])
            return
        self._generation += 1
        generation = self._generation
        if club_id is not None:
            fn, args = loan_figures.club_figures, (club_id, start, end)
        elif ward_code is not None:
            fn, args = loan_figures.commune_figures, (ward_code, start, end)
        else:
            return
        run_task(fn, *args, on_done=lambda result: self._done(result, generation),
                 on_error=lambda exc, _tb: self._failed(exc, generation), parent=self)

    def _done(self, result, generation: int) -> None:
        if generation != self._generation:
            return
        self.error.hide()
        total = getattr(result, "total", result)  # a commune's figures carry their total
        f = total.loans
        self.figures = f
        self.values["borrowers"].setText(percent(f.borrower_share))
        self.notes["borrowers"].setText(tr("{n} trong {total} thành viên").format(
            n=f.borrowers, total=f.members))
        self.values["outstanding"].setText(tr("{amount} đ").format(
            amount=format_number(f.outstanding_amount)))
        self.notes["outstanding"].setText(tr("{n} khoản đang vay").format(n=f.loans_outstanding))
        self.values["par30"].setText(percent(f.par30_ratio))
        self.notes["par30"].setText(tr("{amount} đ dư nợ").format(
            amount=format_number(f.par30_amount)))
        self.values["par30"].setStyleSheet(
            "font-size: 13pt; font-weight: bold;"
            + (" color: #8b1a1a;" if f.par30_ratio and f.par30_ratio > 0.05 else ""))
        self.values["repayment"].setText(percent(f.repayment_rate))
        self.notes["repayment"].setText(tr("đã thu {got} / {due} đ đến hạn").format(
            got=format_number(f.repayment_collected), due=format_number(f.repayment_due)))
        self.values["income"].setText(percent(f.income_improved_share))
        self.notes["income"].setText(tr("{n} trong {total} khoản đã kết thúc").format(
            n=f.income_improved, total=f.closed_with_outcome))
        self.values["disbursed"].setText(tr("{amount} đ").format(
            amount=format_number(f.disbursed_amount)))
        self.notes["disbursed"].setText(tr("{n} khoản").format(n=f.disbursed))

    def _failed(self, error: Exception, generation: int) -> None:
        if generation != self._generation:
            return
        problems = getattr(error, "problems", None)
        if problems:
            self.error.show_problems(problems)
        else:
            self.error.setText(str(error))
            self.error.show()


def show_contract(parent: QWidget, loan_id: int, number: int, name: str) -> QDialog:
    """The loan contract in the preview (print or save from there)."""
    from models.funds import fund_papers
    from ui.widgets.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog.build(
        parent, tr("Khế ước vay số {number:02d} — {name}").format(number=number, name=name),
        fund_papers.loan_contract_pdf, loan_id, file_name=f"khe-uoc-vay-{number:02d}.pdf")
    show = getattr(parent, "_show", None)
    if show is not None:
        show(dialog)
    else:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    return dialog


def error_text(error: Exception) -> str:
    """A refusal as the clerk reads it: each problem with its field, or the access rule."""
    text = refusal_text(error)
    return str(error) if text is None else text


def show_member_loans(widget: QWidget, person_id: int, name: str) -> bool:
    """Open the loans page on a member's loan history (for other pages' menus)."""
    show_page = getattr(widget.window(), "show_page", None)
    if show_page is None:
        return False
    show_page("loans").show_member(person_id, name)
    return True
