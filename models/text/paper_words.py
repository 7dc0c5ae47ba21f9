"""Wording of the papers' rules (models/papers): field names and refusals of issuing a paper,
of the number series and of the legal texts the papers cite.

Kept beside models.text.messages, which merges these tables into its own, so that file stays
short. Every text is marked with `N_` (context "Messages").
"""

from __future__ import annotations

from models.text.catalog import N_

PAPER_FIELDS = {
    "members": N_("Thành viên"),
    "series": N_("Sổ văn bản"),
    "next_number": N_("Số tiếp theo"),
    "number": N_("Số văn bản"),
    "body_code": N_("Cơ quan ban hành"),
    "year": N_("Năm"),
    "legal_kind": N_("Loại văn bản"),
    "issued_on": N_("Ngày ban hành"),
    "in_force_on": N_("Ngày có hiệu lực"),
    "replaced_on": N_("Ngày hết hiệu lực"),
    "citation": N_("Dòng căn cứ"),
    "papers": N_("Giấy tờ dẫn căn cứ"),
    "former_name": N_("Tên cũ"),
    "topic": N_("Nhóm căn cứ"),
    "position": N_("Thứ tự"),
    "legal_text": N_("Căn cứ pháp lý"),
    "valid_until": N_("Dùng đến ngày"),
    "ward_name": N_("Tên xã/phường"),
    "district_name": N_("Tên quận/huyện/thành phố thuộc tỉnh"),
    "province_name": N_("Tên tỉnh/thành phố"),
}

PAPER_ERRORS = {
    "not_before_merge": N_("phải trước ngày 01/7/2025 (từ ngày đó dùng tên trong danh mục "
                           "chính thức)"),
    "none_on_date": N_("không có ai vào ngày {date}"),
    "no_founding_decision": N_("CLB chưa có quyết định thành lập (số và ngày)"),
    "before_decision_on": N_("trước ngày quyết định thành lập ({date})"),
    "founding_decision_exists": N_("CLB đã có quyết định thành lập số {number} ngày {date}; "
                                   "không ban hành quyết định thứ hai"),
    "number_used": N_("số {number} năm {year} đã dùng cho «{paper}»"),
    "before_last_in_series": N_("trước ngày của văn bản đã ban hành gần nhất trong sổ "
                                "({number} ngày {date})"),
    "not_above_last": N_("phải lớn hơn số đã dùng gần nhất trong năm ({number})"),
    "replaced_before_force": N_("ngày hết hiệu lực phải sau ngày có hiệu lực"),
    "force_before_issue": N_("ngày có hiệu lực không được trước ngày ban hành"),
}
