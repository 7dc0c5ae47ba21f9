"""The scoring rules of a supervision visit, in one place: answers, kinds, rating bands.

score = Σ weight × value(answer) / Σ weight of the answered items that apply, × 100, where
value is 1 for met, 0.5 for partly and 0 for not met; "not applicable" items count in neither
sum. No applicable answer gives no score (None) and no rating.
"""

from __future__ import annotations

from collections.abc import Iterable

KINDS = ("routine", "sample", "spot")  # định kỳ, giám sát mẫu, giám sát điểm
ANSWER_VALUES: dict[str, float | None] = {
    "met": 1.0, "partly": 0.5, "not_met": 0.0, "not_applicable": None,
}
ANSWERS = tuple(ANSWER_VALUES)

# (lowest score of the band, rating code), best first; the last band takes everything below.
RATING_BANDS: tuple[tuple[float, str], ...] = (
    (80.0, "good"),  # tốt
    (65.0, "fair"),  # khá
    (50.0, "average"),  # trung bình
    (0.0, "weak"),  # yếu
)


def score(answers: Iterable[tuple[int, str]]) -> float | None:
    """(weight, answer) pairs -> the score 0-100 rounded to one decimal, None if nothing
    applicable was answered."""
    got = total = 0.0
    for weight, answer in answers:
        value = ANSWER_VALUES[answer]
        if value is None:
            continue
        got += weight * value
        total += weight
    if total <= 0:
        return None
    return round(100.0 * got / total, 1)


def tenths(value: float | None) -> int | None:
    """A score as stored: whole tenths of a point (95.5 -> 955), so no float reaches the
    database."""
    return None if value is None else round(value * 10)


def rating(value: float | None) -> str:
    """The rating code of a score ('' for no score)."""
    if value is None:
        return ""
    for low, code in RATING_BANDS:
        if value >= low:
            return code
    return RATING_BANDS[-1][1]

# What the program already knows that an item may show beside it (models.supervision.facts).
HINTS = ("meetings", "board", "composition", "funds", "cash_count", "loans_overdue",
         "trainings", "volunteers")
