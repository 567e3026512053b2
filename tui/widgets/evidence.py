"""The score of the current link and its evidence in words, hidden in blind mode."""

from __future__ import annotations

from rich.text import Text

from factdb.services.review.explain import explain
from factdb.services.review.views import LinkView
from factdb.vocab import LinkStatus
from tui.widgets.panel import Panel


def cluster_hint(view: LinkView) -> str | None:
    """What confirming VIEW would do to clusters, when it joins anything to one."""
    a, b = view.a, view.b
    if a.cluster_id is not None and a.cluster_id == b.cluster_id:
        return f"A and B are already in one cluster of {a.cluster_size} items"
    if a.cluster_size > 1 and b.cluster_size > 1:
        return f"Confirming merges two clusters ({a.cluster_size} + {b.cluster_size} items)"
    if b.cluster_size > 1:
        return f"Confirming adds A to B's cluster of {b.cluster_size} items"
    if a.cluster_size > 1:
        return f"Confirming adds B to A's cluster of {a.cluster_size} items"
    return None


class EvidencePanel(Panel):
    """Score, relation and evidence of the current link, with notes and cluster effects."""

    DEFAULT_CSS = """
    EvidencePanel {
        border: round $secondary;
        padding: 0 1;
        height: auto;
        max-height: 8;
    }
    """

    def show(self, view: LinkView, *, blind: bool) -> None:
        """Display VIEW's score and evidence (only a placeholder for them if BLIND)."""
        self.border_title = f"Link #{view.id} · {view.kind} · {view.relation}"
        text = Text()
        if blind:
            text.append("Score hidden (blind mode)", style="dim")
        else:
            text.append(f"Score {view.score:.1f}", style="bold")
            for phrase in explain(view):
                text.append(" · ", style="dim")
                text.append(phrase)
        hint = cluster_hint(view)
        if hint:
            text.append(f"\n{hint}", style="bold cyan")
        if view.status is not LinkStatus.PENDING:
            decided = f" by {view.reviewer}" if view.reviewer else ""
            text.append(f"\nAlready {view.status}{decided}: y or n changes it", style="bold")
        if view.note:
            text.append(f"\nNote: {view.note}", style="italic")
        self.show_text(text)

    def clear_link(self) -> None:
        """Show nothing (no current link)."""
        self.border_title = "Link"
        self.show_text(Text(""))
