"""Copies grouped as links are found: one cluster per statement, one pending link per two groups.

Syndication repeats every statement of an article in each outlet that runs it, and pairs of
copies grow with the square of their number. The linking service therefore runs in three
steps around the linker (`run_linking` calls them):

1. `plan`: items that are copies of an older item by `copies.copy_key` (same words) and
   `copies.same_speaker` are joined to it by a link of status `auto`, with no scoring; copies
   in the cluster of the item they copy are left out of the linker, which compares the oldest
   copy (the anchor) and one copy of another article in their place.
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

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from factdb.link import LinkItem, Match, ScoredPair, copies
from factdb.link.copies import LONG_QUOTE_WORDS, copy_key, trivial_edit, words_of
from factdb.link.normalize import tokens
from factdb.models import ClusterMember, Link, Quote
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.database import Database
from factdb.vocab import LinkKind, LinkStatus, Relation

PairKey = tuple[LinkKind, int, int]
Node = tuple[Any, int]
"""An item (its kind, its id) or a stored cluster ("cluster", its id) in the forest."""
SAME_WORDS = "same words"
COPY_SCORE = 100.0
_BATCH = 2000


class _Forest:
    """Union-find over items and stored clusters; a root remembers the stored cluster it holds."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.stored: dict[Node, int] = {}

    def find(self, node: Node) -> Node:
        """The root of NODE's group (NODE itself when alone)."""
        parent = self.parent
        root = node
        while (up := parent.get(root, root)) != root:
            root = up
        while node != root:
            node, parent[node] = parent[node], root
        return root

    def join_cluster(self, item: Node, cluster_id: int) -> None:
        """Put ITEM in the group of stored cluster CLUSTER_ID."""
        node: Node = ("cluster", cluster_id)
        self.stored[node] = cluster_id
        self.parent[item] = node

    def union(self, a: Node, b: Node) -> bool | None:
        """Join the groups of A and B: True if joined, None if already one, False if refused.

        Refused: both groups hold a stored cluster, and merging clusters is a reviewer's call.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if ra in self.stored and rb in self.stored:
            return False
        if ra in self.stored:
            ra, rb = rb, ra
        self.parent[ra] = rb
        return True


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A pair kept for review, packed: the evidence as JSON text until it is stored."""

    kind: LinkKind
    a_id: int
    b_id: int
    score: float
    relation: Relation
    evidence: str
    pairs: int = 1

    def unpack(self) -> ScoredPair:
        evidence = json.loads(self.evidence)
        if self.pairs > 1:
            # The closest pair between two groups stands for all of them.
            evidence["group"] = {"pairs": self.pairs}
        match = Match(score=self.score, link=True, relation=self.relation, evidence=evidence)
        return ScoredPair(self.kind, self.a_id, self.b_id, match)


@dataclass
class Grouping:
    """What `plan` found; SIFT and STORE finish the job (see the module docstring)."""

    new: list[LinkItem]
    """The new items the linker compares (copies already grouped left out)."""
    stored: list[LinkItem]
    """The stored items the linker compares against."""
    items: dict[LinkKind, dict[int, LinkItem]]
    existing: dict[PairKey, Any]
    forest: _Forest
    auto: list[dict[str, Any]] = field(default_factory=list)
    joined: dict[LinkKind, set[int]] = field(default_factory=dict)

    def _auto(self, kind: LinkKind, x: int, y: int, score: float, evidence: dict[str, Any]) -> None:
        a, b = sorted((x, y))
        side = kind.value
        self.auto.append(
            {
                "kind": kind,
                "relation": Relation.SAME,
                "status": LinkStatus.AUTO,
                f"a_{side}_id": a,
                f"b_{side}_id": b,
                "score": score,
                "evidence": evidence,
                "decided_at": utcnow(),
            }
        )
        self.joined.setdefault(kind, set()).update((a, b))

    def sift(self, pairs: Iterable[ScoredPair]) -> Iterator[ScoredPair]:
        """Read every pair; keep the best per two groups (see the module docstring).

        Pairs that already have a link pass unchanged, for the linking service to re-score.
        """
        passing: list[ScoredPair] = []
        best: dict[Hashable, _Candidate] = {}
        for pair in pairs:
            if (pair.kind, pair.a_id, pair.b_id) in self.existing:
                passing.append(pair)
            elif not self._copied(pair):
                self._keep(best, self._candidate(pair))
        regrouped: dict[Hashable, _Candidate] = {}
        linked = self._linked_groups()
        for candidate in best.values():
            key = self._groups(candidate.kind, candidate.a_id, candidate.b_id)
            if key is not None and key not in linked:
                self._keep(regrouped, candidate, key)
        kept = sorted(regrouped.values(), key=lambda c: (c.kind, c.a_id, c.b_id))
        return iter([*passing, *(c.unpack() for c in kept)])

    def _copied(self, pair: ScoredPair) -> bool:
        """Join PAIR's items as copies if it is a trivial edit the groups allow."""
        if pair.match.relation is not Relation.SAME:
            return False
        items = self.items[pair.kind]
        reason = trivial_edit(items[pair.a_id], items[pair.b_id])
        if reason is None:
            return False
        joined = self.forest.union((pair.kind, pair.a_id), (pair.kind, pair.b_id))
        if joined is False:
            return False
        if joined:
            evidence = {**pair.match.evidence, "copy": reason}
            self._auto(pair.kind, pair.a_id, pair.b_id, pair.match.score, evidence)
        return True

    @staticmethod
    def _candidate(pair: ScoredPair) -> _Candidate:
        m = pair.match
        return _Candidate(
            pair.kind, pair.a_id, pair.b_id, m.score, m.relation, json.dumps(m.evidence)
        )

    def _groups(self, kind: LinkKind, a: int, b: int) -> frozenset[Node] | None:
        """The two groups of items A and B, or None when they are one."""
        ra, rb = self.forest.find((kind, a)), self.forest.find((kind, b))
        return None if ra == rb else frozenset((ra, rb))

    def _keep(
        self,
        best: dict[Hashable, _Candidate],
        candidate: _Candidate,
        key: Hashable | None = None,
    ) -> None:
        """Keep CANDIDATE under KEY (its groups now) if it beats the pair kept there."""
        if key is None:
            key = self._groups(candidate.kind, candidate.a_id, candidate.b_id)
            if key is None:
                return
        held = best.get(key)
        if held is None:
            best[key] = candidate
            return
        winner = max(held, candidate, key=lambda c: (c.score, -c.a_id, -c.b_id))
        best[key] = _with_pairs(winner, held.pairs + candidate.pairs)

    def _linked_groups(self) -> set[frozenset[Node]]:
        """The pairs of groups that a stored link (any status) connects."""
        linked: set[frozenset[Node]] = set()
        for kind, a, b in self.existing:
            key = self._groups(kind, a, b)
            if key is not None:
                linked.add(key)
        return linked

    def store(self, database: Database) -> int:
        """Write the `auto` links and recompute the clusters they touch; how many links."""
        if not self.auto:
            return 0
        with database.write() as session:
            for start in range(0, len(self.auto), _BATCH):
                session.execute(insert(Link), self.auto[start : start + _BATCH])
            for kind, items in self.joined.items():
                clusters.recompute(session, kind, items)
        return len(self.auto)


def _with_pairs(candidate: _Candidate, pairs: int) -> _Candidate:
    return _Candidate(
        candidate.kind,
        candidate.a_id,
        candidate.b_id,
        candidate.score,
        candidate.relation,
        candidate.evidence,
        pairs,
    )


def plan(
    session: Session,
    new: list[LinkItem],
    stored: list[LinkItem],
    existing: dict[PairKey, Any],
    *,
    full: bool,
) -> Grouping:
    """Group the copies among NEW and STORED items (step 1) and say what the linker compares."""
    items: dict[LinkKind, dict[int, LinkItem]] = {kind: {} for kind in LinkKind}
    for item in (*stored, *new):
        items[item.kind][item.id] = item
    forest = _forest(session)
    grouping = Grouping(new, stored, items, existing, forest)
    eligible = {(i.kind, i.id) for i in (stored + new if full else new)}
    left_out: set[Node] = set()
    for group in _copy_groups(session, items):
        anchors: list[LinkItem] = []
        seconds: set[int] = set()
        for item in group:
            anchor = _anchor(anchors, item)
            if anchor is None:
                anchors.append(item)
            elif _group_copy(grouping, anchor, item, (item.kind, item.id) in eligible):
                # The linker never pairs two items of one article, so the anchor's copies keep
                # one stand-in from another article: an item of the anchor's article still
                # meets the group through it.
                if anchor.id in seconds or item.article_id == anchor.article_id:
                    left_out.add((item.kind, item.id))
                else:
                    seconds.add(anchor.id)
    grouping.new = [i for i in new if (i.kind, i.id) not in left_out]
    grouping.stored = [i for i in stored if (i.kind, i.id) not in left_out]
    return grouping


def _anchor(anchors: list[LinkItem], item: LinkItem) -> LinkItem | None:
    """The oldest of ANCHORS (same words) whose speaker is ITEM's, the same name first."""
    same = [a for a in anchors if copies.same_speaker(a.speaker, item.speaker)]
    exact = [a for a in same if a.speaker == item.speaker]
    return (exact or same)[0] if same else None


def _group_copy(grouping: Grouping, anchor: LinkItem, copy: LinkItem, eligible: bool) -> bool:
    """Join COPY to ANCHOR if allowed; whether the linker can leave COPY out."""
    kind = copy.kind
    forest = grouping.forest
    if forest.find((kind, copy.id)) == forest.find((kind, anchor.id)):
        return True
    # A stored link, whatever its status, is a decision to respect (or one still to make).
    if not eligible or (kind, anchor.id, copy.id) in grouping.existing:
        return False
    if not forest.union((kind, anchor.id), (kind, copy.id)):
        return False
    evidence = {"copy": SAME_WORDS, "reason": "copies of one statement: same speaker, same words"}
    grouping._auto(kind, anchor.id, copy.id, COPY_SCORE, evidence)
    return True


def _forest(session: Session) -> _Forest:
    """A forest holding every stored cluster."""
    forest = _Forest()
    # Exactly one item column is set (CHECK one_item), so the ids are ints here.
    rows: Iterable[tuple[int, int, int]] = session.execute(
        select(ClusterMember.cluster_id, ClusterMember.quote_id, ClusterMember.claim_id)
    )
    for cluster_id, quote_id, claim_id in rows:
        if quote_id is not None:
            forest.join_cluster((LinkKind.QUOTE, quote_id), cluster_id)
        else:
            forest.join_cluster((LinkKind.CLAIM, claim_id), cluster_id)
    return forest


def _short_quote_sentences(session: Session, quotes: dict[int, LinkItem]) -> dict[int, str]:
    """The sentences of the quotes too short to be told copies by their words alone."""
    short = {i for i, q in quotes.items() if len(tokens(words_of(q.text))) < LONG_QUOTE_WORDS}
    sentences: dict[int, str] = {}
    ordered = sorted(short)
    for start in range(0, len(ordered), _BATCH):
        chunk = ordered[start : start + _BATCH]
        rows = session.execute(select(Quote.id, Quote.sentence).where(Quote.id.in_(chunk)))
        sentences.update((qid, sentence) for qid, sentence in rows)
    return sentences


def _copy_groups(
    session: Session, items: dict[LinkKind, dict[int, LinkItem]]
) -> Iterator[list[LinkItem]]:
    """Groups of two or more items that share a copy key, each by id (the anchor first).

    Items are first bucketed by the key's hash, which holds no text; the keys of the few
    buckets of two or more are then compared in full.
    """
    sentences = _short_quote_sentences(session, items[LinkKind.QUOTE])
    for kind in LinkKind:
        by_hash: dict[int, list[int]] = {}
        for item_id in sorted(items[kind]):
            key = copy_key(items[kind][item_id], sentences.get(item_id))
            if key is not None:
                by_hash.setdefault(hash(key), []).append(item_id)
        for ids in by_hash.values():
            if len(ids) < 2:
                continue
            by_key: dict[Hashable, list[LinkItem]] = {}
            for item_id in ids:
                item = items[kind][item_id]
                by_key.setdefault(copy_key(item, sentences.get(item_id)), []).append(item)
            yield from (group for group in by_key.values() if len(group) > 1)
