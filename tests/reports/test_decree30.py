"""The Decree 30 engine read back from its PDF: page, margins, header, title, signature block,
recipients, page numbers, end mark, invariant bytes, NFC output."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from reports import fonts
from reports.decree30 import (
    Article,
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    PageSetup,
    Para,
    Recipients,
    Signature,
    Title,
    basis_lines,
    build_document,
    recipient_lines,
    render,
    with_end_mark,
)
from tests.reports.pdf_probe import (
    MM,
    all_text,
    find,
    flat_text,
    has,
    open_pdf,
    rule_under,
    style_of,
    text_chars,
)

A4 = (595.28, 841.89)
DATE_LINE = "Phường Đức Xuân, ngày 05 tháng 3 năm 2024"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
FONT_FAMILIES = ("LiberationSerif", "TimesNewRoman")

HEADER = Header("", "Ủy ban nhân dân phường Đức Xuân", "Số: 05/QĐ-UBND", "Phường Đức Xuân",
                dt.date(2024, 3, 5))
TITLE = Title("Quyết định", "Về việc thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1",
              decider="Ủy ban nhân dân phường Đức Xuân")
SIGNATURE = Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Minh")
RECIPIENTS = Recipients(("Như Điều 3", "Hội Người cao tuổi tỉnh Thái Nguyên", "Lưu: VT"))


def body(paragraphs: int = 0) -> tuple:
    filler = ("Câu lạc bộ hoạt động theo phương thức liên thế hệ, tự giúp nhau, tự nguyện, tự "
              "quản, không vì mục đích lợi nhuận, vì sức khỏe và thu nhập của người cao tuổi.")
    return (*basis_lines(["Căn cứ Luật Người cao tuổi ngày 23 tháng 11 năm 2009",
                          "Theo đề nghị của Chủ tịch Hội Người cao tuổi phường"]),
            Heading("QUYẾT ĐỊNH:"),
            Article(1, "Thành lập Câu lạc bộ Liên thế hệ tự giúp nhau Tổ 1.",
                    tuple([filler] * paragraphs)),
            Article(2, "Quyết định này có hiệu lực kể từ ngày ký."),
            Article(3, "Ban chủ nhiệm Câu lạc bộ chịu trách nhiệm thi hành Quyết định này."))


def decision(paragraphs: int = 0, **changes) -> bytes:
    values = dict(header=HEADER, title=TITLE, body=body(paragraphs), signature=SIGNATURE,
                  recipients=RECIPIENTS)
    values.update(changes)
    return render(Document(**values))


@pytest.fixture(scope="module")
def short() -> bytes:
    return decision()


@pytest.fixture(scope="module")
def long() -> bytes:
    return decision(paragraphs=14)


def test_a4_portrait_and_landscape(short):
    with open_pdf(short) as pdf:
        assert len(pdf.pages) == 1
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx(A4, abs=0.01)
    wide = decision(setup=PageSetup(landscape=True))
    with open_pdf(wide) as pdf:
        page = pdf.pages[0]
        assert (page.width, page.height) == pytest.approx(A4[::-1], abs=0.01)
        assert find(page, QUOC_HIEU).x1 <= page.width - 15 * MM + 0.5


def test_text_stays_inside_the_four_margins(long):
    with open_pdf(long) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            chars = [c for c in text_chars(page) if c["top"] > 20 * MM]  # page number aside
            assert min(c["x0"] for c in chars) == pytest.approx(30 * MM, abs=0.5)
            assert max(c["x1"] for c in chars) <= page.width - 15 * MM + 0.5
            assert max(c["bottom"] for c in chars) <= page.height - 20 * MM + 0.5
        first = text_chars(pdf.pages[0])
        assert min(c["top"] for c in first) >= 20 * MM
        # Justified body lines run right up to the right margin.
        assert max(c["x1"] for c in first) == pytest.approx(pdf.pages[0].width - 15 * MM,
                                                            abs=1.0)


def test_header_fonts_and_sizes(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        expected = {
            QUOC_HIEU: ("Bold", 13.0), TIEU_NGU: ("Bold", 14.0),
            "ỦY BAN NHÂN DÂN": ("Bold", 13.0), "Số: 05/QĐ-UBND": ("", 13.0),
            DATE_LINE: ("Italic", 14.0),
        }
        for phrase, (style, size) in expected.items():
            found = find(page, phrase)
            (font,) = found.fonts
            assert font.startswith(FONT_FAMILIES), font
            assert style_of(font) == style, (phrase, font)
            assert found.sizes == {size}, phrase


def test_quoc_hieu_fits_on_one_line_in_the_right_column(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        qh = find(page, QUOC_HIEU)  # search() only matches within one text line
        assert qh.x1 - qh.x0 == pytest.approx(95.7 * MM, abs=1.5)
        assert qh.x0 > 30 * MM + 60 * MM  # in the right column, left of it is the body
        tn = find(page, TIEU_NGU)
        assert tn.centre == pytest.approx(qh.centre, abs=0.5)
        assert tn.top > qh.bottom


def test_rules_under_tieu_ngu_and_issuing_body(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        tn = find(page, TIEU_NGU)
        rule = rule_under(page, tn)
        assert rule["x0"] == pytest.approx(tn.x0, abs=1.0)
        assert rule["x1"] == pytest.approx(tn.x1, abs=1.0)
        # The issuing body wraps ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐỨC XUÂN"); its rule is 1/3-1/2
        # of the text and centred under it.
        first, second = find(page, "ỦY BAN NHÂN DÂN"), find(page, "PHƯỜNG ĐỨC XUÂN")
        assert second.top > first.bottom
        text_width = max(first.x1 - first.x0, second.x1 - second.x0)
        rule = rule_under(page, second)
        length = rule["x1"] - rule["x0"]
        assert text_width / 3 <= length <= text_width / 2
        assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(second.centre, abs=1.0)


def test_date_line_and_number_share_a_baseline(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        date_line = find(page, DATE_LINE)
        number = find(page, "Số: 05/QĐ-UBND")
        assert date_line.text == DATE_LINE
        assert date_line.baseline == pytest.approx(number.baseline, abs=0.3)
        assert number.x1 < date_line.x0
        assert date_line.top > rule_under(page, find(page, TIEU_NGU))["bottom"]


def test_title_block(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        kind = find(page, "QUYẾT ĐỊNH")
        centre = 30 * MM + (page.width - 45 * MM) / 2
        assert kind.centre == pytest.approx(centre, abs=1.0)
        assert kind.sizes == {14.0} and all("Bold" in f for f in kind.fonts)
        summary = find(page, "Về việc thành lập")
        assert all("Bold" in f for f in summary.fonts)
        rule = rule_under(page, find(page, "tự giúp nhau Tổ 1"), within=20)
        widest = max(ln["x1"] - ln["x0"] for ln in page.extract_text_lines()
                     if ln["top"] >= summary.top - 1 and ln["bottom"] <= rule["top"])
        assert widest / 3 <= rule["x1"] - rule["x0"] <= widest / 2
        decider = find(page, "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN")
        assert decider.top > rule["top"] and all("Bold" in f for f in decider.fonts)
        basis = find(page, "Căn cứ Luật Người cao tuổi")
        assert all("Italic" in f for f in basis.fonts)
        assert basis.x0 == pytest.approx(30 * MM + 1.27 * 28.3465, abs=0.5)  # first-line indent
        heading = find(page, "QUYẾT ĐỊNH:")
        assert heading.centre == pytest.approx(centre, abs=1.0)
        article = find(page, "Điều 1.")
        assert all("Bold" in f for f in article.fonts)


def test_signature_block_and_recipients(short):
    with open_pdf(short) as pdf:
        page = pdf.pages[0]
        authority = find(page, "TM. ỦY BAN NHÂN DÂN")
        recipients = find(page, "Nơi nhận:")
        assert recipients.top == pytest.approx(authority.top, abs=2.0)
        assert recipients.x0 == pytest.approx(30 * MM, abs=0.5)
        assert recipients.sizes == {12.0} and all("BoldItalic" in f for f in recipients.fonts)
        assert find(page, "- Như Điều 3;").sizes == {11.0}
        assert has(page, "- Lưu: VT.")
        # The signature column is centred under the Quốc hiệu's column.
        qh = find(page, QUOC_HIEU)
        for line in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Minh"):
            assert find(page, line).centre == pytest.approx(qh.centre, abs=1.5), line
        name = find(page, "Hoàng Văn Minh")
        assert name.top - find(page, "PHÓ CHỦ TỊCH").bottom >= 20 * MM
        assert all("Bold" in f for f in name.fonts)
        assert authority.top > find(page, "Ban chủ nhiệm Câu lạc bộ chịu").bottom


def test_page_numbers_from_page_two_centred_in_the_top_margin(long):
    with open_pdf(long) as pdf:
        assert len(pdf.pages) >= 2
        first = pdf.pages[0]
        assert not [c for c in text_chars(first) if c["bottom"] < 20 * MM]
        for n, page in enumerate(pdf.pages[1:], start=2):
            top = [c for c in text_chars(page) if c["bottom"] < 20 * MM]
            assert "".join(c["text"] for c in top) == str(n)
            assert {round(c["size"]) for c in top} == {13}
            centre = (min(c["x0"] for c in top) + max(c["x1"] for c in top)) / 2
            assert centre == pytest.approx(30 * MM + (page.width - 45 * MM) / 2, abs=1.0)


def test_end_mark_after_the_last_paragraph(short):
    text = flat_text(short)
    assert "chịu trách nhiệm thi hành Quyết định này./." in text
    assert text.count("./.") == 1
    assert "./." not in all_text(decision(end_mark=False))


def test_same_data_same_bytes_and_metadata(short):
    again = decision()
    assert again == short
    assert decision(signature=Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Minh")) \
        != short
    with open_pdf(short) as pdf:
        assert pdf.metadata["Creator"] == "ISHC Desk"
        assert pdf.metadata["CreationDate"].startswith("D:2000")
        assert pdf.metadata["Title"].startswith("QUYẾT ĐỊNH Về việc thành lập")


def test_nfd_input_prints_as_nfc():
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    pdf = build_document(
        PageSetup(),
        Header("", nfd("Ủy ban nhân dân phường Đức Xuân"), "Số: 05/QĐ-UBND",
               nfd("Phường Đức Xuân"), dt.date(2024, 3, 5)),
        Title(nfd("Quyết định"), nfd("Về việc thành lập Câu lạc bộ")),
        [Para(nfd("Nguyễn Thị Huệ, Hoàng Văn Ất, Đặng Thị Ễnh.")),
         Article(1, nfd("Thành lập Câu lạc bộ."))],
        Signature("", nfd("CHỦ TỊCH"), nfd("Lương Thị Hạnh")), [nfd("Lưu: VT")])
    text = all_text(pdf)
    assert text == unicodedata.normalize("NFC", text)
    for phrase in ("Nguyễn Thị Huệ, Hoàng Văn Ất, Đặng Thị Ễnh.", DATE_LINE, "Lương Thị Hạnh",
                   "ỦY BAN NHÂN DÂN", "Thành lập Câu lạc bộ./."):
        assert phrase in text


def test_minutes_form_has_no_date_line_and_two_signatures():
    pdf = render(Document(
        header=Header("Hội Người cao tuổi phường Đức Xuân", "Câu lạc bộ Liên thế hệ\ntự giúp "
                      "nhau Tổ 1", "Số: 01/BB-CLB", place=None),
        title=Title("Biên bản", "Lễ ra mắt Câu lạc bộ"),
        body=(Para("Buổi lễ kết thúc vào hồi 10 giờ 30 cùng ngày."),),
        signature=(Signature("", "THƯ KÝ", "Hà Thị Ễnh"), Signature("", "CHỦ TỌA",
                                                                     "Lương Thị Hạnh"))))
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        assert not has(page, "tháng") and not has(page, "Nơi nhận")
        assert find(page, "CÂU LẠC BỘ LIÊN THẾ HỆ").top < find(page, "TỰ GIÚP NHAU TỔ 1").top
        secretary, chair = find(page, "THƯ KÝ"), find(page, "CHỦ TỌA")
        assert secretary.top == pytest.approx(chair.top, abs=0.5)
        middle = page.width / 2
        assert secretary.x1 < middle < chair.x0
        assert chair.centre == pytest.approx(find(page, QUOC_HIEU).centre, abs=1.5)
        assert find(page, "Lương Thị Hạnh").top - chair.bottom >= 20 * MM
        assert "cùng ngày./." in page.extract_text()


def test_table_header_repeats_on_every_page():
    rows = tuple((str(i), f"Nguyễn Thị Thành viên số {i}", str(1950 + i % 30), "Thành viên")
                 for i in range(1, 81))
    pdf = render(Document(
        header=HEADER, title=TITLE, body=(Para("Danh sách:"),),
        annex=(DataTable((Col("STT", 0.7, "centre"), Col("Họ và tên", 3), Col("Năm sinh", 1.2,
                          "centre"), Col("Chức danh", 2)), rows),)))
    with open_pdf(pdf) as doc:
        table_pages = doc.pages[1:]
        assert len(table_pages) >= 2
        for page in table_pages:
            assert has(page, "Họ và tên") and has(page, "Năm sinh")
        assert has(doc.pages[-1], "Nguyễn Thị Thành viên số 80")


def test_draft_date_line_is_blank_but_present():
    pdf = decision(header=Header("", "Ủy ban nhân dân phường Đức Xuân", "Số:      /QĐ-UBND",
                                 "Phường Đức Xuân", None))
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        line = find(page, "Phường Đức Xuân, ngày ...... tháng ...... năm ......")
        assert line.baseline == pytest.approx(find(page, "Số:").baseline, abs=0.3)
        assert {style_of(f) for f in line.fonts} == {"Italic"}


def test_punctuation_helpers():
    assert [b.text for b in basis_lines(["Căn cứ A;", "Căn cứ B", "Theo đề nghị của C."])] == [
        "Căn cứ A;", "Căn cứ B;", "Theo đề nghị của C."]
    assert recipient_lines(["Như Điều 3;", "- UBND tỉnh (b/c)", "", "Lưu: VT, HNCT."]) == (
        "- Như Điều 3;", "- UBND tỉnh (b/c);", "- Lưu: VT, HNCT.")
    assert with_end_mark("Quyết định này có hiệu lực kể từ ngày ký.") == (
        "Quyết định này có hiệu lực kể từ ngày ký./.")
    assert with_end_mark("Xong./.") == "Xong./."


def test_document_font_is_registered_once_with_four_styles():
    first = fonts.document_fonts()
    assert fonts.document_fonts() is first
    assert fonts.document_font() == first.family
    assert first.family in FONT_FAMILIES
    assert len({first.regular, first.bold, first.italic, first.bold_italic}) == 4


def test_times_new_roman_is_found_by_its_windows_file_names(tmp_path, monkeypatch):
    for name in ("TIMES.TTF", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path / "missing", tmp_path])
    found = fonts._find_times()
    assert found is not None and found["regular"].name == "TIMES.TTF"
    (tmp_path / "timesbi.ttf").unlink()
    assert fonts._find_times() is None


def test_a_font_without_vietnamese_is_refused(tmp_path):
    # reportlab's own Vera has no Vietnamese: registering it as the family must fail.
    import reportlab

    vera = reportlab.__path__[0] + "/fonts/Vera.ttf"
    from pathlib import Path

    with pytest.raises(fonts.TTFError):
        fonts._register("NoVietnamese", {s: Path(vera) for s in
                                         ("regular", "bold", "italic", "bold_italic")})


def test_an_installed_times_new_roman_is_preferred(tmp_path):
    # A fresh interpreter whose home font folder holds four files under Windows names (copies
    # of the bundled font, which has the glyphs): the family registers as Times New Roman.
    import shutil
    import subprocess
    import sys

    folder = tmp_path / ".fonts"
    folder.mkdir()
    for style, name in (("Regular", "times.ttf"), ("Bold", "timesbd.ttf"),
                        ("Italic", "timesi.ttf"), ("BoldItalic", "timesbi.ttf")):
        shutil.copy(fonts.RESOURCES / f"LiberationSerif-{style}.ttf", folder / name)
    code = ("from reports import fonts; fonts.font_dirs = lambda: [fonts.Path.home() / '.fonts']; "
            "print(fonts.document_fonts())")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], cwd=fonts.RESOURCES.parents[1], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "family='TimesNewRoman'" in out and "bold='TimesNewRoman-bold'" in out
    env["ISHC_DOC_FONT"] = "bundled"
    out = subprocess.run([sys.executable, "-c", code], cwd=fonts.RESOURCES.parents[1], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "family='LiberationSerif'" in out
