"""The review keys, each with an id so a keymap can remap it (see `tui.keymap`)."""

from __future__ import annotations

from textual.binding import Binding

REVIEW_BINDINGS: list[Binding] = [
    Binding("y", "confirm", "Confirm", id="confirm", tooltip="Confirm the link and go on"),
    Binding("n", "reject", "Reject", id="reject", tooltip="Reject the link and go on"),
    Binding("s", "skip", "Skip", id="skip", tooltip="Leave the link pending and go on"),
    Binding("u", "undo", "Undo", id="undo", tooltip="Undo your last decision (repeatable)"),
    Binding("e", "note", "Note", id="note", tooltip="Add a note to the link"),
    Binding("slash", "filter", "Filter", id="filter", tooltip="Choose which links to review"),
    Binding(
        "a",
        "article('a')",
        "Article A",
        id="article_a",
        show=False,
        tooltip="Read A's article around it",
    ),
    Binding(
        "b",
        "article('b')",
        "Article B",
        id="article_b",
        show=False,
        tooltip="Read B's article around it",
    ),
    Binding(
        "v",
        "verdict",
        "Verdict",
        id="verdict",
        show=False,
        tooltip="Give the link's cluster a fact-check verdict",
    ),
    Binding(
        "m",
        "blind",
        "Blind",
        id="blind",
        show=False,
        tooltip="Hide or show scores until a decision",
    ),
    Binding("c", "cluster", "Story", id="cluster", tooltip="The story of A's (or B's) cluster"),
    Binding("g", "clusters", "Clusters", id="clusters", tooltip="List the clusters, pick one"),
    Binding(
        "l", "links", "Links", id="links", tooltip="List links by status, date, order; pick one"
    ),
]
"""Bindings of the review screen."""

CLUSTER_BINDINGS: list[Binding] = [
    Binding(
        "y",
        "decide_cluster('confirm')",
        "Confirm all",
        id="cluster_confirm",
        tooltip="Confirm every pending link of the cluster (asks first)",
    ),
    Binding(
        "n",
        "decide_cluster('reject')",
        "Reject all",
        id="cluster_reject",
        tooltip="Reject every pending link of the cluster (asks first)",
    ),
    Binding(
        "x",
        "ungroup",
        "Ungroup",
        id="ungroup",
        tooltip="Send the chosen copy's automatic grouping back to review",
    ),
    Binding(
        "v",
        "verdict",
        "Verdict",
        id="cluster_verdict",
        tooltip="Give the cluster a fact-check verdict, or change it",
    ),
    Binding("escape,q", "close", "Back", id="cluster_close", tooltip="Back to where you were"),
]
"""Bindings of the cluster screen (a cluster's story)."""

APP_BINDINGS: list[Binding] = [
    Binding("question_mark", "help", "Help", id="help", tooltip="List the keys"),
    Binding("q", "quit", "Quit", id="quit", tooltip="Leave (decisions are already saved)"),
]
"""Bindings of the whole application."""

BINDING_IDS = {b.id for b in REVIEW_BINDINGS + CLUSTER_BINDINGS + APP_BINDINGS if b.id}
