"""Reading a PDF back for layout assertions (pdfplumber): phrases, baselines, rules."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

MM = 72 / 25.4
SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


@dataclass
class Found:
    """A printed phrase: its box (top-down coordinates), baseline, fonts and sizes."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float  # from the page top
    fonts: set[str]
    sizes: set[float]

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def open_pdf(data: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(data))


def find(page, phrase: str, nth: int = 0) -> Found:
    """The nth place a phrase is printed on a page (it may share a text line with others)."""
    hits = page.search(phrase, regex=False, return_chars=True)
    assert len(hits) > nth, f"{phrase!r} not on page {page.page_number}"
    hit = hits[nth]
    chars = [c for c in hit["chars"] if c["text"].strip()]
    baseline = page.height - chars[0]["matrix"][5]
    return Found(hit["text"], hit["x0"], hit["x1"], hit["top"], hit["bottom"], baseline,
                 {c["fontname"].split("+")[-1] for c in chars},
                 {round(c["size"], 1) for c in chars})


def style_of(font: str) -> str:
    """"LiberationSerif-BoldItalic" or "TimesNewRomanPS-BoldItalicMT" -> "BoldItalic"."""
    return font.split("-")[1].removesuffix("MT") if "-" in font else ""


def has(page, phrase: str) -> bool:
    return bool(page.search(phrase, regex=False))


def rule_under(page, found: Found, within: float = 15.0) -> dict:
    """The horizontal rule drawn just under a phrase (closest below it)."""
    rules = [ln for ln in page.lines
             if abs(ln["top"] - ln["bottom"]) < 0.1 and 0 <= ln["top"] - found.bottom <= within
             and ln["x0"] < found.x1 and ln["x1"] > found.x0]
    assert rules, f"no rule under {found.text!r}"
    return min(rules, key=lambda ln: ln["top"] - found.bottom)


def text_chars(page) -> list[dict]:
    return [c for c in page.chars if c["text"].strip()]


def all_text(data: bytes) -> str:
    with open_pdf(data) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def flat_text(data: bytes) -> str:
    """All text with line breaks as spaces (phrases that wrap can be searched)."""
    return " ".join(all_text(data).split())


def render_png(pdf: bytes, name: str, tmp: Path) -> Path | None:
    """First page at 80 dpi into docs/samples/NAME.png (None without poppler's pdftoppm)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    source = tmp / f"{name}.pdf"
    source.write_bytes(pdf)
    SAMPLES.mkdir(parents=True, exist_ok=True)
    target = SAMPLES / name
    subprocess.run([exe, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(source),
                    str(target)], check=True, timeout=60)
    return target.with_suffix(".png")
