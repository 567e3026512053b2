"""The speaker registry: unique keys under concurrency, evidence for merging, corrections kept."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from factdb.errors import ConflictError, InputError, NotFoundError
from factdb.extract.records import SpeakerKind, SpeakerRef
from factdb.models import Quote, Speaker, SpeakerPin
from factdb.services.database import Database
from factdb.services.ingest import ingest_article
from factdb.services.speakers import list_speakers, merge, rename, resolve_speaker, split
from factdb.services.speakers.registry import add_aliases, family_first, insert_or_get
from factdb.sources import ArticleInput

WORKERS = 4
ARTICLES_EACH = 3


def _article(n: int, body: str) -> ArticleInput:
    return ArticleInput(text=f"Report number {n}.\n\n{body}", source=f"a{n}.txt")


def _speakers(database: Database) -> list[str]:
    with database.read() as session:
        return sorted(session.scalars(select(Speaker.name)))


def _ref(name: str, *aliases: str) -> SpeakerRef:
    return SpeakerRef(name=name, text=name, aliases=aliases)


def _resolve(database: Database, ref: SpeakerRef) -> int | None:
    with database.write() as session:
        found = resolve_speaker(session, ref)
        return found.id if found is not None else None


def test_concurrent_ingests_of_one_person_make_one_speaker(database: Database) -> None:
    """Threads ingest different articles quoting the same person at once: one speaker."""
    barrier = threading.Barrier(WORKERS)

    def work(worker: int) -> None:
        barrier.wait()
        for k in range(ARTICLES_EACH):
            n = worker * 100 + k
            body = f"“We will act on item {n},” Senator Dana Whitlock said on Monday."
            ingest_article(database, _article(n, body))

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(work, range(WORKERS)))
    assert _speakers(database) == ["Dana Whitlock"]
    with database.read() as session:
        quotes = session.scalar(select(func.count()).select_from(Quote))
        speakers = session.scalar(select(func.count(func.distinct(Quote.speaker_id))))
    assert (quotes, speakers) == (WORKERS * ARTICLES_EACH, 1)


def test_insert_or_get_under_concurrency_returns_one_row(database: Database) -> None:
    """Many resolutions of one new name at once give the same id, never a duplicate error."""
    barrier = threading.Barrier(WORKERS)

    def work(_: int) -> int | None:
        barrier.wait()
        return _resolve(database, _ref("Mara Quill", "Quill"))

    with ThreadPoolExecutor(WORKERS) as pool:
        ids = set(pool.map(work, range(WORKERS)))
    assert len(ids) == 1 and None not in ids
    assert _speakers(database) == ["Mara Quill"]


def test_a_surname_joins_the_one_full_name_the_archive_has(database: Database) -> None:
    donald = _resolve(database, _ref("Donald Trump", "Trump"))
    assert _resolve(database, _ref("Trump")) == donald
    # A second person with that surname: a bare surname is no longer evidence for either.
    ivanka = _resolve(database, _ref("Ivanka Trump"))
    bare = _resolve(database, _ref("Trump"))
    assert bare not in (donald, ivanka)
    # ... and every later bare mention finds that one speaker, never a new one.
    assert {_resolve(database, _ref("Trump")) for _ in range(3)} == {bare}
    assert _speakers(database) == ["Donald Trump", "Ivanka Trump", "Trump"]


def test_a_full_name_takes_over_the_surname_stored_before_it(database: Database) -> None:
    """ "Trump" ingested before any "Donald Trump": the full name takes its quotes over."""
    ingest_article(database, _article(1, "“We will win,” Trump said on Monday."))
    assert _speakers(database) == ["Trump"]
    ingest_article(database, _article(2, "“We won,” Donald Trump said on Tuesday."))
    assert _speakers(database) == ["Donald Trump"]
    with database.read() as session:
        names = session.scalars(
            select(Speaker.name).join(Quote, Quote.speaker_id == Speaker.id)
        ).all()
    assert names == ["Donald Trump", "Donald Trump"]
    # Two people of the surname: a bare surname stored later stays apart from both.
    ingest_article(database, _article(3, "“Go,” Ivanka Trump said."))
    ingest_article(database, _article(4, "“Stay,” Trump said."))
    ingest_article(database, _article(5, "“Wait,” Eric Trump said."))
    assert _speakers(database) == ["Donald Trump", "Eric Trump", "Ivanka Trump", "Trump"]


def test_a_pinned_surname_is_not_taken_over(database: Database) -> None:
    """A surname a correction renamed stays as the people who corrected it left it."""
    ingest_article(database, _article(1, "“We will win,” Quill said on Monday."))
    rename(database, "Quill", "Mara Quill")
    ingest_article(database, _article(2, "“We won,” Tom Quill said on Tuesday."))
    assert _speakers(database) == ["Mara Quill", "Tom Quill"]


def test_two_matching_speakers_never_multiply(database: Database) -> None:
    """Once two stored people fit a name, later mentions share one speaker of their own."""
    with database.write() as session:
        for name in ("Joseph Biden", "Joey Biden"):
            speaker = insert_or_get(session, name.lower(), name, SpeakerKind.PERSON, None)
            add_aliases(session, speaker, [name, "Biden"])
    before = len(_speakers(database))
    ids = {_resolve(database, _ref("Joe Biden", "Biden")) for _ in range(4)}
    assert len(ids) == 1
    assert len(_speakers(database)) == before + 1


def test_a_son_is_not_his_father(database: Database) -> None:
    assert _resolve(database, _ref("Donald Trump Jr.")) != _resolve(database, _ref("Donald Trump"))


def test_anonymous_sources_are_no_speakers(database: Database) -> None:
    ref = SpeakerRef(name="senior official", kind=SpeakerKind.ANONYMOUS, text="a senior official")
    assert _resolve(database, ref) is None
    assert _speakers(database) == []


def _ingest(database: Database, n: int, body: str) -> None:
    ingest_article(database, _article(n, body))


def _speaker_of(database: Database, words: str) -> str | None:
    with database.read() as session:
        return session.scalar(
            select(Speaker.name)
            .join(Quote, Quote.speaker_id == Speaker.id)
            .where(Quote.text.contains(words))
        )


def test_merge_moves_quotes_and_holds_for_later_ingests(database: Database) -> None:
    _ingest(database, 1, "“Taxes will fall,” Robert Vance said.")
    _ingest(database, 2, "“Rates will rise,” Bob Vance Sr. said.")
    assert _speaker_of(database, "Rates") == "Bob Vance Sr."
    done = merge(database, ["Bob Vance Sr."], "Robert Vance")
    assert done.quotes == 1 and done.name == "Robert Vance"
    assert _speaker_of(database, "Rates") == "Robert Vance"
    # A new article naming the merged-away speaker follows the correction.
    _ingest(database, 3, "“Prices will hold,” Bob Vance Sr. said on Friday.")
    assert _speaker_of(database, "Prices") == "Robert Vance"
    assert _speakers(database) == ["Robert Vance"]


def test_rename_keeps_the_old_name_as_an_alias_and_a_pin(database: Database) -> None:
    _ingest(database, 1, "“We stay,” Ana Lopes said.")
    rename(database, "Ana Lopes", "Ana Maria Lopes")
    assert _speaker_of(database, "We stay") == "Ana Maria Lopes"
    _ingest(database, 2, "“We go,” Ana Lopes said.")
    assert _speaker_of(database, "We go") == "Ana Maria Lopes"
    [row] = list_speakers(database, name="lopes")
    assert "Ana Lopes" in row.aliases and row.quotes == 2


def test_rename_onto_another_speakers_name_is_refused(database: Database) -> None:
    _ingest(database, 1, "“One,” Ana Lopes said. “Two,” Rui Costa said.")
    with pytest.raises(ConflictError):
        rename(database, "Rui Costa", "Ana Lopes")


def test_split_moves_the_quotes_of_a_name_and_pins_it(database: Database) -> None:
    _ingest(database, 1, "“We will win,” Donald Trump said.")
    _ingest(database, 2, "“It is over,” Donald Trump Jr. said. “Not yet,” Trump Jr. added.")
    # A wrong merge made by hand, then undone by a split.
    merge(database, ["Donald Trump Jr."], "Donald Trump")
    assert _speaker_of(database, "It is over") == "Donald Trump"
    done = split(database, "Donald Trump", ["Donald Trump Jr."], None)
    assert done.name == "Donald Trump Jr." and done.quotes >= 1
    assert _speaker_of(database, "It is over") == "Donald Trump Jr."
    assert _speaker_of(database, "We will win") == "Donald Trump"
    _ingest(database, 3, "“Later,” Donald Trump Jr. said.")
    assert _speaker_of(database, "Later") == "Donald Trump Jr."


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda db: merge(db, ["Nobody Here"], "Ana Lopes"), NotFoundError),
        (lambda db: merge(db, ["Ana Lopes"], "Ana Lopes"), InputError),
        (lambda db: rename(db, "Ana Lopes", "  "), InputError),
        (lambda db: split(db, "Ana Lopes", ["Ana Lopes"], None), InputError),
    ],
)
def test_bad_corrections_change_nothing(
    database: Database, call: Callable[[Database], object], error: type[Exception]
) -> None:
    _ingest(database, 1, "“One,” Ana Lopes said.")
    with pytest.raises(error):
        call(database)
    assert _speakers(database) == ["Ana Lopes"]
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(SpeakerPin)) == 0


def test_a_word_that_opens_another_name_is_no_unique_surname(database: Database) -> None:
    """ "Mr Kim" of a summit story is not the archive's one "Joon Kim": "Kim Jong Un" opens
    with the word, so a bare "Kim" may be either, whichever was stored first."""
    joon = _resolve(database, _ref("Joon Kim", "Kim"))
    assert _resolve(database, _ref("Kim")) == joon  # the archive's one person of that name
    leader = _resolve(database, _ref("Kim Jong Un"))
    bare = _resolve(database, _ref("Kim"))
    assert bare not in (joon, leader)
    assert _speakers(database) == ["Joon Kim", "Kim", "Kim Jong Un"]
    # A name that only opens with the word is no family name written first.
    assert not family_first("obama and republicans") and not family_first("kim darroch")
    assert not family_first("nielsen media research") and not family_first("john bel edwards")
    assert family_first("kim kye-gwan") and family_first("lee hsien loong")


def test_a_full_name_leaves_a_bare_word_that_opens_another_name(database: Database) -> None:
    ingest_article(database, _article(1, "“We will talk,” Mr Lee said on Monday."))
    ingest_article(database, _article(2, "“We met,” Lee Hsien Loong said on Tuesday."))
    ingest_article(database, _article(3, "“It was fine,” Mike Lee said on Friday."))
    assert _speakers(database) == ["Lee", "Lee Hsien Loong", "Mike Lee"]
