"""A national office imports and verifies 34 province packages, adds up the nation and prints
the national report.

Each package is shaped like a real one: a province snapshot whose per-unit table has 100 rows
(every indicator filled) and a 200 KB PDF. Timed: `import_package` of the 34 files into a
fresh national database (signature, hashes, canonical form, key's unit, versions, one
transaction and audit row each), the national figures from `received_snapshots` and the national
report drawn from them (models/signoff/printing.py). Budget
20 s. Beside it, the raw work the import cannot avoid, with the same libraries: json.loads,
the Ed25519 check and the two SHA-256 of each file, so the ratio says what the program's own
checks and the database cost.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

import peewee as pw
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.exchange import inbox, keys, package, units
from models.reporting import indicators
from models.reporting.snapshot import ChildRow, Snapshot, aggregate
from models.storage import db as dbmod
from models.storage.migrations import migrate
from tests.domain.exchange_helpers import LooseKey
from tests.perf.bench import print_table, time_ms

BUDGET_MS = 20_000.0
YEAR = 2026
PDF_BYTES = 200 * 1024


def province_snapshot(code: int, name: str, rows: int = 100) -> Snapshot:
    children = []
    for w in range(rows):
        figs = {ind: (code * 31 + w * 7 + i) % 997 for i, ind in enumerate(indicators.BY_CODE)}
        children.append(ChildRow(str(code * 1000 + w), f"Xã/phường số {w + 1}", figs))
    return Snapshot("province", str(code), name, "VN", YEAR, 1,
                    indicators.add_up([c.figures for c in children]), tuple(children),
                    approved_by="Trần Văn An", approved_title="Chủ tịch",
                    approved_at="2027-02-01T09:00:00")


def raw_verify(data: bytes, public_raw: bytes) -> None:
    body = json.loads(data)
    manifest = body["manifest"]
    Ed25519PublicKey.from_public_bytes(public_raw).verify(
        base64.b64decode(body["signature"]), package.signed_bytes(manifest))
    assert hashlib.sha256(body["snapshot"].encode()).hexdigest() == manifest["snapshot_sha256"]
    assert hashlib.sha256(base64.b64decode(body["pdf"])).hexdigest() == manifest["pdf_sha256"]


def test_import_34_province_packages_and_add_up_the_nation(tmp_path, monkeypatch):
    from models.accounts.session import set_actor
    from models.storage.schema import Province

    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path / "data"))
    set_actor("bench")
    database = dbmod.bind(pw.SqliteDatabase(str(tmp_path / "nation.sqlite3"),
                                            pragmas={"foreign_keys": 1, "journal_mode": "wal"}))
    database.connect()
    migrate(database)
    units.set_office_unit("nation", "VN")
    files = []
    for p in Province.select().order_by(Province.code):
        key = LooseKey("province", str(p.code), p.name)
        keys.trust_key(key.key_file())
        pdf = b"%PDF-1.7\n" + os.urandom(PDF_BYTES - 9)  # compressed streams look random
        files.append((key.package(province_snapshot(p.code, p.name), pdf), key.info.public_raw))
    assert len(files) == 34
    size_mb = sum(len(f) for f, _ in files) / 1e6

    def program() -> dict[str, int]:
        from models.signoff.printing import annual_report_pdf

        for data, _ in files:
            inbox.import_package(data)
        below = inbox.received_snapshots("province", "VN", YEAR)
        # the national report, a draft from the received provinces (the sign-off's own path)
        pdf, signed = annual_report_pdf("nation", "VN", YEAR)
        assert pdf.startswith(b"%PDF") and not signed
        return aggregate("nation", "VN", "Việt Nam", "", YEAR, below)[0]

    def raw() -> None:
        for data, public_raw in files:
            raw_verify(data, public_raw)

    raw_ms, _ = time_ms(raw)
    took_ms, national = time_ms(program)
    assert national["clubs"] == sum(
        province_snapshot(p.code, p.name).figures["clubs"] for p in Province.select())
    print_table("Import and verify 34 province packages, national figures and report",
                ["measure", "ms", "budget ms", "ratio to raw"],
                [[f"program (34 files, {size_mb:.1f} MB)", took_ms, BUDGET_MS,
                  took_ms / raw_ms],
                 ["raw json + Ed25519 + SHA-256", raw_ms, "", 1.0]])
    database.close()
    assert took_ms <= BUDGET_MS
