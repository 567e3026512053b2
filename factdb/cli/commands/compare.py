"""`factdb compare`: score pairs of statements with the matcher that `link` uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

import click

from factdb.errors import InputError
from factdb.link import LinkItem, score_pair
from factdb.link.normalize import normalize_text
from factdb.link.scoring import DEFAULT_THRESHOLD
from factdb.vocab import LinkKind


@click.command()
@click.option(
    "--pairs",
    "pairs_file",
    type=click.File("r", encoding="utf-8"),
    help="TSV file of pairs: two text columns, no header ('-' for stdin).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Least score (0-100) for `link` to be true.",
)
@click.argument("texts", nargs=-1, metavar="[TEXT_A TEXT_B]")
def compare(pairs_file: TextIO | None, threshold: float, texts: tuple[str, ...]) -> None:
    """Score pairs of statements and print one JSON object per pair.

    Each object has the score (0-100), whether it reaches the link threshold, the relation
    (same or conflict) and the evidence behind the score.
    """
    if len(texts) not in (0, 2):
        raise click.UsageError("give exactly two texts, TEXT_A and TEXT_B")
    if not texts and pairs_file is None:
        raise click.UsageError("give TEXT_A TEXT_B or --pairs FILE")
    pairs: list[tuple[str, str]] = list(_read_pairs(pairs_file)) if pairs_file else []
    if texts:
        pairs.insert(0, (texts[0], texts[1]))
    for number, (text_a, text_b) in enumerate(pairs, start=1):
        _refuse_empty(number, text_a, text_b)
        match = score_pair(_item(1, text_a), _item(2, text_b), threshold)
        record = {"score": match.score, "link": match.link, "relation": str(match.relation)}
        click.echo(json.dumps({**record, **match.evidence}, ensure_ascii=False))


def _refuse_empty(number: int, text_a: str, text_b: str) -> None:
    # A statement with no word says nothing: scoring it would only invite a false link.
    for side, text in (("A", text_a), ("B", text_b)):
        if not normalize_text(text):
            raise InputError(f"pair {number}", f"statement {side} has no words to compare")


def _item(item_id: int, text: str) -> LinkItem:
    # Two free texts are compared as quotes of two different articles, speakers unknown.
    return LinkItem(item_id, LinkKind.QUOTE, item_id, text)


def _read_pairs(lines: TextIO) -> Iterator[tuple[str, str]]:
    name = getattr(lines, "name", "pairs")
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise InputError(
                f"{name}:{number}", f"expected 2 tab-separated columns, found {len(columns)}"
            )
        yield columns[0], columns[1]
