"""The wording fields as chips: every placeholder of every paper has a name, names are
unique per paper, and the chip form goes back to the stored form unchanged."""

import re

from reports.papers import certificate, fields, texts


def _wordings():
    return (("decision", texts.DECISION), ("launch_minutes", texts.LAUNCH_MINUTES),
            ("statute", texts.STATUTE), ("certificate", certificate.DEFAULTS))


def test_every_placeholder_has_a_unique_vietnamese_name():
    for kind, offered in texts.PLACEHOLDERS.items():
        assert set(offered) <= set(fields.FIELD_NAMES[kind]), kind
    for kind, names in fields.FIELD_NAMES.items():
        assert len(set(names.values())) == len(names), kind
        for name in names.values():
            assert not re.search(r"[{}_«»]", name) and name[:1].isupper(), name


def test_round_trip_of_every_default_wording():
    for kind, wording in _wordings():
        for value in wording.values():
            for line in [value] if isinstance(value, str) else value:
                shown = fields.to_chips(line, kind)
                assert "{" not in shown, (kind, shown)
                assert fields.from_chips(shown, kind) == line


def test_preview_fills_the_clubs_values():
    values = {"club_name": "CLB Liên thế hệ tự giúp nhau Tổ 5", "proposer": "Chủ tịch Hội NCT"}
    assert fields.preview("Về việc thành lập «Tên CLB»", "decision", values) == \
        "Về việc thành lập CLB Liên thế hệ tự giúp nhau Tổ 5"
    assert fields.chip_spans("«Tên CLB» và «khác»", "decision") == [(0, 9)]
    assert fields.to_chips("{unknown} {club_name}", "decision") == "{unknown} «Tên CLB»"
