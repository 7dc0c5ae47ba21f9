"""Command line: `keys show|trust|list|revoke|unit`, `export-package` (refused while the
sign-off module is absent; with a source of approved reports it writes a signed package) and
`import-package` (the verdict in one line, a refusal naming what failed, never a traceback)."""

from __future__ import annotations

import pytest

from tests.domain.cli_helpers import run
from tests.domain.exchange_helpers import PDF, snapshot


@pytest.fixture
def offices(tmp_path, capsys, monkeypatch):
    """A ward office (Đức Xuân) and the office of its province (Thái Nguyên), two files."""
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    ward, province = str(tmp_path / "ward.sqlite3"), str(tmp_path / "province.sqlite3")
    for path, office in ((ward, "UBND phường Đức Xuân"), (province, "Hội NCT tỉnh Thái Nguyên")):
        code, _, err = run(capsys, "--db", path, "init", "--ward", "1840", "--office", office)
        assert code == 0, err
    code, out, err = run(capsys, "--db", province, "keys", "unit", "--level", "province",
                         "--code", "19")
    assert code == 0 and "Tỉnh Thái Nguyên" in out, err
    return ward, province


def test_keys_trust_export_and_import(offices, capsys, tmp_path, monkeypatch):
    from ui.cli import exchange

    ward, province = offices
    key_file = tmp_path / "ducxuan.key"
    code, out, err = run(capsys, "--db", ward, "keys", "show", "-o", str(key_file))
    assert code == 0, err
    fingerprint = out.splitlines()[0].split(": ")[1]
    assert len(fingerprint.split()) == 8 and "Xã/phường 1840" in out
    code, again, _ = run(capsys, "--db", ward, "keys", "show")
    assert again.splitlines()[0] == out.splitlines()[0]  # one key, made once
    code, out, err = run(capsys, "--db", province, "keys", "trust", str(key_file))
    assert code == 0 and fingerprint in out and "Phường Đức Xuân" in out, err
    code, _, err = run(capsys, "--db", province, "keys", "trust", str(key_file))
    assert code == 1 and "đã được tin cậy" in err
    (tmp_path / "big.key").write_bytes(b"{" * 100_000)
    code, _, err = run(capsys, "--db", province, "keys", "trust", str(tmp_path / "big.key"))
    assert code == 1 and "tệp lớn quá 64 KB" in err and "Traceback" not in err
    (tmp_path / "notes.key").write_text("khóa của phường, gửi sau")
    code, _, err = run(capsys, "--db", province, "keys", "trust", str(tmp_path / "notes.key"))
    assert code == 1 and "không phải là khóa công khai" in err
    code, out, _ = run(capsys, "--db", province, "keys", "list")
    assert out.split("\t")[:3] == [fingerprint, "Xã/phường", "1840"]

    # export: the approved report of the sign-off chain (a stand-in here; the chain itself
    # is tried in test_exchange_chain.py)
    package_file = tmp_path / "ducxuan-2026.ishcpkg"
    from models.signoff.archive import approved_report

    assert exchange.approved_source() is approved_report
    approved = {("ward", "1840", 2026): (snapshot("ward", "1840", "19"), PDF)}
    monkeypatch.setattr(exchange, "approved_source",
                        lambda: lambda level, unit, year: approved.get((level, unit, year)))
    for target in (ward, ward + "-wal"):  # the database is never the package
        code, _, err = run(capsys, "--db", ward, "export-package", "--year", "2026", "-o",
                           target, "--force")
        assert code == 1 and "cơ sở dữ liệu đang mở" in err
    code, _, err = run(capsys, "--db", ward, "export-package", "--year", "2025", "-o",
                       str(package_file))
    assert code == 1 and "chưa có báo cáo năm 2025" in err
    code, out, err = run(capsys, "--db", ward, "export-package", "--year", "2026", "-o",
                         str(package_file))
    assert code == 0 and package_file.exists(), err
    code, _, err = run(capsys, "--db", ward, "export-package", "--year", "2026", "-o",
                       str(package_file))
    assert code == 1 and "--force" in err  # an existing file is not overwritten unasked

    code, out, err = run(capsys, "--db", province, "import-package", str(package_file))
    assert code == 0, err
    assert out.startswith("Đã nhận báo cáo năm 2026 của Xã/phường 1840") and fingerprint in out
    code, _, err = run(capsys, "--db", province, "import-package", str(package_file))
    assert code == 1 and "đã được nhận trước đó" in err
    altered = tmp_path / "altered.ishcpkg"
    data = bytearray(package_file.read_bytes())
    data[len(data) // 2] ^= 1
    altered.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", province, "import-package", str(altered))
    assert code == 1 and err.startswith("Gói báo cáo: ") and "Traceback" not in err
    code, _, err = run(capsys, "--db", province, "import-package", str(tmp_path))
    assert code == 1 and "không đọc được tệp" in err

    code, out, err = run(capsys, "--db", province, "keys", "revoke", fingerprint[:9])
    assert code == 0 and "Đã thu hồi" in out, err
    code, _, err = run(capsys, "--db", province, "keys", "revoke", fingerprint[:9])
    assert code == 1 and "đã bị thu hồi" in err
    code, _, err = run(capsys, "--db", province, "keys", "unit", "--level", "ward")
    assert code == 2
