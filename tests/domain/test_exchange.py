"""Signed report packages between offices that share no database: the office's key, trusted
keys, building and verifying packages, and every refusal of an import, named."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from models.accounts.audit import check_chain
from models.errors import ValidationError
from models.exchange import inbox, keys, outbox, package, units
from models.exchange.tables import OfficeKey, ReceivedReport
from models.storage.schema import AuditLog
from tests.domain.exchange_helpers import PDF, LooseKey, snapshot, use, ward_office


@pytest.fixture
def province(db):
    """This test's database as the office of Thái Nguyên province (19)."""
    units.set_office_unit("province", "19")
    return db


def refused(action, code: str, field: str = "package") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        action()
    assert (caught.value.field, caught.value.code) == (field, code), caught.value.problems
    return caught.value


def ward_package(province_db, *, ward: int = 1840, version: int = 1, year: int = 2026,
                 members: int = 180, pdf: bytes = PDF, trust: bool = True) -> bytes:
    """A package built by a ward office of its own (its key trusted by the province)."""
    ward_office(ward)
    snap = snapshot("ward", str(ward), "19", year=year, version=version,
                    figs=snapshot("ward", "x", "19").figures | {"members": members})
    data = outbox.build_package(snap, pdf)
    key_file = keys.public_key_file()
    use(province_db)
    if trust:
        keys.trust_key(key_file)
    return data


def test_office_key_is_made_once_and_never_leaves_the_database(db):
    first = keys.own_key()
    assert keys.own_key() == first and OfficeKey.select().count() == 1
    assert len(first.grouped.split()) == 8 and all(len(g) == 4 for g in first.grouped.split())
    body = keys.public_key_file()
    assert first.fingerprint in body.decode() and b"PRIVATE" not in body
    private = bytes(OfficeKey.get().private_pkcs8)
    assert private not in body and private.hex() not in body.decode()
    # the audit row of its creation names the fingerprint only
    row = AuditLog.get(AuditLog.entity == "office_key")
    assert first.fingerprint in row.after and len(row.after) < 120
    assert keys.read_key_file(body).fingerprint == first.fingerprint


def test_package_snapshot_bytes_are_the_snapshot_canonical_form():
    from models.reporting.snapshot import ChildRow

    rows = tuple(ChildRow(f"{1840 + i}", f"Phường số {i} «Đức Xuân»", {"clubs": i, "members": 60},
                          version=i + 1) for i in range(3))
    for snap in (snapshot("ward", "1840", "19"), snapshot("province", "19", "VN", children=rows),
                 snapshot("club", "DX01", "1840", name='CLB "Tổ 1"\n')):
        narrated = type(snap)(**{**snap.__dict__, "narrative": {"results": "Tốt\t✓",
                                                                 "proposals": ""}})
        for s in (snap, narrated):
            assert package.snapshot_bytes(s) == s.canonical()


def test_round_trip_sign_then_verify_and_store(province):
    data = ward_package(province)
    verdict = inbox.import_package(data)
    got = inbox.received_snapshots("ward", "19", 2026)
    assert [s.unit_code for s in got] == ["1840"] and got[0].figures["members"] == 180
    assert inbox.received_report(verdict.received.id)[1] == PDF
    assert verdict.replaces is None and verdict.received.latest
    row = ReceivedReport.get()
    assert row.package_sha256 == package.parse(data).file_sha256
    assert AuditLog.select().where(AuditLog.entity == "received_report").count() == 1
    assert check_chain() is None
    listed = inbox.received_packages(2026)
    assert [(r.unit_code, r.version, r.pdf_size) for r in listed] == [("1840", 1, len(PDF))]


def test_one_byte_changed_anywhere_is_refused(province):
    data = ward_package(province)
    reasons = set()
    changes = [data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:] for i in range(len(data))]
    changes += [data[:i] + b" " + data[i:] for i in range(0, len(data) + 1, 97)]
    changes += [data + b"\n", data[:-1], b"\xef\xbb\xbf" + data]
    for changed in changes:
        with pytest.raises(ValidationError) as caught:
            inbox.check_package(changed)
        reasons.add(caught.value.code)
    assert {"bad_signature", "snapshot_hash", "pdf_hash", "not_canonical",
            "unknown_key"} <= reasons, reasons
    assert ReceivedReport.select().count() == 0
    inbox.import_package(data)  # the file itself is still good


def test_unknown_revoked_and_other_unit_keys_are_refused(province):
    stranger = LooseKey("ward", "1840", "Phường Đức Xuân")
    snap = snapshot("ward", "1840", "19")
    e = refused(lambda: inbox.import_package(stranger.package(snap)), "unknown_key")
    assert e.params["fingerprint"] == stranger.info.grouped
    keys.trust_key(stranger.key_file())
    keys.revoke_key(stranger.info.fingerprint[:12], "máy bị mất")
    refused(lambda: inbox.import_package(stranger.package(snap)), "revoked_key")
    # a key trusted for ward 1843 signing a report of ward 1840
    other = LooseKey("ward", "1843", "Phường Bắc Kạn")
    keys.trust_key(other.key_file())
    refused(lambda: inbox.import_package(other.package(snap)), "key_other_unit")
    assert ReceivedReport.select().count() == 0


def test_duplicate_and_older_versions_are_refused_and_newer_replaces(province):
    key = LooseKey("ward", "1840", "Phường Đức Xuân")
    keys.trust_key(key.key_file())
    v1 = key.package(snapshot("ward", "1840", "19", version=1))
    v2 = key.package(snapshot("ward", "1840", "19", version=2,
                              figs=snapshot("ward", "x", "19").figures | {"members": 200}))
    inbox.import_package(v2)
    refused(lambda: inbox.import_package(v2), "package_duplicate")
    e = refused(lambda: inbox.import_package(v1), "older_version")
    assert (e.params["version"], e.params["held"]) == (1, 2)
    v2_other = key.package(snapshot("ward", "1840", "19", version=2))
    refused(lambda: inbox.import_package(v2_other), "same_version_differs")
    v3 = key.package(snapshot("ward", "1840", "19", version=3,
                              figs=snapshot("ward", "x", "19").figures | {"members": 210}))
    verdict = inbox.import_package(v3)
    assert verdict.replaces == 2
    assert [s.figures["members"] for s in inbox.received_snapshots("ward", "19", 2026)] == [210]
    listed = inbox.received_packages(2026)
    assert [(r.version, r.latest) for r in listed] == [(3, True), (2, False)]
    older = inbox.received_report(listed[1].id)[0]  # the older stays readable
    assert older.version == 2 and older.figures["members"] == 200


def test_units_not_below_this_office_are_refused(province):
    # a ward of Hà Nội (province 1) is not below Thái Nguyên, whatever its key says
    hanoi = LooseKey("ward", "4", "Phường Ba Đình")
    refused(lambda: keys.trust_key(hanoi.key_file()), "not_below", "unit")
    # a province's key cannot be trusted by a province office either
    refused(lambda: keys.trust_key(LooseKey("province", "20", "Lạng Sơn").key_file()),
            "not_below", "unit")
    # a trusted ward whose package claims another parent
    key = LooseKey("ward", "1840", "Phường Đức Xuân")
    keys.trust_key(key.key_file())
    refused(lambda: inbox.import_package(key.package(snapshot("ward", "1840", "20"))),
            "not_below")


def test_trusting_refuses_what_is_not_a_new_key_for_this_unit(province):
    key = LooseKey("ward", "1840", "Phường Đức Xuân")
    for bad in (b"", b"hello", b"{}", b"[1, 2]", b"\xff\xfe", b'{"kind": "ishc-public-key"}',
                json.dumps({"kind": "ishc-public-key", "level": "ward", "unit_code": "1840",
                            "unit_name": "x", "public_key": "AAAA"}).encode()):
        refused(lambda bad=bad: keys.trust_key(bad), "not_a_key", "key_file")
    tampered = json.loads(key.key_file())
    tampered["fingerprint"] = "0" * 64
    refused(lambda: keys.trust_key(json.dumps(tampered).encode()), "fingerprint_mismatch",
            "key_file")
    refused(lambda: keys.trust_key(key.key_file(), "1843"), "claim_mismatch", "unit")
    shown = keys.check_trust(key.key_file())
    assert (shown.unit_code, shown.unit_name) == ("1840", "Phường Đức Xuân")
    keys.trust_key(key.key_file(), "01840")  # the same official number
    refused(lambda: keys.trust_key(key.key_file()), "already_trusted", "key_file")
    other = json.loads(key.key_file())
    other.update(unit_code="1843", unit_name="Phường Bắc Kạn")
    other_file = json.dumps(other).encode()
    refused(lambda: keys.trust_key(other_file), "trusted_for_other", "key_file")
    refused(lambda: keys.trust_key(keys.public_key_file()), "not_below", "unit")
    # a bare PEM key claims no unit: --unit names it
    from cryptography.hazmat.primitives import serialization

    loose = LooseKey("", "", "")
    pem = loose.private.public_key().public_bytes(serialization.Encoding.PEM,
                                                  serialization.PublicFormat.SubjectPublicKeyInfo)
    refused(lambda: keys.trust_key(pem), "required", "unit")
    row = keys.trust_key(pem, "1843")
    assert (row.level, row.unit_code) == ("ward", "1843")
    assert [k.unit_code for k in keys.trusted_keys()] == ["1840", "1843"]
    refused(lambda: keys.revoke_key("12"), "too_short", "fingerprint")


def test_hostile_and_malformed_files_are_refused_with_a_reason(province, monkeypatch, tmp_path):
    key = LooseKey("ward", "1840", "Phường Đức Xuân")
    keys.trust_key(key.key_file())
    good = key.package(snapshot("ward", "1840", "19"))
    body = json.loads(good)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("snapshot.json", b"0" * 50_000_000)
    cases = {
        b"": "not_a_package", b"\x00" * 100: "not_a_package", bomb.getvalue(): "not_a_package",
        b"[" * 200_000 + b"]" * 200_000: "not_a_package",
        b'{"kind": "ishc-report-package", "format": 2}': "unknown_format",
        json.dumps(dict(body, extra=1)).encode(): "malformed",
        json.dumps(dict(body, pdf=123)).encode(): "malformed",
        json.dumps(dict(body, pdf="not base64!")).encode(): "malformed",
        json.dumps(dict(body, manifest=dict(body["manifest"], year="2026"))).encode():
            "malformed",
        json.dumps(dict(body, manifest=dict(body["manifest"], version=True))).encode():
            "malformed",
        json.dumps(body, indent=1).encode(): "not_canonical",
        # millions of tiny values where the manifest belongs: refused without parsing them
        b'{"format":1,"kind":"ishc-report-package","manifest":[' + b"0," * 2_000_000 + b"0]}":
            "malformed",
        b"[" + b"0," * 2_000_000 + b"0]": "not_a_package",
    }
    for data, code in cases.items():
        refused(lambda data=data: inbox.import_package(data), code)
    # a snapshot signed by a trusted key but not one the program wrote
    evil = snapshot("ward", "1840", "19")
    manifest = package.manifest_of(evil, PDF, key.info.fingerprint, package.dt.datetime.now())
    for bad_snapshot in (b'{"level":"ward"}', b"[" * 5000 + b"]" * 5000):
        m = dict(manifest, snapshot_sha256=package.hashlib.sha256(bad_snapshot).hexdigest())
        data = package.assemble(m, bad_snapshot, PDF, key.private.sign(package.signed_bytes(m)))
        refused(lambda data=data: inbox.import_package(data), "bad_snapshot")
    # bounded reading: a file over the limit is refused before it is read whole
    monkeypatch.setattr(package, "MAX_FILE", 1000)
    big = tmp_path / "big.pkg"
    big.write_bytes(b" " * 5000)
    refused(lambda: package.read_file(big), "too_large")
    refused(lambda: package.read_file(tmp_path), "file_unreadable")
    refused(lambda: package.read_file(tmp_path / "missing.pkg"), "file_unreadable")
    assert ReceivedReport.select().count() == 0


def test_a_package_carries_only_the_office_own_report(db):
    key_office = ward_office()
    refused(lambda: outbox.build_package(snapshot("ward", "1843", "19"), PDF), "not_own_unit",
            "unit")
    refused(lambda: outbox.build_package(snapshot("ward", "1840", "19"), b"<html>"), "not_pdf")
    named = snapshot("ward", "1840", "19", name="Phường Đức Xuân 0912345678")
    refused(lambda: outbox.build_package(named, PDF), "package_personal_data")
    wrong = snapshot("ward", "1840", "19")
    wrong = type(wrong)(**{**wrong.__dict__, "pdf_sha256": "0" * 64})
    refused(lambda: outbox.build_package(wrong, PDF), "pdf_not_approved")
    use(db)
    key_office.close()


def test_migrating_a_version_6_database_adds_the_exchange_tables(tmp_path, monkeypatch):
    import peewee as pw

    from models.exchange.tables import TABLES
    from models.storage import db as dbmod
    from models.storage.migrations import LATEST_VERSION, migrate
    from models.storage.schema import SchemaVersion

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "v6.sqlite3"
    database = dbmod.bind(pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1}))
    database.connect()
    migrate(database)
    keys.own_key()
    database.drop_tables(TABLES)
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=6, note="supervision")
    assert not database.table_exists("received_report")
    assert migrate(database) == 6
    assert all(database.table_exists(t._meta.table_name) for t in TABLES)
    assert SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar() == LATEST_VERSION
    keys.own_key()
    database.close()


def test_the_check_names_a_received_report_changed_behind_the_program(province):
    from models.exchange.checks import received_checks
    from models.storage import integrity

    inbox.import_package(ward_package(province))
    assert received_checks() == []
    province.execute_sql("UPDATE received_report SET snapshot_json = "
                         "REPLACE(snapshot_json, '\"members\":180', '\"members\":181')")
    (found,) = received_checks()
    assert (found.code, found.params["unit"], found.params["version"]) == (
        "received_report_changed", "1840", 1)
    assert found in integrity.tamper_checks()


def test_who_may_trust_send_and_receive(province):
    from models.accounts.access import AccessDenied
    from models.accounts.session import set_user
    from tests.domain.privacy_helpers import as_user, create_accounts

    key = LooseKey("ward", "1840", "Phường Đức Xuân")
    data = key.package(snapshot("ward", "1840", "19"))
    create_accounts()  # a clerk of ward 1840 is signed in
    try:
        with pytest.raises(AccessDenied):
            keys.trust_key(key.key_file())  # trusting a key is the administrator's
        set_user(as_user("admin", province=19))
        keys.trust_key(key.key_file())
        set_user(as_user("supervisor", province=19))  # an upper level's staff receive
        with pytest.raises(AccessDenied):
            keys.revoke_key(key.info.fingerprint)
        inbox.import_package(data)
        assert [r.unit_code for r in inbox.received_packages()] == ["1840"]
        set_user(None)
        with pytest.raises(AccessDenied):  # accounts exist: nothing without signing in
            inbox.received_snapshots("ward", "19", 2026)
    finally:
        set_user(None)
