"""Parquet exports of every entity: the records of the JSONL export as typed columns.

Rows come from the same streaming queries as the text formats (`cursor.stream`), a batch at a
time; each batch becomes Arrow arrays a column at a time (in C: strings are parsed into dates and
timestamps by Arrow's casts), and every `ROW_GROUP` rows are written as one row group, so memory
stays flat however large the table. Nested link sides are flattened as in CSV (`a_id`); a cluster
keeps its nesting (`members` is a list of structs, `first_appearance` a struct). JSON values
(a link's evidence, a cluster's timeline) are JSON text, as the JSONL export writes them.
Timestamps are UTC (`timestamp[us, tz=UTC]`), dates `date32`.

pyarrow is an optional dependency (`pip install 'factdb[parquet]'`): without it this export
raises UnavailableError before anything is written.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from factdb.errors import InputError, UnavailableError
from factdb.link.timeline import timeline_records
from factdb.models import Outlet, Speaker
from factdb.services.database import Database
from factdb.services.export import TABLES, Field, check_export
from factdb.services.export.clusters import (
    _MEMBER_ORDER,
    _cluster_query,
    _names_by_id,
    _whole_clusters,
)
from factdb.services.export.cursor import Batch, stream
from factdb.services.export.output import check_target
from factdb.services.export.values import dates, encode_json

ROW_GROUP = 50_000
"""Rows per Parquet row group: large enough for columnar readers, small enough to hold in memory."""
INSTALL_HINT = "Parquet export needs pyarrow: pip install 'factdb[parquet]'"

Progress = Callable[[int], None]
"""Called with the number of records written so far, after each row group."""


def arrow() -> tuple[ModuleType, ModuleType]:
    """pyarrow and pyarrow.parquet, or UnavailableError saying how to install them."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise UnavailableError(INSTALL_HINT) from exc
    return pyarrow, pyarrow.parquet


def _types(pa: ModuleType) -> dict[str, Any]:
    return {
        "int": pa.int64(),
        "float": pa.float64(),
        "text": pa.string(),
        "json": pa.string(),
        "date": pa.date32(),
        "time": pa.timestamp("us", tz="UTC"),
    }


def _array(pa: ModuleType, values: Sequence[Any], kind: str, types: dict[str, Any]) -> Any:
    """One column of a batch as an Arrow array of KIND's type."""
    if kind in ("date", "time"):
        # Both backends select them as text (see Field.selected): Arrow parses it in C.
        parsed = pa.array(values, pa.string()).cast(
            pa.date32() if kind == "date" else pa.timestamp("us")
        )
        return parsed if kind == "date" else parsed.cast(types["time"])
    return pa.array(values, types[kind])


class _Writer:
    """Row groups of ROW_GROUP rows written to a Parquet file as batches arrive."""

    def __init__(self, path: Path, schema: Any, progress: Progress | None) -> None:
        self.pa, pq = arrow()
        self.schema = schema
        self.file = pq.ParquetWriter(str(path), schema, compression="snappy")
        self.pending: list[Any] = []
        self.rows = 0
        self.written = 0
        self.progress = progress

    def add(self, arrays: list[Any], rows: int) -> None:
        """Add one batch's columns; a row group is written once enough rows are waiting."""
        self.pending.append(self.pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self.rows += rows
        if self.rows >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        """Write the waiting rows as one row group."""
        if self.pending:
            self.file.write_table(self.pa.Table.from_batches(self.pending))
            self.written += self.rows
            self.pending, self.rows = [], 0
            if self.progress is not None:
                self.progress(self.written)

    def close(self) -> None:
        """Write what is left and the file's footer."""
        self.flush()
        self.file.close()


def _write_table(database: Database, entity: str, writer_for: Callable[[Any], _Writer]) -> int:
    pa, _ = arrow()
    table = TABLES[entity]()
    types = _types(pa)
    fields: Sequence[Field] = table.fields
    schema = pa.schema([(f.name, types[f.kind]) for f in fields])
    writer = writer_for(schema)
    try:
        for rows in stream(database, table.query(database)):
            columns = list(zip(*rows, strict=True))
            arrays = [_array(pa, columns[i], f.kind, types) for i, f in enumerate(fields)]
            writer.add(arrays, len(rows))
    finally:
        writer.close()
    return writer.written


_MEMBER_FIELDS = (
    ("id", "int"), ("article_id", "int"), ("text", "text"), ("outlet", "text"),
    ("published", "date"), ("speaker", "text"),
)  # fmt: skip


def _cluster_schema(pa: ModuleType) -> Any:
    types = _types(pa)
    member = pa.struct([(name, types[kind]) for name, kind in _MEMBER_FIELDS])
    names = pa.list_(pa.string())
    return pa.schema(
        [("id", pa.int64()), ("kind", pa.string()), ("size", pa.int64()),
         ("members", pa.list_(member)), ("first_appearance", member), ("outlets", names),
         ("speakers", names), ("timeline", pa.string())]
    )  # fmt: skip


class _Distinct(dict[tuple[str | None, ...], list[str]]):
    """A cluster's distinct names, sorted, memoised: a few outlets make most combinations."""

    def __missing__(self, names: tuple[str | None, ...]) -> list[str]:
        if len(self) >= 10_000:
            self.clear()
        self[names] = found = sorted({n for n in names if n})
        return found


class _ClusterArrays:
    """Batches of whole clusters' member rows (see clusters._cluster_query) as Arrow columns."""

    def __init__(self, database: Database, schema: Any) -> None:
        self.pa, _ = arrow()
        self.schema = schema
        self.types = _types(self.pa)
        self.outlets = _names_by_id(database, Outlet)
        self.speakers = _names_by_id(database, Speaker)
        self.lists = _Distinct()

    def __call__(self, rows: Batch) -> tuple[list[Any], int]:
        """The columns of the clusters in ROWS, and how many clusters."""
        pa = self.pa
        rows.sort(key=_MEMBER_ORDER)
        present = [r for r in rows if r[2] is not None]  # a cluster without members: no row
        columns = [list(c) for c in zip(*present, strict=True)] if present else [[]] * 9
        cid, _, item, article, text, outlet_id, published, speaker_id, _ = columns
        outlet = [self.outlets.get(o) for o in outlet_id]
        speaker = [self.speakers.get(s) for s in speaker_id]
        values = (item, article, text, outlet, published, speaker)
        kinds = [k for _, k in _MEMBER_FIELDS]
        members = pa.StructArray.from_arrays(
            [_array(pa, v, k, self.types) for v, k in zip(values, kinds, strict=True)],
            fields=list(self.schema.field("members").type.value_type),
        )
        ids = list(dict.fromkeys(r[0] for r in rows))
        kind_of = {r[0]: str(r[1]) for r in rows}
        # Where each cluster's members end in PRESENT (a cluster without members: no rows).
        ends = {cid[i - 1]: i for i in range(1, len(present)) if cid[i] != cid[i - 1]}
        if present:
            ends[cid[-1]] = len(present)
        undated = (True, "", 0, 0)
        keys = [undated if d is None else (False, d, a, i) for d, a, i in zip(
            published, article, item, strict=True)]  # fmt: skip
        day = dates(published, None)
        offsets, firsts, outlet_lists, speaker_lists, stories = [0], [], [], [], []
        for cluster in ids:
            start, end = offsets[-1], ends.get(cluster, offsets[-1])
            offsets.append(end)
            # The first appearance: the least (date, article, item); undated members last.
            first = min(range(start, end), key=keys.__getitem__, default=None)
            firsts.append(first)
            outlet_lists.append(self.lists[tuple(outlet[start:end])])
            speaker_lists.append(self.lists[tuple(speaker[start:end])])
            story = zip(
                item[start:end], day[start:end], outlet[start:end], speaker[start:end],
                text[start:end], article[start:end], strict=True,
            )  # fmt: skip
            stories.append(encode_json(timeline_records(list(story))))
        names = pa.list_(pa.string())
        arrays = [
            pa.array(ids, pa.int64()), pa.array([kind_of[c] for c in ids], pa.string()),
            pa.array([b - a for a, b in itertools.pairwise(offsets)], pa.int64()),
            pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), members),
            members.take(pa.array(firsts, pa.int64())), pa.array(outlet_lists, names),
            pa.array(speaker_lists, names), pa.array(stories, pa.string()),
        ]  # fmt: skip
        return arrays, len(ids)


def _write_clusters(database: Database, writer_for: Callable[[Any], _Writer]) -> int:
    pa, _ = arrow()
    schema = _cluster_schema(pa)
    arrays = _ClusterArrays(database, schema)
    writer = writer_for(schema)
    try:
        for rows in _whole_clusters(stream(database, _cluster_query(database))):
            columns, count = arrays(rows)
            writer.add(columns, count)
    finally:
        writer.close()
    return writer.written


def write_parquet(
    database: Database, entity: str, path: str | Path, *, progress: Progress | None = None
) -> int:
    """Write every ENTITY record of DATABASE to the Parquet file PATH; return how many.

    The file is written beside PATH under a temporary name and renamed to PATH once complete,
    so a failed export leaves PATH as it was.
    """
    check_export(entity, "jsonl")
    arrow()
    # The database itself, a device, a FIFO or a folder is refused before anything is written.
    target = check_target(str(path), database)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise InputError(str(path), f"cannot be written ({exc.strerror or exc})") from exc
    os.close(handle)

    def writer_for(schema: Any) -> _Writer:
        return _Writer(Path(temporary), schema, progress)

    try:
        if entity == "clusters":
            count = _write_clusters(database, writer_for)
        else:
            count = _write_table(database, entity, writer_for)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(str(path), f"cannot be written ({exc.strerror or exc})") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
