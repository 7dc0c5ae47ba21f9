"""The wording of the integrity check's findings (models/storage/integrity.py): tamper
evidence named as a sentence with the first row that does not match."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.text.catalog import N_, tr
from models.text.messages import label, param_text
from models.text.vietnamese import format_date

INTEGRITY = {
    "audit_chain_broken": N_(
        "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {id} ({date}, "
        "{entity} {entity_id}, {action}): {what}"),
    "audit_chain_head_mismatch": N_(
        "Nhật ký thay đổi phải kết thúc ở dòng số {id} nhưng dòng cuối hiện có là "
        "số {previous_id}: có dòng bị xóa hoặc thêm ngoài chương trình"),
    "voucher_number_gap": N_(
        "Quỹ mã {fund}: {kind} năm {year} bị mất số {number} (phiếu kế tiếp là số "
        "{next}, ngày {date}, mã dòng {id})"),
    "document_pdf_mismatch": N_(
        "Văn bản mã {id} (ngày {date}): tệp PDF lưu trữ không còn khớp mã băm "
        "SHA-256 của văn bản đã ban hành"),
    "document_hash_changed": N_(
        "Văn bản mã {id} (ngày {date}): mã băm SHA-256 khác với mã ghi trong nhật ký "
        "khi ban hành"),
    "received_report_changed": N_(
        "Báo cáo đã nhận mã {id} ({unit}, năm {year}, phiên bản {version}): số liệu hoặc "
        "tệp PDF không còn khớp mã băm của gói đã ký khi nhận"),
    "audited_row_changed": N_(
        "{table} mã {id} (ngày {date}) khác với nội dung nhật ký đã ghi (dòng "
        "nhật ký số {audit_id}): {changes}"),
    "audited_row_deleted": N_(
        "{table} mã {id} (ngày {date}) đã bị xóa; nhật ký (dòng số {audit_id}) vẫn "
        "ghi việc lập"),
    "row_without_audit": N_(
        "{table} mã {id} (ngày {date}) không có dòng nhật ký ghi việc lập: có thể đã "
        "được thêm ngoài chương trình"),
}

INTEGRITY_WHAT = {
    "content": N_("nội dung dòng này không còn như khi ghi"),
    "link": N_("dòng ngay trước nó đã bị xóa, hoặc có dòng chèn thêm"),
    "unhashed": N_("dòng không có mã băm: được thêm ngoài chương trình"),
}

INTEGRITY_TABLES = {
    "ledger_entry": N_("Phiếu thu/chi"),
    "loan_repayment": N_("Lần trả nợ"),
}


def finding_text(finding: Any) -> str:
    """One finding of `check` as a sentence; the code and detail when it has no wording."""
    template = INTEGRITY.get(finding.code)
    if template is None:
        return f"{finding.code}: {finding.detail}" if finding.detail else finding.code
    params = {k: "" if v is None else param_text(v) for k, v in finding.params.items()}
    if finding.params.get("what") in INTEGRITY_WHAT:
        params["what"] = tr(INTEGRITY_WHAT[finding.params["what"]])
    if finding.params.get("kind") in ("receipt", "payment"):
        params["kind"] = label("entry_kind", finding.params["kind"])
    params["table"] = tr(INTEGRITY_TABLES[finding.table]) \
        if finding.table in INTEGRITY_TABLES else finding.table
    if finding.params.get("date"):
        params["date"] = _date_text(finding.params["date"])
    try:
        return tr(template).format(**params)
    except (KeyError, IndexError):
        return f"{finding.code}: {finding.detail}"


def _date_text(value: object) -> str:
    """dd/mm/yyyy for an ISO date, dd/mm/yyyy hh:mm:ss for an ISO date and time."""
    text = str(value)
    try:
        if len(text) > 10:
            moment = dt.datetime.fromisoformat(text)
            return f"{format_date(moment.date())} {moment:%H:%M:%S}"
        return format_date(dt.date.fromisoformat(text))
    except ValueError:
        return text
