"""Claims of one count whose sentences tell of other happenings to what they count.

Two sentences may count one figure of two events: Parkland's gunman "used an AR-15 ... to
kill 17 people and injure 14 others" and, in Baghdad, "three people were killed ... while 17
others were injured" share the 17 and the words of a shooting's toll, yet one counts the dead,
the other the wounded. The event a count is of is the one written nearest its figure
(`count_events`, within `EVENT_REACH` words either side of the quantity): when both sentences
name one and the two are of other kinds, the counts are of other things.
"""

from __future__ import annotations

from functools import lru_cache

from factdb.link import normalize as nz
from factdb.link.records import LinkItem
from factdb.link.retold import count_events

EVENT_REACH = 4
"""Words either side of a claim's quantity within which an event word is the count's own:
"to kill 17 people", "17 others were injured"; further off it tells of another figure."""


def other_happenings(a: LinkItem, b: LinkItem) -> bool:
    """Whether two claims' counts are of events of other kinds: the event nearest each one's
    quantity (`own_events`) is found on both sides and the two share no kind."""
    kinds_a = own_events(a.text, a.quantity or "")
    if not kinds_a:
        return False
    kinds_b = own_events(b.text, b.quantity or "")
    return bool(kinds_b) and kinds_a.isdisjoint(kinds_b)


@lru_cache(maxsize=65536)
def own_events(text: str, quantity: str) -> frozenset[str]:
    """The kinds of the event words (`retold.count_events`) nearest QUANTITY in TEXT within
    `EVENT_REACH` words, all of them at that distance; none when the quantity is not found."""
    words = nz.tokens(nz.normalize_text(text))
    written = nz.tokens(nz.normalize_text(quantity))
    start = _find(words, written)
    if start is None:
        return frozenset()
    end = start + len(written)
    best: dict[int, set[str]] = {}
    for phrase, kind in count_events().items():
        parts = phrase.split()
        for at in range(
            max(0, start - EVENT_REACH - len(parts) + 1), min(len(words), end + EVENT_REACH)
        ):
            if words[at : at + len(parts)] != parts:
                continue
            last = at + len(parts)
            distance = start - last + 1 if last <= start else at - end + 1
            if at < end and last > start:
                continue  # a word of the quantity itself
            if distance <= EVENT_REACH:
                best.setdefault(distance, set()).add(kind)
    return frozenset(best[min(best)]) if best else frozenset()


def _find(words: list[str], part: list[str]) -> int | None:
    """Where the words PART first start in WORDS."""
    if not part:
        return None
    for at in range(len(words) - len(part) + 1):
        if words[at : at + len(part)] == part:
            return at
    return None
