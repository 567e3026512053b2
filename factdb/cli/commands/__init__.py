"""Every factdb command, one module per command or family."""

from __future__ import annotations

import click

from factdb.cli.commands.admin import stats, upgrade

COMMANDS: list[click.Command] = [upgrade, stats]
