"""The review screen's ways into the stories: a link's cluster, the clusters, the links listing.

A mixin of `ReviewScreen`, kept apart so that the screen's own module stays about deciding one
link after another. It uses the screen's database, reviewer, lease owner, filter, position and
current link, its busy flag and its `claim` and `count` workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from factdb.services import review
from factdb.services.database import Database
from factdb.services.review.views import Cursor, LinkView, QueueFilter
from factdb.vocab import LinkStatus
from tui.messages import LinkShown
from tui.screens.cluster import ClusterScreen
from tui.screens.clusters import ClustersScreen
from tui.screens.links import LinksScreen

if TYPE_CHECKING:
    from textual.worker import Worker


class StoryKeys(Screen[None]):
    """Keys c (the current link's cluster), g (the clusters) and l (the links listing)."""

    database: Database
    reviewer: str
    owner: str
    flt: QueueFilter
    position: Cursor | None
    current: LinkView | None
    busy: bool

    if TYPE_CHECKING:
        # The review screen's workers, which these keys start.
        def claim(
            self, flt: QueueFilter, after: Cursor | None, release: int | None
        ) -> Worker[None]: ...

        def count(self, flt: QueueFilter) -> Worker[None]: ...

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def pick(self, link_id: int, release: int | None, position: Cursor | None) -> None:
        """Show a link picked from a listing (leased if pending); the queue goes on after it."""
        view = review.open_link(self.database, self.owner, link_id, release)
        after = view.cursor if view.status is LinkStatus.PENDING else position
        self.post_message(LinkShown(view, after))

    def _held(self) -> int | None:
        """The link this screen holds a lease on, to give back when leaving it."""
        view = self.current
        return view.id if view is not None and view.status is LinkStatus.PENDING else None

    def _after_story(self, changed: bool | None) -> None:
        """Back from a cluster: if decisions were made there, read the queue afresh."""
        if changed and not self.busy:
            self.busy = True
            self.claim(self.flt, None, None)
            self.count(self.flt)

    def action_cluster(self) -> None:
        """Read the story of A's cluster (B's when A is in none)."""
        view = self.current
        sides = [view.a, view.b] if view is not None else []
        cluster = next((s.cluster_id for s in sides if s.cluster_id is not None), None)
        if cluster is None:
            self.notify("Neither side is in a cluster yet", timeout=3)
            return
        screen = ClusterScreen(self.database, self.reviewer, cluster, self.owner)
        self.app.push_screen(screen, self._after_story)

    def action_clusters(self) -> None:
        """List the clusters; pick one to read its story."""
        screen = ClustersScreen(self.database, self.reviewer, self.owner)
        self.app.push_screen(screen, self._after_story)

    def action_links(self) -> None:
        """List links of any status; the one picked is shown here, to review or revisit."""

        def picked(link_id: int | None) -> None:
            if link_id is not None and not self.busy:
                self.busy = True
                self.pick(link_id, self._held(), self.position)

        self.app.push_screen(LinksScreen(self.database, self.flt), picked)
