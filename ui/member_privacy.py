"""Personal data actions of the members page: the register's context menu (export a member's
own data, print the consent form, anonymise a former member) and the "full values" choice of
the Excel export. The rules live in models/privacy/privacy.py; this only asks and reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMenu, QMessageBox

from models.accounts import access
from models.members.register import RegisterRow
from models.privacy import privacy
from models.storage import backup
from ui import service
from ui.context import Change
from ui.messages import problem_text
from ui.tasks import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberPrivacy", text)


def anonymise_question(name: str, left_on: str) -> str:
    """The confirmation text: what will be erased, what is kept, that it cannot be undone."""
    return tr(
        "Ẩn danh hóa {name} (ra khỏi CLB ngày {left})?\n\n"
        "Sẽ xóa hẳn: họ và tên (thay bằng «Thành viên đã ẩn danh» kèm một số), số CCCD, "
        "điện thoại, ngày sinh (giữ năm sinh), ghi chú, thôn/tổ dân phố, nội dung đồng ý, ghi "
        "chú khi ra khỏi CLB — cả trong nhật ký thay đổi trước đây.\n\n"
        "Giữ lại: giới tính, năm sinh, dân tộc, hoàn cảnh hộ, các lần sinh hoạt CLB, chức vụ, "
        "phiếu thu chi và khoản vay, nên mọi số liệu tổng hợp không đổi. Văn bản đã ban hành "
        "được lưu trữ nguyên như đã ký.\n\n"
        "Việc này không hoàn tác được.").format(name=name, left=left_on)


class MemberPrivacy:
    """Attached to a MembersPage; tests replace `_save_path`, `_confirm` and the page's
    `_inform` to drive it without dialogs."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.unmasked_check = QCheckBox(tr("Xuất đầy đủ số CCCD và tình trạng hộ"))
        self.unmasked_check.setToolTip(tr(
            "Không đánh dấu: số CCCD chỉ còn 4 số cuối, hoàn cảnh hộ, khuyết tật, trợ cấp, "
            "chính sách, ghi chú được che. Đánh dấu: xuất đầy đủ và ghi vào nhật ký."))
        self.refresh_rights()
        view = page.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)

    def refresh_rights(self) -> None:
        """Only a user who may see sensitive values may choose to export them."""
        allowed = access.can_see_sensitive(self.page.context.office.ward_code)
        self.unmasked_check.setVisible(allowed)
        if not allowed:
            self.unmasked_check.setChecked(False)

    def unmasked(self) -> bool:
        return self.unmasked_check.isVisible() and self.unmasked_check.isChecked()

    # context menu -----------------------------------------------------------------------------

    def menu_for(self, row: RegisterRow | None) -> QMenu:
        """The register's context menu for a row (built fresh: rights and row may change)."""
        menu = QMenu(self.page)
        ward = self.page.context.office.ward_code
        sensitive = row is not None and access.can_see_sensitive(ward)
        loans = menu.addAction(tr("Các khoản vay của thành viên…"))
        loans.setEnabled(row is not None)
        loans.triggered.connect(lambda: self.show_loans(row))
        menu.addSeparator()
        export = menu.addAction(tr("Xuất dữ liệu của thành viên…"))
        export.setEnabled(sensitive)
        export.triggered.connect(lambda: self.export_member_data(row))
        consent = menu.addAction(tr("In giấy đồng ý xử lý dữ liệu…"))
        consent.setEnabled(sensitive)
        consent.triggered.connect(lambda: self.print_consent(row))
        menu.addSeparator()
        erase = menu.addAction(tr("Ẩn danh hóa…"))
        erase.setEnabled(sensitive and row.left_on is not None and access.can("write", ward))
        erase.setToolTip(tr("Chỉ với người đã ra khỏi CLB đủ thời gian lưu giữ"))
        erase.triggered.connect(lambda: self.anonymise(row))
        return menu

    def show_menu(self, pos: QPoint) -> None:
        index = self.page.view.indexAt(pos)
        if not index.isValid():
            return
        self.page.view.selectRow(index.row())
        self.menu_for(self.page.selected_row()).exec(
            self.page.view.viewport().mapToGlobal(pos))

    # actions ----------------------------------------------------------------------------------

    def show_loans(self, row: RegisterRow | None) -> bool:
        """Open the loans page on this member's loan history."""
        if row is None:
            return False
        from ui.loan_detail import show_member_loans

        return show_member_loans(self.page, row.person_id, row.full_name)

    def _save_path(self, name: str) -> str:
        """Ask where to save the member's data; tests replace this."""
        start = str(Path.home() / name)
        path, _ = QFileDialog.getSaveFileName(self.page, tr("Xuất dữ liệu của thành viên"),
                                              start, tr("Tệp PDF (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _confirm(self, title: str, text: str) -> bool:
        """Ask before an action that cannot be undone; tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.page)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Ẩn danh hóa"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Hủy"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def export_member_data(self, row: RegisterRow | None) -> None:
        if row is None:
            return
        path = self._save_path(tr("Dữ liệu cá nhân - {name}.pdf").format(name=row.full_name))
        if not path:
            return
        run_task(privacy.export_member_record, row.person_id, path, force=True,
                 on_done=lambda paths: self.page._inform(
                     tr("Đã xuất dữ liệu của thành viên"),
                     tr("Đã ghi dữ liệu của {name} ra hai tệp:\n{pdf}\n{json}\n\nTệp PDF để "
                        "thành viên đọc, tệp JSON để máy đọc.").format(
                         name=row.full_name, pdf=paths[0], json=paths[1])),
                 on_error=lambda exc, _tb: self.page._file_failed(exc, path), parent=self.page)

    def print_consent(self, row: RegisterRow | None) -> Any:
        from models.papers import papers_extra
        from ui.widgets.pdf_preview import PdfPreviewDialog

        if row is None:
            return None
        preview = PdfPreviewDialog.build(
            self.page, tr("Giấy đồng ý xử lý dữ liệu cá nhân"), papers_extra.member_paper,
            "consent", row.person_id,
            file_name=f"{papers_extra.PAPERS['consent'].file_stem}-{row.person_id}.pdf")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    def anonymise(self, row: RegisterRow | None) -> bool:
        """Check, say what will be erased and kept, then anonymise. True when done."""
        from models.text.vietnamese import format_date

        if row is None:
            return False
        _, problems = privacy.anonymise_check(row.person_id, self.page.today())
        title = tr("Ẩn danh hóa")
        if problems:
            self.page._inform(title, tr("Chưa ẩn danh hóa được {name}:\n{reasons}").format(
                name=row.full_name,
                reasons="\n".join(f"- {problem_text(p, with_field=False)}"
                                  for p in problems.problems)), warning=True)
            return False
        if not self._confirm(title, anonymise_question(row.full_name,
                                                       format_date(row.left_on))):
            return False
        # A problem here means the person changed meanwhile (rejoined, took a new loan).
        done = service.call(
            self.page, lambda: privacy.anonymise(row.person_id, today=self.page.today()),
            context=self.page.context, changes=Change.MEMBER,
            problems=lambda found: found and self.page._inform(
                title, "\n".join(problem_text(p) for p in found), warning=True),
            say=lambda text: self.page._inform(title, text, warning=True))
        if not done:
            return False
        person = done.value
        # the older backups must not keep what was just erased (off the screen's thread)
        run_task(backup.scrub_backups, parent=self.page)
        self.page._inform(title, tr("Đã ẩn danh hóa. Người này nay ghi là «{name}».").format(
            name=person.full_name))
        return True
