"""Wording of plans and the dashboard (models/plans): code lists, field names and refusals.

Merged into models.text.labels and models.text.messages like the other areas' words. Every
text is marked with `N_` (context "Messages").
"""

from __future__ import annotations

from models.text.catalog import N_

PLAN_LISTS: dict[str, dict[str, str]] = {
    "budget_source": {
        "province": N_("Ngân sách tỉnh"),
        "commune": N_("Ngân sách xã/phường"),
        "sponsors": N_("Ủng hộ, tài trợ"),
    },
    "target_status": {
        "met": N_("Đạt"),
        "below": N_("Chưa đạt"),
        "above": N_("Vượt mức tối đa"),
        "no_data": N_("Chưa có số liệu"),
    },
    "plan_area": {
        "ward": N_("Xã/phường"),
        "province": N_("Tỉnh/thành phố"),
    },
}

PLAN_FIELDS: dict[str, str] = {
    "plan": N_("Kế hoạch"),
    "issuing_body": N_("Cơ quan ban hành"),
    "plan_number": N_("Số, ký hiệu"),
    "plan_title": N_("Tên kế hoạch"),
    "first_year": N_("Năm bắt đầu"),
    "last_year": N_("Năm kết thúc"),
    "plan_area": N_("Địa bàn"),
    "targets": N_("Chỉ tiêu"),
    "budget": N_("Kinh phí"),
    "target_code": N_("Chỉ tiêu"),
    "low": N_("Mức tối thiểu"),
    "high": N_("Mức tối đa"),
    "source": N_("Nguồn kinh phí"),
    "example": N_("Kế hoạch mẫu"),
}

PLAN_ERRORS: dict[str, str] = {
    "unknown_indicator": N_("không có chỉ tiêu mã «{value}»"),
    "not_per_club": N_("chỉ tiêu «{value}» không đặt cho từng CLB được"),
    "outside_plan": N_("năm {value} nằm ngoài thời kỳ của kế hoạch"),
    "no_bound": N_("cần mức tối thiểu hoặc mức tối đa"),
    "low_above_high": N_("mức tối thiểu lớn hơn mức tối đa"),
    "share_over_100": N_("tỷ lệ phải từ 0 đến 100 %"),
    "negative": N_("không được âm"),
    "unknown_example": N_("không có kế hoạch mẫu «{value}»"),
    "unknown_unit": N_("không có đơn vị hành chính mã «{value}»"),
    "example_loaded": N_("kế hoạch mẫu này đã nạp cho địa bàn (kế hoạch số {value})"),
}
