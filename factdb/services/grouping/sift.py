"""Steps 2 and 3 of grouping: the linker's pairs sifted, one per two groups; `auto` links stored."""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from factdb.link import LinkItem, Match, ScoredPair
from factdb.link.copies import trivial_edit
from factdb.models import Link
from factdb.models.base import utcnow
from factdb.services import clusters
from factdb.services.database import Database
from factdb.services.grouping.forest import Forest, Node
from factdb.services.link_rows import insert_links
from factdb.vocab import LinkKind, LinkStatus, Relation

PairKey = tuple[LinkKind, int, int]
BATCH = 2000
"""Links written per statement."""


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
    forest: Forest
    auto: list[dict[str, Any]] = field(default_factory=list)
    joined: dict[LinkKind, set[int]] = field(default_factory=dict)

    def add_auto(
        self, kind: LinkKind, x: int, y: int, score: float, evidence: dict[str, Any]
    ) -> None:
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
            self.add_auto(pair.kind, pair.a_id, pair.b_id, pair.match.score, evidence)
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
        added = 0
        statement = insert_links(database).returning(Link.id)
        with database.write() as session:
            for start in range(0, len(self.auto), BATCH):
                rows = session.execute(statement, self.auto[start : start + BATCH])
                added += len(rows.all())
            for kind, items in self.joined.items():
                clusters.recompute(session, kind, items)
        return added


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
