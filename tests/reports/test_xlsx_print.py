"""Every spreadsheet the program writes prints: converted by LibreOffice (headless) to PDF
and read back, every text of what prints is there, no "_x000a_" escape codes, no type below
9 pt after fitting to the page. Excel reads the same page set-up (print area, fit to width,
header and footer sections). Skipped with the reason when soffice is not installed (Debian:
libreoffice-calc-nogui)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from openpyxl.utils import range_boundaries

ROOT = Path(__file__).resolve().parents[2]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install "
                            "libreoffice-calc-nogui to check how the spreadsheets print")


def _cli(tmp: Path, *args: str) -> None:
    env = {**os.environ, "ISHC_DATA_DIR": str(tmp / "data")}
    run = subprocess.run([sys.executable, "main.py", "--db", str(tmp / "d.sqlite3"), *args],
                         cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """{name: (xlsx path, pdf path)} for every kind of spreadsheet, from a one-club demo."""
    tmp = tmp_path_factory.mktemp("xlsx-print")
    (tmp / "data").mkdir()
    _cli(tmp, "demo", "--clubs", "1")
    files = {
        "template": ("template-members", "--club", "DX001"),
        "members": ("export-members", "--club", "DX001"),
        "members-full": ("export-members", "--club", "DX001", "--unmasked"),
        "fund-book": ("print", "fund-book", "--club", "DX001", "--fund", "income", "--from",
                      "01/01/2025", "--to", "31/12/2025"),
        "loan-register": ("print", "loan-register", "--club", "DX001"),
        "collection-sheet": ("print", "collection-sheet", "--club", "DX001", "--date",
                             "25/02/2026"),
    }
    for name, args in files.items():
        _cli(tmp, *args, "-o", str(tmp / f"{name}.xlsx"))
    out = tmp / "pdf"
    run = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                          "--convert-to", "pdf", "--outdir", str(out),
                          *[str(tmp / f"{n}.xlsx") for n in files]],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return {n: (tmp / f"{n}.xlsx", out / f"{n}.pdf") for n in files}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ")


def _printed_texts(path: Path) -> list[str]:
    """The text cells, header and footer sections of what prints: every visible sheet, its
    print area when it has one."""
    texts = []
    for ws in openpyxl.load_workbook(path).worksheets:
        if ws.sheet_state != "visible":
            continue
        area = ws.print_area
        if area:
            ref = area.split("!")[-1].replace("$", "")
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        else:
            min_col, min_row, max_col, max_row = 1, 1, ws.max_column, ws.max_row
        for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col,
                                max_col=max_col, values_only=True):
            texts += [v for v in row if isinstance(v, str) and v.strip()]
        for part in (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right,
                     ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
            if part.text:
                texts.append(part.text.replace("&&", "&").replace("&P", "").replace("&N", ""))
    return texts


@pytest.mark.parametrize("name", ["template", "members", "members-full", "fund-book",
                                  "loan-register", "collection-sheet"])
def test_spreadsheet_prints_readably(printed, name):
    xlsx, pdf_path = printed[name]
    with pdfplumber.open(pdf_path) as pdf:
        sizes = [c["size"] for page in pdf.pages for c in page.chars]
        text = _norm(" ".join(page.extract_text() or "" for page in pdf.pages))
    assert sizes and min(sizes) >= 9, f"{name}: type of {min(sizes):.1f} pt after fitting"
    assert "_x00" not in text
    words = set(text.split())
    missing = {w for t in _printed_texts(xlsx) for w in _norm(t).split()
               if w not in words and w.strip("/") not in text}
    assert not missing, f"{name}: not printed: {sorted(missing)[:20]}"


def test_member_register_prints_the_paper_registers_columns(printed):
    """The print area holds what a paper register holds; CCCD, phone and the flags stay in
    the sheet (and in the file the import reads back)."""
    xlsx, pdf_path = printed["members-full"]
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    assert ws.print_area.split("!")[-1].startswith("$A$1:$I$")
    heads = [c.value.split("\n")[0] for c in ws[1]]
    assert heads[:9] == ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc",
                         "Thôn/tổ dân phố", "Hoàn cảnh hộ", "Vai trò", "Ghi chú"]
    assert "Số CCCD" in heads[9:] and "Điện thoại" in heads[9:]
    with pdfplumber.open(pdf_path) as pdf:
        first = pdf.pages[0].extract_text()
    assert "Số CCCD" not in first and "DANH SÁCH THÀNH VIÊN" in first
