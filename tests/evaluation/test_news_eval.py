"""`factdb eval news`: the matching and speaker rules, the story split, the archive labels."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from factdb.evaluation.news import (
    NewsScores,
    Pred,
    evaluate,
    format_report,
    main,
    score_article,
)
from factdb.evaluation.news_data import (
    LABELS,
    GoldQuote,
    NewsArticle,
    assign_splits,
    load_dev,
    load_news,
)
from factdb.evaluation.news_rules import junk_reason, spans_match, speaker_right
from tests.conftest import shared_path


def _news() -> Path:
    """The labelled news folder of the shared data (the test skips or fails without it)."""
    shared_path("data", "news", "dev-gold.jsonl")
    shared_path("data", "news", "archive.jsonl.gz")
    return shared_path("data", "news")


@pytest.mark.parametrize(
    ("pred", "gold", "match"),
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (7, 30), False),  # 3 of 10 and 3 of 23: each under 30%... of the other
        ((0, 10), (6, 16), True),  # 40% of each
        ((0, 100), (10, 20), True),  # all of the gold inside the prediction
        ((10, 20), (0, 100), True),  # all of the prediction inside the gold
        ((0, 10), (10, 20), False),
        ((5, 5), (0, 10), False),
    ],
)
def test_spans_match(pred: tuple[int, int], gold: tuple[int, int], match: bool) -> None:
    assert spans_match(pred, gold) is match


def _gold(speaker: str | None, *aliases: str) -> GoldQuote:
    return GoldQuote(0, 10, "direct", speaker, aliases)


@pytest.mark.parametrize(
    ("pred", "anonymous", "gold", "right"),
    [
        ("Donald Trump", False, _gold("Donald Trump"), True),
        ("President Donald J. Trump", False, _gold("Donald Trump"), True),
        ("Donald Trump Jr.", False, _gold("Donald Trump"), False),
        ("Trump", False, _gold("Donald Trump"), False),
        ("Nile Gardiner", False, _gold("Gardiner"), True),  # the article gives only a surname
        ("DOJ", False, _gold("Justice Department", "Department of Justice", "DOJ"), True),
        ("Ursula von der Leyen", False, _gold("Ursula von der Leyen"), True),
        (None, False, _gold("Donald Trump"), False),
        (None, False, _gold("anonymous: a senior administration official"), True),
        ("senior administration official", True, _gold("anonymous: a senior official"), True),
        ("officials", True, _gold("anonymous: administration officials"), True),
        ("spokesman", True, _gold("anonymous: a senior official"), False),
        ("Joe Biden", False, _gold("anonymous: a senior official"), False),
        (None, False, _gold(None), True),
    ],
)
def test_speaker_rule(pred: str | None, anonymous: bool, gold: GoldQuote, right: bool) -> None:
    assert speaker_right(pred, anonymous, gold) is right


@pytest.mark.parametrize(
    ("name", "text", "why"),
    [
        ("he", "", "pronoun"),
        ("official", "", "lower-case"),
        ("QE3", "Prices rose.", "all-capitals"),
        ("WASHINGTON", "WASHINGTON (Reuters) - The", "dateline"),
        ("FBI", "", None),  # the labels name it so (below)
        ("Donald Trump", "", None),
    ],
)
def test_junk_names(name: str, text: str, why: str | None) -> None:
    assert junk_reason(name, text, {("fbi",)}) == why


def _article(story: str, n: int) -> NewsArticle:
    return NewsArticle(f"a{n}", "text", story, (), "dev")


def test_split_keeps_stories_whole_and_is_balanced() -> None:
    articles = [_article(f"s{i // 2}", i) for i in range(8)] + [
        _article(f"single{i}", 10 + i) for i in range(6)
    ]
    split = assign_splits(articles)
    assert split == assign_splits(list(reversed(articles)))[::-1]  # order does not matter
    by_story: dict[str, set[str]] = {}
    for a in split:
        by_story.setdefault(a.story, set()).add(a.split)
    assert all(len(sides) == 1 for sides in by_story.values())
    counts = {side: sum(a.split == side for a in split) for side in ("tune", "check")}
    assert counts == {"tune": 7, "check": 7}


def test_a_new_batch_of_labels_moves_no_article_labelled_before(tmp_path: Path) -> None:
    ids = [f"id{n:02d}" for n in range(12)]
    with gzip.open(tmp_path / "archive.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": i, "text": "text"}) + "\n")
    (tmp_path / "dev.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "dev-gold.jsonl").write_text("", encoding="utf-8")
    first = "".join(json.dumps({"id": i, "quotes": []}) + "\n" for i in ids[:6])
    second = "".join(json.dumps({"id": i, "quotes": [], "batch": 2}) + "\n" for i in ids[6:])
    (tmp_path / "one.jsonl").write_text(first, encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(first + second, encoding="utf-8")
    before = {a.id: a.split for a in load_news(tmp_path, tmp_path / "one.jsonl")}
    after = {a.id: a.split for a in load_news(tmp_path, tmp_path / "two.jsonl")}
    assert {i: after[i] for i in before} == before
    assert sorted(after[i] for i in ids[6:]) == ["check"] * 3 + ["tune"] * 3


def test_score_article_counts_quotes_speakers_scare_and_junk() -> None:
    text = "x" * 200
    gold = (
        GoldQuote(0, 20, "direct", "Jane Roe"),
        GoldQuote(30, 50, "partial", "Jane Roe"),
        GoldQuote(60, 70, "scare", None),
        GoldQuote(80, 120, "reported", "anonymous: officials"),
        GoldQuote(90, 100, "partial", "anonymous: officials"),
    )
    art = NewsArticle("a", text, "a", gold, "archive", "check")
    preds = [
        Pred(0, 20, "direct", "Jane Roe", False),
        Pred(30, 50, "partial", "he", False),
        Pred(60, 70, "partial", "Jane Roe", False),
        Pred(80, 120, "indirect", None, True),  # holds the partial quote: kept once
    ]
    s: NewsScores = score_article(art, preds, set())
    assert (s.quote.tp_gold, s.quote.n_gold) == (3, 3)
    assert (s.quote.tp_pred, s.quote.n_pred) == (2, 3)
    assert (s.matched_right, s.matched) == (2, 3)
    assert (s.not_quotes_stored, s.not_quotes) == (1, 1)
    assert s.junk == ["he (pronoun)"]
    assert (s.reported_speaker.tp_gold, s.reported_speaker.n_gold) == (1, 1)
    assert "junk speakers               1 of 2" in format_report({("archive", "check"): s}, "check")


def test_dev_is_thirty_articles_in_twenty_stories_split_fifteen_fifteen() -> None:
    dev = load_dev(_news())
    assert len(dev) == 30 and len({a.story for a in dev}) == 20
    assert sum(len([b for b in dev if b.story == a.story]) == 2 for a in dev) == 20
    split = assign_splits(dev)
    assert sum(a.split == "tune" for a in split) == 15


def test_archive_labels_point_into_their_articles() -> None:
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) >= 30
    articles = {a.id: a for a in load_news(_news()) if a.set_name == "archive"}
    assert set(articles) == {r["id"] for r in rows}
    kinds = {"direct", "partial", "reported", "scare", "title"}
    for article in articles.values():
        for g in article.gold:
            assert 0 <= g.start < g.end <= len(article.text)
            assert g.kind in kinds
            assert (g.speaker is None) == (g.kind in ("scare", "title"))


def test_no_archive_article_holds_one_label_twice() -> None:
    for article in load_news(_news()):
        if article.set_name == "archive":
            items = [(g.start, g.end, g.kind, g.speaker) for g in article.gold]
            assert len(items) == len(set(items)), article.id


def test_quotation_labels_open_after_a_quotation_mark() -> None:
    """Direct, partial, scare and title labels are the words inside a pair of marks."""
    for article in load_news(_news()):
        if article.set_name != "archive":
            continue
        for g in article.gold:
            if g.kind != "reported":
                before = article.text[: g.start].rstrip(" ")
                assert before[-1:] in ('"', "\u201c", "\u2018", "'"), (article.id, g.start)


def test_label_batches_only_grow() -> None:
    """Batches 1-3 are closed (40, 13 and 5 articles); batch 4 holds at least the 10 of lab4."""
    sizes = Counter(a.batch for a in load_news(_news()) if a.set_name == "archive")
    assert [sizes[b] for b in (1, 2, 3)] == [40, 13, 5]
    assert sizes[4] >= 10


def test_the_label_file_holds_no_article_text() -> None:
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) <= {"id", "story", "batch", "quotes"}
        for q in row["quotes"]:
            assert set(q) <= {"start", "end", "kind", "speaker", "aliases"}


def test_missing_data_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--news", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "dev-gold.jsonl" in err


@pytest.mark.parametrize(
    ("pred", "aliases", "right"),
    [
        ("Hillary Clinton", ("Hillary Rodham Clinton", "Clinton"), True),
        ("Hillary Clinton", ("Clinton",), False),  # a surname alone is no evidence
        (
            "Bill Clinton",
            ("Hillary Clinton",),
            False,
        ),  # the gold gives a middle name: no alias has it
    ],
)
def test_stored_speaker_is_right_by_its_registry_names(
    pred: str, aliases: tuple[str, ...], right: bool
) -> None:
    gold = GoldQuote(0, 10, "direct", "Hillary Rodham Clinton")
    assert speaker_right(pred, False, gold, aliases) is right


def test_stored_mode_scores_the_names_the_registry_stores() -> None:
    """A surname in one article is stored under the full name another article gives."""
    first = "“We will win,” Trump said on Monday."
    second = "“We won,” Donald Trump said on Tuesday."
    gold = (GoldQuote(1, 13, "direct", "Donald Trump"),)
    arts = [
        NewsArticle("a", first, "a", gold, "archive", "check"),
        NewsArticle(
            "b", second, "b", (GoldQuote(1, 7, "direct", "Donald Trump"),), "archive", "tune"
        ),
    ]
    extract = evaluate(arts[:1], "extract")[("archive", "check")]
    stored = evaluate(arts[:1], "stored", arts)[("archive", "check")]
    assert (extract.matched_right, extract.matched) == (0, 1)
    assert (stored.matched_right, stored.matched) == (1, 1)


def test_errors_list_the_tune_articles_misses_and_wrong_speakers() -> None:
    text = "x" * 100
    gold = (GoldQuote(0, 20, "direct", "Jane Roe"), GoldQuote(40, 60, "direct", "John Doe"))
    preds = [Pred(0, 20, "direct", "John Doe", False)]
    tune = score_article(NewsArticle("t1", text, "t", gold, "archive", "tune"), preds, set())
    check = score_article(NewsArticle("c1", text, "c", gold, "archive", "check"), preds, set())
    assert tune.errors == [
        "t1: speaker: gold 'Jane Roe' got 'John Doe' at 0",
        "t1: missed direct at 40 ('John Doe')",
    ]
    scores = {("all", "tune"): tune, ("all", "check"): check}
    report = format_report(scores, "all", errors=True)
    assert "t1: missed direct at 40" in report and "c1:" not in report
    assert "t1:" not in format_report(scores, "all")


def test_batch_five_labels_are_ten_odd_id_articles_with_distinct_spans_inside_them() -> None:
    """Batch 5: ten articles whose id's SHA-1 ends in an odd hex digit (batch 4 takes the even
    ones); every span lies inside its article, no two labels of an article are the same, and a
    quotation's span opens right after a quotation mark."""
    archive = [a for a in load_news(_news()) if a.set_name == "archive"]
    assert len({a.id for a in archive}) == len(archive)
    articles = [a for a in archive if a.batch == 5]
    assert len(articles) == 10
    for article in articles:
        assert int(hashlib.sha1(article.id.encode()).hexdigest()[-1], 16) % 2 == 1
        keys = [(g.start, g.end, g.kind, g.speaker) for g in article.gold]
        assert len(keys) == len(set(keys)), article.id
        for g in article.gold:
            assert 0 < g.start < g.end <= len(article.text)
            span = article.text[g.start : g.end]
            assert span == span.strip(), (article.id, g.start)
            if g.kind != "reported":
                assert article.text[g.start - 1] in '"\u201c\u2018', (article.id, g.start)
