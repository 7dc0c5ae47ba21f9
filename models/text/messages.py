"""The program's wording for domain codes: field names, errors, code lists, access refusals.

Qt-free, so the command line and the window share it (ui/messages.py re-exports it for the
window). Source strings are Vietnamese; English comes from the compiled catalogue (see
models.text.catalog). Services raise codes (`Problem(field, code, params)`, `AccessDenied`);
the functions here turn them into sentences. They read those objects by their attributes
only, so this leaf imports nothing else of the program:

- a problem has `field`, `code`, `params`, `row` and `column`;
- a validation error has `problems`;
- an access refusal has `code` and `params`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from models.text import activity_words
from models.text.catalog import N_, tr
from models.text.exchange_words import EXCHANGE_ERRORS, EXCHANGE_FIELDS
from models.text.labels import CODE_LISTS
from models.text.meeting_words import MEETING_ERRORS, MEETING_FIELDS
from models.text.paper_words import PAPER_ERRORS, PAPER_FIELDS
from models.text.plan_words import PLAN_ERRORS, PLAN_FIELDS
from models.text.report_words import REPORT_ERRORS, REPORT_FIELDS
from models.text.supervision_words import SUPERVISION_ERRORS, SUPERVISION_FIELDS
from models.text.vietnamese import format_date, format_number

__all__ = [
    "ACCESS", "CODE_LISTS", "ERRORS", "FIELDS", "N_", "access_text", "error_lines",
    "field_label", "label", "problem_text", "tr",
]

# Names of fields and records, as a problem or a change-log row names them.
FIELDS = {
    "full_name": N_("Họ và tên"),
    "gender": N_("Giới tính"),
    "birth": N_("Ngày/năm sinh"),
    "birth_date": N_("Ngày sinh"),
    "birth_year": N_("Năm sinh"),
    "ethnicity": N_("Dân tộc"),
    "id_number": N_("Số CCCD"),
    "phone": N_("Điện thoại"),
    "village": N_("Thôn/tổ dân phố"),
    "villages": N_("Thôn/tổ dân phố"),
    "household_status": N_("Hoàn cảnh hộ"),
    "household_status_year": N_("Năm xét hộ nghèo/cận nghèo"),
    "consent_date": N_("Ngày đồng ý xử lý dữ liệu"),
    "consent_method": N_("Hình thức đồng ý"),
    "joined_on": N_("Ngày vào CLB"),
    "left_on": N_("Ngày ra khỏi CLB"),
    "leave_reason": N_("Lý do ra khỏi CLB"),
    "role": N_("Vai trò"),
    "group": N_("Tổ/nhóm"),
    "groups": N_("Tổ/nhóm"),
    "club": N_("Câu lạc bộ"),
    "membership": N_("Thành viên"),
    "person": N_("Người"),
    "code": N_("Mã CLB"),
    "name": N_("Tên"),
    "ward_code": N_("Xã/phường"),
    "office_name": N_("Tên cơ quan"),
    "status": N_("Trạng thái"),
    "date": N_("Ngày"),
    "reason": N_("Lý do"),
    "decision_number": N_("Số quyết định"),
    "decision_date": N_("Ngày quyết định"),
    "decision_issuer": N_("Cơ quan ra quyết định"),
    "launch_date": N_("Ngày ra mắt"),
    "statute_date": N_("Ngày thông qua quy chế"),
    "board": N_("Ban chủ nhiệm"),
    "term_start": N_("Bắt đầu nhiệm kỳ"),
    "term_end": N_("Kết thúc nhiệm kỳ"),
    "min_members": N_("Số thành viên tối thiểu"),
    "max_members": N_("Số thành viên tối đa"),
    "older_age": N_("Tuổi được tính là người cao tuổi"),
    "older_share_min": N_("Tỷ lệ người cao tuổi tối thiểu"),
    "women_share_min": N_("Tỷ lệ nữ tối thiểu"),
    "women_share_max": N_("Tỷ lệ nữ tối đa"),
    "poor_share_min": N_("Tỷ lệ nghèo, cận nghèo, khó khăn tối thiểu"),
    "poor_share_max": N_("Tỷ lệ nghèo, cận nghèo, khó khăn tối đa"),
    "home_care_min": N_("Số tình nguyện viên chăm sóc tại nhà tối thiểu"),
    "kind": N_("Loại"),
    "file": N_("Tệp"),
    "output": N_("Tệp cần ghi"),
    "top_mm": N_("Lề trên"),
    "bottom_mm": N_("Lề dưới"),
    "left_mm": N_("Lề trái"),
    "right_mm": N_("Lề phải"),
    "body_size": N_("Cỡ chữ phần nội dung"),
    "province_code": N_("Tỉnh/thành phố"),
    "address": N_("Địa chỉ"),
    "bodies": N_("Nơi ban hành văn bản"),
    "body_code": N_("Ký hiệu viết tắt"),
    "parent_name": N_("Cơ quan chủ quản"),
    "authority": N_("Thẩm quyền ký"),
    "signer_title": N_("Chức vụ người ký"),
    "signer_name": N_("Họ tên người ký"),
    "club_count": N_("Số CLB"),
    "database": N_("Cơ sở dữ liệu"),
    "summary": N_("Trích yếu"),
    "type_code": N_("Mã loại văn bản"),
    "issuing_body": N_("Cơ quan ban hành"),
    "issued_document": N_("Văn bản"),
    "fund": N_("Quỹ"),
    "amount": N_("Số tiền"),
    "category": N_("Khoản mục"),
    "counterparty": N_("Người nộp/nhận tiền"),
    "description": N_("Nội dung"),
    "attachments": N_("Số chứng từ kèm theo"),
    "entry": N_("Phiếu"),
    "period": N_("Kỳ khóa sổ"),
    "year": N_("Năm"),
    "month": N_("Tháng"),
    "counted": N_("Số tiền kiểm đếm thực tế"),
    "receipt_caption": N_("Dòng mẫu số của phiếu thu"),
    "payment_caption": N_("Dòng mẫu số của phiếu chi"),
    "unit_lines": N_("Dòng tên đơn vị, địa chỉ"),
    "receipt_roles": N_("Người ký phiếu thu"),
    "payment_roles": N_("Người ký phiếu chi"),
    "two_per_a4": N_("In hai liên trên một tờ A4"),
    "date_from": N_("Từ ngày"),
    "date_to": N_("Đến ngày"),
    "loan": N_("Khoản vay"),
    "keep": N_("Số bản sao lưu giữ lại"),
    "second_folder": N_("Thư mục sao lưu thứ hai"),
    "daily": N_("Sao lưu hằng ngày"),
    "on_exit": N_("Sao lưu khi thoát"),
    "host": N_("Máy chủ"),
    "port": N_("Cổng"),
    "user": N_("Tên đăng nhập"),
    "sslmode": N_("Chế độ SSL"),
    "target": N_("Cơ sở dữ liệu đích"),
    "username": N_("Tên đăng nhập"),
    "password": N_("Mật khẩu"),
    "old_password": N_("Mật khẩu hiện tại"),
    "new_password": N_("Mật khẩu mới"),
    "unit": N_("Đơn vị"),
    "user_account": N_("Tài khoản"),
    "active": N_("Đang sử dụng"),
    "locked_until": N_("Khóa đến"),
    "must_change_password": N_("Phải đổi mật khẩu"),
    "failed_attempts": N_("Số lần nhập sai mật khẩu"),
    "last_login_at": N_("Đăng nhập lần cuối"),
    "password_changed_at": N_("Đổi mật khẩu lúc"),
    "created_at": N_("Thời điểm tạo"),
    "updated_at": N_("Thời điểm sửa"),
    "ward": N_("Xã/phường"),
    "province": N_("Tỉnh/thành phố"),
    "village_ids": N_("Thôn/tổ dân phố"),
    "meeting_day": N_("Ngày sinh hoạt"),
    "meeting_place": N_("Địa điểm sinh hoạt"),
    "plan_phase": N_("Giai đoạn kế hoạch"),
    "note": N_("Ghi chú"),
    "status_since": N_("Trạng thái từ ngày"),
    "statute_adopted": N_("Đã thông qua quy chế"),
    "leave_note": N_("Ghi chú khi ra khỏi CLB"),
    "disability": N_("Khuyết tật"),
    "policy_beneficiary": N_("Gia đình chính sách"),
    "social_assistance": N_("Hưởng trợ cấp xã hội"),
    "home_care_volunteer": N_("TNV chăm sóc tại nhà"),
    "economic_volunteer": N_("TNV kinh tế"),
    "number_text": N_("Số, ký hiệu"),
    "setting": N_("Cài đặt"),
    "club_board": N_("Ban chủ nhiệm"),
    "club_groups": N_("Tổ/nhóm"),
    "document_template": N_("Mẫu văn bản"),
    "setup": N_("Khai báo ban đầu"),
    "consent_scope": N_("Phạm vi đồng ý"),
    "retention_years": N_("Số năm lưu giữ sau khi ra khỏi CLB"),
    "rounding_unit": N_("Làm tròn số tiền mỗi kỳ"),
    "form": N_("Hình thức"),
    "item": N_("Hiện vật"),
    "quantity": N_("Số lượng"),
    "unit_value": N_("Đơn giá"),
    "principal": N_("Tiền gốc"),
    "interest": N_("Tiền lãi"),
    "purpose": N_("Mục đích vay"),
    "purpose_note": N_("Ghi rõ mục đích vay"),
    "disbursed_on": N_("Ngày giải ngân"),
    "term_months": N_("Thời hạn vay (tháng)"),
    "rate_bp": N_("Lãi suất (%/tháng)"),
    "interest_method": N_("Cách tính lãi"),
    "repayment_plan": N_("Cách trả nợ"),
    "guarantor": N_("Người bảo lãnh"),
    "supplier": N_("Người bán hiện vật"),
    "clerk_name": N_("Cán bộ phụ trách"),
    "goods_entry": N_("Dòng sổ theo dõi cho vay bằng hiện vật"),
    "max_amount": N_("Mức cho vay tối đa"),
    "max_term_months": N_("Thời hạn vay tối đa (tháng)"),
    "guarantor_required": N_("Bắt buộc có người bảo lãnh"),
    "repayment": N_("Lần trả nợ"),
    "loan_repayment": N_("Lần trả nợ"),
    "income_improved": N_("Thu nhập được cải thiện"),
}

# What is wrong with a value; {placeholders} come from the problem's params.
ERRORS = {
    "required": N_("chưa nhập"),
    "too_long": N_("dài quá {max} ký tự"),
    "has_digits": N_("không được có chữ số"),
    "invalid": N_("giá trị không hợp lệ: «{value}»"),
    "unknown": N_("không có trong danh mục: «{value}»"),
    "year_out_of_range": N_("năm sinh phải từ {low} đến {high}"),
    "in_future": N_("không được sau ngày hôm nay"),
    "year_mismatch": N_("năm sinh không khớp với ngày sinh"),
    "length": N_("phải đủ 12 chữ số: «{value}»"),
    "digits": N_("chỉ được gồm chữ số: «{value}»"),
    "province": N_("3 số đầu không phải mã tỉnh nơi đăng ký khai sinh: «{value}»"),
    "duplicate": N_("đã có: «{value}»"),
    "duplicate_elsewhere": N_("không dùng được: số này đã được đăng ký, không thuộc đơn vị của "
                              "tài khoản: «{value}»"),
    "nothing_pending": N_("tài khoản «{value}» không có quyền xem dữ liệu nhạy cảm nào chờ "
                          "xác nhận"),
    "format": N_("không đúng dạng số điện thoại: «{value}»"),
    "not_in_ward": N_("không thuộc xã/phường của CLB"),
    "out_of_range": N_("phải từ {low} đến {high}"),
    "before_birth": N_("trước năm sinh"),
    "not_in_club": N_("không thuộc CLB này"),
    "dissolved": N_("CLB {code} đã giải thể"),
    "already_active": N_("người này đang sinh hoạt ở CLB {code}"),
    "already_left": N_("đã ra khỏi CLB ngày {date}"),
    "before_join": N_("trước ngày vào CLB ({joined})"),
    "deceased": N_("người này đã mất"),
    "before_last_leave": N_("trước ngày ra khỏi CLB lần trước ({left})"),
    "bad_code": N_("chỉ gồm chữ in hoa không dấu, chữ số, dấu - _ . (tối đa 30 ký tự): «{value}»"),
    "not_planned": N_("chỉ CLB đang dự kiến mới làm thủ tục thành lập"),
    "before_decision": N_("trước ngày quyết định"),
    "before_start": N_("trước ngày bắt đầu"),
    "not_member": N_("không phải thành viên đang sinh hoạt của CLB"),
    "several_chairs": N_("chỉ có một chủ nhiệm"),
    "transition": N_("không chuyển được từ «{current}» sang «{target}»"),
    "use_founding": N_("dùng chức năng Thành lập CLB"),
    "before_current": N_("trước ngày của trạng thái hiện tại ({since})"),
    "has_active_members": N_("CLB còn {count} thành viên đang sinh hoạt"),
    "not_in_province": N_("không thuộc tỉnh/thành phố đã chọn"),
    "not_non_negative_int": N_("phải là số nguyên không âm"),
    "less_than_min": N_("nhỏ hơn mức tối thiểu ({min})"),
    "percent_over_100": N_("không được quá 100%"),
    "bad_date": N_("không đúng ngày dd/mm/yyyy: «{value}»"),
    "bad_number": N_("không phải số: «{value}»"),
    "bad_bool": N_("chỉ nhận «x», «có» hoặc để trống: «{value}»"),
    "duplicate_in_file": N_("trùng với dòng {other} trong tệp: «{value}»"),
    "possible_duplicate": N_("có thể trùng với {name} ({year}) đã có"),
    "not_a_template": N_("không phải tệp theo mẫu của chương trình (thiếu cột «{value}»)"),
    "unreadable": N_("không đọc được tệp: {value}"),
    "formula": N_("ô có công thức «{value}»: chương trình không đọc công thức; hãy chép rồi "
                  "dán giá trị (Dán đặc biệt → Giá trị)"),
    "too_many_rows": N_("tệp có hơn {max} dòng thành viên: mỗi lần chỉ nhập danh sách của "
                        "một CLB"),
    "cancelled": N_("đã dừng theo yêu cầu; chưa nhập dòng nào"),
    "legacy_text": N_("chữ gõ bằng bảng mã cũ (TCVN3/VNI) không đọc được chắc chắn: «{value}»; "
                      "hãy gõ lại ô này bằng Unicode"),
    "empty": N_("tệp không có dòng dữ liệu nào"),
    "backup_missing": N_("không tìm thấy tệp sao lưu {path}"),
    "backup_not_sqlite": N_("{path} không phải tệp dữ liệu"),
    "backup_damaged": N_("tệp sao lưu {path} bị hỏng ({detail})"),
    "backup_not_ishc": N_("{path} không phải dữ liệu của ISHC Desk"),
    "backup_too_new": N_("tệp do phiên bản mới hơn tạo ra (dữ liệu phiên bản {found}, chương trình đọc được đến {supported})"),
    "db_is_folder": N_("{path} là một thư mục, không phải tệp dữ liệu"),
    "db_not_file": N_("{path} không phải tệp dữ liệu thông thường"),
    "db_no_folder": N_("thư mục {folder} không có; kiểm tra lại --db (chương trình không tự tạo thư mục)"),
    "db_missing": N_("không có tệp {path}; kiểm tra lại --db, hoặc tạo cơ sở dữ liệu mới bằng lệnh init"),
    "db_unopenable": N_("không mở được {path}: {reason}"),
    "server_unreachable": N_("không kết nối được máy chủ PostgreSQL {server}: {reason}"),
    "output_empty": N_("chưa có tên tệp"),
    "output_is_database": N_("{path} là tệp cơ sở dữ liệu đang mở (hoặc tệp đi kèm của nó); hãy chọn tên tệp khác"),
    "output_in_backups": N_("{path} nằm trong thư mục sao lưu {folder}; hãy lưu ở thư mục khác"),
    "output_is_folder": N_("{path} là một thư mục, không phải tệp"),
    "output_not_file": N_("{path} không phải tệp thông thường"),
    "output_no_folder": N_("thư mục {folder} không có (chương trình không tự tạo thư mục)"),
    "output_exists": N_("đã có tệp {path}; muốn ghi đè thì dùng --force"),
    "output_write_failed": N_("không ghi được tệp {path}: {reason}"),
    "backup_postgres_refused": N_("dữ liệu trên máy chủ PostgreSQL do quản trị máy chủ sao lưu (pg_dump)"),
    "backup_chain_broken": N_(
        "nhật ký thay đổi trong tệp sao lưu {path} đã bị sửa từ dòng số {id} "
        "({date}, {entity}): dữ liệu có thể đã bị sửa ngoài chương trình; chỉ quản trị viên "
        "mới được xác nhận khôi phục (--accept-broken-chain)"),
    "backup_schema_incomplete": N_("{path} thiếu bảng hoặc cột của chương trình ({table})"),
    "backup_no_accounts_table": N_("{path} không có bảng tài khoản người dùng"),
    "backup_no_accounts": N_("bản sao lưu không có tài khoản nào trong khi dữ liệu hiện tại có: khôi phục nó sẽ mở dữ liệu cho bất kỳ ai"),
    "backup_other_office": N_("bản sao lưu là dữ liệu của {backup_office}, không phải của {current_office}"),
    "restore_needs_admin": N_("bản sao lưu có tài khoản: cần một quản trị viên của nó đăng nhập"),
    "restore_bad_admin": N_("không phải quản trị viên của bản sao lưu, hoặc sai mật khẩu"),
    "body_has_documents": N_("«{value}» đã ban hành {count} văn bản nên không xóa được (có thể sửa tên, người ký)"),
    "old_format": N_("tệp Excel đời cũ (.xls): hãy mở bằng Excel và lưu lại dạng .xlsx: «{value}»"),
    "other_club": N_("dòng này của CLB «{value}», không phải CLB {code} đang nhập"),
    "possible_duplicate_in_file": N_("có thể trùng với dòng {other} trong tệp ({name}, {year})"),
    "bad_symbol": N_("chỉ gồm chữ và số viết liền, không có dấu cách hay dấu /: «{value}»"),
    "duplicate_in_list": N_("trùng với dòng {other}: «{value}»"),
    "demo_needs_empty": N_("đã có {count} CLB; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu chưa có CLB nào"),
    "amount_not_positive": N_("số tiền phải lớn hơn 0"),
    "amount_not_integer": N_("phải là số tiền nguyên đồng, chỉ gồm chữ số: «{value}»"),
    "would_go_negative": N_("quỹ không đủ: số dư ngày {date} chỉ còn {balance} đồng"),
    "period_closed": N_("tháng {month}/{year} đã khóa sổ"),
    "year_closed": N_("năm {year} đã khóa sổ"),
    "period_already_closed": N_("kỳ này đã khóa sổ rồi"),
    "period_not_ended": N_("kỳ này chưa kết thúc (hết ngày {date}), chưa khóa sổ được"),
    "before_fund_opened": N_("trước ngày lập quỹ ({date})"),
    "fund_closed": N_("quỹ đã đóng từ ngày {date}"),
    "category_kind": N_("khoản mục không phù hợp với loại phiếu (thu/chi)"),
    "loan_register_only": N_("tiền cho vay chỉ chi qua sổ cho vay (trang «Cho vay», nút «Cho "
                             "vay mới…»), để khoản vay có người nợ và lịch trả"),
    "counterparty_both": N_("chỉ chọn một: thành viên của CLB hoặc người/đơn vị ngoài CLB"),
    "is_reversal": N_("đây là phiếu điều chỉnh (bút toán đảo), không đảo lại được"),
    "already_reversed": N_("phiếu này đã được đảo bằng phiếu số {number} ngày {date}"),
    "before_original": N_("trước ngày của phiếu gốc ({date})"),
    "amount_too_large": N_("số tiền quá lớn (tối đa {amount} đồng)"),
    "too_many_lines": N_("nhiều nhất {max} dòng"),
    "too_many_signers": N_("nhiều nhất {max} người ký"),
    "folder_not_absolute": N_("phải là đường dẫn đầy đủ, ví dụ E:\\SaoLuu: «{value}»"),
    "not_a_folder": N_("đây là một tệp, không phải thư mục: «{value}»"),
    "folder_is_main": N_("trùng với thư mục sao lưu chính; hãy chọn thư mục ở ổ khác (USB)"),
    "bad_host": N_("tên máy chủ hoặc địa chỉ IP không hợp lệ: «{value}»"),
    "connect_auth": N_("máy chủ không chấp nhận tên đăng nhập hoặc mật khẩu ({detail})"),
    "connect_no_database": N_("trên máy chủ chưa có cơ sở dữ liệu này ({detail})"),
    "connect_ssl": N_("lỗi kết nối mã hóa SSL ({detail})"),
    "connect_unreachable": N_("không liên lạc được với máy chủ: kiểm tra địa chỉ, cổng, mạng và tường lửa ({detail})"),
    "connect_failed": N_("không kết nối được ({detail})"),
    "transfer_source_not_sqlite": N_("chỉ chuyển được dữ liệu từ tệp SQLite trên máy này"),
    "transfer_target_not_postgres": N_("phải là địa chỉ postgresql://…: «{value}»"),
    "transfer_source_old": N_("dữ liệu phiên bản {found} chưa được nâng cấp lên phiên bản {supported}"),
    "transfer_unreachable": N_("không kết nối được {value} ({detail})"),
    "transfer_target_not_empty": N_("{value} đã có {count} bảng của ISHC Desk; chỉ chuyển vào cơ sở dữ liệu mới, trống"),
    "transfer_failed": N_("lỗi khi chép bảng {table}, máy chủ không bị thay đổi ({detail})"),
    "password_too_short": N_("phải có ít nhất {min} ký tự"),
    "password_is_username": N_("không được trùng với tên đăng nhập"),
    "bad_username": N_("chỉ gồm chữ thường không dấu, chữ số và dấu . _ - (2 đến 50 ký tự): «{value}»"),
    "bad_unit": N_("không đúng dạng mã đơn vị (xã/phường: 1840; tỉnh: T19): «{value}»"),
    "unit_both": N_("chỉ chọn một: xã/phường hoặc tỉnh/thành phố"),
    "supervisor_needs_province": N_("tài khoản giám sát thuộc một tỉnh/thành phố, không thuộc xã/phường"),
    "role_needs_ward": N_("cán bộ nhập liệu và người ký duyệt thuộc một xã/phường"),
    "first_must_be_admin": N_("tài khoản đầu tiên phải có vai trò quản trị"),
    "last_admin": N_("đây là tài khoản quản trị cuối cùng còn hoạt động"),
    "cannot_deactivate_self": N_("không thể tự khóa hoặc ngừng tài khoản đang đăng nhập"),
    "bad_credentials": N_("tên đăng nhập hoặc mật khẩu không đúng"),
    "locked": N_("tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần, đến {time} ngày {until}"),
    "locked_by_admin": N_("tài khoản đã bị quản trị khóa"),
    "inactive": N_("tài khoản đã ngừng sử dụng"),
    "wrong_password": N_("không đúng"),
    "same_as_old": N_("phải khác mật khẩu hiện tại"),
    "password_mismatch": N_("hai lần nhập không giống nhau"),
    "already_anonymised": N_("đã được ẩn danh hóa ngày {date}"),
    "still_active": N_("người này còn đang sinh hoạt ở CLB {code}: cho ra khỏi CLB trước"),
    "retention_not_reached": N_("mới ra khỏi CLB ngày {left}; phải lưu giữ {years} năm, đến ngày {until} mới ẩn danh hóa được"),
    "loan_outstanding": N_("còn nợ {amount} đồng tiền gốc của khoản vay số {number}"),
    "guarantor_of_current_loan": N_("đang bảo lãnh khoản vay số {number} chưa trả xong"),
    "masked_export": N_("đây là bản xuất đã che thông tin nhạy cảm (số CCCD, hoàn cảnh hộ…), không nhập lại được; hãy xuất bản đầy đủ"),
    "not_a_number": N_("phải nhập bằng chữ số: «{value}»"),
    "not_integer": N_("phải là số nguyên: «{value}»"),
    "not_positive": N_("phải lớn hơn 0"),
    "rate_out_of_range": N_("lãi suất phải từ 0 đến {high} %/tháng"),
    "no_income_fund": N_("CLB chưa có quỹ quay vòng tạo thu nhập đang hoạt động"),
    "cash_with_item": N_("vay bằng tiền mặt thì không ghi hiện vật, số lượng, đơn vị tính, đơn giá"),
    "principal_mismatch": N_("không khớp với số lượng × đơn giá ({amount} đồng)"),
    "over_max_amount": N_("vượt mức cho vay tối đa của CLB ({amount} đồng)"),
    "over_max_term": N_("vượt thời hạn vay tối đa của CLB ({max} tháng)"),
    "over_rule_rate": N_("cao hơn lãi suất quy chế của CLB ({rate} %/tháng)"),
    "method_over_rule": N_("cách tính này làm tiền lãi cao hơn cách tính trong quy chế của CLB"),
    "rate_without_interest": N_("đã chọn không tính lãi thì lãi suất phải để 0"),
    "not_member_on": N_("không phải thành viên đang sinh hoạt của CLB vào ngày {date}"),
    "guarantor_both": N_("chỉ chọn một: thành viên CLB bảo lãnh hoặc ghi tên người bảo lãnh ngoài CLB"),
    "guarantor_is_borrower": N_("người bảo lãnh không được là chính người vay"),
    "guarantor_is_signer": N_("người bảo lãnh không được là người đại diện CLB ký hợp đồng ({name})"),
    "goods_not_held": N_("quỹ không giữ đủ hiện vật: ngày {date} chỉ còn hiện vật trị giá {balance} đồng (nếu CLB mua hiện vật để cho vay, hãy ghi người bán)"),
    "no_handover": N_("dòng số {value} của sổ hiện vật không phải lần giao nhận với người vay"),
    "goods_by_loan": N_("khoản chi mua hiện vật cho vay được ghi cùng khoản vay, không ghi riêng"),
    "guarantor_required": N_("quy chế của CLB yêu cầu có người bảo lãnh"),
    "loan_closed": N_("khoản vay đã kết thúc (trả hết hoặc xóa nợ) ngày {date}, không ghi thêm được"),
    "loan_open": N_("khoản vay chưa kết thúc: chỉ ghi kết quả khi đã trả hết hoặc đã xóa nợ"),
    "before_disbursement": N_("trước ngày giải ngân ({date})"),
    "before_last_repayment": N_("trước lần trả nợ gần nhất ({date})"),
    "nothing_to_repay": N_("chưa nhập tiền gốc hoặc tiền lãi trả"),
    "over_owed": N_("lớn hơn số tiền gốc còn nợ ({amount} đồng)"),
    "in_kind_for_cash_loan": N_("khoản vay bằng tiền mặt thì trả bằng tiền mặt"),
    "repayment_reversed": N_("lần trả nợ này đã được hủy ngày {date}"),
    "loan_entry": N_("phiếu này thuộc khoản vay số {number}: hủy lần trả nợ ngay trong khoản vay đó"),
    "over_interest_owed": N_("lớn hơn số tiền lãi còn phải trả theo lịch ({amount} đồng)"),
}

FIELDS.update(MEETING_FIELDS)
ERRORS.update(MEETING_ERRORS)
FIELDS.update(SUPERVISION_FIELDS)
ERRORS.update(SUPERVISION_ERRORS)
FIELDS.update(PAPER_FIELDS)
ERRORS.update(PAPER_ERRORS)
FIELDS.update(REPORT_FIELDS)
ERRORS.update(REPORT_ERRORS)
FIELDS.update(activity_words.FIELDS)
ERRORS.update(activity_words.ERRORS)
FIELDS.update(PLAN_FIELDS)
ERRORS.update(PLAN_ERRORS)
FIELDS.update(EXCHANGE_FIELDS)
ERRORS.update(EXCHANGE_ERRORS)

# Refusals of the access rules (models.accounts.access), by their code.
ACCESS = {
    "login_required": N_("Cần đăng nhập: dữ liệu này đã có tài khoản người dùng."),
    "role": N_("Không có quyền: vai trò «{role}» không được {action}."),
    "unit": N_("Không có quyền: {unit} nằm ngoài đơn vị của tài khoản."),
    "office_admin": N_("Không có quyền: cài đặt chung của cả văn phòng chỉ quản trị viên của "
                       "văn phòng đổi được (quản trị viên có xã/phường của văn phòng trong "
                       "đơn vị; trên máy chủ dùng chung nhiều xã/phường: quản trị viên cấp "
                       "tỉnh)."),
    "sensitive_pending": N_("Chưa được xem dữ liệu nhạy cảm: quyền này của tài khoản đang chờ "
                            "một cán bộ hoặc người ký duyệt cùng xã/phường xác nhận."),
    "confirm_sensitive": N_("Không có quyền: chỉ cán bộ hoặc người ký duyệt cùng xã/phường "
                            "đang có quyền xem dữ liệu nhạy cảm mới xác nhận được quyền này "
                            "cho tài khoản khác (quản trị viên chỉ khi xã/phường chưa có ai "
                            "có quyền đó)."),
}


def label(kind: str, code: str | None) -> str:
    """Display text of a code from one of the code lists, in the chosen language ('' for None;
    the code itself if unknown). Files and papers use models.text.labels.label (Vietnamese)."""
    if code is None:
        return ""
    text = CODE_LISTS[kind].get(code)
    return tr(text) if text else code


def roles_label(role_set: str | None) -> str:
    """An account's role set ("clerk,admin") in words: "Cán bộ nhập liệu, Quản trị"."""
    parts = [part.strip() for part in (role_set or "").split(",") if part.strip()]
    return ", ".join(label("user_role", part) for part in parts)


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


def param_text(value: object) -> str:
    """A message parameter as shown: dates as dd/mm/yyyy, anything else as text."""
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def problem_text(problem: Any, *, with_field: bool = True) -> str:
    """One problem (models.errors.Problem) as a sentence: 'Số CCCD: phải đủ 12 chữ số: «0123»'."""
    template = ERRORS.get(problem.code)
    params = {k: param_text(v) for k, v in problem.params.items()}
    for key in ("balance", "amount", "due"):  # money in đồng, grouped as the clerk writes it
        if isinstance(problem.params.get(key), int):
            params[key] = format_number(problem.params[key])
    if problem.code == "report_state":
        params["state"] = label("report_state", problem.params.get("state"))
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


def error_lines(error: Any) -> list[str]:
    """Every problem of a ValidationError (models.errors), one sentence each."""
    return [problem_text(p) for p in error.problems]


def access_text(error: Any,
                unit_text: Callable[[int | None, int | None], str] | None = None) -> str:
    """An AccessDenied (models.accounts.access) as one sentence naming the role, right or unit.

    `unit_text(ward_code, province_code)` names the unit of a refusal outside the user's unit
    (models.accounts.users.unit_text reads it from the database); without it the refusal
    speaks of "Dữ liệu" (the data)."""
    params = dict(error.params)
    if "role" in params:
        params["role"] = roles_label(params["role"])
    if "action" in params:
        params["action"] = label("access_action", params["action"])
    if error.code == "unit":
        named = unit_text(params.get("ward_code"), params.get("province_code")) \
            if unit_text is not None else ""
        params["unit"] = named or tr("Dữ liệu")
    template = ACCESS.get(error.code)
    try:
        return tr(template).format(**params) if template else error.code
    except (KeyError, IndexError):
        return tr(template)
