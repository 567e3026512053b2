"""Copies grouped as links are found: one cluster per statement, one pending link per two groups.

Syndication repeats every statement of an article in each outlet that runs it, and pairs of
copies grow with the square of their number. The linking service therefore runs in three
steps around the linker (`run_linking` calls them):

1. `plan`: items that are copies of an older item (same words and `copies.same_speaker`; a
   short item only between articles that are copies of each other) are joined to it by a link
   of status `auto`, with no scoring; copies in the cluster of the item they copy are left out
   of the linker, which compares the oldest copy (the anchor) and one copy of another article
   in their place.
2. `Grouping.sift`: of the linker's pairs, a trivially edited copy (`copies.trivial_edit`)
   becomes an `auto` link too; the other pairs are put in groups, the group of an item being
   everything joined to it (its cluster, and copies joined in this run), and only the best
   pair between two groups is kept: the new item is reviewed against the closest member of a
   cluster, not against each member. Pairs inside one group, and pairs of two groups that a
   stored link already connects (pending, rejected or joining), are dropped.
3. `Grouping.store`: the `auto` links are written and the clusters they touch recomputed, in
   one transaction; the pairs kept are then stored as pending by the linking service.

`auto` never merges two clusters that exist already: that is a reviewer's decision, so such a
pair stays pending. A copy whose link to its anchor was rejected, or undone (pending again), is
not grouped with it again.
"""

from factdb.services.grouping.plan import plan
from factdb.services.grouping.sift import Grouping

__all__ = ["Grouping", "plan"]
