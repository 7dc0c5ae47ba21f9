"""Offices that share no database reach the same figures as one shared database: clubs send
their approved snapshots to the ward office, the ward to the province, provinces to the
nation, each through signed packages."""

from __future__ import annotations

import datetime as dt

from models.demo.demo import fill_demo
from models.exchange import inbox, keys, outbox
from models.reporting import indicators
from models.reporting.figures import club_figures, running_clubs
from models.reporting.snapshot import ChildRow, Snapshot, aggregate
from models.storage.schema import Club
from tests.conftest import TODAY
from tests.domain.exchange_helpers import PDF, LooseKey, unit_office, use, ward_office

YEAR = 2026
START, END = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)


def approved(level: str, code: str, name: str, parent: str, figs: dict[str, int],
             children=()) -> Snapshot:
    return Snapshot(level, code, name, parent, YEAR, 1, figs, children,
                    approved_by="Hoàng Văn Bình", approved_title="Chủ tịch Hội NCT",
                    approved_at="2027-01-12T10:00:00")


def send(database, snap: Snapshot) -> tuple[bytes, bytes]:
    """(package, public key file) of `snap` from the office of `database`."""
    use(database)
    return outbox.build_package(snap, PDF), keys.public_key_file()


def test_club_to_ward_to_province_by_packages_equals_one_shared_database(db):
    # One shared database: the clubs' data, the ward's and the province's figures.
    shared = db
    fill_demo(3, seed=7, today=TODAY)
    clubs = {c.id: (c.code, c.name) for c in Club.select()}
    per_club = club_figures(running_clubs(END), START, END, today=TODAY)
    ward_figs, ward_rows = aggregate("ward", "1840", "Phường Đức Xuân", "19", YEAR, [
        approved("club", clubs[cid][0], clubs[cid][1], "1840", f) for cid, f in per_club.items()])
    shared_province, _ = aggregate("province", "19", "Tỉnh Thái Nguyên", "VN", YEAR, [
        approved("ward", "1840", "Phường Đức Xuân", "19", ward_figs, ward_rows)])
    assert shared_province["clubs"] == len(per_club) >= 2
    assert shared_province["members"] > 100 and shared_province["fund_income_balance"] > 0

    # Each club keeps its own copy and sends its approved snapshot to the ward office.
    sent = [send(unit_office("club", clubs[cid][0]),
                 approved("club", clubs[cid][0], clubs[cid][1], "1840", f))
            for cid, f in per_club.items()]
    ward = ward_office()
    for data, key_file in sent:
        keys.trust_key(key_file)
        inbox.import_package(data)
    below = inbox.received_snapshots("club", "1840", YEAR)
    assert [s.unit_code for s in below] == sorted(clubs[cid][0] for cid in per_club)
    figs, rows = aggregate("ward", "1840", "Phường Đức Xuân", "19", YEAR, below)
    assert figs == ward_figs
    ward_package, ward_key = send(ward, approved("ward", "1840", "Phường Đức Xuân", "19", figs,
                                                 rows))

    # The province office receives the ward's package and adds up.
    province = unit_office("province", "19")
    keys.trust_key(ward_key)
    inbox.import_package(ward_package)
    got = inbox.received_snapshots("ward", "19", YEAR)
    province_figs, province_rows = aggregate("province", "19", "Tỉnh Thái Nguyên", "VN", YEAR,
                                             got)
    assert province_figs == shared_province
    assert [c.unit_code for c in got[0].children] == [r.unit_code for r in ward_rows]
    use(shared)
    for other in (ward, province):
        other.close()


def province_snapshots(count: int = 34, children: int = 100) -> list[Snapshot]:
    """Province snapshots shaped like demo data: each province's wards with clubs, members
    and money in the proportions of a demo commune."""
    from models.storage.schema import Province

    out = []
    for p_index, p in enumerate(Province.select().order_by(Province.code).limit(count)):
        rows = []
        for w in range(children):
            clubs = 1 + (p_index * 7 + w) % 5
            figs = indicators.empty() | {
                "clubs": clubs, "members": clubs * 60 + w % 9, "members_women": clubs * 40,
                "members_older": clubs * 45, "borrowers": clubs * 20 + w % 3,
                "meetings_held": clubs * 11, "meeting_months": clubs * 12,
                "fund_income_balance": clubs * 61_172_000 + w * 1000,
                "fund_activity_balance": clubs * 5_403_000,
                "loans_disbursed_amount": clubs * 28_800_000}
            rows.append(figs)
        children_rows = tuple(ChildRow(f"{p.code * 1000 + w}", f"Xã/phường số {w + 1}", f)
                              for w, f in enumerate(rows))
        out.append(Snapshot("province", str(p.code), p.name, "VN", YEAR, 1,
                            indicators.add_up(rows), children_rows,
                            approved_by="Trần Văn An", approved_title="Chủ tịch",
                            approved_at="2027-02-01T09:00:00"))
    return out


def test_national_office_adds_up_34_province_packages(db):
    from models.exchange import units

    units.set_office_unit("nation", "VN")
    provinces = province_snapshots()
    assert len(provinces) == 34
    for snap in provinces:
        key = LooseKey("province", snap.unit_code, snap.unit_name)
        keys.trust_key(key.key_file())
        inbox.import_package(key.package(snap))
    got = inbox.received_snapshots("province", "VN", YEAR)
    assert [s.unit_code for s in got] == sorted(s.unit_code for s in provinces)
    national, rows = aggregate("nation", "VN", "Việt Nam", "", YEAR, got)
    assert national == indicators.add_up([s.figures for s in provinces])
    assert national["clubs"] == sum(s.figures["clubs"] for s in provinces) > 34 * 100
    assert len(rows) == 34 and len(inbox.received_packages(YEAR)) == 34


def test_the_ward_office_signs_off_from_received_packages_and_sends_its_own(db):
    """The sign-off chain and the exchange together: club packages received by a ward office
    that keeps no club data are what its report adds up; once approved, the ward's report
    leaves as a package the province office adds up to the same figures."""
    from models.office import settings
    from models.signoff import archive, reports
    from models.signoff.aggregate import snapshots_below

    shared = db
    fill_demo(3, seed=7, today=TODAY)
    clubs = {c.id: (c.code, c.name) for c in Club.select()}
    per_club = club_figures(running_clubs(END), START, END, today=TODAY)
    sent = [send(unit_office("club", clubs[cid][0]),
                 approved("club", clubs[cid][0], clubs[cid][1], "1840", f))
            for cid, f in per_club.items()]
    ward = ward_office()
    settings.save_issuing_bodies([settings.IssuingBodyInput(
        "HNCT", "HỘI NGƯỜI CAO TUỔI PHƯỜNG ĐỨC XUÂN", signer_title="Chủ tịch",
        signer_name="Hoàng Thị Lan")])
    for data, key_file in sent:
        keys.trust_key(key_file)
        inbox.import_package(data)
    below = snapshots_below("ward", "1840", YEAR)
    assert [s.unit_code for s in below] == sorted(clubs[cid][0] for cid in per_club)
    after_year = dt.date(YEAR + 1, 1, 20)
    assert archive.approved_report("ward", "1840", YEAR) is None  # nothing approved yet
    reports.submit("ward", "1840", YEAR)
    reports.approve("ward", "1840", YEAR, "Hoàng Thị Lan", "Chủ tịch Hội NCT phường",
                    today=after_year)
    snap, pdf = archive.approved_report("ward", "1840", YEAR)
    assert pdf.startswith(b"%PDF") and snap.figures == indicators.add_up(list(per_club.values()))
    ward_key = keys.public_key_file()
    ward_package = outbox.build_package(snap, pdf)

    province = unit_office("province", "19")
    keys.trust_key(ward_key)
    inbox.import_package(ward_package)
    got = inbox.received_snapshots("ward", "19", YEAR)
    assert [s.figures for s in got] == [snap.figures]
    use(shared)
    for other in (ward, province):
        other.close()
