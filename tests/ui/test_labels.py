"""One source for the code lists: Excel files and papers write the same Vietnamese words the
windows show (translated there), and read them back."""

from models.funds import fund_papers
from models.papers import papers_extra
from models.text import catalog
from models.text.labels import CODE_LISTS, LABELS, code_of, label
from ui import messages


def test_files_papers_and_windows_share_one_code_list():
    assert LABELS is CODE_LISTS is messages.CODE_LISTS
    assert papers_extra.BOARD_ROLE_TEXT is CODE_LISTS["board_role"]
    assert not hasattr(fund_papers, "CATEGORY_TEXT")
    assert label("board_role", "board_member") == "Ủy viên BCN"
    assert messages.label("board_role", "board_member") == "Ủy viên BCN"
    assert messages.label("ledger_category", "donation") == label("ledger_category", "donation")


def test_files_stay_vietnamese_when_the_window_speaks_english():
    catalog.set_language("en")
    try:
        assert messages.label("household_status", "poor") == "Poor household"
        assert messages.label("board_role", "board_member") == "Board member"
        assert label("household_status", "poor") == "Hộ nghèo"
        assert code_of("household_status", "Hộ nghèo") == "poor"
    finally:
        catalog.set_language("vi")
    assert messages.label("household_status", "poor") == "Hộ nghèo"


def test_code_of_reads_labels_codes_and_common_spellings():
    assert code_of("gender", "nữ") == "F" and code_of("gender", "NAM") == "M"
    assert code_of("household_status", "Hộ cận nghèo") == "near_poor"
    assert code_of("household_status", "can ngheo") == "near_poor"
    assert code_of("member_role", "tổ trưởng") == "group_leader"
    assert code_of("consent_method", "Đồng ý bằng lời, có người làm chứng") == "verbal"
    assert code_of("gender", "khác") is None
    assert label("household_status", "poor") == "Hộ nghèo" and label("gender", None) == ""
