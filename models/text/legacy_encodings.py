"""Vietnamese typed in the old 8-bit encodings, read back as Unicode.

Many offices' older spreadsheets were typed in TCVN3 (ABC, the `.VnTime` fonts) or VNI (the
`VNI-Times` fonts). Once such a file is opened as Unicode, the same bytes show as Latin-1
letters: "Người cao tuổi" reads "Ng­êi cao tuæi" (TCVN3) or "Ngöôøi cao tuoåi" (VNI).

Recognition works on the text itself, with the cell's font name as a hint when the caller has
it: Vietnamese in Unicode never uses letters such as "æ", "ø", "µ" or the soft hyphen, so a
text holding one was typed in an old encoding. Both decodings are tried and the one whose
words read as Vietnamese syllables (no letter outside Vietnamese, at most one tone mark a
word) wins; a text neither decoding reads cleanly is reported, never guessed silently.

TCVN3 has no capitals with marks of their own: capitals are the same codes shown with the
"H" fonts (`.VnTimeH`, `.VnArialH`), so a text in such a font is upper-cased after decoding.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# --- TCVN3 (TCVN 5712:1993, VN3 "ABC") ---------------------------------------------------------

_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_TABLE = str.maketrans({chr(code): letter for code, letter in _TCVN3_LETTERS.items()})

# --- VNI (VNI-Windows): a base letter followed by one or two mark codes ----------------------

_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_CIRCUMFLEX = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303",
               "ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Letters that stand alone in VNI: i with its tones, ơ, ư, ỵ, đ.
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "ô": "ơ", "ö": "ư", "î": "ỵ",
               "ñ": "đ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def put(code: str, letter: str) -> None:
        forms = [(code, letter), (code.upper(), letter.upper())]
        if len(code) > 1:  # a capital typed before a small mark ("Aù")
            forms.append((code[0].upper() + code[1:], letter.upper()))
        for c, lt in forms:
            table[unicodedata.normalize("NFC", c)] = unicodedata.normalize("NFC", lt)

    for single, letter in _VNI_SINGLE.items():
        put(single, letter)
    for base in ("a", "e", "o", "u", "y", "ô", "ö"):
        plain = _VNI_SINGLE.get(base, base)
        for mark, tone in _TONES.items():
            put(base + mark, plain + tone)
    for base in ("a", "e", "o"):
        for mark, tone in _CIRCUMFLEX.items():
            put(base + mark, base + "\u0302" + tone)
    for mark, tone in _BREVE.items():
        put("a" + mark, "a\u0306" + tone)
    return table


_VNI = _vni_table()
# The base letter may be typed in the other case than its mark (a capital with a small mark).
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

# --- Recognition ------------------------------------------------------------------------------

# The Latin-1 codes the two encodings use that Vietnamese in Unicode never does. A text holding
# one next to a letter ("V¨n", "Ngöôøi") was typed in an old encoding; a sign standing alone
# ("½ kg", "37°C") is left as it is.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_VNI_CODES = {ch for code in _VNI for ch in code if ord(ch) > 0x7F}
FOREIGN = frozenset((set(map(chr, _TCVN3_LETTERS)) | _VNI_CODES) - _VIETNAMESE_LATIN1)
_TCVN3_ONLY = FOREIGN - _VNI_CODES
_VNI_PAIR = re.compile("[aeiouyAEIOUYôöÔÖ][" + "".join(sorted(
    ch for code in _VNI if len(code) > 1 for ch in code[1:])) + "]")
_CODES = frozenset(map(chr, _TCVN3_LETTERS)) | _VNI_CODES
_MAYBE = re.compile("[" + re.escape("".join(sorted(_CODES))) + "]")
_FOREIGN_RE = re.compile("[" + re.escape("".join(sorted(FOREIGN))) + "]")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_EDGES = " \t\n.,;:!?()[]\"'-/0123456789"
_VOWELS = frozenset("aăâeêioôơuưy")
_FINALS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
# The vowel groups of Vietnamese syllables (tones removed); "qu" and "gi" are onsets.
_NUCLEI = frozenset((
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
    "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
    "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "ya", "yê", "iêu", "oai", "oao",
    "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "yêu",
))


@dataclass(frozen=True)
class Reading:
    """What a text says, and how it was typed."""

    text: str  # Unicode NFC
    encoding: str  # "unicode", "tcvn3" or "vni"
    certain: bool  # False: neither old encoding reads the text cleanly (name it to the clerk)


def looks_legacy(text: str) -> bool:
    """True when the text holds, next to a letter, a code Vietnamese in Unicode never uses."""
    if not _FOREIGN_RE.search(text):
        return False
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch in FOREIGN and (ch.isalpha() or (i > 0 and text[i - 1].isalpha())
                              or (i < last and text[i + 1].isalpha())):
            return True
    return False


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 text read as Latin-1, back to Unicode NFC (upper-cased for the "H" fonts)."""
    out = unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))
    return out.upper() if capitals else out


def decode_vni(text: str) -> str:
    """VNI text read as Latin-1, back to Unicode NFC."""
    return unicodedata.normalize(
        "NFC", _VNI_PATTERN.sub(lambda m: _VNI[m.group(0)], unicodedata.normalize("NFC", text)))


def _syllable(word: str) -> bool:
    """A word made of Vietnamese letters, with at most one tone mark and one vowel group
    Vietnamese has (numbers and abbreviations pass)."""
    if any(ch in FOREIGN for ch in word):
        return False
    bare = unicodedata.normalize("NFD", word.lower())
    if sum(1 for ch in bare if ch in _TONE_MARKS) > 1:
        return False
    letters = unicodedata.normalize("NFC", "".join(ch for ch in bare if ch not in _TONE_MARKS))
    if letters.startswith(("qu", "gi")) and len(letters) > 2 and letters[2] in _VOWELS:
        letters = letters[2:]
    groups = re.findall("[" + "".join(sorted(_VOWELS)) + "]+", letters)
    if len(groups) > 1 or not all(g in _NUCLEI for g in groups):
        return False
    if groups and letters.isalpha():
        final = letters[letters.rindex(groups[0]) + len(groups[0]):]
        if final not in _FINALS or (final and groups[0] in ("y", "ay", "ây", "uy", "ai")
                                    and groups[0] != "uy"):
            return False
    return True


def _reads_as_vietnamese(text: str) -> float:
    """Share of words (between spaces, punctuation and digits trimmed, signs without a letter
    left out) that read as Vietnamese syllables."""
    words = [w for w in (part.strip(_EDGES) for part in text.split())
             if any(ch.isalpha() for ch in w)]  # "½", "×2" and numbers say nothing
    if not words:
        return 1.0
    return sum(_syllable(w) for w in words) / len(words)


def font_encoding(font_name: str | None) -> str | None:
    """The encoding a font name stands for: ".VnTime" → tcvn3, "VNI-Times" → vni."""
    name = (font_name or "").strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return None


def read_text(text: str, font_name: str | None = None, assume: str | None = None) -> Reading:
    """The Unicode a cell's text stands for.

    `font_name` is the cell's font when the caller has it: an old encoding's font decides how
    a text that could be either is read ("Chóa" in `.VnTime` is "Chúa"). `assume` is the
    encoding the rest of the file was typed in, used the same way when the cell's font is
    unknown. Without either, only a text that plainly is not Unicode is converted."""
    text = text or ""
    if not _MAYBE.search(text):
        return Reading(unicodedata.normalize("NFC", text), "unicode", True)
    own = _reads_as_vietnamese(text)
    hint = font_encoding(font_name)
    if hint is None and not (font_name or "").strip():
        hint = assume
    capitals = hint == "tcvn3" and (font_name or "").strip().lower().rstrip(" 0123456789"
                                                                         ).endswith("h")
    candidates = {"tcvn3": decode_tcvn3(text, capitals=capitals), "vni": decode_vni(text)}
    scores = {name: _reads_as_vietnamese(value) for name, value in candidates.items()}
    if hint is not None and scores[hint] == 1.0 and scores[hint] >= own:
        return Reading(candidates[hint], hint, True)
    # Codes both Unicode and an old encoding use ("Thaùi", "nghÌo") only count when the text
    # does not read as Vietnamese as it stands.
    if not looks_legacy(text) and own == 1.0:
        return Reading(unicodedata.normalize("NFC", text), "unicode", True)
    # Both may read cleanly ("Quaûng" is also "Quaỷng" in TCVN3): the codes only one of them
    # uses, then the font, decide.
    marks = {"tcvn3": sum(ch in _TCVN3_ONLY for ch in text),
             "vni": len(_VNI_PAIR.findall(text))}
    best = max(scores, key=lambda name: (scores[name], name == hint, marks[name]))
    if scores[best] <= own:
        return Reading(unicodedata.normalize("NFC", text), "unicode", not looks_legacy(text))
    other = "vni" if best == "tcvn3" else "tcvn3"
    # Two different clean readings and nothing to choose between them: ask the clerk.
    torn = (hint is None and scores[other] == scores[best] and marks[other] == marks[best]
            and candidates[other] != candidates[best])
    return Reading(candidates[best], best, scores[best] == 1.0 and not torn)
