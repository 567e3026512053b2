"""`factdb match`: has this been said, or checked, before?"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

import click

from factdb.cli.context import AppContext, pass_app
from factdb.link.matching import DEFAULT_MIN_SCORE

if TYPE_CHECKING:
    from factdb.services.match import MatchHit

TEXT_WIDTH = 70
"""Characters of a statement shown in the table."""
MATCH_FORMATS = ("table", "jsonl")


@click.command()
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@click.option(
    "--file",
    "queries_file",
    type=click.File("r", encoding="utf-8-sig"),
    help="Read queries from FILE, one a line ('-' for stdin).",
)
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True,
              help="Statements shown per query (one per cluster).")  # fmt: skip
@click.option(
    "--min-score",
    type=click.FloatRange(0, 100),
    default=DEFAULT_MIN_SCORE,
    show_default=True,
    help="Least score (0-100) shown; `link` links from 55.",
)
@click.option("--format", "fmt", type=click.Choice(MATCH_FORMATS), default="table",
              show_default=True, help="A readable table or one JSON object a query.")  # fmt: skip
@pass_app
def match(
    app: AppContext,
    texts: tuple[str, ...],
    queries_file: TextIO | None,
    limit: int,
    min_score: float,
    fmt: str,
) -> None:
    """Print the stored statements closest to each TEXT, with their clusters and verdicts.

    Without TEXT or --file, queries are read from stdin, one a line. Statements are scored
    with the matcher of `link` and `compare` (the evidence says why); a cluster is shown once,
    by its closest member, with its current verdict. The archive is indexed once at start-up,
    so many queries in one run cost little each.
    """
    from factdb.services.match import MatchIndex

    queries = list(texts)
    if queries_file is not None:
        queries += list(_lines(queries_file))
    elif not texts:
        queries = list(_lines(sys.stdin))
    index = MatchIndex.load(app.database())
    click.echo(f"Indexed {len(index):,} statements in {index.seconds:.1f} s.", err=True)
    for number, query in enumerate(queries, start=1):
        started = time.perf_counter()
        hits = index.match(query, limit=limit, min_score=min_score)
        seconds = time.perf_counter() - started
        if fmt == "jsonl":
            record = {"query": query, "seconds": round(seconds, 4),
                      "matches": [h.as_dict() for h in hits]}  # fmt: skip
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_table(number, query, hits, seconds))


def _lines(stream: TextIO) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line.strip()


def _short(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _verdict(hit: MatchHit) -> str:
    v = hit.verdict
    if v is None:
        return "-"
    by = v.publisher or v.reviewer
    scale = f" {v.rating_value:g}/{v.best_rating:g}" if v.rating_value is not None else ""
    return f"{v.rating}{scale} ({by})"


def _evidence(hit: MatchHit) -> str:
    e = hit.evidence
    parts = [f"text {e.get('text', 0):.0f}", str(e.get("reason", ""))]
    if hit.kind == "claim" and e.get("numbers") not in (None, "none"):
        parts.append(f"numbers {e['numbers']}")
    return "; ".join(p for p in parts if p)


def _table(number: int, query: str, hits: list[MatchHit], seconds: float) -> str:
    lines = [f"Query {number}: {_short(query, TEXT_WIDTH + 20)}  ({seconds * 1000:.0f} ms)"]
    if not hits:
        lines.append("  no stored statement is close enough")
    for hit in hits:
        cluster = f"cluster {hit.cluster_id} ({hit.cluster_size})" if hit.cluster_id else "-"
        where = ", ".join(
            p for p in (f"check by {hit.checked_by}" if hit.checked_by else hit.outlet,
                        hit.published and hit.published.isoformat()) if p
        )  # fmt: skip
        lines.append(
            f"  {hit.score:5.1f}  {hit.kind} {hit.id}  {cluster}  verdict: {_verdict(hit)}"
        )
        lines.append(f"         {_short(hit.text, TEXT_WIDTH)}")
        lines.append(f"         {hit.speaker or 'unknown speaker'}; {where or 'unknown source'}")
        lines.append(f"         why: {_evidence(hit)}")
    return "\n".join(lines) + "\n"
