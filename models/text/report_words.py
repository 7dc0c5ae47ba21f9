"""Wording of annual reports and their sign-off (models/signoff): code lists, field names and
refusals. Merged into models.text.labels and models.text.messages like the other areas' words.
Every text is marked with `N_` (context "Messages")."""

from __future__ import annotations

from models.text.catalog import N_

REPORT_LISTS: dict[str, dict[str, str]] = {
    "report_state": {
        "missing": N_("Chưa lập"),
        "draft": N_("Đang soạn"),
        "submitted": N_("Đã gửi duyệt"),
        "approved": N_("Đã duyệt"),
        "returned": N_("Bị trả lại"),
        "reopened": N_("Đã mở lại (phiên bản cũ)"),
        "late": N_("Quá hạn"),
    },
    "report_level": {
        "club": N_("Câu lạc bộ"),
        "ward": N_("Xã/phường"),
        "province": N_("Tỉnh/thành phố"),
        "nation": N_("Toàn quốc"),
    },
}

REPORT_AUDIT_ACTIONS: dict[str, str] = {
    "submit": N_("Gửi duyệt"),
    "approve": N_("Duyệt báo cáo"),
    "return": N_("Trả lại"),
    "reopen": N_("Mở lại"),
    "narrative": N_("Sửa phần lời"),
}

REPORT_FIELDS: dict[str, str] = {
    "report": N_("Báo cáo"),
    "level": N_("Cấp"),
    "unit": N_("Đơn vị"),
    "year": N_("Năm"),
    "results": N_("Kết quả đạt được"),
    "difficulties": N_("Khó khăn, tồn tại"),
    "proposals": N_("Đề xuất, kiến nghị"),
    "approver_name": N_("Người duyệt"),
    "approver_title": N_("Chức vụ người duyệt"),
    "below": N_("Báo cáo của cấp dưới"),
}

REPORT_ERRORS: dict[str, str] = {
    "report_approved": N_("Báo cáo năm {year} của {unit} đã được duyệt ngày {date}; mở lại "
                          "báo cáo trước khi sửa"),
    "report_state": N_("báo cáo đang ở trạng thái «{state}», không làm được việc này"),
    "units_not_approved": N_("còn {count} đơn vị chưa được duyệt báo cáo: {names}"),
    "parent_approved": N_("báo cáo cấp trên ({unit}) đã được duyệt; mở lại báo cáo đó trước"),
    "year_not_ended": N_("năm {year} chưa kết thúc"),
    "no_unit": N_("không có đơn vị «{value}» ở cấp này"),
    "personal_data": N_("có số giống số CCCD hoặc số điện thoại: báo cáo gửi cấp trên chỉ "
                        "mang số liệu tổng hợp"),
}
