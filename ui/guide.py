"""Where the user guide lives and which part of it explains each page."""

from __future__ import annotations

from pathlib import Path

GUIDE_DIR = Path(__file__).resolve().parent.parent / "docs" / "guide"
CONTENTS = "README.md"

# The part of the guide F1 opens on each page of the window (ui/pages PAGES keys).
PAGE_PARTS: dict[str, str] = {
    "clubs": "02-cau-lac-bo.md",
    "members": "03-thanh-vien.md",
    "funds": "04-quy.md",
    "loans": "05-cho-vay.md",
    "documents": "06-giay-to.md",
    "meetings": "07-sinh-hoat.md",
    "activities": "07-sinh-hoat.md",
    "training": "07-sinh-hoat.md",
    "supervision": "08-giam-sat.md",
    "backup": "09-sao-luu.md",
    "users": "10-tai-khoan.md",
    "audit": "10-tai-khoan.md",
    "settings": "11-cai-dat-co-quan.md",
    "dashboard": "12-ke-hoach-bao-cao.md",
    "reports": "12-ke-hoach-bao-cao.md",
    "exchange": "12-ke-hoach-bao-cao.md",
}


def part_for(page_key: str | None) -> Path:
    """The guide's file for a page; the contents for a page the guide does not cover."""
    return GUIDE_DIR / PAGE_PARTS.get(page_key or "", CONTENTS)


def parts() -> list[tuple[str, Path]]:
    """The guide's parts in reading order, each with its title (the file's first heading)."""
    out = []
    for path in [GUIDE_DIR / CONTENTS, *sorted(GUIDE_DIR.glob("[0-9][0-9]-*.md"))]:
        first = path.read_text(encoding="utf-8").splitlines()[0] if path.exists() else ""
        out.append((first.lstrip("# ").strip() or path.stem, path))
    return out
