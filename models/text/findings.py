"""The wording of the integrity check's findings (models/storage/integrity.py): tamper
evidence named as a sentence with the first row that does not match; a meeting, loan or
supervision visit that disagrees with the ledger or its checklist named by its club, date and
contract, the way a clerk finds it in the window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.text.catalog import N_, tr
from models.text.messages import label, param_text
from models.text.vietnamese import format_date, format_number

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
    "report_snapshot_changed": N_(
        "Báo cáo năm {year} của {unit} (phiên bản {version}): số liệu đã duyệt không còn "
        "khớp mã băm SHA-256 ghi khi duyệt"),
    "report_pdf_changed": N_(
        "Báo cáo năm {year} của {unit} (phiên bản {version}): bản PDF lưu trữ không phải bản "
        "đã duyệt cùng số liệu"),
    "received_report_changed": N_(
        "Báo cáo đã nhận mã {id} ({unit}, năm {year}, phiên bản {version}): số liệu hoặc "
        "tệp PDF không còn khớp mã băm của gói đã ký khi nhận"),
    "audited_row_changed": N_(
        "{table} mã {id} (ngày {date}) khác với nội dung nhật ký đã ghi (dòng "
        "nhật ký số {audit_id}): {changes}"),
    "audited_row_deleted": N_(
        "{table} mã {id} (ngày {date}) đã bị xóa; nhật ký (dòng số {audit_id}) vẫn "
        "ghi việc lập"),
    "fund_value_mismatch": N_(
        "Quỹ mã {fund}: giá trị quỹ theo tài sản ({held} đồng: tiền mặt, dư nợ, hiện vật) "
        "khác giá trị theo nguồn hình thành ({sources} đồng)"),
    "goods_loan_mismatch": N_(
        "Khoản vay mã {id} bằng hiện vật: hiện vật đã giao ({handed} đồng) khác số tiền vay "
        "({principal} đồng)"),
    "goods_negative": N_(
        "Quỹ mã {fund}: hiện vật quỹ giữ bị âm ngày {date} ({value} đồng)"),
    "row_without_audit": N_(
        "{table} mã {id} (ngày {date}) không có dòng nhật ký ghi việc lập: có thể đã "
        "được thêm ngoài chương trình"),
    # meetings (integrity.meeting_checks)
    "meeting_without_receipt": N_(
        "Buổi sinh hoạt ngày {date} của CLB {club} ghi thu hội phí {total} đồng nhưng không "
        "có phiếu thu trong sổ quỹ"),
    "meeting_receipt_mismatch": N_(
        "Buổi sinh hoạt ngày {date} của CLB {club}: phiếu thu hội phí (mã dòng {id}) không có "
        "trong sổ quỹ hoặc không khớp: phiếu ghi {amount} đồng, buổi sinh hoạt ghi {total} "
        "đồng"),
    "meeting_partly_reversed": N_(
        "Buổi sinh hoạt ngày {date} của CLB {club}: chỉ một phần các khoản thu (hội phí, trả "
        "nợ) đã bị hủy; các khoản thu của một buổi sinh hoạt phải được hủy cùng nhau"),
    "meeting_reversal_mismatch": N_(
        "Buổi sinh hoạt ngày {date} của CLB {club}: các khoản thu trong sổ quỹ và ghi chú hủy "
        "trên buổi sinh hoạt không khớp nhau"),
    # loans (integrity.loan_checks)
    "loan_schedule_mismatch": N_(
        "Khoản vay số {number} của CLB {club} (giải ngân ngày {date}): lịch trả nợ cộng lại "
        "{amount} đồng tiền gốc, khác số tiền vay {principal} đồng (hoặc có kỳ trả âm)"),
    "loan_without_disbursement": N_(
        "Khoản vay số {number} của CLB {club} (ngày {date}, {principal} đồng) không có phiếu "
        "chi giải ngân"),
    "loan_disbursement_mismatch": N_(
        "Khoản vay số {number} của CLB {club}: phiếu chi giải ngân (mã dòng {id}) ghi {amount} "
        "đồng, không khớp với khoản vay ({principal} đồng, ngày {date})"),
    "disbursement_without_loan": N_(
        "Phiếu chi {voucher} của CLB {club} (ngày {date}, {amount} đồng) ghi «Cho vay» nhưng "
        "không thuộc khoản vay nào trong sổ cho vay"),
    "loan_disbursement_reversed": N_(
        "Khoản vay số {number} của CLB {club}: phiếu chi giải ngân (mã dòng {id}) đã bị hủy "
        "trong sổ quỹ nhưng khoản vay vẫn còn"),
    "loan_overpaid": N_(
        "Khoản vay số {number} của CLB {club}: đã trả {amount} đồng tiền gốc, nhiều hơn số "
        "tiền vay {principal} đồng"),
    "repaid_loan_owes": N_(
        "Khoản vay số {number} của CLB {club} ghi là đã trả hết nhưng còn nợ {amount} đồng "
        "tiền gốc"),
    "repayment_entry_mismatch": N_(
        "Lần trả nợ ngày {date} của khoản vay số {number} (CLB {club}): {part} {amount} đồng "
        "không khớp với phiếu thu trong sổ quỹ ({entry_amount} đồng)"),
    # supervision (models/supervision/checks.py)
    "visit_score_mismatch": N_(
        "Lần giám sát CLB {club} ngày {date}: điểm đã lưu ({stored}) khác điểm tính lại từ "
        "các câu trả lời ({computed})"),
    "visit_answer_other_template": N_(
        "Lần giám sát CLB {club} ngày {date}: có câu trả lời cho tiêu chí không thuộc mẫu "
        "phiếu đã dùng (tiêu chí «{item}»)"),
    "visit_required_unanswered": N_(
        "Lần giám sát CLB {club} ngày {date}: tiêu chí bắt buộc «{item}» chưa được trả lời"),
}

# The part of a repayment a finding names.
INTEGRITY_PARTS = {"principal": N_("tiền gốc"), "interest": N_("tiền lãi")}
# Amounts in đồng, grouped as the clerk writes them.
MONEY_PARAMS = ("amount", "total", "principal", "entry_amount")

INTEGRITY_WHAT = {
    "content": N_("nội dung dòng này không còn như khi ghi"),
    "link": N_("dòng ngay trước nó đã bị xóa, hoặc có dòng chèn thêm"),
    "unhashed": N_("dòng không có mã băm: được thêm ngoài chương trình"),
}

INTEGRITY_TABLES = {
    "ledger_entry": N_("Phiếu thu/chi"),
    "goods_entry": N_("Dòng sổ theo dõi cho vay bằng hiện vật"),
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
    for key in MONEY_PARAMS:
        if isinstance(finding.params.get(key), int):
            params[key] = format_number(finding.params[key])
    for key in ("stored", "computed"):  # a visit's score, kept in tenths of a point
        if key in finding.params:
            tenths = finding.params[key]
            params[key] = "—" if tenths is None else f"{tenths // 10},{tenths % 10}"
    if finding.params.get("part") in INTEGRITY_PARTS:
        params["part"] = tr(INTEGRITY_PARTS[finding.params["part"]])
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
