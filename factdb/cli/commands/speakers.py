"""`factdb speakers`: list the speaker registry and correct it (merge, rename, split)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from factdb.cli.context import AppContext, pass_app
from factdb.vocab import SPEAKER_LIST_LIMIT

if TYPE_CHECKING:
    from factdb.services.speakers import Correction, SpeakerRow


@click.group()
def speakers() -> None:
    """List speakers and correct them; corrections hold for every later ingest.

    A SPEAKER is given by its id or by its name or one of its aliases (any case).
    """


def _row_text(row: SpeakerRow) -> str:
    aliases = "; ".join(a for a in row.aliases if a != row.name)
    return f"{row.id}\t{row.name}\t{row.kind}\t{row.quotes}\t{aliases}"


@speakers.command("list")
@click.option("--name", metavar="TEXT", help="Only speakers whose name or an alias holds TEXT.")
@click.option("--limit", type=click.IntRange(1), default=SPEAKER_LIST_LIMIT, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_app
def list_command(app: AppContext, name: str | None, limit: int, fmt: str) -> None:
    """Speakers with most quotes first: id, name, kind, quotes and aliases."""
    from factdb.services.speakers import list_speakers

    rows = list_speakers(app.database(), name=name, limit=limit)
    if fmt == "jsonl":
        for row in rows:
            click.echo(
                json.dumps(
                    {
                        "id": row.id,
                        "name": row.name,
                        "kind": row.kind,
                        "quotes": row.quotes,
                        "aliases": list(row.aliases),
                        "pinned": list(row.pinned),
                    },
                    ensure_ascii=False,
                )
            )
        return
    click.echo("id\tname\tkind\tquotes\taliases")
    for row in rows:
        click.echo(_row_text(row))


def _report(verb: str, done: Correction) -> None:
    click.echo(
        f"{verb} speaker {done.speaker_id} ({done.name}): {done.quotes} quotes and "
        f"{done.claims} claims moved; {len(done.pinned)} names pinned for later ingests.",
        err=True,
    )


@speakers.command("merge")
@click.argument("sources", nargs=-1, required=True, metavar="SPEAKER...")
@click.option("--into", "target", required=True, metavar="SPEAKER", help="The speaker to keep.")
@pass_app
def merge_command(app: AppContext, sources: tuple[str, ...], target: str) -> None:
    """Merge each SPEAKER into the one given by --into."""
    from factdb.services.speakers import merge

    _report("Merged into", merge(app.database(), list(sources), target))


@speakers.command("rename")
@click.argument("speaker", metavar="SPEAKER")
@click.argument("new_name", metavar="NAME")
@pass_app
def rename_command(app: AppContext, speaker: str, new_name: str) -> None:
    """Give SPEAKER the canonical NAME; the old name stays an alias."""
    from factdb.services.speakers import rename

    _report("Renamed", rename(app.database(), speaker, new_name))


@speakers.command("split")
@click.argument("speaker", metavar="SPEAKER")
@click.argument("names", nargs=-1, required=True, metavar="NAME...")
@click.option("--as", "new_name", metavar="NAME", help="The other speaker (default: first NAME).")
@pass_app
def split_command(
    app: AppContext, speaker: str, names: tuple[str, ...], new_name: str | None
) -> None:
    """Move the quotes SPEAKER got under NAMES (as articles gave them) to another speaker."""
    from factdb.services.speakers import split

    _report("Split off", split(app.database(), speaker, list(names), new_name))
