"""Wording of the monthly meetings (models/meetings): field names and refusals. Merged into
models.text.messages' FIELDS and ERRORS. (The eight activity areas are a code list:
models.text.labels, "activity_area".)"""

from __future__ import annotations

from models.text.catalog import N_

MEETING_FIELDS = {
    "meeting": N_("Buổi sinh hoạt"),
    "start_time": N_("Giờ bắt đầu"),
    "end_time": N_("Giờ kết thúc"),
    "place": N_("Địa điểm"),
    "chair": N_("Chủ tọa"),
    "secretary": N_("Thư ký"),
    "contents": N_("Nội dung sinh hoạt"),
    "decisions": N_("Kết luận, quyết định"),
    "issues": N_("Ý kiến, kiến nghị"),
    "next_plan": N_("Kế hoạch tháng tới"),
    "guests": N_("Khách mời"),
    "absences": N_("Thành viên vắng mặt"),
    "fees": N_("Hội phí"),
    "repayments": N_("Trả nợ vay"),
    "monthly_fee": N_("Hội phí hằng tháng"),
}

MEETING_ERRORS = {
    "meeting_exists": N_("CLB đã có buổi sinh hoạt ngày {date}"),
    "club_not_founded": N_("CLB chưa có quyết định thành lập"),
    "before_founding": N_("trước ngày thành lập CLB ({date})"),
    "bad_time": N_("không đúng giờ hh:mm: «{value}»"),
    "end_before_start": N_("giờ kết thúc trước giờ bắt đầu"),
    "member_not_active": N_("{name} không phải thành viên đang sinh hoạt của CLB ngày {date}"),
    "fee_over_due": N_("{name} nộp {amount} đồng, nhiều hơn số phải nộp ({due} đồng); nếu "
                       "đúng thì xác nhận thu vượt"),
    "repayment_over_due": N_("khoản vay số {number}: trả {amount} đồng, nhiều hơn số đến hạn "
                             "({due} đồng); nếu đúng thì xác nhận thu vượt"),
    "loan_not_in_club": N_("khoản vay mã {value} không thuộc CLB này"),
    "loan_twice": N_("khoản vay số {number} được ghi hai lần"),
    "no_activity_fund": N_("CLB chưa có quỹ hoạt động"),
    "postings_reversed": N_("các khoản thu của buổi sinh hoạt đã được hủy ngày {date}"),
    "meeting_entry": N_("phiếu này là hội phí của buổi sinh hoạt ngày {date}: hủy các khoản thu "
                      "ngay trong buổi sinh hoạt đó"),
    "nothing_posted": N_("buổi sinh hoạt không có khoản thu nào để hủy"),
}
