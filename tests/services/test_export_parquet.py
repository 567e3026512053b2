"""Parquet exports: the records of the JSONL export as typed columns, in row groups, written
whole or not at all, and refused clearly without pyarrow."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from factdb.errors import InputError, UnavailableError  # noqa: E402
from factdb.services import export  # noqa: E402
from factdb.services.database import Database  # noqa: E402
from factdb.services.export import cursor, parquet  # noqa: E402
from tests.services.test_export import filled  # noqa: E402, F401 - a fixture


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _plain(value: Any) -> Any:
    """A Parquet value as the JSONL record writes it."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _expected(database: Database, entity: str) -> list[dict[str, Any]]:
    records = list(export.iter_records(database, entity))
    if entity == "clusters":
        return records
    return [export.flatten(r) for r in records]


def _read(path: Path, entity: str) -> list[dict[str, Any]]:
    rows = [_plain(r) for r in pq.read_table(path).to_pylist()]
    if entity == "links":
        for row in rows:
            row["evidence"] = json.loads(row["evidence"])
    if entity == "clusters":
        for row in rows:
            row["timeline"] = json.loads(row["timeline"])
    return rows


@pytest.mark.parametrize("entity", export.ENTITIES)
def test_parquet_holds_the_records(filled: Database, entity: str, out: Path) -> None:  # noqa: F811
    path = out / f"{entity}.parquet"
    count = parquet.write_parquet(filled, entity, path)
    assert count == len(_expected(filled, entity)) > 0
    assert _read(path, entity) == _expected(filled, entity)
    assert list(out.iterdir()) == [path], "no temporary file is left"


def test_columns_are_typed(filled: Database, out: Path) -> None:  # noqa: F811
    path = out / "links.parquet"
    parquet.write_parquet(filled, "links", path)
    schema = pq.read_schema(path)
    assert str(schema.field("id").type) == "int64" and str(schema.field("score").type) == "double"
    assert str(schema.field("decided_at").type) == "timestamp[us, tz=UTC]"
    clusters = out / "clusters.parquet"
    parquet.write_parquet(filled, "clusters", clusters)
    members = pq.read_schema(clusters).field("members").type
    assert str(members.value_type.field("published").type) == "date32[day]"


def test_row_groups_do_not_change_the_data(
    filled: Database,  # noqa: F811
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = {e: _read(_write(filled, e, out / f"{e}.a"), e) for e in export.ENTITIES}
    monkeypatch.setattr(parquet, "ROW_GROUP", 1)
    monkeypatch.setattr(cursor, "BATCH", 1)
    for entity in export.ENTITIES:
        path = _write(filled, entity, out / f"{entity}.b")
        assert _read(path, entity) == whole[entity]
        assert pq.ParquetFile(path).num_row_groups == len(whole[entity])


def _write(database: Database, entity: str, path: Path) -> Path:
    parquet.write_parquet(database, entity, path)
    return path


def test_an_empty_table_is_an_empty_file(database: Database, out: Path) -> None:
    path = out / "quotes.parquet"
    assert parquet.write_parquet(database, "quotes", path) == 0
    assert pq.read_table(path).num_rows == 0 and "cluster_id" in pq.read_schema(path).names


def test_without_pyarrow_nothing_is_written(
    filled: Database,  # noqa: F811
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(UnavailableError, match=r"pip install 'factdb\[parquet\]'"):
        parquet.write_parquet(filled, "links", out / "links.parquet")
    assert list(out.iterdir()) == []


def test_a_failed_export_leaves_the_file_as_it_was(
    filled: Database,  # noqa: F811
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = out / "links.parquet"
    path.write_text("old", encoding="utf-8")

    def broken(*_: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(parquet, "_array", broken)
    with pytest.raises(RuntimeError):
        parquet.write_parquet(filled, "links", path)
    assert path.read_text(encoding="utf-8") == "old" and list(out.iterdir()) == [path]


def test_a_file_that_cannot_be_written_is_an_input_error(filled: Database, out: Path) -> None:  # noqa: F811
    with pytest.raises(InputError, match="no such directory"):
        parquet.write_parquet(filled, "links", out / "missing" / "links.parquet")
    (out / "folder.parquet").mkdir()
    with pytest.raises(InputError, match=r"folder|directory"):
        parquet.write_parquet(filled, "links", out / "folder.parquet")
    assert [p.name for p in out.iterdir()] == ["folder.parquet"]
