"""Run in a fresh interpreter by test_screen_sizes.py: QT_SCALE_FACTOR and the offscreen
screen's size must be set before QApplication exists, so each size is its own process.

    python -m tests.ui.screen_check DB WIDTH HEIGHT SCALE SHOTS_DIR

Opens the window on the demo database DB on a WIDTH×HEIGHT screen (the free area, taskbar
already taken off) at SCALE, visits every page and opens the main dialogs, and prints one
JSON object: the window's sizes, the windows that left the screen, the clipped labels.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path


def configure(width: int, height: int, scale: str, folder: Path) -> None:
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "dpr": 1}]}
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale


def clipped_labels(root) -> list[str]:
    """Visible plain-text labels whose text needs more room than their rectangle has."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QLabel

    found = []
    for label in root.findChildren(QLabel):
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if (not label.isVisibleTo(root) or not text or label.textFormat() == Qt.TextFormat.RichText
                or GuiQt.mightBeRichText(text) or label.pixmap() is not None
                and not label.pixmap().isNull()):
            continue
        rect = label.contentsRect()
        metrics = label.fontMetrics()
        if label.wordWrap():
            bounds = metrics.boundingRect(rect.adjusted(0, 0, 0, 10000),
                                          int(Qt.TextFlag.TextWordWrap), text)
            too_small = bounds.height() > rect.height() + 2
        else:
            too_small = any(metrics.horizontalAdvance(line) > rect.width() + 1
                            for line in text.split("\n"))
            too_small = too_small or metrics.height() * len(text.split("\n")) > rect.height() + 2
        if too_small:
            found.append(f"{type(label.window()).__name__}: {text[:60]!r} "
                         f"({rect.width()}×{rect.height()})")
    return found


def outside(window, area) -> str | None:
    frame = window.frameGeometry()
    if area.adjusted(-1, -1, 1, 1).contains(frame):  # a pixel of rounding at 125 %
        return None
    return f"{type(window).__name__} {frame.x()},{frame.y()} {frame.width()}×{frame.height()}"


def main(db: str, width: int, height: int, scale: str, shots: Path) -> dict:
    configure(width, height, scale, shots)
    from ui.app import make_application

    app = make_application()
    from models.clubs.clubs import all_clubs
    from models.funds.fund_reads import funds_of
    from models.loans import loans
    from models.storage.migrations import open_database
    from ui import i18n, tasks
    from ui.context import AppContext
    from ui.main_window import MainWindow

    open_database(db)
    i18n.install("vi")
    tasks.set_synchronous(True)
    area = app.primaryScreen().availableGeometry()
    result: dict = {"area": [area.width(), area.height()], "outside": [], "clipped": [],
                    "sizes": {}}
    window = MainWindow(AppContext())
    window.show()
    app.processEvents()
    start = window.frameGeometry().size()
    result["start"] = [start.width(), start.height()]
    tag = f"{width}x{height}@{scale}"
    for spec in window._specs:
        page = window.show_page(spec.key)
        for _ in range(3):
            app.processEvents()
        size = window.frameGeometry().size()
        result["sizes"][spec.key] = [size.width(), size.height(),
                                     window.minimumSizeHint().width(),
                                     window.minimumSizeHint().height()]
        if problem := outside(window, area):
            result["outside"].append(f"{spec.key}: {problem}")
        result["clipped"] += [f"{spec.key}: {c}" for c in clipped_labels(page)]
        window.grab().save(str(shots / f"window-{spec.key}-{tag}.png"))

    context = window.context
    club = next(c for c in all_clubs() if c.status in ("active", "founded"))
    planned = next((c for c in all_clubs() if c.status == "planned"), club)
    # a loan still owing: the repayment dialog then shows the amount due and it in words
    loan = next((r for r in loans.loan_register(club.id, dt.date.today())
                 if r.paid_principal < r.principal), None)
    fund = funds_of(club.id)[0]
    from dialogs.entry_dialog import EntryDialog
    from dialogs.founding_wizard import FoundingWizard
    from dialogs.loan_dialog import LoanDialog
    from dialogs.member_dialog import MemberDialog
    from dialogs.new_document_dialog import NewDocumentDialog
    from dialogs.repayment_dialog import RepaymentDialog
    from ui.widgets.pdf_preview import PdfPreviewDialog

    dialogs = {
        "member": lambda: MemberDialog(context, club.id, parent=window),
        "loan": lambda: LoanDialog(context, club.id, window),
        "founding": lambda: FoundingWizard(context, planned.id, window),
        "document": lambda: NewDocumentDialog(context, window, club_id=club.id),
        "preview": lambda: PdfPreviewDialog("Xem trước", window),
        "payment": lambda: EntryDialog(context, fund.id, "payment", window),
    }
    from dialogs.restore_dialog import RestoreDialog
    from models.storage import backup

    copy = backup.manual_backup()
    dialogs["restore"] = lambda: RestoreDialog(copy, window)
    if loan is not None:
        dialogs["repayment"] = lambda: RepaymentDialog(context, loan.loan_id, window)
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        for _ in range(3):
            app.processEvents()
        if problem := outside(dialog, area):
            result["outside"].append(f"{name}: {problem}")
        result["clipped"] += [f"{name}: {c}" for c in clipped_labels(dialog)]
        dialog.grab().save(str(shots / f"dialog-{name}-{tag}.png"))
        dialog.reject()
    end = window.frameGeometry().size()
    result["end"] = [end.width(), end.height()]
    window.close()
    return result


if __name__ == "__main__":
    db_arg, w_arg, h_arg, scale_arg, shots_arg = sys.argv[1:6]
    shots_dir = Path(shots_arg)
    shots_dir.mkdir(parents=True, exist_ok=True)
    print(json.dumps(main(db_arg, int(w_arg), int(h_arg), scale_arg, shots_dir)))
