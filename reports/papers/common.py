"""What the founding papers share: placeholder filling, the line format of articles, names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from models.text.vietnamese import decree_date, format_number
from reports.decree30 import Article, Block, Chapter, Para, text

# A blank a clerk fills by hand; no-break spaces keep it in one piece when a line wraps.
BLANK = "\u2026\u2026"  # "……"
# Blank number of a draft: room for the clerk to write the number by hand ("Số:      /QĐ-UBND").
# No-break spaces, because layout engines collapse ordinary runs of spaces.
DRAFT_BLANK = "\u00a0" * 8
DRAFT_NUMBER = "\u00a0" * 8  # "Số:         /QĐ-UBND"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_CHAPTER = re.compile(r"Chương\s+([IVXLCDM]+|\d+)\b\s*[.:]?\s*(.*)", re.S)
_ARTICLE = re.compile(r"Điều(?:\s+(?:\d+|\.{2,}|…+))?\s*\.\s*(.*)", re.S)


@dataclass(frozen=True)
class BoardLine:
    """One board seat as printed: name, birth year (None when unknown), role label."""

    name: str
    birth_year: int | None
    role: str


def fill(template: str, values: Mapping[str, str]) -> str:
    """Put values into {name} placeholders. Unknown names stay as typed so a typo shows on
    the draft instead of failing; an empty value prints as a blank to fill by hand."""
    def one(m: re.Match) -> str:
        if m.group(1) not in values:
            return m.group(0)
        return str(values[m.group(1)]) or BLANK
    return _PLACEHOLDER.sub(one, text(template))


def fill_lines(lines: Iterable[str], values: Mapping[str, str], *,
               drop_empty: bool = False) -> list[str]:
    """Fill each line; a value with line breaks becomes several lines. With drop_empty a line
    whose placeholders are all empty is left out (a missing căn cứ, a recipient not named)."""
    out: list[str] = []
    for line in lines:
        names = _PLACEHOLDER.findall(line)
        if drop_empty and names and all(n in values and not str(values[n]) for n in names):
            continue
        out += [part for part in fill(line, values).split("\n") if part.strip()]
    return out


def as_lines(value: str | Sequence[str] | None) -> list[str]:
    """A wording value as a list of lines (an office may store one string or a list)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [line for line in value.split("\n") if line.strip()]
    return [str(v) for v in value]


def merged(defaults: Mapping[str, object], texts: Mapping[str, object] | None
           ) -> dict[str, object]:
    """The office's wording over the defaults (a missing key falls back to the default)."""
    return {**defaults, **(texts or {})}


def structure(lines: Sequence[str], *, bold_headings: bool) -> list[Block]:
    """Blocks from the line format: chapters, articles (renumbered in order), paragraphs."""
    blocks: list[Block] = []
    number = 0
    heading: str | None = None
    paragraphs: list[str] = []

    def close() -> None:
        if heading is not None:
            blocks.append(Article(number, heading, tuple(paragraphs), bold_heading=bold_headings))

    for raw in lines:
        line = text(raw).strip()
        if m := _CHAPTER.fullmatch(line):
            close()
            heading, paragraphs = None, []
            blocks.append(Chapter(m.group(1), m.group(2)))
        elif m := _ARTICLE.fullmatch(line):
            close()
            number += 1
            heading, paragraphs = m.group(1), []
        elif heading is not None:
            paragraphs.append(line)
        else:
            blocks.append(Para(line))
    close()
    return blocks


def count_structure(lines: Sequence[str]) -> tuple[int, int]:
    """(chapters, articles) in the line format."""
    chapters = sum(1 for ln in lines if _CHAPTER.fullmatch(text(ln).strip()))
    articles = sum(1 for ln in lines if _ARTICLE.fullmatch(text(ln).strip()))
    return chapters, articles


def number_or_draft(number: str, symbol: str) -> str:
    """"05/QĐ-UBND", or room for a hand-written number on a draft."""
    return text(number) or f"{DRAFT_NUMBER}/{symbol}"


def date_or_blank(d) -> str:  # type: ignore[no-untyped-def]
    """"ngày 05 tháng 3 năm 2024", or blanks for a date not known yet."""
    return decree_date(d) if d else "ngày ...... tháng ...... năm ......"


def money(n: int | None) -> str:
    return format_number(n) if n else ""


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def header_name(name: str) -> str:
    """A club's name in a header, upper case with "CLB" written out and broken after
    "LIÊN THẾ HỆ" (the column is narrow; a break inside that phrase reads badly)."""
    name = text(name).strip()
    if name.upper().startswith("CLB "):
        name = "Câu lạc bộ " + name[4:]
    name = name.upper()
    lead = "CÂU LẠC BỘ LIÊN THẾ HỆ "
    if name.startswith(lead) and "\n" not in name:
        name = lead.rstrip() + "\n" + name[len(lead):]
    return name


def board_table_rows(board: Sequence[BoardLine]) -> tuple[tuple[str, ...], ...]:
    return tuple((str(i), text(b.name), str(b.birth_year or ""), text(b.role))
                 for i, b in enumerate(board, 1))
