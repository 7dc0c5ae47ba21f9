"""Table models of the exchange page: the trusted keys of the units below, and the report
packages received from them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.text.vietnamese import format_date
from ui.activity_models import CellsModel
from ui.messages import label


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangePage", text)


class TrustedKeysModel(CellsModel):
    CONTEXT = "ExchangePage"
    HEADERS = (QT_TRANSLATE_NOOP("ExchangePage", "Dấu vân tay"),
               QT_TRANSLATE_NOOP("ExchangePage", "Cấp"),
               QT_TRANSLATE_NOOP("ExchangePage", "Mã"),
               QT_TRANSLATE_NOOP("ExchangePage", "Đơn vị"),
               QT_TRANSLATE_NOOP("ExchangePage", "Tin cậy từ"),
               QT_TRANSLATE_NOOP("ExchangePage", "Tình trạng"))
    CELLS = (lambda r: r.grouped, lambda r: label("unit_level", r.level),
             lambda r: r.unit_code, lambda r: r.unit_name,
             lambda r: format_date(r.trusted_at.date()),
             lambda r: (tr("Thu hồi {date}").format(date=format_date(r.revoked_at.date()))
                        if r.revoked else tr("Đang dùng")))


class ReceivedModel(CellsModel):
    CONTEXT = "ExchangePage"
    HEADERS = (QT_TRANSLATE_NOOP("ExchangePage", "Năm"),
               QT_TRANSLATE_NOOP("ExchangePage", "Cấp"),
               QT_TRANSLATE_NOOP("ExchangePage", "Mã"),
               QT_TRANSLATE_NOOP("ExchangePage", "Đơn vị"),
               QT_TRANSLATE_NOOP("ExchangePage", "Phiên bản"),
               QT_TRANSLATE_NOOP("ExchangePage", "Cộng số liệu"),
               QT_TRANSLATE_NOOP("ExchangePage", "Khóa ký"),
               QT_TRANSLATE_NOOP("ExchangePage", "Nhận ngày"),
               QT_TRANSLATE_NOOP("ExchangePage", "Người nhận"))
    CELLS = (lambda r: r.year, lambda r: label("unit_level", r.level), lambda r: r.unit_code,
             lambda r: r.unit_name, lambda r: r.version,
             lambda r: tr("Đang dùng") if r.latest else tr("Đã có bản mới hơn"),
             lambda r: r.sender_grouped, lambda r: format_date(r.imported_at.date()),
             lambda r: r.imported_by)
    RIGHT = frozenset({0, 4})
