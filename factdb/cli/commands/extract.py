"""`factdb extract`: print the quotes and claims of files without a database."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from factdb.errors import InputError
from factdb.sources import ArticleInput, read_paths

_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""What ``json.dumps(record, ensure_ascii=False)`` uses, made once rather than per record."""


def _records(article: ArticleInput) -> list[dict[str, Any]]:
    # Imported here so that `factdb extract --help` does not load the extractors.
    from factdb.extract import extract_article
    from factdb.extract.serialize import claim_dict, quote_dict

    extraction = extract_article(article.text)
    file, _, line = article.source.rpartition(":") if ".jsonl:" in article.source else ("", "", "")
    base: dict[str, Any] = {"file": file or article.source}
    if line.isdigit():
        base["line"] = int(line)
        base["id"] = article.external_id
    return [{**quote_dict(q), **base} for q in extraction.quotes] + [
        {**claim_dict(c), **base} for c in extraction.claims
    ]


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
def extract(fmt: str, paths: tuple[str, ...]) -> None:
    """Print the quotes and numeric claims found in PATHs, one JSON object per line.

    Offsets are Python string indices into each article's text: a plain-text file's whole
    content decoded as UTF-8, or a JSONL line's `text`. No database is used.
    """
    failed = False
    for item in read_paths(paths):
        if isinstance(item, InputError):
            click.echo(f"Error: {item}", err=True)
            failed = True
            continue
        lines = [_ENCODER.encode(record) for record in _records(item)]
        if lines:  # one write an article: ``click.echo`` flushes at every call
            click.echo("\n".join(lines))
    if failed:
        sys.exit(1)
