"""Default wording of the founding papers, as plain data an office may edit.

Each paper's wording is a flat dict of strings and lists of strings (the shape the document
register stores per office). `{name}` placeholders are filled from the paper's data; the names
each paper offers are listed in PLACEHOLDERS. In the "articles" and "body" lists a line
"Chương I. TITLE" starts a chapter and a line "Điều 1. Text" starts an article (numbers are
given again in order, so lines may be inserted freely); a line starting with "- " or "+ " is a
list line; any other line is a paragraph of the current article.
"""

from __future__ import annotations

# --- Quyết định thành lập Câu lạc bộ ----------------------------------------------------------

DECISION: dict[str, str | list[str]] = {
    "summary": "Về việc thành lập {club_name}",
    # {legal_bases}: the texts in force on the decision's date, one line each, from the
    # office's table of legal texts (models/papers/legal_texts.py).
    "bases": [
        "{legal_bases}",
        "Căn cứ {province_plan}",
    ],
    "proposal": "Theo đề nghị của {proposer}",
    "articles": [
        "Điều 1. Thành lập {club_name} (sau đây gọi tắt là Câu lạc bộ), hoạt động trên địa "
        "bàn {villages}, {ward}, {province}, gồm {member_count} thành viên.",
        "Câu lạc bộ là tổ chức tự nguyện, tự quản của người dân tại cộng đồng, hoạt động theo "
        "phương thức liên thế hệ, tự giúp nhau, không vì mục đích lợi nhuận; chịu sự quản lý "
        "của Ủy ban nhân dân {ward} và sự hướng dẫn của Hội Người cao tuổi {ward}.",
        "Điều 2. Công nhận Ban chủ nhiệm Câu lạc bộ gồm {board_count} người (có danh sách "
        "kèm theo).",
        "Ban chủ nhiệm Câu lạc bộ có trách nhiệm tổ chức, điều hành hoạt động của Câu lạc bộ "
        "theo Quy chế hoạt động của Câu lạc bộ và quy định của pháp luật.",
        "Điều 3. Câu lạc bộ hoạt động theo Quy chế hoạt động được toàn thể thành viên thông "
        "qua, có nhiệm vụ:",
        "- Chăm sóc sức khỏe, nâng cao sức khỏe cho thành viên và người cao tuổi;",
        "- Hỗ trợ thành viên phát triển sinh kế, tăng thu nhập, quản lý quỹ quay vòng vốn;",
        "- Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao và đời sống xã hội;",
        "- Tự giúp nhau và hỗ trợ cộng đồng;",
        "- Học tập, nâng cao nhận thức của thành viên;",
        "- Chăm sóc tại nhà cho người cao tuổi, người khuyết tật có hoàn cảnh khó khăn dựa "
        "vào tình nguyện viên;",
        "- Huy động nguồn lực tại cộng đồng cho hoạt động của Câu lạc bộ;",
        "- Vận động thực hiện quyền và chính sách đối với người cao tuổi, bảo vệ quyền, lợi "
        "ích hợp pháp của thành viên.",
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {ward}, Chủ tịch Hội Người cao "
        "tuổi {ward}, Ban chủ nhiệm {club_name} và các tổ chức, cá nhân có liên quan chịu "
        "trách nhiệm thi hành Quyết định này.",
    ],
    "recipients": [
        "Như Điều 4",
        "Thường trực Đảng ủy, Hội đồng nhân dân {ward} (để b/c)",
        "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân {ward}",
        "Hội Người cao tuổi {province}",
        "Lưu: VT",
    ],
    "annex_title": "DANH SÁCH BAN CHỦ NHIỆM",
    "annex_summary": "{club_name}",
    "annex_note": "(Kèm theo Quyết định số {number} {date_text} của Ủy ban nhân dân {ward})",
}

# --- Biên bản lễ ra mắt Câu lạc bộ --------------------------------------------------------------

LAUNCH_MINUTES: dict[str, str | list[str]] = {
    "summary": "Lễ ra mắt {club_name}",
    "opening": "Hôm nay, vào hồi {start_time} {date_text}, tại {venue}, Ủy ban nhân dân {ward} "
               "phối hợp với Hội Người cao tuổi {ward} tổ chức Lễ ra mắt {club_name}.",
    "attendance_heading": "I. THÀNH PHẦN THAM DỰ",
    "guests_intro": "1. Đại biểu:",
    "guests": [
        "Đại diện lãnh đạo Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân {ward}",
        "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể {ward}",
        "Đại diện Ban chấp hành Hội Người cao tuổi {ward}",
        "Đại diện cấp ủy, Ban điều hành {villages}",
    ],
    "members_line": "2. Thành viên Câu lạc bộ: có mặt {present_count}/{member_count} thành viên.",
    "chair_line": "3. Chủ tọa: {chair_name}, {chair_title}.",
    "secretary_line": "4. Thư ký: {secretary_name}, {secretary_title}.",
    "content_heading": "II. NỘI DUNG",
    "content": [
        "1. Tuyên bố lý do, giới thiệu đại biểu.",
        "2. Công bố Quyết định số {decision_number} {decision_date_text} của Ủy ban nhân dân "
        "{ward} về việc thành lập {club_name}.",
        "3. Ra mắt Ban chủ nhiệm Câu lạc bộ gồm {board_count} người:",
        "{board_list}",
        "4. Thông qua Quy chế hoạt động của Câu lạc bộ: hội nghị đã nghe dự thảo Quy chế, "
        "thảo luận và biểu quyết; số thành viên tán thành {agree_count}/{present_count} "
        "thành viên có mặt.",
        "5. Phát biểu: đại diện lãnh đạo {ward} phát biểu chúc mừng, giao nhiệm vụ cho Câu lạc "
        "bộ; Chủ nhiệm Câu lạc bộ phát biểu nhận nhiệm vụ, hứa tổ chức tốt các hoạt động của "
        "Câu lạc bộ.",
    ],
    "reading": "Biên bản đã được đọc lại trước hội nghị; những người tham dự nhất trí với nội "
               "dung biên bản.",
    "closing": "Buổi lễ kết thúc vào hồi {end_time} cùng ngày.",
}

# --- Quy chế hoạt động Câu lạc bộ ----------------------------------------------------------------

STATUTE: dict[str, str | list[str]] = {
    "summary": "Hoạt động của {club_name}",
    "note": "(Được thông qua tại Lễ ra mắt Câu lạc bộ {adopted_text})",
    "body": [
        "Chương I. NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Tên gọi, địa bàn hoạt động",
        "1. Tên gọi: {club_name} (sau đây gọi là Câu lạc bộ).",
        "2. Địa bàn hoạt động: {villages}, {ward}, {province}.",
        "3. Địa điểm sinh hoạt: {meeting_place}.",
        "Điều 2. Tính chất, mục đích",
        "1. Câu lạc bộ là tổ chức tự nguyện, tự quản của người dân tại cộng đồng, hoạt động "
        "theo phương thức liên thế hệ và tự giúp nhau, không vì mục đích lợi nhuận.",
        "2. Câu lạc bộ hoạt động nhằm nâng cao đời sống vật chất và tinh thần của thành viên, "
        "nhất là người cao tuổi, phụ nữ, người thuộc hộ nghèo, hộ cận nghèo và người có hoàn "
        "cảnh khó khăn; phát huy vai trò người cao tuổi và tinh thần tương thân, tương ái "
        "trong cộng đồng.",
        "Điều 3. Nguyên tắc hoạt động",
        "1. Tự nguyện, tự quản, dân chủ, bình đẳng, công khai, minh bạch.",
        "2. Chịu sự quản lý của Ủy ban nhân dân {ward} và sự hướng dẫn của Hội Người cao tuổi "
        "{ward}.",
        "3. Tuân thủ pháp luật và Quy chế này.",
        "Chương II. THÀNH VIÊN",
        "Điều 4. Điều kiện và thủ tục trở thành thành viên",
        "1. Người cư trú trên địa bàn hoạt động của Câu lạc bộ, tán thành Quy chế này và tự "
        "nguyện tham gia thì được xem xét kết nạp làm thành viên.",
        "2. Câu lạc bộ có từ {min_members} đến {max_members} thành viên; trong đó người cao "
        "tuổi (từ {older_age} tuổi trở lên) chiếm khoảng {older_share}%, phụ nữ chiếm "
        "{women_share}%, người thuộc hộ nghèo, hộ cận nghèo hoặc có hoàn cảnh khó khăn chiếm "
        "{poor_share}%.",
        "3. Người muốn tham gia đăng ký với Ban chủ nhiệm; Ban chủ nhiệm xem xét và công bố "
        "tại kỳ sinh hoạt gần nhất.",
        "Điều 5. Quyền của thành viên",
        "1. Được tham gia các hoạt động của Câu lạc bộ; được vay vốn từ {income_fund} theo "
        "Quy chế này.",
        "2. Được thăm hỏi, chăm sóc, giúp đỡ khi ốm đau hoặc gặp khó khăn.",
        "3. Được thảo luận, biểu quyết các công việc của Câu lạc bộ; được ứng cử, đề cử vào "
        "Ban chủ nhiệm.",
        "4. Được xin ra khỏi Câu lạc bộ.",
        "Điều 6. Nghĩa vụ của thành viên",
        "1. Chấp hành Quy chế này; tham gia sinh hoạt định kỳ và các hoạt động của Câu lạc bộ.",
        "2. Đóng góp theo Quy chế này; sử dụng vốn vay đúng mục đích và trả nợ đúng hạn.",
        "3. Đoàn kết, giúp đỡ các thành viên khác và người có hoàn cảnh khó khăn trong cộng "
        "đồng.",
        "Chương III. TỔ CHỨC VÀ HOẠT ĐỘNG",
        "Điều 7. Ban chủ nhiệm",
        "1. Ban chủ nhiệm gồm Chủ nhiệm, Phó Chủ nhiệm, Thư ký, Kế toán, Thủ quỹ và các ủy "
        "viên, do thành viên bầu và được Ủy ban nhân dân {ward} công nhận; nhiệm kỳ "
        "{board_term} năm.",
        "2. Ban chủ nhiệm xây dựng kế hoạch và điều hành hoạt động, quản lý các quỹ và sổ "
        "sách của Câu lạc bộ; định kỳ báo cáo Hội Người cao tuổi và Ủy ban nhân dân {ward}.",
        "3. Ban chủ nhiệm họp mỗi tháng một lần, trước kỳ sinh hoạt của Câu lạc bộ.",
        "Điều 8. Nhóm và tình nguyện viên",
        "1. Thành viên được chia thành các nhóm theo địa bàn hoặc sở thích; mỗi nhóm có nhóm "
        "trưởng.",
        "2. Câu lạc bộ có tình nguyện viên chăm sóc tại nhà và tình nguyện viên kinh tế, làm "
        "việc theo phân công của Ban chủ nhiệm.",
        "Điều 9. Sinh hoạt định kỳ",
        "1. Câu lạc bộ sinh hoạt mỗi tháng một lần vào {meeting_day}, tại {meeting_place}.",
        "2. Nội dung sinh hoạt: đánh giá hoạt động tháng trước, thu hội phí, thu hồi và cho "
        "vay vốn, thăm hỏi thành viên, truyền thông và các hoạt động văn hóa, văn nghệ.",
        "Điều 10. Nội dung hoạt động",
        "Câu lạc bộ hoạt động trên tám lĩnh vực:",
        "- Chăm sóc sức khỏe;",
        "- Phát triển sinh kế, tăng thu nhập;",
        "- Văn hóa, văn nghệ, thể dục thể thao và đời sống xã hội;",
        "- Tự giúp nhau và hỗ trợ cộng đồng;",
        "- Học tập, nâng cao nhận thức;",
        "- Chăm sóc tại nhà dựa vào tình nguyện viên;",
        "- Huy động nguồn lực;",
        "- Thực hiện quyền và chính sách đối với người cao tuổi.",
        "Chương IV. TÀI CHÍNH",
        "Điều 11. Các quỹ của Câu lạc bộ",
        "1. Câu lạc bộ có hai quỹ: {income_fund} cho thành viên vay quay vòng để phát triển "
        "sản xuất, tăng thu nhập; {activity_fund} chi cho các hoạt động chung của Câu lạc "
        "bộ.",
        "2. Nguồn hình thành các quỹ: vốn hỗ trợ ban đầu, hội phí, tiền lãi cho vay, ủng hộ "
        "của tổ chức, cá nhân và các nguồn hợp pháp khác. Các khoản ủng hộ được ghi vào Sổ "
        "Tấm lòng vàng.",
        "Điều 12. Hội phí",
        "{fee_clause}",
        "Điều 13. Cho vay từ {income_fund}",
        "1. Thành viên có nhu cầu vốn để phát triển sinh kế được vay; ưu tiên thành viên "
        "thuộc hộ nghèo, hộ cận nghèo, có hoàn cảnh khó khăn; phấn đấu ít nhất một nửa số "
        "thành viên được vay vốn.",
        "2. Hình thức vay: bằng tiền hoặc bằng hiện vật (con giống, cây giống, vật tư).",
        "3. Mức vay tối đa {loan_max} đồng một lượt ({loan_max_words}); thời hạn vay tối đa "
        "{loan_term} tháng; {loan_interest}. {guarantor_clause}",
        "4. Người vay làm đơn có xác nhận của nhóm trưởng; Ban chủ nhiệm xét duyệt công khai "
        "tại kỳ sinh hoạt. Người vay trả nợ đúng hạn; khi gặp rủi ro khách quan, Ban "
        "chủ nhiệm báo cáo toàn thể thành viên xem xét gia hạn.",
        "Điều 14. Quản lý và công khai tài chính",
        "1. Kế toán, thủ quỹ mở sổ theo dõi thu, chi, cho vay và thu nợ; mọi khoản thu, chi "
        "đều có chứng từ.",
        "2. Tình hình các quỹ được công khai tại kỳ sinh hoạt hằng tháng và báo cáo Hội Người "
        "cao tuổi {ward} sáu tháng một lần.",
        "Chương V. KHEN THƯỞNG, XỬ LÝ VI PHẠM VÀ ĐIỀU KHOẢN THI HÀNH",
        "Điều 15. Khen thưởng và xử lý vi phạm",
        "1. Thành viên, nhóm có thành tích được Câu lạc bộ biểu dương hoặc đề nghị khen "
        "thưởng.",
        "2. Thành viên vi phạm Quy chế, tùy mức độ, bị nhắc nhở, phê bình; sử dụng vốn vay "
        "sai mục đích phải trả vốn trước hạn; vi phạm nhiều lần thì bị xóa tên khỏi danh sách "
        "thành viên.",
        "Điều 16. Điều khoản thi hành",
        "1. Quy chế này gồm {chapter_count} chương, {article_count} điều, có hiệu lực kể từ "
        "ngày được toàn thể thành viên thông qua.",
        "2. Việc sửa đổi, bổ sung Quy chế do Ban chủ nhiệm đề xuất và phải được quá nửa số "
        "thành viên Câu lạc bộ tán thành.",
    ],
    "recipients": [
        "Ủy ban nhân dân {ward} (để b/c)",
        "Hội Người cao tuổi {ward} (để b/c)",
        "Thành viên Câu lạc bộ",
        "Lưu: CLB",
    ],
}

# Placeholder names each paper fills, with what they print (for a wording editor).
_COMMON = {
    "club_name": "tên Câu lạc bộ",
    "ward": "xã/phường trong câu (phường Đức Xuân)",
    "Ward": "xã/phường đầu câu (Phường Đức Xuân)",
    "province": "tỉnh/thành phố (tỉnh Thái Nguyên)",
    "villages": "thôn, tổ dân phố của Câu lạc bộ",
    "member_count": "số thành viên",
    "board_count": "số người trong Ban chủ nhiệm",
}
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "decision": {
        **_COMMON,
        "number": "số, ký hiệu Quyết định (05/QĐ-UBND)",
        "date_text": "ngày ký (ngày 05 tháng 3 năm 2024)",
        "proposer": "người đề nghị",
        "legal_bases": "các căn cứ pháp lý còn hiệu lực vào ngày ký (mỗi căn cứ một dòng)",
        "province_plan": "kế hoạch của tỉnh (dòng bị bỏ khi để trống)",
    },
    "launch_minutes": {
        **_COMMON,
        "date_text": "ngày tổ chức",
        "start_time": "giờ bắt đầu",
        "end_time": "giờ kết thúc",
        "venue": "địa điểm",
        "present_count": "số thành viên có mặt",
        "agree_count": "số thành viên tán thành Quy chế",
        "chair_name": "chủ tọa",
        "chair_title": "chức vụ chủ tọa",
        "secretary_name": "thư ký",
        "secretary_title": "chức vụ thư ký",
        "decision_number": "số Quyết định thành lập",
        "decision_date_text": "ngày Quyết định thành lập",
        "board_list": "danh sách Ban chủ nhiệm (mỗi người một dòng)",
    },
    "statute": {
        **_COMMON,
        "adopted_text": "ngày thông qua",
        "meeting_day": "ngày sinh hoạt",
        "meeting_place": "địa điểm sinh hoạt",
        "monthly_fee": "hội phí mỗi tháng (5.000)",
        "fee_clause": "câu về hội phí, theo hội phí của CLB",
        "guarantor_clause": "câu về người bảo lãnh, theo quy định cho vay của CLB",
        "income_fund": "tên quỹ cho vay trong sổ sách của CLB",
        "activity_fund": "tên quỹ hoạt động trong sổ sách của CLB",
        "monthly_fee_words": "hội phí bằng chữ",
        "loan_max": "mức vay tối đa",
        "loan_max_words": "mức vay tối đa bằng chữ",
        "loan_term": "thời hạn vay tối đa (tháng)",
        "loan_interest": "lãi suất và cách tính lãi (hoặc: không tính lãi)",
        "board_term": "nhiệm kỳ Ban chủ nhiệm (năm)",
        "min_members": "số thành viên tối thiểu",
        "max_members": "số thành viên tối đa",
        "older_age": "tuổi được tính là người cao tuổi",
        "older_share": "tỷ lệ người cao tuổi",
        "women_share": "tỷ lệ phụ nữ",
        "poor_share": "tỷ lệ hộ nghèo, cận nghèo, khó khăn",
        "chapter_count": "số chương (tự đếm)",
        "article_count": "số điều (tự đếm)",
    },
}
