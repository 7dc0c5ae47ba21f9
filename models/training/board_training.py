"""Which clubs' current boards have a trained member, and who on a board was never trained.

The current board: a club's BoardMember rows with no term end (models/clubs). Trained: listed
as an attendee (by person) of a course whose first day is on or before the day asked.
Three queries whatever the number of clubs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.accounts import access
from models.codes import BOARD_ROLES
from models.storage.schema import BoardMember, Club, Person
from models.training.tables import Course, CourseAttendee

# Clubs that have a board to count: founded and not dissolved.
COUNTED_STATUSES = ("founded", "active", "suspended")


@dataclass(frozen=True)
class UntrainedSeat:
    club_id: int
    club_code: str
    person_id: int
    full_name: str
    role: str


@dataclass
class BoardTraining:
    clubs: int = 0  # clubs counted (founded, not dissolved)
    clubs_trained: int = 0  # of which the current board has at least one trained member
    untrained: list[UntrainedSeat] = field(default_factory=list)

    @property
    def share_percent(self) -> int:
        """clubs_trained / clubs, in whole percent (rounded half up); 0 with no clubs."""
        return (self.clubs_trained * 200 + self.clubs) // (2 * self.clubs) if self.clubs else 0


def board_training(on: dt.date | None = None) -> BoardTraining:
    """The training of the current boards of every club the user may see, on `on`."""
    on = on or dt.date.today()
    access.require("read")
    clubs = access.scoped(Club.select(Club.id, Club.code)
                          .where(Club.status.in_(COUNTED_STATUSES)), Club.ward)
    codes = dict(clubs.tuples())
    result = BoardTraining(clubs=len(codes))
    if not codes:
        return result
    club_scope = Club.select(Club.id).where(Club.status.in_(COUNTED_STATUSES))
    club_scope = access.scoped(club_scope, Club.ward)
    seats = list(BoardMember.select(BoardMember.club, BoardMember.role, Person.id,
                                    Person.full_name, Person.sort_key)
                 .join(Person)
                 .where(BoardMember.term_end.is_null() & BoardMember.club.in_(club_scope))
                 .tuples())
    trained = {pid for (pid,) in CourseAttendee.select(CourseAttendee.person).join(Course)
               .where(CourseAttendee.person.in_(
                   BoardMember.select(BoardMember.person)
                   .where(BoardMember.term_end.is_null() & BoardMember.club.in_(club_scope)))
                      & (Course.date_from <= on)).distinct().tuples()}
    clubs_trained = {club for club, _, pid, _, _ in seats if pid in trained}
    result.clubs_trained = len(clubs_trained)
    order = {role: i for i, role in enumerate(BOARD_ROLES)}
    untrained = [s for s in seats if s[2] not in trained]
    untrained.sort(key=lambda s: (codes[s[0]], order.get(s[1], 99), s[4]))
    result.untrained = [UntrainedSeat(club, codes[club], pid, name, role)
                        for club, role, pid, name, _ in untrained]
    return result
