"""Text typed in TCVN3 (ABC) and VNI, read back as Unicode: hand-typed samples, every name the
demo uses in both encodings, Unicode text left alone, and member files typed in each encoding
arriving as the same Unicode as the Unicode file."""

from __future__ import annotations

import re
import unicodedata

import openpyxl
import pytest
from openpyxl.styles import Font

from models.demo import demo_names
from models.members.member_import import read_members
from models.text import legacy_encodings as le
from reports.members_xlsx import MEMBER_COLUMNS, SHEET_MEMBERS
from tests.conftest import TODAY

SAMPLES = [  # as they show once a file typed in the old fonts is opened as Unicode
    ("Ng\u00adêi cao tuæi", "Người cao tuổi", "tcvn3"),
    ("Héi Ng\u00adêi cao tuæi x· §øc Xu©n", "Hội Người cao tuổi xã Đức Xuân", "tcvn3"),
    ("Lß V¨n Hïng", "Lò Văn Hùng", "tcvn3"),
    ("Th¸i Nguyªn", "Thái Nguyên", "tcvn3"),
    ("Hé nghÌo", "Hộ nghèo", "tcvn3"),
    ("Ngöôøi cao tuoåi", "Người cao tuổi", "vni"),
    ("Hoäi Ngöôøi cao tuoåi xaõ Ñöùc Xuaân", "Hội Người cao tuổi xã Đức Xuân", "vni"),
    ("Loø Vaên Huøng", "Lò Văn Hùng", "vni"),
    ("Thaùi Nguyeân", "Thái Nguyên", "vni"),
    ("Quaûng Ninh", "Quảng Ninh", "vni"),
    ("NGUYEÃN THÒ HUEÄ", "NGUYỄN THỊ HUỆ", "vni"),
]
UNICODE = ["Nguyễn Thị Huệ", "Nông dân", "Ghi chú: ×2 ½", "37°C", "Café sáng",
           "Hoàng Văn Thụ", "Ký giấy đồng ý", "Đào Duy Từ", "HỘ NGHÈO", ""]


@pytest.mark.parametrize(("typed", "meant", "encoding"), SAMPLES)
def test_hand_typed_samples(typed, meant, encoding):
    reading = le.read_text(typed)
    assert (reading.text, reading.encoding, reading.certain) == (meant, encoding, True)


@pytest.mark.parametrize("text", UNICODE)
def test_unicode_text_is_left_alone(text):
    assert le.read_text(text) == le.Reading(text, "unicode", True)


def to_tcvn3(text: str) -> str:
    back = {letter: chr(code) for code, letter in le._TCVN3_LETTERS.items()}
    return "".join(back.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> str:
    back: dict[str, str] = {}
    for code, letter in le._VNI.items():
        # the canonical form: the case of the letter on every part of its code
        if code == (code.upper() if letter.isupper() else code.lower()):
            back.setdefault(letter, code)
    return "".join(back.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def demo_words() -> list[str]:
    words = set()
    for table in (demo_names.FAMILY, demo_names.MIDDLE, demo_names.GIVEN):
        for spec in table.values():
            words |= {w.split(":")[0].replace("_", " ") for w in spec.split()}
    return sorted(words)


def test_every_demo_name_in_both_encodings():
    names = demo_words()
    assert len(names) > 150
    # TCVN3 has no capitals with marks of their own: such words are typed in the "H" fonts
    tcvn3 = [n for n in names if not re.search("[ÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆ"
                                               "ỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ]", n)]
    wrong, kept = [], 0
    for name in names:
        for encoded, encoding, font in (
                (to_vni(name), "vni", "VNI-Times"),
                *([(to_tcvn3(name), "tcvn3", ".VnTime")] if name in tcvn3 else [])):
            if encoded == name:
                continue
            # in its font (as in the office's file) every name reads back exactly
            reading = le.read_text(encoded, font)
            if (reading.text, reading.encoding) != (name, encoding):
                wrong.append((name, encoded, font, reading))
            # without the font a word alone may stay as it is ("Chóa" is also a Unicode
            # word) or be put to the clerk, but it is never silently turned into another word
            alone = le.read_text(encoded)
            if alone.certain and alone.text not in (name, unicodedata.normalize("NFC", encoded)):
                wrong.append((name, encoded, None, alone))
            kept += alone.text != name or not alone.certain
    assert not wrong, wrong[:10]
    assert kept < len(names) // 4  # most words are plain enough without their font


def test_capitals_of_the_h_fonts():
    assert le.read_text("nguyÔn thÞ huÖ", ".VnTimeH").text == "NGUYỄN THỊ HUỆ"
    assert le.read_text("NguyÔn ThÞ HuÖ", ".VnTime").text == "Nguyễn Thị Huệ"
    assert le.font_encoding("VNI-Times") == "vni" and le.font_encoding("Arial") is None


# --- Member files typed in the old encodings -----------------------------------------------

ROWS = [
    {"full_name": "Nguyễn Thị Huệ", "gender": "Nữ", "birth_year": 1958, "ethnicity": "Tày",
     "village": "Nà Cưởm", "household_status": "Hộ nghèo", "joined_on": "15/01/2025",
     "note": "Người cao tuổi, sống một mình"},
    {"full_name": "Lường Văn Thắng", "gender": "Nam", "birth_year": 1949, "ethnicity": "Nùng",
     "village": "Tổ 1", "household_status": "Hộ cận nghèo", "joined_on": "15/01/2025",
     "note": "Tình nguyện viên chăm sóc tại nhà"},
]


def write_typed(path, encode, font: str | None) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append([c.title for c in MEMBER_COLUMNS])
    for row in ROWS:
        ws.append([encode(v) if isinstance(v, str) and c.key in (
            "full_name", "ethnicity", "village", "household_status", "note", "gender") else v
            for c in MEMBER_COLUMNS for v in [row.get(c.key)]])
    if font:
        for cells in ws.iter_rows(min_row=2):
            for cell in cells:
                cell.font = Font(name=font)
    wb.save(path)
    return str(path)


def test_member_files_typed_in_tcvn3_and_vni_read_as_the_unicode_file(club, tmp_path):
    unicode = read_members(write_typed(tmp_path / "u.xlsx", str, None), club, today=TODAY)
    assert unicode.ok and not unicode.converted
    for name, encode, font in (("tcvn3", to_tcvn3, ".VnTime"), ("vni", to_vni, "VNI-Times"),
                               ("vni-no-font", to_vni, None)):
        result = read_members(write_typed(tmp_path / f"{name}.xlsx", encode, font), club,
                              today=TODAY)
        assert result.ok, (name, result.problems)
        assert [r[1] for r in result.rows] == [r[1] for r in unicode.rows], name
        assert {c.encoding for c in result.converted} == {name.split("-")[0]}
        note = next(c for c in result.converted if c.column == "Ghi chú")
        assert note.text == "Người cao tuổi, sống một mình" and note.row == 2


def test_a_cell_neither_encoding_reads_is_named(club, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET_MEMBERS
    ws.append([c.title for c in MEMBER_COLUMNS])
    row = dict(ROWS[0], note="Ng\u00adêi cao tuæi ñöôøng ¢¤¥")
    ws.append([row.get(c.key) for c in MEMBER_COLUMNS])
    wb.save(tmp_path / "odd.xlsx")
    result = read_members(str(tmp_path / "odd.xlsx"), club, today=TODAY)
    assert [(p.row, p.column, p.code) for p in result.problems] == [(2, "Ghi chú",
                                                                     "legacy_text")]
