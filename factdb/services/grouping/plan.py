"""Step 1 of grouping: copies found by their words before linking, joined, left out of the linker.

Items sharing a `copies.copy_key` (long enough to be told by their words) are grouped first;
every copy joined to an anchor in another article counts one shared statement for the pair of
articles. Short items (`copies.short_key`) are then grouped only between articles that share
`SYNDICATED_SHARED` statements: copies of one article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factdb.link import LinkItem
from factdb.link.copies import (
    LONG_QUOTE_WORDS,
    SYNDICATED_SHARED,
    copy_key,
    same_speaker,
    short_key,
    words_of,
)
from factdb.link.normalize import tokens
from factdb.models import ClusterMember, Quote
from factdb.services.grouping.forest import Forest, Node
from factdb.services.grouping.sift import BATCH, Grouping, PairKey
from factdb.vocab import LinkKind

SAME_WORDS = "same words"
COPY_SCORE = 100.0
ArticlePair = frozenset[int]
Key = Callable[[LinkItem], Hashable | None]


def plan(
    session: Session,
    new: list[LinkItem],
    stored: list[LinkItem],
    existing: dict[PairKey, Any],
    *,
    full: bool,
) -> Grouping:
    """Group the copies among NEW and STORED items and say what the linker compares."""
    items: dict[LinkKind, dict[int, LinkItem]] = {kind: {} for kind in LinkKind}
    for item in (*stored, *new):
        items[item.kind][item.id] = item
    grouping = Grouping(new, stored, items, existing, _forest(session))
    eligible = {(i.kind, i.id) for i in (stored + new if full else new)}
    # Every key below starts from an item's normalised words: each is computed once.
    words = {(i.kind, i.id): words_of(i.text) for i in (*stored, *new)}
    sentences = _short_quote_sentences(session, items[LinkKind.QUOTE], words)
    strong_keys: dict[Node, Hashable | None] = {}

    def strong(item: LinkItem) -> Hashable | None:
        node = (item.kind, item.id)
        if node not in strong_keys:
            strong_keys[node] = copy_key(item, sentences.get(item.id), words=words[node])
        return strong_keys[node]

    def weak(item: LinkItem) -> Hashable | None:
        if strong(item) is not None:
            return None
        return short_key(item, words=words[item.kind, item.id])

    shared: Counter[ArticlePair] = Counter()
    left_out = _join_groups(grouping, _groups(items, strong), eligible, shared.update)
    syndicated = {pair for pair, n in shared.items() if n >= SYNDICATED_SHARED}
    left_out |= _join_groups(grouping, _groups(items, weak), eligible, None, syndicated)
    grouping.new = [i for i in new if (i.kind, i.id) not in left_out]
    grouping.stored = [i for i in stored if (i.kind, i.id) not in left_out]
    return grouping


def _join_groups(
    grouping: Grouping,
    groups: Iterable[list[LinkItem]],
    eligible: set[Node],
    count: Callable[[Iterable[ArticlePair]], None] | None,
    articles: set[ArticlePair] | None = None,
) -> set[Node]:
    """Join each group's copies to their anchors; the copies the linker can leave out.

    COUNT hears the article pairs of the copies grouped; ARTICLES, if given, are the only
    article pairs whose items may be grouped.
    """
    left_out: set[Node] = set()
    for group in groups:
        anchors: list[LinkItem] = []
        seconds: set[int] = set()
        for item in group:
            anchor = _anchor(anchors, item, articles)
            if anchor is None:
                anchors.append(item)
                continue
            if not _group_copy(grouping, anchor, item, (item.kind, item.id) in eligible):
                continue
            if count is not None and item.article_id != anchor.article_id:
                count([frozenset((anchor.article_id, item.article_id))])
            # The linker never pairs two items of one article, so the anchor's copies keep one
            # stand-in from another article: an item of the anchor's article still meets the
            # group through it.
            if anchor.id in seconds:
                left_out.add((item.kind, item.id))
            else:
                seconds.add(anchor.id)
    return left_out


def _anchor(
    anchors: list[LinkItem], item: LinkItem, articles: set[ArticlePair] | None
) -> LinkItem | None:
    """The oldest of ANCHORS (same words) whose speaker is ITEM's, the same name first.

    An anchor is of another article: links join items of different articles only (a sentence
    an article repeats stays two items). With ARTICLES, only an anchor whose article and
    ITEM's are one of those pairs.
    """
    same = [
        a
        for a in anchors
        if a.article_id != item.article_id
        and same_speaker(a.speaker, item.speaker)
        and (articles is None or frozenset((a.article_id, item.article_id)) in articles)
    ]
    exact = [a for a in same if a.speaker == item.speaker]
    return (exact or same)[0] if same else None


def _group_copy(grouping: Grouping, anchor: LinkItem, copy: LinkItem, eligible: bool) -> bool:
    """Join COPY to ANCHOR if allowed; whether they are in one group afterwards."""
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
    grouping.add_auto(kind, anchor.id, copy.id, COPY_SCORE, evidence)
    return True


def _forest(session: Session) -> Forest:
    """A forest holding every stored cluster."""
    forest = Forest()
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


def _short_quote_sentences(
    session: Session, quotes: dict[int, LinkItem], words: dict[Node, str]
) -> dict[int, str]:
    """The sentences of the quotes too short to be told copies by their words alone.

    WORDS holds each item's `words_of` its text.
    """
    short = {i for i in quotes if len(tokens(words[LinkKind.QUOTE, i])) < LONG_QUOTE_WORDS}
    sentences: dict[int, str] = {}
    ordered = sorted(short)
    for start in range(0, len(ordered), BATCH):
        chunk = ordered[start : start + BATCH]
        rows = session.execute(select(Quote.id, Quote.sentence).where(Quote.id.in_(chunk)))
        sentences.update((qid, sentence) for qid, sentence in rows)
    return sentences


def _groups(items: dict[LinkKind, dict[int, LinkItem]], key: Key) -> Iterator[list[LinkItem]]:
    """Groups of two or more items with one KEY, each by id (the anchor first).

    Items are first bucketed by the key's hash, which holds no text; the keys of the few
    buckets of two or more are then compared in full.
    """
    for kind in LinkKind:
        by_hash: dict[int, list[int]] = {}
        for item_id in sorted(items[kind]):
            found = key(items[kind][item_id])
            if found is not None:
                by_hash.setdefault(hash(found), []).append(item_id)
        for ids in by_hash.values():
            if len(ids) < 2:
                continue
            by_key: dict[Hashable, list[LinkItem]] = {}
            for item_id in ids:
                item = items[kind][item_id]
                by_key.setdefault(key(item), []).append(item)
            yield from (group for group in by_key.values() if len(group) > 1)
