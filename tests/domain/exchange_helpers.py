"""What the exchange tests share: offices with databases of their own (each a fresh in-memory
SQLite, bound in turn, as two offices that share nothing), snapshots, and packages signed with
a key that has no database (for the many provinces of a national office)."""

from __future__ import annotations

import datetime as dt

import peewee as pw
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.exchange import keys, package
from models.reporting import indicators
from models.reporting.snapshot import ChildRow, Snapshot
from models.storage import db as dbmod
from models.storage.migrations import migrate

SIGNED_AT = dt.datetime(2027, 1, 15, 9, 30)
PDF = b"%PDF-1.4\n% a report\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def new_database() -> pw.Database:
    """A new office's empty database, migrated and bound (the tests' `db` is left aside)."""
    database = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    dbmod.bind(database)
    database.connect()
    migrate(database)
    return database


def use(database: pw.Database) -> pw.Database:
    """Work in this office's database from now on."""
    return dbmod.bind(database)


def ward_office(ward_code: int = 1840, name: str = "UBND phường Đức Xuân") -> pw.Database:
    from models.office import settings

    database = new_database()
    settings.save_office(settings.OfficeSettings(ward_code=ward_code, office_name=name))
    return database


def unit_office(level: str, code: str) -> pw.Database:
    """A province office (code = province code), the national office ("VN"), or a club
    keeping its own copy (the club is created in ward 1840)."""
    from models.exchange import units

    database = ward_office()
    if level == "club":
        from models.clubs.clubs import ClubInput, create_club

        create_club(ClubInput(code=code, name=f"CLB Liên thế hệ {code}", ward_code=1840))
    units.set_office_unit(level, code)
    return database


def figures(**values: int) -> dict[str, int]:
    return dict(indicators.empty(), **values)


def snapshot(level: str, code: str, parent: str, *, year: int = 2026, version: int = 1,
             name: str = "", figs: dict[str, int] | None = None,
             children: tuple[ChildRow, ...] = ()) -> Snapshot:
    return Snapshot(level, code, name or f"Đơn vị {code}", parent, year, version,
                    figs if figs is not None else figures(clubs=3, members=180),
                    children, approved_by="Nguyễn Thị Hoa", approved_title="Chủ tịch",
                    approved_at="2027-01-10T08:00:00")


class LooseKey:
    """A key pair with no database: signs packages as `build_package` does."""

    def __init__(self, level: str, code: str, name: str) -> None:
        self.private = Ed25519PrivateKey.generate()
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)
        self.info = keys.PublicKeyInfo(keys.fingerprint(raw), raw, level, code, name)

    def key_file(self) -> bytes:
        return keys.key_file(self.info)

    def package(self, snap: Snapshot, pdf: bytes = PDF) -> bytes:
        body = package.snapshot_bytes(snap)
        manifest = package.manifest_of(snap, pdf, self.info.fingerprint, SIGNED_AT, body)
        signature = self.private.sign(package.signed_bytes(manifest))
        return package.assemble(manifest, body, pdf, signature)
