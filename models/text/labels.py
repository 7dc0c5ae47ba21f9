"""Vietnamese display text of the code lists, for files written without Qt (Excel, CSV).

The windows translate codes through ui/messages.py CODE_LISTS; spreadsheets must show the same
words and read them back, so the texts are kept here too and a test checks that both agree.
"""

from __future__ import annotations

from models.text.vietnamese import fold

LABELS: dict[str, dict[str, str]] = {
    "gender": {"F": "Nữ", "M": "Nam"},
    "household_status": {
        "poor": "Hộ nghèo",
        "near_poor": "Hộ cận nghèo",
        "hardship": "Hoàn cảnh khó khăn",
        "none": "Không",
    },
    "leave_reason": {
        "died": "Qua đời",
        "moved": "Chuyển đi nơi khác",
        "withdrew": "Xin ra khỏi CLB",
        "other": "Lý do khác",
    },
    "consent_method": {
        "paper": "Ký giấy đồng ý",
        "verbal": "Đồng ý bằng lời, có người làm chứng",
        "electronic": "Đồng ý điện tử",
    },
    "member_role": {
        "member": "Thành viên",
        "group_leader": "Tổ trưởng",
        "deputy_group_leader": "Tổ phó",
    },
    "loan_status": {
        "current": "Trong hạn",
        "overdue": "Quá hạn",
        "repaid": "Đã trả hết",
        "written_off": "Đã xóa nợ",
    },
    "loan_purpose": {
        "livestock": "Chăn nuôi",
        "crops": "Trồng trọt",
        "trade": "Buôn bán nhỏ",
        "handicraft": "Nghề thủ công",
        "services": "Dịch vụ",
        "other": "Khác",
    },
    "loan_form": {"cash": "Tiền mặt", "in_kind": "Hiện vật"},
    "interest_method": {
        "flat": "Lãi tính trên số tiền vay ban đầu",
        "declining": "Lãi tính trên dư nợ giảm dần",
        "none": "Không tính lãi",
    },
    "repayment_plan": {
        "monthly": "Trả gốc và lãi hằng tháng",
        "quarterly": "Trả gốc và lãi hằng quý",
        "end_of_term": "Trả lãi hằng tháng, gốc một lần cuối kỳ",
    },
    "fund_kind": {
        "income": "Quỹ quay vòng tạo thu nhập",
        "activity": "Quỹ hoạt động",
        "home_care": "Quỹ chăm sóc tại nhà",
        "golden_heart": "Sổ Tấm lòng vàng",
        "other": "Quỹ khác",
    },
    "entry_kind": {"receipt": "Phiếu thu", "payment": "Phiếu chi"},
    "ledger_category": {
        "member_fee": "Thành viên đóng góp",
        "donation": "Ủng hộ, tài trợ",
        "budget_province": "Ngân sách tỉnh hỗ trợ",
        "budget_commune": "Ngân sách xã/phường hỗ trợ",
        "other_support": "Hỗ trợ khác",
        "loan_repayment": "Thu hồi vốn vay",
        "loan_interest": "Thu lãi vay",
        "loan_disbursement": "Cho vay",
        "activity_spending": "Chi hoạt động",
        "home_care_spending": "Chi chăm sóc tại nhà",
        "support_payment": "Chi hỗ trợ thành viên",
        "other": "Khác",
    },
}

# Other spellings people type for a code, folded (see models.text.vietnamese.fold).
_ALIASES: dict[str, dict[str, str]] = {
    "gender": {"nu": "F", "f": "F", "nam": "M", "m": "M"},
    "household_status": {
        "ngheo": "poor", "can ngheo": "near_poor", "kho khan": "hardship",
        "ho kho khan": "hardship", "khong": "none",
    },
    "member_role": {"tv": "member", "to truong": "group_leader", "to pho": "deputy_group_leader"},
    "consent_method": {"giay": "paper", "bang giay": "paper", "bang loi": "verbal",
                       "dien tu": "electronic"},
}


def label(kind: str, code: str | None) -> str:
    """Vietnamese text of a code ('' for None or an empty code; the code itself if unknown)."""
    if not code:
        return ""
    return LABELS[kind].get(code, code)


def code_of(kind: str, text: str) -> str | None:
    """The code a typed text stands for, ignoring case and marks; None when nothing matches."""
    key = fold(text)
    for code, text_label in LABELS[kind].items():
        if key in (fold(text_label), fold(code)):
            return code
    return _ALIASES.get(kind, {}).get(key)
