"""How a target, its figure and its gap are written (in the window, on the command line and
in the review report): counts grouped "1.250", đồng "12.500.000", percents "72,5 %", gaps
signed ("-3", "+2,5 điểm %")."""

from __future__ import annotations

from models.plans.dashboard import FLAG_MISSES, Miss, TargetRow
from models.text.catalog import tr
from models.text.vietnamese import format_number


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",").removesuffix(",0") + " %"


def amount(value: float | None, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "share":
        return percent(value)
    return format_number(int(round(value)))


def bound(row: TargetRow) -> str:
    """"≥ 70 %", "50–70", "≤ 5", as the plan sets it."""
    unit = " %" if row.kind == "share" else ""
    if row.low is not None and row.high is not None and row.low != row.high:
        return f"{format_number(row.low)}–{format_number(row.high)}{unit}"
    if row.low is not None and row.high is not None:
        return f"{format_number(row.low)}{unit}"
    if row.low is not None:
        return f"≥ {format_number(row.low)}{unit}"
    return f"≤ {format_number(row.high or 0)}{unit}"


def label(row: TargetRow) -> str:
    """The target's name; a per-club standard reads "Mỗi CLB: …", a count from the plan's
    start "… (từ đầu kỳ kế hoạch)"."""
    text = tr(row.label)
    if row.per_club:
        text = tr("Mỗi CLB: {name}").format(name=text)
    elif row.since_start:
        text = tr("{name} (cộng dồn từ đầu kế hoạch)").format(name=text)
    return text


def actual(row: TargetRow) -> str:
    if row.per_club:
        if row.clubs_total is None or row.actual is None:
            return "–"
        return tr("{met}/{total} CLB đạt").format(met=row.clubs_met, total=row.clubs_total)
    return amount(row.actual, row.kind)


def gap(row: TargetRow) -> str:
    """Signed gap; per-club targets give the number of clubs missing it."""
    if row.gap is None:
        return "–"
    if row.per_club:
        return "0" if row.gap == 0 else tr("{n} CLB chưa đạt").format(n=-int(row.gap))
    if row.gap == 0:
        return "0"
    sign = "+" if row.gap > 0 else "-"
    size = abs(row.gap)
    if row.kind == "share":
        return sign + tr("{n} điểm %").format(n=f"{size:.1f}".replace(".", ",")
                                               .removesuffix(",0"))
    return sign + format_number(int(round(size)))


def miss(m: Miss) -> str:
    """"Tỷ lệ thành viên nữ 59 % (60–70 %)", "Ban chủ nhiệm chưa được tập huấn"."""
    if m.code in FLAG_MISSES:
        return tr(m.label)
    share = m.code.startswith("share")
    row = TargetRow(m.code, m.label, "share" if share else "count", m.low, m.high, True,
                    False, "", m.actual, None, "below")
    return f"{tr(m.label)} {amount(m.actual, row.kind)} ({bound(row)})"
