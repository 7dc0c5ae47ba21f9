"""Read views behind the funds page: clubs with balances, fund balances, the ledger with its
reversal links and filters, members for the payer picker, closings and cash counts."""

import datetime as dt

import pytest

from models.accounts import access
from models.accounts.session import SignedInUser, set_user
from models.clubs import clubs
from models.errors import NotFound
from models.funds import fund_views, funds
from models.members import members
from models.storage.schema import UserAccount
from tests.conftest import TODAY, member_input
from tests.domain.fund_helpers import post_by_hand_before_the_rule

D = dt.date


@pytest.fixture
def book(club):
    """The club's income fund with three receipts, one payment and one reversal."""
    by_kind = {f.kind: f for f in funds.open_default_funds(club.id, D(2025, 1, 1))}
    income = by_kind["income"]
    hue = members.add_member(club.id, member_input(), today=TODAY).person_id

    def post(kind, on, amount, category, **who):
        inp = funds.EntryInput(fund_id=income.id, kind=kind, date=on, amount=amount,
                               category=category, **who)
        if category in funds.LOAN_ONLY_CATEGORIES:
            return post_by_hand_before_the_rule(inp)
        return funds.post_entry(inp, today=TODAY)

    e1 = post("receipt", D(2025, 12, 20), 2_000_000, "budget_commune",
              party="UBND phường Đức Xuân", description="Hỗ trợ của UBND phường")
    e2 = post("receipt", D(2026, 1, 10), 500_000, "member_fee", person_id=hue,
              description="Thu hội phí tháng 1/2026")
    e3 = post("payment", D(2026, 2, 3), 1_200_000, "loan_disbursement", person_id=hue,
              description="Cho vay vốn chăn nuôi")
    e4 = post("receipt", D(2026, 3, 1), 300_000, "donation", party="Công ty Bình An",
              description="Ủng hộ Tết")
    r4 = funds.reverse_entry(e4.id, "Ghi nhầm quỹ", D(2026, 3, 2), today=TODAY)
    return dict(fund=income, activity=by_kind["activity"], hue=hue, e1=e1, e2=e2, e3=e3,
                e4=e4, r4=r4)


def test_voucher_code_is_the_printed_one():
    assert fund_views.voucher_code("receipt", 2026, 12) == "PT-2026/012"
    assert fund_views.voucher_code("payment", 2025, 3) == "PC-2025/003"
    papers = pytest.importorskip("models.funds.fund_papers")
    assert papers.voucher_code is fund_views.voucher_code  # one name, one argument order


def test_ledger_view_of_a_year_keeps_the_running_balance_and_reversal_links(book):
    view = fund_views.ledger_view(book["fund"].id, D(2026, 1, 1), D(2026, 12, 31))
    assert view.opening == 2_000_000
    assert [r.entry_id for r in view.rows] == [book[k].id for k in ("e2", "e3", "e4", "r4")]
    assert [r.balance for r in view.rows] == [2_500_000, 1_300_000, 1_600_000, 1_300_000]
    assert view.receipts == 800_000 and view.payments == 1_500_000
    assert view.closing == 1_300_000 == funds.balance(book["fund"].id, TODAY)
    e2, e3, e4, r4 = view.rows
    assert e2.counterparty == "Nguyễn Thị Huệ" and e2.code == "PT-2026/001"
    assert e4.counterparty == "Công ty Bình An" and e4.receipt == 300_000 and e4.payment == 0
    assert e4.reversed_by_id == book["r4"].id and e4.reversed_by_code == "PC-2026/002"
    assert r4.reverses_id == book["e4"].id and r4.reverses_code == "PT-2026/002"
    assert r4.reason == "Ghi nhầm quỹ" and r4.payment == 300_000
    assert e2.reverses_code == e2.reversed_by_code == ""
    # same lines and balances as the book the vouchers and reports read
    book_lines = funds.ledger(book["fund"].id, D(2026, 1, 1), D(2026, 12, 31)).lines
    assert [ln.balance for ln in book_lines] == [r.balance for r in view.rows]


def test_quick_fold_is_fold_for_stored_text():
    from models.text.vietnamese import fold

    for text in ("Nguyễn Thị Huệ", "ĐẶNG VĂN ƯỚC", "Thu hội phí tháng 11/2026",
                 "Hỗ trợ của UBND phường", "Ủng hộ Tết Nguyên Đán", "Lò Thị Ðào", "İ ß Ŕ",
                 "Ê Đê, Xơ Đăng, Bru - Vân Kiều", "Ồ Ờ Ở Ỡ Ợ ỳ ỷ ỹ ỵ"):
        assert fund_views.quick_fold(text) == fold(text), text


def test_filters_hide_lines_but_keep_balances(book):
    rows = fund_views.ledger_view(book["fund"].id, D(2025, 1, 1), TODAY).rows
    pick = fund_views.RowFilter

    def ids(f):
        return [rows[i].entry_id for i in f.positions(rows)]

    assert pick().is_empty and len(ids(pick())) == 5
    assert ids(pick(kind="payment")) == [book["e3"].id, book["r4"].id]
    assert ids(pick(category="member_fee")) == [book["e2"].id]
    # marks and case ignored, every word must match: payer or description or voucher code
    assert ids(pick(text="nguyen hue")) == [book["e2"].id, book["e3"].id]
    assert ids(pick(text="HỘI PHÍ")) == [book["e2"].id]
    assert ids(pick(text="ubnd")) == [book["e1"].id]
    assert ids(pick(text="pc-2026/001")) == [book["e3"].id]
    assert ids(pick(kind="receipt", text="hue")) == [book["e2"].id]
    assert ids(pick(text="không có ai")) == []
    # typing on narrows: searching only the rows shown before gives the same answer
    assert pick(text="nguyen hue").refines(pick(text="nguyen h"))
    assert not pick(text="nguyen").refines(pick(text="nguyen hue"))
    assert not pick(kind="receipt", text="hue").refines(pick(text="hue"))
    texts = fund_views.search_texts(rows)
    before = pick(text="nguyen h").positions(rows, texts)
    assert pick(text="nguyen hue").positions(rows, texts, within=before) == \
        pick(text="nguyen hue").positions(rows)


def test_fund_summaries_and_club_choices(book, club):
    funds.post_entry(funds.EntryInput(
        fund_id=book["activity"].id, kind="receipt", date=D(2026, 5, 5), amount=150_000,
        category="member_fee", party="Tổ 1", description="Thu hội phí tháng 5/2026"),
        today=TODAY)
    summaries = fund_views.fund_summaries(club.id, TODAY)
    assert [(s.kind, s.balance) for s in summaries] == [("income", 1_300_000),
                                                        ("activity", 150_000)]
    early = fund_views.fund_summaries(club.id, D(2025, 12, 31))
    assert [s.balance for s in early] == [2_000_000, 0]
    other = clubs.create_club(clubs.ClubInput(code="DX02", name="CLB Nà Cưởm", ward_code=1840))
    choices = fund_views.club_choices(TODAY)
    assert [(c.code, c.total_balance, c.fund_count) for c in choices] == [
        ("DX01", 1_450_000, 2), ("DX02", 0, 0)]
    assert choices[1].club_id == other.id
    assert "na cuom" in choices[1].search_text


def test_club_members_lists_active_first_by_given_name(club):
    a = members.add_member(club.id, member_input(full_name="Trần Văn Bình", gender="M"),
                           today=TODAY)
    b = members.add_member(club.id, member_input(full_name="Lê Thị An", birth_year=1960),
                           today=TODAY)
    c = members.add_member(club.id, member_input(full_name="Phạm Thị Yến", birth_year=1970),
                           today=TODAY)
    members.leave(a.id, D(2026, 6, 1), "moved", today=TODAY)
    got = fund_views.club_members(club.id)
    assert [(m.full_name, m.active) for m in got] == [
        ("Lê Thị An", True), ("Phạm Thị Yến", True), ("Trần Văn Bình", False)]
    assert got[0].person_id == b.person_id and got[1].person_id == c.person_id
    assert got[0].search_text == "le thi an"


def test_entry_detail_names_both_ends_of_a_reversal(book):
    e4 = fund_views.entry_detail(book["e4"].id)
    assert (e4.code, e4.amount, e4.counterparty) == ("PT-2026/002", 300_000, "Công ty Bình An")
    assert e4.reversed_by_code == "PC-2026/002" and e4.reverses_code == ""
    r4 = fund_views.entry_detail(book["r4"].id)
    assert r4.reverses_code == "PT-2026/002" and r4.reversed_by_code == ""
    e2 = fund_views.entry_detail(book["e2"].id)
    assert e2.counterparty == "Nguyễn Thị Huệ" and e2.fund_name == "Quỹ quay vòng tạo thu nhập"
    with pytest.raises(Exception) as err:
        fund_views.entry_detail(999_999)
    assert type(err.value).__name__ == "NotFound"


def test_closings_and_cash_counts(book, club):
    funds.close_period(2026, 1, club_id=club.id, today=TODAY)
    funds.close_period(2025, None, fund_id=book["fund"].id, today=TODAY)
    closings = fund_views.closed_periods_of(club.id)
    assert [(c.year, c.month, c.fund_name) for c in closings] == [
        (2026, 1, ""), (2025, None, "Quỹ quay vòng tạo thu nhập")]
    funds.record_cash_count(book["fund"].id, D(2026, 11, 1), 1_250_000, "Thiếu 50.000",
                            today=TODAY)
    funds.record_cash_count(book["fund"].id, D(2026, 11, 19), 1_300_000, today=TODAY)
    counts = fund_views.cash_counts_of(book["fund"].id)
    assert [(c.date, c.difference) for c in counts] == [(D(2026, 11, 19), 0),
                                                        (D(2026, 11, 1), -50_000)]
    assert counts[1].book_balance == 1_300_000 and counts[1].note == "Thiếu 50.000"


def test_reads_follow_the_access_rules(book, club):
    UserAccount.create(username="a", full_name="A", role="admin", ward=1840, password_hash="x")
    try:
        set_user(None)
        with pytest.raises(access.AccessDenied):
            fund_views.ledger_view(book["fund"].id, D(2026, 1, 1), TODAY)
        set_user(SignedInUser(id=1, username="u", full_name="U", role="clerk", ward_code=1843,
                              province_code=None))
        assert fund_views.club_choices(TODAY) == []  # another ward's clubs never leave the db
        with pytest.raises(NotFound):  # another ward's club looks missing
            fund_views.fund_summaries(club.id, TODAY)
        set_user(SignedInUser(id=1, username="u", full_name="U", role="clerk", ward_code=1840,
                              province_code=None))
        assert [c.code for c in fund_views.club_choices(TODAY)] == ["DX01"]
        assert len(fund_views.ledger_view(book["fund"].id, D(2026, 1, 1), TODAY).rows) == 4
    finally:
        set_user(None)
