"""Connection settings for a shared server: checked, kept in the data folder (the password only
when asked), turned into the URL resolve_target() uses; failures named by a code."""

from __future__ import annotations

import json
import os
import stat

import pytest

from models.errors import ValidationError
from models.storage import connection
from models.storage import db as dbmod
from models.storage.connection import ConnectionSettings

PG = os.environ.get("ISHC_TEST_PG")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ISHC_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("ISHC_DB", raising=False)
    return tmp_path


def test_check_names_every_bad_field():
    value = ConnectionSettings(host=" máy chủ ", port=0, database="", user="x" * 64,
                               sslmode="always")
    with pytest.raises(ValidationError) as err:
        connection.check(value).raise_if_any()
    assert [(p.field, p.code) for p in err.value.problems] == [
        ("host", "bad_host"), ("port", "out_of_range"), ("database", "required"),
        ("user", "too_long"), ("sslmode", "invalid")]
    assert not connection.connection_file().exists()


def test_url_round_trip_with_awkward_characters():
    value = ConnectionSettings(host="csdl.hoinct.vn", port=5433, database="ishc tỉnh",
                               user="cán bộ", password="p@ss:w/rd?", sslmode="require")
    url = connection.build_url(value)
    assert url.startswith("postgresql://c%C3%A1n%20b%E1%BB%99:p%40ss%3Aw%2Frd%3F@csdl.hoinct.vn"
                          ":5433/")
    assert connection.parse_url(url) == ConnectionSettings(
        "csdl.hoinct.vn", 5433, "ishc tỉnh", "cán bộ", "p@ss:w/rd?", "require")
    assert ":p%40ss" not in connection.build_url(value, with_password=False)


def test_saved_without_password_and_used_by_resolve_target():
    assert dbmod.resolve_target(None).endswith("ishc.sqlite3")
    path = connection.save(ConnectionSettings(host="10.0.0.5", database="ishc", user="ishc_app",
                                              password="bí-mật", sslmode="require"))
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["password"] == "" and stored["host"] == "10.0.0.5"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert dbmod.resolve_target(None) == "postgresql://ishc_app@10.0.0.5:5432/ishc?sslmode=require"
    assert dbmod.resolve_target("/tmp/x.sqlite3") == "/tmp/x.sqlite3"  # --db still wins
    connection.save(ConnectionSettings(host="10.0.0.5", database="ishc", user="ishc_app",
                                       password="bí-mật", save_password=True))
    assert connection.load().password == "bí-mật"
    connection.forget()
    assert connection.load() is None and dbmod.resolve_target(None).endswith("ishc.sqlite3")


def test_a_broken_file_means_no_server():
    connection.connection_file().write_text("{không phải json", encoding="utf-8")
    assert connection.load() is None and connection.saved_url() is None


def test_failures_are_named():
    with pytest.raises(connection.ConnectionFailed) as err:
        connection.try_connect(ConnectionSettings(host="127.0.0.1", port=1, user="u"), timeout=2)
    assert err.value.code == "connect_unreachable" and "refused" in err.value.params["detail"]
    assert connection._failure_code('password authentication failed for user "x"') \
        == "connect_auth"
    assert connection._failure_code('role "x" does not exist') == "connect_auth"
    assert connection._failure_code('database "y" does not exist') == "connect_no_database"
    assert connection._failure_code("server does not support SSL, but SSL was required") \
        == "connect_ssl"


@pytest.mark.skipif(not PG, reason="ISHC_TEST_PG names no PostgreSQL server")
def test_connects_to_the_test_server():
    value = connection.parse_url(PG)
    value.sslmode = "disable"
    assert connection.try_connect(value).split(".")[0].isdigit()
    value.database = "khong_co_csdl_nay"
    with pytest.raises(connection.ConnectionFailed) as err:
        connection.try_connect(value)
    assert err.value.code == "connect_no_database"
