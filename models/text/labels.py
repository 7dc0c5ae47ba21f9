"""The code lists' wording: one source for the windows, the command line and the files.

Each code list maps a stored code to its Vietnamese text. Spreadsheets and papers write the
Vietnamese text and read it back (`label`, `code_of`); the windows and the command line show it
in the chosen language through models.text.messages.label, which translates these same words.
Every text is marked with `N_` so `make translations` collects it (context "Messages").
"""

from __future__ import annotations

from functools import cache

from models.text.catalog import N_
from models.text.exchange_words import EXCHANGE_AUDIT_ACTIONS, EXCHANGE_LISTS
from models.text.plan_words import PLAN_LISTS
from models.text.report_words import REPORT_AUDIT_ACTIONS, REPORT_LISTS
from models.text.supervision_words import SUPERVISION_AUDIT_ACTIONS, SUPERVISION_LISTS
from models.text.vietnamese import fold

CODE_LISTS: dict[str, dict[str, str]] = {
    "gender": {
        "F": N_("Nữ"),
        "M": N_("Nam"),
    },
    "household_status": {
        "poor": N_("Hộ nghèo"),
        "near_poor": N_("Hộ cận nghèo"),
        "hardship": N_("Hoàn cảnh khó khăn"),
        "none": N_("Không"),
    },
    "leave_reason": {
        "died": N_("Qua đời"),
        "moved": N_("Chuyển đi nơi khác"),
        "withdrew": N_("Xin ra khỏi CLB"),
        "other": N_("Lý do khác"),
    },
    "consent_method": {
        "paper": N_("Ký giấy đồng ý"),
        "verbal": N_("Đồng ý bằng lời, có người làm chứng"),
        "electronic": N_("Đồng ý điện tử"),
    },
    "member_role": {
        "member": N_("Thành viên"),
        "group_leader": N_("Tổ trưởng"),
        "deputy_group_leader": N_("Tổ phó"),
    },
    "board_role": {
        "chair": N_("Chủ nhiệm"),
        "vice_chair": N_("Phó Chủ nhiệm"),
        "secretary": N_("Thư ký"),
        "accountant": N_("Kế toán"),
        "treasurer": N_("Thủ quỹ"),
        "group_leader": N_("Trưởng nhóm"),
        "board_member": N_("Ủy viên BCN"),
    },
    "club_status": {
        "planned": N_("Dự kiến"),
        "founded": N_("Đã thành lập"),
        "active": N_("Đang hoạt động"),
        "suspended": N_("Tạm dừng"),
        "dissolved": N_("Đã giải thể"),
    },
    "composition": {
        "members": N_("Số thành viên"),
        "older": N_("Người cao tuổi"),
        "women": N_("Nữ"),
        "disadvantaged": N_("Nghèo, cận nghèo, khó khăn"),
        "home_care": N_("TNV chăm sóc tại nhà"),
    },
    "village_kind": {
        "thôn": N_("Thôn"),
        "bản": N_("Bản"),
        "tổ dân phố": N_("Tổ dân phố"),
        "khu phố": N_("Khu phố"),
        "ấp": N_("Ấp"),
        "xóm": N_("Xóm"),
        "khu": N_("Khu"),
    },
    "fund_kind": {
        "income": N_("Quỹ quay vòng tạo thu nhập"),
        "activity": N_("Quỹ hoạt động"),
        "home_care": N_("Quỹ chăm sóc tại nhà"),
        "golden_heart": N_("Sổ Tấm lòng vàng"),
        "other": N_("Quỹ khác"),
    },
    "entry_kind": {
        "receipt": N_("Phiếu thu"),
        "payment": N_("Phiếu chi"),
    },
    "ledger_category": {
        "member_fee": N_("Thành viên đóng góp"),
        "donation": N_("Ủng hộ, tài trợ"),
        "budget_province": N_("Ngân sách tỉnh hỗ trợ"),
        "budget_commune": N_("Ngân sách xã/phường hỗ trợ"),
        "other_support": N_("Hỗ trợ khác"),
        "loan_repayment": N_("Thu hồi vốn vay"),
        "loan_interest": N_("Thu lãi vay"),
        "loan_disbursement": N_("Cho vay"),
        "goods_purchase": N_("Mua hiện vật cho vay"),
        "activity_spending": N_("Chi hoạt động"),
        "home_care_spending": N_("Chi chăm sóc tại nhà"),
        "support_payment": N_("Chi hỗ trợ thành viên"),
        "other": N_("Khác"),
    },
    "loan_status": {
        "current": N_("Trong hạn"),
        "overdue": N_("Quá hạn"),
        "repaid": N_("Đã trả hết"),
        "written_off": N_("Đã xóa nợ"),
    },
    "loan_purpose": {
        "livestock": N_("Chăn nuôi"),
        "crops": N_("Trồng trọt"),
        "trade": N_("Buôn bán nhỏ"),
        "handicraft": N_("Nghề thủ công"),
        "services": N_("Dịch vụ"),
        "other": N_("Khác"),
    },
    "goods_kind": {
        "purchase": N_("Mua vào"),
        "loan_out": N_("Giao cho vay"),
        "repaid": N_("Nhận trả nợ gốc"),
        "interest": N_("Nhận trả lãi"),
    },
    "loan_form": {
        "cash": N_("Tiền mặt"),
        "in_kind": N_("Hiện vật"),
    },
    "interest_method": {
        "flat": N_("Lãi tính trên số tiền vay ban đầu"),
        "declining": N_("Lãi tính trên dư nợ giảm dần"),
        "none": N_("Không tính lãi"),
    },
    "repayment_plan": {
        "monthly": N_("Trả gốc và lãi hằng tháng"),
        "quarterly": N_("Trả gốc và lãi hằng quý"),
        "end_of_term": N_("Trả lãi hằng tháng, gốc một lần cuối kỳ"),
    },
    "activity_area": {
        # the eight areas of the programme, as the meeting minutes print them
        "health": N_("Chăm sóc sức khỏe"),
        "income": N_("Tạo thu nhập"),
        "culture": N_("Văn hóa, văn nghệ và đời sống xã hội"),
        "self_help": N_("Tự giúp nhau và hỗ trợ cộng đồng"),
        "learning": N_("Học tập và nâng cao nhận thức"),
        "home_care": N_("Chăm sóc tại nhà do tình nguyện viên thực hiện"),
        "resources": N_("Huy động nguồn lực"),
        "rights": N_("Quyền và chế độ chính sách"),
    },
    "activity_kind": {
        "regular": N_("Hoạt động của CLB"),
        "dialogue": N_("Đối thoại với chính quyền địa phương"),
        "community_action": N_("Hoạt động cộng đồng"),
        "study_visit": N_("Tham quan học tập"),
        "communication": N_("Truyền thông"),
    },
    "claim_outcome": {
        "pending": N_("Đang giải quyết"),
        "granted": N_("Được hưởng"),
        "refused": N_("Không được giải quyết"),
    },
    "course_kind": {
        "course": N_("Lớp tập huấn"),
        "study_visit": N_("Tham quan học tập"),
    },
    "user_role": {
        "clerk": N_("Cán bộ nhập liệu"),
        "approver": N_("Người ký duyệt"),
        "supervisor": N_("Giám sát cấp trên"),
        "admin": N_("Quản trị"),
    },
    # What each role may do, in the words the set-up and the accounts page show.
    "user_role_help": {
        "clerk": N_("Nhập và sửa dữ liệu của xã/phường (CLB, thành viên, quỹ, khoản vay, "
                    "sinh hoạt); xem và nhập thông tin nhạy cảm: số CCCD, hộ nghèo, khuyết tật, "
                    "sức khỏe."),
        "approver": N_("Làm được mọi việc của cán bộ nhập liệu, và ban hành văn bản có số "
                       "(quyết định, giấy chứng nhận)."),
        "supervisor": N_("Cấp trên (tỉnh): xem dữ liệu các xã/phường trong tỉnh và ghi biên "
                         "bản giám sát; không sửa dữ liệu, không xem thông tin nhạy cảm."),
        "admin": N_("Tạo và quản lý tài khoản, cài đặt của văn phòng, mẫu văn bản, khôi phục "
                    "sao lưu; nhập dữ liệu và ban hành văn bản. Riêng vai trò này không xem "
                    "thông tin nhạy cảm."),
    },
    "access_action": {
        "read": N_("xem dữ liệu"),
        "write": N_("nhập, sửa dữ liệu"),
        "issue": N_("ban hành văn bản có số"),
        "supervise": N_("ghi biên bản giám sát"),
        "admin": N_("quản trị tài khoản, cài đặt, mẫu văn bản"),
        "sensitive": N_("xem thông tin nhạy cảm"),
    },
    "audit_action": {
        "create": N_("Tạo mới"),
        "update": N_("Sửa"),
        "delete": N_("Xóa"),
        "found": N_("Thành lập"),
        "status": N_("Đổi trạng thái"),
        "replace": N_("Thay cả danh sách"),
        "leave": N_("Ra khỏi CLB"),
        "rejoin": N_("Vào lại CLB"),
        "close": N_("Ngừng dùng"),
        "issue": N_("Ban hành"),
        "reset": N_("Về mẫu gốc"),
        "restore": N_("Khôi phục dữ liệu"),
        "setup": N_("Khai báo ban đầu"),
        "import_members": N_("Nhập từ Excel"),
        "sign_in": N_("Đăng nhập"),
        "sign_in_failed": N_("Đăng nhập sai mật khẩu"),
        "locked": N_("Tạm khóa vì sai mật khẩu"),
        "lock": N_("Khóa tài khoản"),
        "unlock": N_("Mở khóa tài khoản"),
        "activate": N_("Cho dùng lại"),
        "deactivate": N_("Ngừng sử dụng"),
        "reset_password": N_("Đặt lại mật khẩu"),
        "change_password": N_("Đổi mật khẩu"),
        "open": N_("Mở quỹ"),
        "post": N_("Ghi phiếu"),
        "reverse": N_("Đảo phiếu"),
        "count": N_("Kiểm kê quỹ"),
        "save": N_("Lưu"),
        "repay": N_("Thu nợ"),
        "repaid": N_("Đã trả hết nợ"),
        "reopen": N_("Mở lại khoản vay"),
        "write_off": N_("Xóa nợ"),
        "outcome": N_("Ghi kết quả vay"),
        "anonymise": N_("Ẩn danh hóa"),
        "export_record": N_("Xuất dữ liệu của thành viên"),
        "export_unmasked": N_("Xuất đầy đủ dữ liệu nhạy cảm"),
        "migrate_to": N_("Chuyển dữ liệu lên máy chủ"),
        "record": N_("Ghi buổi sinh hoạt"),
        "reverse_postings": N_("Hủy các khoản thu của buổi sinh hoạt"),
        "reclassify": N_("Ghi lại cho đúng loại (nâng cấp dữ liệu)"),
        "move_to_goods": N_("Chuyển sang sổ theo dõi cho vay bằng hiện vật"),
    },
}

CODE_LISTS.update(SUPERVISION_LISTS)
CODE_LISTS.update(PLAN_LISTS)
CODE_LISTS["audit_action"].update(SUPERVISION_AUDIT_ACTIONS)
CODE_LISTS.update(REPORT_LISTS)
CODE_LISTS["audit_action"].update(REPORT_AUDIT_ACTIONS)
CODE_LISTS.update(EXCHANGE_LISTS)
CODE_LISTS["audit_action"].update(EXCHANGE_AUDIT_ACTIONS)

# The same lists under the name the spreadsheet code has always used.
LABELS = CODE_LISTS

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
    """Vietnamese text of a code, as files and papers print it ('' for None or an empty
    code; the code itself if unknown)."""
    if not code:
        return ""
    return CODE_LISTS[kind].get(code, code)


@cache
def _folded(kind: str) -> dict[str, str]:
    """Folded label and folded code → code, for one code list (the first code wins)."""
    index: dict[str, str] = {}
    for code, text_label in CODE_LISTS[kind].items():
        index.setdefault(fold(text_label), code)
        index.setdefault(fold(code), code)
    return index


def code_of(kind: str, text: str) -> str | None:
    """The code a typed text stands for, ignoring case and marks; None when nothing matches."""
    key = fold(text)
    found = _folded(kind).get(key)
    return found if found is not None else _ALIASES.get(kind, {}).get(key)
