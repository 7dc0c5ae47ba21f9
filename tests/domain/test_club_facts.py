"""One set of facts per club and date: every paper of a club on a date counts the same members
and board (club_facts), the statute prints the club's own rules, a paper with holes is not
issued, and a draft says so on every page. Hand-made clubs with known answers; PDFs read back."""

from __future__ import annotations

import datetime as dt
import re

import pdfplumber
import pytest

from models.errors import ValidationError
from models.funds import funds
from models.loans.loan_checks import LoanRulesInput
from models.loans.loans import save_loan_rules
from models.meetings import meetings
from models.members import members
from models.papers import papers_extra
from models.papers.club_facts import active_on, club_facts, parse_number
from models.storage.schema import Fund, IssuedDocument
from tests.conftest import member_input
from tests.papers_data import founded_club, setup_bodies

pytestmark = pytest.mark.usefixtures("office")

FOUNDED = dt.date(2025, 3, 5)
ON = dt.date(2025, 5, 1)
TODAY = dt.date(2026, 11, 20)


def pdf_text(data: bytes) -> str:
    import io

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages).replace("\u00a0", " ")


def pages_text(data: bytes) -> list[str]:
    import io

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


@pytest.fixture
def club_id():
    """12 members from 05/03/2025, then: Ất Văn Đi left on 01/06/2025 (after ON: a member on
    ON), Bế Thị Đúng left on ON itself (no longer one), Cù Văn Mới joined the day after ON."""
    setup_bodies()
    cid = founded_club(12)
    gone_later = members.add_member(cid, member_input(full_name="Ất Văn Đi", gender="M"),
                                    today=TODAY)
    gone_on = members.add_member(cid, member_input(full_name="Bế Thị Đúng"), today=TODAY)
    members.add_member(cid, member_input(full_name="Cù Văn Mới", gender="M",
                                         joined_on=ON + dt.timedelta(days=1)), today=TODAY)
    members.leave(gone_later.id, dt.date(2025, 6, 1), "moved", today=TODAY)
    members.leave(gone_on.id, ON, "moved", today=TODAY)
    return cid


def test_active_on_is_one_rule():
    assert active_on(FOUNDED, None, FOUNDED)
    assert active_on(FOUNDED, ON + dt.timedelta(days=1), ON)
    assert not active_on(FOUNDED, ON, ON)  # left that day: no longer a member that day
    assert not active_on(ON + dt.timedelta(days=1), None, ON)


def test_facts_count_members_active_that_day(club_id):
    facts = club_facts(club_id, ON)
    names = {r.full_name for r in facts.members}
    assert facts.member_count == 13  # the 12 founders and the one who left later
    assert "Ất Văn Đi" in names and "Bế Thị Đúng" not in names and "Cù Văn Mới" not in names
    assert [s.role for s in facts.board] == ["chair", "vice_chair", "secretary", "accountant",
                                             "treasurer"]
    assert club_facts(club_id, FOUNDED - dt.timedelta(days=1)).member_count == 0
    assert club_facts(club_id, TODAY).member_count == 13  # 12 founders and the newcomer


def test_decision_count_equals_member_list_rows(club_id):
    """The decision of a date says as many members as the member list of that date lists
    (the issue: 52 in the decision, 51 rows in the list, because the list took today's
    members and the decision the members of its date)."""
    for on in (ON, dt.date(2025, 6, 1), TODAY):
        decision = pdf_text(papers_extra.build_draft("decision", club_id, on))
        listing = pdf_text(papers_extra.build_draft("members", club_id, on))
        count = int(re.search(r"gồm (\d+) thành viên", decision).group(1))
        rows = [int(m.group(1)) for m in re.finditer(r"^(\d+) \S", listing, re.M)]
        assert rows == list(range(1, len(rows) + 1))
        assert count == len(rows) == club_facts(club_id, on).member_count
        assert f"Tổng số: {count} thành viên" in listing
        minutes = papers_extra.paper_data("launch_minutes", club_id, on)
        assert minutes.member_count == count


def test_statute_prints_the_clubs_rules(club_id):
    save_loan_rules(club_id, LoanRulesInput(max_amount=10_000_000, max_term_months=24,
                                            rate_bp=0, interest_method="none",
                                            guarantor_required=True))
    meetings.set_monthly_fee(club_id, 3_000)
    Fund.update(name="Quỹ quay vòng tạo thu nhập").where(
        (Fund.club == club_id) & (Fund.kind == "income")).execute()
    if not Fund.select().where((Fund.club == club_id) & (Fund.kind == "income")).exists():
        funds.open_fund(club_id, "income", "Quỹ quay vòng tạo thu nhập", FOUNDED)
    text = " ".join(pdf_text(papers_extra.build_draft("statute", club_id, ON)).split())
    assert ("Mức vay tối đa 10.000.000 đồng một lượt (mười triệu đồng); thời hạn vay tối đa "
            "24 tháng; không tính lãi. Mỗi khoản vay phải có người bảo lãnh") in text
    assert "hội phí 3.000 đồng/tháng (ba nghìn đồng)" in text
    assert "Điều 13. Cho vay từ Quỹ quay vòng tạo thu nhập" in text
    assert "Quỹ phát triển sinh kế" not in text and "5.000.000" not in text
    # A change of the rules reaches the next print: the statute is never a fixed text.
    save_loan_rules(club_id, LoanRulesInput(max_amount=3_000_000, max_term_months=12,
                                            rate_bp=50, interest_method="declining"))
    meetings.set_monthly_fee(club_id, 0)
    text = " ".join(pdf_text(papers_extra.build_draft("statute", club_id, ON)).split())
    assert ("Mức vay tối đa 3.000.000 đồng một lượt (ba triệu đồng); thời hạn vay tối đa 12 "
            "tháng; lãi suất 0,5%/tháng, tính trên dư nợ giảm dần. Khoản vay không bắt buộc "
            "có người bảo lãnh.") in text
    assert "Thành viên không phải đóng hội phí hằng tháng." in text
    assert "đóng hội phí ……" not in text and "tối đa ……" not in text


def test_a_planned_club_gets_no_numbered_paper(office):
    """No members, no board, no founding decision: decision, certificate and minutes are
    refused naming what is missing, and nothing is numbered."""
    setup_bodies()
    cid = founded_club(0, decision=None)
    for kind in ("decision", "certificate", "launch_minutes"):
        with pytest.raises(ValidationError) as refused:
            papers_extra.issue_paper(kind, cid, ON)
        fields = {(p.field, p.code) for p in refused.value.problems}
        assert ("members", "none_on_date") in fields
        assert ("board", "none_on_date") in fields
        assert (("decision_date", "no_founding_decision") in fields) == (kind != "decision")
    assert IssuedDocument.select().count() == 0


def test_members_but_no_board_is_refused(office):
    setup_bodies()
    cid = founded_club(8, decision=None)
    with pytest.raises(ValidationError) as refused:
        papers_extra.issue_paper("decision", cid, ON)
    assert [(p.field, p.code) for p in refused.value.problems] == [("board", "none_on_date")]


def test_drafts_carry_the_mark_on_every_page_and_no_number(club_id):
    for kind in ("decision", "certificate", "launch_minutes"):
        pdf = papers_extra.print_paper(kind, club_id, TODAY, draft=True).pdf
        pages = pages_text(pdf)
        assert all("DỰ THẢO" in page for page in pages), kind
        assert not re.search(r"Số: \d", "\n".join(pages).replace("\u00a0", " ")), kind
    assert len(pages_text(papers_extra.build_draft("decision", club_id, TODAY))) >= 2
    # An issued paper carries no mark.
    issued = papers_extra.print_paper("certificate", club_id, TODAY)
    assert "DỰ THẢO" not in pdf_text(issued.pdf)
    assert IssuedDocument.select().count() == 1


def test_the_founding_decision_on_record_is_printed_not_renumbered(club_id):
    result = papers_extra.print_paper("decision", club_id, TODAY)
    assert result.on_record == ("05/QĐ-UBND", FOUNDED) and result.document is None
    text = pdf_text(result.pdf)
    assert "Số: 05/QĐ-UBND" in text and "ngày 05 tháng 3 năm 2025" in text
    assert IssuedDocument.select().count() == 0
    with pytest.raises(ValidationError) as refused:
        papers_extra.print_paper("decision", club_id, TODAY, new=True)
    problem = refused.value.problems[0]
    assert problem.code == "founding_decision_exists"
    assert problem.params == {"number": "05/QĐ-UBND", "date": FOUNDED}
    # The certificate and the minutes cite it.
    cert = pdf_text(papers_extra.print_paper("certificate", club_id, TODAY).pdf)
    assert "Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2025" in cert.replace("\n", " ")
    assert "CÂU LẠC BỘ LIÊN THẾ HỆ" in cert and "CLB" not in cert


def test_parse_number():
    assert parse_number("07/QĐ-UBND") == (7, "QĐ-UBND")
    assert parse_number(" 22 / QĐ-UBND ") == (22, "QĐ-UBND")
    assert parse_number("QĐ số bảy") is None


@pytest.mark.usefixtures("db")
def test_the_demo_commune_papers_agree_with_the_books():
    """On the demo: every founded club's statute prints the fee its receipts collect and its
    loan rules and fund names; the decision and member list of its founding date agree; the
    decision on record is printed with its own number."""
    from models.demo.demo import fill_demo
    from models.funds.fund_reads import funds_of
    from models.loans.loans import loan_rules
    from models.meetings.meeting_reads import monthly_fee
    from models.storage.schema import Club, LedgerEntry
    from reports.papers.statute import fee_clause
    from reports.papers.statute import interest_text as statute_interest

    fill_demo(3, seed=7, today=TODAY)
    founded = [c for c in Club.select() if c.decision_number]
    assert founded
    for club in founded:
        fee = monthly_fee(club.id)
        receipt = (LedgerEntry.select().join(Fund)
                   .where((Fund.club == club.id) & (LedgerEntry.category == "member_fee"))
                   .first())
        if receipt is not None:
            assert fee > 0 and receipt.amount % fee == 0  # the books collect that fee
        data = papers_extra.paper_data("statute", club.id, None)
        rules = loan_rules(club.id)
        assert (data.monthly_fee, data.loan_max, data.loan_term_months, data.rate_bp,
                data.interest_method, data.guarantor_required) == (
            fee, rules.max_amount, rules.max_term_months, rules.rate_bp,
            rules.interest_method, rules.guarantor_required)
        names = {f.kind: f.name for f in funds_of(club.id)}
        assert (data.income_fund, data.activity_fund) == (names["income"], names["activity"])
        text = " ".join(pdf_text(papers_extra.build_draft("statute", club.id)).split())
        assert fee_clause(data) in text and statute_interest(data) in text
        on = club.decision_date
        decision = papers_extra.print_paper("decision", club.id, TODAY)
        assert decision.on_record == (club.decision_number, on)
        count = int(re.search(r"gồm (\d+) thành viên", pdf_text(decision.pdf)).group(1))
        listing = pdf_text(papers_extra.build_draft("members", club.id, on))
        assert f"Tổng số: {count} thành viên" in listing
        assert count == club_facts(club.id, on).member_count


def test_a_second_founding_decision_from_before_does_not_replace_the_clubs(office):
    """The issue's club: founded by 07/QĐ-UBND of 14/10/2022, then given a wrong 01/QĐ-UBND
    by an earlier version of the program. Its papers cite 07, and print shows 07."""
    from models.papers import documents

    setup_bodies()
    cid = founded_club(9, decision=("07/QĐ-UBND", dt.date(2022, 10, 14)))
    documents.issue("decision", "UBND", TODAY, "Về việc thành lập …",
                    documents.Signer("Hoàng Văn Minh", "CHỦ TỊCH"), cid,
                    lambda n: papers_extra.build_draft("decision", cid, TODAY))
    facts = club_facts(cid, TODAY)
    assert (facts.decision.number_text, facts.decision.date) == ("07/QĐ-UBND",
                                                                 dt.date(2022, 10, 14))
    printed = papers_extra.print_paper("decision", cid, TODAY)
    assert printed.on_record == ("07/QĐ-UBND", dt.date(2022, 10, 14))
    cert = papers_extra.paper_data("certificate", cid, TODAY)
    assert (cert.decision_number, cert.decision_date) == ("07/QĐ-UBND", dt.date(2022, 10, 14))
    minutes = papers_extra.paper_data("launch_minutes", cid, TODAY)
    assert minutes.decision_number == "07/QĐ-UBND"
