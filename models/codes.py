"""Fixed code lists of the domain. Codes are stored; the windows translate them for display."""

from __future__ import annotations

GENDERS = ("F", "M")

HOUSEHOLD_STATUSES = ("poor", "near_poor", "hardship", "none")
# Those counted in the "poor, near-poor or in hardship" share of a club.
DISADVANTAGED = ("poor", "near_poor", "hardship")

LEAVE_REASONS = ("died", "moved", "withdrew", "other")

CONSENT_METHODS = ("paper", "verbal", "electronic")

MEMBER_ROLES = ("member", "group_leader", "deputy_group_leader")

BOARD_ROLES = (
    "chair",  # chủ nhiệm
    "vice_chair",  # phó chủ nhiệm
    "secretary",  # thư ký
    "accountant",  # kế toán
    "treasurer",  # thủ quỹ
    "group_leader",  # trưởng nhóm
    "board_member",  # ủy viên
)

CLUB_STATUSES = ("planned", "founded", "active", "suspended", "dissolved")

# Which status may follow which. Dissolution is final.
CLUB_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "planned": ("founded", "dissolved"),
    "founded": ("active", "suspended", "dissolved"),
    "active": ("suspended", "dissolved"),
    "suspended": ("active", "dissolved"),
    "dissolved": (),
}

VILLAGE_KINDS = ("thôn", "bản", "tổ dân phố", "khu phố", "ấp", "xóm", "khu")

# Plan phases a club can be tagged with; offices may type others.
DEFAULT_PLAN_PHASES = (
    "Thành lập trước năm 2021",
    "Kế hoạch nhân rộng 2021–2025",
    "Kế hoạch 2026–2035 (QĐ 1648/QĐ-TTg)",
)

# The eight activity areas of a club (programme guidance), in the order the papers print them.
ACTIVITY_AREAS = ("health", "income", "culture", "self_help", "learning", "home_care",
                  "resources", "rights")

# What kind of activity a row of the activity log is: a club's own activity, or one of the
# events the programme counts apart (dialogues with local authorities, community actions,
# study visits, communication events).
ACTIVITY_KINDS = ("regular", "dialogue", "community_action", "study_visit", "communication")

# What came of a claim for an entitlement (health insurance card, social allowance…).
CLAIM_OUTCOMES = ("pending", "granted", "refused")

COURSE_KINDS = ("course", "study_visit")

# The program's version, shown in the About box and held equal to pyproject.toml and the
# Windows installer's by a test.
APP_VERSION = "0.1.0"
