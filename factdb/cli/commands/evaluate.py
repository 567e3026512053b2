"""`factdb eval`: accuracy and speed of the extractors and the linker on labelled data."""

from __future__ import annotations

import importlib
import sys

import click

from factdb.errors import FactdbError

_SUITES = {
    "quotes": "factdb.evaluation.quotes",
    "claims": "factdb.evaluation.claims",
    "links": "factdb.evaluation.links",
    "news": "factdb.evaluation.news",
}
_SUMMARIES = {
    "quotes": "Quote extraction on PolNeAR and the seed articles.",
    "claims": "Claim extraction on the labelled quantities and the seed articles.",
    "links": "Linking on the seed links, the labelled PolNeAR pairs and the news story pairs.",
    "news": "Quotes and their canonical speakers on the hand-labelled real news articles.",
}
# A suite parses its own options, `--help` included, so the command passes everything on.
_PASS_THROUGH = {
    "ignore_unknown_options": True,
    "allow_extra_args": True,
    "help_option_names": [],
}


@click.group(name="eval")
def evaluate() -> None:
    """Print accuracy and speed of the extractors and the linker.

    Each suite reads the labelled data in the shared data folder: $FACTDB_SHARED, else
    ../shared beside the source checkout, else shared or ../shared from the working directory.
    `factdb eval SUITE --help` lists a suite's own options.
    """


def _suite_command(name: str, module_name: str) -> click.Command:
    @click.command(
        name=name,
        context_settings=_PASS_THROUGH,
        help=_SUMMARIES.get(name, f"The {name} suite."),
    )
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def run(args: tuple[str, ...]) -> None:
        sys.exit(run_suite(module_name, list(args)))

    return run


def run_suite(module_name: str, args: list[str]) -> int:
    """Run one suite's `main` with ARGS; missing shared data is one `Error:` line, exit 1."""
    from factdb.config import find_shared, shared_missing_message

    if "-h" not in args and "--help" not in args and find_shared() is None:
        raise FactdbError(shared_missing_message())
    module = importlib.import_module(module_name)
    return int(module.main(args))


for _name, _module in _SUITES.items():
    evaluate.add_command(_suite_command(_name, _module))
