"""Accuracy of the linker: the seed gold links, and a labelled pair set built from PolNeAR quotes.

The PolNeAR pair set is built, never stored, by this procedure (texts are read at run time
from the shared data folder and never copied into the repository):

1. Items: every attribution whose content has a quotation mark; text = the content spans
   joined, speaker = the source as written (none for a pronoun), date = publication date.
2. Positives: pairs of items from different articles whose quoted parts (between quotation
   marks) share a run of `RUN_WORDS` consecutive words, `RUN_CONTENT` of them not stopwords
   (so that "president of the United States" alone does not count): the same remark quoted
   again, which a reader can check by eye.
3. Negatives: pairs from different articles sharing no `NEAR_WORDS`-word run anywhere in their
   texts, of two hard kinds in equal numbers: the same speaker name, or the same topic (two
   items the linker's own block index puts together). `NEG_PER_POS` negatives per positive,
   drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from factdb.link import normalize as nz
from factdb.link.blocking import BlockIndex
from factdb.link.records import LinkItem
from factdb.link.scoring import DEFAULT_THRESHOLD, Prepared, prepare, score_prepared
from factdb.vocab import LinkKind

SHARED = Path(__file__).resolve().parents[3] / "shared"
POLNEAR = SHARED / "data" / "quotes" / "polnear"
SEEDS = SHARED / "seeds"
RUN_WORDS, RUN_CONTENT, NEAR_WORDS, NEG_PER_POS, SEED = 8, 5, 4, 10, 5
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_PRONOUN_TEXT = "i you he she it we they him her them his their this that who"
_PRONOUNS = frozenset(_PRONOUN_TEXT.split())
BASELINES: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "partial_ratio": fuzz.partial_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "WRatio": fuzz.WRatio,
    "QRatio": fuzz.QRatio,
}
Pair = tuple[Prepared, Prepared, bool]


def polnear_items(split: str) -> tuple[list[Prepared], dict[int, set[tuple[str, ...]]]]:
    """The quote items of one PolNeAR split, and the word runs of each item's quoted parts."""
    items: list[Prepared] = []
    runs: dict[int, set[tuple[str, ...]]] = {}
    lines = (POLNEAR / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    for article_id, line in enumerate(lines):
        doc = json.loads(line)
        published = date.fromisoformat(doc["publication_date"])
        for attribution in doc["attributions"]:
            if not attribution["content_has_quote_mark"]:
                continue
            text = " ".join(span["text"] for span in attribution["content"])
            source = " ".join(span["text"] for span in attribution["source"]).strip()
            speaker = None if source.lower() in _PRONOUNS or not source else source
            item_id = len(items) + 1
            item = LinkItem(
                item_id, LinkKind.QUOTE, article_id, text, speaker, None, published=published
            )
            items.append(prepare(item))
            quoted = " ".join(_QUOTED.findall(text))
            words = nz.tokens(nz.normalize_text(quoted))
            runs[item_id] = {
                run
                for run in _runs(words, RUN_WORDS)
                if sum(w not in nz.STOPWORDS for w in run) >= RUN_CONTENT
            }
    return items, runs


def build_pairs(items: list[Prepared], runs: dict[int, set[tuple[str, ...]]]) -> list[Pair]:
    """The labelled pairs of one split, by the procedure in the module docstring."""
    by_run: dict[tuple[str, ...], list[Prepared]] = defaultdict(list)
    for item in items:
        for run in runs[item.item.id]:
            by_run[run].append(item)
    positives: dict[tuple[int, int], Pair] = {}
    for group in by_run.values():
        for a, b in combinations(group, 2):
            if a.item.article_id != b.item.article_id:
                positives[_key(a, b)] = (a, b, True)
    near = {it.item.id: _runs(nz.tokens(it.norm), NEAR_WORDS) for it in items}

    def unrelated(a: Prepared, b: Prepared) -> bool:
        return a.item.article_id != b.item.article_id and near[a.item.id].isdisjoint(
            near[b.item.id]
        )

    rng = random.Random(SEED)
    wanted = NEG_PER_POS * len(positives) // 2
    speaker_pool = _same_speaker_pairs(items, unrelated)
    topic_pool = _same_topic_pairs(items, unrelated)
    negatives: dict[tuple[int, int], Pair] = {}
    for pool in (speaker_pool, topic_pool):
        pool = [p for p in pool if _key(p[0], p[1]) not in positives]
        for a, b in rng.sample(pool, min(wanted, len(pool))):
            negatives[_key(a, b)] = (a, b, False)
    return list(positives.values()) + list(negatives.values())


def _same_speaker_pairs(
    items: list[Prepared], unrelated: Callable[[Prepared, Prepared], bool]
) -> list[tuple[Prepared, Prepared]]:
    by_name: dict[str, list[Prepared]] = defaultdict(list)
    for item in items:
        for word in item.speaker:
            by_name[word].append(item)
    pairs = {
        _key(a, b): (a, b)
        for group in by_name.values()
        for a, b in combinations(group, 2)
        if unrelated(a, b)
    }
    return sorted(pairs.values(), key=lambda p: _key(p[0], p[1]))


def _same_topic_pairs(
    items: list[Prepared], unrelated: Callable[[Prepared, Prepared], bool]
) -> list[tuple[Prepared, Prepared]]:
    index = BlockIndex()
    index.add(items)
    index.post()
    pairs = {}
    for pos, item in enumerate(items):
        for other in index.candidates(pos):
            if unrelated(item, items[other]):
                pairs[_key(item, items[other])] = (item, items[other])
    return sorted(pairs.values(), key=lambda p: _key(p[0], p[1]))


def _runs(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _key(a: Prepared, b: Prepared) -> tuple[int, int]:
    return (min(a.item.id, b.item.id), max(a.item.id, b.item.id))


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The probability that a random positive outscores a random negative (ties count half)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    n_pos = sum(labels)
    n_neg = len(labels) - n_pos
    pos_ranks = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (pos_ranks - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def average_precision(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The mean of the precision at the rank of each positive, best score first."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(ranked, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / max(1, hits)


def precision_recall(
    scores: Sequence[float], labels: Sequence[bool], threshold: float
) -> tuple[float, float]:
    """Precision and recall of `score >= threshold`."""
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    predicted = sum(1 for s in scores if s >= threshold)
    return tp / max(1, predicted), tp / max(1, sum(labels))


def best_f1(scores: Sequence[float], labels: Sequence[bool]) -> tuple[float, float]:
    """The best F1 over all thresholds, and that threshold."""
    best = (0.0, 0.0)
    for t in sorted(set(scores)):
        p, r = precision_recall(scores, labels, t)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, t))
    return best


def report_split(split: str, threshold: float) -> None:
    """Print the pair counts and ranking quality of the linker and each baseline on SPLIT."""
    items, runs = polnear_items(split)
    pairs = build_pairs(items, runs)
    labels = [y for _, _, y in pairs]
    print(
        f"PolNeAR {split}: {len(items)} quote items, {sum(labels)} positive and "
        f"{len(labels) - sum(labels)} negative pairs"
    )
    ours = [score_prepared(a, b, threshold).score for a, b, _ in pairs]
    p, r = precision_recall(ours, labels, threshold)
    auc, ap = roc_auc(ours, labels), average_precision(ours, labels)
    print(
        f"  linker          AUC {auc:.3f}  AP {ap:.3f}"
        f"  P {p:.3f} R {r:.3f} at {threshold:g}  best F1 {best_f1(ours, labels)[0]:.3f}"
    )
    for name, scorer in BASELINES.items():
        s = [scorer(a.norm, b.norm) for a, b, _ in pairs]
        f1, t = best_f1(s, labels)
        print(
            f"  {name:<15} AUC {roc_auc(s, labels):.3f}  AP {average_precision(s, labels):.3f}"
            f"  best F1 {f1:.3f} at {t:.0f}"
        )


def report_seeds(threshold: float) -> bool:
    """Print where the seed gold links rank among all cross-article pairs; True if all on top."""
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    articles = sorted({q["article"] for q in gold["quotes"]})
    spans: dict[str, list[dict[str, object]]] = {a: [] for a in articles}
    link_spans = [(link["a"], link["b"]) for link in gold["links"]]
    for side in (s for pair in link_spans for s in pair):
        spans[side["article"]].append({**side, "speaker": _speaker_at(gold, side)})
    for quote in gold["quotes"]:
        if not any(_overlaps(quote, s) for s in spans[quote["article"]]):
            spans[quote["article"]].append(quote)
    prepared = {
        a: [prepare(_seed_item(i, articles.index(a), s)) for i, s in enumerate(spans[a])]
        for a in articles
    }
    left, right = prepared[articles[0]], prepared[articles[1]]
    gold_keys = {(g["a"]["start"], g["b"]["start"]) for g in gold["links"]}
    scored = []
    for a in left:
        for b in right:
            match = score_prepared(a, b, threshold)
            starts = (a.item.id // 1000, b.item.id // 1000)
            scored.append((match.score, starts in gold_keys, a.item.text, b.item.text))
    scored.sort(key=lambda s: -s[0])
    worst_gold = min(s for s, is_gold, _, _ in scored if is_gold)
    best_other = max(s for s, is_gold, _, _ in scored if not is_gold)
    print(f"Seeds: {len(left)} x {len(right)} cross-article pairs, {len(gold_keys)} gold")
    for rank, (score, is_gold, ta, tb) in enumerate(scored[:8], start=1):
        mark = "GOLD" if is_gold else "    "
        print(f"  {rank:>2} {mark} {score:6.2f}  {ta[:40]!r} ~ {tb[:40]!r}")
    ok = worst_gold > best_other and worst_gold >= threshold
    print(
        f"  lowest gold {worst_gold:.2f}, highest unrelated {best_other:.2f}: "
        f"{'all gold proposed and ranked first' if ok else 'NOT all gold on top'}"
    )
    return ok


def _seed_item(i: int, article: int, span: dict[str, object]) -> LinkItem:
    # The id carries the span start so that gold pairs can be recognised after scoring.
    item_id = int(str(span["start"])) * 1000 + i
    speaker = span.get("speaker")
    return LinkItem(
        item_id,
        LinkKind.QUOTE,
        article,
        str(span["text"]),
        speaker if isinstance(speaker, str) else None,
    )


def _overlaps(a: dict[str, object], b: dict[str, object]) -> bool:
    return int(str(a["start"])) < int(str(b["end"])) and int(str(b["start"])) < int(str(a["end"]))


def _speaker_at(gold: dict[str, list[dict[str, object]]], side: dict[str, object]) -> str | None:
    for quote in gold["quotes"]:
        if quote["article"] == side["article"] and _overlaps(quote, side):
            return str(quote["speaker"])
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the seed and PolNeAR figures; exit 1 when a seed gold link is not ranked first."""
    parser = argparse.ArgumentParser(prog="factdb eval links", description=__doc__)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--splits", nargs="*", default=["train", "dev"])
    args = parser.parse_args(argv)
    ok = report_seeds(args.threshold)
    for split in args.splits:
        report_split(split, args.threshold)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
