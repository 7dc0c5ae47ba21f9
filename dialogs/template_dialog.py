"""Edit a supervision checklist template: its name, groups and items (text, weight, required).
A template a visit used is never changed: saving writes a new version, and the dialog says so
before the supervisor saves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.supervision import templates
from ui.context import AppContext, Change
from ui.supervision_models import GroupRow, GroupsModel, ItemRow, ItemsModel
from ui.table_model import row_view
from ui.widgets.fields import with_error
from ui.widgets.form_dialog import FormDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateDialog", text)


def table(model, parent: QWidget) -> QTableView:
    view = row_view(model, parent)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class TemplateDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 ward_code: int | None = None) -> None:
        super().__init__(context, parent, title=tr("Mẫu bảng kiểm giám sát"),
                         fields=("name", "items", "template"), width=1000)
        self.ward_code = ward_code
        self.template = None  # what saving returned
        self.new_version = False

        self.template_combo = QComboBox()
        current = templates.template_for_ward(ward_code) if ward_code else None
        for t in templates.templates():
            self.template_combo.addItem(tr("{name} (phiên bản {version})").format(
                name=t.name, version=t.version), t.id)
        if current is not None:
            self.template_combo.setCurrentIndex(
                max(0, self.template_combo.findData(current.id)))
        self.name_edit = QLineEdit()
        self.as_new = QCheckBox(tr("Lưu thành mẫu mới (đặt tên khác)"))
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet("color: #8a5a00;")

        self.groups = GroupsModel(self)
        self.group_view = table(self.groups, self)
        self.group_view.setColumnWidth(1, 60)
        self.items = ItemsModel(self)
        self.item_view = table(self.items, self)
        self.item_view.setColumnWidth(1, 80)
        self.item_view.setColumnWidth(2, 80)
        self.item_view.setColumnWidth(3, 130)
        self.add_group = QPushButton(tr("Thêm nhóm"))
        self.remove_group = QPushButton(tr("Bỏ nhóm"))
        self.add_item = QPushButton(tr("Thêm mục"))
        self.remove_item = QPushButton(tr("Bỏ mục"))

        form = QFormLayout()
        form.addRow(tr("Mẫu:"), self.template_combo)
        form.addRow(tr("Tên mẫu:"), with_error(self.name_edit, self.errors["name"]))
        form.addRow("", self.as_new)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Nhóm nội dung")))
        left.addWidget(self.group_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_group)
        row.addWidget(self.remove_group)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Các mục của nhóm đang chọn")))
        right.addWidget(self.item_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_item)
        row.addWidget(self.remove_item)
        row.addStretch(1)
        right.addLayout(row)
        tables.addLayout(left, 2)
        tables.addLayout(right, 5)
        box = QWidget()
        box.setLayout(tables)
        box.setMinimumHeight(380)
        self.lay_out(form, tr("Lưu mẫu"), below=[self.version_note, box, self.errors["items"],
                                                 self.errors["template"]])

        self.template_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.group_view.selectionModel().selectionChanged.connect(self._group_chosen)
        self.add_group.clicked.connect(self._add_group)
        self.remove_group.clicked.connect(self._remove_group)
        self.add_item.clicked.connect(self._add_item)
        self.remove_item.clicked.connect(
            lambda: self._refresh_count(self.items.remove(self.item_view.currentIndex().row())))
        self.items.dataChanged.connect(lambda *_a: self._refresh_count())
        self.as_new.toggled.connect(lambda _c: self._say_version())
        self.load()

    def template_id(self) -> int | None:
        return self.template_combo.currentData()

    def load(self) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        template = templates.get_template(template_id)
        self.name_edit.setText(template.name)
        self.groups.set_rows([
            GroupRow(g.title, [ItemRow(i.text, i.weight, i.required, i.hint) for i in items])
            for g, items in templates.groups_of(template_id)])
        self._used = templates.visit_count(template_id)
        self._version = template.version
        self._default = template.scope == ""
        self._say_version()
        if self.groups.rows:
            self.group_view.selectRow(0)
        else:
            self.items.show_group(None)

    def _say_version(self) -> None:
        if self.as_new.isChecked():
            text = tr("Lưu sẽ tạo một mẫu mới (phiên bản 1) với tên đã đặt.")
        elif self._default:
            text = tr("Đây là mẫu chung của chương trình: lưu sẽ tạo mẫu riêng của đơn vị.")
        elif self._used:
            text = tr("Mẫu này (phiên bản {v}) đã được dùng trong {n} buổi giám sát: lưu sẽ tạo "
                      "phiên bản mới ({next}); các buổi đã ghi vẫn giữ phiên bản cũ.").format(
                v=self._version, n=self._used, next=self._version + 1)
        else:
            text = tr("Mẫu này chưa được dùng trong buổi giám sát nào: sửa trực tiếp.")
        self.version_note.setText(text)

    def _group_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.group_view.selectionModel().selectedRows()
        self.items.show_group(self.groups.rows[rows[0].row()] if rows else None)

    def _refresh_count(self, _ignored=None) -> None:
        if self.groups.rows:
            self.groups.dataChanged.emit(self.groups.index(0, 1),
                                         self.groups.index(len(self.groups.rows) - 1, 1))

    def _add_group(self) -> None:
        row = self.groups.add()
        self.group_view.selectRow(row)
        self.group_view.edit(self.groups.index(row, 0))

    def _remove_group(self) -> None:
        self.groups.remove(self.group_view.currentIndex().row())
        self._group_chosen(QItemSelection(), QItemSelection())

    def _add_item(self) -> None:
        if not self.group_view.selectionModel().selectedRows():
            return
        row = self.items.add()
        self._refresh_count()
        self.item_view.edit(self.items.index(row, 0))

    def build_input(self) -> templates.TemplateInput:
        return templates.TemplateInput(
            self.name_edit.text(),
            [templates.GroupInput(g.title, [templates.ItemInput(i.text, i.weight, i.required,
                                                                i.hint) for i in g.items])
             for g in self.groups.rows],
            ward_code=self.ward_code)

    def accept(self) -> None:
        inp = self.build_input()
        old = self.template_id()
        if self.as_new.isChecked() or old is None:
            call = lambda: templates.create_template(inp)  # noqa: E731
        else:
            call = lambda: templates.edit_template(old, inp)  # noqa: E731
        self.save(call, Change.SUPERVISION)

    def saved(self, value) -> None:
        self.template = value
        self.new_version = value.id != self.template_id() and value.version > 1
