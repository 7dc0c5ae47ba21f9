"""Demo data: reproducible, realistic, sound for `check`, with money and loans; the CLI.
The bulk writers it uses are held equal to the services in test_bulk_writers.py."""

import datetime as dt
import json
import re
from collections import Counter

import pytest

from models.clubs.composition import all_compositions
from models.demo.demo import fill_demo
from models.errors import ValidationError
from models.members import members
from models.office import settings
from models.storage.integrity import run_checks
from models.storage.schema import (
    AuditLog,
    Club,
    IssuingBody,
    LedgerEntry,
    Loan,
    LoanInstallment,
    LoanRepayment,
    Membership,
    Person,
    Village,
)
from models.text.vietnamese import validate_cccd
from tests.conftest import TODAY
from tests.domain.cli_helpers import run
from tests.domain.demo_helpers import fresh_database


def snapshot_of_data() -> dict:
    """What a clerk would see, without row ids (they may differ between engines)."""
    return {
        "clubs": list(Club.select(Club.code, Club.name, Club.status, Club.decision_number,
                                  Club.decision_date).order_by(Club.code).tuples()),
        "people": list(Person.select(Person.full_name, Person.id_number, Person.birth_year,
                                     Person.birth_date, Person.ethnicity)
                       .order_by(Person.id).tuples()),
        "left": list(Membership.select(Membership.joined_on, Membership.left_on,
                                       Membership.leave_reason)
                     .where(Membership.left_on.is_null(False)).order_by(Membership.id).tuples()),
        "loans": list(Loan.select(Loan.number, Loan.principal, Loan.disbursed_on, Loan.status,
                                  Loan.closed_on, Loan.income_improved)
                      .order_by(Loan.id).tuples()),
        "entries": list(LedgerEntry.select(LedgerEntry.date, LedgerEntry.kind,
                                           LedgerEntry.category, LedgerEntry.amount,
                                           LedgerEntry.description)
                        .order_by(LedgerEntry.id).tuples()),
    }



def test_same_seed_gives_the_same_commune(db):
    fill_demo(4, seed=7, today=TODAY)
    first = snapshot_of_data()
    other = fresh_database()
    try:
        fill_demo(4, seed=7, today=TODAY)
        assert snapshot_of_data() == first
    finally:
        other.close()
    other = fresh_database()
    try:
        fill_demo(4, seed=8, today=TODAY)
        again = snapshot_of_data()
        assert [p[0] for p in again["people"][:20]] != [p[0] for p in first["people"][:20]]
    finally:
        other.close()
    assert len(first["people"]) > 150
    assert len(first["loans"]) > 20 and len(first["entries"]) > 200


@pytest.fixture
def demo(db):
    summary = fill_demo(12, seed=3, today=TODAY)
    return summary


def test_office_villages_and_statuses(demo):
    office = settings.load(settings.OfficeSettings)
    assert office.ward_code == 1840 and office.office_name == "UBND phường Đức Xuân"
    bodies = {b.code: b for b in IssuingBody.select()}
    assert bodies["UBND"].name == "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN"
    assert bodies["UBND"].signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    assert bodies["HNCT"].name == "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN"
    names = {v.name for v in Village.select()}
    assert {"Tổ 1", "Tổ 20", "Nà Cưởm", "Đon Tuấn", "Phặc Tràng"} <= names
    assert demo.villages == Village.select().count()
    statuses = Counter(c.status for c in Club.select())
    assert statuses == {"active": 9, "founded": 1, "suspended": 1, "planned": 1}
    assert demo.by_status == dict(statuses)
    codes = [c.code for c in Club.select().order_by(Club.code)]
    assert codes == [f"DX{i:03d}" for i in range(1, 13)]
    for club in Club.select():
        assert re.fullmatch(r"CLB Liên thế hệ tự giúp nhau( số \d)? tổ [\w ]+", club.name)
        assert club.meeting_place.startswith("Nhà văn hóa tổ ")


def test_founding_decisions_are_numbered_per_year(demo):
    founded = list(Club.select().where(Club.status != "planned").order_by(Club.decision_date))
    by_year: dict[int, list[int]] = {}
    for club in founded:
        match = re.fullmatch(r"(\d{2,})/QĐ-UBND", club.decision_number)
        assert match, club.decision_number
        assert dt.date(2016, 1, 1) <= club.decision_date <= TODAY
        assert club.decision_date.weekday() < 5  # signed on a working day
        assert club.decision_issuer == "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN"
        assert club.launch_date >= club.decision_date and club.statute_adopted
        by_year.setdefault(club.decision_date.year, []).append(int(match.group(1)))
        year = club.decision_date.year
        expected = ("Thành lập trước năm 2021" if year < 2021 else
                    "Kế hoạch nhân rộng 2021–2025" if year < 2026 else "Kế hoạch 2026–2035")
        assert club.plan_phase.startswith(expected)
        assert re.fullmatch(r"Ngày \d{1,2} hằng tháng", club.meeting_day)
    for numbers in by_year.values():
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    planned = Club.get(Club.status == "planned")
    assert planned.decision_number == "" and not planned.memberships.count()


def test_founding_papers_are_in_the_register_with_the_wards_numbers(demo):
    """A real ward's register: every founded club's certificate, dated the day of its
    decision, numbered in the People's Committee's series after the year's decisions (which
    are on the clubs' records and print with their own numbers, never issued again)."""
    from models.papers import documents, papers_extra

    rows = documents.register()
    founded = list(Club.select().where(Club.decision_date.is_null(False)))
    assert len(rows) == len(founded) and {r.kind for r in rows} == {"certificate"}
    by_club = {row.club_id: row for row in rows}
    for club in founded:
        certificate = by_club[club.id]
        assert certificate.date == club.decision_date
        assert certificate.number_text.endswith("/GCN-UBND")
        decision = papers_extra.founding_decision_of(club.id)
        assert decision.number_text == club.decision_number and decision.document_id is None
    for year in {r.date.year for r in rows}:
        decisions = sorted(int(c.decision_number.split("/")[0]) for c in founded
                           if c.decision_date.year == year)
        certificates = sorted(int(r.number_text.split("/")[0]) for r in rows
                              if r.date.year == year)
        assert decisions == list(range(1, len(decisions) + 1)), year
        assert certificates == list(range(len(decisions) + 1, 2 * len(decisions) + 1)), year


def test_groups_and_boards(demo):
    for club in Club.select().where(Club.status != "planned"):
        groups = list(club.groups)
        assert 2 <= len(groups) <= 5
        seats = list(club.board)
        roles = Counter(b.role for b in seats)
        assert 5 <= len(seats) <= 9
        assert roles["chair"] == 1 and roles["vice_chair"] == 1 and roles["secretary"] == 1
        assert roles["accountant"] == 1 and roles["treasurer"] == 1
        for seat in seats:  # every board member is an active member of the club
            m = members.active_membership(seat.person_id)
            assert m is not None and m.club_id == club.id
            assert seat.term_start == club.decision_date == m.joined_on
        leaders = Membership.select().where((Membership.club == club)
                                            & (Membership.role == "group_leader"))
        assert sorted(m.group_id for m in leaders) == sorted(g.id for g in groups)


def test_composition_of_founded_clubs_meets_the_standards(demo):
    std = settings.Standards()
    comps = all_compositions(TODAY, std)
    for club in Club.select():
        comp = comps[club.id]
        if club.status in ("founded", "active"):
            assert comp.passed, (club.code, [(f.key, f.value) for f in comp.figures])
            assert 50 <= comp.figure("members").count <= 70
            assert comp.figure("home_care").count >= 5
        elif club.status == "suspended":  # too few members left: why it stopped
            assert comp.figure("members").count < std.min_members
    volunteers = Membership.select().where(Membership.economic_volunteer
                                           & Membership.left_on.is_null()).count()
    assert volunteers >= 2 * 10


def test_people_look_real(demo):
    people = list(Person.select())
    assert len(people) == demo.members + demo.former_members
    numbers = [p.id_number for p in people if p.id_number]
    assert len(numbers) == len(set(numbers)) and len(numbers) > 0.85 * len(people)
    for p in people:
        assert p.full_name.count(" ") >= 2
        if p.id_number:
            assert validate_cccd(p.id_number) is None
            assert p.id_number[:3] in ("006", "019")
            century = 0 if p.birth_year < 2000 else 2
            assert int(p.id_number[3]) == century + (p.gender == "F")
            assert p.id_number[4:6] == f"{p.birth_year % 100:02d}"
        if p.birth_date:
            assert p.birth_date.year == p.birth_year
        if p.phone:
            assert members.validate_phone(p.phone) is None
        assert p.household_status_year is None or p.household_status in ("poor", "near_poor")
    with_date = sum(p.birth_date is not None for p in people) / len(people)
    assert 0.3 < with_date < 0.5
    consent = sum(p.consent_date is not None for p in people) / len(people)
    assert consent > 0.8
    families = Counter(p.full_name.split()[0] for p in people)
    assert {"Nguyễn", "Hoàng", "Nông"} <= {name for name, _ in families.most_common(8)}
    ethnic = Counter(p.ethnicity for p in people)
    assert ethnic.most_common(2)[0][0] in ("Tày", "Kinh") and ethnic["Nùng"] > 0


def test_some_members_left_with_dates_and_reasons(demo):
    left = list(Membership.select().where(Membership.left_on.is_null(False)))
    assert len(left) == demo.former_members > 0
    assert {m.leave_reason for m in left} <= {"died", "moved", "withdrew"}
    assert all(m.joined_on < m.left_on < TODAY for m in left)


def test_every_row_is_audited(demo):
    def audited(entity: str) -> int:
        return AuditLog.select().where((AuditLog.entity == entity)
                                       & (AuditLog.action == "create")).count()

    assert audited("person") == Person.select().count()
    assert audited("membership") == Membership.select().count()
    assert audited("club") == Club.select().count()
    leaves = AuditLog.select().where((AuditLog.entity == "membership")
                                     & (AuditLog.action == "leave")).count()
    assert leaves == demo.former_members
    row = AuditLog.get((AuditLog.entity == "person") & (AuditLog.entity_id == "1"))
    assert json.loads(row.after)["full_name"] == Person.get_by_id(1).full_name


def test_check_finds_nothing_then_finds_damage(demo):
    assert run_checks() == []
    person = Person.select().order_by(Person.id).first()
    Person.update(sort_key="zzz").where(Person.id == person.id).execute()  # behind services
    gone = Membership.select().where(Membership.left_on.is_null(False)).first()
    Membership.update(left_on=gone.joined_on - dt.timedelta(days=1)).where(
        Membership.id == gone.id).execute()
    Club.update(decision_number="").where(Club.code == "DX001").execute()
    found = {(f.code, f.table, f.row_id) for f in run_checks()}
    assert found == {("stale_name_keys", "person", person.id),
                     ("left_before_joined", "membership", gone.id),
                     ("founded_without_decision", "club", "DX001")}


def test_demo_refuses_a_database_with_clubs_or_a_bad_count(demo):
    before = Person.select().count()
    with pytest.raises(ValidationError) as err:
        fill_demo(2, seed=1, today=TODAY)
    assert (err.value.field, err.value.code) == ("database", "demo_needs_empty")
    assert err.value.params == {"count": 12}
    with pytest.raises(ValidationError) as err:
        fill_demo(0, seed=1, today=TODAY)
    assert ("club_count", "out_of_range") in {(p.field, p.code) for p in err.value.problems}
    assert Person.select().count() == before


def test_demo_uses_a_configured_office(office):
    fill_demo(2, seed=1, today=TODAY)
    assert settings.load(settings.OfficeSettings).address == "Phường Đức Xuân"
    assert Village.select().where(Village.name == "Tổ 1").count() == 1  # reused, not doubled


# --- command line -------------------------------------------------------------------------


def test_cli_demo_then_clubs_then_check(tmp_path, capsys):
    path = str(tmp_path / "demo.sqlite3")
    code, out, err = run(capsys, "--db", path, "demo", "--clubs", "3", "--seed", "1")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Đã tạo dữ liệu mẫu trong ")
    assert lines[1] == "Câu lạc bộ: 3 (2 đang hoạt động, 1 dự kiến)"
    active = Membership.select().where(Membership.left_on.is_null()).count()
    assert lines[2].startswith(f"Thành viên đang sinh hoạt: {active}; đã ra khỏi CLB: ")
    assert lines[3] == "Văn bản thành lập đã ghi vào sổ văn bản: 2"  # 2 clubs × GCN
    assert lines[4] == "Thôn/tổ dân phố: 24"

    code, out, err = run(capsys, "--db", path, "clubs")
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[0] for r in rows] == ["DX001", "DX002", "DX003"]
    assert all(r[1].startswith("CLB Liên thế hệ tự giúp nhau tổ ") for r in rows)
    assert [r[2] for r in rows] == ["Đang hoạt động", "Đang hoạt động", "Dự kiến"]
    assert [r[4] for r in rows[:2]] == ["đạt", "đạt"] and rows[2][3:] == ["0", "chưa đạt"]
    assert sum(int(r[3]) for r in rows) == active

    code, out, err = run(capsys, "--db", path, "check")
    assert (code, err) == (0, "") and "không phát hiện lỗi" in out

    person = Person.select().order_by(Person.id).first()
    Person.update(full_name="Ai Đó Khác").where(Person.id == person.id).execute()
    code, out, err = run(capsys, "--db", path, "check")
    assert code == 1
    assert err.splitlines() == [f"stale_name_keys\tperson\t{person.id}\t"]


def test_cli_demo_refuses_a_database_with_clubs(tmp_path, capsys):
    path = str(tmp_path / "twice.sqlite3")
    assert run(capsys, "--db", path, "demo", "--clubs", "1", "--seed", "2")[0] == 0
    code, out, err = run(capsys, "--db", path, "demo", "--clubs", "1")
    assert code == 1 and out == ""
    assert err.strip() == ("Cơ sở dữ liệu: đã có 1 CLB; dữ liệu mẫu chỉ được tạo trong cơ sở "
                           "dữ liệu chưa có CLB nào")
    code, _, err = run(capsys, "--db", path, "demo", "--clubs", "0")
    assert code == 1 and "Số CLB: phải từ 1 đến 5000" in err.splitlines()


# --- demo money: funds, ledgers, loans (models/demo/demo_money.py) --------------------------


def test_every_founded_club_has_money_in_whole_thousands(demo):
    from models.storage.schema import Fund

    for club in Club.select().where(Club.status != "planned"):
        kinds = {f.kind: f for f in Fund.select().where(Fund.club == club)}
        assert set(kinds) == {"income", "activity"}
        activity = LedgerEntry.select().where(LedgerEntry.fund == kinds["activity"])
        fees = [e for e in activity if e.category == "member_fee"]
        end = club.status_since if club.status == "suspended" else TODAY  # no fees since
        months = (end.year - club.launch_date.year) * 12 + end.month - club.launch_date.month
        assert 0.8 * months - 1 <= len(fees) <= months + 1  # a few months skipped
        for e in fees:
            assert e.description.startswith((  # the treasurer's, or a meeting's receipt
                f"Thu quỹ hội viên tháng {e.date.month}/",
                f"Thu hội phí buổi sinh hoạt ngày {e.date:%d/%m/%Y}"))
            assert e.date >= club.launch_date
        seed = LedgerEntry.get((LedgerEntry.fund == kinds["income"])
                               & (LedgerEntry.category == "other_support"))
        assert 20_000_000 <= seed.amount <= 60_000_000
    amounts = [a for (a,) in LedgerEntry.select(LedgerEntry.amount).tuples()]
    amounts += [a for row in LoanInstallment.select(LoanInstallment.principal,
                                                    LoanInstallment.interest).tuples()
                for a in row if a]
    amounts += [a for row in LoanRepayment.select(LoanRepayment.principal,
                                                  LoanRepayment.interest).tuples()
                for a in row if a]
    assert amounts and all(a % 1000 == 0 and a > 0 for a in amounts)
    categories = Counter(e.category for e in LedgerEntry.select(LedgerEntry.category))
    assert {"member_fee", "donation", "budget_commune", "other_support",
            "home_care_spending", "activity_spending", "support_payment"} <= set(categories)
    posted = AuditLog.select().where((AuditLog.entity == "ledger_entry")
                                     & (AuditLog.action == "post")).count()
    assert posted == LedgerEntry.select().count()
    assert run_checks() == []


def test_loans_look_like_a_revolving_fund(demo):
    from models.demo.demo_money import GOODS
    from models.loans import loans

    all_loans = list(Loan.select())
    assert len(all_loans) > 200
    in_kind = [loan for loan in all_loans if loan.form == "in_kind"]
    assert 0.1 < len(in_kind) / len(all_loans) < 0.3
    assert {loan.item for loan in in_kind} <= {g[0] for g in GOODS}
    assert all(loan.principal == loan.quantity * loan.unit_value for loan in in_kind)
    assert all(1_000_000 <= loan.principal <= 10_000_000 for loan in all_loans)
    assert len({loan.purpose for loan in all_loans}) >= 5
    # over the years about half the members of the older clubs have borrowed
    for club in Club.select().where((Club.status == "active")
                                    & (Club.launch_date < TODAY - dt.timedelta(days=4 * 365))):
        members_ever = Membership.select().where(Membership.club == club).count()
        borrowers = Loan.select(Loan.person).where(Loan.club == club).distinct().count()
        assert 0.35 <= borrowers / members_ever <= 0.75, club.code
    rows = [r for c in Club.select() for r in loans.loan_register(c.id, TODAY)]
    running = [r for r in rows if r.status in ("current", "overdue")]
    overdue = [r for r in running if r.status == "overdue"]
    assert 0.03 <= len(overdue) / len(running) <= 0.15
    assert any(r.days_late > 30 for r in overdue)
    written_off = [loan for loan in all_loans if loan.status == "written_off"]
    assert 0 < len(written_off) < 0.06 * len(all_loans)
    assert all(re.fullmatch(r"\d{2}/QĐ-CLB", loan.write_off_decision) for loan in written_off)
    repaid = [loan for loan in all_loans if loan.status == "repaid"]
    assert all(loan.income_improved is not None for loan in repaid)
    assert 0.7 < sum(loan.income_improved for loan in repaid) / len(repaid) < 0.95
    # a cash loan went out as a payment of the income fund and came back as receipts; goods
    # went out and came back through the in-kind register, never the cash book
    from models.funds.fund_statement import value_checks
    from models.funds.goods_tables import GoodsEntry

    cash = [loan for loan in all_loans if loan.form == "cash"]
    assert all(loan.disbursement_entry.amount == loan.principal for loan in cash)
    assert all(loan.disbursement_entry_id is None for loan in in_kind)
    handed = dict(GoodsEntry.select(GoodsEntry.loan, GoodsEntry.amount)
                  .where(GoodsEntry.kind == "loan_out").tuples())
    assert all(handed[loan.id] == loan.principal for loan in in_kind)
    paid = LedgerEntry.select().where(LedgerEntry.category == "loan_repayment")
    assert sum(e.amount for e in paid) == sum(
        r.principal for r in LoanRepayment.select().where(LoanRepayment.form == "cash"))
    back = GoodsEntry.select().where(GoodsEntry.kind == "repaid")
    assert sum(g.amount for g in back) == sum(
        r.principal for r in LoanRepayment.select().where(LoanRepayment.form == "in_kind")) > 0
    assert not LedgerEntry.select().where(
        LedgerEntry.person.in_([loan.person_id for loan in in_kind])
        & (LedgerEntry.category == "goods_purchase")).exists()
    assert value_checks() == []
