"""What checking a member reads from the database (models/members/members.py check()).

The dialog and the services check one member at a time and ask one query per question. An
import asks the same questions for thousands of rows: FileLookups answers them from a few set
queries read up front, so checking a file costs about as much as reading it.
"""

from __future__ import annotations

from models.storage.schema import Club, ClubGroup, Person, Village


class Lookups:
    """What check() reads from the database, one query per question: the dialog and the
    services check one member at a time. An import asks the same questions for thousands of
    rows; it passes a FileLookups that answers them from a few set queries instead."""

    def holder_of(self, id_number: str) -> tuple[int, int, str] | None:
        """(person id, ward code, full name) of the person holding an ID number."""
        row = (Person.select(Person.id, Person.ward, Person.full_name)
               .where(Person.id_number == id_number).tuples().first())
        return tuple(row) if row else None

    def village_ward(self, village_id: int) -> int | None:
        """The ward of a village; None when there is no such village."""
        return Village.select(Village.ward).where(Village.id == village_id).scalar()

    def group_club(self, group_id: int) -> int | None:
        """The club of a group; None when there is no such group."""
        return ClubGroup.select(ClubGroup.club).where(ClubGroup.id == group_id).scalar()


class FileLookups(Lookups):
    """The answers for a whole file, read up front: the holders of every ID number in it
    (500 numbers a query), the villages of the ward and the groups of the club."""

    def __init__(self, id_numbers: list[str], club: Club) -> None:
        numbers = sorted({n for n in id_numbers if n})
        self._holders: dict[str, tuple[int, int, str]] = {}
        for i in range(0, len(numbers), 500):
            for pid, number, ward, name in (
                    Person.select(Person.id, Person.id_number, Person.ward, Person.full_name)
                    .where(Person.id_number.in_(numbers[i:i + 500])).tuples()):
                self._holders[number] = (pid, ward, name)
        self._villages = dict(Village.select(Village.id, Village.ward)
                              .where(Village.ward == club.ward_code).tuples())
        self._groups = dict(ClubGroup.select(ClubGroup.id, ClubGroup.club)
                            .where(ClubGroup.club == club.id).tuples())

    def holder_of(self, id_number: str) -> tuple[int, int, str] | None:
        return self._holders.get(id_number)

    def village_ward(self, village_id: int) -> int | None:
        if village_id in self._villages:
            return self._villages[village_id]
        return super().village_ward(village_id)

    def group_club(self, group_id: int) -> int | None:
        if group_id in self._groups:
            return self._groups[group_id]
        return super().group_club(group_id)


ONE_AT_A_TIME = Lookups()
