"""Vietnamese text rules: amounts in words, collation, search folding, dates, IDs, phones."""

import datetime as dt
import random
import re
import unicodedata

import pytest

from models.text.vietnamese import (
    ETHNIC_GROUPS,
    amount_in_words,
    clean_cccd,
    decree_date,
    decree_date_line,
    fold,
    format_date,
    format_money,
    format_number,
    name_sort_key,
    nfc,
    normalize_ethnicity,
    parse_date,
    split_name,
    validate_cccd,
    validate_phone,
    vietnamese_key,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- Amounts in words ------------------------------------------------------------------------

AMOUNTS = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (4, "Bốn đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (19, "Mười chín đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi bốn đồng"),
    (25, "Hai mươi lăm đồng"),
    (31, "Ba mươi mốt đồng"),
    (55, "Năm mươi lăm đồng"),
    (99, "Chín mươi chín đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (104, "Một trăm linh bốn đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (111, "Một trăm mười một đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (205, "Hai trăm linh năm đồng"),
    (999, "Chín trăm chín mươi chín đồng"),
    (1000, "Một nghìn đồng"),
    (1001, "Một nghìn không trăm linh một đồng"),
    (1010, "Một nghìn không trăm mười đồng"),
    (1015, "Một nghìn không trăm mười lăm đồng"),
    (1021, "Một nghìn không trăm hai mươi mốt đồng"),
    (1100, "Một nghìn một trăm đồng"),
    (10000, "Mười nghìn đồng"),
    (15000, "Mười lăm nghìn đồng"),
    (21000, "Hai mươi mốt nghìn đồng"),
    (50000, "Năm mươi nghìn đồng"),
    (100000, "Một trăm nghìn đồng"),
    (105000, "Một trăm linh năm nghìn đồng"),
    (250500, "Hai trăm năm mươi nghìn năm trăm đồng"),
    (1000000, "Một triệu đồng"),
    (1000005, "Một triệu không trăm linh năm đồng"),
    (1000500, "Một triệu năm trăm đồng"),
    (1005000, "Một triệu không trăm linh năm nghìn đồng"),
    (1205000, "Một triệu hai trăm linh năm nghìn đồng"),
    (1500000, "Một triệu năm trăm nghìn đồng"),
    (2021000, "Hai triệu không trăm hai mươi mốt nghìn đồng"),
    (15015015, "Mười lăm triệu không trăm mười lăm nghìn không trăm mười lăm đồng"),
    (105000000, "Một trăm linh năm triệu đồng"),
    (1000000000, "Một tỷ đồng"),
    (1000000001, "Một tỷ không trăm linh một đồng"),
    (2000000001, "Hai tỷ không trăm linh một đồng"),
    (2500000000, "Hai tỷ năm trăm triệu đồng"),
    (21000000000, "Hai mươi mốt tỷ đồng"),
    (1000000000000, "Một nghìn tỷ đồng"),
    (1005000000000, "Một nghìn không trăm linh năm tỷ đồng"),
    (1000000000000000, "Một triệu tỷ đồng"),
    (1000000000000000000, "Một tỷ tỷ đồng"),
    (-1000, "Âm một nghìn đồng"),
    (-21, "Âm hai mươi mốt đồng"),
]


def test_amount_table_is_large_enough():
    assert len(AMOUNTS) >= 45
    assert len({n for n, _ in AMOUNTS}) == len(AMOUNTS)


@pytest.mark.parametrize(("amount", "words"), AMOUNTS)
def test_amount_in_words(amount, words):
    assert amount_in_words(amount) == words


def test_amount_words_never_use_southern_or_wrong_forms():
    for n in range(0, 100_000, 7):
        text = amount_in_words(n)
        assert " lẻ " not in text and "linh mười" not in text and "mười một mươi" not in text
        assert "mươi năm" not in text and "mươi một" not in text and "mười năm" not in text
        assert text.endswith(" đồng") and text[0].isupper()
        assert unicodedata.is_normalized("NFC", text)


# --- Numbers and money -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (1205000, "1.205.000"), (-1000, "-1.000"),
     (1000000000, "1.000.000.000"), (-999, "-999")],
)
def test_format_number(n, text):
    assert format_number(n) == text


def test_format_money():
    assert format_money(1205000) == "1.205.000 đ"
    assert format_money(0) == "0 đ"


# --- Normalisation and folding ---------------------------------------------------------------


def test_nfc():
    assert nfc(None) == ""
    assert nfc("  Nguyễn \t Thị\n\nHuệ  ") == "Nguyễn Thị Huệ"
    assert nfc(nfd("Nguyễn Thị Huệ")) == "Nguyễn Thị Huệ"
    assert unicodedata.is_normalized("NFC", nfc(nfd("Đỗ Thị Ất")))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Thị Huệ", "nguyen thi hue"),
        ("Đức", "duc"),
        ("ĐÀO DUY TỪ", "dao duy tu"),
        ("  Trần   Văn\tẤt ", "tran van at"),
        ("Phường Đức Xuân", "phuong duc xuan"),
        ("Ơ Đu", "o du"),
        ("Ðức", "duc"),  # Icelandic eth typed by legacy converters
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded
    assert fold(nfd(text)) == folded


def test_fold_lets_plain_query_find_accented_name():
    assert fold("nguyen thi hue") in fold("Nguyễn Thị Huệ")
    assert fold("duc") in fold("Phường Đức Xuân")
    assert fold("HUE") == fold("huệ") == fold("Huế")


def test_split_name():
    assert split_name("Nguyễn Thị Huệ") == ("Nguyễn Thị", "Huệ")
    assert split_name("  Lê   Văn  Bình ") == ("Lê Văn", "Bình")
    assert split_name("Huệ") == ("", "Huệ")
    assert split_name("") == ("", "")


# --- Collation -------------------------------------------------------------------------------


def by_name(names):
    return sorted(names, key=name_sort_key)


def shuffled(items):
    items = list(items)
    random.Random(30).shuffle(items)
    return items


def test_alphabet_order_letter_by_letter():
    letters = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    assert sorted(shuffled(letters), key=vietnamese_key) == letters
    upper = [c.upper() for c in letters]
    assert sorted(shuffled(upper), key=vietnamese_key) == upper


def test_tones_are_secondary_and_ordered():
    tones = ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(shuffled(tones), key=vietnamese_key) == tones
    # the base letters of the whole word decide before any tone
    assert vietnamese_key("Hà") < vietnamese_key("Hai") < vietnamese_key("Hải")
    assert vietnamese_key("Hải") < vietnamese_key("Hàn")
    assert vietnamese_key("ạb") < vietnamese_key("ac")
    assert vietnamese_key("Anh") < vietnamese_key("Ánh") < vietnamese_key("Ăn")


def test_case_is_ignored():
    assert vietnamese_key("NGUYỄN THỊ HUỆ") == vietnamese_key("nguyễn thị huệ")
    assert vietnamese_key("Đào") == vietnamese_key("đào")


def test_digits_spaces_and_punctuation():
    assert vietnamese_key("1") < vietnamese_key("9") < vietnamese_key("a")
    assert vietnamese_key("Tổ 2") < vietnamese_key("Tổ 10") < vietnamese_key("Tổ dân phố")
    assert vietnamese_key("Hà Nam") < vietnamese_key("Hàm Yên")
    assert vietnamese_key("An") < vietnamese_key("An Bình") < vietnamese_key("Anh")
    assert vietnamese_key("") == ""


def test_provinces_sort():
    names = ["Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bến Tre", "Cà Mau",
             "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Gia Lai",
             "Hà Giang", "Hà Nam", "Hà Nội", "Hải Dương", "Hải Phòng", "Hậu Giang"]
    assert sorted(shuffled(names), key=vietnamese_key) == names


def test_keys_are_plain_ascii_and_compare_as_bytes():
    samples = ["Nguyễn Thị Huệ", "H'Mông", "Bru - Vân Kiều", "Tổ 10", "李小龍", "Zoë ☺", ""]
    for s in samples:
        assert re.fullmatch(r"[0-9a-z]*", vietnamese_key(s))
        assert re.fullmatch(r"[0-9a-z]*", name_sort_key(s))
    keys = [name_sort_key(s) for s in samples]
    assert sorted(keys) == sorted(keys, key=lambda k: k.encode())


def test_key_fits_the_column():
    assert len(name_sort_key("Nguyễn Thị " + "Huệ " * 24)) <= 400


def test_nfd_input_gives_same_keys():
    for s in ["Nguyễn Thị Huệ", "Đặng Thị Ất", "Trương Ưng Ơn", "Tổ dân phố Hòa Bình"]:
        assert vietnamese_key(nfd(s)) == vietnamese_key(s)
        assert name_sort_key(nfd(s)) == name_sort_key(s)
        assert fold(nfd(s)) == fold(s)


def test_name_order_brief_example():
    names = ["Nguyễn Văn Bình", "Lê Văn Bình", "Nguyễn Thị Ánh", "Trần Văn An"]
    assert by_name(names) == ["Trần Văn An", "Nguyễn Thị Ánh", "Lê Văn Bình", "Nguyễn Văn Bình"]


def test_name_order_breve_and_circumflex_are_letters():
    expected = ["Bùi An", "Mai Anh", "Hà Ăn", "Lý Ân", "Đỗ Ấn", "Võ Bảo"]
    assert by_name(shuffled(expected)) == expected


def test_name_order_d_and_dd():
    expected = ["Lê Thị Dung", "Hà Văn Dũng", "Phan Duy", "Lý Văn Dương", "Hoàng Đào",
                "Trần Quốc Đạt", "Vũ Minh Đức", "Nguyễn Thị Em", "Lê Giang", "Mai Hà"]
    assert by_name(shuffled(expected)) == expected


def test_name_order_no_digraphs():
    # ch, ng, nh, qu, th, tr are compared letter by letter (CLDR vi), not as single letters
    expected = ["Lê Chi", "Hoàng Công", "Đỗ Cúc", "Phạm Cường", "Lê Nam", "Tô Nga", "Vi Nhung",
                "Bùi Quang", "Lò Quân", "Mai Thanh", "Lê Thành", "Đặng Thảo", "Cao Thắm",
                "Mạc Thân", "Lý Thu", "Hà Thuận", "Ngô Thúy", "Trần Thư", "Lê Tiến",
                "Vũ Trang", "Hứa Trâm", "Nông Tú"]
    assert by_name(shuffled(expected)) == expected


def test_name_order_tones_of_given_name():
    expected = ["Nguyễn Thị Hue", "Nguyễn Thị Huề", "Nguyễn Thị Huể", "Nguyễn Thị Huễ",
                "Nguyễn Thị Huế", "Nguyễn Thị Huệ"]
    assert by_name(shuffled(expected)) == expected


def test_name_order_family_breaks_ties():
    # "Đặng" is đ-ă-n-g: ă is a letter after a, so "Đào" comes first
    expected = ["Hà", "Đào Văn Hà", "Đặng Văn Hà", "Lê Thị Hà", "Nguyễn Thị Hà",
                "Nguyễn Thị Thu Hà", "Nguyễn Văn Hà"]
    assert by_name(shuffled(expected)) == expected


def test_given_name_tone_decides_before_family():
    assert by_name(["An Ánh", "Trần Anh"]) == ["Trần Anh", "An Ánh"]


def test_realistic_register_order():
    names = ["Hoàng Văn Thắng", "Nông Thị Mai", "Triệu Thị Lan", "Lục Văn Hùng", "Nông Văn Hùng",
             "Hoàng Thị Hằng", "Ma Thị Hằng", "Bế Văn Đông", "Lương Thị Ánh", "Đinh Thị Ngọc",
             "Lý Văn An", "Chu Thị Huyền", "Vi Thị Hoa", "Hà Thị Hòa", "Sầm Văn Út"]
    expected = ["Lý Văn An", "Lương Thị Ánh", "Bế Văn Đông", "Hoàng Thị Hằng", "Ma Thị Hằng",
                "Vi Thị Hoa", "Hà Thị Hòa", "Lục Văn Hùng", "Nông Văn Hùng", "Chu Thị Huyền",
                "Triệu Thị Lan", "Nông Thị Mai", "Đinh Thị Ngọc", "Hoàng Văn Thắng", "Sầm Văn Út"]
    assert by_name(names) == expected
    assert [n for _, n in sorted((name_sort_key(nfd(n)), n) for n in names)] == expected


# --- Dates -----------------------------------------------------------------------------------


def test_format_date():
    assert format_date(dt.date(2024, 3, 5)) == "05/03/2024"
    assert format_date(dt.date(2024, 12, 31)) == "31/12/2024"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text",
    ["5/3/2024", "05/03/2024", "05-03-2024", "05.03.2024", "2024-03-05", " 05/03/2024 ",
     "5.3.2024", "2024-3-5"],
)
def test_parse_date_accepts(text):
    assert parse_date(text) == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "05/03/24", "5/3/24", "05-03-24", "05/03-2024", "2024/03/05",
     "31/02/2024", "29/02/2023", "00/01/2024", "05/13/2024", "05032024", "5 tháng 3 2024",
     "05/03/20245", "32/01/2024"],
)
def test_parse_date_refuses(text):
    with pytest.raises(ValueError) as err:
        parse_date(text)
    assert str(err.value)


def test_parse_date_leap_day_and_round_trip():
    assert parse_date("29/02/2024") == dt.date(2024, 2, 29)
    d = dt.date(1945, 9, 2)
    assert parse_date(format_date(d)) == d


@pytest.mark.parametrize("month", range(1, 13))
def test_decree_date_months(month):
    text = decree_date(dt.date(2024, month, 15))
    expected_month = {1: "01", 2: "02"}.get(month, str(month))
    assert text == f"ngày 15 tháng {expected_month} năm 2024"


@pytest.mark.parametrize(
    ("day", "text"), [(1, "01"), (5, "05"), (9, "09"), (10, "10"), (11, "11"), (28, "28"),
                      (29, "29"), (30, "30"), (31, "31")],
)
def test_decree_date_days(day, text):
    assert decree_date(dt.date(2024, 3, day)) == f"ngày {text} tháng 3 năm 2024"
    assert decree_date(dt.date(2024, 1, day)) == f"ngày {text} tháng 01 năm 2024"


def test_decree_date_line():
    d = dt.date(2024, 3, 5)
    assert decree_date_line("Phường Đức Xuân", d) == "Phường Đức Xuân, ngày 05 tháng 3 năm 2024"
    assert decree_date_line("Bắc Kạn", dt.date(2025, 2, 28)) == "Bắc Kạn, ngày 28 tháng 02 năm 2025"
    assert decree_date_line(nfd("Phường Đức Xuân"), d) == decree_date_line("Phường Đức Xuân", d)


# --- CCCD ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("001099012345", None),
        ("096199012345", None),
        ("006 185 000 123", None),
        ("079.303.001.234", None),
        ("00109901234", "length"),
        ("0010990123456", "length"),
        ("12345", "length"),
        ("", "length"),
        ("00109901234a", "digits"),
        ("001-099-012345", "digits"),
        ("００１０９９０１２３４５", "digits"),
        ("003099012345", "province"),
        ("000099012345", "province"),
        ("097099012345", "province"),
        ("100099012345", "province"),
    ],
)
def test_validate_cccd(number, problem):
    assert validate_cccd(number) == problem


def test_cccd_has_63_province_codes():
    valid = [f"{p:03d}" for p in range(1000) if validate_cccd(f"{p:03d}099012345") is None]
    assert len(valid) == 63
    assert {"001", "006", "020", "046", "079", "096"} <= set(valid)


def test_clean_cccd():
    assert clean_cccd(" 001.099 012 345 ") == "001099012345"


# --- Ethnicity -------------------------------------------------------------------------------


def test_ethnic_groups():
    assert len(ETHNIC_GROUPS) == 54
    assert len(set(ETHNIC_GROUPS)) == 54
    assert all(unicodedata.is_normalized("NFC", g) for g in ETHNIC_GROUPS)
    assert ETHNIC_GROUPS[:4] == ("Kinh", "Tày", "Thái", "Mường")
    assert ETHNIC_GROUPS[-1] == "Ơ Đu"
    assert {"Tày", "Nùng", "Dao", "Kinh", "Mông", "Sán Chay", "Hoa"} <= set(ETHNIC_GROUPS)


@pytest.mark.parametrize("name", ETHNIC_GROUPS)
def test_official_names_normalise_to_themselves(name):
    assert normalize_ethnicity(name) == name
    assert normalize_ethnicity(fold(name).upper()) == name
    assert normalize_ethnicity(nfd(name)) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kinh", "Kinh"), ("TÀY", "Tày"), ("tay", "Tày"), ("  nùng ", "Nùng"),
        ("Dân tộc Dao", "Dao"), ("san chay", "Sán Chay"), ("Sán-Chay", "Sán Chay"),
        ("Bru Van Kieu", "Bru - Vân Kiều"), ("bru-vân kiều", "Bru - Vân Kiều"),
        ("H'Mông", "Mông"), ("Hmong", "Mông"), ("Mong", "Mông"), ("HMÔNG", "Mông"),
        ("Ede", "Ê Đê"), ("Ê-đê", "Ê Đê"), ("Khome", "Khmer"), ("Khơ-me", "Khmer"),
        ("khmer", "Khmer"), ("Gia-rai", "Gia Rai"), ("Giarai", "Gia Rai"), ("Xơ-đăng", "Xơ Đăng"),
        ("Gié Triêng", "Giẻ Triêng"), ("Cờ Lao", "Cờ Lao"), ("Co", "Co"), ("Cơ-tu", "Cơ Tu"),
    ],
)
def test_normalize_ethnicity(text, name):
    assert normalize_ethnicity(text) == name


@pytest.mark.parametrize("text", ["Sao Hỏa", "", "  ", "Kinh Tày", "Pháp"])
def test_unknown_ethnicity(text):
    assert normalize_ethnicity(text) is None


# --- Phone -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84912345678",
     "+84 912 345 678", "0209 3870 123", "024 3825 1234", "+84 24 3825 1234"],
)
def test_valid_phone(number):
    assert validate_phone(number) is None


@pytest.mark.parametrize(
    "number",
    ["12", "", "091234567", "09123456789", "+840912345678", "84912345678", "0912a45678",
     "0012345678", "+8491234567", "(0912) 345 678", "09123456789", "0312345678901"],
)
def test_invalid_phone(number):
    assert validate_phone(number) == "format"
