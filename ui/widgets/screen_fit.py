"""Windows that fit the clerk's screen and a keyboard that is never trapped.

One application-wide event filter (`install`) does, for every window of the program:

- a dialog that would open larger than the screen's free area (a 1366×768 laptop with its
  taskbar, or 125–150 % scaling) gets its form in a scroll area, Save and Cancel staying in
  view, and opens inside the free area;
- splitters and table columns come back as the clerk left them (QSettings, by the object
  names of the window and the widget);
- every button and field label gets an Alt+letter, unique in the window (ui/widgets/mnemonics);
- tables and lists let Tab move on to the next widget (arrows move inside them), multi-line
  fields let Tab move on, and a view with focus shows it with a coloured frame.

Doing it here rather than in each of the forty dialogs keeps every dialog, including the
ones written later, inside the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ui.widgets.mnemonics import mark_window

# A view with the keyboard focus shows it; the navigation list's own style adds its colour.
# The same frame width either way, so nothing moves when the focus comes and goes.
FOCUS_STYLE = (
    "QTableView, QTreeView { border: 1px solid #b4b4b4; padding: 1px; }"
    "QTableView:focus, QTreeView:focus { border: 2px solid #1f6f8b; padding: 0px; }"
)
# Room kept for the title bar and frame a window manager adds around a dialog.
FRAME_ALLOWANCE = 40
SETTINGS_PREFIX = "layout"


def available_area(widget: QWidget | None = None):
    """The free part of the screen a widget is on (or the primary screen): QRect."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def wrap_in_scroll(container: QWidget) -> QScrollArea | None:
    """Move the layout of `container` into a scroll area; a QDialogButtonBox at its end stays
    outside so Save and Cancel are always in view. None when there is no layout."""
    layout = container.layout()
    if layout is None or container.property("ishcScrolled"):
        return None
    buttons = None
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    if last is not None and isinstance(last.widget(), QDialogButtonBox):
        buttons = last.widget()
        layout.removeWidget(buttons)
    body = QWidget()
    body.setLayout(layout)  # takes the layout (and its widgets) from the container
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(container)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        box = QVBoxLayout()
        box.setContentsMargins(9, 0, 9, 9)
        box.addWidget(buttons)
        outer.addLayout(box)
    container.setProperty("ishcScrolled", True)
    return scroll


def fit_window(window: QWidget, *, move: bool = True) -> None:
    """Keep a top-level window inside the free part of its screen: too large a dialog gets a
    scroll area, then it is shrunk and (with `move`) moved in."""
    area = available_area(window)
    room_w, room_h = area.width(), area.height() - FRAME_ALLOWANCE
    if isinstance(window, QWizard):
        if window.sizeHint().height() > room_h or window.minimumSizeHint().height() > room_h:
            for page_id in window.pageIds():
                wrap_in_scroll(window.page(page_id))
    elif isinstance(window, QDialog):
        needs = window.minimumSizeHint()
        # the size it asks for, not only its minimum: a minimum taken before lines appeared
        # (the amount in words) understates what the form needs
        needs = needs.expandedTo(QSize(needs.width(), window.sizeHint().height()))
        layout = window.layout()
        if needs.height() <= room_h and needs.width() <= room_w and layout is not None \
                and not window.property("ishcScrolled"):
            # A dialog given a minimum width (setMinimumWidth) loses Qt's own minimum height,
            # so lines that appear after it opens (the amount in words, a second line) were
            # squeezed and cut: its layout keeps the dialog at least as large as its content.
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
            wanted = min(window.sizeHint().height(), room_h)
            if window.height() < wanted:
                window.resize(window.width(), wanted)
        elif needs.height() > room_h or needs.width() > room_w:
            scroll = wrap_in_scroll(window)
            if scroll is not None:  # room for the form and its scroll bar, when there is
                wanted = (scroll.widget().minimumSizeHint().width()
                          + scroll.verticalScrollBar().sizeHint().width() + 4)
                if wanted > window.width():
                    window.resize(min(wanted, room_w), window.height())
    if window.minimumWidth() > room_w:
        window.setMinimumWidth(room_w)
    if window.minimumHeight() > room_h:
        window.setMinimumHeight(room_h)
    width = min(window.width(), room_w)
    height = min(window.height(), room_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    if not move:
        return
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def settings_key(widget: QWidget) -> str | None:
    """`layout/<window>/<widget>` from object names, None when the widget has no name."""
    name = widget.objectName()
    top = widget.window()
    if not name or top is None:
        return None
    owner = top.objectName() or type(top).__name__
    return f"{SETTINGS_PREFIX}/{owner}/{name}"


def restore_layout(root: QWidget) -> None:
    """Give the splitters and table headers under `root` their remembered state and remember
    it again when it changes. Unnamed ones are named by their order under `root`, which the
    page's construction keeps the same from one start to the next."""
    for kind in (QSplitter, QAbstractItemView):
        for index, widget in enumerate(root.findChildren(kind)):
            if not widget.objectName():
                widget.setObjectName(f"{root.objectName() or type(root).__name__}"
                                     f"-{kind.__name__}{index}")
    for splitter in root.findChildren(QSplitter):
        key = settings_key(splitter)
        if key is None or splitter.property("ishcRemembered"):
            continue
        splitter.setProperty("ishcRemembered", True)
        state = QSettings().value(key)
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda _p, _i, s=splitter, k=key: QSettings().setValue(k, s.saveState()))
    for view in root.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", lambda: None)()
        key = settings_key(view)
        if header is None or key is None or view.property("ishcRemembered"):
            continue
        view.setProperty("ishcRemembered", True)
        _remember_columns(header, key + "/columns")


def _remember_columns(header: QHeaderView, key: str) -> None:
    widths = QSettings().value(key)
    if isinstance(widths, str) and widths:
        for index, width in enumerate(widths.split(",")):
            mode = header.sectionResizeMode(index) if index < header.count() else None
            if width.isdigit() and mode == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(index, int(width))

    def save(*_args) -> None:
        try:
            if not header.isVisible():  # a window closing resizes its columns too
                return
            widths = ",".join(str(header.sectionSize(i)) for i in range(header.count()))
        except RuntimeError:  # the header went with its window
            return
        QSettings().setValue(key, widths)

    header.sectionResized.connect(save)


def settle_keyboard(widget: QObject) -> None:
    """Tab leaves views and multi-line fields (arrows and Ctrl+Tab still work inside)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
        widget.setTabChangesFocus(True)


class ScreenFit(QObject):
    """The application-wide filter; see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            settle_keyboard(watched)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if isinstance(watched, QDialog) and not watched.property("ishcFitted"):
                watched.setProperty("ishcFitted", True)
                if not isinstance(watched, QMessageBox):  # Qt marks its own buttons
                    mark_window(watched)
                # sized now, before QDialog centres itself; moved in once it is placed
                fit_window(watched, move=False)
                QTimer.singleShot(0, lambda w=watched: _refit(w))
            restore_layout(watched)
        return False


def _refit(window: QWidget) -> None:
    """Once placed, a dialog that overlaps the screen's edge is moved in (not resized)."""
    try:
        if window.isVisible():
            area, frame = available_area(window), window.frameGeometry()
            x = max(area.x(), min(frame.x(), area.right() - frame.width() + 1))
            y = max(area.y(), min(frame.y(), area.bottom() - frame.height() + 1))
            if (x, y) != (frame.x(), frame.y()):
                window.move(x, y)
    except RuntimeError:  # closed and deleted before the timer fired
        pass


def install(app: QApplication) -> None:
    """Install the filter and the focus style once per application."""
    if app.property("ishcScreenFit"):
        return
    app.setProperty("ishcScreenFit", True)
    app.installEventFilter(ScreenFit(app))
    app.setStyleSheet(app.styleSheet() + FOCUS_STYLE)
