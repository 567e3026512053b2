"""The clusters export: member rows of whole clusters formatted as one JSONL or CSV line each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, case, func, select

from factdb.link.timeline import timeline_records
from factdb.models import Article, Claim, Cluster, ClusterMember, Outlet, Quote, Speaker
from factdb.services.database import Database
from factdb.services.export.cursor import Batch, TextSink, is_postgres, stream
from factdb.services.export.values import (
    csv_cell,
    csv_number,
    csv_text,
    dates,
    encode_json,
    jsonl_number,
    jsonl_text,
)

# Clusters: one row per member, cut into batches that hold whole clusters, put in the cluster
# service's order (quotes first, then claims, each by id), converted a column at a time like the
# tables, then grouped. The records are those of factdb.services.clusters.ClusterRecord.as_dict.
_MEMBER_KEYS = ("id", "article_id", "text", "outlet", "published", "speaker")
_MEMBER_JSONL = "{" + ", ".join(f'"{k}": %s' for k in _MEMBER_KEYS) + "}"
_CLUSTER_JSONL = (
    '{"id": %s, "kind": %s, "size": %s, "members": [%s], "first_appearance": %s, '
    '"outlets": %s, "speakers": %s, "timeline": %s}\n'
)
_CLUSTER_CSV = "%s,%s,%s,%s,%s,%s,%s,%s\n"
_CLUSTER_HEADER = (
    "id,kind,size,members,"
    + ",".join(f"first_appearance_{k}" for k in _MEMBER_KEYS)
    + ",outlets,speakers,timeline\n"
)
_NO_MEMBER_CSV = "," * (len(_MEMBER_KEYS) - 1)
_MEMBER_ORDER = itemgetter(0, 8, 2)
"""Cluster, then quotes before claims, then item id: the order of the cluster service."""


def _cluster_query(database: Database) -> Select[Any]:
    """One row per cluster member (one of nulls for a cluster without any), by cluster."""
    m = ClusterMember
    item_id = func.coalesce(m.quote_id, m.claim_id)
    article_id = func.coalesce(Quote.article_id, Claim.article_id)
    # Dates as the text SQLite stores, as the tables' exports select them.
    postgres = is_postgres(database)
    published = func.to_char(Article.published, "YYYY-MM-DD") if postgres else Article.published
    return (
        select(
            Cluster.id,
            Cluster.kind,
            item_id,
            article_id,
            func.coalesce(Quote.text, Claim.sentence),
            Article.outlet_id,
            published,
            func.coalesce(Quote.speaker_id, Claim.speaker_id),
            case((m.quote_id.is_(None), 1), else_=0),
        )
        .select_from(Cluster)
        .outerjoin(m, m.cluster_id == Cluster.id)
        .outerjoin(Quote, Quote.id == m.quote_id)
        .outerjoin(Claim, Claim.id == m.claim_id)
        .outerjoin(Article, Article.id == article_id)
        # Members are put in order in Python: a sort per cluster costs the server more.
        .order_by(Cluster.id)
    )


def _names_by_id(database: Database, table: type[Outlet] | type[Speaker]) -> dict[int, str]:
    """Every outlet's or speaker's name by id (a few thousand names at most)."""
    # Looked up in Python: a join per member row costs the server more than the rest of it.
    with database.read() as session:
        return {row.id: row.name for row in session.execute(select(table.id, table.name))}


def _whole_clusters(batches: Iterable[Batch]) -> Iterator[Batch]:
    """BATCHES re-cut so that no cluster's rows are split between two of them."""
    carry: Batch = []
    for rows in batches:
        cut, last = len(rows), rows[-1][0]
        while cut and rows[cut - 1][0] == last:
            cut -= 1
        if cut:
            yield carry + rows[:cut]
            carry = rows[cut:]
        else:
            carry += rows
    if carry:
        yield carry


_UNDATED = ("\U0010ffff",)
"""The first-appearance key of an undated member: after every date."""


class _NameLists(dict[tuple[str | None, ...], str]):
    """A cluster's members' distinct names, sorted, as a JSON array (or its CSV cell), memoised."""

    def __init__(self, csv: bool) -> None:
        """An empty memo, of CSV cells if CSV."""
        super().__init__()
        self.csv = csv

    def __missing__(self, names: tuple[str | None, ...]) -> str:
        """The list of NAMES, memoised (a few outlets and speakers make most combinations)."""
        if len(self) >= 10_000:
            self.clear()
        listed = ", ".join(map(encode_basestring, sorted({n for n in names if n})))
        self[names] = text = csv_cell(f"[{listed}]") if self.csv else f"[{listed}]"
        return text


class _ClusterLines:
    """Batches of whole clusters' rows (see _cluster_query) as JSONL or CSV lines."""

    def __init__(self, database: Database, fmt: str) -> None:
        """Lines in FMT, with DATABASE's outlets' and speakers' names."""
        self.csv = fmt == "csv"
        self.outlets = _names_by_id(database, Outlet)
        self.speakers = _names_by_id(database, Speaker)
        self.lists = _NameLists(self.csv)

    def __call__(self, rows: Batch) -> tuple[int, str]:
        """The lines of the clusters in ROWS, and how many clusters."""
        rows.sort(key=_MEMBER_ORDER)
        columns = zip(*rows, strict=True)
        cid, kind, item, article, text, outlet_id, published, speaker_id, _ = columns
        outlet = tuple(map(self.outlets.get, outlet_id))
        speaker = tuple(map(self.speakers.get, speaker_id))
        day = dates(published, None)
        docs = list(
            map(
                _MEMBER_JSONL.__mod__,
                zip(
                    jsonl_number(item), jsonl_number(article), jsonl_text(text),
                    jsonl_text(outlet), ["null" if d is None else f'"{d}"' for d in day],
                    jsonl_text(speaker), strict=True,
                ),
            )
        )  # fmt: skip
        # The first appearance is the member with the least key (ties: the earlier member).
        keys = [
            _UNDATED if d is None else (d, a, i) for d, a, i in zip(day, article, item, strict=True)
        ]
        ends = [i for i in range(1, len(rows)) if cid[i] != cid[i - 1]]
        ends.append(len(rows))
        if self.csv:
            # Member objects inside the quoted members cell; a member's first_appearance cells.
            docs = [d.replace('"', '""') for d in docs]
            firsts = list(
                map(
                    "%s,%s,%s,%s,%s,%s".__mod__,
                    zip(
                        csv_number(item), csv_number(article), csv_text(text),
                        csv_text(outlet), csv_number(day), csv_text(speaker), strict=True,
                    ),
                )
            )  # fmt: skip
        kinds = list(csv_text(kind) if self.csv else jsonl_text(kind))
        lists = self.lists
        lines = []
        start = 0
        for end in ends:
            # A cluster without members is one row of nulls.
            size = end - start if item[start] is not None else 0
            cluster_keys = keys[start:end]
            first = start + cluster_keys.index(min(cluster_keys)) if size else None
            listed = ", ".join(docs[start : start + size])
            names = (lists[outlet[start:end]], lists[speaker[start:end]])
            story = _timeline(item, day, outlet, speaker, text, article, start, start + size)
            if self.csv:
                members = f'"[{listed}]"' if size else "[]"
                first_cells = _NO_MEMBER_CSV if first is None else firsts[first]
                values = (cid[start], kinds[start], size, members, first_cells, *names)
                lines.append(_CLUSTER_CSV % (*values, csv_cell(story)))
            else:
                first_doc = "null" if first is None else docs[first]
                values = (cid[start], kinds[start], size, listed, first_doc, *names)
                lines.append(_CLUSTER_JSONL % (*values, story))
            start = end
        return len(ends), "".join(lines)


def _timeline(
    item: Sequence[Any],
    day: Sequence[Any],
    outlet: Sequence[Any],
    speaker: Sequence[Any],
    text: Sequence[Any],
    article: Sequence[Any],
    start: int,
    end: int,
) -> str:
    """The timeline (`services.timeline.timeline_records`) of the members START:END, as JSON."""
    members = list(
        zip(
            item[start:end], day[start:end], outlet[start:end], speaker[start:end],
            text[start:end], article[start:end], strict=True,
        )
    )  # fmt: skip
    return encode_json(timeline_records(members))


def write_clusters(database: Database, fmt: str, out: TextSink) -> int:
    """Write every cluster to OUT as FMT, in id order; return how many."""
    lines = _ClusterLines(database, fmt)
    count = 0
    for rows in _whole_clusters(stream(database, _cluster_query(database))):
        clusters, text = lines(rows)
        # The CSV header comes with the first row: no clusters give an empty file.
        out.write((_CLUSTER_HEADER if fmt == "csv" and count == 0 else "") + text)
        count += clusters
    return count
