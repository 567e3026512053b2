"""`factdb import`: read fact-checks published by others into the database."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from factdb.cli.context import AppContext, pass_app
from factdb.errors import InputError


@click.group("import")
def import_group() -> None:
    """Read fact-checks published by others into the database."""


@import_group.command("claimreview")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@pass_app
def claimreview(app: AppContext, files: tuple[str, ...]) -> None:
    """Store the schema.org ClaimReview objects of FILES ("-" for stdin) as checked statements.

    A file holds JSON (one object, a list, an @graph or a DataFeed), JSON Lines, or HTML pages
    with <script type="application/ld+json"> blocks. Each check is stored with its verdict as a
    statement of the checking organisation; `factdb link` then proposes links between it and
    the stored statements. A bad object is reported and the others are still stored (exit 1).
    """
    from factdb.services.claimreview import import_claimreviews

    database = app.database()
    stored = duplicates = failed = 0
    for name in files:
        try:
            text = _read(name)
        except InputError as exc:
            click.echo(f"Error: {exc}", err=True)
            failed += 1
            continue
        report = import_claimreviews(database, text, name)
        stored, duplicates = stored + report.stored, duplicates + report.duplicates
        for failure in report.failures:
            click.echo(f"Error: {failure}", err=True)
        failed += len(report.failures)
    click.echo(
        f"Imported {stored} checks; {duplicates} already stored, {failed} failed."
        + (" Run `factdb link` to propose links to stored statements." if stored else ""),
        err=True,
    )
    if failed:
        raise SystemExit(1)


def _read(name: str) -> str:
    """The text of file NAME ("-": stdin), UTF-8 with or without a byte-order mark."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return data.decode("utf-8-sig")
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(name, "is not UTF-8 text") from exc


__all__ = ["import_group"]
