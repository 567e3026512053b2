"""A click group whose subcommands are imported on first use, listed from stored summaries."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

import click


class LazyGroup(click.Group):
    """A group that maps names to "module:attribute" and imports a command only to run it.

    The help listing shows each command's summary from the registry, so `--help` imports no
    command module at all.
    """

    def __init__(
        self, *args: object, registry: Mapping[str, tuple[str, str]], package: str, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.registry = registry
        self.package = package

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, registered or added directly, sorted."""
        return sorted({*self.registry, *super().list_commands(ctx)})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command called CMD_NAME, imported now if it is a registered one."""
        entry = self.registry.get(cmd_name)
        if entry is None or cmd_name in self.commands:
            return super().get_command(ctx, cmd_name)
        module_name, _, attribute = entry[0].partition(":")
        module = importlib.import_module(f"{self.package}.{module_name}")
        command = getattr(module, attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{entry[0]} is not a click command")
        self.add_command(command, cmd_name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the registry's summaries, without importing any command."""
        rows = []
        for name in self.list_commands(ctx):
            entry = self.registry.get(name)
            if entry is not None and name not in self.commands:
                rows.append((name, entry[1]))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(formatter.width)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
