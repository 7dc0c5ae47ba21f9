"""A member's own data, as the member asked for it (Law 91/2025/QH15, right of access):
a PDF the member can read, and the same record as JSON for machine use.

Input is the plain dict of models.privacy.privacy.member_record(); nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from reportlab.platypus import CondPageBreak

from models.text.labels import label
from models.text.vietnamese import format_date, format_number
from reports.decree30 import (
    Col,
    DataTable,
    Document,
    Header,
    Heading,
    PageSetup,
    Para,
    Signature,
    Title,
    render,
)

FIELD_NAMES = {
    "full_name": "Họ và tên", "gender": "Giới tính", "birth_date": "Ngày sinh",
    "birth_year": "Năm sinh", "ethnicity": "Dân tộc", "id_number": "Số CCCD",
    "phone": "Điện thoại", "village": "Thôn/tổ dân phố", "ward": "Xã/phường",
    "household_status": "Hoàn cảnh hộ", "household_status_year": "Năm xét hộ nghèo/cận nghèo",
    "disability": "Người khuyết tật", "policy_beneficiary": "Người có công, gia đình chính sách",
    "social_assistance": "Hưởng trợ cấp xã hội hằng tháng",
    "consent_date": "Ngày đồng ý xử lý dữ liệu", "consent_method": "Hình thức đồng ý",
    "consent_scope": "Phạm vi đồng ý", "note": "Ghi chú", "created_at": "Ngày ghi vào sổ",
    "updated_at": "Lần sửa gần nhất", "anonymised_at": "Ngày ẩn danh hóa",
    "joined_on": "Ngày vào CLB", "left_on": "Ngày ra khỏi CLB", "leave_reason": "Lý do ra",
    "leave_note": "Ghi chú khi ra", "role": "Vai trò", "group": "Tổ/nhóm",
    "home_care_volunteer": "TNV chăm sóc tại nhà", "economic_volunteer": "TNV kinh tế",
    "sort_key": "Khóa sắp xếp tên", "search_key": "Khóa tìm kiếm tên",
}
ACTIONS = {"create": "Tạo mới", "update": "Sửa", "leave": "Ra khỏi CLB", "rejoin": "Vào lại CLB",
           "export_record": "Xuất dữ liệu cho thành viên", "anonymise": "Ẩn danh hóa",
           "repay": "Trả nợ", "repaid": "Đã trả xong", "write_off": "Xóa nợ",
           "reopen": "Mở lại khoản vay", "outcome": "Ghi kết quả sử dụng vốn vay"}
ENTITIES = {"person": "Hồ sơ", "membership": "Sinh hoạt CLB", "loan": "Khoản vay"}
LOAN_STATUS = {"current": "Đang vay", "repaid": "Đã trả hết", "written_off": "Đã xóa nợ"}
ENTRY_KINDS = {"receipt": "Thu", "payment": "Chi"}
_PERSON_ORDER = ("full_name", "gender", "birth_date", "birth_year", "ethnicity", "id_number",
                 "phone", "village", "ward", "household_status", "household_status_year",
                 "disability", "policy_beneficiary", "social_assistance", "note",
                 "consent_date", "consent_method", "consent_scope", "created_at",
                 "updated_at", "anonymised_at")


def _date(value: str | None) -> str:
    if not value:
        return ""
    return format_date(dt.date.fromisoformat(value[:10])) + (
        f" {value[11:16]}" if len(value) > 10 else "")


def value_text(key: str, value: Any) -> str:
    """One stored value as the member reads it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if key in ("gender", "household_status", "leave_reason", "consent_method"):
        return label(key, value)
    if key == "role":
        return label("member_role", value)
    if key.endswith(("_date", "_on", "_at")) or key in ("date", "at", "term_start",
                                                          "term_end"):
        return _date(str(value))
    if isinstance(value, int) and key not in ("birth_year", "household_status_year"):
        return format_number(value)
    return str(value)


def _action(code: str) -> str:
    """What was done, in words: the record's own list, else the program's list of actions
    (a code is never printed)."""
    return ACTIONS.get(code) or label("audit_action", code)


def _change_text(entry: dict[str, Any]) -> str:
    """"Điện thoại: 0912… → 0987…" per changed field; a new record lists nothing."""
    before, after = entry.get("before") or {}, entry.get("after") or {}
    if entry["action"] != "update":
        return ""
    parts = []
    for key in after:
        name = FIELD_NAMES.get(key, key)
        parts.append(f"{name}: {value_text(key, before.get(key)) or '—'} → "
                     f"{value_text(key, after.get(key)) or '—'}")
    return "; ".join(parts)


def _section(title: str) -> list[Any]:
    # A section title never ends a page: break first when less than ~5 cm is left.
    return [CondPageBreak(50 * 72 / 25.4), Heading(title, size=13)]


def _table(columns: tuple[Col, ...], rows: list[tuple[str, ...]]) -> list[Any]:
    if not rows:
        return [Para("Không có.", indent=False)]
    return [DataTable(columns, tuple(rows), size=12)]


def document(record: dict[str, Any], *, office: str, place: str, on: dt.date,
             prepared_by: str, setup: PageSetup | None = None) -> Document:
    """The record as a Decree 30 document (tables of what the program holds)."""
    p = record["person"]
    blocks: list[Any] = [Para(
        "Theo yêu cầu của thành viên, dưới đây là toàn bộ dữ liệu cá nhân của thành viên mà "
        "chương trình quản lý Câu lạc bộ đang lưu giữ, tính đến ngày "
        f"{format_date(on)}.")]
    blocks += _section("I. THÔNG TIN CÁ NHÂN")
    rows = [(FIELD_NAMES[k], value_text(k, p.get(k))) for k in _PERSON_ORDER
            if k in p and p.get(k) not in (None, "")]
    blocks += _table((Col("Thông tin", 2), Col("Giá trị", 3.5)), rows)
    blocks += _section("II. SINH HOẠT CÂU LẠC BỘ")
    blocks += _table(
        (Col("CLB", 1.2), Col("Ngày vào", 1.2, "centre"), Col("Ngày ra", 1.2, "centre"),
         Col("Lý do ra", 1.4), Col("Vai trò, tổ/nhóm", 2)),
        [(m["club_code"], value_text("joined_on", m["joined_on"]),
          value_text("left_on", m["left_on"]), value_text("leave_reason", m["leave_reason"]),
          ", ".join(x for x in (value_text("role", m["role"]), m["group"]) if x))
         for m in record["memberships"]])
    blocks += _section("III. BAN CHỦ NHIỆM")
    blocks += _table(
        (Col("CLB", 1.2), Col("Chức vụ", 2), Col("Từ ngày", 1.2, "centre"),
         Col("Đến ngày", 1.2, "centre")),
        [(s["club_code"], label("board_role", s["role"]),
          value_text("term_start", s["term_start"]), value_text("term_end", s["term_end"]))
         for s in record["board_seats"]])
    blocks += _section("IV. THU, CHI QUỸ CÓ TÊN THÀNH VIÊN")
    blocks += _table(
        (Col("Ngày", 1.1, "centre"), Col("Phiếu", 0.9, "centre"), Col("Quỹ", 1.6),
         Col("Nội dung", 2.2), Col("Số tiền (đồng)", 1.3, "right")),
        [(value_text("date", e["date"]), f"{ENTRY_KINDS.get(e['kind'], e['kind'])} "
          f"{e['number']:02d}", e["fund"], e["description"],
          format_number(e["amount"])) for e in record["ledger_entries"]])
    blocks += _section("V. VAY VỐN")
    blocks += _table(
        (Col("Hợp đồng", 0.9, "centre"), Col("Là", 1), Col("Ngày vay", 1.1, "centre"),
         Col("Số tiền (đồng)", 1.3, "right"), Col("Đã trả gốc", 1.3, "right"),
         Col("Tình trạng", 1.2)),
        [(str(x["number"]), "Người vay" if x["as"] == "borrower" else "Người bảo lãnh",
          value_text("disbursed_on", x["disbursed_on"]), format_number(x["principal"]),
          format_number(_repaid(x)), LOAN_STATUS.get(x["status"], x["status"]))
         for x in record["loans"]])
    blocks += _section("VI. LỊCH SỬ GHI CHÉP")
    blocks += _table(
        (Col("Thời gian", 1.1, "centre"), Col("Người thực hiện", 1.1), Col("Việc", 1.4),
         Col("Nội dung thay đổi", 3.4)),
        [(value_text("at", a["at"]), a["actor"],
          f"{ENTITIES.get(a['entity'], a['entity'])}: {_action(a['action'])}",
          _change_text(a)) for a in record["audit"]])
    blocks.append(Para("Thành viên có quyền yêu cầu chỉnh sửa dữ liệu không đúng, hạn chế xử "
                       "lý, rút lại sự đồng ý hoặc yêu cầu xóa dữ liệu theo Luật Bảo vệ dữ liệu "
                       "cá nhân số 91/2025/QH15."))
    return Document(
        header=Header("", office, None, place, on),
        title=Title("DỮ LIỆU CÁ NHÂN CỦA THÀNH VIÊN", p["full_name"]),
        body=tuple(blocks),
        signature=Signature("", "NGƯỜI LẬP", prepared_by),
        setup=setup or PageSetup(),
        end_mark=False,
        pdf_title=f"Dữ liệu cá nhân — {p['full_name']}",
    )


def _repaid(loan: dict[str, Any]) -> int:
    reversed_ids = {r["reverses_id"] for r in loan["repayments"] if r["reverses_id"]}
    return sum(r["principal"] for r in loan["repayments"]
               if r["reverses_id"] is None and r["id"] not in reversed_ids)


def build_pdf(record: dict[str, Any], *, office: str, place: str, on: dt.date,
              prepared_by: str, setup: PageSetup | None = None) -> bytes:
    """The member's record as PDF bytes."""
    return render(document(record, office=office, place=place, on=on,
                           prepared_by=prepared_by, setup=setup))


def to_json(record: dict[str, Any], on: dt.date) -> str:
    """The same record as JSON (UTF-8 text, keys as stored), for machine use."""
    return json.dumps({"format": "ishc-member-record", "version": 1, "date": on.isoformat(),
                       **record}, ensure_ascii=False, indent=2)
