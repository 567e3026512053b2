"""`factdb decide`: record decisions on links without the review application, one or many."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from typing import TYPE_CHECKING

import click

from factdb.cli.commands.review import reviewer_option
from factdb.cli.context import AppContext, pass_app
from factdb.vocab import LinkKind, LinkStatus, Relation, ReviewAction

if TYPE_CHECKING:
    from factdb.services.bulk import BulkResult

DECISIONS = ("confirm", "reject", "undo")
DAY = click.DateTime(["%Y-%m-%d"])
STDIN = "-"
_HEADER = re.compile(r"[A-Za-z_][\w ]*")
"""A first line of words (`link_id`, as `factdb sql --format csv` writes it) is a header."""


def _ids_from_stdin() -> list[int]:
    """Link ids read from stdin: integers separated by spaces, commas or lines."""
    text = sys.stdin.read()
    first, _, rest = text.partition("\n")
    if _HEADER.fullmatch(first.strip()):
        text = rest
    ids = []
    for token in re.split(r"[\s,]+", text.strip()):
        if not token:
            continue
        if not token.isdigit():
            raise click.UsageError(f"not a link id on stdin: {token!r}")
        ids.append(int(token))
    return ids


def _parse(arguments: tuple[str, ...]) -> tuple[list[int], str, bool]:
    """The link ids, the decision, and whether ids came from stdin."""
    *given, decision = arguments
    if decision not in DECISIONS:
        raise click.BadParameter(
            f"{decision!r} is not one of {', '.join(DECISIONS)}", param_hint="DECISION"
        )
    ids: list[int] = []
    from_stdin = False
    for value in given:
        if value == STDIN:
            ids += _ids_from_stdin()
            from_stdin = True
        elif value.isdigit():
            ids.append(int(value))
        else:
            raise click.BadParameter(f"{value!r} is not a link id", param_hint="LINK_ID")
    return ids, decision, from_stdin


def _single(
    app: AppContext, link_id: int, decision: str, reviewer: str, note: str | None, force: bool
) -> None:
    """One link, as before bulk decisions existed: its status before and after."""
    from factdb.services import bulk, review

    database = app.database()
    if decision == "undo":
        view = review.undo(database, link_id, reviewer)
        click.echo(f"Link {link_id}: undone, now {view.status}.", err=True)
        return
    expected = None if force else bulk.OPEN
    result = review.decide(database, link_id, decision, reviewer, expected=expected, note=note)
    cluster = (
        f"; its items are in a cluster of {result.cluster_size}" if result.cluster_size > 1 else ""
    )
    click.echo(
        f"Link {link_id}: {result.status_before} -> {result.status_after} by {reviewer}{cluster}.",
        err=True,
    )


def _say(result: BulkResult, reviewer: str) -> str:
    """One line: how many links went from which status to which, and what else happened."""
    before = ", ".join(f"{n:,} {status}" for status, n in sorted(result.before.items()))
    verb = "Would decide" if result.dry_run else "Decided"
    line = f"{verb} {result.decided:,} links"
    if before:
        line += f" ({before})"
    line += f" -> {result.status_after} by {reviewer}"
    if result.held:
        line += f"; {result.held:,} left out, held by other reviewers"
    if result.dry_run:
        return line + "; dry run, nothing changed."
    return line + f"; {result.clusters:,} clusters touched; in {result.seconds:.1f} s."


@click.command()
@click.argument("arguments", nargs=-1, required=True, metavar="[LINK_ID... | -] DECISION")
@reviewer_option
@click.option("--note", metavar="TEXT", help="A note stored with the decision.")
@click.option("--force", is_flag=True, help="Change links that are already decided.")
@click.option("--kind", type=click.Choice([k.value for k in LinkKind]), help="Only these links.")
@click.option("--relation", type=click.Choice([r.value for r in Relation]), help="Only these.")
@click.option("--min-score", type=click.FloatRange(0, 100), help="Only links scoring at least.")
@click.option("--max-score", type=click.FloatRange(0, 100), help="Only links scoring at most.")
@click.option("--outlet", metavar="TEXT", help="Only links with a side from such an outlet.")
@click.option("--speaker", metavar="TEXT", help="Only links with a side by such a speaker.")
@click.option(
    "--status",
    type=click.Choice([s.value for s in LinkStatus]),
    help="Only links in this status [default: pending; auto for undo].",
)
@click.option("--cluster", type=click.IntRange(min=1), help="Only links with an item in it.")
@click.option("--from", "published_from", type=DAY, help="Either side published on or after.")
@click.option("--to", "published_to", type=DAY, help="Either side published on or before.")
@click.option("--dry-run", is_flag=True, help="Count what would be decided; change nothing.")
@pass_app
def decide(
    app: AppContext,
    arguments: tuple[str, ...],
    reviewer: str,
    note: str | None,
    force: bool,
    kind: str | None,
    relation: str | None,
    min_score: float | None,
    max_score: float | None,
    outlet: str | None,
    speaker: str | None,
    status: str | None,
    cluster: int | None,
    published_from: datetime | None,
    published_to: datetime | None,
    dry_run: bool,
) -> None:
    """Confirm, reject or undo links, exactly as the review application does.

    DECISION is confirm, reject or undo. `factdb decide LINK_ID confirm` decides one link.
    Many ids, or `-` to read ids from stdin (one per line, or separated by spaces or commas;
    a header line is skipped), or filters without ids, decide every link chosen, in one
    transaction: audited link by link, clusters recomputed once. Undo sends links grouped
    automatically (status auto) back to review; with one id it undoes your last decision.
    """
    from factdb.services import bulk
    from factdb.services.review.views import QueueFilter

    ids, decision, from_stdin = _parse(arguments)
    flt = QueueFilter(
        kind=LinkKind(kind) if kind else None,
        relation=Relation(relation) if relation else None,
        outlet=outlet or None,
        speaker=speaker or None,
        min_score=min_score,
        max_score=max_score,
        published_from=published_from.date() if published_from else None,
        published_to=published_to.date() if published_to else None,
    )
    filtering = flt != QueueFilter() or status is not None or cluster is not None
    if ids and filtering:
        raise click.UsageError("give link ids or filters, not both")
    if not ids and not filtering and not from_stdin:
        raise click.UsageError("give a LINK_ID, several, `-` (ids on stdin) or a filter")
    if len(ids) == 1 and not from_stdin and not dry_run:
        _single(app, ids[0], decision, reviewer, note, force)
        return
    selection = bulk.Selection(
        ids=tuple(ids),
        flt=flt,
        status=LinkStatus(status) if status else None,
        cluster=cluster,
    )
    result = bulk.decide_many(
        app.database(),
        selection,
        ReviewAction(decision),
        reviewer,
        note=note,
        force=force,
        dry_run=dry_run,
    )
    click.echo(_say(result, reviewer), err=True)
