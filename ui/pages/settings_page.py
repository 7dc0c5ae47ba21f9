"""Settings: the office, the bodies that issue documents, villages, composition standards and
the language. Every change goes through a service in models/ (ui.service.call), which then
announces Change.SETTINGS (or Change.VILLAGE) to the pages.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogs.office_setup import (
    IssuingBodyForm,
    OfficeForm,
    body_from_row,
    split_body_problems,
    with_error,
)
from models.errors import Problem
from models.office import office_setup, settings
from models.office.unit_reads import ward_by_code
from ui import i18n, service
from ui.context import AppContext, Change
from ui.messages import problem_text
from ui.pages.settings_documents import DocumentSettingsTab
from ui.pages.settings_villages import VillagesTab
from ui.widgets import ErrorLabel

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each named in its own language


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def saved_note() -> QLabel:
    note = QLabel()
    note.setStyleSheet("color: #1b5e20;")
    return note


def button_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


class OfficeTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = OfficeForm()
        self.save_button = QPushButton(tr("Lưu"))
        self.note = saved_note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(button_row(self.note, self.save_button))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.form.set_value(context.office)

    def save(self) -> bool:
        office = self.form.value()
        old = self.context.office.ward_code
        if old is not None and office.ward_code not in (None, old):
            answer = QMessageBox.question(self, tr("Đổi xã/phường"), tr(
                "Đổi xã/phường của cơ quan? CLB, thành viên và thôn/tổ dân phố đã nhập vẫn "
                "thuộc xã/phường cũ."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not service.call(self, lambda: settings.save_office(office),
                            problems=self.form.show_problems):
            self.note.setText("")
            return False
        self.form.show_problems([])
        self.note.setText(tr("Đã lưu."))
        self.context.announce(Change.SETTINGS)
        return True


class BodiesTab(QWidget):
    """One card per issuing body, in the order documents offer them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cards: list[IssuingBodyForm] = []
        self.cards_layout = QVBoxLayout()
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addLayout(self.cards_layout)
        outer.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
        intro = QLabel(tr("Cơ quan đứng tên trên văn bản: tên in ở góc trái, thẩm quyền và "
                          "chức vụ người ký in ở khối chữ ký. Chữ in hoa được tự chuyển."))
        intro.setWordWrap(True)
        self.add_button = QPushButton(tr("Thêm nơi ban hành"))
        self.save_button = QPushButton(tr("Lưu"))
        self.error = ErrorLabel()
        self.note = saved_note()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        row = button_row(self.note, self.save_button)
        row.insertWidget(0, self.add_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(
            lambda: self.reveal(self.add_card(settings.IssuingBodyInput("", ""))))
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        for card in list(self.cards):
            self._drop(card)
        bodies = [body_from_row(b) for b in settings.issuing_bodies()]
        ward_code = self.context.office.ward_code
        ward = ward_by_code(ward_code) if ward_code else None
        if not bodies and ward is not None:
            bodies = office_setup.suggest_bodies(ward)  # offered, saved only with "Lưu"
        for body in bodies:
            self.add_card(body)

    def add_card(self, body: settings.IssuingBodyInput) -> IssuingBodyForm:
        card = IssuingBodyForm(body.code or tr("Nơi ban hành mới"))
        card.set_value(body)
        remove = QPushButton(tr("Bỏ nơi ban hành này"))
        remove.clicked.connect(lambda: self.remove_card(card))
        card.layout().addRow(button_row(remove))
        self.cards.append(card)
        self.cards_layout.addWidget(card)
        card.show()  # now, not through the layout's queued call: reveal() needs its geometry
        return card

    def reveal(self, card: IssuingBodyForm) -> None:
        # Layout requests climb one widget level per round: settle them, then scroll.
        for _ in range(6):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.scroll.ensureWidgetVisible(card, 0, 0)
        card.code_edit.setFocus()

    def remove_card(self, card: IssuingBodyForm, *, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(self, tr("Bỏ nơi ban hành"), tr(
                "Bỏ «{name}» khỏi danh sách? Thay đổi có hiệu lực khi bấm Lưu.").format(
                name=card.value().name or card.value().code)) != QMessageBox.StandardButton.Yes:
            return
        self._drop(card)

    def _drop(self, card: IssuingBodyForm) -> None:
        self.cards.remove(card)
        card.setParent(None)
        card.deleteLater()

    def save(self) -> bool:
        bodies = [card.value() for card in self.cards]
        if not service.call(self, lambda: settings.save_issuing_bodies(bodies),
                            problems=self.show_problems):
            return False
        self.show_problems([])
        self.load()
        self.note.setText(tr("Đã lưu."))
        self.context.announce(Change.SETTINGS)
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        per_card, rest = split_body_problems(problems, len(self.cards))
        for card, mine in zip(self.cards, per_card, strict=True):
            card.show_problems(mine)
        wrong = [card for card, mine in zip(self.cards, per_card, strict=True) if mine]
        if wrong:
            self.reveal(wrong[0])
        self.error.setText("\n".join(problem_text(p) for p in rest))
        self.error.setVisible(bool(rest))
        if problems:
            self.note.setText("")


class StandardsTab(QWidget):
    """Composition standards of a club; a club is judged against them on every page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        names = [f.name for f in fields(settings.Standards)]
        self.spins: dict[str, QSpinBox] = {}
        self.errors = {name: ErrorLabel() for name in names}
        for name in names:
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(0, 999 if name.endswith("members") or name == "home_care_min" else 120)
            if "share" in name:
                spin.setRange(0, 100)
                spin.setSuffix("%")
            spin.setMinimumWidth(90)
            self.spins[name] = spin
        form = QFormLayout()
        form.addRow(tr("Số thành viên của một CLB:"), self._pair("min_members", "max_members"))
        age_hint = tr("Luật Người cao tuổi tính từ đủ 60 tuổi; CLB thường tính từ 55 tuổi.")
        form.addRow(tr("Tuổi tính là người cao tuổi:"),
                    with_error(self._unit("older_age", tr("tuổi trở lên")),
                               self.errors["older_age"], age_hint))
        form.addRow(tr("Tỷ lệ người cao tuổi tối thiểu:"),
                    with_error(self._unit("older_share_min", ""),
                               self.errors["older_share_min"]))
        form.addRow(tr("Tỷ lệ nữ:"), self._pair("women_share_min", "women_share_max"))
        form.addRow(tr("Tỷ lệ hộ nghèo, cận nghèo, khó khăn:"),
                    self._pair("poor_share_min", "poor_share_max"))
        form.addRow(tr("Tình nguyện viên chăm sóc tại nhà, tối thiểu:"),
                    with_error(self._unit("home_care_min", tr("người")),
                               self.errors["home_care_min"]))
        intro = QLabel(tr("Mức chuẩn dùng để đánh giá thành phần CLB trên mọi trang và báo "
                          "cáo. Mặc định theo hướng dẫn mô hình CLB Liên thế hệ tự giúp nhau."))
        intro.setWordWrap(True)
        self.save_button = QPushButton(tr("Lưu"))
        self.defaults_button = QPushButton(tr("Về mức mặc định"))
        self.note = saved_note()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(button_row(self.note, self.defaults_button, self.save_button))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(lambda: self.set_value(settings.Standards()))
        self.set_value(context.standards)

    def _unit(self, name: str, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spins[name])
        if unit:
            row.addWidget(QLabel(unit))
        row.addStretch(1)
        return box

    def _pair(self, low: str, high: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("từ")))
        row.addWidget(self.spins[low])
        row.addWidget(QLabel(tr("đến")))
        row.addWidget(self.spins[high])
        row.addStretch(1)
        errors = QWidget()
        col = QVBoxLayout(errors)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(box)
        col.addWidget(self.errors[low])
        col.addWidget(self.errors[high])
        return errors

    def set_value(self, std: settings.Standards) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(std, name))

    def value(self) -> settings.Standards:
        return settings.Standards(**{name: spin.value() for name, spin in self.spins.items()})

    def save(self) -> bool:
        if not service.call(self, lambda: settings.save_standards(self.value()),
                            problems=self.show_problems):
            self.note.setText("")
            return False
        self.show_problems([])
        self.note.setText(tr("Đã lưu."))
        self.context.announce(Change.SETTINGS)
        return True

    def show_problems(self, problems: list[Problem]) -> None:
        for name, error in self.errors.items():
            error.show_problems([p for p in problems if p.field == name])


class LanguageTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in LANGUAGES:
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(i18n.chosen_language()))
        self.combo.setMinimumWidth(200)
        self.combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.apply_button = QPushButton(tr("Áp dụng"))
        note = QLabel(tr("Cửa sổ mở sau sẽ dùng ngôn ngữ mới; một số chữ chỉ đổi sau khi khởi "
                         "động lại chương trình. Văn bản in luôn bằng tiếng Việt."))
        note.setWordWrap(True)
        self.note = saved_note()
        form = QFormLayout()
        form.addRow(tr("Ngôn ngữ giao diện:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(button_row(self.note, self.apply_button))
        layout.addStretch(1)
        self.apply_button.clicked.connect(self.apply)

    def apply(self) -> str:
        lang = self.combo.currentData()
        QSettings().setValue("ui/language", lang)
        i18n.install(lang)
        self.note.setText(tr("Đã lưu."))
        return lang


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Cài đặt"))
        self.office_tab = OfficeTab(context)
        self.bodies_tab = BodiesTab(context)
        self.villages_tab = VillagesTab(context)
        self.standards_tab = StandardsTab(context)
        self.documents_tab = DocumentSettingsTab(context)
        self.language_tab = LanguageTab()
        from ui.pages.settings_privacy import PrivacyTab

        self.privacy_tab = PrivacyTab()
        from ui.pages.settings_register import RegisterTab

        self.register_tab = RegisterTab(context)
        from ui.pages.settings_money import MoneyTab

        self.money_tab = MoneyTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.office_tab, tr("Cơ quan"))
        self.tabs.addTab(self.bodies_tab, tr("Nơi ban hành văn bản"))
        self.tabs.addTab(self.villages_tab, tr("Thôn/tổ dân phố"))
        self.tabs.addTab(self.standards_tab, tr("Chuẩn thành phần CLB"))
        self.tabs.addTab(self.documents_tab, tr("Trình bày văn bản"))
        self.tabs.addTab(self.register_tab, tr("Căn cứ và sổ văn bản"))
        self.tabs.addTab(self.privacy_tab, tr("Dữ liệu cá nhân"))
        self.tabs.addTab(self.money_tab, tr("Làm tròn tiền"))
        self.tabs.addTab(self.language_tab, tr("Giao diện"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        context.subscribe(self, self._on_changed, Change.SETTINGS, Change.VILLAGE)
        context.subscribe(self.register_tab, lambda _c: self.register_tab.reload(),
                          Change.SETTINGS, Change.DOCUMENT)

    def _on_changed(self, _change: Change) -> None:
        self.villages_tab.reload()
