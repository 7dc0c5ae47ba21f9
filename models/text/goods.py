"""Goods as a clerk writes them in a book or on a paper: quantities and in-kind loan items."""

from __future__ import annotations

from decimal import Decimal

from models.text.vietnamese import format_number


def quantity_text(quantity: Decimal) -> str:
    """A quantity of goods as printed: 3600 -> "3.600", 2.5 -> "2,5"."""
    whole, _, frac = format(quantity.normalize(), "f").partition(".")
    text = format_number(int(whole))
    return f"{text},{frac}" if frac else text


def goods_text(quantity: Decimal | None, unit: str, item: str,
               unit_value: int | None = None) -> str:
    """Goods as a clerk writes them: "3.600 cây giống keo, 1.000 đ/cây", "80 con gà giống".

    The item's first letter is lowered (it follows a number in a sentence) and a unit the
    item already starts with is not said twice ("cây" + "Cây giống keo")."""
    name = item[:1].lower() + item[1:] if item[:1].isupper() and not item[1:2].isupper() \
        else item
    words = [quantity_text(quantity)] if quantity is not None else []
    if unit and not name.casefold().startswith(unit.casefold() + " "):
        words.append(unit)
    words.append(name)
    text = " ".join(w for w in words if w)
    if unit_value:
        text += f", {format_number(unit_value)} đ/{unit or 'đơn vị'}"
    return text
