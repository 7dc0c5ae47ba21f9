"""First-run setup: office, issuing bodies and villages are written together or not at all."""

import json

import pytest

from models.errors import ValidationError
from models.office import settings
from models.office.admin_units import villages_of
from models.office.office_setup import (
    VillageLine,
    default_village_kind,
    parse_village_lines,
    setup_office,
    suggest_address,
    suggest_bodies,
    suggest_office_names,
)
from models.storage.schema import AuditLog, IssuingBody, Setting, Village, Ward

DUC_XUAN = 1840


def codes(exc):
    return {(p.field, p.code) for p in exc.problems}


def office_input(**over):
    values = dict(province_code=19, ward_code=DUC_XUAN, office_name="UBND phường Đức Xuân",
                  address="Phường Đức Xuân, tỉnh Thái Nguyên", phone="0209 3870 123",
                  clerk_name="Nguyễn Thị Lan")
    values.update(over)
    return settings.OfficeSettings(**values)


def test_suggestions_follow_the_ward(db):
    ward = Ward.get_by_id(DUC_XUAN)
    assert suggest_office_names(ward) == ["UBND phường Đức Xuân",
                                          "Hội Người cao tuổi phường Đức Xuân"]
    assert suggest_address(ward) == "Phường Đức Xuân, tỉnh Thái Nguyên"
    ubnd, hnct = suggest_bodies(ward)
    assert (ubnd.code, ubnd.name, ubnd.authority, ubnd.signer_title) == (
        "UBND", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC XUÂN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert (hnct.code, hnct.name, hnct.parent_name, hnct.authority) == (
        "HNCT", "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN", "HỘI NCT TỈNH THÁI NGUYÊN",
        "TM. BAN CHẤP HÀNH")
    assert default_village_kind(ward) == "tổ dân phố"
    commune = Ward.get(Ward.name == "Xã Phong Quang")
    assert suggest_office_names(commune)[0] == "UBND xã Phong Quang"
    assert default_village_kind(commune) == "thôn"
    hanoi_ward = Ward.select().where(Ward.province == 1).first()
    assert suggest_bodies(hanoi_ward)[1].parent_name == "HỘI NCT THÀNH PHỐ HÀ NỘI"


def test_parse_village_lines_reads_kind_prefixes():
    text = "Tổ 1\n  thôn  Nà Cưởm \n\nTổ dân phố số 3\nKhu phố Mới\nBản Chắt\n"
    assert [(v.kind, v.name) for v in parse_village_lines(text, "tổ dân phố")] == [
        ("tổ dân phố", "Tổ 1"), ("thôn", "Nà Cưởm"), ("tổ dân phố", "số 3"),
        ("khu phố", "Mới"), ("bản", "Chắt")]
    # A line that is only a kind word is a name, not an empty village.
    assert [(v.kind, v.name) for v in parse_village_lines("Thôn", "thôn")] == [("thôn", "Thôn")]


def test_setup_writes_everything_with_audit(db):
    bodies = suggest_bodies(Ward.get_by_id(DUC_XUAN))
    bodies[0].signer_name = "Hoàng  Văn Thụ"
    bodies[0].signer_title = "kt. chủ tịch\n phó chủ tịch "
    result = setup_office(office_input(), bodies,
                          parse_village_lines("Tổ 1\nTổ 2\nThôn Nà Cưởm", "tổ dân phố"))
    office = settings.load(settings.OfficeSettings)
    assert office.configured and office.ward_code == DUC_XUAN and office.province_code == 19
    assert office.phone == "0209 3870 123"
    stored = settings.issuing_bodies()
    assert [b.code for b in stored] == ["UBND", "HNCT"]
    assert stored[0].signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"  # the line break is kept
    assert stored[0].signer_name == "Hoàng Văn Thụ"
    assert [(v.kind, v.name) for v in villages_of(DUC_XUAN)] == [
        ("thôn", "Nà Cưởm"), ("tổ dân phố", "Tổ 1"), ("tổ dân phố", "Tổ 2")]
    assert [v.name for v in result.villages] == ["Tổ 1", "Tổ 2", "Nà Cưởm"]
    entities = [a.entity for a in AuditLog.select().order_by(AuditLog.id)]
    assert entities.count("setting") == 1
    assert entities.count("issuing_body") == 2
    assert entities.count("village") == 3
    summary = AuditLog.get(AuditLog.entity == "setup")
    assert json.loads(summary.after)["bodies"] == ["UBND", "HNCT"]


def test_a_bad_part_writes_nothing(db):
    bodies = suggest_bodies(Ward.get_by_id(DUC_XUAN))
    bodies[1].code = "UBND"  # same symbol twice
    with pytest.raises(ValidationError) as err:
        setup_office(office_input(), bodies, [VillageLine("Tổ 1", "tổ dân phố")])
    assert codes(err.value) == {("bodies[1].body_code", "duplicate")}
    bad_villages = [VillageLine("Tổ 1", "tổ dân phố"), VillageLine("to 1", "tổ dân phố"),
                    VillageLine("Tổ 9", "làng"), VillageLine("x" * 101, "thôn")]
    with pytest.raises(ValidationError) as err:
        setup_office(office_input(office_name=" "), suggest_bodies(Ward.get_by_id(DUC_XUAN)),
                     bad_villages)
    assert codes(err.value) == {("office_name", "required"),
                                ("villages[1].name", "duplicate_in_list"),
                                ("villages[2].kind", "invalid"),
                                ("villages[3].name", "too_long")}
    dup = next(p for p in err.value.problems if p.code == "duplicate_in_list")
    assert dup.params == {"value": "to 1", "other": 1}
    with pytest.raises(ValidationError) as err:
        setup_office(office_input(ward_code=None, province_code=None),
                     [settings.IssuingBodyInput(code="UB ND", name="")], [])
    assert codes(err.value) == {("ward_code", "required"), ("bodies[0].body_code", "bad_symbol"),
                                ("bodies[0].name", "required")}
    with pytest.raises(ValidationError) as err:
        setup_office(office_input(province_code=1), suggest_bodies(Ward.get_by_id(DUC_XUAN)))
    assert codes(err.value) == {("ward_code", "not_in_province")}
    assert Setting.select().where(Setting.key != "database_id").count() == 0
    assert IssuingBody.select().count() == 0
    assert Village.select().count() == 0
    assert AuditLog.select().count() == 0


def test_a_failure_while_writing_rolls_back_every_part(db, monkeypatch):
    from models.office import office_setup

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(office_setup.villages, "add_village", boom)
    with pytest.raises(RuntimeError):
        setup_office(office_input(), suggest_bodies(Ward.get_by_id(DUC_XUAN)),
                     [VillageLine("Tổ 1", "tổ dân phố")])
    # (the database's own id is written with the database, not by the office set-up)
    assert Setting.select().where(Setting.key != "database_id").count() == 0
    assert IssuingBody.select().count() == 0
    assert AuditLog.select().count() == 0


def test_running_setup_again_updates_and_skips_known_villages(office):
    bodies = suggest_bodies(Ward.get_by_id(DUC_XUAN))
    setup_office(office_input(), bodies)
    result = setup_office(office_input(office_name="Hội NCT phường Đức Xuân"), bodies[1:],
                          parse_village_lines("tổ 1\nTổ 5", "tổ dân phố"))
    assert result.skipped_villages == ["tổ 1"]
    assert [v.name for v in result.villages] == ["Tổ 5"]
    assert [b.code for b in settings.issuing_bodies()] == ["HNCT"]
    assert settings.load(settings.OfficeSettings).office_name == "Hội NCT phường Đức Xuân"
    assert Village.select().where(Village.ward == DUC_XUAN).count() == 4


def test_before_any_account_the_clerk_named_at_set_up_acts(db):
    import getpass

    from models.accounts.session import NO_CLERK, current_actor, set_actor

    set_actor("")  # no account, no script name: as the window on a fresh office PC
    try:
        assert current_actor() == NO_CLERK != getpass.getuser()
        with pytest.raises(ValidationError) as err:
            setup_office(office_input(clerk_name="  "), suggest_bodies(Ward.get_by_id(DUC_XUAN)))
        assert codes(err.value) == {("clerk_name", "required")}
        setup_office(office_input(), suggest_bodies(Ward.get_by_id(DUC_XUAN)))
        assert current_actor() == "Nguyễn Thị Lan"
        assert {a.actor for a in AuditLog.select()} == {"Nguyễn Thị Lan"}
    finally:
        set_actor("test")
