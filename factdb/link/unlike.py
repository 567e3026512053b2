"""Quote pairs that are two statements however alike their words: other figures, common words.

The scorer (`scoring`) reads two such signs:

- `other_amounts`: two quotes that both write figures in digits and share none (`scoring.
  other_figures`), in articles not known to be of one story's days (over `scoring.DATE_CLOSE_DAYS`
  apart, or a date unknown), state other amounts: one template said of two occasions. On 900
  random archive articles, both such links were wrong: the Labor Department's "The economy
  added 163,000 jobs in July while unemployment ticked up slightly to 8.3 percent" against
  "added 162,000 jobs in July while the unemployment rate edged down ... to 7.4 percent" a
  year later, and Andrew Cuomo's stay-at-home order expiring "on 15 May" against Gina
  Raimondo's "set to expire on May 8". Free text (no speaker and no date on either side, as
  `compare` and MRPC score it) is left to the text model, which reads numbers itself; and
  nearly the same words (`relations.CONFLICT_TEXT`) told with two figures stay a conflict.
- `COMMON_DAYS`: two named people's quotes sharing only common words (`relations.OTHERS_RARE`)
  are two remarks from this many days apart on, not only from a week (`scoring.DATE_CLOSE_DAYS`):
  a voter's "This gives the middle class more money, which will make people more willing to
  spend money" and Rand Paul's "Before we give them more money, make them account for the
  money they're already spending", 7 days apart, were linked at 65. One person may quote the
  other within a story's first days (Rubio's "Islam hates us." against Trump's "Islam hates
  America", a day apart).
"""

from __future__ import annotations

from factdb.link.relations import CONFLICT_TEXT

COMMON_DAYS = 3
"""Days between two named people's quotes from which common words alone are two remarks."""


def other_amounts(figures_apart: bool, story: bool, free: bool, text: float) -> bool:
    """Whether two quotes whose figures are all other (FIGURES_APART) are two statements: not
    known to be of one STORY's days, not FREE text (no speaker and no date on either side), and
    their TEXT under `relations.CONFLICT_TEXT`."""
    return figures_apart and not story and not free and text < CONFLICT_TEXT


def common_words_apart(gap: int | None) -> bool:
    """Whether two named people's quotes GAP days apart (None: unknown) are past the days in
    which one may quote the other (`COMMON_DAYS`)."""
    return gap is not None and gap > COMMON_DAYS
