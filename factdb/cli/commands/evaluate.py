"""`factdb eval`: accuracy and speed of the extractors and the linker on labelled data."""

from __future__ import annotations

import importlib
import sys

import click

_SUITES = {
    "quotes": "factdb.evaluation.quotes",
    "claims": "factdb.evaluation.claims",
    "links": "factdb.evaluation.links",
    "news": "factdb.evaluation.news",
}


@click.command(
    name="eval",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
)
@click.argument("suite", type=click.Choice(sorted(_SUITES)))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def evaluate(suite: str, args: tuple[str, ...]) -> None:
    """Print precision, recall, F1 and speed of one SUITE: quotes, claims or links.

    Without further arguments each suite reads the labelled data in ../shared beside the
    repository; `factdb eval SUITE --help` lists a suite's own options.
    """
    module = importlib.import_module(_SUITES[suite])
    sys.exit(module.main(list(args)))
