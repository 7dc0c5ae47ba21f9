"""Connection settings for a shared PostgreSQL server.

They live in a small JSON file in the data folder, not in the database: the program needs them
before it can open any database. When the file exists (and neither --db nor $ISHC_DB is
given), models.storage.db.resolve_target() uses the server instead of the local SQLite file.

The password is written to the file only when the user asks for it (the file is then made
readable by its owner only); otherwise libpq finds it in PGPASSWORD or the pgpass file, as
docs/admin-guide.md explains.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlparse

from models.errors import Collector, ValidationError
from models.storage.paths import data_dir

FILE_NAME = "connection.json"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
# A host name, an IPv4 or a bracket-free IPv6 address: letters, digits and . - : only.
_HOST_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:_")


@dataclass
class ConnectionSettings:
    """Where the shared server is and how to sign in to it."""

    host: str = ""
    port: int = 5432
    database: str = "ishc"
    user: str = "ishc"
    password: str = ""
    sslmode: str = "prefer"
    save_password: bool = False


class ConnectionFailed(ValidationError):
    """The server did not accept the connection; `code` says why, `detail` is the server's."""


def connection_file() -> Path:
    """The JSON file of the connection settings, in the data folder."""
    return data_dir() / FILE_NAME


def check(value: ConnectionSettings) -> Collector:
    """Trim `value` in place and collect its problems (writes nothing)."""
    value.host, value.database, value.user = (value.host or "").strip(), \
        (value.database or "").strip(), (value.user or "").strip()
    problems = Collector()
    if not value.host:
        problems.add("host", "required")
    elif not set(value.host) <= _HOST_CHARS or len(value.host) > 253:
        problems.add("host", "bad_host", value=value.host)
    if isinstance(value.port, bool) or not isinstance(value.port, int) \
            or not 1 <= value.port <= 65535:
        problems.add("port", "out_of_range", low=1, high=65535)
    for name in ("database", "user"):
        text = getattr(value, name)
        if not text:
            problems.add(name, "required")
        elif len(text) > 63:
            problems.add(name, "too_long", max=63)
    if value.sslmode not in SSL_MODES:
        problems.add("sslmode", "invalid", value=value.sslmode)
    return problems


def build_url(value: ConnectionSettings, *, with_password: bool = True) -> str:
    """postgresql://user[:password]@host:port/database?sslmode=…"""
    auth = quote(value.user, safe="")
    if with_password and value.password:
        auth += ":" + quote(value.password, safe="")
    host = f"[{value.host}]" if ":" in value.host else value.host
    return (f"postgresql://{auth}@{host}:{value.port}/{quote(value.database, safe='')}"
            f"?sslmode={value.sslmode}")


def parse_url(url: str) -> ConnectionSettings:
    """The settings a postgresql:// URL names (defaults for what it leaves out)."""
    parts = urlparse(url)
    query = parse_qs(parts.query)
    return ConnectionSettings(
        host=parts.hostname or "", port=parts.port or 5432,
        database=unquote(parts.path.lstrip("/")) or "ishc",
        user=unquote(parts.username or ""), password=unquote(parts.password or ""),
        sslmode=query.get("sslmode", ["prefer"])[0])


def load() -> ConnectionSettings | None:
    """The saved settings, or None when this computer uses its own SQLite file."""
    path = connection_file()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    known = {f.name for f in fields(ConnectionSettings)}
    return ConnectionSettings(**{k: v for k, v in stored.items() if k in known})


def saved_url() -> str | None:
    """The URL of the saved server, or None (resolve_target's fallback before SQLite)."""
    value = load()
    return build_url(value) if value is not None and value.host else None


def save(value: ConnectionSettings) -> Path:
    """Check and write the settings; the password only if `save_password` is set."""
    check(value).raise_if_any()
    data = asdict(value)
    if not value.save_password:
        data["password"] = ""
    path = connection_file()
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    if os.name == "posix":
        tmp.chmod(0o600)  # it may hold a password
    tmp.replace(path)
    return path


def forget() -> None:
    """Remove the saved settings: the next start uses the local SQLite file again."""
    connection_file().unlink(missing_ok=True)


def try_connect(value: ConnectionSettings, timeout: int = 5) -> str:
    """Connect once and return the server's version string; ConnectionFailed if refused."""
    import psycopg2

    check(value).raise_if_any()
    try:
        con = psycopg2.connect(host=value.host, port=value.port, dbname=value.database,
                               user=value.user, password=value.password or None,
                               sslmode=value.sslmode, connect_timeout=timeout)
    except psycopg2.OperationalError as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise ConnectionFailed("host", _failure_code(detail), {"detail": detail}) from exc
    try:
        with con.cursor() as cur:
            cur.execute("SHOW server_version")
            return str(cur.fetchone()[0])
    finally:
        con.close()


def _failure_code(detail: str) -> str:
    text = detail.lower()
    if "password" in text or "authentication" in text or 'role "' in text:
        return "connect_auth"
    if "does not exist" in text:
        return "connect_no_database"
    if "ssl" in text:
        return "connect_ssl"
    if "timeout" in text or "refused" in text or "could not translate" in text \
            or "no route" in text:
        return "connect_unreachable"
    return "connect_failed"
