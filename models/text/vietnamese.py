"""Vietnamese text rules: normalisation, search and sort keys, dates, money, ID checks.

Pure Python on purpose: the domain layer, the CLI and the report writers all need these rules
without Qt, ICU or a locale being installed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ETHNIC_GROUPS",
    "amount_in_words",
    "clean_cccd",
    "decree_date",
    "decree_date_line",
    "fold",
    "format_date",
    "format_money",
    "format_number",
    "name_sort_key",
    "nfc",
    "normalize_ethnicity",
    "parse_date",
    "split_name",
    "validate_cccd",
    "validate_phone",
    "vietnamese_key",
]

_SPACES = re.compile(r"\s+")
# Legacy VNI/TCVN3 converters often produce the Icelandic eth (Ð/ð) instead of Đ/đ.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
# Format characters nobody types on purpose in Vietnamese: zero-width space, non-joiner,
# joiner, word joiner, byte order mark, and the bidirectional marks (LRM, RLM, ALM),
# embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# A soft hyphen is invisible in Unicode text and dropped, except in legacy TCVN3 (.VnTime)
# text read as Unicode, where 0xAD is the letter "ư": such text also holds code points of
# U+00A1-U+00FF that are no Vietnamese letter in Unicode (¨ © ª ® µ ¸ Ò Þ î …); kept as is.
_SOFT_HYPHEN = "\u00ad"
_TCVN3 = re.compile("[\u00a1-\u00aa\u00ac\u00ae-\u00ba\u00bc-\u00bf\u00c4-\u00c7\u00cb"
                    "\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1"
                    "\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]")


# --- Normalisation and search ----------------------------------------------------------------


@lru_cache(maxsize=16384)  # imports and searches meet the same names and words again and again
def nfc(text: str | None) -> str:
    """NFC form, trimmed, inner whitespace runs collapsed to one space; None gives "".

    Invisible characters pasted from the web or a phone are dropped (see _INVISIBLE), so
    "Huệ" with a zero-width space inside is the same name and the same search key."""
    if text is None:
        return ""
    text = text.translate(_INVISIBLE)
    if _SOFT_HYPHEN in text and not _TCVN3.search(text):
        text = text.replace(_SOFT_HYPHEN, "")
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Accent- and case-insensitive search key: "Nguyễn Thị Huệ" -> "nguyen thi hue"."""
    decomposed = unicodedata.normalize("NFD", nfc(text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFD does not decompose đ (it is a letter of its own, not d + mark), so map it by hand.
    return nfc(bare.translate(_D_MAP))


def split_name(full_name: str) -> tuple[str, str]:
    """(family and middle names, given name): the given name is the last word."""
    words = nfc(full_name).split(" ")
    return " ".join(words[:-1]), words[-1]


# --- Collation -------------------------------------------------------------------------------
#
# Keys are built from [0-9a-z] only: byte order (SQLite, Python, PostgreSQL "C") is the intended
# order, and locale collations, which differ from it mainly on case and punctuation, find
# neither in a key.  Layout: primary codes, "0", tone codes.  Every primary
# code starts with a class digit >= "1" and its length is fixed by that digit, so the code set is
# prefix-free and plain string comparison compares letter by letter; "0" ends the primary part
# so that a word sorts before its own extensions ("An" < "Anh").  Tones come after the whole
# primary part, which makes them a secondary difference as in CLDR `vi`.

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # CLDR vi: f j w z keep their Latin places
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_LETTER_CODE = {ch: "4" + _B36[i] for i, ch in enumerate(_ALPHABET)}
_MODIFIED = {  # combining marks that make a separate letter of the alphabet
    ("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô", ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư",
}
# ngang "1" < huyền < hỏi < ngã < sắc < nặng
_TONE_CODE = {"\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0301": "5", "\u0323": "6"}
_FIELD_SEP = "0"  # lower than every code: ends the primary part, joins name parts
_SPACE_CODE = "1"  # whitespace sorts before punctuation, digits and letters
_MAX_RUN = 30


def _b36(n: int, width: int) -> str:
    out = ""
    for _ in range(width):
        n, r = divmod(n, 36)
        out = _B36[r] + out
    return out


def _cp_code(cls: str, ch: str) -> str:
    """Class digit + code point: 2 digits below U+04EC (keys stay short), else "z" + 4."""
    cp = ord(ch)
    return cls + (_b36(cp, 2) if cp < 35 * 36 else "z" + _b36(cp, 4))


def _clusters(text: str) -> list[tuple[str, str]]:
    """(base character, its combining marks) pairs of the lower-cased NFD text."""
    out: list[tuple[str, str]] = []
    for c in unicodedata.normalize("NFD", nfc(text).casefold()):
        if unicodedata.combining(c) and out:
            out[-1] = (out[-1][0], out[-1][1] + c)
        elif not unicodedata.combining(c):
            out.append((c, ""))
    return out


def vietnamese_key(text: str) -> str:
    """Sort key in Vietnamese alphabetical order (CLDR `vi`), usable as a stored column.

    Letters are compared one by one over the whole string first (ă, â, đ, ê, ô, ơ, ư are
    letters of their own); tones break ties; case is ignored.  Runs of digits compare by
    numeric value ("Tổ 2" < "Tổ 10") and sort before letters.
    """
    clusters = _clusters(text)
    if not clusters:
        return ""
    primary: list[str] = []
    tones: list[str] = []
    i = 0
    while i < len(clusters):
        base, marks = clusters[i]
        if base in "0123456789":
            j = i
            while j < len(clusters) and clusters[j][0] in "0123456789":
                j += 1
            digits = "".join(b for b, _ in clusters[i:j]).lstrip("0") or "0"
            # Length first, so a longer number is a larger one; chunked to stay prefix-free.
            for k in range(0, len(digits), _MAX_RUN):
                chunk = digits[k : k + _MAX_RUN]
                primary.append("3" + _B36[len(chunk)] + chunk)
            i = j
            continue
        i += 1
        if base in "ðđ":
            base = "đ"
        if base.isspace():
            primary.append(_SPACE_CODE)
            continue
        if not base.isalpha():
            primary.append(_cp_code("2", base))
            continue
        for mark in marks:
            base = _MODIFIED.get((base, mark), base)
        primary.append(_LETTER_CODE.get(base) or _cp_code("5", base))
        tone = "1"
        for mark in marks:
            tone = _TONE_CODE.get(mark, tone)
        tones.append(tone)
    # Trailing ngang codes carry no information: dropping them keeps keys short and the order
    # intact, because the separator that may follow is lower than "1".
    return "".join(primary) + _FIELD_SEP + "".join(tones).rstrip("1")


def name_sort_key(full_name: str) -> str:
    """Key sorting people by given name, then family and middle names (Vietnamese order)."""
    family, given = split_name(full_name)
    return vietnamese_key(given) + _FIELD_SEP + vietnamese_key(family)


# --- Dates -----------------------------------------------------------------------------------

_DMY = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def format_date(d: dt.date | None) -> str:
    """Day/month/year with leading zeros ("05/03/2024"); None gives ""."""
    return "" if d is None else f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date(text: str, *, iso: bool = True) -> dt.date:
    """Parse d/m/yyyy (separators / - .) or, unless `iso` is False (the command line, where
    dates are dd/mm/yyyy only), ISO yyyy-mm-dd; ValueError with a reason if not."""
    s = nfc(text).replace(" ", "")
    if not s:
        raise ValueError("empty date")
    if iso and (m := _ISO.fullmatch(s)):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DMY.fullmatch(s):
        if len(m.group(4)) != 4:
            # "05/03/24" could be 1924 or 2024: birth dates make guessing dangerous.
            raise ValueError("year must have four digits")
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        raise ValueError("expected dd/mm/yyyy")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("no such day or month") from None


def decree_date(d: dt.date) -> str:
    """Decree 30 date, "ngày 05 tháng 3 năm 2024": days below 10 and months 1-2 padded."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def decree_date_line(place: str, d: dt.date) -> str:
    """Place and date line: "Phường Đức Xuân, ngày 05 tháng 3 năm 2024"."""
    return f"{nfc(place)}, {decree_date(d)}"


# --- Numbers and money -----------------------------------------------------------------------

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 10**9


def format_number(n: int) -> str:
    """Thousands separated by ".": 1205000 -> "1.205.000"."""
    return f"{int(n):,}".replace(",", ".")


def format_money(n: int) -> str:
    """Amount with the đồng sign: "1.205.000 đ"."""
    return f"{format_number(n)} đ"


def _group_words(n: int, inner: bool) -> list[str]:
    """Words for 1..999; an inner group always says its hundreds ("không trăm")."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or inner:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += ["linh", _DIGITS[units]] if words else [_DIGITS[units]]
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_billion(n: int, inner: bool) -> list[str]:
    words: list[str] = []
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = n // scale % 1000
        if group:  # all-zero groups are skipped entirely
            words += _group_words(group, inner)
            if name:
                words.append(name)
            inner = True
    return words


def _words(n: int) -> list[str]:
    # Above a billion the reading recurses on "tỷ": 10**12 "nghìn tỷ", 10**18 "tỷ tỷ".
    if n >= _BILLION:
        high, low = divmod(n, _BILLION)
        return _words(high) + ["tỷ"] + _below_billion(low, inner=True)
    return _below_billion(n, inner=False)


def amount_in_words(n: int) -> str:
    """Amount in words for vouchers: 1205000 -> "Một triệu hai trăm linh năm nghìn đồng"."""
    n = int(n)
    words = ["âm"] if n < 0 else []
    words += _words(abs(n)) or ["không"]
    text = " ".join(words + ["đồng"])
    return text[0].upper() + text[1:]


# --- Ethnic groups ---------------------------------------------------------------------------

ETHNIC_GROUPS: tuple[str, ...] = (
    "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai",
    "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai",
    "Mnông", "Thổ", "Xtiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ",
    "Giẻ Triêng", "Co", "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "Kháng", "La Chí",
    "Phù Lá", "La Hủ", "La Ha", "Pà Thẻn", "Chứt", "Lự", "Lô Lô", "Mảng", "Cờ Lao", "Bố Y",
    "Cống", "Ngái", "Si La", "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu",
)

# Older official spellings and common everyday names, keyed like _ethnic_key() output.
_ETHNIC_ALIASES = {
    "viet": "Kinh", "khome": "Khmer", "khomer": "Khmer", "hmong": "Mông", "meo": "Mông",
    "jrai": "Gia Rai", "rhade": "Ê Đê", "bahnar": "Ba Na", "koho": "Cơ Ho", "sedang": "Xơ Đăng",
    "stieng": "Xtiêng", "khmu": "Khơ Mú", "vankieu": "Bru - Vân Kiều", "bru": "Bru - Vân Kiều",
    "katu": "Cơ Tu", "paco": "Tà Ôi", "chro": "Chơ Ro",
}


def _ethnic_key(text: str) -> str:
    key = fold(text)
    for prefix in ("dan toc ", "dt "):
        key = key.removeprefix(prefix)
    return re.sub(r"[\s\-'’ʼ`.]", "", key)


_ETHNIC_LOOKUP = {_ethnic_key(name): name for name in ETHNIC_GROUPS} | _ETHNIC_ALIASES


def normalize_ethnicity(text: str) -> str | None:
    """Official name of the ethnic group the user typed ("hmong" -> "Mông"), or None."""
    return _ETHNIC_LOOKUP.get(_ethnic_key(text or "")) or None


# --- ID card and phone -----------------------------------------------------------------------

# Birth-province codes of the 12-digit CCCD (Circular 07/2016/TT-BCA), the 63 pre-2025
# provinces; cards keep these codes after the 2025 merger of provinces.
_PROVINCE_CODES = frozenset({
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
})


def clean_cccd(number: str) -> str:
    """The ID number without the spaces and dots people type to group digits."""
    return re.sub(r"[\s.]", "", number or "")


def validate_cccd(number: str) -> str | None:
    """None if valid, else "digits", "length" or "province"."""
    s = clean_cccd(number)
    if s and not (s.isascii() and s.isdigit()):
        return "digits"
    if len(s) != 12:
        return "length"
    if s[:3] not in _PROVINCE_CODES:
        return "province"
    return None


# Mobiles are 0 + 9 digits; landlines since 2017 are 02x(x) + subscriber = 0 + 10 digits.
# A zero after the trunk prefix would be an international call prefix, not a number.
_PHONE = re.compile(r"(?:0|\+84)(?:[1-9][0-9]{8}|2[0-9]{9})")


def validate_phone(number: str) -> str | None:
    """None for 0 + 9 digits or +84 + 9 digits (landlines one more), else "format".

    Spaces, dots and dashes are ignored.
    """
    s = re.sub(r"[\s.\-]", "", number or "")
    return None if _PHONE.fullmatch(s) else "format"
