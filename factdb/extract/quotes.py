"""Quote extraction and speaker attribution: article text in, quote records with offsets out.

Steps, all rule-based and linear in the text length:

1. quotation spans (``quote_spans``): paired marks, continued paragraphs, unbalanced marks;
2. sentences (``sentences``), merged so that no quotation is split;
3. cues (``lexicon.CUE_RE``) in the writer's text only (quotations are masked), each with the
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

from factdb.extract.lexicon import CUE_WORDS, KNOWN_SOURCE_HEADS, PARTIAL_CUE_WORDS, WEAK_CUE_WORDS
from factdb.extract.quote_attribution import set_off, skip_recipient
from factdb.extract.quote_cues import (
    cue_positions,
    find_article_cues,
    find_cues,
    name_between,
    starts_clause,
)
from factdb.extract.quote_marks import find_spans, mask_quotes, quote_sentences
from factdb.extract.quote_partial import is_modifier, is_title, stands_alone
from factdb.extract.quote_records import build_records, final_speakers
from factdb.extract.quote_reported import (
    CONJ_AFTER_QUOTE_RE,
    FINAL_TAIL_RE,
    clause_ok,
    find_clause_start,
    parenthetical,
    wrap,
)
from factdb.extract.quote_state import (
    MASK,
    THAT_RE,
    Cue,
    Indirect,
    Quote,
    State,
    assign,
    has_that,
    in_range,
    none_in,
    quote_at,
    quote_ending_at,
    trim,
    word_count,
)
from factdb.extract.quote_verbs import colon_speaker, person_subject, verb_attribution
from factdb.extract.records import QuoteRecord, SpeakerRef
from factdb.extract.sentences import paragraphs
from factdb.extract.speaker_inverted import subject_of
from factdb.extract.speaker_resolve import SpeakerResolver


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
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    para_starts = [p[0] for p in paras]
    quotes = [Quote(sp, max(0, bisect.bisect_right(para_starts, sp.open) - 1)) for sp in spans]
    masked = mask_quotes(text, spans)
    st = State(text, masked, quotes, [sp.open for sp in spans])
    resolver = SpeakerResolver(text)
    sentences = quote_sentences(text, paras, spans)
    cue_pos = cue_positions(masked)
    article_cues = find_article_cues(masked)
    last_ref: tuple[SpeakerRef, str, int] | None = None
    pending_colon: tuple[SpeakerRef, str] | None = None

    cue_starts = [c[0] for c in cue_pos]
    extra_starts = sorted(
        [m.start() for m in article_cues.according] + [m.start() for m in article_cues.nominal]
    )
    for ss, se in sentences:
        in_sent = in_range(st, ss, se)
        if not in_sent and none_in(cue_starts, ss, se) and none_in(extra_starts, ss, se):
            # Nothing to attribute here; only a trailing colon can matter for what follows.
            if masked[se - 1 : se] == ":" and pending_colon is None:
                colon_ref = colon_speaker(masked, resolver, ss, se - 1, [])
                if colon_ref is not None:
                    pending_colon = colon_ref
            continue
        cues = find_cues(masked, ss, se, cue_pos, article_cues)
        for k in in_sent:
            quotes[k].sentence = (ss, se)
        # Resolve speakers in text order; linked verbs take the previous cue's or the subject's.
        prev_ref: SpeakerRef | None = None
        prev_end = ss
        main_ref: SpeakerRef | None = None
        for cue in cues:
            mention = cue.mention
            if (
                mention is not None
                and mention.kind == "np"
                and cue.word.endswith("ing")
                and mention.head not in KNOWN_SOURCE_HEADS
                and mention.start > ss
            ):
                # "Trump unleashed a series of tweets saying ...": the subject speaks.
                subj = subject_of(masked, ss, mention.start)
                if subj is not None and subj.kind in ("name", "pronoun", "joint"):
                    mention = cue.mention = subj
            if mention is not None:
                antecedent = None
                if mention.kind == "pronoun" and mention.head in ("he", "she") and prev_ref:
                    # "Flynn said Trump was right when he said ...": the nearer name.
                    antecedent = name_between(masked, prev_end, mention.start)
                cue.ref = resolver.resolve(mention, antecedent)
            elif cue.linked:
                # "X said Friday that she thinks ... but said ...": the main subject speaks.
                link_ref = main_ref or prev_ref
                if link_ref is not None:
                    cue.ref = link_ref
                else:
                    subj = subject_of(masked, ss, cue.start)
                    if subj is not None:
                        cue.ref = resolver.resolve(subj)
            if cue.ref is not None:
                prev_ref = cue.ref
                prev_end = cue.end
                if main_ref is None or (
                    not cue.linked and starts_clause(masked, ss, cue.left_region)
                ):
                    main_ref = cue.ref
        cues = [c for c in cues if c.ref is not None]

        # Pass 1: quotations right next to a cue and its speaker; "“A,” he said" first.
        for cue in cues:
            ref = cue.ref
            assert ref is not None
            left_edge = cue.start if cue.inverted else cue.left_region
            kb = quote_ending_at(st, left_edge, ss)
            if kb is not None and not set_off(text, masked, quotes[kb].span, left_edge):
                kb = None
            if kb is not None and quotes[kb].ref is None:
                assign(st, kb, ref, cue.word, "before")
                cue.got_quote = True
                # Earlier quotations of the same sentence chained to this one: "“A.” “B,” he said."
                for k in in_sent:
                    if k < kb and quotes[k].ref is None and quotes[k].span.close >= ss:
                        assign(st, k, ref, cue.word, "before")
        for cue in cues:
            ref = cue.ref
            assert ref is not None
            after = cue.end
            if cue.inverted and cue.mention is not None:
                after = cue.mention.end
            after = skip_recipient(masked, after, se, cue.word)
            ka = quote_at(st, after, se)
            if ka is not None and quotes[ka].ref is None:
                assign(st, ka, ref, cue.word, "after")
                cue.got_quote = True
                # "“A,” he said, “B.”" and "he said: “A.” ... “B.”" in the same sentence.
                for k in in_sent:
                    if k > ka and quotes[k].ref is None:
                        gap = masked[quotes[k - 1].span.close : quotes[k].span.open]
                        if word_count(gap) == 0:
                            assign(st, k, ref, cue.word, "after")

        # Pass 2: clauses after or before cues (reported speech, partial quotes inside).
        for ci, cue in enumerate(cues):
            ref = cue.ref
            assert ref is not None
            nxt = se
            for other in cues[ci + 1 :]:
                if other.got_quote or starts_clause(masked, ss, other.left_region):
                    nxt = other.left_region
                    break
            after = cue.end
            if cue.inverted and cue.mention is not None:
                after = cue.mention.end
            if cue.word in PARTIAL_CUE_WORDS and cue.word not in CUE_WORDS:
                mine = []
                for k in in_range(st, after, nxt):
                    assign(st, k, ref, cue.word, "partial-cue")
                    if quotes[k].ref is ref:
                        mine.append(k)
                if mine:
                    wrap(st, after, quotes[mine[-1]].span.close, ref, cue, (ss, se))
                continue
            clause_start = find_clause_start(masked, after, nxt, cue.word)
            if (
                clause_start is not None
                and cue.got_quote
                and not has_that(masked, after, clause_start)
            ):
                kq0 = quote_at(st, clause_start, se)
                if kq0 is None or word_count(masked[quotes[kq0].span.close : nxt]) < 3:
                    clause_start = None
            if clause_start is not None:
                cs, ce = trim(masked, clause_start, nxt)
                kq = quote_at(st, cs, se)
                if kq is not None:
                    # "chanted “What curfew?” and kept going": the clause is the quote alone.
                    cut = CONJ_AFTER_QUOTE_RE.match(masked, quotes[kq].span.close, ce)
                    if cut is not None:
                        ce = quotes[kq].span.close
                lead_quote = kq is not None and word_count(masked[quotes[kq].span.close : ce]) < 2
                if not lead_quote and word_count(text[cs:ce]) >= 3 and ce > cs:
                    weak_without_that = (
                        cue.word in WEAK_CUE_WORDS
                        and not THAT_RE.match(
                            masked, max(after, clause_start - 5), clause_start + 1
                        )
                        and not has_that(masked, after, clause_start)
                    )
                    if not weak_without_that and clause_ok(masked, cs, ce, cue.word, after):
                        ind = Indirect(cs, ce, ref, cue.word, (ss, se))
                        parenthetical(st, cues, ci, ind, after, ss)
                        st.indirect.append(ind)
                        cue.produced = True
                    for k in in_range(st, cs, ce):
                        assign(st, k, ref, cue.word, "clause")
                    continue
            # "..., X said." - the clause is before the cue, which ends the sentence.
            tail_end = nxt if nxt > after else se
            tail = masked[after:tail_end]
            if cue.word == "according to":
                tail = masked[cue.mention.end if cue.mention else after : tail_end]
            edge = cue.start if cue.inverted else cue.left_region
            head = masked[ss:edge].rstrip()
            if (
                FINAL_TAIL_RE.match(tail)
                and word_count(tail) <= 10
                and (
                    head.endswith((",", "—", "–"))
                    or (cue.word == "according to" and head.endswith(","))
                    or (
                        head.endswith(MASK) and text[ss + len(head) - 2 : ss + len(head)][:1] == ","
                    )
                )
            ):
                floor = ss
                for other in cues[:ci]:
                    if other.got_quote or other.produced:
                        floor = max(floor, other.end, other.mention.end if other.mention else 0)
                cs, ce = trim(masked, floor, ss + len(head))
                if ce > cs and word_count(masked[cs:ce]) >= 3:
                    own_words = word_count(masked[cs:ce].replace(MASK, ""))
                    if (quote_ending_at(st, ce + 1, cs) is None or own_words >= 4) and (
                        masked[cs] != MASK or own_words >= 4
                    ):
                        st.indirect.append(Indirect(cs, ce, ref, cue.word, (ss, se)))
                    for k in in_range(st, cs, ce + 1):
                        assign(st, k, ref, cue.word, "clause")
                continue
            if cue.word == "according to" and head == "":
                # "According to X, ..." at the start of the sentence.
                m = cue.mention
                if m is not None:
                    rest = masked[m.end : se]
                    comma = rest.find(",")
                    if 0 <= comma < 160:
                        cs, ce = trim(masked, m.end + comma + 1, se)
                        if word_count(masked[cs:ce]) >= 3:
                            st.indirect.append(Indirect(cs, ce, ref, cue.word, (ss, se)))
                            for k in in_range(st, cs, ce + 1):
                                assign(st, k, ref, cue.word, "clause")

        # Pass 3: leftover quotations of the sentence.
        for k in in_sent:
            q = quotes[k]
            if q.ref is not None:
                continue
            if pending_colon is not None and masked[ss : q.span.open].strip() == "":
                q.ref, q.cue, q.via = pending_colon[0], pending_colon[1], "colon"
                continue
            found = verb_attribution(st, resolver, q, ss, se, cues)
            if found is not None:
                assign(st, k, found[0], found[1], "verb")
                continue
            if (
                cues
                and not is_title(text, q.span)
                and (word_count(text[q.span.start : q.span.end]) >= 3)
            ):
                best = min(cues, key=lambda c: abs(c.start - q.span.open))
                assert best.ref is not None
                assign(st, k, best.ref, best.word, "sentence")
                continue
            if last_ref is not None and stands_alone(st, q, ss, se):
                ref, cue_word, para = last_ref
                if q.para - para <= 2:
                    assign(st, k, ref, cue_word, "continued")
                    continue
            if not cues and not is_title(text, q.span) and not is_modifier(masked, q.span):
                if ss not in st.subjects:
                    st.subjects[ss] = person_subject(masked, ss, min(se, ss + 300))
                found_subj = st.subjects[ss]
                if found_subj is not None and found_subj[1] > q.span.open:
                    found_subj = None
                if found_subj is not None:
                    subj_mention, verb_end, verb = found_subj
                    subj_ref = resolver.resolve(subj_mention)
                    assign(st, k, subj_ref, verb, "subject")
                    fake = Cue(verb_end - len(verb), verb_end, verb, subj_mention)
                    wrap(st, verb_end, q.span.close, subj_ref, fake, (ss, se))
        if in_sent:
            pending_colon = None
        # The last attribution of the sentence carries to quotations standing alone after it.
        last_pos = -1
        for k in in_sent:
            q = quotes[k]
            if q.ref is not None and q.span.open > last_pos:
                last_ref = (q.ref, q.cue or "", q.para)
                last_pos = q.span.open
        for cue in cues:
            if cue.ref is not None and cue.start > last_pos and (cue.produced or cue.got_quote):
                para = max(0, bisect.bisect_right(para_starts, cue.start) - 1)
                last_ref = (cue.ref, cue.word, para)
                last_pos = cue.start
        if pending_colon is None and masked[ss:se].rstrip().endswith(":") and not in_sent:
            colon_ref = colon_speaker(masked, resolver, ss, se - 1, cues)
            if colon_ref is not None:
                pending_colon = colon_ref

    return final_speakers(build_records(st), resolver)
