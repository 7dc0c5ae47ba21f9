"""What backups and restores protect: who may take the data away in a file, what a restore
accepts, who may restore, and what a restore keeps (audit rows, anonymisations); erased
personal details leave the older backups too."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from models.accounts.access import AccessDenied
from models.accounts.session import SignedInUser, set_actor, set_user
from models.accounts.users import UserInput, create_user, hash_password
from models.clubs.clubs import ClubInput, create_club
from models.members import members
from models.privacy import privacy
from models.storage import backup, restore
from models.storage import db as dbmod
from models.storage.migrations import LATEST_VERSION, migrate
from models.storage.schema import AuditLog, Club, Person, UserAccount, Ward
from tests.conftest import TODAY, member_input

pytestmark = pytest.mark.sqlite_only  # backups are of SQLite files
CCCD = "008158001234"
SECRET = "Khó-đoán-lắm-2026"


@pytest.fixture
def filedb(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("test")
    set_user(None)
    database = dbmod.bind(dbmod.make_database(str(tmp_path / "live.sqlite3")))
    database.connect()
    migrate(database)
    from models.office import settings

    settings.save_office(settings.OfficeSettings(ward_code=1840,
                                                 office_name="UBND phường Đức Xuân"))
    create_club(ClubInput(code="DX01", name="CLB Liên thế hệ DX01", ward_code=1840))
    yield database
    set_user(None)
    dbmod.close()


def _sign_in(username: str, role: str, ward: int | None = 1840,
             province: int | None = None) -> None:
    account = UserAccount.get(UserAccount.username == username)
    set_user(SignedInUser(account.id, username, username, role, ward, province))


def _accounts() -> None:
    """An administrator, a clerk and a supervisor (of the ward's province)."""
    province = Ward.get_by_id(1840).province_code
    create_user(UserInput("quantri", "Quản Trị", "admin", 1840, None, SECRET))
    _sign_in("quantri", "admin")
    create_user(UserInput("canbo", "Cán Bộ", "clerk", 1840, None, SECRET))
    UserAccount.create(username="giamsat", full_name="Giám Sát", role="supervisor",
                       province=province, password_hash=hash_password(SECRET))
    set_user(None)


def _former_member() -> Person:
    club = Club.get(Club.code == "DX01")
    m = members.add_member(club.id, member_input(
        full_name="Lò Văn Bí", id_number=CCCD, phone="0912345678",
        birth_date=dt.date(1958, 3, 5), joined_on=dt.date(2015, 1, 10)), today=TODAY)
    members.leave(m.id, dt.date(2019, 6, 30), "withdrew", "Về ở với con", today=TODAY)
    return Person.get_by_id(m.person_id)


def _holds(path: Path, text: str) -> bool:
    return text.encode() in Path(path).read_bytes()


# --- taking the data away in a file ---------------------------------------------------------


def test_supervisor_cannot_back_up_to_a_file(filedb, tmp_path):
    _accounts()
    _sign_in("giamsat", "supervisor", None, Ward.get_by_id(1840).province_code)
    target = tmp_path / "mang-ve.sqlite3"
    with pytest.raises(AccessDenied):
        backup.manual_backup(target)
    assert not target.exists() and not backup.can_backup_to_file()
    assert not AuditLog.select().where(AuditLog.action == "backup_to_file").exists()
    assert backup.manual_backup().exists()  # the backups folder stays open to every role


def test_admin_backup_to_a_file_is_audited(filedb, tmp_path):
    _accounts()
    _sign_in("quantri", "admin")
    (tmp_path / "usb").mkdir()  # a file of one's choice: its folder is not created
    target = backup.manual_backup(tmp_path / "usb" / "sao-luu.sqlite3")
    row = AuditLog.get(AuditLog.action == "backup_to_file")
    assert row.actor == "quantri" and json.loads(row.after)["path"] == str(target.resolve())
    con = sqlite3.connect(str(target))  # written before the file: the file holds it too
    assert con.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'backup_to_file'"
                       ).fetchone()[0] == 1
    con.close()
    _sign_in("canbo", "clerk")  # the sensitive right over the ward is the other way
    assert backup.manual_backup(tmp_path / "canbo.sqlite3").exists()
    other = Ward.select().where(Ward.code != 1840).first().code
    set_user(SignedInUser(0, "khac", "khac", "admin", other, None))
    create_club(ClubInput(code="XX01", name="CLB phường khác", ward_code=other))
    _sign_in("canbo", "clerk")
    with pytest.raises(AccessDenied):  # the file would carry another ward's members
        backup.manual_backup(tmp_path / "hai-phuong.sqlite3")


# --- what a restore accepts -----------------------------------------------------------------


def _refused(path, code, **options):
    before = Path(dbmod.sqlite_path()).read_bytes()
    with pytest.raises(backup.BackupError) as err:
        restore.restore_from(path, **options)
    assert err.value.code == code
    assert not list(backup.backups_dir().glob("*before-restore*"))
    assert Club.select().count() >= 1 and Path(dbmod.sqlite_path()).read_bytes() == before
    return err.value


def test_restore_refuses_a_file_with_three_tables(filedb, tmp_path):
    three = tmp_path / "three.sqlite3"
    con = sqlite3.connect(str(three))
    con.execute("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version, applied_at, note)")
    con.execute("INSERT INTO schema_version (version) VALUES (?)", (LATEST_VERSION,))
    con.execute("CREATE TABLE club (id INTEGER PRIMARY KEY)")
    con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    _refused(three, "backup_schema_incomplete")


def test_restore_refuses_a_file_missing_a_column(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    con.execute("ALTER TABLE ledger_entry DROP COLUMN reversal_reason")
    con.commit()
    con.close()
    err = _refused(copy, "backup_schema_incomplete")
    assert err.problems[0].params["table"] == "ledger_entry.reversal_reason"


def test_restore_refuses_a_file_with_no_accounts_table(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(str(copy))
    con.execute("DROP TABLE user_account")
    con.commit()
    con.close()
    _refused(copy, "backup_no_accounts_table")


def test_restore_of_a_backup_without_accounts_never_opens_protected_data(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")  # made before the first account
    _accounts()
    _sign_in("quantri", "admin")
    _refused(copy, "backup_no_accounts")
    restore.restore_from(copy, keep_accounts=True)
    assert {a.username for a in UserAccount.select()} == {"quantri", "canbo", "giamsat"}


def test_restore_refuses_another_office_unless_confirmed(filedb, tmp_path):
    other = backup.backup_to(tmp_path / "xa-khac.sqlite3")
    con = sqlite3.connect(str(other))
    con.execute("UPDATE setting SET value = ? WHERE key = 'office'", (json.dumps(
        {"ward_code": 1843, "office_name": "UBND xã Phong Quang"}),))
    con.commit()
    con.close()
    err = _refused(other, "backup_other_office")
    names = err.problems[0].params
    assert names == {"backup_office": "UBND xã Phong Quang (1843)",
                     "current_office": "UBND phường Đức Xuân (1840)"}
    restore.restore_from(other, other_office=True)
    from models.office import settings

    assert settings.load(settings.OfficeSettings).ward_code == 1843


# --- who may restore ------------------------------------------------------------------------


def test_restore_needs_admin_sign_in_when_the_current_data_has_accounts(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    _accounts()
    with pytest.raises(AccessDenied):  # nobody signed in
        restore.restore_from(copy, keep_accounts=True)
    _sign_in("canbo", "clerk")
    with pytest.raises(AccessDenied):
        restore.restore_from(copy, keep_accounts=True)


def _backup_with_accounts_over_data_without(tmp_path) -> Path:
    _accounts()
    copy = backup.backup_to(tmp_path / "with-accounts.sqlite3")
    dbmod.database.execute_sql("DELETE FROM user_account")  # the current data: open again
    return copy


def test_restore_needs_admin_sign_in_when_the_restored_data_has_accounts(filedb, tmp_path):
    copy = _backup_with_accounts_over_data_without(tmp_path)
    _refused(copy, "restore_needs_admin")
    _refused(copy, "restore_bad_admin", credentials=("quantri", "sai-mat-khau"))
    _refused(copy, "restore_bad_admin", credentials=("canbo", SECRET))  # not an admin
    info, _saved = restore.restore_from(copy, credentials=("QuanTri", SECRET))
    assert info.accounts == 3 and UserAccount.select().count() == 3


def test_restore_over_a_damaged_file_checks_the_admin_in_the_backup(filedb, tmp_path):
    copy = _backup_with_accounts_over_data_without(tmp_path)
    live = dbmod.sqlite_path()
    dbmod.close()
    live.write_bytes(b"hong" * 4096)
    assert backup.live_state() == "damaged"
    with pytest.raises(backup.BackupError) as err:
        restore.restore_from(copy)
    assert err.value.code == "restore_needs_admin"
    assert live.read_bytes().startswith(b"hong")
    with pytest.raises(backup.BackupError):
        restore.restore_from(copy, credentials=("quantri", "sai-mat-khau"))
    _info, saved = restore.restore_from(copy, credentials=("quantri", SECRET))
    assert "damaged" in saved.name and backup.live_state() == "ok"


# --- what a restore keeps -------------------------------------------------------------------


def test_restore_keeps_audit_rows_written_since_the_backup(filedb, tmp_path):
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    in_backup = AuditLog.select().count()
    create_club(ClubInput(code="DX02", name="CLB Liên thế hệ DX02", ward_code=1840))
    since = [(a.actor, a.entity, a.entity_id, a.action, a.after) for a in
             AuditLog.select().order_by(AuditLog.id).offset(in_backup)]
    assert since
    restore.restore_from(copy)
    assert not Club.select().where(Club.code == "DX02").exists()  # the data went back…
    rows = list(AuditLog.select().order_by(AuditLog.id))
    kept = [(a.actor, a.entity, a.entity_id, a.action, a.after)
            for a in rows[in_backup:in_backup + len(since)]]
    assert kept == since  # …the history did not: after the backup's rows, in order
    assert rows[-1].action == "restore"
    assert json.loads(rows[-1].after)["audit_rows_kept"] == len(since)
    assert [a.at for a in rows] == sorted(a.at for a in rows)


def test_restore_reapplies_an_anonymisation_done_after_the_backup(filedb, tmp_path):
    person = _former_member()
    copy = backup.backup_to(tmp_path / "copy.sqlite3")
    privacy.anonymise(person.id, today=TODAY)
    restore.restore_from(copy)
    again = Person.get_by_id(person.id)
    assert again.id_number is None and again.anonymised_at is not None
    assert again.full_name == f"{privacy.ANONYMOUS_NAME} {person.id}"
    assert not AuditLog.select().where(AuditLog.before.contains(CCCD)
                                       | AuditLog.after.contains(CCCD)).exists()
    last = AuditLog.select().order_by(AuditLog.id.desc()).get()
    assert json.loads(last.after)["anonymised_again"] == [person.id]


def test_old_backups_no_longer_hold_the_erased_cccd(filedb, tmp_path):
    usb = tmp_path / "usb"
    backup.save_settings(backup.BackupSettings(second_folder=str(usb)))
    person = _former_member()
    old = [backup.automatic_backup("daily") for _ in range(2)]
    times = [p.stat().st_mtime for p in old]
    on_usb = backup.list_backups(usb)
    assert len(on_usb) == 2 and all(_holds(p, CCCD) for p in old + on_usb)
    privacy.anonymise(person.id, today=TODAY)
    done = backup.scrub_backups()
    assert sorted(done["scrubbed"]) == sorted(old + on_usb) and not done["deleted"]
    for path in old + on_usb:
        assert not _holds(path, CCCD) and not _holds(path, "0912345678")
        assert backup.verify_backup(path).members == 1
    assert [p.stat().st_mtime for p in old] == times  # each keeps its place in the series
    assert not _holds(backup.automatic_backup("exit"), CCCD)
    assert backup.scrub_backups() == {"scrubbed": [], "deleted": []}  # nothing left to do


def test_an_unplugged_usb_stick_is_scrubbed_next_time(filedb, tmp_path):
    usb = tmp_path / "usb"
    backup.save_settings(backup.BackupSettings(second_folder=str(usb)))
    person = _former_member()
    backup.automatic_backup("daily")
    privacy.anonymise(person.id, today=TODAY)
    usb.rename(tmp_path / "unplugged")
    backup.scrub_backups()
    (tmp_path / "unplugged").rename(usb)
    [copy] = backup.list_backups(usb)
    assert _holds(copy, CCCD)
    backup.scrub_backups()
    assert not _holds(copy, CCCD)
