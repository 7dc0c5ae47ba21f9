"""Import of member lists from Excel files made on the template (reports/members_xlsx.py).

The whole file is checked first and every bad cell is reported with its row and column; rows
are written only when the file has no problem at all, in one transaction (all or nothing).

Duplicates never reveal another unit: a CCCD already held by a person of the importer's unit
is "đã có" (duplicate); one held elsewhere is refused as "không dùng được… không thuộc đơn
vị" (duplicate_elsewhere) with the importer's own value only. That is all saving would
reveal anyway (the number is unique in the database): never the other person's name, ward
or club. Possible duplicates by name and birth year are looked up in the club's ward only.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from models.accounts import access, audit
from models.errors import Problem
from models.members.legacy_cells import LegacyCell, cell_text, convert_the_rest
from models.members.members import MemberInput, add_members_bulk, check
from models.office.villages import find_village
from models.privacy.consent import SENSITIVE_FIELDS, looks_masked
from models.storage.db import database
from models.storage.schema import Club, ClubGroup, Person
from models.text import legacy_vn
from models.text.labels import code_of
from models.text.vietnamese import fold, nfc, parse_date
from reports.members_xlsx import (
    MEMBER_COLUMNS,
    SHEET_MEMBERS,
    Column,
    column_by_key,
    header_key,
)

# Problems the clerk may overrule after looking at them (the people may be different).
POSSIBLE_DUPLICATE_CODES = ("possible_duplicate", "possible_duplicate_in_file")
HEADER_SEARCH_ROWS = 20
HEADER_SEARCH_COLUMNS = 64
# A club has 50-70 members; a file of more rows than this is not one club's list.
MAX_MEMBER_ROWS = 5000
_TRUE = {"x", "co", "1", "yes", "true", "v"}
_FALSE = {"khong", "0", "no", "false"}
_CODE_LIST_OF_KIND = {"gender": "gender", "household": "household_status",
                      "role": "member_role", "consent": "consent_method"}
_DEFAULTS = {"household": "none", "role": "member", "consent": "", "gender": ""}
# The column named by each field of models.members.members.check().
_FIELD_COLUMN = {"village": "village", "group": "group", "club": "club_code"}
_COLUMN_ORDER = {c.header: i for i, c in enumerate(MEMBER_COLUMNS)}


@dataclass
class ImportResult:
    """Rows read from a file (Excel row number, input) and every problem found."""

    rows: list[tuple[int, MemberInput]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    imported: int = 0  # rows written (0 for a dry run or a refused file)
    # Cells typed in an old encoding (models/text/legacy_vn.py), as converted before checking:
    # (Excel row, column name, text as stored, Unicode text, "tcvn3" or "vni").
    converted: list[tuple[int, str, str, str, str]] = field(default_factory=list)

    @property
    def encodings(self) -> list[str]:
        """The old encodings met in the file, in order of first appearance."""
        return list(dict.fromkeys(c[4] for c in self.converted))

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def only_possible_duplicates(self) -> bool:
        """True when the clerk could import anyway by accepting possible duplicates."""
        return bool(self.problems) and all(p.code in POSSIBLE_DUPLICATE_CODES
                                           for p in self.problems)


class _CellError(Exception):
    def __init__(self, code: str, value: object = None) -> None:
        super().__init__(code)
        self.code, self.value = code, value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value))


def _whole_number(value: object) -> int | None:
    """An int from a number cell or a text of digits; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = _text(value).removesuffix(".0")
    return int(text) if text.isascii() and text.isdigit() else None


def _parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
    raise _CellError("bad_date", _text(value))


def _parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = fold(_text(value))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise _CellError("bad_bool", _text(value))


class _RowReader:
    """Turns one spreadsheet row into a MemberInput, collecting the cells it cannot read."""

    def __init__(self, club: Club) -> None:
        self.club = club
        self.groups = {fold(g.name): g.id for g in ClubGroup.select().where(
            ClubGroup.club == club.id)}
        self._villages: dict[str, int | None] = {}

    def village_id(self, text: str) -> int | None:
        key = fold(text)
        if key not in self._villages:
            village = find_village(self.club.ward_code, text)
            self._villages[key] = village.id if village else None
        return self._villages[key]

    @staticmethod
    def _set_birth_year(inp: MemberInput, year: int) -> None:
        if inp.birth_year is not None and inp.birth_year != year:
            raise _CellError("year_mismatch")
        inp.birth_year = year

    def cell(self, col: Column, raw: object, inp: MemberInput) -> None:
        """Store one cell's value in inp; raises _CellError when it cannot be read."""
        empty = raw is None or (isinstance(raw, str) and not nfc(raw))
        kind = col.kind
        if kind in ("index", "club") or (empty and kind not in _DEFAULTS):
            if empty and kind == "ethnicity":
                raise _CellError("required")
            if kind == "club" and not empty and fold(_text(raw)) != fold(self.club.code):
                raise _CellError("other_club", _text(raw))
            return
        if kind in _CODE_LIST_OF_KIND:
            text = _text(raw)
            # Unknown words go through as they are: check() names them "invalid".
            value = (code_of(_CODE_LIST_OF_KIND[kind], text) or text) if text else _DEFAULTS[kind]
        elif kind == "date":
            year = _whole_number(raw) if col.key == "birth_date" else None
            if year is not None and 1000 <= year <= 9999:
                # Only the year in the birth date column: take it as the birth year.
                self._set_birth_year(inp, year)
                return
            value = _parse_date(raw)
        elif kind == "year":
            value = _whole_number(raw)
            if value is None:
                raise _CellError("bad_number", _text(raw))
            if col.key == "birth_year":
                self._set_birth_year(inp, value)
                return
        elif kind == "bool":
            value = _parse_bool(raw)
        elif kind == "id":
            number = _whole_number(raw)
            # Excel drops the leading zeros of a number cell; every CCCD begins with 0.
            value = str(number).zfill(12) if number is not None and not isinstance(
                raw, str) else _text(raw)
        elif kind == "phone":
            value = _text(raw)
            if not isinstance(raw, str) and len(value) == 9:
                value = "0" + value
        elif kind == "village":
            value = self.village_id(_text(raw))
            if value is None:
                raise _CellError("unknown", _text(raw))
            inp.village_id = value
            return
        elif kind == "group":
            value = self.groups.get(fold(_text(raw)))
            if value is None:
                raise _CellError("unknown", _text(raw))
            inp.group_id = value
            return
        else:
            value = _text(raw)
        setattr(inp, col.key, value)


def _field_of(col: Column) -> str:
    return {"village": "village", "group": "group", "birth_date": "birth",
            "birth_year": "birth", "club_code": "club"}.get(col.key, col.key)


def _column_of(field_name: str, inp: MemberInput) -> Column:
    if field_name == "birth":
        return column_by_key("birth_date" if inp.birth_date is not None else "birth_year")
    return column_by_key(_FIELD_COLUMN.get(field_name, field_name))


class _Formula(str):
    """The text of a cell that holds a formula: refused, never read as data (its value is
    whatever the sheet computed last, or nothing in a file no spreadsheet program saved)."""


def _cell_value(cell: Any, index: int, col: int, legacy: list[LegacyCell]) -> object:
    """A cell's value; a formula as _Formula, text in TCVN3 or VNI as Unicode."""
    if cell.data_type == "f":
        return _Formula(cell.value)
    if not isinstance(cell.value, str):
        return cell.value
    font = getattr(getattr(cell, "font", None), "name", None)
    return cell_text(cell.value, font, index, col, legacy)


def _open_rows(path: str, legacy: list[LegacyCell] | None = None
               ) -> tuple[list[tuple], Problem | None]:
    """Every row of the member sheet as a tuple of cell values, or the reason it can't.

    Memory follows the rows and columns the template uses, whatever size the sheet claims
    (a stray cell in column XFD makes every row 16,384 cells wide): the header is looked for
    in the first HEADER_SEARCH_ROWS rows and HEADER_SEARCH_COLUMNS columns, later rows are
    cut after the last template column, a blank row is one shared empty tuple, and more than
    MAX_MEMBER_ROWS filled rows stop the reading. A formula cell comes back as _Formula; text
    in an old encoding comes back as Unicode, noted in `legacy`."""
    from openpyxl import load_workbook

    name = os.path.basename(path)
    if path.lower().endswith(".xls"):
        return [], Problem("file", "old_format", {"value": name})
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception:  # missing, locked, not a zip, damaged: one problem, no traceback
        return [], Problem("file", "unreadable", {"value": name})
    try:
        ws = wb[SHEET_MEMBERS] if SHEET_MEMBERS in wb.sheetnames else wb.worksheets[0]
        ws.reset_dimensions()  # some programs write a wrong sheet size; read to the end
        rows: list[tuple] = []
        width, filled = HEADER_SEARCH_COLUMNS, 0
        legacy = legacy if legacy is not None else []
        for cells in ws.iter_rows(max_col=HEADER_SEARCH_COLUMNS):
            index = len(rows)
            values = tuple(_cell_value(c, index, k, legacy) for k, c in enumerate(cells[:width]))
            if all(v is None for v in values):
                rows.append(())
                continue
            rows.append(values)
            if width == HEADER_SEARCH_COLUMNS:  # still looking for the header row
                header = _find_header(rows)
                if header is not None:
                    width = max(header[1].values()) + 1
                elif len(rows) >= HEADER_SEARCH_ROWS:
                    break  # not a member list: read_members says so
            else:
                filled += 1
                if filled > MAX_MEMBER_ROWS:
                    return [], Problem("file", "too_many_rows", {"max": MAX_MEMBER_ROWS})
        header = _find_header(rows)
        convert_the_rest(rows, legacy, header[0] + 1 if header is not None else 0)
        return rows, None
    except Exception:
        return [], Problem("file", "unreadable", {"value": name})
    finally:
        wb.close()


def _find_header(rows: list[tuple]) -> tuple[int, dict[str, int]] | None:
    """(row position, column key -> cell position) of the header row."""
    names = {header_key(c.header): c.key for c in MEMBER_COLUMNS}
    name_key = header_key(column_by_key("full_name").header)
    for pos, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(v) for v in row]
        if name_key in keys:
            found: dict[str, int] = {}
            for i, key in enumerate(keys):
                if key in names:
                    found.setdefault(names[key], i)
            return pos, found
    return None


def read_members(
    path: str,
    club: Club,
    *,
    allow_possible_duplicates: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Read and check a whole member file for a club; writes nothing."""
    today = today or dt.date.today()
    result = ImportResult()
    legacy: list[LegacyCell] = []
    rows, problem = _open_rows(path, legacy)
    if problem:
        result.problems.append(problem)
        return result
    header = _find_header(rows)
    required = [c for c in MEMBER_COLUMNS if c.must_exist]
    missing = [c.header for c in required if header is None or c.key not in header[1]]
    if missing:
        result.problems.append(Problem("file", "not_a_template", {"value": "», «".join(missing)}))
        return result
    header_pos, positions = header
    if club.status == "dissolved":
        result.problems.append(Problem("club", "dissolved", {"code": club.code}))
        return result
    columns = [(c, positions[c.key]) for c in MEMBER_COLUMNS if c.key in positions]
    if any(looks_masked(values[i]) for values in rows[header_pos + 1:]
           for c, i in columns if c.key in SENSITIVE_FIELDS and i < len(values)):
        # A masked export lacks the real CCCD, household and flags: never take it as data.
        result.problems.append(Problem("file", "masked_export"))
        return result
    by_index = {i: c for c, i in columns}
    unplaced: dict[int, list[Problem]] = {}
    for cell in legacy:
        col = by_index.get(cell.col)
        if cell.row <= header_pos or col is None:
            continue
        result.converted.append((cell.row + 1, col.header, cell.stored, cell.text,
                                 cell.encoding))
        if cell.unplaced:
            unplaced.setdefault(cell.row + 1, []).append(Problem(
                _field_of(col), "legacy_unplaced",
                {"value": cell.unplaced, "encoding": legacy_vn.ENCODING_NAMES[cell.encoding]},
                cell.row + 1, col.header))
    reader = _RowReader(club)
    ids: dict[str, int] = {}
    checked: list[tuple[int, MemberInput, list[Problem]]] = []
    data = rows[header_pos + 1:]
    for offset, values in enumerate(data):
        if progress and offset % 50 == 0:
            progress(offset, len(data))
        excel_row = header_pos + 2 + offset
        cells = [(c, values[i] if i < len(values) else None) for c, i in columns]
        if all(c.kind == "index" or v is None or _text(v) == "" for c, v in cells):
            continue  # blank row, or only a pre-numbered STT
        inp, row_problems = _read_row(reader, cells, excel_row, today)
        row_problems = unplaced.get(excel_row, []) + row_problems
        if inp.id_number and not any(p.field == "id_number" for p in row_problems):
            first = ids.setdefault(inp.id_number, excel_row)
            if first != excel_row:
                row_problems.append(Problem("id_number", "duplicate_in_file",
                                            {"other": first, "value": inp.id_number},
                                            excel_row, column_by_key("id_number").header))
        checked.append((excel_row, inp, row_problems))
    if not allow_possible_duplicates:
        _add_possible_duplicates(checked, club.ward_code)
    for excel_row, inp, row_problems in checked:
        result.problems += sorted(row_problems, key=lambda p: _COLUMN_ORDER[p.column])
        result.rows.append((excel_row, inp))
    if progress:
        progress(len(data), len(data))
    if not result.rows and not result.problems:
        result.problems.append(Problem("file", "empty"))
    return result


def _read_row(reader: _RowReader, cells: list[tuple[Column, object]], excel_row: int,
              today: dt.date) -> tuple[MemberInput, list[Problem]]:
    """One row as a MemberInput, with the cells that cannot be read and check()'s problems."""
    inp = MemberInput()
    problems: list[Problem] = []
    failed: set[str] = set()
    for col, raw in cells:
        if isinstance(raw, _Formula) and col.kind != "index":
            problems.append(Problem(_field_of(col), "formula", {"value": str(raw)}, excel_row,
                                    col.header))
            failed.add(_field_of(col))
            continue
        try:
            reader.cell(col, raw, inp)
        except _CellError as err:
            params = {} if err.value is None else {"value": err.value}
            if err.code == "other_club":
                params["code"] = reader.club.code
            problems.append(Problem(_field_of(col), err.code, params, excel_row, col.header))
            failed.add(_field_of(col))
    for p in check(inp, reader.club, today=today).problems:
        # A cell that could not be read is reported once, not again as "missing".
        if p.field not in failed and p.field != "club":
            problems.append(Problem(p.field, p.code, p.params, excel_row,
                                    _column_of(p.field, inp).header))
    return inp, problems


def _add_possible_duplicates(checked: list[tuple[int, MemberInput, list[Problem]]],
                             ward_code: int) -> None:
    """Same folded name and birth year as someone of the ward, or as an earlier row.

    One query per 500 names instead of models.members.members.find_duplicates() per row: a file of
    a few thousand rows is checked in seconds.
    """
    column = column_by_key("full_name").header
    keyed = [(excel_row, inp, problems, (fold(inp.full_name), inp.birth_year))
             for excel_row, inp, problems in checked
             if inp.full_name and inp.birth_year is not None]
    names = sorted({key[0] for *_, key in keyed})
    known: dict[tuple[str, int], tuple[str, int]] = {}
    for i in range(0, len(names), 500):
        query = (Person.select(Person.search_key, Person.birth_year, Person.full_name)
                 .where((Person.ward == ward_code) & Person.search_key.in_(names[i:i + 500]))
                 .order_by(Person.id))
        for search_key, year, full_name in query.tuples():
            known.setdefault((search_key, year), (full_name, year))
    seen: dict[tuple[str, int], int] = {}
    for excel_row, inp, problems, key in keyed:
        first = seen.setdefault(key, excel_row)
        if first != excel_row:
            problems.append(Problem("full_name", "possible_duplicate_in_file",
                                    {"other": first, "name": inp.full_name,
                                     "year": inp.birth_year}, excel_row, column))
        if any(p.field == "id_number" and p.code in ("duplicate", "duplicate_elsewhere")
               for p in problems):
            continue  # already refused: the same ID number is on record
        if key in known:
            name, year = known[key]
            problems.append(Problem("full_name", "possible_duplicate",
                                    {"name": name, "year": year}, excel_row, column))


def import_members(
    path: str,
    club_id: int,
    dry_run: bool = False,
    *,
    allow_possible_duplicates: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Check a member file and, when it has no problem and this is not a dry run, add every
    row to the club in one transaction (each person and membership audited)."""
    club = _club_of(club_id, "write")  # even a dry run: it is the first step of a write
    result = read_members(path, club, allow_possible_duplicates=allow_possible_duplicates,
                          today=today, progress=progress)
    if not result.ok or dry_run:
        return result
    try:
        with database.atomic():
            add_members_bulk(club_id, [inp for _, inp in result.rows])
            audit.record("club", club_id, "import_members", None,
                         {"file": os.path.basename(path), "rows": len(result.rows)})
    except pw.IntegrityError:
        # Someone added one of these people while the file was being checked: say who.
        again = read_members(path, club, allow_possible_duplicates=allow_possible_duplicates,
                             today=today)
        if again.ok:
            raise
        return again
    result.imported = len(result.rows)
    return result


def _club_of(club_id: int, action: str = "read") -> Club:
    return access.require_club(club_id, action)
