"""The programme's indicators: one code list shared by plans, the dashboard and the reports.

Every stored indicator is a whole number (a count, or đồng), so the figures of a ward are the
sum of its clubs' and a province's the sum of its wards', exactly, at every level. A share
(percent of clubs with both funds…) is never stored: it is computed from its two counts where it
is shown, so no rounding travels up the chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.codes import ACTIVITY_AREAS
from models.text.catalog import N_


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str  # catalogue source text (Vietnamese); translate with models.text.catalog.tr
    unit: str  # "count" (people, clubs, meetings…) or "money" (đồng)


@dataclass(frozen=True)
class Share:
    """A percentage shown from two counts: part / whole × 100."""

    code: str
    label: str
    part: str
    whole: str


_COUNTS: tuple[tuple[str, str], ...] = (
    ("clubs", N_("Số CLB đang hoạt động")),
    ("clubs_founded", N_("Số CLB thành lập mới trong kỳ")),
    ("clubs_kept", N_("Số CLB thành lập trước kỳ còn duy trì")),
    ("clubs_in_band", N_("Số CLB có số thành viên trong chuẩn")),
    ("clubs_composition_met", N_("Số CLB đạt chuẩn cơ cấu thành viên")),
    ("clubs_both_funds", N_("Số CLB có đủ hai quỹ")),
    ("clubs_trained", N_("Số CLB có Ban chủ nhiệm được tập huấn")),
    ("clubs_supervised", N_("Số CLB được giám sát")),
    ("members", N_("Tổng số thành viên")),
    ("members_older", N_("Thành viên là người cao tuổi")),
    ("members_women", N_("Thành viên nữ")),
    ("members_disadvantaged", N_("Thành viên nghèo, cận nghèo, hoàn cảnh khó khăn")),
    ("members_new_clubs", N_("Thành viên của các CLB thành lập trong kỳ")),
    ("members_older_new_clubs", N_("Người cao tuổi trong các CLB thành lập trong kỳ")),
    ("borrowers", N_("Thành viên vay vốn (tiền mặt hoặc hiện vật)")),
    ("income_improved", N_("Thành viên vay vốn có thu nhập tăng")),
    ("loans_disbursed", N_("Số khoản vay giải ngân trong kỳ")),
    ("loans_outstanding", N_("Số khoản vay còn dư nợ")),
    ("meetings_held", N_("Số buổi sinh hoạt đã tổ chức")),
    ("meeting_months", N_("Số tháng phải sinh hoạt")),
    ("attendance_present", N_("Lượt thành viên dự sinh hoạt")),
    ("attendance_places", N_("Lượt thành viên phải dự sinh hoạt")),
    ("health_checked", N_("Thành viên được khám sức khỏe")),
    ("home_care_older", N_("Người cao tuổi được chăm sóc tại nhà")),
    ("home_care_visits", N_("Lượt thăm, chăm sóc tại nhà")),
    ("claim_people", N_("Người được hỗ trợ tiếp cận chính sách")),
    ("claim_granted", N_("Người được hưởng chính sách sau hỗ trợ")),
    ("self_help_cases", N_("Số trường hợp được giúp đỡ")),
    ("supervision_visits", N_("Số lượt giám sát")),
    ("supervision_score_tenths", N_("Tổng điểm giám sát (phần mười điểm)")),
    ("supervision_scored", N_("Số lượt giám sát có chấm điểm")),
)
_AREA_LABELS = {
    "health": N_("Hoạt động chăm sóc sức khỏe"),
    "income": N_("Hoạt động tạo thu nhập"),
    "culture": N_("Hoạt động văn hóa, văn nghệ, xã hội"),
    "self_help": N_("Hoạt động tự giúp nhau, hỗ trợ cộng đồng"),
    "learning": N_("Hoạt động học tập, nâng cao nhận thức"),
    "home_care": N_("Hoạt động chăm sóc tại nhà"),
    "resources": N_("Hoạt động huy động nguồn lực"),
    "rights": N_("Hoạt động bảo vệ quyền và lợi ích"),
}
_MONEY: tuple[tuple[str, str], ...] = (
    ("fees_collected", N_("Hội phí thu được")),
    ("fees_due", N_("Hội phí phải thu")),
    ("fund_income_balance", N_("Số dư quỹ quay vòng tạo thu nhập cuối kỳ")),
    ("fund_activity_balance", N_("Số dư quỹ hoạt động cuối kỳ")),
    ("fund_other_balance", N_("Số dư các quỹ khác cuối kỳ")),
    ("loans_disbursed_amount", N_("Số tiền cho vay trong kỳ")),
    ("loans_outstanding_amount", N_("Dư nợ cuối kỳ")),
    ("repayment_due", N_("Số tiền trả nợ đến hạn trong kỳ")),
    ("repayment_collected", N_("Số tiền trả nợ đã thu trong kỳ")),
    ("self_help_value", N_("Giá trị giúp đỡ")),
    ("grants_province", N_("Ngân sách tỉnh hỗ trợ")),
    ("grants_commune", N_("Ngân sách xã/phường hỗ trợ")),
    ("grants_sponsors", N_("Ủng hộ, tài trợ")),
)

INDICATORS: tuple[Indicator, ...] = (
    tuple(Indicator(code, label, "count") for code, label in _COUNTS)
    + tuple(Indicator(f"activities_{area}", _AREA_LABELS.get(area, area), "count")
            for area in ACTIVITY_AREAS)
    + tuple(Indicator(code, label, "money") for code, label in _MONEY)
)
CODES: tuple[str, ...] = tuple(i.code for i in INDICATORS)
BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}

SHARES: tuple[Share, ...] = (
    Share("share_in_band", N_("Tỷ lệ CLB có số thành viên trong chuẩn"), "clubs_in_band", "clubs"),
    Share("share_composition", N_("Tỷ lệ CLB đạt chuẩn cơ cấu"), "clubs_composition_met",
          "clubs"),
    Share("share_both_funds", N_("Tỷ lệ CLB có đủ hai quỹ"), "clubs_both_funds", "clubs"),
    Share("share_trained", N_("Tỷ lệ CLB được tập huấn"), "clubs_trained", "clubs"),
    Share("share_supervised", N_("Tỷ lệ CLB được giám sát"), "clubs_supervised", "clubs"),
    Share("share_older", N_("Tỷ lệ thành viên là người cao tuổi"), "members_older", "members"),
    Share("share_women", N_("Tỷ lệ thành viên nữ"), "members_women", "members"),
    Share("share_disadvantaged", N_("Tỷ lệ thành viên nghèo, khó khăn"),
          "members_disadvantaged", "members"),
    Share("share_borrowers", N_("Tỷ lệ thành viên vay vốn"), "borrowers", "members"),
    Share("share_income_improved", N_("Tỷ lệ thành viên vay vốn có thu nhập tăng"),
          "income_improved", "borrowers"),
    Share("share_members_improved", N_("Tỷ lệ thành viên vay vốn và tăng thu nhập"),
          "income_improved", "members"),
    Share("share_meetings", N_("Tỷ lệ tháng có sinh hoạt"), "meetings_held", "meeting_months"),
    Share("share_attendance", N_("Tỷ lệ dự sinh hoạt"), "attendance_present",
          "attendance_places"),
    Share("share_fees", N_("Tỷ lệ thu hội phí"), "fees_collected", "fees_due"),
    Share("share_repayment", N_("Tỷ lệ trả nợ đúng hạn"), "repayment_collected",
          "repayment_due"),
)
SHARE_BY_CODE: dict[str, Share] = {s.code: s for s in SHARES}


def empty() -> dict[str, int]:
    """Every indicator at zero."""
    return dict.fromkeys(CODES, 0)


def add_up(parts: list[dict[str, int]]) -> dict[str, int]:
    """The sum of several units' figures, code by code (codes missing from a part count 0)."""
    total = empty()
    for part in parts:
        for code, value in part.items():
            if code in total:
                total[code] += int(value)
    return total


def share(figures: dict[str, int], code: str) -> float | None:
    """A share in percent from its two counts; None when the whole is zero."""
    spec = SHARE_BY_CODE[code]
    whole = figures.get(spec.whole, 0)
    return None if not whole else 100.0 * figures.get(spec.part, 0) / whole
