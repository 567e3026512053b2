"""`factdb ingest`: store articles from files, folders, URLs or stdin."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

import click

from factdb.cli.context import AppContext, pass_app
from factdb.errors import InputError
from factdb.sources import ArticleInput, read_paths
from factdb.sources.article import parse_date
from factdb.sources.web import FETCH_TIMEOUT_S

if TYPE_CHECKING:
    # The services load SQLAlchemy and the extractors: imported when the command runs.
    from factdb.services.ingest import IngestReport, IngestResult


def _date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"not a date: {value!r}")
    return parsed


class _Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.done = 0

    def __call__(self, result: IngestResult | InputError) -> None:
        if isinstance(result, InputError):
            self.clear()
            click.echo(f"Error: {result}", err=True)
        self.done += 1
        if self.enabled:
            click.echo(f"\ringesting: {self.done} articles", err=True, nl=False)

    def clear(self) -> None:
        if self.enabled and self.done:
            click.echo("\r\x1b[K", err=True, nl=False)


@click.command()
@click.option("--outlet", metavar="NAME", help="Outlet of articles that do not name one.")
@click.option("--url", metavar="URL", help="URL of articles that do not give one.")
@click.option(
    "--published",
    metavar="DATE",
    callback=_date_option,
    help="Publication date (YYYY-MM-DD) of articles that do not give one.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=FETCH_TIMEOUT_S,
    show_default=True,
    metavar="SECONDS",
    help="Time limit of fetching each URL.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes extracting articles (default: the number of cores; 1 extracts in this one).",
)
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    metavar="N",
    help="Articles stored in one transaction (a refused batch is stored article by article).",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@pass_app
def ingest(
    app: AppContext,
    outlet: str | None,
    url: str | None,
    published: date | None,
    timeout: float,
    workers: int | None,
    batch: int,
    paths: tuple[str, ...],
) -> None:
    """Store articles and the quotes and claims extracted from them.

    PATH is a .txt/.md file (plain text), an .html/.htm page (its main text is extracted), a
    .jsonl file (one article per line), a directory (walked recursively), an http(s) URL
    (fetched, at most 20 MiB) or - for stdin. Re-ingesting the same text adds nothing. Exit 1
    if any article failed.
    """
    from factdb.services.ingest import ingest_many

    database = app.database(create=True)
    started = time.perf_counter()

    def articles() -> Iterator[ArticleInput | InputError]:
        for item in read_paths(paths, timeout=timeout):
            if isinstance(item, ArticleInput):
                yield item.with_defaults(outlet=outlet, url=url, published=published)
            else:
                yield item

    progress = _Progress()
    report = ingest_many(
        database,
        articles(),
        on_result=progress,
        workers=workers or _cores(),
        batch=batch,
    )
    progress.clear()
    click.echo(_summary(report, time.perf_counter() - started), err=True)
    if report.failures:
        sys.exit(1)


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _summary(report: IngestReport, seconds: float) -> str:
    return (
        f"Ingested {report.stored} new articles ({report.quotes} quotes, {report.claims} claims); "
        f"{report.duplicates} already stored, {len(report.failures)} failed, in {seconds:.1f} s."
    )
