"""The reader role's name: one per database, a valid PostgreSQL name, or the one configured."""

from __future__ import annotations

import pytest

from factdb.services.query.reader import READER_ENV, reader_role


def test_a_plain_database_name_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(READER_ENV, raising=False)
    assert reader_role("factdb") == "factdb_reader_factdb"


@pytest.mark.parametrize("name", ["News DB", "données", "x" * 80, "a-b", "A"])
def test_other_names_are_made_safe_and_distinct(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv(READER_ENV, raising=False)
    role = reader_role(name)
    assert len(role) <= 63 and role.startswith("factdb_reader_")
    assert set(role) <= set("abcdefghijklmnopqrstuvwxyz0123456789_")
    assert role != reader_role(name + "2")


def test_the_environment_names_the_role(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(READER_ENV, "analysts_reader")
    assert reader_role("factdb") == "analysts_reader"
