"""Quotes and sources of one article (issue 4).

Pipeline: find quotation-mark spans (``quote_spans``), attribute each to a
speech verb and speaker phrase with the dependency parse (``attribution``),
decide which spans are reported speech (a span with no attribution and no
clause of its own is a title, label or scare quote), link split quotes, then
resolve speaker phrases to article-level sources (``sources``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from contract.records import MentionRecord, QuoteRecord, SourceRecord
from transforms.quotes.attribution import (
    Attribution,
    Attributor,
    find_medium,
    is_according,
    phrase_tokens,
    report_lemmas,
    tokens_in,
    verb_class,
)
from transforms.quotes.reported import Reported, extract_reported
from transforms.quotes.sources import (
    _MEDIA_NOUNS,
    _PEOPLE_NOUNS,
    _QUANTIFIER_HEADS,
    EntityLookup,
    SourceBook,
    SpeakerPhrase,
    affiliation_of,
    anonymity_reasons,
)
from transforms.quotes.spans import QuoteSpan, find_quote_spans

# Parts of speech that make a fragment a name or label rather than words
# someone said; such fragments need a direct attribution to count as speech.
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM", "DET"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Report verbs too generic to make their subject a source without a quote
# ("as the U.S. continued to tally votes", "Putin spoke with Trump").
_NOT_CITATIONS = frozenset(
    {
        "continue",
        "put",
        "signal",
        "indicate",
        "share",
        "convey",
        "relay",
        "speak",
        "ask",
        "answer",
        "respond",
        "reply",
        "threaten",
        "demand",
        "promise",
        "pledge",
        "vow",
        "urge",
    }
)


@dataclass
class _Decision:
    span: QuoteSpan
    kind: str  # full | partial
    att: Attribution | None
    continues: int | None = None  # index into spans
    inherited: bool = False


def _inner_tokens(doc: Doc, sp: QuoteSpan, starts: Sequence[int] | None = None) -> list[Token]:
    return [
        t for t in tokens_in(doc, sp.start, sp.end, starts) if sp.start <= t.idx and not t.is_space
    ]


def _roots(toks: list[Token], sp: QuoteSpan) -> list[Token]:
    return [t for t in toks if not (sp.start <= t.head.idx < sp.end) or t.head.i == t.i]


def is_full(
    doc: Doc,
    sp: QuoteSpan,
    starts: Sequence[int] | None = None,
    body: str | None = None,
    inner: list[Token] | None = None,
) -> bool:
    """A clause or sentence of speech (vs. a fragment in the reporter's sentence).

    ``inner`` is ``_inner_tokens(doc, sp, starts)`` when the caller has it.
    """
    text = (body if body is not None else doc.text)[sp.start : sp.end]
    toks = _inner_tokens(doc, sp, starts) if inner is None else inner
    if not toks:
        return False
    words = [t for t in toks if not t.is_punct]
    if sp.n_paragraphs > 1:
        return True
    # Two sentences inside the marks.
    for t in toks[:-1]:
        if t.text in (".", "!", "?") and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            if nxt.idx < sp.end and nxt.text[:1].isupper():
                return True
    roots = _roots(toks, sp)
    for r in roots:
        if r.pos_ in ("VERB", "AUX") and any(
            c.dep_ in _SUBJECTS and sp.start <= c.idx < sp.end for c in r.children
        ):
            return True
    # "Let’s have a cease-fire": imperative or subjectless sentence.
    first = text.lstrip("([ ")[:1]
    return first.isupper() and len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in toks)


_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "as",
        "vs",
        "vs.",
        "via",
        "per",
        "into",
        "onto",
        "up",
        "is",
        "are",
    }
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def is_title(text: str) -> bool:
    """Title case ("Fox News Sunday", "All Bets Are Off", "Make Your Kid a
    Millionaire"): a name of a work, show or slogan, not someone's words."""
    words = _WORD.findall(text)
    if len(words) < 2 or re.search(r"[.!?]\s+\S", text):
        return False  # two sentences ("The Donald. Big Daddy.") are speech
    major = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    if len(major) < 2:
        return False
    return all(w[0].isupper() for w in major) and any(c.islower() for c in text)


def is_nominal(
    doc: Doc,
    sp: QuoteSpan,
    starts: Sequence[int] | None = None,
    inner: list[Token] | None = None,
) -> bool:
    """Does the fragment hold no verb (a name, label or noun phrase)?

    ``inner`` is ``_inner_tokens(doc, sp, starts)`` when the caller has it.
    """
    toks = _inner_tokens(doc, sp, starts) if inner is None else inner
    if any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    roots = _roots(toks, sp)
    return all(r.pos_ in _NOMINAL_POS for r in roots) if roots else True


def _attribute(att: Attributor, k: int, full: bool, nominal: bool) -> Attribution | None:
    initial = att.sentence_initial(k)
    trailing, adjacent = att.trailing(k)
    if trailing is not None and (adjacent or initial):
        return trailing
    found = att.according_in_sentence(k)
    if found is not None:
        return found
    gov, deep, precedes = att.governing(k)
    if (
        gov is not None
        and (not nominal or (precedes and not deep))
        and (full or gov.verb_class != "attitude" or not deep)
    ):
        return gov
    if trailing is not None and not nominal:
        return trailing
    found = att.colon_intro(k)
    if found is not None:
        return found
    if full or not nominal:
        return att.sentence_level(k)
    return None


def _decide(doc: Doc, att: Attributor) -> list[_Decision | None]:
    spans = att.ix.spans
    text = att.ix.text
    out: list[_Decision | None] = []
    for k, sp in enumerate(spans):
        if is_title(text[sp.start : sp.end]):
            out.append(None)
            continue
        inner = _inner_tokens(doc, sp, att.ix.starts)
        full = is_full(doc, sp, att.ix.starts, text, inner)
        nominal = not full and is_nominal(doc, sp, att.ix.starts, inner)
        a = _attribute(att, k, full, nominal)
        d = _Decision(sp, "full" if full else "partial", a)
        # Split quotes: the previous quote at this level whose attribution sits
        # between the two halves ("“A,” she said. “B.”").
        prev_k = _previous_kept(out, att, k)
        if prev_k is not None:
            prev = out[prev_k]
            assert prev is not None
            if prev.att is not None:
                cue_tok = doc[prev.att.cue_i]
                between = prev.span.mark_end <= cue_tok.idx < sp.mark_start
                if (
                    a is None
                    and between
                    and not nominal
                    and _near(text, prev.span, sp, cue_tok.idx)
                ):
                    d.att = prev.att
                    d.continues = prev_k
                    d.inherited = True
                elif a is not None and a.cue_i == prev.att.cue_i and between:
                    d.continues = prev_k
        if d.att is None and full:
            # "..., Schiff said. “The other factor ...”": the sentence before, in
            # the same paragraph, is an attribution.
            found = att.previous_sentence(k)
            if found is not None:
                d.att = found
        if d.att is None and full and prev_k is not None:
            prev = out[prev_k]
            assert prev is not None
            # An unattributed quote paragraph right after a quoted speaker's
            # paragraph continues that speaker.
            if prev.att is not None and _next_paragraph(text, prev.span, sp):
                d.att = replace(prev.att, how="paragraph")
                d.inherited = True
        if d.att is None and not full:
            out.append(None)  # title, label or scare quote
            continue
        out.append(d)
    return out


def _previous_kept(out: Sequence[_Decision | None], att: Attributor, k: int) -> int | None:
    """The nearest earlier quote at the same level that is speech (titles and
    scare quotes in between, like a show's name after "said on", are skipped)."""
    parent = att.ix.parent[k]
    for j in range(k - 1, -1, -1):
        if att.ix.parent[j] != parent:
            continue
        if out[j] is not None:
            return j
    return None


def _near(text: str, a: QuoteSpan, b: QuoteSpan, cue_at: int) -> bool:
    """Same paragraph, or the attribution itself runs over a stray paragraph break
    ("a Russian government official\n\nsaid. “It would ...”")."""
    gap = text[a.mark_end : b.mark_start]
    if "\n" not in gap:
        return True
    last_break = text.rfind("\n", a.mark_end, b.mark_start)
    return cue_at > last_break and len(gap) < 200


def _next_paragraph(text: str, a: QuoteSpan, b: QuoteSpan) -> bool:
    gap = text[a.mark_end : b.mark_start]
    if "\n" not in gap:
        return False
    line_start = text.rfind("\n", 0, b.mark_start) + 1
    if text[line_start : b.mark_start].strip():
        return False  # b does not open its paragraph
    # Everything between the end of a's paragraph and b is blank.
    a_line_end = text.find("\n", a.mark_end)
    return a_line_end != -1 and not text[a_line_end:line_start].strip()


# --- citations without quotes ------------------------------------------------


def _is_sourceish(doc: Doc, head: Token, lookup: EntityLookup) -> bool:
    if head.pos_ == "PRON":
        return head.lower_ in ("he", "she", "they")
    hit = lookup.at(head.idx, head.idx + len(head.text))
    if hit is not None and hit[2][0] in ("person", "org", "media"):
        return True
    if head.pos_ == "PROPN":
        return True
    lemma = head.lemma_.lower()
    if lemma in _QUANTIFIER_HEADS:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _is_sourceish(doc, pobj, lookup)
    return lemma in _PEOPLE_NOUNS or lemma in _MEDIA_NOUNS


# Lower-cased words the loop in _citations acts on besides report verbs.
_CITATION_WORDS = np.array(
    [get_string_id(w) for w in ("according", "reporting", "report", "reports")], dtype=np.uint64
)


def _citation_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens ``_citations`` can act on: "according", "report(s|ing)"
    and tokens with a report-verb lemma (``verb_class`` is "report" only for those).

    Found with array operations on the LOWER and LEMMA hashes (each distinct
    lemma's string is looked at once), so other tokens never become Token objects.
    """
    if len(doc) == 0:
        return []
    arr = doc.to_array([LOWER, LEMMA])
    strings = doc.vocab.strings
    report = report_lemmas()
    lemmas = np.array(
        [h for h in np.unique(arr[:, 1]).tolist() if strings[h].lower() in report],
        dtype=np.uint64,
    )
    hit = np.isin(arr[:, 0], _CITATION_WORDS) | np.isin(arr[:, 1], lemmas)
    return [int(i) for i in np.flatnonzero(hit)]


def _citations(doc: Doc, att: Attributor, lookup: EntityLookup) -> list[tuple[Attribution, bool]]:
    """Report verbs and "according to" outside quotes whose subject can be a
    source, so that later "the source" / "they" resolve to them and outlets
    cited as the origin of a report become sources."""
    ix = att.ix
    out: list[tuple[Attribution, bool]] = []
    for i in _citation_candidates(doc):
        t = doc[i]
        if ix.owner[t.i] != -1:
            continue
        if is_according(t):
            a = _according_any(att, t)
            if a is not None and a.speaker_head is not None:
                out.append((a, True))
            continue
        if verb_class(t) != "report":
            # "reporting by The Washington Post"
            if t.lower_ in ("reporting", "report", "reports") and t.pos_ == "NOUN":
                for child in t.children:
                    if child.dep_ == "prep" and child.lower_ == "by":
                        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                        if pobj is not None and _is_media(doc, pobj, lookup):
                            toks = phrase_tokens(pobj)
                            out.append(
                                (
                                    Attribution(
                                        t.i,
                                        "report",
                                        toks[0].idx,
                                        toks[-1].idx + len(toks[-1].text),
                                        pobj.i,
                                        how="citation",
                                    ),
                                    True,
                                )
                            )
            continue
        if t.lemma_.lower() in _NOT_CITATIONS:
            continue
        subj = _scan_subject(att, t)
        if subj is None or not _is_sourceish(doc, subj, lookup):
            continue
        toks = phrase_tokens(subj)
        out.append(
            (
                Attribution(
                    t.i,
                    t.lemma_.lower(),
                    toks[0].idx,
                    toks[-1].idx + len(toks[-1].text),
                    subj.i,
                    how="citation",
                ),
                True,
            )
        )
    return out


def _scan_subject(att: Attributor, verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and att.ix.owner[child.i] == -1:
            return child
        if child.dep_ == "nsubjpass":
            return None
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        # "has vowed to keep fighting and says that ...": the first verb's subject.
        return _scan_subject(att, verb.head)
    return None


def _according_any(att: Attributor, tok: Token) -> Attribution | None:
    to = tok.nbor(1)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None or att.ix.owner[pobj.i] != -1:
        return None
    toks = phrase_tokens(pobj)
    return Attribution(
        tok.i,
        "according to",
        toks[0].idx,
        toks[-1].idx + len(toks[-1].text),
        pobj.i,
        how="citation",
    )


def _is_media(doc: Doc, head: Token, lookup: EntityLookup) -> bool:
    hit = lookup.at(head.idx, head.idx + len(head.text))
    if hit is not None and hit[2][0] == "media":
        return True
    return any(t.lemma_.lower() in _MEDIA_NOUNS for t in phrase_tokens(head))


# --- reported speech -------------------------------------------------------------

# A reported content that is this much (in characters) inside direct quotes is
# the direct quote itself ("“…,” he said"): the direct row stands for it.
_DIRECT_SHARE = 0.8
# Dependency labels of a nominal fragment that is the predicate of its clause.
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp", "advcl"})


def _in_quote_mask(att: Attributor) -> list[bool]:
    """Per token: does it sit inside any quotation (marks included)?"""
    return [o != -1 for o in att.ix.owner]


class _Coverage:
    """Characters of a range covered by a set of spans, each span counted
    (nested spans count twice): the sum over the spans of their overlap with
    the range, as ``sum(max(0, min(e, end) - max(s, start)) for s, e in spans)``
    gives it, in O(log n) per range instead of O(n).

    The sum is F(end) - F(start) where F(x), the covered characters before x,
    is piecewise linear between span ends with the slope the number of spans
    open there.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        delta: dict[int, int] = {}
        for s, e in spans:
            if s < e:
                delta[s] = delta.get(s, 0) + 1
                delta[e] = delta.get(e, 0) - 1
        self.points = sorted(delta)
        self.before: list[int] = []  # F at each point
        self.slope: list[int] = []  # spans open from each point to the next
        covered = open_ = 0
        prev = self.points[0] if self.points else 0
        for x in self.points:
            covered += open_ * (x - prev)
            open_ += delta[x]
            self.before.append(covered)
            self.slope.append(open_)
            prev = x

    def _upto(self, x: int) -> int:
        k = bisect.bisect_right(self.points, x) - 1
        if k < 0:
            return 0
        return self.before[k] + self.slope[k] * (x - self.points[k])

    def inside(self, start: int, end: int) -> int:
        """Covered characters of ``[start, end)``, for ``start <= end``."""
        return self._upto(end) - self._upto(start)


def _embedded_keys(
    keys: Iterable[tuple[int, int]], contents: Iterable[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The keys (speaker spans) lying within some content span other than
    themselves: ``any(s <= a and b <= e and (s, e) != (a, b) for s, e in contents)``
    for each key ``(a, b)``, by one sweep in start order instead of all pairs.

    Of the distinct contents starting at or before ``a``, the one reaching
    furthest (the first in start order among equal ends) decides: it holds the
    key if it reaches past ``b``, or reaches ``b`` and is not the key itself. If
    it is the key, every other such content ends before ``b`` (one ending at
    ``b`` would start before ``a`` and so come first), so none holds the key.
    """
    cs = sorted(set(contents))
    out: set[tuple[int, int]] = set()
    top: tuple[int, int] | None = None  # (start, end) of the furthest-reaching content so far
    j = 0
    for a, b in sorted(set(keys)):
        while j < len(cs) and cs[j][0] <= a:
            if top is None or cs[j][1] > top[1]:
                top = cs[j]
            j += 1
        if top is not None and (top[1] > b or (top[1] == b and top != (a, b))):
            out.add((a, b))
    return out


def _reported(
    doc: Doc, att: Attributor, decisions: Sequence[_Decision | None]
) -> list[tuple[Reported, Attribution]]:
    """Reported-speech rows (``transforms.quotes.reported``) with the
    ``Attribution`` their source is resolved through, minus those that only
    restate a direct quote."""
    quoted = _Coverage(
        (d.span.start, d.span.end) for d in decisions if d is not None and d.kind == "full"
    )
    out: list[tuple[Reported, Attribution]] = []
    for r in extract_reported(doc, _in_quote_mask(att)):
        size = r.end - r.start
        if size <= 0 or quoted.inside(r.start, r.end) >= _DIRECT_SHARE * size:
            continue
        cue_tok = doc[r.cue_i]
        medium = None
        if r.cue != "according to" and cue_tok.pos_ in ("VERB", "AUX"):
            medium = find_medium(cue_tok, att.media_spans, att.ix.text)
        elif r.cue == "according to":
            # "according to a source who spoke to Verstka": the relative
            # clause of the source names the outlet, as for direct quotes.
            for child in doc[r.source_i].children:
                if child.dep_ == "relcl" and medium is None:
                    medium = find_medium(child, att.media_spans, att.ix.text)
        a = Attribution(
            cue_i=r.cue_i,
            cue=r.cue,
            speaker_start=r.source_start,
            speaker_end=r.source_end,
            speaker_head=r.source_i,
            medium=medium,
            how="reported",
        )
        out.append((r, a))
    return out


def _speaking_fragments(
    att: Attributor,
    decisions: list[_Decision | None],
    reported: Sequence[tuple[Reported, Attribution]],
) -> None:
    """A quoted fragment left without attribution (taken for a scare quote)
    that sits inside a reported clause is that source's words: a partial quote
    with the clause's attribution ("Peskov said the U.S. is an “unfriendly
    country”"). Titles stay out, and so do nominal fragments that only name or
    qualify something (“multipolar” world order, banned the “global movement”):
    a nominal fragment counts when it is what the clause predicates (“dead on
    arrival”, will be “desperate”)."""
    doc = att.doc
    for k, d in enumerate(decisions):
        if d is not None:
            continue
        sp = att.ix.spans[k]
        if is_title(att.ix.text[sp.start : sp.end]):
            continue
        inner = _inner_tokens(doc, sp, att.ix.starts)
        if is_nominal(doc, sp, att.ix.starts, inner) and not all(
            r.dep_ in _PREDICATE_DEPS for r in _roots(inner, sp) if not r.is_punct
        ):
            continue
        for r, a in reported:
            if r.start <= sp.mark_start and sp.mark_end <= r.end + 1:
                decisions[k] = _Decision(sp, "partial", a)
                break


# --- entry point ---------------------------------------------------------------


def extract_quotes(
    doc: Doc, *, mentions: Sequence[MentionRecord], text: str | None = None
) -> tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]:
    """Quotes and sources of one parsed article body (``doc.text`` is the body).

    ``text``, when given, must equal ``doc.text``: it saves rebuilding it.
    """
    text = doc.text if text is None else text
    spans = find_quote_spans(text)
    lookup = EntityLookup(doc, mentions)
    att = Attributor(doc, spans, lookup.media_spans(), text)
    decisions = _decide(doc, att) if spans else []
    reported = _reported(doc, att, decisions)
    _speaking_fragments(att, decisions, reported)
    book = SourceBook(doc, lookup, text)

    # Every speaker phrase (quotes' and citations'), resolved in text order.
    events: dict[tuple[int, int], tuple[Attribution, bool, bool]] = {}
    for k, d in enumerate(decisions):
        if d is None or d.att is None or d.att.speaker_start is None or d.inherited:
            continue
        key = (d.att.speaker_start, d.att.speaker_end or d.att.speaker_start)
        events[key] = (d.att, spans[k].depth > 0, True)
    # Citations whose speaker is a pronoun ("And he suggested that ...") bind like
    # reported speech: after every speaker, so a reported one written before counts.
    deferred: set[tuple[int, int]] = set()
    for cit, cited in _citations(doc, att, lookup):
        if cit.speaker_start is None:
            continue
        key = (cit.speaker_start, cit.speaker_end or cit.speaker_start)
        if key not in events:
            events[key] = (cit, False, cited)
            if cit.speaker_head is not None and doc[cit.speaker_head].pos_ == "PRON":
                deferred.add(key)
    # Reported speech's sources are resolved after those of the direct quotes
    # and citations: a pronoun speaking in quotation marks ("They added: “…”")
    # binds to the speakers of the quotes as before, not to the subject of a
    # clause the scorer took for an attribution; reported pronouns still see
    # every earlier speaker (the book looks back by position).
    late = {
        (r.source_start, r.source_end): rep_att
        for r, rep_att in reported
        if (r.source_start, r.source_end) not in events
    }
    # A reported speaker written inside another report's content ("Putin said
    # Mr. Trump's stated desires ...") is embedded: a later pronoun prefers the
    # speakers of the main clauses.
    embedded = _embedded_keys([*events, *late], ((r.start, r.end) for r, _ in reported))
    resolved: dict[tuple[int, int], int] = {}
    for key in [*sorted(k for k in events if k not in deferred), *sorted({*late, *deferred})]:
        ev, nested, cited = events[key] if key in events else (late[key], False, True)
        assert ev.speaker_head is not None
        phrase = SpeakerPhrase(key[0], key[1], ev.speaker_head, text[key[0] : key[1]])
        media_cue = ev.cue in ("report", "according to") and _is_media(
            doc, doc[ev.speaker_head], lookup
        )
        idx = book.resolve(
            phrase,
            pos=key[0],
            nested=nested,
            cited=cited,
            media_hint=ev.cue == "report",
            embedded=key in embedded,
        )
        if media_cue and book.sources[idx].kind == "organization":
            book.sources[idx].kind = "media"
        resolved[key] = idx

    # Quote rows: direct ones (index k into spans) and reported ones (index
    # -1 - j into ``reported``), numbered together in text order.
    kept = [(k, d) for k, d in enumerate(decisions) if d is not None]
    order = sorted(
        [(d.span.start, d.span.end, k) for k, d in kept]
        + [(r.start, r.end, -1 - j) for j, (r, _) in enumerate(reported)]
    )
    qn = {k: i + 1 for i, (_, _, k) in enumerate(order)}
    quote_source: dict[int, int | None] = {}
    counts: dict[int, int] = {}
    for k, d in kept:
        src_idx = None
        if d.att is not None and d.att.speaker_start is not None:
            key = (d.att.speaker_start, d.att.speaker_end or d.att.speaker_start)
            src_idx = resolved.get(key)
        quote_source[k] = src_idx
        if src_idx is not None:
            counts[src_idx] = counts.get(src_idx, 0) + 1
    for j, (r, _) in enumerate(reported):
        src_idx = resolved.get((r.source_start, r.source_end))
        quote_source[-1 - j] = src_idx
        if src_idx is not None:
            counts[src_idx] = counts.get(src_idx, 0) + 1

    # Sources kept: quoted ones, plus people/outlets cited by a report verb.
    emitted = [
        i
        for i, s in enumerate(book.sources)
        if counts.get(i, 0) > 0 or (s.cited and (s.description is not None or not s.anonymous))
    ]
    emitted.sort(key=lambda i: (book.sources[i].first_pos, i))
    sn = {i: j + 1 for j, i in enumerate(emitted)}
    reasons = book.set_reasons(anonymity_reasons(text))

    quotes: list[QuoteRecord] = []
    for k, d in kept:
        a = d.att
        src_idx = quote_source[k]
        speaker_text = None
        cue = None
        medium = None
        if a is not None:
            # A quote paragraph that inherits its speaker keeps the words that
            # named the speaker and the verb; the medium belonged to the earlier one.
            if a.speaker_start is not None and a.speaker_end is not None:
                speaker_text = text[a.speaker_start : a.speaker_end]
            cue = a.cue
            medium = a.medium if a.how != "paragraph" else None
        quotes.append(
            QuoteRecord(
                n=qn[k],
                text=text[d.span.start : d.span.end],
                kind=d.kind,
                char_start=d.span.start,
                char_end=d.span.end,
                source_n=sn.get(src_idx) if src_idx is not None else None,
                speaker_text=speaker_text,
                cue=cue,
                medium=medium,
                continues_n=qn.get(d.continues) if d.continues is not None else None,
            )
        )
    for j, (r, rep_att) in enumerate(reported):
        src_idx = quote_source[-1 - j]
        quotes.append(
            QuoteRecord(
                n=qn[-1 - j],
                text=text[r.start : r.end],
                kind="indirect",
                char_start=r.start,
                char_end=r.end,
                source_n=sn.get(src_idx) if src_idx is not None else None,
                speaker_text=text[r.source_start : r.source_end],
                cue=r.cue,
                medium=rep_att.medium,
            )
        )
    quotes.sort(key=lambda q: q.n)
    sources: list[SourceRecord] = []
    for i in emitted:
        s = book.sources[i]
        affiliation = "media" if s.kind == "media" else affiliation_of(s.description)
        sources.append(
            SourceRecord(
                n=sn[i],
                kind=s.kind,
                anonymous=s.anonymous,
                name=s.name,
                entity=s.entity,
                description=s.description,
                affiliation=affiliation,
                n_people=s.n_people if s.anonymous else (1 if s.kind == "person" else None),
                anonymity_reason=reasons.get(i),
                n_quotes=counts.get(i, 0),
            )
        )
    return tuple(quotes), tuple(sources)
