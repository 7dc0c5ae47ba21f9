"""The Qt-free labels used in Excel files say exactly what the windows say."""

from models.text.labels import LABELS, code_of, label
from ui import messages


def test_file_labels_match_the_window_catalogue():
    for kind, texts in LABELS.items():
        assert texts == messages.CODE_LISTS[kind], kind


def test_code_of_reads_labels_codes_and_common_spellings():
    assert code_of("gender", "nữ") == "F" and code_of("gender", "NAM") == "M"
    assert code_of("household_status", "Hộ cận nghèo") == "near_poor"
    assert code_of("household_status", "can ngheo") == "near_poor"
    assert code_of("member_role", "tổ trưởng") == "group_leader"
    assert code_of("consent_method", "Đồng ý bằng lời, có người làm chứng") == "verbal"
    assert code_of("gender", "khác") is None
    assert label("household_status", "poor") == "Hộ nghèo" and label("gender", None) == ""
