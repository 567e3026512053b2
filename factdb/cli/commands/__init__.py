"""Every factdb command, one module per command or family."""

from __future__ import annotations

import click

from factdb.cli.commands.admin import stats, upgrade
from factdb.cli.commands.compare import compare
from factdb.cli.commands.decide import decide
from factdb.cli.commands.evaluate import evaluate
from factdb.cli.commands.export import export
from factdb.cli.commands.extract import extract
from factdb.cli.commands.ingest import ingest
from factdb.cli.commands.link import link
from factdb.cli.commands.review import review
from factdb.cli.commands.roles import grant_analyst
from factdb.cli.commands.speakers import speakers
from factdb.cli.commands.sql import sql

COMMANDS: list[click.Command] = [
    ingest,
    extract,
    link,
    compare,
    review,
    decide,
    export,
    sql,
    grant_analyst,
    upgrade,
    stats,
    evaluate,
    speakers,
]
