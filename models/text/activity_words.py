"""Wording of the activities and training areas: their fields and their refusals.

Kept apart from models/text/messages.py (which merges these dicts into its FIELDS and
ERRORS) so that module stays short; a leaf like it.
"""

from __future__ import annotations

from models.text.catalog import N_

FIELDS = {
    "activity": N_("Hoạt động"),
    "area": N_("Lĩnh vực hoạt động"),
    "title": N_("Tên hoạt động"),
    "members_count": N_("Số thành viên tham gia"),
    "others_count": N_("Số người ngoài CLB tham gia"),
    "person_ids": N_("Người tham gia"),
    "health_check": N_("Lần khám sức khỏe"),
    "systolic": N_("Huyết áp tâm thu"),
    "diastolic": N_("Huyết áp tâm trương"),
    "weight_dkg": N_("Cân nặng"),
    "sugar_dmmol": N_("Đường huyết"),
    "home_care_pair": N_("Cặp chăm sóc tại nhà"),
    "home_care_visit": N_("Lần thăm chăm sóc tại nhà"),
    "volunteer": N_("Tình nguyện viên chăm sóc"),
    "older": N_("Người cao tuổi được chăm sóc"),
    "services": N_("Việc đã làm giúp"),
    "self_help_case": N_("Trường hợp được giúp đỡ"),
    "what": N_("Nội dung giúp đỡ"),
    "value": N_("Giá trị (đồng)"),
    "entitlement_claim": N_("Hỗ trợ tiếp cận chế độ, chính sách"),
    "entitlement": N_("Chế độ, chính sách"),
    "outcome": N_("Kết quả"),
    "course": N_("Lớp tập huấn, tham quan học tập"),
    "course_attendee": N_("Người tham dự"),
    "attendees": N_("Người tham dự"),
    "organiser": N_("Đơn vị tổ chức"),
    "place": N_("Địa điểm"),
    "materials": N_("Tài liệu"),
}

ERRORS = {
    "club_not_founded": N_("CLB chưa có quyết định thành lập"),
    "before_founding": N_("trước ngày thành lập CLB ({date})"),
    "not_older": N_("chưa đủ {age} tuổi, chưa là người cao tuổi"),
    "same_person": N_("tình nguyện viên và người được chăm sóc phải là hai người khác nhau"),
    "outside_pair": N_("ngoài thời gian chăm sóc của cặp này (từ {start})"),
    "pair_ended": N_("cặp chăm sóc này đã kết thúc ngày {date}"),
    "fewer_than_listed": N_("ít hơn số người có tên trong danh sách ({count})"),
    "attendee_both": N_("chỉ chọn một: thành viên CLB hoặc ghi tên người tham dự"),
    "no_measurement": N_("chưa nhập chỉ số nào (huyết áp, cân nặng, đường huyết) hoặc ghi chú"),
    "before_last_visit": N_("trước lần thăm gần nhất của cặp này"),
    "pair_exists": N_("hai người này đang là một cặp chăm sóc"),
}
