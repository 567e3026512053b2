"""Quote extraction and speaker attribution: article text in, quote records with offsets out.

Steps, all rule-based and linear in the text length:

1. quotation spans (``spans``): paired marks, continued paragraphs, unbalanced marks;
2. sentences (``sentences``), merged so that no quotation is split;
3. cues (``lexicon.CUE_AFTER_RE``) in the writer's text only (quotations are masked), each with the
   speaker mention next to it (``speakers``): before it, inverted after it, across an apposition,
   or the subject of the sentence for "..., saying" and "... and added";
4. what each cue introduces: the quotation next to it (direct), the quoted words in its clause
   (partial), or the reported clause itself (indirect) - "X said (that) ...", "..., X said.",
   "according to X, ...";
5. quotations with no cue in their sentence continue the previous speaker's quotation when they
   stand alone as a sentence; other unattributed quoted words (titles, scare quotes) are dropped;
6. every mention resolves to one canonical speaker per article (``speakers.SpeakerResolver``).
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from factdb.extract.quotes.attribution import (
    attach_adjacent,
    attach_leftovers,
    carry_last_ref,
    nested_reports,
    resolve_cues,
)
from factdb.extract.quotes.cues import ArticleCues, cue_positions, find_article_cues, find_cues
from factdb.extract.quotes.links import restore_links
from factdb.extract.quotes.marks import (
    find_spans,
    mask_quotes,
    quote_sentences,
    related_label_end,
)
from factdb.extract.quotes.records import build_records
from factdb.extract.quotes.reported import group_beliefs, refers_to_quote, report_clauses
from factdb.extract.quotes.state import Quote, State, in_range, none_in
from factdb.extract.quotes.verbs import colon_speaker
from factdb.extract.records import QuoteRecord, SpeakerKind, SpeakerRef
from factdb.extract.speakers.names_parse import close_nicknames
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.text.links import unlinked
from factdb.extract.text.sentences import paragraphs


def extract_quotes(text: str) -> list[QuoteRecord]:
    """Every quotation and piece of reported speech in *text*, ordered by start offset.

    Never raises: any string (empty, garbage, very long) gives a list, possibly empty.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _extract(text)
    except Exception:  # pragma: no cover - a last resort; the rules above should not fail
        return []


def _extract(text: str) -> list[QuoteRecord]:
    # 1. quotation spans, the masked text and sentences that never split a quotation; outlets'
    # inline link text (a legal name and headlines) is read as blank.
    work, blobs = unlinked(text)
    paras = paragraphs(work)
    spans = find_spans(work, paras)
    para_starts = [p[0] for p in paras]
    quotes = [Quote(sp, max(0, bisect.bisect_right(para_starts, sp.open) - 1)) for sp in spans]
    masked, moved = close_nicknames(work, mask_quotes(work, spans))
    opens = [sp.open for sp in spans]
    st = State(work, masked, quotes, opens, SpeakerResolver(work, masked), para_starts)
    sentences = quote_sentences(work, paras, spans)
    st.resolver.people.set_sentences([s for s, _ in sentences])
    # 2. cue words and the article-wide cue patterns, found once.
    cue_pos = cue_positions(masked)
    article_cues = find_article_cues(masked)
    cue_starts = [c[0] for c in cue_pos]
    extra_starts = sorted(article_cues.according_starts + article_cues.nominal_starts)
    for ss, se in sentences:
        if masked[ss : ss + 1] in _LABEL_FIRST:
            # "More: President Trump appears to back Roy Moore: '...'": the headline's words,
            # whose subject is the first name after the label.
            ss = related_label_end(masked, ss, se)
        in_sent = in_range(st, ss, se)
        if not in_sent and none_in(cue_starts, ss, se) and none_in(extra_starts, ss, se):
            # Nothing to attribute here; only a trailing colon can matter for what follows.
            # The nearest colon introduces what follows: "Here is Warren's plan: ... Here is
            # the plan Sanders has proposed: “...”" is Sanders's.
            if masked[se - 1 : se] == ":" and (
                st.pending_colon is None or " " in masked[ss:se].strip()
            ):
                found = colon_speaker(masked, st.resolver, ss, se - 1, [])
                st.pending_colon = _nearer_colon(found, st.pending_colon)
            continue
        _sentence(st, ss, se, in_sent, cue_pos, article_cues)
    # 6. one canonical speaker per mention, with the aliases known at the article's end.
    records = build_records(st)
    if moved:
        records = [_written_name(work, r, moved) for r in records]
    heads = _subheads(work, paras, quotes)
    if heads:
        records = [r for r in records if (r.start, r.end) not in heads]
    return restore_links(text, records, blobs) if blobs else records


def _nearer_colon(
    found: tuple[SpeakerRef, str] | None, pending: tuple[SpeakerRef, str] | None
) -> tuple[SpeakerRef, str] | None:
    """The speaker a later colon names, else the one an earlier colon named: a colon that names
    nobody, or only describes someone ("and it isn't fear of police:"), leaves the earlier one,
    as does a one-word label ("Advertisement:", "Also:"), which is not read."""
    if found is None or pending is None:
        return found or pending
    named = found[0].confidence > 0 and found[0].kind != SpeakerKind.ANONYMOUS
    return found if named else pending


_LABEL_FIRST = frozenset("(MSRAW")
"""First letters of a related story's label ("More:", "SEE ALSO:", "Read:", "WATCH:", "( Also
on ...")."""


def _written_name(text: str, r: QuoteRecord, moved: list[tuple[int, int, int]]) -> QuoteRecord:
    """A record whose speaker mention holds a name read without its nickname, with the mention
    as written ('Anthony “The Mooch” Scaramucci') and single spaces in its name."""
    sp = r.speaker
    if sp is None or sp.start is None or sp.end is None:
        return r
    for start, end, shift in moved:
        if sp.start < end and start < sp.end:
            new = sp.start - shift if start + shift <= sp.start < end else sp.start
            ref = replace(
                sp,
                name=_single(sp.name),
                start=new,
                text=text[new : sp.end],
                description=sp.description and _single(sp.description),
                aliases=tuple(_single(a) for a in sp.aliases),
            )
            anonymous = r.anonymous and _single(r.anonymous)
            return replace(r, speaker=ref, anonymous=anonymous)
    return r


def _single(words: str) -> str:
    """WORDS with single spaces."""
    return " ".join(words.split())


_SENTENCE_END = (".", ",", "!", "?", "…", ";", ":")


def _subheads(text: str, paras: list[tuple[int, int]], quotes: list[Quote]) -> set[tuple[int, int]]:
    """Quotations that are a whole paragraph with no closing punctuation and whose words the
    article quotes again: a section heading or pull quote ("“Space is no longer a peaceful
    domain”" above the paragraph where James says it), kept once, where it is said."""
    out: set[tuple[int, int]] = set()
    for q in quotes:
        sp = q.span
        words = text[sp.start : sp.end].strip()
        if len(sp.pieces) != 1 or len(words) < 12 or words.endswith(_SENTENCE_END):
            continue
        ps, pe = paras[q.para]
        if text[ps : sp.open].strip() or text[sp.close : pe].strip():
            continue  # the quotation shares its paragraph with other words
        if text.find(words, sp.close) >= 0 or text.rfind(words, 0, sp.open) >= 0:
            out.add((sp.start, sp.end))
    return out


def _sentence(
    st: State,
    ss: int,
    se: int,
    in_sent: list[int],
    cue_pos: list[tuple[int, int, str]],
    article_cues: ArticleCues,
) -> None:
    """Attribute the quotations and reported clauses of the sentence ``[ss, se)``."""
    masked = st.masked
    # 3. the sentence's cues, each with its speaker.
    cues = find_cues(masked, ss, se, cue_pos, article_cues)
    if any(c.word.startswith("refer") for c in cues):
        # "referred a request for comment to ...": no cue unless it names a quotation
        cues = [c for c in cues if not c.word.startswith("refer") or refers_to_quote(st, c, se)]
    for k in in_sent:
        st.quotes[k].sentence = (ss, se)
    cues = resolve_cues(st, cues, ss)
    # 4. quotations next to a cue, then the clauses the cues introduce.
    spoken = [c for c in cues if not c.agent]
    if in_sent:
        group_beliefs(st, spoken, ss, se)
    attach_adjacent(st, cues, in_sent, ss, se)
    report_clauses(st, spoken, ss, se)
    nested_reports(st, cues, in_sent)
    # 5. leftover quotations: verbs, colons, continued quotes, the sentence's subject.
    attach_leftovers(st, cues, in_sent, ss, se)
    if in_sent:
        st.pending_colon = None
    carry_last_ref(st, cues, in_sent)
    if masked[ss:se].rstrip().endswith(":") and not in_sent:
        found = colon_speaker(masked, st.resolver, ss, se - 1, cues)
        st.pending_colon = _nearer_colon(found, st.pending_colon)
