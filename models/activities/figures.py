"""Figures of the eight areas per club and year, for the annual report and the command line.

Seven queries (and the access checks) whatever the number of clubs: the clubs, then one GROUP BY per kind of fact.
Counts only: no names or health values leave this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from models.accounts import access
from models.activities import checks
from models.activities.tables import (
    Activity,
    EntitlementClaim,
    HealthCheck,
    HomeCarePair,
    HomeCareVisit,
    SelfHelpCase,
)
from models.codes import ACTIVITY_AREAS
from models.storage.schema import Club


@dataclass
class AreaFigures:
    """One club's figures of a year."""

    club_id: int
    club_code: str
    club_name: str
    activities: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(ACTIVITY_AREAS, 0))  # per area
    health_checked: int = 0  # members with at least one health check in the year
    home_care_older: int = 0  # older people in a home-care pair during the year
    visits_by_month: list[int] = field(default_factory=lambda: [0] * 12)  # January first
    claim_people: int = 0  # people helped to claim an entitlement
    claim_granted: int = 0  # of whom at least one claim was granted
    self_help_cases: int = 0
    self_help_value: int = 0  # đồng

    @property
    def visits(self) -> int:
        return sum(self.visits_by_month)


def area_figures(year: int, club_id: int | None = None) -> list[AreaFigures]:
    """The figures of every club the user may see (or of one club), by club code."""
    start, end = checks.year_bounds(year)
    clubs = Club.select(Club.id, Club.code, Club.name)
    scope = None
    if club_id is not None:
        access.require_club_id(club_id, "read")
        clubs = clubs.where(Club.id == club_id)
    else:
        access.require("read")
        scope = access.ward_scope(Club.ward)
        if scope is not None:
            clubs = clubs.where(scope)
    result = {c.id: AreaFigures(c.id, c.code, c.name) for c in clubs.order_by(Club.code)}
    if not result:
        return []

    def within(model: type[pw.Model], query: pw.Select) -> pw.Select:
        if club_id is not None:
            return query.where(model.club == club_id)
        if scope is None:
            return query
        return query.where(model.club.in_(Club.select(Club.id).where(scope)))

    for club, area, n in within(Activity, Activity.select(
            Activity.club, Activity.area, pw.fn.COUNT(Activity.id))
            .where(Activity.date.between(start, end))
            .group_by(Activity.club, Activity.area)).tuples():
        if club in result and area in result[club].activities:
            result[club].activities[area] = n

    for club, n in within(HealthCheck, HealthCheck.select(
            HealthCheck.club, pw.fn.COUNT(HealthCheck.person.distinct()))
            .where(HealthCheck.date.between(start, end))
            .group_by(HealthCheck.club)).tuples():
        if club in result:
            result[club].health_checked = n

    for club, n in within(HomeCarePair, HomeCarePair.select(
            HomeCarePair.club, pw.fn.COUNT(HomeCarePair.older.distinct()))
            .where((HomeCarePair.date_from <= end)
                   & (HomeCarePair.date_to.is_null() | (HomeCarePair.date_to >= start)))
            .group_by(HomeCarePair.club)).tuples():
        if club in result:
            result[club].home_care_older = n

    visits = (HomeCareVisit.select(HomeCarePair.club, HomeCareVisit.date,
                                   pw.fn.COUNT(HomeCareVisit.id))
              .join(HomeCarePair).where(HomeCareVisit.date.between(start, end))
              .group_by(HomeCarePair.club, HomeCareVisit.date))
    for club, on, n in within(HomeCarePair, visits).tuples():
        if club in result:
            month = on.month if hasattr(on, "month") else int(str(on)[5:7])
            result[club].visits_by_month[month - 1] += n

    granted = pw.Case(None, [(EntitlementClaim.outcome == "granted", EntitlementClaim.person)])
    for club, people, ok in within(EntitlementClaim, EntitlementClaim.select(
            EntitlementClaim.club, pw.fn.COUNT(EntitlementClaim.person.distinct()),
            pw.fn.COUNT(granted.distinct()))
            .where(EntitlementClaim.date.between(start, end))
            .group_by(EntitlementClaim.club)).tuples():
        if club in result:
            result[club].claim_people, result[club].claim_granted = people, ok

    for club, n, value in within(SelfHelpCase, SelfHelpCase.select(
            SelfHelpCase.club, pw.fn.COUNT(SelfHelpCase.id), pw.fn.SUM(SelfHelpCase.value))
            .where(SelfHelpCase.date.between(start, end))
            .group_by(SelfHelpCase.club)).tuples():
        if club in result:
            result[club].self_help_cases, result[club].self_help_value = n, int(value or 0)
    return list(result.values())
