"""The link score against single RapidFuzz scorers on MRPC news sentence pairs.

`../shared/data/links/mrpc-train.tsv` (Microsoft Research Paraphrase Corpus, train split,
research use): 4,076 sentence pairs from news clusters labelled paraphrase (1) or not (0),
most with much shared wording, so it tests ranking rather than blocking. Each pair is scored
as `compare` scores two texts (two quotes of different articles, speakers and dates unknown).

Split: a pair is in the check half when the CRC-32 of its first sentence is odd, else in the
tune half, so that a sentence repeated in several pairs stays on one side. Figures: ROC AUC,
and the best accuracy over all thresholds, for the link score, for the text model alone
(`link.textmodel`, fitted on the tune half by `text_model_fit`: its tune figures are not a
test) and for each RapidFuzz scorer on the same normalised texts.
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factdb.evaluation.link_pairs import SHARED
from factdb.evaluation.links import BASELINES, roc_auc
from factdb.link import LinkItem, textmodel
from factdb.link.scoring import Prepared, model_side, prepare, score_prepared
from factdb.vocab import LinkKind

MRPC = SHARED / "data" / "links" / "mrpc-train.tsv"


@dataclass(frozen=True, slots=True)
class Pair:
    """One labelled sentence pair and its half of the split."""

    label: bool
    a: str
    b: str
    half: str


def load_pairs(path: Path = MRPC) -> list[Pair]:
    """The labelled pairs, each with its half."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    pairs = []
    for label, a, b in rows[1:]:
        half = "check" if zlib.crc32(a.encode("utf-8")) % 2 else "tune"
        pairs.append(Pair(label == "1", a, b, half))
    return pairs


def best_accuracy(scores: Sequence[float], labels: Sequence[bool]) -> tuple[float, float]:
    """The best accuracy of `score >= t` over every threshold t, and that threshold."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda p: -p[0])
    negatives = len(labels) - sum(labels)
    best = (negatives / len(labels), float("inf"))  # predicting nothing
    tp = fp = 0
    for i, (score, label) in enumerate(ranked):
        tp += label
        fp += not label
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue
        correct = tp + (negatives - fp)
        best = max(best, (correct / len(labels), score))
    return best


def link_scores(pairs: Sequence[Pair]) -> list[float]:
    """The link score of each pair, as `compare` gives it."""
    return [score_prepared(*prepared_pair(p)).score for p in pairs]


def model_scores(pairs: Sequence[Pair]) -> list[float]:
    """The text model's probability of each pair (`textmodel`, fitted on the tune half)."""
    return [
        textmodel.probability(model_side(a), model_side(b)) for a, b in map(prepared_pair, pairs)
    ]


def prepared_pair(pair: Pair) -> tuple[Prepared, Prepared]:
    return (
        prepare(LinkItem(1, LinkKind.QUOTE, 1, pair.a)),
        prepare(LinkItem(2, LinkKind.QUOTE, 2, pair.b)),
    )


def scorer_scores(pairs: Sequence[Pair], scorer: Callable[..., float]) -> list[float]:
    """One RapidFuzz scorer's value of each pair, on the texts as the linker normalises them."""
    prepared = [prepared_pair(p) for p in pairs]
    return [scorer(a.norm, b.norm) for a, b in prepared]


def report_mrpc(path: Path = MRPC) -> str:
    """AUC and best accuracy of the link score and of each single scorer, per half."""
    pairs = load_pairs(path)
    halves = {
        "check": [p for p in pairs if p.half == "check"],
        "tune": [p for p in pairs if p.half == "tune"],
        "all": pairs,
    }
    columns = {"link score": link_scores(pairs), "text model": model_scores(pairs)}
    for name, scorer in BASELINES.items():
        columns[name] = scorer_scores(pairs, scorer)
    index = {id(p): i for i, p in enumerate(pairs)}
    lines = [f"MRPC train: {len(pairs)} pairs ({sum(p.label for p in pairs)} paraphrases)"]
    lines.append(f"  {'scorer':<18}" + "".join(f"{h + ' AUC':>11}{'acc':>7}" for h in halves))
    for name, values in columns.items():
        row = f"  {name:<18}"
        for members in halves.values():
            scores = [values[index[id(p)]] for p in members]
            labels = [p.label for p in members]
            row += f"{roc_auc(scores, labels):>11.3f}{best_accuracy(scores, labels)[0]:>7.3f}"
        lines.append(row)
    return "\n".join(lines)
