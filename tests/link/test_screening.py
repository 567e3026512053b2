"""The candidate screen: it never drops a pair `could_link` (and so the score) would keep."""

from __future__ import annotations

import gc
import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from factdb.link import linker, screening, textmodel
from factdb.link.linker import find_links
from factdb.link.records import LinkItem
from factdb.link.scoring import (
    PARTIAL_MAX_CHARS,
    STORY_COUNT,
    Prepared,
    could_link,
    partial_ratio,
    prepare,
    score_prepared,
    terms_bound,
)
from factdb.link.screening import Screen
from factdb.vocab import LinkKind

WORDS = (  # noqa: SIM905
    "the president said defense spending will rise by 2 percent of GDP and Japan United States"
    " South Korea agreed to strengthen cooperation free open Indo-Pacific we are not going to"
    " raise taxes on working families, but the budget must be balanced; tariffs, trade war"
    " inflation 1,000 km million people tonnes"
).split()
SPEAKERS = [None, "Joe Biden", "Biden", "Fumio Kishida", "Mr. Trump", "Donald J. Trump"]
UNITS = [None, "count", "km", "percent", "USD"]
MEASURES = [None, "people", "officers", "tonnes", "Japan"]


def _sentence(rng: random.Random, base: list[str] | None = None) -> list[str]:
    if base is not None and rng.random() < 0.7:
        words = list(base)
        for _ in range(rng.randint(0, 4)):  # reword, trim or extend a sentence seen before
            op, i = rng.random(), rng.randrange(len(words))
            if op < 0.4:
                words[i] = rng.choice(WORDS)
            elif op < 0.6 and len(words) > 2:
                del words[i]
            elif op < 0.8:
                words = words[i:] or words
            else:
                words.insert(i, rng.choice(WORDS))
        return words
    return [rng.choice(WORDS) for _ in range(rng.randint(1, 24))]


def _items(seed: int, count: int, kind: LinkKind) -> list[LinkItem]:
    rng = random.Random(seed)
    items: list[LinkItem] = []
    texts: list[list[str]] = []
    for n in range(1, count + 1):
        words = _sentence(rng, rng.choice(texts) if texts else None)
        texts.append(words)
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.title() if rng.random() < 0.5 else f"{text}, he said, and {text[:30]}"
        published = date(2024, 1, 1) + timedelta(days=rng.choice([0, 1, 5, 20, 40, 400]))
        extra: dict[str, object] = {}
        if kind is LinkKind.CLAIM:
            extra = {
                "value": rng.choice([2.0, 1000.0, 5.5]),
                "unit": rng.choice(UNITS),
                "measures": rng.choice(MEASURES),
                "quantity": rng.choice(words),
            }
        items.append(
            LinkItem(
                n,
                kind,
                rng.randint(1, count // 2 + 1),
                text,
                rng.choice(SPEAKERS),
                published=rng.choice([published, None]),
                **extra,  # type: ignore[arg-type]
            )
        )
    return items


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 10**6),
    st.sampled_from(list(LinkKind)),
    st.sampled_from([0.0, 30.0, 45.0, 55.0, 70.0]),
)
def test_screen_keeps_every_pair_could_link_keeps(
    seed: int, kind: LinkKind, threshold: float
) -> None:
    prepared = [prepare(item) for item in _items(seed, 40, kind)]
    screen = Screen(prepared)
    for pos in range(1, len(prepared)):
        cands = list(range(pos))
        kept = set(screen.keep(pos, cands, threshold))
        for c in cands:
            if could_link(prepared[pos], prepared[c], threshold):
                assert c in kept, (prepared[pos].norm, prepared[c].norm)
            if score_prepared(prepared[pos], prepared[c], threshold).link:
                assert c in kept


def test_screen_drops_pairs_that_cannot_link() -> None:
    prepared = [prepare(item) for item in _items(3, 120, LinkKind.QUOTE)]
    screen = Screen(prepared)
    total = kept = 0
    for pos in range(1, len(prepared)):
        total += pos
        kept += len(screen.keep(pos, list(range(pos)), 55.0))
    assert kept < total / 2


def test_screen_bounds_the_stored_text_model() -> None:
    assert Screen([])._model is not None  # the model's features are the ones it can bound


texts = st.text(alphabet="abcde ", max_size=120)


@settings(max_examples=400, deadline=None)
@given(texts, texts)
def test_least_partial_is_a_lower_bound(a: str, b: str) -> None:
    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, t)) for i, t in enumerate((a, b), 1)]
    screen = Screen(items)
    screen.refresh()
    if not items[0].norm or not items[1].norm:
        return
    import numpy as np

    ratio = np.array([fuzz.ratio(items[0].norm, items[1].norm)])
    least = screen._least_partial(np.array([1]), np.array([0]), ratio)[0]
    assert least <= partial_ratio(items[0].norm, items[1].norm) + 1e-9


@pytest.mark.parametrize("kind", list(LinkKind))
def test_linking_finds_the_same_pairs_screened_or_not(
    kind: LinkKind, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _items(11, 150, kind)
    screened = {(p.a_id, p.b_id, p.match.score) for p in find_links(items)}
    monkeypatch.setattr(linker, "SCREEN", False)
    plain = {(p.a_id, p.b_id, p.match.score) for p in find_links(items)}
    assert screened == plain
    assert plain


def test_screen_keeps_one_count_in_other_nouns() -> None:
    # 36 of text: only `scoring.STORY_COUNT` (over `CLAIM_MATCH`) takes it to a link.
    day = date(2018, 3, 26)
    officers = LinkItem(
        1,
        LinkKind.CLAIM,
        1,
        "President Trump expelled 60 Russian intelligence officers Monday and closed Russia's "
        "consulate in Seattle, joining European allies in punishing Moscow for the poisoning "
        "of a former Russian spy in Britain.",
        value=60.0,
        unit="count",
        measures="officers",
        quantity="60 Russian intelligence officers",
        published=day,
    )
    people = LinkItem(
        2,
        LinkKind.CLAIM,
        2,
        "The 60 people expelled from the U.S. include 48 attached to the Russian embassy and 12 "
        "at the country's mission to the United Nations.",
        value=60.0,
        unit="count",
        measures="people",
        quantity="60 people",
        published=day,
    )
    items = [prepare(officers), prepare(people)]
    assert Screen(items).keep(1, [0], 55.0) == [0]
    assert [(p.a_id, p.b_id) for p in find_links([officers, people])] == [(1, 2)]


COUNT_WORDS = (  # noqa: SIM905
    "expelled Russian diplomats officers people the consulate in Seattle was closed over the "
    "attack on a former spy and 48 were attached to the embassy Monday nations countries"
).split()


def _counts(seed: int, count: int) -> list[LinkItem]:
    """Claims of one count or another, in nouns of one kind or not, days apart or not."""
    rng = random.Random(seed)
    items = []
    for n in range(1, count + 1):
        words = [rng.choice(COUNT_WORDS) for _ in range(rng.randint(3, 16))]
        value = rng.choice([60.0, 60.0, 14.0, 5.0])
        noun = rng.choice(["people", "officers", "diplomats", "nations", "tonnes", ""])
        quantity = f"{value:g} {rng.choice(['', 'Russian ', 'British '])}{noun}".strip()
        at = rng.randint(0, len(words))
        text = " ".join([*words[:at], quantity, *words[at:]])
        items.append(
            LinkItem(
                n,
                LinkKind.CLAIM,
                n,
                text,
                value=value,
                unit=rng.choice(["count", "count", None]),
                measures=noun or None,
                quantity=quantity,
                published=rng.choice([date(2018, 3, 26) + timedelta(days=d) for d in (0, 1, 3, 4)]),
            )
        )
    return items


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from([45.0, 55.0]))
def test_screen_keeps_every_count_pair_that_links(seed: int, threshold: float) -> None:
    import numpy as np

    prepared = [prepare(item) for item in _counts(seed, 30)]
    screen = Screen(prepared)
    for pos in range(1, len(prepared)):
        kept = set(screen.keep(pos, list(range(pos)), threshold))
        for c in range(pos):
            if could_link(prepared[pos], prepared[c], threshold):
                assert c in kept, (prepared[pos].norm, prepared[c].norm)
    qp, cp = (np.asarray(v, dtype=np.int64) for v in np.triu_indices(30, 1))
    most = screen._most_terms(qp, cp, screen._facts(qp, cp)["names"], True)
    assert (most >= screen._terms(qp, cp)).all()


def test_count_pairs_exercise_one_count() -> None:
    prepared = [prepare(item) for item in _counts(0, 60)]
    found = [
        (a, b)
        for i, a in enumerate(prepared)
        for b in prepared[:i]
        if score_prepared(a, b).evidence["terms"]["claim"] == STORY_COUNT
    ]
    assert found


def test_screen_reads_items_replaced_at_the_end() -> None:
    one = prepare(LinkItem(1, LinkKind.QUOTE, 1, "we will raise taxes on working families now"))
    far = prepare(LinkItem(2, LinkKind.QUOTE, 2, "tariffs and a trade war with Japan"))
    near = prepare(LinkItem(3, LinkKind.QUOTE, 3, "we will raise taxes on working families"))
    items = [one, far]
    screen = Screen(items)
    assert screen.keep(1, [0], 55.0) == []
    items.pop()  # as `blocking.probe` leaves the index
    items.append(near)
    assert screen.keep(1, [0], 55.0) == [0]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(list(LinkKind)))
def test_most_terms_bound_terms_bound(seed: int, kind: LinkKind) -> None:
    import numpy as np

    prepared = [prepare(item) for item in _items(seed, 30, kind)]
    screen = Screen(prepared)
    screen.refresh()
    qp = np.repeat(np.arange(len(prepared)), len(prepared))
    cp = np.tile(np.arange(len(prepared)), len(prepared))
    facts = screen._facts(qp, cp)
    most = screen._most_terms(qp, cp, facts["names"], kind is LinkKind.CLAIM)
    exact = screen._terms(qp, cp)
    assert (most >= exact).all()
    assert (
        exact == [terms_bound(prepared[q], prepared[c]) for q, c in zip(qp, cp, strict=True)]
    ).all()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 10**6),
    st.sampled_from([30.0, 45.0, 55.0]),
    st.sampled_from([LinkKind.QUOTE, LinkKind.CLAIM]),
)
def test_screen_gives_exact_scores_in_could_links_order(
    seed: int, threshold: float, kind: LinkKind
) -> None:
    prepared = [prepare(item) for item in _items(seed, 40, kind)]
    screen = Screen(prepared)
    queries = [(pos, list(range(pos))) for pos in range(1, len(prepared))]
    screened = screen.screen_many(queries, threshold)
    assert [[c for c, _ in kept] for kept in screened] == screen.keep_many(queries, threshold)
    for (pos, _), kept in zip(queries, screened, strict=True):
        for c, known in kept:
            a, b = prepared[pos], prepared[c]
            if (b.norm, b.item.id) < (a.norm, a.item.id):
                a, b = b, a
            assert set(known) <= {"ratio", "token_sort_ratio", "token_set_ratio", "partial_ratio"}
            for name, value in known.items():
                if name == "partial_ratio":
                    assert value == partial_ratio(a.norm, b.norm)
                else:
                    assert value == getattr(fuzz, name)(a.norm, b.norm)
            assert could_link(a, b, threshold, known) == could_link(a, b, threshold)
            assert score_prepared(a, b, threshold, known) == score_prepared(a, b, threshold)


def test_screen_gives_the_scores_of_quotes_it_bounds() -> None:
    a = prepare(LinkItem(1, LinkKind.QUOTE, 1, "we will raise taxes on working families now"))
    b = prepare(LinkItem(2, LinkKind.QUOTE, 2, "we will raise taxes on working families"))
    ((kept,),) = Screen([a, b]).screen_many([(1, [0])], 55.0)
    assert kept == (
        0,
        {
            "ratio": fuzz.ratio(a.norm, b.norm),
            "token_sort_ratio": fuzz.token_sort_ratio(a.norm, b.norm),
            "token_set_ratio": fuzz.token_set_ratio(a.norm, b.norm),
            "partial_ratio": partial_ratio(b.norm, a.norm),
        },
    )


def test_screen_gives_the_whole_text_scorers_of_claims() -> None:
    a, b = (
        prepare(LinkItem(i, LinkKind.CLAIM, i, text, value=3.5, unit="percent"))
        for i, text in enumerate(
            ("unemployment fell to 3.5 percent in May", "in May unemployment fell to 3.5 percent"),
            1,
        )
    )
    ((kept,),) = Screen([a, b]).screen_many([(1, [0])], 55.0)
    assert kept == (
        0,
        {
            "ratio": fuzz.ratio(a.norm, b.norm),
            "token_sort_ratio": fuzz.token_sort_ratio(a.norm, b.norm),
            "token_set_ratio": fuzz.token_set_ratio(a.norm, b.norm),
        },
    )


quote_texts = st.lists(st.sampled_from([*WORDS, "organisation", "organization", "presidents"]))


@settings(max_examples=300, deadline=None)
@given(quote_texts, quote_texts)
def test_spelling_bound_is_the_text_models(a: list[str], b: list[str]) -> None:
    import numpy as np

    from factdb.link import textmodel
    from factdb.link.scoring import contained

    items = [
        prepare(LinkItem(i, LinkKind.QUOTE, i, " ".join(t) or "x", "Joe Biden"))
        for i, t in enumerate((a, b), 1)
    ]
    screen = Screen(items)
    screen.refresh()
    qp, cp = np.array([1]), np.array([0])
    facts = screen._facts(qp, cp)
    pair, stem = screen._cols.stems.shared(qp, cp)
    most = dict(
        zip(("maybe", "their_maybe"), screen._spelling_most(qp, cp, pair, stem), strict=True)
    )
    for side, other, maybe in ((1, 0, "maybe"), (0, 1, "their_maybe")):
        one, two = items[side].side, items[other].side
        assert one is not None and two is not None
        low, high, _, _ = textmodel._alignment_range(one, two)
        # The spelling matches `_alignment_range` allows, and no more; the first bound
        # (`_spelling_crude`) allows at least as many.
        allowed = (high - low) * one.mass
        assert allowed - 1e-9 <= most[maybe][0] <= allowed + 1e-6
        assert facts[maybe][0] >= allowed - 1e-9
    if contained(items[1], items[0]):
        assert screen._may_contain(qp, cp, facts)[0]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcde ", min_size=1, max_size=200), texts)
def test_partial_ratio_lies_between_the_bounds_ratio_sets(a: str, b: str) -> None:
    import numpy as np

    from factdb.link.screening import least_partial_by_ratio, most_partial_by_ratio

    if not b:
        return
    ratio, lengths = np.array([fuzz.ratio(a, b)]), (np.array([len(a)]), np.array([len(b)]))
    partial = fuzz.partial_ratio(a, b)
    assert least_partial_by_ratio(ratio, *lengths)[0] <= partial + 1e-9
    assert most_partial_by_ratio(ratio, *lengths)[0] >= partial - 1e-9


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(list(LinkKind)))
def test_most_terms_bound_terms_and_are_exact_for_quotes(seed: int, kind: LinkKind) -> None:
    import numpy as np

    prepared = [prepare(item) for item in _items(seed, 30, kind)]
    screen = Screen(prepared)
    screen.refresh()
    qp, cp = (np.asarray(v, dtype=np.int64) for v in np.triu_indices(30, 1))
    names = screen._facts(qp, cp)["names"]
    most = screen._most_terms(qp, cp, names, kind is LinkKind.CLAIM)
    exact = screen._terms(qp, cp)
    assert (most >= exact).all()
    if kind is LinkKind.QUOTE:
        assert (most == exact).all()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc ABC,.'-\u00e9\u2019\t", max_size=60), quote_texts)
def test_token_sort_is_rapidfuzz_token_sort_ratio(a: str, b: list[str]) -> None:
    import numpy as np

    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, t)) for i, t in enumerate((a, " ".join(b)), 1)]
    screen = Screen(items)
    screen.refresh()
    got = screen._token_sort(np.array([1, 0]), np.array([0, 1]))
    want = fuzz.token_sort_ratio(items[1].norm, items[0].norm)
    assert got.tolist() == [want, fuzz.token_sort_ratio(items[0].norm, items[1].norm)]


def _record_scorers(monkeypatch: pytest.MonkeyPatch, screen: Screen) -> list[object]:
    """The scorers SCREEN runs from now on, in order."""
    asked: list[object] = []
    scores = screen._scores
    monkeypatch.setattr(
        screen,
        "_scores",
        lambda qp, cp, scorer, *rest, **kw: (
            asked.append(scorer),
            scores(qp, cp, scorer, *rest, **kw),
        )[1],
    )
    return asked


def test_claim_token_scorers_run_only_where_a_link_may_follow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = (
        prepare(LinkItem(i, LinkKind.CLAIM, i, text, value=3.5, unit="percent"))
        for i, text in enumerate(
            ("unemployment fell to 3.5 percent in May", "wheat harvests grew 3.5 percent on farms"),
            1,
        )
    )
    screen = Screen([a, b])
    asked = _record_scorers(monkeypatch, screen)
    assert screen.screen_many([(1, [0])], 90.0) == [[]]
    assert asked == [fuzz.ratio]  # ratio only: with both token scorers at 100 it falls short


@pytest.mark.parametrize(
    ("a", "b", "threshold"),
    [
        (
            "the committee approved sweeping reforms yesterday afternoon",
            "the committee rejected cautious changes tomorrow morning",
            45.0,
        ),
        (
            "senators approved sweeping pension reforms after lengthy debates",
            "senators rejected modest housing proposals before brief meetings",
            55.0,
        ),
    ],
)
def test_screen_drops_quotes_whose_long_words_match_by_no_spelling(
    a: str, b: str, threshold: float
) -> None:
    # Each unshared long word could match one of the other quote's by its length alone; the
    # screen aligns them exactly (`Screen._spell`) before dropping the pair.
    first, second = (
        prepare(LinkItem(i, LinkKind.QUOTE, i, t, "Joe Biden")) for i, t in ((1, a), (2, b))
    )
    assert not could_link(second, first, threshold)
    assert Screen([first, second]).keep(1, [0], threshold) == []


@settings(max_examples=200, deadline=None)
@given(quote_texts, quote_texts)
def test_spell_gives_the_text_models_spelling_matches(a: list[str], b: list[str]) -> None:
    import numpy as np

    from factdb.link import textmodel

    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, " ".join(t))) for i, t in ((1, a), (2, b))]
    if not items[0].norm or not items[1].norm:
        return
    screen = Screen(items)
    screen.refresh()
    qp, cp = np.array([1]), np.array([0])
    facts = screen._facts(qp, cp)
    screen._spell(qp, cp, np.array([0]), facts)
    first, second = items[1].side, items[0].side
    assert first is not None and second is not None
    for name, (x, y) in (("maybe", (first, second)), ("their_maybe", (second, first))):
        found = x.mass - textmodel._aligned(x, y)[1]
        assert facts[name][0] == pytest.approx(found - facts["mass"][0], abs=1e-6)
        assert facts[name][0] >= found - facts["mass"][0]


def test_claim_token_set_runs_only_where_token_sort_leaves_a_link_possible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = (
        prepare(LinkItem(i, LinkKind.CLAIM, i, text, value=3.5, unit="percent"))
        for i, text in enumerate(
            ("unemployment fell to 3.5 percent in May", "in May wages grew by 3.5 percent overall"),
            1,
        )
    )
    screen = Screen([a, b])
    asked = _record_scorers(monkeypatch, screen)
    assert screen.screen_many([(1, [0])], 80.0) == [[]]
    assert asked == [fuzz.ratio, fuzz.ratio]  # ratio, then token_sort_ratio as sorted words


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_screen_hands_on_the_claims_partial_ratio_it_computed(seed: int) -> None:
    prepared = [prepare(item) for item in _items(seed, 40, LinkKind.CLAIM)]
    screen = Screen(prepared)
    queries = [(pos, list(range(pos))) for pos in range(1, len(prepared))]
    handed = 0
    for (pos, _), kept in zip(queries, screen.screen_many(queries, 30.0), strict=True):
        for c, known in kept:
            if "partial_ratio" in known:
                handed += 1
                # Exact, whichever text comes first: `score_prepared` takes it as computed.
                assert known["partial_ratio"] == partial_ratio(prepared[c].norm, prepared[pos].norm)
    assert handed


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_least_partial_is_the_ratio_against_the_longer_texts_ends(a: str, b: str) -> None:
    import numpy as np

    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, t)) for i, t in enumerate((a, b, b + a), 1)]
    screen = Screen(items)
    screen.refresh()
    pairs = [(q, c) for q in range(3) for c in range(3) if items[q].norm and items[c].norm]
    if not pairs:
        return
    qp, cp = (np.array(side) for side in zip(*pairs, strict=True))
    ratio = np.array([fuzz.ratio(items[q].norm, items[c].norm) for q, c in pairs])
    least = screen._least_partial(qp, cp, ratio)
    for (q, c), value in zip(pairs, least.tolist(), strict=True):
        short, long = sorted((items[q].norm, items[c].norm), key=len)
        if len(short) > PARTIAL_MAX_CHARS:
            assert value == fuzz.ratio(short, long)
        else:
            ends = (long[: len(short)], long[len(long) - len(short) :])
            assert value == max(fuzz.ratio(short, end) for end in ends)


def test_screen_scores_the_texts_of_items_replaced_at_the_end() -> None:
    import numpy as np

    texts = ["we will raise taxes on working families now", "tariffs and a trade war with Japan"]
    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, t)) for i, t in enumerate(texts, 1)]
    screen = Screen(items)
    screen.refresh()
    one, two = np.array([0]), np.array([1])
    for column in ("norms", "sorted_norms", "contents"):
        screen._scores(one, two, fuzz.ratio, column=column)  # gathered once, then kept
    items.pop()  # as `blocking.probe` leaves the index
    items.append(prepare(LinkItem(3, LinkKind.QUOTE, 3, "we will raise taxes on working families")))
    screen.refresh()
    new = items[1]
    assert new.side is not None
    for column, theirs in (
        ("norms", new.norm),
        ("sorted_norms", " ".join(sorted(new.norm.split()))),
        ("contents", new.side.content),
    ):
        mine = getattr(screen._cols, column)[0]
        got = screen._scores(one, two, fuzz.ratio, column=column)[0]
        assert got == fuzz.ratio(mine, theirs)


def test_screen_reads_items_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading an archive's items runs no cyclic collection over the index beside it, and
    leaves the collector as it found it."""
    seen: list[bool] = []
    numbers = screening._numbers

    def spy(p: Prepared) -> tuple[float, ...]:
        seen.append(gc.isenabled())
        return numbers(p)

    monkeypatch.setattr(screening, "_numbers", spy)
    items = [
        prepare(LinkItem(i, LinkKind.QUOTE, i, f"we will build {i} new roads", None))
        for i in (1, 2)
    ]
    screen = Screen(items[:1])
    assert gc.isenabled()
    screen.refresh()
    assert gc.isenabled()
    gc.disable()
    try:
        screen.items = items
        screen.refresh()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, False]


words = st.text(alphabet="abcdeé\u2019-", min_size=1, max_size=14)


@settings(max_examples=500, deadline=None)
@given(words, words)
def test_letters_bound_the_common_subsequence(a: str, b: str) -> None:
    import numpy as np
    from rapidfuzz.distance import LCSseq

    one = np.array
    masks = one([screening.letter_mask(a)]), one([screening.letter_mask(b)])
    most = screening.most_common(one([len(a)]), one([len(b)]), *masks)[0]
    assert LCSseq.similarity(a, b) <= most
    may = screening._may_spell(one([len(a)]), one([len(b)]), *masks)[0]
    if not may:  # RapidFuzz gives 0 at the cutoff: the pair need not be scored
        assert fuzz.ratio(a, b, score_cutoff=textmodel.FUZZY_CUTOFF) == 0


def test_letters_rule_out_words_of_other_letters() -> None:
    import numpy as np

    pairs = [("organisation", "organization"), ("president", "residents"), ("tariffs", "protest")]
    length = np.array([len(a) for a, _ in pairs])
    other = np.array([len(b) for _, b in pairs])
    masks = np.array([screening.letter_mask(a) for a, _ in pairs])
    theirs = np.array([screening.letter_mask(b) for _, b in pairs])
    assert screening._may_spell(length, other, masks, theirs).tolist() == [True, True, False]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 2**62 - 1), max_size=20))
def test_popcount_counts_bits(values: list[int]) -> None:
    import numpy as np

    found = screening._popcount(np.array(values, dtype=np.int64)).tolist()
    assert found == [bin(v).count("1") for v in values]


@settings(max_examples=200, deadline=None)
@given(quote_texts, quote_texts)
def test_crude_spelling_bound_is_above_the_length_bound(a: list[str], b: list[str]) -> None:
    import numpy as np

    items = [prepare(LinkItem(i, LinkKind.QUOTE, i, " ".join(t))) for i, t in ((1, a), (2, b))]
    screen = Screen(items)
    screen.refresh()
    qp, cp = np.array([1]), np.array([0])
    pair, stem = screen._cols.stems.shared(qp, cp)
    crude = screen._spelling_crude(qp, cp, pair, stem)
    most = screen._spelling_most(qp, cp, pair, stem)
    for wide, narrow in zip(crude, most, strict=True):
        assert wide[0] >= narrow[0]


def test_screen_keeps_quotes_one_of_which_marks_the_others_words() -> None:
    day = date(2016, 5, 15)
    items = [
        LinkItem(
            1, LinkKind.QUOTE, 1, "This is a suicide mission,", "Reince Priebus", published=day
        ),
        LinkItem(
            2,
            LinkKind.QUOTE,
            2,
            "any effort by conservatives to draft a candidate to run against presumptive GOP "
            'nominee Donald Trump would be a "suicide mission for our country."',
            "Reince Priebus",
            published=day + timedelta(days=1),
            confidence=0.95,
        ),
    ]
    prepared = [prepare(item) for item in items]
    assert score_prepared(prepared[1], prepared[0]).link
    assert Screen(prepared).keep(1, [0], 55.0) == [0]
