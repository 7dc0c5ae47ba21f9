"""Numbers with decimals as the reader's language writes them: "5,6" in Vietnamese (the
comma is the decimal mark, "." groups thousands, as in "2,6 MB" and "1.250.000 đ"), "5.6" in
English. Money and counts stay in whole units through vietnamese.format_number; official
papers are always Vietnamese and do not use these.
"""

from __future__ import annotations

from models.text.catalog import language, tr


def decimal_text(value: float, digits: int = 1) -> str:
    """`value` with `digits` decimals in the current language: 1234.5 -> "1.234,5" / "1,234.5"."""
    text = f"{value:,.{digits}f}"
    if language() == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent_text(value: float, digits: int = 1) -> str:
    """A share in percent: "62,5%" / "62.5%"."""
    return decimal_text(value, digits) + "%"


def integer_text(n: int) -> str:
    """A whole number with thousands grouped: "1.234" / "1,234"."""
    return decimal_text(n, 0)


def size_text(size: int) -> str:
    """A file size: "1.234 KB" below a megabyte, else "12,3 MB" ("12.3 MB" in English)."""
    if size < 1024 * 1024:
        return f"{integer_text(max(1, round(size / 1024)))} KB"
    return decimal_text(size / (1024 * 1024)) + " MB"


def seconds_text(seconds: float) -> str:
    """A duration: "5,6 giây" / "5.6 seconds"."""
    return tr("{sec} giây").format(sec=decimal_text(seconds))
