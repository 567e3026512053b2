"""Score the claim extractor on the hand-labelled news articles (`factdb eval claims --news`).

Labels (`labels/news_claims.jsonl`, one line an article; see docs/labelling-news.md): every
number of the text is either a claim (its number's offsets, `value`, `value_max` for a range,
the accepted `unit` codes, the `kind` and the accepted words for what it `measures`), not a
claim (offsets and a reason class: date, year, time, id, caption, name, ordinal, one-of, ...),
or a part of a neighbouring claim (a range's high end, "4 inches" of "6 feet, 4 inches").

Scoring, per set (the dev articles, the archive story pairs, all) and per half of the story
split (`news_articles`, `news_data.assign_splits`):

- a prediction matches the labelled claim whose number it overlaps (one to one, in order);
- value: `value` (and `value_max` when labelled) agree to 1e-4;
- value+unit: also the unit is one of the labelled ones: for counts the counted noun (singular),
  else factdb's unit code; `none` accepts a bare number;
- measured: among value+unit matches, `measures` holds the last word (stemmed) of one of the
  labelled phrases;
- kind: among value+unit matches, the kind is the labelled one (a vague amount, kind `vague`,
  is right for a labelled count or money: see `kind_ok`);
- noise: a prediction over a labelled non-claim, by reason class (a prediction over a part
  counts neither way; one over no labelled number is a false positive, listed as "unlabelled").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factdb.evaluation.news_articles import (
    GROUPS,
    Article,
    Group,
    group_name,
    groups_of,
    label_lines,
    load_articles,
)
from factdb.extract.claims import extract_claims
from factdb.extract.records import ClaimRecord
from factdb.link.normalize import stem

TOLERANCE = 1e-4


@dataclass(slots=True)
class NewsScore:
    """Counts for one half of the split."""

    gold: int = 0
    predicted: int = 0
    value: int = 0
    unit: int = 0
    measured: int = 0
    kind: int = 0
    noise: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: NewsScore) -> None:
        """Add the counts and the listed errors of OTHER."""
        for name in ("gold", "predicted", "value", "unit", "measured", "kind"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.noise.update(other.noise)
        self.misses.extend(other.misses)
        self.wrong.extend(other.wrong)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 of value and of value+unit, and the measured-thing share."""
        out: dict[str, float] = {}
        for name, tp in (("value", self.value), ("unit", self.unit)):
            p = tp / self.predicted if self.predicted else 0.0
            r = tp / self.gold if self.gold else 0.0
            out[f"{name}_p"], out[f"{name}_r"] = p, r
            out[f"{name}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        out["measured"] = self.measured / self.unit if self.unit else 0.0
        out["kind"] = self.kind / self.unit if self.unit else 0.0
        return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def _overlaps(claim: ClaimRecord, item: dict[str, Any]) -> bool:
    start, end = int(item["start"]), int(item["end"])
    return claim.start < end and start < claim.end


def unit_ok(gold: dict[str, Any], claim: ClaimRecord) -> bool:
    """Whether the claim's unit is one the label accepts (see the module docstring)."""
    accepted = gold["unit"]
    if claim.normalized_unit == "count":
        noun = (claim.unit or "").lower()
        return noun in {str(u).lower() for u in accepted if u}
    return bool(claim.unit in accepted)


def measured_ok(gold: dict[str, Any], claim: ClaimRecord) -> bool:
    """Whether `measures` holds the head word of one of the labelled phrases."""
    if not claim.measures:
        return False
    words = {stem(w.lower()) for w in claim.measures.replace("-", " ").split()}
    return any(stem(p.split()[-1].lower()) in words for p in gold["measures"])


def score_article(article: Article, labels: dict[str, Any], score: NewsScore) -> None:
    """Add one article's counts to SCORE."""
    claims = extract_claims(article.text)
    golds: list[dict[str, Any]] = labels["claims"]
    score.gold += len(golds)
    used: set[int] = set()
    for claim in claims:
        gold = next((g for i, g in enumerate(golds) if i not in used and _overlaps(claim, g)), None)
        if gold is None:
            if any(_overlaps(claim, p) for p in labels["parts"]):
                continue
            reason = next(
                (n["reason"] for n in labels["not_claims"] if _overlaps(claim, n)), "unlabelled"
            )
            score.predicted += 1
            score.noise[reason] += 1
            score.wrong.append(f"{article.id} {reason}: {claim.text!r}")
            continue
        used.add(golds.index(gold))
        score.predicted += 1
        _score_match(article, gold, claim, score)
    for i, gold in enumerate(golds):
        if i not in used:
            where = article.text[gold["start"] : gold["end"]]
            score.misses.append(f"{article.id} missed {where!r} ({gold['kind']})")


def _score_match(
    article: Article, gold: dict[str, Any], claim: ClaimRecord, score: NewsScore
) -> None:
    value_ok = _close(gold["value"], claim.value) and (
        gold["value_max"] is None or _close(gold["value_max"], claim.value_max)
    )
    if not value_ok:
        score.wrong.append(f"{article.id} value: {claim.text!r} {claim.value} vs {gold['value']}")
        return
    score.value += 1
    if not unit_ok(gold, claim):
        score.wrong.append(f"{article.id} unit: {claim.text!r} {claim.unit} vs {gold['unit']}")
        return
    score.unit += 1
    score.measured += measured_ok(gold, claim)
    score.kind += kind_ok(gold, claim)


def kind_ok(gold: dict[str, Any], claim: ClaimRecord) -> bool:
    """Whether the kind is right. A vague amount ("dozens of protesters", "millions of
    dollars") is labelled by what it counts or costs, at its lower bound; the extractor marks
    it ``vague`` (its value is a bound, not a stated figure), which is right for a labelled
    count or money (the value, the bound, is scored apart)."""
    if claim.kind == "vague":
        return gold["kind"] in {"count", "money"} and claim.qualifier == "at_least"
    return bool(claim.kind == gold["kind"])


def score_news(articles: list[Article] | None = None) -> dict[Group, NewsScore]:
    """The counts of each (set, half) row: dev, archive and all, by half and overall."""
    labels = {d["id"]: d for d in label_lines("news_claims.jsonl")}
    scores = {group: NewsScore() for group in GROUPS}
    for article in load_articles() if articles is None else articles:
        one = NewsScore()
        score_article(article, labels[article.id], one)
        for group in groups_of(article):
            scores[group].add(one)
    return scores


def format_news(scores: dict[Group, NewsScore], *, verbose: bool = False) -> str:
    """The figures of each set and half as a table, with the noise by reason class."""
    lines = [
        "news articles (labelled claims; check is the half not tuned on)",
        f"{'set half':<14}{'gold':>5}{'pred':>6}  {'value P/R/F1':<20}{'value+unit P/R/F1':<20}"
        f"{'measured':>9}{'kind':>6}  noise",
    ]
    for group, sc in scores.items():
        f = sc.figures()
        noise = ", ".join(f"{k} {v}" for k, v in sorted(sc.noise.items())) or "none"
        lines.append(
            f"{group_name(group):<14}{sc.gold:>5}{sc.predicted:>6}  "
            f"{f['value_p']:.3f}/{f['value_r']:.3f}/{f['value_f1']:.3f}   "
            f"{f['unit_p']:.3f}/{f['unit_r']:.3f}/{f['unit_f1']:.3f}   "
            f"{f['measured']:>8.3f}{f['kind']:>6.2f}  {noise}"
        )
    if verbose:
        every = scores[("all", "all")]
        lines.extend(["", *every.wrong, *every.misses])
    return "\n".join(lines)
