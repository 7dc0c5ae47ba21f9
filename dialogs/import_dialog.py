"""Import members of a club from an Excel file made on the template.

The file is checked in the background first; the clerk sees every problem (row, column,
reason) or the rows that will go in, and only then imports them all in one go.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.clubs.club_reads import group_choices
from models.clubs.clubs import get_club
from models.errors import Problem
from models.members.member_export import write_member_template
from models.members.member_import import ImportResult, import_members
from models.members.members import MemberInput
from models.office.admin_units import villages_of
from models.text import legacy_vn
from ui.context import AppContext, Change
from ui.messages import field_label, label, problem_text
from ui.service import refusal_text
from ui.tasks import run_task

_RED, _GREEN, _AMBER = "#b00020", "#1b5e20", "#8a5300"


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def _check_file(path: str, club_id: int, allow_possible_duplicates: bool,
                progress=None) -> ImportResult:
    """Runs on the thread pool: the dry run that finds every problem."""
    return import_members(path, club_id, dry_run=True,
                          allow_possible_duplicates=allow_possible_duplicates, progress=progress)


class PreviewModel(QAbstractTableModel):
    """Either the problems of a file (row, column, reason) or the rows ready to import."""

    def __init__(self, villages: dict[int, str], groups: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._villages, self._groups = villages, groups
        self._problems: list[Problem] = []
        self._rows: list[tuple[int, MemberInput]] = []
        self._headers: list[str] = []

    def show_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems, self._rows = list(problems), []
        self._headers = [tr("Dòng"), tr("Cột"), tr("Lý do")]
        self.endResetModel()

    def show_rows(self, rows: list[tuple[int, MemberInput]]) -> None:
        self.beginResetModel()
        self._problems, self._rows = [], list(rows)
        self._headers = [tr("Dòng"), tr("Họ và tên"), tr("Giới tính"), tr("Năm sinh"),
                         tr("Dân tộc"), tr("Thôn/tổ dân phố"), tr("Hoàn cảnh hộ"),
                         tr("Tổ/nhóm"), tr("Số CCCD")]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._problems, self._rows, self._headers = [], [], []
        self.endResetModel()

    @property
    def showing_problems(self) -> bool:
        return bool(self._problems)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems) + len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if self._problems:
            return self._problem_cell(self._problems[index.row()], index.column())
        excel_row, inp = self._rows[index.row()]
        return self._row_cell(excel_row, inp, index.column())

    @staticmethod
    def _problem_cell(p: Problem, column: int) -> str:
        if column == 0:
            return str(p.row) if p.row is not None else ""
        if column == 1:
            return p.column or field_label(p.field)
        return problem_text(p, with_field=False)

    def _row_cell(self, excel_row: int, inp: MemberInput, column: int) -> str:
        values = (
            str(excel_row), inp.full_name, label("gender", inp.gender),
            str(inp.birth_year or ""), inp.ethnicity,
            self._villages.get(inp.village_id, "") if inp.village_id else "",
            label("household_status", inp.household_status),
            self._groups.get(inp.group_id, "") if inp.group_id else "", inp.id_number,
        )
        return values[column]


class ImportDialog(QDialog):
    """Import members into one club. `imported` holds how many went in (0 if none)."""

    def __init__(self, context: AppContext, club_id: int, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.context = context
        self.club = get_club(club_id)
        self.path = ""
        self.outcome: ImportResult | None = None
        self.imported = 0
        self._running = False
        self.setWindowTitle(tr("Nhập thành viên từ tệp Excel"))
        self.setMinimumSize(820, 540)

        club_label = QLabel(tr("Câu lạc bộ: <b>{code} — {name}</b>").format(
            code=self.club.code, name=self.club.name))
        intro = QLabel(tr("Chọn tệp Excel theo mẫu của chương trình. Cả tệp được kiểm tra "
                          "trước; nếu còn lỗi thì chưa nhập dòng nào."))
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("Chưa chọn tệp"))
        self.choose_button = QPushButton(tr("Chọn tệp…"))
        self.recheck_button = QPushButton(tr("Kiểm tra lại"))
        self.recheck_button.setToolTip(tr("Đọc lại tệp sau khi đã sửa trong Excel"))
        self.recheck_button.setEnabled(False)
        self.template_button = QPushButton(tr("Lưu tệp mẫu…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        for button in (self.choose_button, self.recheck_button, self.template_button):
            file_row.addWidget(button)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(180)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the status text does not jump around
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        villages = {v.id: v.name for v in villages_of(self.club.ward_code, include_closed=True)}
        groups = dict(group_choices(club_id))
        self.model = PreviewModel(villages, groups, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)

        self.allow_check = QCheckBox(tr("Vẫn nhập những người có thể trùng (đã xem kỹ, đúng là "
                                        "người khác)"))
        self.allow_check.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(tr("Nhập dữ liệu"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(tr("Đóng"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(club_label)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        layout.addLayout(status_row)
        # Says when cells typed in TCVN3 or VNI were converted (the table shows the result).
        self.legacy_note = QLabel()
        self.legacy_note.setObjectName("legacyNote")
        self.legacy_note.setWordWrap(True)
        self.legacy_note.setStyleSheet("color: #1f4e79;")
        self.legacy_note.hide()
        layout.addWidget(self.legacy_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.allow_check)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button.clicked.connect(self.check)
        self.template_button.clicked.connect(self.save_template)
        self.allow_check.toggled.connect(lambda _on: self.check())
        self.import_button.clicked.connect(self.do_import)
        self.close_button.clicked.connect(self._close)

    # --- Steps ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = os.path.dirname(self.path) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Chọn tệp danh sách thành viên"), start,
                                              tr("Tệp Excel (*.xlsx)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """Choose the file to import and check it."""
        self.path = path
        self.file_edit.setText(path)
        self.allow_check.blockSignals(True)
        self.allow_check.setChecked(False)
        self.allow_check.blockSignals(False)
        self.check()

    def check(self) -> None:
        """Read and check the whole file in the background; nothing is written."""
        if not self.path:
            return
        self._busy(tr("Đang kiểm tra tệp…"))
        run_task(_check_file, self.path, self.club.id, self.allow_check.isChecked(),
                              on_done=self._checked, on_error=self._failed,
                              on_progress=self._progressed, parent=self)

    def do_import(self) -> None:
        """Write every row in one transaction (the service checks the file again first)."""
        if self.outcome is None or not self.outcome.ok:
            return
        self._busy(tr("Đang nhập dữ liệu…"))
        run_task(import_members, self.path, self.club.id,
                              allow_possible_duplicates=self.allow_check.isChecked(),
                              on_done=self._imported, on_error=self._failed,
                              on_progress=self._progressed, parent=self)

    def save_template(self) -> None:
        default = f"Mau_danh_sach_thanh_vien_{self.club.code}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, tr("Lưu tệp mẫu"), default,
                                              tr("Tệp Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._busy(tr("Đang tạo tệp mẫu…"))
        run_task(write_member_template, path, self.club.ward_code, self.club.id, force=True,
                              on_done=lambda _r: self._template_saved(path),
                              on_error=self._failed, parent=self)

    # --- Results -------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        for w in (self.choose_button, self.recheck_button, self.template_button,
                  self.import_button, self.allow_check):
            w.setEnabled(False)
        self._running = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(text, "")

    def _idle(self) -> None:
        self.progress.hide()
        self._running = False
        for w in (self.choose_button, self.template_button, self.allow_check):
            w.setEnabled(True)
        self.recheck_button.setEnabled(bool(self.path))
        self.import_button.setEnabled(self.outcome is not None and self.outcome.ok
                                      and not self.imported)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _say(self, text: str, color: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};" if color else "")

    def _checked(self, result: ImportResult) -> None:
        self.outcome = result
        self.imported = 0
        self._show_result(result)
        self._idle()

    def _show_result(self, result: ImportResult) -> None:
        self.allow_check.setVisible(result.only_possible_duplicates
                                    or self.allow_check.isChecked())
        if result.ok:
            self.model.show_rows(result.rows)
            self._say(tr("Tệp hợp lệ: {n} thành viên sẵn sàng nhập vào CLB {code}. Bấm «Nhập "
                         "dữ liệu» để nhập.").format(n=len(result.rows), code=self.club.code),
                      _GREEN)
        elif result.only_possible_duplicates:
            self.model.show_problems(result.problems)
            self._say(tr("Có {n} người có thể đã có trong dữ liệu hoặc trùng nhau trong tệp. "
                         "Nếu đúng là người khác, đánh dấu ô «Vẫn nhập…» ở dưới.").format(
                n=len(result.problems)), _AMBER)
        else:
            self.model.show_problems(result.problems)
            self._say(tr("Tệp có {n} lỗi nên chưa nhập dòng nào. Sửa tệp theo danh sách dưới "
                         "đây, lưu lại rồi bấm «Kiểm tra lại».").format(n=len(result.problems)),
                      _RED)
        self.legacy_note.setVisible(bool(result.converted))
        if result.converted:
            # The rows below show the converted text: the clerk reads it before importing.
            names = ", ".join(legacy_vn.ENCODING_NAMES[e] for e in result.encodings)
            self.legacy_note.setText(tr(
                "{n} ô gõ theo bảng mã cũ {names} đã được chuyển sang Unicode; bảng dưới đây "
                "là chữ sau khi chuyển, hãy đọc lại trước khi nhập.").format(
                    n=len(result.converted), names=names))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount() - 1):  # the last one takes what is left
            header.resizeSection(col, min(header.sectionSize(col) + 12, 280))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeRowsToContents()

    def _imported(self, result: ImportResult) -> None:
        self.outcome = result
        if result.imported:
            self.imported = result.imported
            self.model.show_rows(result.rows)
            self._say(tr("Đã nhập {n} thành viên vào CLB {code}.").format(
                n=result.imported, code=self.club.code), _GREEN)
            self.allow_check.hide()
            self.context.announce(Change.MEMBER)
        else:  # the data changed since the check: show what is wrong now
            self._show_result(result)
        self._idle()

    def _template_saved(self, path: str) -> None:
        self._idle()
        self._say(tr("Đã lưu tệp mẫu: {path}").format(path=path), _GREEN)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self._idle()
        if isinstance(exc, OSError):
            text = tr("Không ghi hoặc đọc được tệp: {reason}").format(
                reason=exc.strerror or exc)
        elif (refused := refusal_text(exc)) is not None:
            text = refused
        else:
            text = tr("Có lỗi khi xử lý tệp, chưa nhập gì: {error}").format(error=exc)
        self._say(text, _RED)

    def _close(self) -> None:
        if self._running:  # an import cannot stop half-way: wait for its end
            self._say(tr("Đang xử lý tệp, xin đợi một chút rồi đóng."), _AMBER)
            return
        self.done(QDialog.DialogCode.Accepted if self.imported else QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Esc and the window's close button
        self._close()
