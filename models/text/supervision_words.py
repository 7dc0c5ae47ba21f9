"""Wording of supervision (models/supervision): its code lists, field names and refusals.

Kept beside models.text.labels and models.text.messages, which merge these tables into theirs,
so those two stay short. Every text is marked with `N_` (context "Messages").
"""

from __future__ import annotations

from models.text.catalog import N_

SUPERVISION_LISTS: dict[str, dict[str, str]] = {
    "supervision_kind": {
        "routine": N_("Giám sát định kỳ"),
        "sample": N_("Giám sát mẫu"),
        "spot": N_("Giám sát điểm"),
    },
    "supervision_answer": {
        "met": N_("Đạt"),
        "partly": N_("Đạt một phần"),
        "not_met": N_("Chưa đạt"),
        "not_applicable": N_("Không áp dụng"),
    },
    "supervision_rating": {
        "good": N_("Tốt"),
        "fair": N_("Khá"),
        "average": N_("Trung bình"),
        "weak": N_("Yếu"),
    },
    "recommendation_status": {
        "open": N_("Chưa thực hiện"),
        "done": N_("Đã thực hiện"),
    },
}

# Audit actions of supervision records (merged into the "audit_action" list).
SUPERVISION_AUDIT_ACTIONS: dict[str, str] = {
    "retire": N_("Thôi dùng mẫu"),
}

SUPERVISION_FIELDS: dict[str, str] = {
    "checklist_template": N_("Mẫu bảng kiểm giám sát"),
    "template": N_("Mẫu bảng kiểm giám sát"),
    "supervision_visit": N_("Lần giám sát"),
    "visit": N_("Lần giám sát"),
    "supervision_plan": N_("Kế hoạch giám sát"),
    "recommendation": N_("Kiến nghị"),
    "recommendations": N_("Kiến nghị"),
    "supervisors": N_("Người giám sát"),
    "answers": N_("Câu trả lời"),
    "items": N_("Nội dung kiểm tra"),
    "weight": N_("Trọng số"),
    "hint": N_("Dữ liệu đối chiếu"),
    "owner": N_("Người thực hiện"),
    "due_on": N_("Hạn thực hiện"),
    "year": N_("Năm"),
    "month": N_("Tháng"),
    "planned": N_("Lần giám sát dự kiến"),
    "follow_up": N_("Kiến nghị đã thực hiện"),
}

SUPERVISION_ERRORS: dict[str, str] = {
    "required_unanswered": N_("chưa trả lời nội dung bắt buộc «{item}»"),
    "not_in_template": N_("không thuộc mẫu bảng kiểm đã chọn"),
    "template_in_use": N_("mẫu này đã dùng cho {count} lần giám sát: sửa sẽ tạo phiên bản mới"),
    "template_retired": N_("mẫu «{name}» (phiên bản {version}) đã thôi dùng"),
    "no_items": N_("mẫu phải có ít nhất một nội dung kiểm tra"),
    "visit_exists": N_("CLB đã có lần giám sát ngày {date}"),
    "not_open": N_("kiến nghị này không còn mở hoặc không thuộc CLB"),
    "club_not_running": N_("CLB chưa thành lập hoặc đã giải thể"),
}
