"""The training page: the year's courses and study visits with their attendee counts, the
share of clubs whose current board has a trained member, and the board members never
trained."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialogs.course_dialog import CourseDialog
from models.accounts import access
from models.training import board_training, training
from ui.activity_models import CoursesModel, UntrainedModel, table
from ui.context import AppContext, Change
from ui.widgets import page_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPage", text)


class TrainingPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.setWindowTitle(tr("Tập huấn"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, self.today().year)
        self.year_spin.setValue(self.today().year)
        self.courses_model = CoursesModel(self)
        self.courses_view = table(self.courses_model)
        self.untrained_model = UntrainedModel(self)
        self.untrained_view = table(self.untrained_model)
        self.share_label = QLabel()
        self.share_label.setObjectName("boardShare")
        self.share_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.share_label.setWordWrap(True)
        self.add_button = QPushButton(tr("Thêm khóa tập huấn…"))

        layout = page_layout(self, tr("Tập huấn và tham quan học tập"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(tr("Năm:")))
        tools.addWidget(self.year_spin)
        tools.addWidget(self.add_button)
        tools.addStretch(1)
        layout.addLayout(tools)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(tr("Các khóa trong năm:")))
        left_box.addWidget(self.courses_view, 1)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.share_label)
        right_box.addWidget(QLabel(tr("Thành viên ban chủ nhiệm chưa từng được tập huấn:")))
        right_box.addWidget(self.untrained_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 440])
        for view, column in ((self.courses_view, 0), (self.untrained_view, 1)):
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(splitter, 1)

        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.add_button.clicked.connect(self.add_course)
        context.subscribe(self, lambda _c: self.refresh(), Change.TRAINING, Change.CLUB,
                          Change.MEMBER)
        self.refresh()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def ward_code(self) -> int | None:
        return self.context.office.ward_code

    def refresh(self) -> None:
        self.courses_model.set_rows(training.courses(self.year_spin.value()))
        found = board_training.board_training(self.today())
        self.share_label.setText(
            tr("{share}% CLB có thành viên ban chủ nhiệm đã được tập huấn ({trained}/{clubs} CLB)")
            .format(share=found.share_percent, trained=found.clubs_trained, clubs=found.clubs))
        self.untrained_model.set_rows(found.untrained)
        self.add_button.setEnabled(self.ward_code() is not None
                                   and access.can("write", self.ward_code()))

    def add_course(self) -> None:
        self.dialog = CourseDialog(self.context, self.ward_code(), self, today=self._today)
        self.dialog.exec()
