"""A member's own data export: the PDF the member reads and the JSON beside it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from models.members import members
from models.privacy import privacy
from models.storage.schema import AuditLog, BoardMember, Fund, LedgerEntry, Loan, LoanRepayment
from reports import member_record
from tests.conftest import TODAY, member_input
from tests.reports.pdf_probe import MM, find, flat_text, open_pdf


@pytest.fixture
def member(club):
    m = members.add_member(club.id, member_input(
        id_number="008158001234", phone="0912345678", birth_date=dt.date(1958, 3, 5),
        note="Hay đau lưng", consent_date=dt.date(2025, 3, 5), consent_method="paper"),
        today=TODAY)
    update = members.MemberInput.from_membership(m)
    update.phone = "0987654321"
    members.update_member(m.id, update, today=TODAY)
    BoardMember.create(club=club, person=m.person_id, role="treasurer",
                       term_start=dt.date(2025, 3, 5))
    fund = Fund.create(club=club, kind="income", name="Quỹ quay vòng vốn",
                       opened_on=dt.date(2025, 1, 1))
    LedgerEntry.create(fund=fund, kind="receipt", date=dt.date(2025, 4, 2), year=2025,
                       number=3, person=m.person_id, category="member_fee",
                       description="Đóng góp quý II", amount=15_000, posted_by="test")
    loan = Loan.create(club=club, fund=fund, person=m.person_id, number=7, form="cash",
                       principal=3_000_000, purpose="livestock", disbursed_on=dt.date(2025, 5, 5),
                       term_months=12, interest_method="none", created_by="test")
    LoanRepayment.create(loan=loan, date=dt.date(2025, 8, 5), principal=1_000_000,
                         recorded_by="test")
    return m


def test_pdf_lists_every_part_of_the_record(member):
    record = privacy.member_record(member.person_id)
    pdf = member_record.build_pdf(record, office="ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN",
                                  place="Phường Đức Xuân", on=TODAY, prepared_by="Hà Thị Mai")
    text = flat_text(pdf)
    for phrase in ("DỮ LIỆU CÁ NHÂN CỦA THÀNH VIÊN", "Nguyễn Thị Huệ", "008158001234",
                   "05/03/1958", "0987654321", "Hộ nghèo", "Hay đau lưng", "Ký giấy đồng ý",
                   "I. THÔNG TIN CÁ NHÂN", "II. SINH HOẠT CÂU LẠC BỘ", "III. BAN CHỦ NHIỆM",
                   "Thủ quỹ", "IV. THU, CHI QUỸ CÓ TÊN THÀNH VIÊN", "Đóng góp quý II", "15.000",
                   "Thu 03", "V. VAY VỐN", "3.000.000", "1.000.000", "Người vay", "Đang vay",
                   "VI. LỊCH SỬ GHI CHÉP", "Hồ sơ: Sửa", "Điện thoại: 0912345678 →",
                   "Phường Đức Xuân, ngày 20 tháng 11 năm 2026", "NGƯỜI LẬP", "Hà Thị Mai",
                   "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"):
        assert phrase in text, phrase
    with open_pdf(pdf) as doc:
        page = doc.pages[0]
        chars = [c for p in doc.pages for c in p.chars if c["text"].strip()]
        assert min(c["x0"] for c in chars) >= 30 * MM - 0.6
        assert max(c["x1"] for c in chars) <= page.width - 15 * MM + 0.6
        title = find(page, "DỮ LIỆU CÁ NHÂN CỦA THÀNH VIÊN")
        assert title.centre == pytest.approx(30 * MM + (page.width - 45 * MM) / 2, abs=1.0)
        label, value = find(page, "Số CCCD"), find(page, "008158001234")
        assert label.x1 < value.x0 and label.baseline == pytest.approx(value.baseline, abs=1)
        for n, p in enumerate(doc.pages):  # a section title is never the last line of a page
            lines = [ln["text"] for ln in p.extract_text_lines()]
            assert not lines[-1].startswith(("I", "V")) or n == len(doc.pages) - 1, lines[-1]


def test_export_writes_pdf_and_json_and_is_audited(member, tmp_path):
    pdf_path, json_path = privacy.export_member_record(member.person_id,
                                                       str(tmp_path / "hue.pdf"), on=TODAY)
    assert pdf_path.endswith("hue.pdf") and json_path.endswith("hue.json")
    assert "Nguyễn Thị Huệ" in flat_text(Path(pdf_path).read_bytes())
    data = json.loads(Path(json_path).read_text(encoding="utf-8"))
    assert data["format"] == "ishc-member-record" and data["date"] == "2026-11-20"
    assert data["person"]["id_number"] == "008158001234"
    assert [e["amount"] for e in data["ledger_entries"]] == [15_000]
    assert [x["number"] for x in data["loans"]] == [7]
    assert data["board_seats"][0]["role"] == "treasurer"
    assert {a["action"] for a in data["audit"]} >= {"create", "update"}
    row = AuditLog.select().where(AuditLog.action == "export_record").get()
    assert row.entity_id == str(member.person_id) and json.loads(row.after) == {
        "format": "pdf+json"}


def test_an_empty_section_says_so():
    record = {"person": {"full_name": "Lý Văn Tài", "gender": "M", "birth_year": 1950},
              "memberships": [], "board_seats": [], "ledger_entries": [], "loans": [],
              "audit": []}
    text = flat_text(member_record.build_pdf(record, office="UBND", place="Phường Đức Xuân",
                                             on=TODAY, prepared_by="x"))
    assert text.count("Không có.") == 5 and "Nam" in text and "1950" in text


def test_the_history_names_what_happened_to_a_loan(member):
    from models.accounts import audit

    loan = Loan.get(Loan.person == member.person_id)
    audit.record("loan", loan.id, "repaid", {"status": "current"}, {"status": "repaid"})
    audit.record("loan", loan.id, "write_off", {"status": "current"},
                 {"status": "written_off"})
    record = privacy.member_record(member.person_id)
    pdf = member_record.build_pdf(record, office="UBND PHƯỜNG ĐỨC XUÂN",
                                  place="Phường Đức Xuân", on=TODAY, prepared_by="Hà Thị Mai")
    with open_pdf(pdf) as doc:
        cells = {" ".join((cell or "").split()) for p in doc.pages for t in p.extract_tables()
                 for row in t for cell in row}
    assert {"Khoản vay: Đã trả xong", "Khoản vay: Xóa nợ"} <= cells
    text = flat_text(pdf)
    assert "repaid" not in text and "write_off" not in text
