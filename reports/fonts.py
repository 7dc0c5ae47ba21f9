"""The document font: Times New Roman when the machine has it, else the bundled Liberation Serif.

Decree 30 asks for a Unicode Vietnamese font and offices use Times New Roman; Liberation Serif 2.x
has the same metrics and is shipped in resources/fonts (OFL). reportlab's built-in Times-Roman has
no Vietnamese glyphs, so TrueType files are registered, all four styles, as one family so that
<b> and <i> work in paragraphs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "fonts"

# Glyphs a usable font must have: stacked marks on capitals and the horned letters.
_VIETNAMESE_PROBE = "ẮẰẲẴẶỦỨỪỰỮĐđơưỹỵ"

# File names per style, in the spellings Windows, Debian's msttcorefonts and macOS use.
_TIMES_FILES = {
    "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "bold_italic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf",
                    "Times New Roman Bold Italic.ttf"),
}
_BUNDLED = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}
# Set to "bundled" to ignore an installed Times New Roman (reproducible output across machines).
ENV_FONT = "ISHC_DOC_FONT"


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab names of the four styles of the document family."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def pick(self, bold: bool = False, italic: bool = False) -> str:
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular


_registered: FontSet | None = None


def font_dirs() -> list[Path]:
    """Folders where an installed Times New Roman may be found, most likely first."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    if sys.platform == "win32" or not windir:
        dirs.append(Path("C:/Windows/Fonts"))
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path(p) for p in (
        "/usr/share/fonts/truetype/msttcorefonts",
        "/usr/share/fonts/TTF",
        "/usr/share/fonts/truetype",
        "/usr/share/fonts/msttcore",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        "/System/Library/Fonts/Supplemental",
    )]
    dirs.append(Path.home() / ".fonts")
    dirs.append(Path.home() / ".local" / "share" / "fonts")
    return dirs


def _find_times() -> dict[str, Path] | None:
    for folder in font_dirs():
        try:
            if not folder.is_dir():
                continue
            # Case-insensitive lookup: Windows file names differ in case between versions.
            present = {p.name.lower(): p for p in folder.iterdir()}
        except OSError:
            continue
        found = {}
        for style, names in _TIMES_FILES.items():
            path = next((present[n.lower()] for n in names if n.lower() in present), None)
            if path is None:
                break
            found[style] = path
        else:
            return found
    return None


def _register(prefix: str, files: dict[str, Path]) -> FontSet:
    # The regular style carries the family name itself, so a style may name the family.
    names = {style: prefix if style == "regular" else f"{prefix}-{style}" for style in files}
    fonts = {style: TTFont(names[style], str(path)) for style, path in files.items()}
    for font in fonts.values():
        # Old Times New Roman releases lack Vietnamese: refuse them rather than print boxes.
        if any(ord(ch) not in font.face.charToGlyph for ch in _VIETNAMESE_PROBE):
            raise TTFError(f"{font.fontName}: no Vietnamese glyphs")
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(prefix, normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    # Paragraph markup looks fonts up by their own names too.
    for style, (bold, italic) in {"regular": (0, 0), "bold": (1, 0), "italic": (0, 1),
                                  "bold_italic": (1, 1)}.items():
        addMapping(names["regular"], bold, italic, names[style])
    return FontSet(prefix, names["regular"], names["bold"], names["italic"],
                   names["bold_italic"])


def document_fonts() -> FontSet:
    """Register the document family once (idempotent) and return its four style names."""
    global _registered
    if _registered is not None:
        return _registered
    if os.environ.get(ENV_FONT, "").lower() != "bundled":
        times = _find_times()
        if times:
            try:
                _registered = _register("TimesNewRoman", times)
                return _registered
            except Exception:  # unreadable, damaged or too old: use the bundled font
                pass
    _registered = _register("LiberationSerif",
                            {style: RESOURCES / name for style, name in _BUNDLED.items()})
    return _registered


def document_font() -> str:
    """Family name of the registered document font (also its regular style's name)."""
    return document_fonts().regular
