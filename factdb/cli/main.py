"""The `factdb` command group: database selection and the one place errors become messages."""

from __future__ import annotations

import sys
from typing import Any

import click

from factdb import __version__
from factdb.cli.commands import COMMANDS
from factdb.cli.context import AppContext
from factdb.cli.lazy import LazyGroup
from factdb.errors import FactdbError


class FactdbGroup(LazyGroup):
    """The command group: commands load lazily; every factdb error becomes one `Error:` line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactdbError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted")
        except BrokenPipeError:
            # A closed pipe (`factdb export ... | head`) is the reader's choice, not an error.
            sys.stderr.close()
            sys.exit(0)


def fail(message: str) -> None:
    """Print MESSAGE as one error line and exit 1."""
    one_line = " ".join(message.split())
    click.echo(f"Error: {one_line}", err=True)
    sys.exit(1)


@click.group(
    cls=FactdbGroup,
    registry=COMMANDS,
    package="factdb.cli.commands",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    "db_url",
    metavar="URL",
    envvar="FACTDB_URL",
    help="SQLAlchemy database URL, before or after the command "
    "[env FACTDB_URL; default sqlite:///factdb.sqlite].",
)
@click.version_option(__version__, prog_name="factdb")
@click.pass_context
def cli(ctx: click.Context, db_url: str | None) -> None:
    """Track quotes and numeric claims across news articles."""
    app = AppContext(url=db_url)
    ctx.obj = app
    ctx.call_on_close(app.close)


def main() -> None:
    """Entry point of the `factdb` console script."""
    cli(prog_name="factdb")
