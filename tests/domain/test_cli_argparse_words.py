"""argparse's own words (usage, option groups, its error messages) speak the program's
language: Vietnamese, English with --lang en, Vietnamese again on the next run."""

from __future__ import annotations

import pytest

import main
from models.text import catalog


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    catalog.set_language("vi")


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main.main(list(args))
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_in_vietnamese(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("cách dùng: ishc ")
    assert "\ntham số theo vị trí:\n" in out and "\ntùy chọn:\n" in out
    assert "-h, --help" in out and "hiện trợ giúp này rồi thoát" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out
    code, out, _ = run(capsys, "clubs", "--help")
    assert code == 0 and out.startswith("cách dùng: ishc clubs")


@pytest.mark.parametrize(("args", "message"), [
    (("clubs", "--bogus"), "ishc: tham số không nhận ra: --bogus"),
    (("print", "decision", "--club"), "ishc print: tham số --club: cần một giá trị"),
    (("print", "decision", "-o", "x.pdf"),
     "ishc print: thiếu tham số bắt buộc: --club"),
    (("demo", "--clubs", "mười"),
     "ishc demo: tham số --clubs: phải là số nguyên viết bằng chữ số 0-9 và không quá lớn: «mười»"),
    (("--lang", "fr", "clubs"),
     "ishc: tham số --lang: lựa chọn không hợp lệ: 'fr' (chọn một trong: 'vi', 'en')"),
    (("khongco",), "ishc: tham số COMMAND: lựa chọn không hợp lệ: 'khongco'"),
])
def test_usage_errors_in_vietnamese(capsys, args, message):
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.startswith("cách dùng: ishc"), err
    assert message in err, err


def test_english_with_lang_en_then_vietnamese_again(capsys):
    code, out, _ = run(capsys, "--lang", "en", "--help")
    assert code == 0
    assert out.startswith("usage: ishc ")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "show this help message and exit" in out
    code, _, err = run(capsys, "--lang", "en", "print", "decision", "--club")
    assert code == 2
    assert "ishc print: argument --club: expected one argument" in err
    code, _, err = run(capsys, "--lang", "en", "demo", "--clubs", "ten")
    assert "argument --clubs: must be a whole number in the digits 0-9, not too large: “ten”" \
        in err
    code, _, err = run(capsys, "--lang", "en", "clubs", "--bogus")
    assert err.splitlines()[-1] == "ishc: unrecognized arguments: --bogus"

    code, _, err = run(capsys, "clubs", "--bogus")
    assert err.splitlines()[-1] == "ishc: tham số không nhận ra: --bogus"


def test_every_argparse_word_is_a_word_argparse_uses():
    import argparse
    import inspect

    from ui.cli.argparse_words import PLURAL_WORDS, WORDS

    source = inspect.getsource(argparse)
    for message in WORDS:
        assert repr(message)[1:-1] in source or message in source, message
    for singular, plural in PLURAL_WORDS:
        assert singular in source and plural in source
