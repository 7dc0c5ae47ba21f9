"""The words of the change log: what each kind of record and each stored column is called,
and how its values read (money, rates, codes), so the log speaks the window's language instead
of the tables' names (`ledger_entry`, `posted_by`, `loan_disbursement`, 5000000)."""

from __future__ import annotations

from models.text.catalog import N_

# Kinds of record (audit_log.entity) the field catalogue does not name already.
ENTITIES = {
    "ledger_entry": N_("Phiếu thu/chi"),
    "goods_entry": N_("Dòng sổ theo dõi cho vay bằng hiện vật"),
    "loan_rules": N_("Quy định cho vay"),
    "closed_period": N_("Khóa sổ"),
    "cash_count": N_("Kiểm kê quỹ"),
    "audit_log": N_("Nhật ký thay đổi"),
}

# Stored columns the field catalogue does not name already.
COLUMNS = {
    "posted_by": N_("Người ghi"),
    "posted_at": N_("Thời điểm ghi"),
    "created_by": N_("Người lập"),
    "recorded_by": N_("Người ghi"),
    "recorded_at": N_("Thời điểm ghi"),
    "closed_by": N_("Người khóa sổ"),
    "closed_at": N_("Thời điểm khóa sổ"),
    "counted_by": N_("Người kiểm kê"),
    "party": N_("Người nộp/nhận ngoài CLB"),
    "number": N_("Số"),
    "reverses": N_("Hủy dòng"),
    "reversal_reason": N_("Lý do hủy"),
    "closed_on": N_("Ngày kết thúc"),
    "write_off_decision": N_("Quyết định xóa nợ"),
    "close_note": N_("Ghi chú khi kết thúc"),
    "disbursement_entry": N_("Phiếu chi giải ngân"),
    "principal_entry": N_("Phiếu thu tiền gốc"),
    "interest_entry": N_("Phiếu thu tiền lãi"),
    "ledger_entry": N_("Phiếu chi mua hiện vật"),
    "direction": N_("Chiều"),
    "schedule": N_("Lịch trả nợ"),
    "book_balance": N_("Số dư trên sổ"),
    "difference": N_("Chênh lệch"),
    "opened_on": N_("Ngày lập quỹ"),
    "fee_due": N_("Mức đóng"),
    "fee_total": N_("Tổng thu quỹ"),
    "repayment_total": N_("Tổng thu nợ"),
    "member_count": N_("Số thành viên"),
    "present_count": N_("Số có mặt"),
    "moved_to": N_("Chuyển sang"),
}

DIRECTIONS = {"in": N_("Nhận vào"), "out": N_("Giao ra")}

# Values in đồng; shown "5.000.000 đ".
MONEY = frozenset({"amount", "principal", "interest", "max_amount", "unit_value", "counted",
                   "book_balance", "difference", "fee_due", "fee_total", "repayment_total",
                   "monthly_fee", "fee", "paid"})
# Who did it: an account's username, shown as the account holder's name.
ACTORS = frozenset({"posted_by", "created_by", "recorded_by", "closed_by", "counted_by"})
# Coded values: the column -> the code list its values come from, per kind of record
# ("kind" is a receipt or payment on a voucher, a fund's kind on a fund).
CODES = {
    ("ledger_entry", "kind"): "entry_kind",
    ("ledger_entry", "category"): "ledger_category",
    ("goods_entry", "kind"): "goods_kind",
    ("fund", "kind"): "fund_kind",
    ("loan", "status"): "loan_status",
    ("club", "status"): "club_status",
    ("loan_repayment", "form"): "loan_form",
    ("loan", "form"): "loan_form",
    ("loan", "purpose"): "loan_purpose",
    ("loan", "interest_method"): "interest_method",
    ("loan_rules", "interest_method"): "interest_method",
    ("loan", "repayment_plan"): "repayment_plan",
    ("membership", "leave_reason"): "leave_reason",
    ("person", "gender"): "gender",
    ("person", "household_status"): "household_status",
    ("user_account", "role"): "user_role",
}
