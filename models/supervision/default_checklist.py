"""The programme's default supervision checklist (written on first use as version 1 of the
template "Bảng kiểm giám sát CLB Liên thế hệ tự giúp nhau", scope: every unit).

Following the programme's guidance for supervising the clubs: monthly meetings with minutes,
a working board, registers and books kept, funds by the statute, loans repaid, activity in the
eight areas, volunteers, and a composition within the standards. Each item: (text, weight,
required, hint), the hint naming the fact the program already knows for it
(models.supervision.facts.HINTS).
"""

from __future__ import annotations

NAME = "Bảng kiểm giám sát CLB Liên thế hệ tự giúp nhau"

GROUPS: tuple[tuple[str, tuple[tuple[str, int, bool, str], ...]], ...] = (
    ("Sinh hoạt định kỳ hằng tháng", (
        ("CLB sinh hoạt đều hằng tháng trong 12 tháng qua", 3, True, "meetings"),
        ("Mỗi buổi sinh hoạt có biên bản, ghi số người dự và nội dung", 2, False, "meetings"),
    )),
    ("Ban chủ nhiệm", (
        ("Ban chủ nhiệm đủ thành viên, có phân công nhiệm vụ", 2, True, "board"),
        ("Ban chủ nhiệm họp định kỳ, có kế hoạch hoạt động năm", 1, False, ""),
    )),
    ("Hồ sơ, sổ sách", (
        ("Danh sách, sổ theo dõi thành viên cập nhật", 2, True, "composition"),
        ("Sổ quỹ, phiếu thu, phiếu chi ghi đầy đủ, kịp thời", 2, False, "cash_count"),
    )),
    ("Quản lý quỹ", (
        ("Quỹ hoạt động và quỹ quay vòng quản lý theo quy chế", 3, True, "funds"),
        ("Kiểm kê quỹ định kỳ, tiền mặt khớp sổ", 2, False, "cash_count"),
    )),
    ("Cho vay quay vòng", (
        ("Thành viên vay trả nợ đúng hạn", 3, True, "loans_overdue"),
        ("Khoản vay được sử dụng đúng mục đích, cải thiện thu nhập", 2, False, ""),
    )),
    ("Hoạt động theo 8 lĩnh vực", (
        ("Chăm sóc sức khỏe", 1, False, "trainings"),
        ("Tạo thu nhập", 1, False, ""),
        ("Văn hóa, văn nghệ, đời sống xã hội", 1, False, ""),
        ("Tự giúp nhau và hỗ trợ cộng đồng", 1, False, ""),
        ("Học tập, nâng cao nhận thức", 1, False, "trainings"),
        ("Chăm sóc tại nhà do tình nguyện viên thực hiện", 1, False, ""),
        ("Huy động nguồn lực", 1, False, ""),
        ("Quyền và chính sách", 1, False, ""),
    )),
    ("Tình nguyện viên", (
        ("Tình nguyện viên chăm sóc tại nhà hoạt động thường xuyên", 2, False, "volunteers"),
    )),
    ("Thành phần CLB", (
        ("Số thành viên, tỷ lệ người cao tuổi, nữ, hộ nghèo trong chuẩn", 2, True,
         "composition"),
    )),
)
