"""Giấy đồng ý xử lý dữ liệu cá nhân: a member's consent under Law 91/2025/QH15, on the
Decree 30 engine. Unnumbered like the statute (the club is no issuing body of the office);
one paper per member. Data in (ConsentFormData below, filled by
models.privacy.consent_paper.consent_form_data), PDF bytes out. The wording is fixed by the law:
the purposes, the kinds of data and the rights are printed as written here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.text.vietnamese import format_date
from reports.decree30 import Document, Header, PageSetup, Para, Signature, Title, render
from reports.papers.common import BLANK

# What the club uses a member's data for (printed on the consent form, one line each).
PURPOSES: tuple[str, ...] = (
    "Quản lý danh sách thành viên và hoạt động sinh hoạt của Câu lạc bộ",
    "Quản lý các quỹ của Câu lạc bộ: đóng góp, cho vay vốn quay vòng và thu hồi vốn",
    "Lập báo cáo gửi Hội Người cao tuổi và Ủy ban nhân dân xã/phường; báo cáo gửi cấp trên "
    "chỉ gồm số liệu tổng hợp, không có thông tin riêng của từng người",
    "Liên lạc với thành viên về hoạt động của Câu lạc bộ",
)

BASIC_DATA: tuple[str, ...] = (
    "Họ và tên, giới tính, ngày sinh hoặc năm sinh, dân tộc",
    "Số điện thoại, thôn/tổ dân phố nơi ở",
    "Ngày vào Câu lạc bộ, vai trò, tổ/nhóm sinh hoạt",
    "Các khoản đóng góp, vay và trả vốn với Câu lạc bộ",
)

SENSITIVE_DATA: tuple[str, ...] = (
    "Số căn cước công dân (CCCD)",
    "Hoàn cảnh hộ gia đình: hộ nghèo, hộ cận nghèo, hoàn cảnh khó khăn",
    "Tình trạng khuyết tật",
    "Hưởng trợ cấp xã hội; người có công, gia đình chính sách",
    "Ghi chú về sức khỏe, hoàn cảnh (nếu có)",
)

TITLE = "GIẤY ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN"
LAW = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"

# The data subject's rights under the law, in the order the form lists them.
RIGHTS: tuple[str, ...] = (
    "Được biết về việc xử lý dữ liệu cá nhân của mình",
    "Đồng ý hoặc không đồng ý, rút lại sự đồng ý cho xử lý dữ liệu cá nhân",
    "Xem, truy cập và nhận bản sao dữ liệu cá nhân của mình",
    "Yêu cầu chỉnh sửa dữ liệu cá nhân không đúng",
    "Yêu cầu xóa dữ liệu cá nhân",
    "Yêu cầu hạn chế xử lý dữ liệu cá nhân",
    "Phản đối việc xử lý dữ liệu cá nhân",
    "Khiếu nại, tố cáo, khởi kiện và yêu cầu bồi thường thiệt hại theo quy định của pháp luật",
)


@dataclass(frozen=True)
class ConsentFormData:
    """What the consent form prints. Empty values print as blanks to fill by hand."""

    parent_body: str  # HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN ("" when not set up)
    club_header: str  # the club, upper case, as in the statute's header
    club_name: str
    ward: str  # phường Đức Xuân
    province: str  # tỉnh Thái Nguyên
    place: str  # Phường Đức Xuân (date line)
    date: dt.date | None  # the consent date; None prints a blank date
    full_name: str
    gender: str  # Nữ / Nam
    birth: str  # 05/03/1958, or the year alone
    ethnicity: str
    id_number: str
    phone: str
    address: str  # Tổ 1, phường Đức Xuân, tỉnh Thái Nguyên
    joined_on: dt.date | None
    scope: str  # what was agreed, as recorded
    chair_name: str
    office: str  # where to withdraw: "Ủy ban nhân dân phường Đức Xuân (địa chỉ…)"


def _list(lines: tuple[str, ...]) -> list[Para]:
    """"- …;" lines, the last ending with "."."""
    return [Para(f"- {line}" + ("." if i == len(lines) - 1 else ";"))
            for i, line in enumerate(lines)]


def _heading(s: str) -> Para:
    return Para(s, bold=True)


def body(data: ConsentFormData) -> tuple[Para, ...]:
    """The paragraphs of the form (plain text, so tests and the JSON check read them)."""
    joined = format_date(data.joined_on) if data.joined_on else BLANK
    blocks: list[Para] = [
        Para(f"Kính gửi: Ban chủ nhiệm {data.club_name}.", align="centre", indent=False),
        Para(f"Tôi tên là: {data.full_name or BLANK}", bold=False),
        Para(f"Giới tính: {data.gender or BLANK}; ngày sinh (hoặc năm sinh): "
             f"{data.birth or BLANK}; dân tộc: {data.ethnicity or BLANK}"),
        Para(f"Số căn cước công dân (CCCD): {data.id_number or BLANK}; "
             f"điện thoại: {data.phone or BLANK}"),
        Para(f"Nơi ở: {data.address or BLANK}"),
        Para(f"Là thành viên {data.club_name} từ ngày {joined}."),
        Para("Sau khi được Ban chủ nhiệm Câu lạc bộ thông báo đầy đủ về việc xử lý dữ liệu "
             "cá nhân, tôi đồng ý để Câu lạc bộ thu thập, lưu giữ, sử dụng dữ liệu cá nhân "
             "của tôi như sau:"),
        _heading("1. Mục đích xử lý dữ liệu"),
        *_list(PURPOSES),
        _heading("2. Loại dữ liệu cá nhân được xử lý"),
        Para("a) Dữ liệu cá nhân cơ bản:"),
        *_list(BASIC_DATA),
        Para("b) Dữ liệu cá nhân nhạy cảm (chỉ cán bộ được giao nhiệm vụ mới được xem; khi "
             "xuất danh sách được che đi):"),
        *_list(SENSITIVE_DATA),
        _heading("3. Phạm vi tôi đồng ý"),
        Para(data.scope or BLANK),
        _heading(f"4. Quyền của tôi theo {LAW}"),
        *_list(RIGHTS),
        _heading("5. Rút lại sự đồng ý"),
        Para("Tôi có thể rút lại sự đồng ý, yêu cầu xem, sửa, xóa dữ liệu của mình bất cứ lúc "
             "nào bằng cách nói trực tiếp hoặc gửi văn bản cho Ban chủ nhiệm Câu lạc bộ, hoặc "
             f"cho cán bộ phụ trách tại {data.office or BLANK}. Việc rút lại sự đồng ý không "
             "làm mất hiệu lực của việc xử lý đã thực hiện trước đó; sổ quỹ, hợp đồng vay và "
             "các báo cáo đã ký được lưu giữ theo quy định về lưu trữ."),
        Para("Câu lạc bộ cam kết chỉ dùng dữ liệu cho các mục đích nêu trên, giữ bí mật dữ "
             "liệu nhạy cảm và chỉ gửi số liệu tổng hợp lên cấp trên."),
        Para("Giấy này làm thành 02 bản: thành viên giữ 01 bản, Câu lạc bộ giữ 01 bản."),
    ]
    return tuple(blocks)


def summary(data: ConsentFormData, texts: object = None) -> str:
    """The trích yếu of the form, as the other papers give theirs."""
    return f"Đồng ý xử lý dữ liệu cá nhân của {data.full_name}"


def document(data: ConsentFormData, setup: PageSetup | None = None) -> Document:
    """The consent form as a Document: the club's representative signs at the left, the
    member at the right (signature or fingerprint)."""
    return Document(
        header=Header(data.parent_body, data.club_header, None, data.place, data.date),
        title=Title(TITLE, note=f"(Theo {LAW})"),
        body=body(data),
        signature=(Signature("ĐẠI DIỆN CÂU LẠC BỘ", "", data.chair_name),
                   Signature("NGƯỜI ĐỒNG Ý", "", data.full_name)),
        setup=setup or PageSetup(),
        pdf_title=f"{TITLE} — {data.full_name}",
    )


def build(data: ConsentFormData, texts: object = None, setup: PageSetup | None = None
          ) -> bytes:
    """The form's PDF bytes (`texts` is accepted like the other papers; the wording is
    fixed by the law and not edited per office)."""
    return render(document(data, setup))
