"""Member files typed in TCVN3 (ABC) or VNI arrive as the same Unicode text as the Unicode
file: every Vietnamese letter both ways, recognised from the cell's font or, without one,
from the characters; what cannot be placed is named with its row and column."""

import unicodedata

import openpyxl
import pytest
from openpyxl.styles import Font

from models.members.member_import import read_members
from models.text import legacy_vn
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS
from tests.conftest import TODAY

LOWER = ("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrst"
         "uùúủũụưừứửữựvxyỳýỷỹỵ")
LETTERS = [ch for ch in LOWER if not ch.isascii()]  # 67 letters, 134 with the capitals
_TCVN3_CODE = {v: k for k, v in legacy_vn.TCVN3.items()}
_MARK_CODE = {v: k for k, v in legacy_vn.VNI_MARKS.items() if k.islower()}
_VNI_LETTER_CODE = {v: k for k, v in legacy_vn.VNI_LETTERS.items()}


def to_tcvn3(text: str) -> str:
    """How a TCVN3 keyboard stored `text` (capitals only those TCVN3 codes in every font)."""
    return "".join(_TCVN3_CODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> str:
    """How a VNI keyboard stored `text`."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VNI_LETTER_CODE or ch.isascii():
            out.append(_VNI_LETTER_CODE.get(ch, ch))
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        upper = base.isupper()
        if "\u031b" in marks:  # ơ, ư and their tones: one letter, then the tone
            letter = unicodedata.normalize("NFC", base + "\u031b")
            tones = [m for m in marks if m != "\u031b"]
            out.append(_VNI_LETTER_CODE[letter]
                       + (_mark("", tones[0], upper) if tones else ""))
            continue
        shape = next((m for m in marks if m in ("\u0302", "\u0306")), "")
        tone = next((m for m in marks if m not in ("\u0302", "\u0306")), "")
        out.append(base + _mark(shape, tone, upper))
    return "".join(out)


def _mark(shape: str, tone: str, upper: bool) -> str:
    code = _MARK_CODE[(shape, tone)]
    return code.upper() if upper else code


def test_every_letter_both_ways():
    for ch in LETTERS:
        assert legacy_vn.decode_tcvn3(to_tcvn3(ch)) == ch, ch
        assert legacy_vn.decode_tcvn3(to_tcvn3(ch), capitals=True) == ch.upper(), ch
        assert legacy_vn.decode_vni(to_vni(ch)) == ch, ch
        assert legacy_vn.decode_vni(to_vni(ch.upper())) == ch.upper(), ch
    assert len(LETTERS) == 67 and len(set(to_tcvn3(ch) for ch in LETTERS)) == 67


def test_recognised_from_the_font_or_the_characters():
    assert legacy_vn.convert("Ng\u00adêi cao tuæi", ".VnTime")[:2] == ("Người cao tuổi", "tcvn3")
    assert legacy_vn.convert("Ngöôøi cao tuoåi", "VNI-Times")[:2] == ("Người cao tuổi", "vni")
    assert legacy_vn.convert("nguyÔn thÞ huÖ", ".VnTimeH")[0] == "NGUYỄN THỊ HUỆ"
    assert legacy_vn.convert("Ng\u00adêi cao tuæi")[1] == "tcvn3"
    assert legacy_vn.convert("Ngöôøi cao tuoåi")[1] == "vni"
    for unicode_text in ("Võ Thị Sáu", "Hoà Bình", "Quân, Tiên, Huế", "«x» Lò Văn Ý"):
        assert legacy_vn.convert(unicode_text) == (unicode_text, "", "")


ROWS = [
    {"full_name": "Nguyễn Thị Huệ", "gender": "Nữ", "birth_year": 1958, "ethnicity": "Tày",
     "joined_on": "15/01/2025", "village": "Nà Cưởm", "household_status": "Hộ nghèo",
     "note": "Chăm sóc cháu nội, nuôi lợn; đã vay vốn"},
    {"full_name": "Đỗ Văn Đức", "gender": "Nam", "birth_year": 1950, "ethnicity": "Nùng",
     "joined_on": "01/02/2025", "village": "Tổ 1", "note": "Người có uy tín ở thôn"},
    {"full_name": "Lương Thị Ướt", "gender": "Nữ", "birth_year": 1962, "ethnicity": "Kinh",
     "joined_on": "01/02/2025", "household_status": "Cận nghèo",
     "note": "Trồng ngô, lạc; thợ dệt thổ cẩm"},
]
TEXT_KEYS = ("full_name", "gender", "ethnicity", "village", "household_status", "note")


def _write(path, encode, font: str | None) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append([c.title for c in MEMBER_COLUMNS])  # the header stays Unicode, as a template's
    for r, row in enumerate(ROWS, start=2):
        for i, col in enumerate(MEMBER_COLUMNS, start=1):
            value = row.get(col.key)
            cell = ws.cell(r, i, encode(value) if isinstance(value, str)
                           and col.key in TEXT_KEYS else value)
            if font:
                cell.font = Font(name=font)
    wb.save(path)
    return str(path)


@pytest.fixture
def villages(club):
    """The club's ward has Nà Cưởm and Tổ 1 (the shared fixture adds them)."""
    return club


@pytest.mark.parametrize("encode, font", [
    (to_tcvn3, ".VnTime"), (to_vni, "VNI-Times"), (to_tcvn3, None), (to_vni, None)],
    ids=["tcvn3-font", "vni-font", "tcvn3-characters", "vni-characters"])
def test_member_file_in_an_old_encoding_arrives_as_unicode(villages, tmp_path, encode, font):
    club = villages
    reference = read_members(_write(tmp_path / "u.xlsx", str, None), club, today=TODAY)
    assert reference.ok, reference.problems
    result = read_members(_write(tmp_path / "old.xlsx", encode, font), club, today=TODAY)
    assert result.ok, result.problems
    assert [inp for _, inp in result.rows] == [inp for _, inp in reference.rows]
    names = [inp.full_name for _, inp in result.rows]
    assert names == ["Nguyễn Thị Huệ", "Đỗ Văn Đức", "Lương Thị Ướt"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    # The preview knows what was converted, cell by cell.
    expected = "tcvn3" if encode is to_tcvn3 else "vni"
    assert result.encodings == [expected]
    assert (2, "Họ và tên", encode("Nguyễn Thị Huệ"), "Nguyễn Thị Huệ", expected) \
        in result.converted


def test_text_that_cannot_be_placed_is_named(villages, tmp_path):
    path = _write(tmp_path / "x.xlsx", to_tcvn3, ".VnTime")
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_MEMBERS]
    note = [c.key for c in MEMBER_COLUMNS].index("note") + 1
    ws.cell(3, note, "Ng\u00adêi cã ®Êt ¤\u2603").font = Font(name=".VnTime")
    wb.save(path)
    result = read_members(path, villages, today=TODAY)
    assert [(p.row, p.column, p.code) for p in result.problems] == \
        [(3, "Ghi chú", "legacy_unplaced")]
    assert result.problems[0].params["value"] == "\u2603"
    assert result.problems[0].params["encoding"] == "TCVN3 (ABC)"
