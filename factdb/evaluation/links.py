"""Accuracy of the linker: the seed gold links, and hand-labelled PolNeAR quote pairs.

The PolNeAR pairs and the rule they were labelled by are described in `link_pairs`; their
texts are read from the shared data folder at run time and never copied into the repository.
For each split this prints the linker's ROC AUC, average precision, precision and recall at
the threshold, and best F1, and the same for each single RapidFuzz scorer over normalised text;
the best of those by average precision is the baseline. The pairs are a sample stratified by
baseline score, so the figures describe that sample (rich in hard pairs), not all pairs.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from factdb.errors import FactdbError
from factdb.evaluation.link_pairs import LABELS, POLNEAR, SHARED, labelled_pairs
from factdb.evaluation.seed_links import report_seed_links
from factdb.link.records import LinkItem
from factdb.link.scoring import DEFAULT_THRESHOLD, prepare, score_prepared
from factdb.vocab import LinkKind

SEEDS = SHARED / "seeds"
FEW_POSITIVES = 20
BASELINES: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "partial_ratio": fuzz.partial_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "WRatio": fuzz.WRatio,
    "QRatio": fuzz.QRatio,
}


@dataclass(frozen=True, slots=True)
class Figures:
    """How well one scorer separates the labelled pairs."""

    auc: float
    ap: float
    precision: float
    recall: float
    f1: float
    f1_threshold: float
    f1_precision: float
    f1_recall: float


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The probability that a random positive outscores a random negative (ties count half)."""
    n_pos = sum(labels)
    n_neg = len(labels) - n_pos
    if not n_pos or not n_neg:
        return math.nan
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
    pos_ranks = sum(r for r, y in zip(ranks, labels, strict=True) if y)
    return (pos_ranks - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def average_precision(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The mean precision at each positive's rank, best score first; tied scores share a rank."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    hits = total = seen = 0.0
    i = 0
    # A group of tied scores is one cut-off: each of its positives gets the precision after it.
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        group = sum(1 for _, y in ranked[i:j] if y)
        hits += group
        seen += j - i
        total += group * hits / seen
        i = j
    return total / hits if hits else math.nan


def precision_recall(
    scores: Sequence[float], labels: Sequence[bool], threshold: float
) -> tuple[float, float]:
    """Precision and recall of `score >= threshold` (precision 1 when nothing is predicted)."""
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    predicted = sum(1 for s in scores if s >= threshold)
    return (tp / predicted if predicted else 1.0), tp / max(1, sum(labels))


def best_f1(scores: Sequence[float], labels: Sequence[bool]) -> tuple[float, float]:
    """The best F1 over all thresholds, and that threshold (the highest on a tie)."""
    best = (0.0, 0.0)
    for t in sorted(set(scores)):
        p, r = precision_recall(scores, labels, t)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f1, t))
    return best


def figures(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> Figures:
    """All the figures of one scorer on one labelled set."""
    p, r = precision_recall(scores, labels, threshold)
    f1, t = best_f1(scores, labels)
    fp, fr = precision_recall(scores, labels, t)
    return Figures(roc_auc(scores, labels), average_precision(scores, labels), p, r, f1, t, fp, fr)


def evaluate_split(
    split: str, threshold: float, labels_path: Path = LABELS, folder: Path = POLNEAR
) -> tuple[int, list[bool], dict[str, Figures]]:
    """The quote item count, the labels and each scorer's figures on SPLIT's labelled pairs."""
    items, pairs = labelled_pairs(split, labels_path, folder)
    labels = [pair.label for pair in pairs]
    results = {
        "linker": figures(
            [score_prepared(p.a.prepared, p.b.prepared, threshold).score for p in pairs],
            labels,
            threshold,
        )
    }
    for name, scorer in BASELINES.items():
        scores = [scorer(p.a.prepared.norm, p.b.prepared.norm) for p in pairs]
        results[name] = figures(scores, labels, threshold)
    return len(items), labels, results


def report_split(
    split: str, threshold: float, labels_path: Path = LABELS, folder: Path = POLNEAR
) -> None:
    """Print the counts and each scorer's figures on SPLIT's hand-labelled pairs."""
    n_items, labels, results = evaluate_split(split, threshold, labels_path, folder)
    pos = sum(labels)
    print(
        f"PolNeAR {split}, hand-labelled pairs: {len(labels)} ({pos} same statement, "
        f"{len(labels) - pos} different) among {n_items} quote items"
    )
    if pos < FEW_POSITIVES:
        print(f"  (only {pos} positives: the figures below are coarse)")
    t = f"{threshold:g}"
    print(
        f"  {'scorer':<16} {'AUC':>6} {'AP':>6} {'P@' + t:>6} {'R@' + t:>6}"
        f"  {'best F1':>7} {'P':>6} {'R':>6} {'at':>6}"
    )
    for name, f in results.items():
        print(
            f"  {name:<16} {f.auc:6.3f} {f.ap:6.3f} {f.precision:6.3f} {f.recall:6.3f}"
            f"  {f.f1:7.3f} {f.f1_precision:6.3f} {f.f1_recall:6.3f} {f.f1_threshold:6.1f}"
        )
    base_name = max(BASELINES, key=lambda n: (results[n].ap, results[n].auc))
    ours, base = results["linker"], results[base_name]
    print(
        f"  baseline = best single scorer by AP: {base_name}; linker minus baseline: "
        f"AUC {ours.auc - base.auc:+.3f}, AP {ours.ap - base.ap:+.3f}, "
        f"best F1 {ours.f1 - base.f1:+.3f}"
    )


def report_seeds(threshold: float) -> bool:
    """Print where the gold spans' links rank among all pairs of gold spans; True if all on top."""
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
    print(
        f"Seeds, gold spans: {len(left)} x {len(right)} cross-article pairs, {len(gold_keys)} gold"
    )
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
    parser.add_argument("--labels", type=Path, default=LABELS, help="the labelled pairs (TSV)")
    parser.add_argument(
        "--news",
        action="store_true",
        help="score the labelled news story pairs and MRPC only (../shared/data)",
    )
    parser.add_argument("--verbose", action="store_true", help="with --news, list every error")
    args = parser.parse_args(argv)
    if args.news:
        return _news(args.threshold, verbose=args.verbose)
    try:
        ok = report_seeds(args.threshold)
        report_seed_links(SEEDS, args.threshold)
        for split in args.splits:
            report_split(split, args.threshold, args.labels)
    except (FactdbError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    return 0 if ok else 1


def _news(threshold: float, *, verbose: bool) -> int:
    from factdb.evaluation.mrpc import MRPC, report_mrpc
    from factdb.evaluation.news_articles import ARCHIVE_NAME, NEWS
    from factdb.evaluation.news_links import format_news_links, score_news_links

    for path in (NEWS, NEWS.with_name(ARCHIVE_NAME), MRPC):
        if not path.is_file():
            print(f"Error: no {path.name} in {path.parent}", file=sys.stderr)
            return 1
    print(format_news_links(score_news_links(threshold), verbose=verbose))
    print(report_mrpc())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
