"""Claims of one figure in sentences that report other figures: two polls, two plans, two days.

Two claims of one value may each stand in a sentence that gives other figures too. When those
figures are all different, the sentences report two things that happen to share one value, not
one fact told twice. The scorer (`scoring._claim_term`) reads two signs, in sentences short of
`scoring.CLAIM_RETOLD`:

- `other_shares`: each sentence writes a share (a figure before "percent" or "%") besides the
  claim's own, and none of them is the other's. On three samples of 400 random archive articles,
  3 such links were proposed and all were wrong: "170,000 nonfarm payroll jobs" of October, with
  unemployment at "7.9 percent", against August's "169,000 jobs" at "7.3%"; five companies "now
  worth more than $5 trillion", "15.7%" of the S&P 500, against a market "losing just over $5
  trillion" after falling "18%"; one debate's "two polls" at "5 percent" against another's at
  "10%" and "12%". One poll or report told twice writes its shares alike. Shares written in
  words count too ("Forty-one percent of voters in Florida", against "50 percent" of another
  poll eight years on).
- `other_lists`: each sentence writes `LIST_FIGURES` other figures, none of them the other's:
  an administration's plan of "$1.6 trillion in new tax revenue ... $600 billion in spending
  cuts, including $350 billion from Medicare" against the Republicans' of "$2.2 trillion ...
  $800 billion from tax reform, $600 billion from Medicare reforms", a day apart. It holds in
  one story's days too, where `scoring.other_tables` lets a sentence update its figures (less
  than half shared): with no figure in common two lists tell two things.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from factdb.extract.claims.lexicon import SMALL_NUMBERS

LIST_FIGURES = 2
"""Other figures each sentence must write for two lists with none in common to be two things."""

_SHARE_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s?%|\s+percent\b)")
_WORDS_RE = re.compile(r"\b(?:([a-z]+) )?([a-z]+) percent\b")


def shares(norm: str) -> frozenset[float]:
    """The shares a normalised sentence writes ("7.9 percent", "7.3%", "forty one percent"),
    as numbers."""
    found = {float(m.group(1)) for m in _SHARE_RE.finditer(norm)}
    for m in _WORDS_RE.finditer(norm):
        tens, unit = SMALL_NUMBERS.get(m.group(1) or ""), SMALL_NUMBERS.get(m.group(2))
        if unit is None:
            continue
        compound = tens is not None and tens % 10 == 0 and tens >= 20 and 0 < unit < 10
        found.add(float(tens + unit) if compound and tens is not None else float(unit))
    return frozenset(found)


def other_shares(
    norm_a: str, norm_b: str, own_a: Collection[float], own_b: Collection[float]
) -> bool:
    """Whether two claims' sentences (NORM_A, NORM_B, normalised) each write a share besides
    their claims' own figures (OWN_A, OWN_B) and share none of them."""
    mine_a = shares(norm_a).difference(own_a, own_b)
    mine_b = shares(norm_b).difference(own_a, own_b)
    return bool(mine_a) and bool(mine_b) and not mine_a & mine_b


def other_lists(mine_a: Collection[float], mine_b: Collection[float]) -> bool:
    """Whether two sentences' other figures (MINE_A, MINE_B: each besides its claim's own) are
    two lists: `LIST_FIGURES` or more each, none in common."""
    if min(len(mine_a), len(mine_b)) < LIST_FIGURES:
        return False
    return not set(mine_a).intersection(mine_b)
