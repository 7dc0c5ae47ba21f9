"""Wording of the exchange between offices (models/exchange): keys, packages and their
refusals. Merged into models.text.messages and models.text.labels like the other areas'."""

from __future__ import annotations

from models.text.catalog import N_

EXCHANGE_LISTS: dict[str, dict[str, str]] = {
    "unit_level": {
        "club": N_("Câu lạc bộ"),
        "ward": N_("Xã/phường"),
        "province": N_("Tỉnh/thành phố"),
        "nation": N_("Toàn quốc"),
    },
}

EXCHANGE_AUDIT_ACTIONS: dict[str, str] = {
    "trust": N_("Tin cậy khóa"),
    "revoke": N_("Thu hồi khóa"),
    "import": N_("Nhận gói báo cáo"),
}

EXCHANGE_FIELDS: dict[str, str] = {
    "package": N_("Gói báo cáo"),
    "key_file": N_("Tệp khóa công khai"),
    "level": N_("Cấp"),
    "fingerprint": N_("Dấu vân tay khóa"),
    "office_key": N_("Khóa của văn phòng"),
    "trusted_key": N_("Khóa tin cậy"),
    "received_report": N_("Báo cáo đã nhận"),
}

EXCHANGE_ERRORS: dict[str, str] = {
    # key files
    "not_a_key": N_("tệp không phải là khóa công khai của chương trình"),
    "not_ed25519": N_("khóa không phải loại Ed25519"),
    "fingerprint_mismatch": N_("dấu vân tay ghi trong tệp không khớp với khóa: tệp đã bị sửa"),
    "already_trusted": N_("khóa này đã được tin cậy cho đơn vị {unit}"),
    "trusted_for_other": N_("khóa này đã được tin cậy cho đơn vị khác ({unit}); một khóa chỉ "
                            "dùng cho một đơn vị"),
    "own_key": N_("đây là khóa của chính văn phòng này"),
    "nothing_below": N_("văn phòng cấp này không nhận báo cáo của cấp dưới"),
    "nothing_above": N_("không có cấp trên để gửi báo cáo của {value}"),
    "claim_mismatch": N_("tệp khóa ghi đơn vị {claimed}, không phải {value}"),
    "not_below": N_("{value} không phải đơn vị trực thuộc văn phòng này"),
    "not_own_unit": N_("chỉ gửi được báo cáo của chính đơn vị văn phòng này, không phải {value}"),
    "too_short": N_("cần ít nhất {min} chữ số đầu của dấu vân tay"),
    "ambiguous": N_("nhiều khóa có dấu vân tay bắt đầu bằng «{value}»: nhập thêm chữ số"),
    "already_revoked": N_("khóa {value} đã bị thu hồi trước đó"),
    # packages
    "too_large": N_("tệp lớn quá {limit}"),
    "file_unreadable": N_("không đọc được tệp: {reason}"),
    "not_a_package": N_("tệp không phải là gói báo cáo của chương trình"),
    "unknown_format": N_("gói báo cáo theo định dạng {value} mà phiên bản này không đọc được"),
    "malformed": N_("gói báo cáo bị hỏng (phần «{part}» không đúng)"),
    "not_canonical": N_("tệp đã bị sửa sau khi ký (khác với tệp chương trình đã ghi)"),
    "unknown_key": N_("gói được ký bằng khóa chưa được tin cậy ({fingerprint})"),
    "revoked_key": N_("gói được ký bằng khóa đã bị thu hồi ({fingerprint})"),
    "bad_signature": N_("chữ ký không hợp lệ: phần mô tả gói đã bị sửa hoặc không do khóa "
                        "này ký"),
    "snapshot_hash": N_("số liệu báo cáo không khớp với mã băm đã ký: số liệu đã bị sửa"),
    "pdf_hash": N_("tệp PDF không khớp với mã băm đã ký: tệp PDF đã bị sửa"),
    "not_pdf": N_("tệp báo cáo kèm theo không phải là PDF"),
    "bad_snapshot": N_("số liệu báo cáo trong gói không đọc được"),
    "manifest_mismatch": N_("phần mô tả gói không khớp với số liệu báo cáo"),
    "pdf_not_approved": N_("tệp PDF không phải bản đã được phê duyệt cùng số liệu"),
    "key_other_unit": N_("gói là báo cáo của {unit} nhưng được ký bằng khóa tin cậy cho "
                         "{key_unit}"),
    "package_duplicate": N_("báo cáo {unit} năm {year} phiên bản {version} đã được nhận trước đó"),
    "same_version_differs": N_("đã nhận một báo cáo {unit} năm {year} phiên bản {version} có "
                               "số liệu khác: phiên bản mới phải mang số lớn hơn"),
    "older_version": N_("báo cáo {unit} năm {year} phiên bản {version} cũ hơn phiên bản "
                        "{held} đã nhận"),
    "package_personal_data": N_("số liệu gửi lên có dữ liệu cá nhân (tại {path})"),
}
