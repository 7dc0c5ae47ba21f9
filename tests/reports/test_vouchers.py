"""Phiếu thu / phiếu chi read back from the PDF: page size, the form's places (caption top
right, title centred, book and number), amount in figures and words, the signature row, two
copies on A4, reversals said plainly; the per-club voucher options and their refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from models.accounts import access
from models.accounts.session import SignedInUser, set_user
from models.errors import NotFound, ValidationError
from models.funds import funds, voucher_settings
from models.funds.fund_papers import (
    find_voucher,
    parse_voucher_code,
    voucher_code,
    voucher_data,
    voucher_pdf,
)
from models.storage.schema import AuditLog, Membership, Setting
from tests.papers_data import founded_club, setup_bodies
from tests.reports.pdf_probe import find, flat_text, has, open_pdf, render_png

TODAY = dt.date(2026, 11, 20)
A5_LANDSCAPE = (595.3, 419.5)
A4 = (595.3, 841.9)


def money_club(n_members: int = 20) -> dict:
    """A founded club (board: chair, vice chair, secretary, accountant, treasurer) with its
    two funds and a receipt, a payment and a reversed payment in March 2026."""
    setup_bodies()
    club_id = founded_club(n_members)
    by_kind = {f.kind: f for f in funds.funds_of(club_id)}
    member = Membership.select().where(Membership.club == club_id).order_by(Membership.id)[7]
    act = by_kind["activity"]
    receipt = funds.post_entry(funds.EntryInput(
        fund_id=act.id, kind="receipt", date=dt.date(2026, 3, 5), amount=1_250_000,
        category="member_fee", person_id=member.person_id, attachments=2,
        description="Nộp quỹ hoạt động quý I năm 2026"), today=TODAY)
    payment = funds.post_entry(funds.EntryInput(
        fund_id=act.id, kind="payment", date=dt.date(2026, 3, 15), amount=450_000,
        category="activity_spending", party="Cửa hàng Minh Anh",
        description="Mua nước uống cho buổi sinh hoạt tháng 3"), today=TODAY)
    wrong = funds.post_entry(funds.EntryInput(
        fund_id=act.id, kind="payment", date=dt.date(2026, 3, 16), amount=105_000,
        category="activity_spending", party="Cửa hàng Minh Anh"), today=TODAY)
    reversal = funds.reverse_entry(wrong.id, "Ghi nhầm quỹ", dt.date(2026, 3, 17), today=TODAY)
    return {"club_id": club_id, "funds": by_kind, "member": member.person, "receipt": receipt,
            "payment": payment, "wrong": wrong, "reversal": reversal}


@pytest.fixture
def book(office):
    return money_club()


@pytest.fixture
def signed_out():
    set_user(None)
    yield
    set_user(None)


def test_voucher_codes_print_and_parse_alike():
    assert voucher_code("receipt", 2026, 15) == "PT-2026/015"
    assert voucher_code("payment", 2025, 1234) == "PC-2025/1234"
    assert parse_voucher_code("PT-2026/015") == ("receipt", 2026, 15)
    assert parse_voucher_code(" pc 2026/7 ") == ("payment", 2026, 7)
    assert parse_voucher_code("015") == (None, None, 15)
    for bad in ("", "0", "PX-2026/1", "abc", "PT-2026/"):
        assert parse_voucher_code(bad) is None


def test_receipt_on_a5_landscape_in_the_familiar_layout(book, tmp_path):
    pdf = voucher_pdf(book["receipt"].id)
    with open_pdf(pdf) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        assert page.width == pytest.approx(A5_LANDSCAPE[0], abs=1)
        assert page.height == pytest.approx(A5_LANDSCAPE[1], abs=1)
        title = find(page, "PHIẾU THU")
        assert title.centre == pytest.approx(page.width / 2, abs=6)
        assert "Bold" in {f.split("-")[-1] for f in title.fonts}
        caption = find(page, "Mẫu số: 01 - TT")
        assert caption.x0 > page.width * 0.65 and caption.top < 50
        unit = find(page, "Đơn vị: CLB Liên thế hệ tự giúp nhau Tổ 1")
        assert unit.x0 < 45 and unit.top < 50
        assert has(page, "Địa chỉ: Tổ 1, tổ dân phố Nà Cưởm, phường Đức Xuân, tỉnh Thái Nguyên")
        date = find(page, "Ngày 05 tháng 3 năm 2026")
        assert date.centre == pytest.approx(page.width / 2, abs=6) and date.top > title.bottom
        number = find(page, "Số: PT-2026/001")
        # the activity fund is the club's second: its 2026 book is number 02/2026
        book_line = find(page, "Quyển số: 02/2026")
        assert number.x0 == pytest.approx(book_line.x0, abs=1) and number.x0 > title.x1
        assert abs(book_line.baseline - title.baseline) < 8
        name = book["member"].full_name
        assert has(page, f"Họ và tên người nộp tiền: {name}")
        assert has(page, "Lý do nộp: Nộp quỹ hoạt động quý I năm 2026")
        assert has(page, "Số tiền: 1.250.000 đồng")
        assert has(page, "(Viết bằng chữ): Một triệu hai trăm năm mươi nghìn đồng")
        assert has(page, "Kèm theo: 02 chứng từ gốc.")
        roles = [find(page, r) for r in voucher_settings.RECEIPT_ROLES]
        assert len({round(r.baseline) for r in roles}) == 1, "signer roles not in one row"
        assert [r.x0 for r in roles] == sorted(r.x0 for r in roles)
        assert roles[0].x0 < page.width * 0.2 and roles[-1].x1 > page.width * 0.75
        hints = page.search("(Ký, họ tên)", regex=False)
        assert len(hints) == 5 and all(h["top"] > roles[0].bottom for h in hints)
        # Names under the roles: chair, accountant and treasurer from the board, the payer.
        data = voucher_data(book["receipt"].id)
        names = {s.role: s.name for s in data.signers}
        assert names["Người nộp tiền"] == name and names["Người lập phiếu"] == ""
        for role in ("Chủ nhiệm CLB", "Kế toán", "Thủ quỹ"):
            assert names[role], role
            placed = find(page, names[role])
            column = find(page, role)
            assert placed.centre == pytest.approx(column.centre, abs=3)
            assert placed.top > hints[0]["bottom"] + 40  # room to sign
        assert has(page, "Đã nhận đủ số tiền (viết bằng chữ):")
    assert voucher_pdf(book["receipt"].id) == pdf  # same data, same bytes
    render_png(pdf, "voucher_receipt", tmp_path)


def test_payment_two_per_a4_holds_two_copies_and_a_cut_line(book, tmp_path):
    pdf = voucher_pdf(book["payment"].id, two_per_a4=True)
    with open_pdf(pdf) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        assert (page.width, page.height) == pytest.approx(A4, abs=1)
        titles = page.search("PHIẾU CHI", regex=False)
        assert len(titles) == 2
        assert titles[0]["top"] < page.height / 2 < titles[1]["top"]
        # The second copy is the first one moved down by half a page.
        assert titles[1]["top"] - titles[0]["top"] == pytest.approx(page.height / 2, abs=2)
        for phrase in ("Số: PC-2026/001", "Số tiền: 450.000 đồng", "Mẫu số: 02 - TT",
                       "(Viết bằng chữ): Bốn trăm năm mươi nghìn đồng",
                       "Họ và tên người nhận tiền: Cửa hàng Minh Anh"):
            assert len(page.search(phrase, regex=False)) == 2, phrase
        first, second = find(page, "Liên 1"), find(page, "Liên 2")
        assert first.top < page.height / 2 < second.top
        assert has(page, "Liên 2: Giao người nhận tiền")
        cut = [ln for ln in page.lines if abs(ln["top"] - page.height / 2) < 2
               and ln["x1"] - ln["x0"] > page.width * 0.9]
        assert cut, "no cut line across the middle"
        roles = [find(page, r) for r in voucher_settings.PAYMENT_ROLES]
        assert len({round(r.baseline) for r in roles}) == 1
    render_png(pdf, "voucher_payment_2up", tmp_path)


def test_two_per_a4_follows_the_club_setting_unless_told(book):
    club_id = book["club_id"]
    opts = voucher_settings.load(club_id)
    opts.two_per_a4 = True
    voucher_settings.save_for_club(club_id, opts)
    with open_pdf(voucher_pdf(book["payment"].id)) as doc:
        assert doc.pages[0].height == pytest.approx(A4[1], abs=1)
    with open_pdf(voucher_pdf(book["payment"].id, two_per_a4=False)) as doc:
        assert doc.pages[0].height == pytest.approx(A5_LANDSCAPE[1], abs=1)


def test_a_reversal_says_which_voucher_it_cancels_and_why(book):
    text = flat_text(voucher_pdf(book["reversal"].id))
    assert "PHIẾU THU" in text and "Số: PT-2026/002" in text
    assert "Phiếu điều chỉnh: hủy phiếu chi số PC-2026/002 ngày 16/03/2026" in text
    assert "Lý do hủy: Ghi nhầm quỹ" in text
    original = flat_text(voucher_pdf(book["wrong"].id))
    assert "Phiếu này đã bị hủy bằng phiếu thu số PT-2026/002 ngày 17/03/2026" in original
    assert "hủy" not in flat_text(voucher_pdf(book["payment"].id))


def test_find_voucher_by_club_fund_kind_year_and_number(book):
    assert find_voucher("dx01", "activity", "payment", 2026, 1) == book["payment"].id
    from models.errors import NotFound

    for args in (("DX01", "activity", "payment", 2026, 9), ("DX01", "activity", "payment",
                 2025, 1), ("DX01", "income", "receipt", 2026, 1),
                 ("ZZ01", "activity", "receipt", 2026, 1), ("DX01", "golden_heart",
                 "receipt", 2026, 1)):
        with pytest.raises(NotFound):
            find_voucher(*args)


def test_club_options_print_and_only_differences_are_stored(book):
    club_id = book["club_id"]
    office = voucher_settings.office_defaults()
    assert office.receipt_roles == list(voucher_settings.RECEIPT_ROLES)
    opts = voucher_settings.load(club_id)
    opts.receipt_caption = "Mẫu số: 01 - TT\n(Kèm theo Quy chế tài chính của CLB)"
    opts.receipt_roles = ["Chủ nhiệm CLB", "Thủ quỹ", "Người nộp tiền"]
    opts.unit_lines = ["Đơn vị: CLB LTH Tổ 1", "Địa chỉ: Nhà văn hóa Tổ 1"]
    audits = AuditLog.select().count()
    voucher_settings.save_for_club(club_id, opts)
    assert AuditLog.select().count() == audits + 1
    stored = voucher_settings.club_overrides(club_id)
    assert set(stored) == {"receipt_caption", "receipt_roles", "unit_lines"}
    with open_pdf(voucher_pdf(book["receipt"].id)) as doc:
        page = doc.pages[0]
        assert has(page, "(Kèm theo Quy chế tài chính của CLB)")
        assert has(page, "Đơn vị: CLB LTH Tổ 1") and not has(page, "Địa chỉ: Tổ 1, tổ dân phố")
        assert not has(page, "Kế toán") and len(page.search("(Ký, họ tên)", regex=False)) == 3
        roles = [find(page, r) for r in opts.receipt_roles]
        assert len({round(r.baseline) for r in roles}) == 1
    # An office default the club did not override still reaches it.
    office.payment_caption = "Mẫu số C41-BB"
    voucher_settings.save_office_defaults(office)
    assert voucher_settings.load(club_id).payment_caption == "Mẫu số C41-BB"
    assert voucher_settings.load(club_id).receipt_roles == opts.receipt_roles
    voucher_settings.reset_club(club_id)
    assert voucher_settings.load(club_id).receipt_roles == list(voucher_settings.RECEIPT_ROLES)
    assert Setting.get_or_none(Setting.key == voucher_settings.club_key(club_id)) is None


def test_an_empty_caption_prints_no_caption(book):
    opts = voucher_settings.load(book["club_id"])
    opts.receipt_caption = ""
    voucher_settings.save_for_club(book["club_id"], opts)
    assert "Mẫu số" not in flat_text(voucher_pdf(book["receipt"].id))


def test_bad_options_are_refused_and_nothing_is_written(book):
    club_id = book["club_id"]
    opts = voucher_settings.load(club_id)
    opts.receipt_roles = []
    opts.payment_roles = ["Chủ nhiệm CLB", "Kế toán", "Thủ quỹ", "A", "B", "C", "D"]
    opts.unit_lines = ["1", "2", "3", "4"]
    opts.payment_caption = "x" * 201
    before = (AuditLog.select().count(), Setting.select().count())
    with pytest.raises(ValidationError) as err:
        voucher_settings.save_for_club(club_id, opts)
    assert {(p.field, p.code) for p in err.value.problems} == {
        ("receipt_roles", "required"), ("payment_roles", "too_many_signers"),
        ("unit_lines", "too_many_lines"), ("payment_caption", "too_long")}
    opts = voucher_settings.load(club_id)
    opts.payment_roles = ["Thủ quỹ", "thủ quỹ"]
    with pytest.raises(ValidationError) as err:
        voucher_settings.save_for_club(club_id, opts)
    assert [(p.field, p.code) for p in err.value.problems] == [
        ("payment_roles[1]", "duplicate")]
    assert (AuditLog.select().count(), Setting.select().count()) == before


def test_access_rules(book, signed_out):
    club_id = book["club_id"]
    set_user(SignedInUser(1, "khac", "Người phường khác", "clerk", 1843, None))
    with pytest.raises(NotFound):  # another ward's voucher and club look missing
        voucher_pdf(book["receipt"].id)
    with pytest.raises(NotFound):
        voucher_settings.save_for_club(club_id, voucher_settings.VoucherSettings())
    set_user(SignedInUser(2, "ht", "Hà Thu", "clerk", 1840, None))
    assert voucher_pdf(book["receipt"].id).startswith(b"%PDF")
    voucher_settings.save_for_club(club_id, voucher_settings.VoucherSettings(two_per_a4=True))
    with pytest.raises(access.AccessDenied):  # office defaults are an administrator's
        voucher_settings.save_office_defaults(voucher_settings.VoucherSettings())
    from models.storage.schema import Ward

    province = Ward.get_by_id(1840).province_code
    set_user(SignedInUser(3, "gs", "Giám sát", "supervisor", None, province))
    assert voucher_pdf(book["receipt"].id).startswith(b"%PDF")  # reading is supervising
    with pytest.raises(access.AccessDenied):
        voucher_settings.save_for_club(club_id, voucher_settings.VoucherSettings())


def test_long_texts_stay_on_the_page_and_clear_of_the_signatures(book):
    income = book["funds"]["income"]
    funds.post_entry(funds.EntryInput(
        fund_id=income.id, kind="receipt", date=dt.date(2026, 4, 2), amount=987_654_321,
        category="other_support", attachments=3,
        party="Công ty trách nhiệm hữu hạn thương mại và dịch vụ nông nghiệp Bình An Phát "
              "Thái Nguyên, chi nhánh phường Đức Xuân",
        description="Hỗ trợ vốn cho nhóm hộ chăn nuôi của câu lạc bộ theo kế hoạch sinh kế "
                    "năm 2026 " * 6), today=TODAY)
    entry = funds.ledger(income.id, dt.date(2026, 4, 2), dt.date(2026, 4, 2)).lines[0]
    for two in (False, True):
        with open_pdf(voucher_pdf(entry.entry_id, two_per_a4=two)) as doc:
            page = doc.pages[0]
            assert all(c["x1"] <= page.width - 20 for c in page.chars), "text off the page"
            # the income fund's book of 2026 sits at the right, clear of the title
            book_line = find(page, "Quyển số: 01/2026")
            assert book_line.x0 > find(page, "Ngày 02 tháng 4 năm 2026").x1
            assert has(page, "…")  # the reason is cut after three lines
            roles = find(page, "Chủ nhiệm CLB")
            body_end = find(page, "Kèm theo: 03 chứng từ gốc.")
            assert roles.top > body_end.bottom + 10
            received = find(page, "Đã nhận đủ số tiền")
            assert received.bottom < (page.height / 2 if two else page.height)


def test_the_preparer_is_the_account_that_posted_the_entry(book, signed_out):
    from models.storage.schema import UserAccount

    UserAccount.create(username="ht", full_name="Hà Thu Trang", role="clerk", ward=1840,
                       password_hash="x")
    set_user(SignedInUser(9, "ht", "Hà Thu Trang", "clerk", 1840, None))
    entry = funds.post_entry(funds.EntryInput(
        fund_id=book["funds"]["activity"].id, kind="receipt", date=dt.date(2026, 4, 1),
        amount=20_000, category="member_fee", person_id=book["member"].id), today=TODAY)
    names = {s.role: s.name for s in voucher_data(entry.id).signers}
    assert names["Người lập phiếu"] == "Hà Thu Trang"
    with open_pdf(voucher_pdf(entry.id)) as doc:
        page = doc.pages[0]
        assert find(page, "Hà Thu Trang").centre == pytest.approx(
            find(page, "Người lập phiếu").centre, abs=3)
    # entries posted before accounts existed keep the line blank for a hand signature
    assert {s.role: s.name for s in voucher_data(book["receipt"].id).signers}[
        "Người lập phiếu"] == ""
