"""`factdb link`: propose links between quotes and between claims of different articles."""

from __future__ import annotations

import sys

import click

from factdb.cli.context import AppContext, pass_app
from factdb.link.scoring import DEFAULT_THRESHOLD


class StderrProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if not self.enabled or percent == self.last:
            return
        self.last = percent
        bar = "#" * (percent // 4)
        click.echo(f"\rLinking [{bar:<25}] {percent:3d}% {done:,}/{total:,}", err=True, nl=False)

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled and self.last >= 0:
            click.echo(err=True)


def _say_waiting() -> None:
    click.echo("Waiting for another link run on this database to finish...", err=True)


@click.command()
@click.option("--full", is_flag=True, help="Compare every stored item, not only what is new.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes that score candidates in parallel.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Least score (0-100) of a proposed link.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where candidates are scored: this machine, or a Dask cluster (PostgreSQL only).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask).",
)
@pass_app
def link(
    app: AppContext,
    full: bool,
    workers: int,
    threshold: float,
    engine: str,
    scheduler: str | None,
) -> None:
    """Find and store candidate links between quotes and between claims of different articles.

    Without --full, only items added since the last run are compared, each with everything
    stored before it: a series of runs finds what one run over everything finds. Pairs
    already linked are left as they are: a rejected pair is never proposed again and a
    confirmed one keeps its status; --full re-scores links still pending and drops those
    no longer proposed (unless a review or a lease holds them). A second run
    started meanwhile waits for the first.

    With --engine dask the candidates are scored by the workers of a Dask cluster
    (`pip install 'factdb[dask]'`) that reach the same PostgreSQL; the links are the same.
    """
    if (engine == "dask") != (scheduler is not None):
        raise click.UsageError("--engine dask and --scheduler ADDRESS go together")
    progress = StderrProgress()
    try:
        if scheduler is not None:
            from factdb.services.distributed import run_linking_on_dask

            # A SQLite file is refused, so none is created for it.
            summary = run_linking_on_dask(
                app.database(),
                scheduler,
                full=full,
                threshold=threshold,
                progress=progress,
                on_wait=_say_waiting,
            )
        else:
            from factdb.services.linking import run_linking

            summary = run_linking(
                app.database(create=True),
                full=full,
                threshold=threshold,
                workers=workers,
                progress=progress,
                on_wait=_say_waiting,
            )
    finally:
        progress.close()
    rescored = (
        f", {summary.rescored} re-scored, {summary.dropped} no longer proposed dropped"
        if summary.full
        else ""
    )
    grouped = f", {summary.grouped} copies grouped automatically" if summary.grouped else ""
    click.echo(
        f"Linked: {summary.candidates} candidates scored, {summary.created} new links "
        f"({summary.conflicts} conflicts){grouped}{rescored} in {summary.seconds:.1f} s",
        err=True,
    )
