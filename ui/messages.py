"""User-facing text for domain codes: errors, field names and code lists.

Source strings are Vietnamese (the program's first language); English comes from the
translation files. Works without a QApplication, so the command line uses it too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.errors import Problem, ValidationError
from models.text.vietnamese import format_number


def tr(text: str, context: str = "Messages") -> str:
    return QCoreApplication.translate(context, text)


FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("Messages", "Họ và tên"),
    "gender": QT_TRANSLATE_NOOP("Messages", "Giới tính"),
    "birth": QT_TRANSLATE_NOOP("Messages", "Ngày/năm sinh"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "Ngày sinh"),
    "birth_year": QT_TRANSLATE_NOOP("Messages", "Năm sinh"),
    "ethnicity": QT_TRANSLATE_NOOP("Messages", "Dân tộc"),
    "id_number": QT_TRANSLATE_NOOP("Messages", "Số CCCD"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Điện thoại"),
    "village": QT_TRANSLATE_NOOP("Messages", "Thôn/tổ dân phố"),
    "villages": QT_TRANSLATE_NOOP("Messages", "Thôn/tổ dân phố"),
    "household_status": QT_TRANSLATE_NOOP("Messages", "Hoàn cảnh hộ"),
    "household_status_year": QT_TRANSLATE_NOOP("Messages", "Năm xét hộ nghèo/cận nghèo"),
    "consent_date": QT_TRANSLATE_NOOP("Messages", "Ngày đồng ý xử lý dữ liệu"),
    "consent_method": QT_TRANSLATE_NOOP("Messages", "Hình thức đồng ý"),
    "joined_on": QT_TRANSLATE_NOOP("Messages", "Ngày vào CLB"),
    "left_on": QT_TRANSLATE_NOOP("Messages", "Ngày ra khỏi CLB"),
    "leave_reason": QT_TRANSLATE_NOOP("Messages", "Lý do ra khỏi CLB"),
    "role": QT_TRANSLATE_NOOP("Messages", "Vai trò"),
    "group": QT_TRANSLATE_NOOP("Messages", "Tổ/nhóm"),
    "groups": QT_TRANSLATE_NOOP("Messages", "Tổ/nhóm"),
    "club": QT_TRANSLATE_NOOP("Messages", "Câu lạc bộ"),
    "membership": QT_TRANSLATE_NOOP("Messages", "Thành viên"),
    "person": QT_TRANSLATE_NOOP("Messages", "Người"),
    "code": QT_TRANSLATE_NOOP("Messages", "Mã CLB"),
    "name": QT_TRANSLATE_NOOP("Messages", "Tên"),
    "ward_code": QT_TRANSLATE_NOOP("Messages", "Xã/phường"),
    "office_name": QT_TRANSLATE_NOOP("Messages", "Tên cơ quan"),
    "status": QT_TRANSLATE_NOOP("Messages", "Trạng thái"),
    "date": QT_TRANSLATE_NOOP("Messages", "Ngày"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Lý do"),
    "decision_number": QT_TRANSLATE_NOOP("Messages", "Số quyết định"),
    "decision_date": QT_TRANSLATE_NOOP("Messages", "Ngày quyết định"),
    "decision_issuer": QT_TRANSLATE_NOOP("Messages", "Cơ quan ra quyết định"),
    "launch_date": QT_TRANSLATE_NOOP("Messages", "Ngày ra mắt"),
    "statute_date": QT_TRANSLATE_NOOP("Messages", "Ngày thông qua quy chế"),
    "board": QT_TRANSLATE_NOOP("Messages", "Ban chủ nhiệm"),
    "term_start": QT_TRANSLATE_NOOP("Messages", "Bắt đầu nhiệm kỳ"),
    "term_end": QT_TRANSLATE_NOOP("Messages", "Kết thúc nhiệm kỳ"),
    "min_members": QT_TRANSLATE_NOOP("Messages", "Số thành viên tối thiểu"),
    "max_members": QT_TRANSLATE_NOOP("Messages", "Số thành viên tối đa"),
    "older_age": QT_TRANSLATE_NOOP("Messages", "Tuổi được tính là người cao tuổi"),
    "older_share_min": QT_TRANSLATE_NOOP("Messages", "Tỷ lệ người cao tuổi tối thiểu"),
    "women_share_min": QT_TRANSLATE_NOOP("Messages", "Tỷ lệ nữ tối thiểu"),
    "women_share_max": QT_TRANSLATE_NOOP("Messages", "Tỷ lệ nữ tối đa"),
    "poor_share_min": QT_TRANSLATE_NOOP("Messages", "Tỷ lệ nghèo, cận nghèo, khó khăn tối thiểu"),
    "poor_share_max": QT_TRANSLATE_NOOP("Messages", "Tỷ lệ nghèo, cận nghèo, khó khăn tối đa"),
    "home_care_min": QT_TRANSLATE_NOOP("Messages", "Số tình nguyện viên chăm sóc tại nhà tối thiểu"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Loại"),
    "file": QT_TRANSLATE_NOOP("Messages", "Tệp"),
    "top_mm": QT_TRANSLATE_NOOP("Messages", "Lề trên"),
    "bottom_mm": QT_TRANSLATE_NOOP("Messages", "Lề dưới"),
    "left_mm": QT_TRANSLATE_NOOP("Messages", "Lề trái"),
    "right_mm": QT_TRANSLATE_NOOP("Messages", "Lề phải"),
    "body_size": QT_TRANSLATE_NOOP("Messages", "Cỡ chữ phần nội dung"),
    "province_code": QT_TRANSLATE_NOOP("Messages", "Tỉnh/thành phố"),
    "address": QT_TRANSLATE_NOOP("Messages", "Địa chỉ"),
    "bodies": QT_TRANSLATE_NOOP("Messages", "Nơi ban hành văn bản"),
    "body_code": QT_TRANSLATE_NOOP("Messages", "Ký hiệu viết tắt"),
    "parent_name": QT_TRANSLATE_NOOP("Messages", "Cơ quan chủ quản"),
    "authority": QT_TRANSLATE_NOOP("Messages", "Thẩm quyền ký"),
    "signer_title": QT_TRANSLATE_NOOP("Messages", "Chức vụ người ký"),
    "signer_name": QT_TRANSLATE_NOOP("Messages", "Họ tên người ký"),
    "club_count": QT_TRANSLATE_NOOP("Messages", "Số CLB"),
    "database": QT_TRANSLATE_NOOP("Messages", "Cơ sở dữ liệu"),
    "summary": QT_TRANSLATE_NOOP("Messages", "Trích yếu"),
    "type_code": QT_TRANSLATE_NOOP("Messages", "Mã loại văn bản"),
    "issuing_body": QT_TRANSLATE_NOOP("Messages", "Cơ quan ban hành"),
    "issued_document": QT_TRANSLATE_NOOP("Messages", "Văn bản"),
    "fund": QT_TRANSLATE_NOOP("Messages", "Quỹ"),
    "amount": QT_TRANSLATE_NOOP("Messages", "Số tiền"),
    "category": QT_TRANSLATE_NOOP("Messages", "Khoản mục"),
    "counterparty": QT_TRANSLATE_NOOP("Messages", "Người nộp/nhận tiền"),
    "description": QT_TRANSLATE_NOOP("Messages", "Nội dung"),
    "attachments": QT_TRANSLATE_NOOP("Messages", "Số chứng từ kèm theo"),
    "entry": QT_TRANSLATE_NOOP("Messages", "Phiếu"),
    "period": QT_TRANSLATE_NOOP("Messages", "Kỳ khóa sổ"),
    "year": QT_TRANSLATE_NOOP("Messages", "Năm"),
    "month": QT_TRANSLATE_NOOP("Messages", "Tháng"),
    "counted": QT_TRANSLATE_NOOP("Messages", "Số tiền kiểm đếm thực tế"),
    # Vouchers, fund book, loan papers (issue 5)
    "receipt_caption": QT_TRANSLATE_NOOP("Messages", "Dòng mẫu số của phiếu thu"),
    "payment_caption": QT_TRANSLATE_NOOP("Messages", "Dòng mẫu số của phiếu chi"),
    "unit_lines": QT_TRANSLATE_NOOP("Messages", "Dòng tên đơn vị, địa chỉ"),
    "receipt_roles": QT_TRANSLATE_NOOP("Messages", "Người ký phiếu thu"),
    "payment_roles": QT_TRANSLATE_NOOP("Messages", "Người ký phiếu chi"),
    "two_per_a4": QT_TRANSLATE_NOOP("Messages", "In hai liên trên một tờ A4"),
    "date_from": QT_TRANSLATE_NOOP("Messages", "Từ ngày"),
    "date_to": QT_TRANSLATE_NOOP("Messages", "Đến ngày"),
    "loan": QT_TRANSLATE_NOOP("Messages", "Khoản vay"),
    # Backups and the shared server (issue 4)
    "keep": QT_TRANSLATE_NOOP("Messages", "Số bản sao lưu giữ lại"),
    "second_folder": QT_TRANSLATE_NOOP("Messages", "Thư mục sao lưu thứ hai"),
    "daily": QT_TRANSLATE_NOOP("Messages", "Sao lưu hằng ngày"),
    "on_exit": QT_TRANSLATE_NOOP("Messages", "Sao lưu khi thoát"),
    "host": QT_TRANSLATE_NOOP("Messages", "Máy chủ"),
    "port": QT_TRANSLATE_NOOP("Messages", "Cổng"),
    "user": QT_TRANSLATE_NOOP("Messages", "Tên đăng nhập"),
    "sslmode": QT_TRANSLATE_NOOP("Messages", "Chế độ SSL"),
    "target": QT_TRANSLATE_NOOP("Messages", "Cơ sở dữ liệu đích"),
}

ERRORS = {
    "required": QT_TRANSLATE_NOOP("Messages", "chưa nhập"),
    "too_long": QT_TRANSLATE_NOOP("Messages", "dài quá {max} ký tự"),
    "has_digits": QT_TRANSLATE_NOOP("Messages", "không được có chữ số"),
    "invalid": QT_TRANSLATE_NOOP("Messages", "giá trị không hợp lệ: «{value}»"),
    "unknown": QT_TRANSLATE_NOOP("Messages", "không có trong danh mục: «{value}»"),
    "year_out_of_range": QT_TRANSLATE_NOOP("Messages", "năm sinh phải từ {low} đến {high}"),
    "in_future": QT_TRANSLATE_NOOP("Messages", "không được sau ngày hôm nay"),
    "year_mismatch": QT_TRANSLATE_NOOP("Messages", "năm sinh không khớp với ngày sinh"),
    "length": QT_TRANSLATE_NOOP("Messages", "phải đủ 12 chữ số: «{value}»"),
    "digits": QT_TRANSLATE_NOOP("Messages", "chỉ được gồm chữ số: «{value}»"),
    "province": QT_TRANSLATE_NOOP("Messages", "3 số đầu không phải mã tỉnh nơi đăng ký khai sinh: «{value}»"),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "đã có: «{value}»"),
    "format": QT_TRANSLATE_NOOP("Messages", "không đúng dạng số điện thoại: «{value}»"),
    "not_in_ward": QT_TRANSLATE_NOOP("Messages", "không thuộc xã/phường của CLB"),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "phải từ {low} đến {high}"),
    "before_birth": QT_TRANSLATE_NOOP("Messages", "trước năm sinh"),
    "not_in_club": QT_TRANSLATE_NOOP("Messages", "không thuộc CLB này"),
    "dissolved": QT_TRANSLATE_NOOP("Messages", "CLB {code} đã giải thể"),
    "already_active": QT_TRANSLATE_NOOP("Messages", "người này đang sinh hoạt ở CLB {code}"),
    "already_left": QT_TRANSLATE_NOOP("Messages", "đã ra khỏi CLB ngày {date}"),
    "before_join": QT_TRANSLATE_NOOP("Messages", "trước ngày vào CLB ({joined})"),
    "deceased": QT_TRANSLATE_NOOP("Messages", "người này đã mất"),
    "before_last_leave": QT_TRANSLATE_NOOP("Messages", "trước ngày ra khỏi CLB lần trước ({left})"),
    "bad_code": QT_TRANSLATE_NOOP("Messages", "chỉ gồm chữ in hoa không dấu, chữ số, dấu - _ . (tối đa 30 ký tự): «{value}»"),
    "not_planned": QT_TRANSLATE_NOOP("Messages", "chỉ CLB đang dự kiến mới làm thủ tục thành lập"),
    "before_decision": QT_TRANSLATE_NOOP("Messages", "trước ngày quyết định"),
    "before_start": QT_TRANSLATE_NOOP("Messages", "trước ngày bắt đầu"),
    "not_member": QT_TRANSLATE_NOOP("Messages", "không phải thành viên đang sinh hoạt của CLB"),
    "several_chairs": QT_TRANSLATE_NOOP("Messages", "chỉ có một chủ nhiệm"),
    "transition": QT_TRANSLATE_NOOP("Messages", "không chuyển được từ «{current}» sang «{target}»"),
    "use_founding": QT_TRANSLATE_NOOP("Messages", "dùng chức năng Thành lập CLB"),
    "before_current": QT_TRANSLATE_NOOP("Messages", "trước ngày của trạng thái hiện tại ({since})"),
    "has_active_members": QT_TRANSLATE_NOOP("Messages", "CLB còn {count} thành viên đang sinh hoạt"),
    "not_in_province": QT_TRANSLATE_NOOP("Messages", "không thuộc tỉnh/thành phố đã chọn"),
    "not_non_negative_int": QT_TRANSLATE_NOOP("Messages", "phải là số nguyên không âm"),
    "less_than_min": QT_TRANSLATE_NOOP("Messages", "nhỏ hơn mức tối thiểu ({min})"),
    "percent_over_100": QT_TRANSLATE_NOOP("Messages", "không được quá 100%"),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "không đúng ngày dd/mm/yyyy: «{value}»"),
    "bad_number": QT_TRANSLATE_NOOP("Messages", "không phải số: «{value}»"),
    "bad_bool": QT_TRANSLATE_NOOP("Messages", "chỉ nhận «x», «có» hoặc để trống: «{value}»"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Messages", "trùng với dòng {other} trong tệp: «{value}»"),
    "possible_duplicate": QT_TRANSLATE_NOOP("Messages", "có thể trùng với {name} ({year}) đã có"),
    "not_a_template": QT_TRANSLATE_NOOP("Messages", "không phải tệp theo mẫu của chương trình (thiếu cột «{value}»)"),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "không đọc được tệp: {value}"),
    "empty": QT_TRANSLATE_NOOP("Messages", "tệp không có dòng dữ liệu nào"),
    "backup_missing": QT_TRANSLATE_NOOP("Messages", "không tìm thấy tệp sao lưu {path}"),
    "backup_not_sqlite": QT_TRANSLATE_NOOP("Messages", "{path} không phải tệp dữ liệu"),
    "backup_damaged": QT_TRANSLATE_NOOP("Messages", "tệp sao lưu {path} bị hỏng ({detail})"),
    "backup_not_ishc": QT_TRANSLATE_NOOP("Messages", "{path} không phải dữ liệu của ISHC Desk"),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "Messages", "tệp do phiên bản mới hơn tạo ra (dữ liệu phiên bản {found}, chương trình "
        "đọc được đến {supported})"),
    "backup_postgres_refused": QT_TRANSLATE_NOOP(
        "Messages", "dữ liệu trên máy chủ PostgreSQL do quản trị máy chủ sao lưu (pg_dump)"),
    "backup_chain_broken": QT_TRANSLATE_NOOP(
        "Messages", "nhật ký thay đổi trong tệp sao lưu {path} đã bị sửa từ dòng số {id} "
        "({date}, {entity}): dữ liệu có thể đã bị sửa ngoài chương trình; chỉ quản trị viên "
        "mới được xác nhận khôi phục (--accept-broken-chain)"),
    "body_has_documents": QT_TRANSLATE_NOOP(
        "Messages", "«{value}» đã ban hành {count} văn bản nên không xóa được (có thể sửa tên, "
        "người ký)"),
    "old_format": QT_TRANSLATE_NOOP("Messages", "tệp Excel đời cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx: «{value}»"),
    "other_club": QT_TRANSLATE_NOOP("Messages", "dòng này của CLB «{value}», không phải CLB {code} đang nhập"),
    "possible_duplicate_in_file": QT_TRANSLATE_NOOP("Messages", "có thể trùng với dòng {other} trong tệp ({name}, {year})"),
    "bad_symbol": QT_TRANSLATE_NOOP("Messages", "chỉ gồm chữ và số viết liền, không có dấu cách hay dấu /: «{value}»"),
    "duplicate_in_list": QT_TRANSLATE_NOOP("Messages", "trùng với dòng {other}: «{value}»"),
    "demo_needs_empty": QT_TRANSLATE_NOOP("Messages", "đã có {count} CLB; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu chưa có CLB nào"),
    "amount_not_positive": QT_TRANSLATE_NOOP("Messages", "số tiền phải lớn hơn 0"),
    "amount_not_integer": QT_TRANSLATE_NOOP("Messages", "phải là số tiền nguyên đồng, chỉ gồm chữ số: «{value}»"),
    "would_go_negative": QT_TRANSLATE_NOOP("Messages", "quỹ không đủ: số dư ngày {date} chỉ còn {balance} đồng"),
    "period_closed": QT_TRANSLATE_NOOP("Messages", "tháng {month}/{year} đã khóa sổ"),
    "year_closed": QT_TRANSLATE_NOOP("Messages", "năm {year} đã khóa sổ"),
    "period_already_closed": QT_TRANSLATE_NOOP("Messages", "kỳ này đã khóa sổ rồi"),
    "period_not_ended": QT_TRANSLATE_NOOP("Messages", "kỳ này chưa kết thúc (hết ngày {date}), chưa khóa sổ được"),
    "before_fund_opened": QT_TRANSLATE_NOOP("Messages", "trước ngày lập quỹ ({date})"),
    "fund_closed": QT_TRANSLATE_NOOP("Messages", "quỹ đã đóng từ ngày {date}"),
    "category_kind": QT_TRANSLATE_NOOP("Messages", "khoản mục không phù hợp với loại phiếu (thu/chi)"),
    "counterparty_both": QT_TRANSLATE_NOOP("Messages", "chỉ chọn một: thành viên của CLB hoặc người/đơn vị ngoài CLB"),
    "is_reversal": QT_TRANSLATE_NOOP("Messages", "đây là phiếu điều chỉnh (bút toán đảo), không đảo lại được"),
    "already_reversed": QT_TRANSLATE_NOOP("Messages", "phiếu này đã được đảo bằng phiếu số {number} ngày {date}"),
    "before_original": QT_TRANSLATE_NOOP("Messages", "trước ngày của phiếu gốc ({date})"),
    "amount_too_large": QT_TRANSLATE_NOOP("Messages", "số tiền quá lớn (tối đa {amount} đồng)"),
    "too_many_lines": QT_TRANSLATE_NOOP("Messages", "nhiều nhất {max} dòng"),
    "too_many_signers": QT_TRANSLATE_NOOP("Messages", "nhiều nhất {max} người ký"),
    "folder_not_absolute": QT_TRANSLATE_NOOP("Messages", "phải là đường dẫn đầy đủ, ví dụ E:\\SaoLuu: «{value}»"),
    "not_a_folder": QT_TRANSLATE_NOOP("Messages", "đây là một tệp, không phải thư mục: «{value}»"),
    "folder_is_main": QT_TRANSLATE_NOOP("Messages", "trùng với thư mục sao lưu chính; hãy chọn thư mục ở ổ khác (USB)"),
    "bad_host": QT_TRANSLATE_NOOP("Messages", "tên máy chủ hoặc địa chỉ IP không hợp lệ: «{value}»"),
    "connect_auth": QT_TRANSLATE_NOOP("Messages", "máy chủ không chấp nhận tên đăng nhập hoặc mật khẩu ({detail})"),
    "connect_no_database": QT_TRANSLATE_NOOP("Messages", "trên máy chủ chưa có cơ sở dữ liệu này ({detail})"),
    "connect_ssl": QT_TRANSLATE_NOOP("Messages", "lỗi kết nối mã hóa SSL ({detail})"),
    "connect_unreachable": QT_TRANSLATE_NOOP("Messages", "không liên lạc được với máy chủ: kiểm tra địa chỉ, cổng, mạng và tường lửa ({detail})"),
    "connect_failed": QT_TRANSLATE_NOOP("Messages", "không kết nối được ({detail})"),
    "transfer_source_not_sqlite": QT_TRANSLATE_NOOP("Messages", "chỉ chuyển được dữ liệu từ tệp SQLite trên máy này"),
    "transfer_target_not_postgres": QT_TRANSLATE_NOOP("Messages", "phải là địa chỉ postgresql://…: «{value}»"),
    "transfer_source_old": QT_TRANSLATE_NOOP("Messages", "dữ liệu phiên bản {found} chưa được nâng cấp lên phiên bản {supported}"),
    "transfer_unreachable": QT_TRANSLATE_NOOP("Messages", "không kết nối được {value} ({detail})"),
    "transfer_target_not_empty": QT_TRANSLATE_NOOP("Messages", "{value} đã có {count} bảng của ISHC Desk; chỉ chuyển vào cơ sở dữ liệu mới, trống"),
    "transfer_failed": QT_TRANSLATE_NOOP("Messages", "lỗi khi chép bảng {table}, máy chủ không bị thay đổi ({detail})"),
}

CODE_LISTS = {
    "gender": {
        "F": QT_TRANSLATE_NOOP("Messages", "Nữ"),
        "M": QT_TRANSLATE_NOOP("Messages", "Nam"),
    },
    "household_status": {
        "poor": QT_TRANSLATE_NOOP("Messages", "Hộ nghèo"),
        "near_poor": QT_TRANSLATE_NOOP("Messages", "Hộ cận nghèo"),
        "hardship": QT_TRANSLATE_NOOP("Messages", "Hoàn cảnh khó khăn"),
        "none": QT_TRANSLATE_NOOP("Messages", "Không"),
    },
    "leave_reason": {
        "died": QT_TRANSLATE_NOOP("Messages", "Qua đời"),
        "moved": QT_TRANSLATE_NOOP("Messages", "Chuyển đi nơi khác"),
        "withdrew": QT_TRANSLATE_NOOP("Messages", "Xin ra khỏi CLB"),
        "other": QT_TRANSLATE_NOOP("Messages", "Lý do khác"),
    },
    "consent_method": {
        "paper": QT_TRANSLATE_NOOP("Messages", "Ký giấy đồng ý"),
        "verbal": QT_TRANSLATE_NOOP("Messages", "Đồng ý bằng lời, có người làm chứng"),
        "electronic": QT_TRANSLATE_NOOP("Messages", "Đồng ý điện tử"),
    },
    "member_role": {
        "member": QT_TRANSLATE_NOOP("Messages", "Thành viên"),
        "group_leader": QT_TRANSLATE_NOOP("Messages", "Tổ trưởng"),
        "deputy_group_leader": QT_TRANSLATE_NOOP("Messages", "Tổ phó"),
    },
    "board_role": {
        "chair": QT_TRANSLATE_NOOP("Messages", "Chủ nhiệm"),
        "vice_chair": QT_TRANSLATE_NOOP("Messages", "Phó Chủ nhiệm"),
        "secretary": QT_TRANSLATE_NOOP("Messages", "Thư ký"),
        "accountant": QT_TRANSLATE_NOOP("Messages", "Kế toán"),
        "treasurer": QT_TRANSLATE_NOOP("Messages", "Thủ quỹ"),
        "group_leader": QT_TRANSLATE_NOOP("Messages", "Trưởng nhóm"),
        "board_member": QT_TRANSLATE_NOOP("Messages", "Ủy viên"),
    },
    "club_status": {
        "planned": QT_TRANSLATE_NOOP("Messages", "Dự kiến"),
        "founded": QT_TRANSLATE_NOOP("Messages", "Đã thành lập"),
        "active": QT_TRANSLATE_NOOP("Messages", "Đang hoạt động"),
        "suspended": QT_TRANSLATE_NOOP("Messages", "Tạm dừng"),
        "dissolved": QT_TRANSLATE_NOOP("Messages", "Đã giải thể"),
    },
    "composition": {
        "members": QT_TRANSLATE_NOOP("Messages", "Số thành viên"),
        "older": QT_TRANSLATE_NOOP("Messages", "Người cao tuổi"),
        "women": QT_TRANSLATE_NOOP("Messages", "Nữ"),
        "disadvantaged": QT_TRANSLATE_NOOP("Messages", "Nghèo, cận nghèo, khó khăn"),
        "home_care": QT_TRANSLATE_NOOP("Messages", "TNV chăm sóc tại nhà"),
    },
    "village_kind": {
        "thôn": QT_TRANSLATE_NOOP("Messages", "Thôn"),
        "bản": QT_TRANSLATE_NOOP("Messages", "Bản"),
        "tổ dân phố": QT_TRANSLATE_NOOP("Messages", "Tổ dân phố"),
        "khu phố": QT_TRANSLATE_NOOP("Messages", "Khu phố"),
        "ấp": QT_TRANSLATE_NOOP("Messages", "Ấp"),
        "xóm": QT_TRANSLATE_NOOP("Messages", "Xóm"),
        "khu": QT_TRANSLATE_NOOP("Messages", "Khu"),
    },
    "fund_kind": {
        "income": QT_TRANSLATE_NOOP("Messages", "Quỹ quay vòng tạo thu nhập"),
        "activity": QT_TRANSLATE_NOOP("Messages", "Quỹ hoạt động"),
        "home_care": QT_TRANSLATE_NOOP("Messages", "Quỹ chăm sóc tại nhà"),
        "golden_heart": QT_TRANSLATE_NOOP("Messages", "Sổ Tấm lòng vàng"),
        "other": QT_TRANSLATE_NOOP("Messages", "Quỹ khác"),
    },
    "entry_kind": {
        "receipt": QT_TRANSLATE_NOOP("Messages", "Phiếu thu"),
        "payment": QT_TRANSLATE_NOOP("Messages", "Phiếu chi"),
    },
    "ledger_category": {
        "member_fee": QT_TRANSLATE_NOOP("Messages", "Thành viên đóng góp"),
        "donation": QT_TRANSLATE_NOOP("Messages", "Ủng hộ, tài trợ"),
        "budget_province": QT_TRANSLATE_NOOP("Messages", "Ngân sách tỉnh hỗ trợ"),
        "budget_commune": QT_TRANSLATE_NOOP("Messages", "Ngân sách xã/phường hỗ trợ"),
        "other_support": QT_TRANSLATE_NOOP("Messages", "Hỗ trợ khác"),
        "loan_repayment": QT_TRANSLATE_NOOP("Messages", "Thu hồi vốn vay"),
        "loan_interest": QT_TRANSLATE_NOOP("Messages", "Thu lãi vay"),
        "loan_disbursement": QT_TRANSLATE_NOOP("Messages", "Cho vay"),
        "activity_spending": QT_TRANSLATE_NOOP("Messages", "Chi hoạt động"),
        "home_care_spending": QT_TRANSLATE_NOOP("Messages", "Chi chăm sóc tại nhà"),
        "support_payment": QT_TRANSLATE_NOOP("Messages", "Chi hỗ trợ thành viên"),
        "other": QT_TRANSLATE_NOOP("Messages", "Khác"),
    },
    # Loans (issue 5); models/text/labels.py carries the same words for the Excel files.
    "loan_status": {
        "current": QT_TRANSLATE_NOOP("Messages", "Trong hạn"),
        "overdue": QT_TRANSLATE_NOOP("Messages", "Quá hạn"),
        "repaid": QT_TRANSLATE_NOOP("Messages", "Đã trả hết"),
        "written_off": QT_TRANSLATE_NOOP("Messages", "Đã xóa nợ"),
    },
    "loan_purpose": {
        "livestock": QT_TRANSLATE_NOOP("Messages", "Chăn nuôi"),
        "crops": QT_TRANSLATE_NOOP("Messages", "Trồng trọt"),
        "trade": QT_TRANSLATE_NOOP("Messages", "Buôn bán nhỏ"),
        "handicraft": QT_TRANSLATE_NOOP("Messages", "Nghề thủ công"),
        "services": QT_TRANSLATE_NOOP("Messages", "Dịch vụ"),
        "other": QT_TRANSLATE_NOOP("Messages", "Khác"),
    },
    "loan_form": {
        "cash": QT_TRANSLATE_NOOP("Messages", "Tiền mặt"),
        "in_kind": QT_TRANSLATE_NOOP("Messages", "Hiện vật"),
    },
    "interest_method": {
        "flat": QT_TRANSLATE_NOOP("Messages", "Lãi tính trên số tiền vay ban đầu"),
        "declining": QT_TRANSLATE_NOOP("Messages", "Lãi tính trên dư nợ giảm dần"),
        "none": QT_TRANSLATE_NOOP("Messages", "Không tính lãi"),
    },
    "repayment_plan": {
        "monthly": QT_TRANSLATE_NOOP("Messages", "Trả gốc và lãi hằng tháng"),
        "quarterly": QT_TRANSLATE_NOOP("Messages", "Trả gốc và lãi hằng quý"),
        "end_of_term": QT_TRANSLATE_NOOP("Messages", "Trả lãi hằng tháng, gốc một lần cuối kỳ"),
    },
}


def label(kind: str, code: str | None) -> str:
    """Display text of a code from one of the code lists ('' for None)."""
    if code is None:
        return ""
    text = CODE_LISTS[kind].get(code)
    return tr(text) if text else code


def field_label(field: str) -> str:
    """'board[2].full_name' -> 'Ban chủ nhiệm, dòng 3: Họ và tên'."""
    parts = []
    for part in field.split("."):
        name, _, index = part.partition("[")
        text = tr(FIELDS[name]) if name in FIELDS else name
        if index:
            text = tr("{name}, dòng {n}").format(name=text, n=int(index.rstrip("]")) + 1)
        parts.append(text)
    return ": ".join(parts)


def _param_text(value: object) -> str:
    from datetime import date

    from models.text.vietnamese import format_date

    if isinstance(value, date):
        return format_date(value)
    return str(value)


def problem_text(problem: Problem, *, with_field: bool = True) -> str:
    """One problem as a sentence: 'Số CCCD: phải đủ 12 chữ số: «0123»'."""
    template = ERRORS.get(problem.code)
    params = {k: _param_text(v) for k, v in problem.params.items()}
    for key in ("balance", "amount"):  # money in đồng, grouped as the clerk writes it
        if isinstance(problem.params.get(key), int):
            params[key] = format_number(problem.params[key])
    if "current" in params:
        params["current"] = label("club_status", problem.params["current"])
        params["target"] = label("club_status", problem.params.get("target"))
    try:
        reason = tr(template).format(**params) if template else problem.code
    except (KeyError, IndexError):
        reason = tr(template)
    if not with_field:
        return reason
    where = problem.column or field_label(problem.field)
    if problem.row is not None:
        return tr("Dòng {row}, cột «{column}»: {reason}").format(
            row=problem.row, column=where, reason=reason)
    return f"{where}: {reason}"


def error_lines(error: ValidationError) -> list[str]:
    return [problem_text(p) for p in error.problems]


# --- Accounts, access rules and the audit viewer (issue 4) -----------------------------------

FIELDS.update({
    "username": QT_TRANSLATE_NOOP("Messages", "Tên đăng nhập"),
    "password": QT_TRANSLATE_NOOP("Messages", "Mật khẩu"),
    "old_password": QT_TRANSLATE_NOOP("Messages", "Mật khẩu hiện tại"),
    "new_password": QT_TRANSLATE_NOOP("Messages", "Mật khẩu mới"),
    "unit": QT_TRANSLATE_NOOP("Messages", "Đơn vị"),
    "user_account": QT_TRANSLATE_NOOP("Messages", "Tài khoản"),
    "active": QT_TRANSLATE_NOOP("Messages", "Đang sử dụng"),
    "locked_until": QT_TRANSLATE_NOOP("Messages", "Khóa đến"),
    "must_change_password": QT_TRANSLATE_NOOP("Messages", "Phải đổi mật khẩu"),
    "failed_attempts": QT_TRANSLATE_NOOP("Messages", "Số lần nhập sai mật khẩu"),
    "last_login_at": QT_TRANSLATE_NOOP("Messages", "Đăng nhập lần cuối"),
    "password_changed_at": QT_TRANSLATE_NOOP("Messages", "Đổi mật khẩu lúc"),
    "created_at": QT_TRANSLATE_NOOP("Messages", "Thời điểm tạo"),
    "updated_at": QT_TRANSLATE_NOOP("Messages", "Thời điểm sửa"),
    "ward": QT_TRANSLATE_NOOP("Messages", "Xã/phường"),
    "province": QT_TRANSLATE_NOOP("Messages", "Tỉnh/thành phố"),
    "village_ids": QT_TRANSLATE_NOOP("Messages", "Thôn/tổ dân phố"),
    "meeting_day": QT_TRANSLATE_NOOP("Messages", "Ngày sinh hoạt"),
    "meeting_place": QT_TRANSLATE_NOOP("Messages", "Địa điểm sinh hoạt"),
    "plan_phase": QT_TRANSLATE_NOOP("Messages", "Giai đoạn kế hoạch"),
    "note": QT_TRANSLATE_NOOP("Messages", "Ghi chú"),
    "status_since": QT_TRANSLATE_NOOP("Messages", "Trạng thái từ ngày"),
    "statute_adopted": QT_TRANSLATE_NOOP("Messages", "Đã thông qua quy chế"),
    "leave_note": QT_TRANSLATE_NOOP("Messages", "Ghi chú khi ra khỏi CLB"),
    "disability": QT_TRANSLATE_NOOP("Messages", "Khuyết tật"),
    "policy_beneficiary": QT_TRANSLATE_NOOP("Messages", "Gia đình chính sách"),
    "social_assistance": QT_TRANSLATE_NOOP("Messages", "Hưởng trợ cấp xã hội"),
    "home_care_volunteer": QT_TRANSLATE_NOOP("Messages", "TNV chăm sóc tại nhà"),
    "economic_volunteer": QT_TRANSLATE_NOOP("Messages", "TNV kinh tế"),
    "number_text": QT_TRANSLATE_NOOP("Messages", "Số, ký hiệu"),
    "setting": QT_TRANSLATE_NOOP("Messages", "Cài đặt"),
    "club_board": QT_TRANSLATE_NOOP("Messages", "Ban chủ nhiệm"),
    "club_groups": QT_TRANSLATE_NOOP("Messages", "Tổ/nhóm"),
    "document_template": QT_TRANSLATE_NOOP("Messages", "Mẫu văn bản"),
    "setup": QT_TRANSLATE_NOOP("Messages", "Khai báo ban đầu"),
})

ERRORS.update({
    "password_too_short": QT_TRANSLATE_NOOP("Messages", "phải có ít nhất {min} ký tự"),
    "password_is_username": QT_TRANSLATE_NOOP("Messages", "không được trùng với tên đăng nhập"),
    "bad_username": QT_TRANSLATE_NOOP("Messages", "chỉ gồm chữ thường không dấu, chữ số và dấu . _ - (2 đến 50 ký tự): «{value}»"),
    "bad_unit": QT_TRANSLATE_NOOP("Messages", "không đúng dạng mã đơn vị (xã/phường: 1840; tỉnh: T19): «{value}»"),
    "unit_both": QT_TRANSLATE_NOOP("Messages", "chỉ chọn một: xã/phường hoặc tỉnh/thành phố"),
    "supervisor_needs_province": QT_TRANSLATE_NOOP("Messages", "tài khoản giám sát thuộc một tỉnh/thành phố, không thuộc xã/phường"),
    "role_needs_ward": QT_TRANSLATE_NOOP("Messages", "cán bộ nhập liệu và người ký duyệt thuộc một xã/phường"),
    "first_must_be_admin": QT_TRANSLATE_NOOP("Messages", "tài khoản đầu tiên phải là tài khoản quản trị"),
    "last_admin": QT_TRANSLATE_NOOP("Messages", "đây là tài khoản quản trị cuối cùng còn hoạt động"),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("Messages", "không thể tự khóa hoặc ngừng tài khoản đang đăng nhập"),
    "bad_credentials": QT_TRANSLATE_NOOP("Messages", "tên đăng nhập hoặc mật khẩu không đúng"),
    "locked": QT_TRANSLATE_NOOP("Messages", "tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần, đến {time} ngày {until}"),
    "locked_by_admin": QT_TRANSLATE_NOOP("Messages", "tài khoản đã bị quản trị khóa"),
    "inactive": QT_TRANSLATE_NOOP("Messages", "tài khoản đã ngừng sử dụng"),
    "wrong_password": QT_TRANSLATE_NOOP("Messages", "không đúng"),
    "same_as_old": QT_TRANSLATE_NOOP("Messages", "phải khác mật khẩu hiện tại"),
    "password_mismatch": QT_TRANSLATE_NOOP("Messages", "hai lần nhập không giống nhau"),
})

CODE_LISTS["user_role"] = {
    "clerk": QT_TRANSLATE_NOOP("Messages", "Cán bộ nhập liệu"),
    "approver": QT_TRANSLATE_NOOP("Messages", "Người ký duyệt"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "Giám sát cấp trên"),
    "admin": QT_TRANSLATE_NOOP("Messages", "Quản trị"),
}
CODE_LISTS["access_action"] = {
    "read": QT_TRANSLATE_NOOP("Messages", "xem dữ liệu"),
    "write": QT_TRANSLATE_NOOP("Messages", "nhập, sửa dữ liệu"),
    "issue": QT_TRANSLATE_NOOP("Messages", "ban hành văn bản có số"),
    "supervise": QT_TRANSLATE_NOOP("Messages", "ghi biên bản giám sát"),
    "admin": QT_TRANSLATE_NOOP("Messages", "quản trị tài khoản, cài đặt, mẫu văn bản"),
    "sensitive": QT_TRANSLATE_NOOP("Messages", "xem thông tin nhạy cảm"),
}
CODE_LISTS["audit_action"] = {
    "create": QT_TRANSLATE_NOOP("Messages", "Tạo mới"),
    "update": QT_TRANSLATE_NOOP("Messages", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("Messages", "Xóa"),
    "found": QT_TRANSLATE_NOOP("Messages", "Thành lập"),
    "status": QT_TRANSLATE_NOOP("Messages", "Đổi trạng thái"),
    "replace": QT_TRANSLATE_NOOP("Messages", "Thay cả danh sách"),
    "leave": QT_TRANSLATE_NOOP("Messages", "Ra khỏi CLB"),
    "rejoin": QT_TRANSLATE_NOOP("Messages", "Vào lại CLB"),
    "close": QT_TRANSLATE_NOOP("Messages", "Ngừng dùng"),
    "issue": QT_TRANSLATE_NOOP("Messages", "Ban hành"),
    "reset": QT_TRANSLATE_NOOP("Messages", "Về mẫu gốc"),
    "restore": QT_TRANSLATE_NOOP("Messages", "Khôi phục dữ liệu"),
    "setup": QT_TRANSLATE_NOOP("Messages", "Khai báo ban đầu"),
    "import_members": QT_TRANSLATE_NOOP("Messages", "Nhập từ Excel"),
    "sign_in": QT_TRANSLATE_NOOP("Messages", "Đăng nhập"),
    "sign_in_failed": QT_TRANSLATE_NOOP("Messages", "Đăng nhập sai mật khẩu"),
    "locked": QT_TRANSLATE_NOOP("Messages", "Tạm khóa vì sai mật khẩu"),
    "lock": QT_TRANSLATE_NOOP("Messages", "Khóa tài khoản"),
    "unlock": QT_TRANSLATE_NOOP("Messages", "Mở khóa tài khoản"),
    "activate": QT_TRANSLATE_NOOP("Messages", "Cho dùng lại"),
    "deactivate": QT_TRANSLATE_NOOP("Messages", "Ngừng sử dụng"),
    "reset_password": QT_TRANSLATE_NOOP("Messages", "Đặt lại mật khẩu"),
    "change_password": QT_TRANSLATE_NOOP("Messages", "Đổi mật khẩu"),
    "open": QT_TRANSLATE_NOOP("Messages", "Mở quỹ"),
    "post": QT_TRANSLATE_NOOP("Messages", "Ghi phiếu"),
    "reverse": QT_TRANSLATE_NOOP("Messages", "Đảo phiếu"),
    "count": QT_TRANSLATE_NOOP("Messages", "Kiểm kê quỹ"),
    "save": QT_TRANSLATE_NOOP("Messages", "Lưu"),
    "repay": QT_TRANSLATE_NOOP("Messages", "Thu nợ"),
    "repaid": QT_TRANSLATE_NOOP("Messages", "Đã trả hết nợ"),
    "reopen": QT_TRANSLATE_NOOP("Messages", "Mở lại khoản vay"),
    "write_off": QT_TRANSLATE_NOOP("Messages", "Xóa nợ"),
    "outcome": QT_TRANSLATE_NOOP("Messages", "Ghi kết quả vay"),
    "anonymise": QT_TRANSLATE_NOOP("Messages", "Ẩn danh hóa"),
    "export_record": QT_TRANSLATE_NOOP("Messages", "Xuất dữ liệu của thành viên"),
    "export_unmasked": QT_TRANSLATE_NOOP("Messages", "Xuất đầy đủ dữ liệu nhạy cảm"),
    "migrate_to": QT_TRANSLATE_NOOP("Messages", "Chuyển dữ liệu lên máy chủ"),
}

ACCESS = {
    "login_required": QT_TRANSLATE_NOOP("Messages", "Cần đăng nhập: dữ liệu này đã có tài khoản người dùng."),
    "role": QT_TRANSLATE_NOOP("Messages", "Không có quyền: vai trò «{role}» không được {action}."),
    "unit": QT_TRANSLATE_NOOP("Messages", "Không có quyền: {unit} nằm ngoài đơn vị của tài khoản."),
}


def access_text(error) -> str:
    """An AccessDenied (models.accounts.access) as one sentence naming the role, right or unit."""
    params = dict(error.params)
    if "role" in params:
        params["role"] = label("user_role", params["role"])
    if "action" in params:
        params["action"] = label("access_action", params["action"])
    if error.code == "unit":
        from models.accounts.users import unit_text

        params["unit"] = unit_text(params.get("ward_code"), params.get("province_code")) \
            or tr("Dữ liệu")
    template = ACCESS.get(error.code)
    try:
        return tr(template).format(**params) if template else error.code
    except (KeyError, IndexError):
        return tr(template)


# --- Personal data: consent, anonymising, masked exports (issue 4) ---------------------------

FIELDS.update({
    "consent_scope": QT_TRANSLATE_NOOP("Messages", "Phạm vi đồng ý"),
    "retention_years": QT_TRANSLATE_NOOP("Messages", "Số năm lưu giữ sau khi ra khỏi CLB"),
})
FIELDS.setdefault("loan", QT_TRANSLATE_NOOP("Messages", "Khoản vay"))

ERRORS.update({
    "already_anonymised": QT_TRANSLATE_NOOP("Messages", "đã được ẩn danh hóa ngày {date}"),
    "still_active": QT_TRANSLATE_NOOP("Messages", "người này còn đang sinh hoạt ở CLB {code}: cho ra khỏi CLB trước"),
    "retention_not_reached": QT_TRANSLATE_NOOP("Messages", "mới ra khỏi CLB ngày {left}; phải lưu giữ {years} năm, đến ngày {until} mới ẩn danh hóa được"),
    "loan_outstanding": QT_TRANSLATE_NOOP("Messages", "còn nợ {amount} đồng tiền gốc của khoản vay số {number}"),
    "guarantor_of_current_loan": QT_TRANSLATE_NOOP("Messages", "đang bảo lãnh khoản vay số {number} chưa trả xong"),
    "masked_export": QT_TRANSLATE_NOOP("Messages", "đây là bản xuất đã che thông tin nhạy cảm (số CCCD, hoàn cảnh hộ…), không nhập lại được; hãy xuất bản đầy đủ"),
})


# --- Loans: rules, disbursement, repayments, closing (issue 5) --------------------------------

FIELDS.update({
    "form": QT_TRANSLATE_NOOP("Messages", "Hình thức"),
    "item": QT_TRANSLATE_NOOP("Messages", "Hiện vật"),
    "quantity": QT_TRANSLATE_NOOP("Messages", "Số lượng"),
    "unit_value": QT_TRANSLATE_NOOP("Messages", "Đơn giá"),
    "principal": QT_TRANSLATE_NOOP("Messages", "Tiền gốc"),
    "interest": QT_TRANSLATE_NOOP("Messages", "Tiền lãi"),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Mục đích vay"),
    "purpose_note": QT_TRANSLATE_NOOP("Messages", "Ghi rõ mục đích vay"),
    "disbursed_on": QT_TRANSLATE_NOOP("Messages", "Ngày giải ngân"),
    "term_months": QT_TRANSLATE_NOOP("Messages", "Thời hạn vay (tháng)"),
    "rate_bp": QT_TRANSLATE_NOOP("Messages", "Lãi suất (%/tháng)"),
    "interest_method": QT_TRANSLATE_NOOP("Messages", "Cách tính lãi"),
    "repayment_plan": QT_TRANSLATE_NOOP("Messages", "Cách trả nợ"),
    "guarantor": QT_TRANSLATE_NOOP("Messages", "Người bảo lãnh"),
    "max_amount": QT_TRANSLATE_NOOP("Messages", "Mức cho vay tối đa"),
    "max_term_months": QT_TRANSLATE_NOOP("Messages", "Thời hạn vay tối đa (tháng)"),
    "guarantor_required": QT_TRANSLATE_NOOP("Messages", "Bắt buộc có người bảo lãnh"),
    "repayment": QT_TRANSLATE_NOOP("Messages", "Lần trả nợ"),
    "loan_repayment": QT_TRANSLATE_NOOP("Messages", "Lần trả nợ"),
    "income_improved": QT_TRANSLATE_NOOP("Messages", "Thu nhập được cải thiện"),
})

ERRORS.update({
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "phải nhập bằng chữ số: «{value}»"),
    "not_integer": QT_TRANSLATE_NOOP("Messages", "phải là số nguyên: «{value}»"),
    "not_positive": QT_TRANSLATE_NOOP("Messages", "phải lớn hơn 0"),
    "rate_out_of_range": QT_TRANSLATE_NOOP("Messages", "lãi suất phải từ 0 đến {high} %/tháng"),
    "no_income_fund": QT_TRANSLATE_NOOP("Messages", "CLB chưa có quỹ quay vòng tạo thu nhập đang hoạt động"),
    "cash_with_item": QT_TRANSLATE_NOOP("Messages", "vay bằng tiền mặt thì không ghi hiện vật, số lượng, đơn vị tính, đơn giá"),
    "principal_mismatch": QT_TRANSLATE_NOOP("Messages", "không khớp với số lượng × đơn giá ({amount} đồng)"),
    "over_max_amount": QT_TRANSLATE_NOOP("Messages", "vượt mức cho vay tối đa của CLB ({amount} đồng)"),
    "over_max_term": QT_TRANSLATE_NOOP("Messages", "vượt thời hạn vay tối đa của CLB ({max} tháng)"),
    "over_rule_rate": QT_TRANSLATE_NOOP("Messages", "cao hơn lãi suất quy chế của CLB ({rate} %/tháng)"),
    "method_over_rule": QT_TRANSLATE_NOOP("Messages", "cách tính này làm tiền lãi cao hơn cách tính trong quy chế của CLB"),
    "rate_without_interest": QT_TRANSLATE_NOOP("Messages", "đã chọn không tính lãi thì lãi suất phải để 0"),
    "not_member_on": QT_TRANSLATE_NOOP("Messages", "không phải thành viên đang sinh hoạt của CLB vào ngày {date}"),
    "guarantor_both": QT_TRANSLATE_NOOP("Messages", "chỉ chọn một: thành viên CLB bảo lãnh hoặc ghi tên người bảo lãnh ngoài CLB"),
    "guarantor_is_borrower": QT_TRANSLATE_NOOP("Messages", "người bảo lãnh không được là chính người vay"),
    "guarantor_required": QT_TRANSLATE_NOOP("Messages", "quy chế của CLB yêu cầu có người bảo lãnh"),
    "loan_closed": QT_TRANSLATE_NOOP("Messages", "khoản vay đã kết thúc (trả hết hoặc xóa nợ) ngày {date}, không ghi thêm được"),
    "loan_open": QT_TRANSLATE_NOOP("Messages", "khoản vay chưa kết thúc: chỉ ghi kết quả khi đã trả hết hoặc đã xóa nợ"),
    "before_disbursement": QT_TRANSLATE_NOOP("Messages", "trước ngày giải ngân ({date})"),
    "before_last_repayment": QT_TRANSLATE_NOOP("Messages", "trước lần trả nợ gần nhất ({date})"),
    "nothing_to_repay": QT_TRANSLATE_NOOP("Messages", "chưa nhập tiền gốc hoặc tiền lãi trả"),
    "over_owed": QT_TRANSLATE_NOOP("Messages", "lớn hơn số tiền gốc còn nợ ({amount} đồng)"),
    "in_kind_for_cash_loan": QT_TRANSLATE_NOOP("Messages", "khoản vay bằng tiền mặt thì trả bằng tiền mặt"),
    "repayment_reversed": QT_TRANSLATE_NOOP("Messages", "lần trả nợ này đã được hủy ngày {date}"),
    "loan_entry": QT_TRANSLATE_NOOP("Messages", "phiếu này thuộc khoản vay số {number}: hủy lần trả nợ ngay trong khoản vay đó"),
    "over_interest_owed": QT_TRANSLATE_NOOP("Messages", "lớn hơn số tiền lãi còn phải trả theo lịch ({amount} đồng)"),
})


# --- The integrity check: tamper evidence ---------------------------------------------------
# Findings of `check` (models/storage/integrity.py: Finding.code with Finding.params). Codes
# without wording here are shown as the code and its detail.

INTEGRITY = {
    "audit_chain_broken": QT_TRANSLATE_NOOP(
        "Messages", "Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số {id} ({date}, "
        "{entity} {entity_id}, {action}): {what}"),
    "audit_chain_head_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Nhật ký thay đổi phải kết thúc ở dòng số {id} nhưng dòng cuối hiện có là "
        "số {previous_id}: có dòng bị xóa hoặc thêm ngoài chương trình"),
    "voucher_number_gap": QT_TRANSLATE_NOOP(
        "Messages", "Quỹ mã {fund}: {kind} năm {year} bị mất số {number} (phiếu kế tiếp là số "
        "{next}, ngày {date}, mã dòng {id})"),
    "document_pdf_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "Văn bản mã {id} (ngày {date}): tệp PDF lưu trữ không còn khớp mã băm "
        "SHA-256 của văn bản đã ban hành"),
    "document_hash_changed": QT_TRANSLATE_NOOP(
        "Messages", "Văn bản mã {id} (ngày {date}): mã băm SHA-256 khác với mã ghi trong nhật ký "
        "khi ban hành"),
    "audited_row_changed": QT_TRANSLATE_NOOP(
        "Messages", "{table} mã {id} (ngày {date}) khác với nội dung nhật ký đã ghi (dòng "
        "nhật ký số {audit_id}): {changes}"),
    "audited_row_deleted": QT_TRANSLATE_NOOP(
        "Messages", "{table} mã {id} (ngày {date}) đã bị xóa; nhật ký (dòng số {audit_id}) vẫn "
        "ghi việc lập"),
    "row_without_audit": QT_TRANSLATE_NOOP(
        "Messages", "{table} mã {id} (ngày {date}) không có dòng nhật ký ghi việc lập: có thể đã "
        "được thêm ngoài chương trình"),
}

INTEGRITY_WHAT = {
    "content": QT_TRANSLATE_NOOP("Messages", "nội dung dòng này không còn như khi ghi"),
    "link": QT_TRANSLATE_NOOP("Messages", "dòng ngay trước nó đã bị xóa, hoặc có dòng chèn thêm"),
    "unhashed": QT_TRANSLATE_NOOP("Messages", "dòng không có mã băm: được thêm ngoài chương trình"),
}

INTEGRITY_TABLES = {
    "ledger_entry": QT_TRANSLATE_NOOP("Messages", "Phiếu thu/chi"),
    "loan_repayment": QT_TRANSLATE_NOOP("Messages", "Lần trả nợ"),
}


def finding_text(finding) -> str:
    """One finding of `check` as a sentence; the code and detail when it has no wording."""
    template = INTEGRITY.get(finding.code)
    if template is None:
        return f"{finding.code}: {finding.detail}" if finding.detail else finding.code
    params = {k: "" if v is None else _param_text(v) for k, v in finding.params.items()}
    if finding.params.get("what") in INTEGRITY_WHAT:
        params["what"] = tr(INTEGRITY_WHAT[finding.params["what"]])
    if finding.params.get("kind") in ("receipt", "payment"):
        params["kind"] = label("entry_kind", finding.params["kind"])
    params["table"] = tr(INTEGRITY_TABLES[finding.table]) \
        if finding.table in INTEGRITY_TABLES else finding.table
    if finding.params.get("date"):
        params["date"] = _date_text(finding.params["date"])
    try:
        return tr(template).format(**params)
    except (KeyError, IndexError):
        return f"{finding.code}: {finding.detail}"


def _date_text(value: object) -> str:
    """dd/mm/yyyy for an ISO date, dd/mm/yyyy hh:mm:ss for an ISO date and time."""
    from datetime import date, datetime

    from models.text.vietnamese import format_date

    text = str(value)
    try:
        if len(text) > 10:
            moment = datetime.fromisoformat(text)
            return f"{format_date(moment.date())} {moment:%H:%M:%S}"
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text
