"""Vietnamese typed in the old 8-bit encodings, read back as Unicode NFC.

Many offices' older spreadsheets were typed with TCVN3 (ABC) fonts (`.VnTime`, `.VnArial`…)
or VNI fonts (`VNI-Times`…); opened as Unicode the text reads "Ng­êi cao tuæi" or
"Ngöôøi cao tuoåi". In an .xlsx such text is stored as the Windows-1252 characters of the
old bytes, so it is recognised by the cell's font name first and by its character patterns
second, and converted here:

- TCVN3: one character per letter with its marks. Only lower-case toned letters have codes;
  the companion fonts whose names end in "H" (`.VnTimeH`) draw the same codes as capitals, so
  the font decides the case. Đ is "§", ư the soft hyphen U+00AD, ơ "¬".
- VNI: a base letter followed by one mark character ("aù" = á, "eã" = ễ, circumflex or breve
  and tone in one mark); ư "ö", ơ "ô", đ "ñ", ị "ò", ỉ "æ", ĩ "ó", ỵ "î".

`convert(text, font)` returns the Unicode text, the encoding it found ("tcvn3", "vni" or "")
and the characters it could not place (none of Vietnamese, ASCII or common punctuation).
"""

from __future__ import annotations

import re
import unicodedata

# TCVN3 (ABC): the old code (as its Windows-1252 character) -> the lower-case letter.
_TCVN3_LOWER = dict(zip(
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî"
    "ïóñòô" "\u00adõøö÷ù" "úýûüþ",
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ"
    "ùúủũụ" "ưừứửữự" "ỳýỷỹỵ", strict=True))
# The capitals without tone that TCVN3 codes in every font.
_TCVN3_CAPITALS = dict(zip("¡¢§£¤¥¦", "ĂÂĐÊÔƠƯ", strict=True))
TCVN3 = {**_TCVN3_LOWER, **_TCVN3_CAPITALS}
# Codes that no Unicode Vietnamese text uses (not È, Ì, Ý, õ, nor « » the quotation marks):
# their presence marks a TCVN3 text.
_TCVN3_ONLY = set("µ¸¶·¹¨¾¼½Æ©ÇËÐÎÏÑª×ØÜÞßåæç¬ëîïñö÷øûüþ\u00ad¡¢§£¤¥¦ä")

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# VNI marks: mark character -> (shape mark, tone mark); lower and upper case forms.
_VNI_MARKS_LOWER = {
    "ù": ("", _ACUTE), "ø": ("", _GRAVE), "û": ("", _HOOK), "õ": ("", _TILDE), "ï": ("", _DOT),
    "â": (_CIRC, ""), "á": (_CIRC, _ACUTE), "à": (_CIRC, _GRAVE), "å": (_CIRC, _HOOK),
    "ã": (_CIRC, _TILDE), "ä": (_CIRC, _DOT),
    "ê": (_BREVE, ""), "é": (_BREVE, _ACUTE), "è": (_BREVE, _GRAVE), "ú": (_BREVE, _HOOK),
    "ü": (_BREVE, _TILDE), "ë": (_BREVE, _DOT),
}
VNI_MARKS = {**_VNI_MARKS_LOWER, **{k.upper(): v for k, v in _VNI_MARKS_LOWER.items()}}
# VNI characters that are a whole letter (some take a tone mark after them).
VNI_LETTERS = {"ñ": "đ", "Ñ": "Đ", "ö": "ư", "Ö": "Ư", "ô": "ơ", "Ô": "Ơ", "æ": "ỉ",
               "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}
_VNI_CHARS = set(VNI_MARKS) | set(VNI_LETTERS)
# What only VNI writes: a vowel followed by a mark that Unicode Vietnamese never puts after a
# vowel (not â, ê, à, á…: "quân", "tiên", "hoà" are Unicode), or ñ and ö.
_VNI_PATTERN = re.compile("[aeiouyAEIOUYôöÔÖ][ùøûõïåäëüÙØÛÕÏÅÄËÜ]|[ñÑöÖ]")
_VOWELS = set("aeiouyAEIOUY")

_VIETNAMESE = set("aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz")
_PUNCTUATION = set(" \t\n.,;:!?'\"()[]{}-–—/\\&%+*#@_=<>|~^`$€°«»…“”‘’")


def _placed(ch: str) -> bool:
    base = unicodedata.normalize("NFD", ch)[:1].lower()
    return ch.isdigit() or ch in _PUNCTUATION or base in _VIETNAMESE


ENCODING_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def font_encoding(font_name: str | None) -> str:
    """"tcvn3" for the .Vn… fonts, "vni" for the VNI-… fonts, "" for any other."""
    name = (font_name or "").strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return ""


def guess_encoding(text: str) -> str:
    """The encoding the characters show when the font says nothing ("" for Unicode). VNI's
    marks are TCVN3 codes too ("ø", "å"): a text is VNI when its marks follow vowels and it
    has no code that only TCVN3 uses."""
    tcvn3 = any(ch in _TCVN3_ONLY and ch not in _VNI_CHARS for ch in text)
    if not tcvn3 and _VNI_PATTERN.search(text):
        return "vni"
    if tcvn3 or any(ch in _TCVN3_ONLY for ch in text):
        return "tcvn3"
    return ""


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text as Unicode NFC; `capitals` for the "H" fonts (.VnTimeH) that draw every
    letter as a capital."""
    out = "".join(TCVN3.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFC", out.upper() if capitals else out)


def decode_vni(text: str) -> str:
    """VNI text as Unicode NFC."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in VNI_LETTERS:
            letter = VNI_LETTERS[ch]
            if ch in "ôöÔÖ" and nxt in VNI_MARKS and not VNI_MARKS[nxt][0]:
                out.append(letter + VNI_MARKS[nxt][1])  # ơ/ư with a tone: "ôù" = ớ
                i += 2
                continue
            out.append(letter)
        elif ch in _VOWELS and nxt in VNI_MARKS:
            shape, tone = VNI_MARKS[nxt]
            if shape == _BREVE and ch not in "aA":
                out.append(ch)  # a breve only sits on a: leave what cannot be a letter
                i += 1
                continue
            out.append(ch + shape + tone)
            i += 2
            continue
        else:
            out.append(ch)
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def decode(text: str, encoding: str, font_name: str | None = None) -> tuple[str, str]:
    """`text` read as `encoding` ("tcvn3" or "vni"): (Unicode NFC text, characters that
    could not be placed)."""
    if encoding == "tcvn3":
        result = decode_tcvn3(text, capitals=(font_name or "").strip().endswith("H"))
    else:
        result = decode_vni(text)
    return result, "".join(dict.fromkeys(ch for ch in result if not _placed(ch)))


def convert(text: str, font_name: str | None = None) -> tuple[str, str, str]:
    """(Unicode NFC text, encoding found, characters that could not be placed)."""
    encoding = font_encoding(font_name) or guess_encoding(text)
    if not encoding:
        return text, "", ""
    result, unplaced = decode(text, encoding, font_name)
    return result, encoding, unplaced


def beyond_latin1(text: str) -> bool:
    """True for text with a character no 8-bit encoding stores (ệ, ơ…): typed in Unicode."""
    return any(ord(ch) > 0xFF for ch in text)
