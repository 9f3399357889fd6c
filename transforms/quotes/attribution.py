"""Who said a quoted span: the attribution verb, the speaker phrase and the medium.

Works on the dependency parse of the product pipeline plus a few surface
patterns for the places where the parse cannot help (a speaker phrase split
from its verb by a stray blank line lands in two separately parsed chunks).

The unit returned is an ``Attribution``: the cue token (a speech verb, or
"according" of "according to"), the speaker phrase as written (token span),
the lemma used as ``cue`` and an optional medium. Resolving the speaker phrase
to a source (pronouns, "the diplomat", "Mr. Putin") happens in
``transforms.quotes.sources``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from transforms import lexicon
from transforms.quotes.spans import QUOTE_CHARS, QuoteSpan

V = TypeVar("V")


class SpanTable(Generic[V]):
    """(start, end, value) spans with overlap lookup by bisection, so that long
    articles with thousands of mentions stay linear-ish."""

    def __init__(self, spans: Iterable[tuple[int, int, V]]) -> None:
        self.spans = sorted(spans, key=lambda x: (x[0], x[1]))
        self.starts = [x[0] for x in self.spans]
        self.maxlen = max((x[1] - x[0] for x in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, V]]:
        lo = bisect.bisect_left(self.starts, start - self.maxlen)
        hi = bisect.bisect_left(self.starts, max(end, start + 1))
        return [x for x in self.spans[lo:hi] if x[0] < max(end, start + 1) and start < x[1]]

    def __iter__(self) -> Iterator[tuple[int, int, V]]:
        return iter(self.spans)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependents that are not part of a speaker phrase as written: "Alexander
# Gabuev, director of ..." -> "Alexander Gabuev"; "the diplomat, who ..." -> "the diplomat".
_NP_CUT_DEPS = frozenset({"appos", "relcl", "punct", "advcl", "parataxis"})
# Dependents through which a verb passes its subject down ("..., saying:" /
# "adding that" / "vowed ... and says").
_SUBJECT_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
# Modifier clauses: a nominal fragment reached only through one of these is
# not what the speaker said ("the oligarchy controlled by a liberal 'deep state'").
_DEEP_DEPS = frozenset({"relcl", "acl"})
_TERMINAL_PUNCT = frozenset({".", "!", "?", "…"})
_CUT_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", "—", "–", "--"})
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})
_MEDIA_NOUNS = frozenset(
    {
        "journalist",
        "reporter",
        "channel",
        "outlet",
        "newspaper",
        "media",
        "press",
        "agency",
        "broadcaster",
        "television",
        "radio",
        "show",
        "program",
        "programme",
        "podcast",
        "website",
        "magazine",
        "paper",
        "network",
        "tv",
        "station",
        "daily",
        "publication",
        "newsletter",
        "blog",
        "newsroom",
        "interviewer",
        "correspondent",
        "journalists",
        "reporters",
    }
)
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
# Nouns that can head a speaker phrase (checked only where a non-speech verb
# introduces a quote).
_PERSON_NOUN_HINTS = frozenset(
    {
        "source",
        "official",
        "diplomat",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "executive",
        "analyst",
        "expert",
        "insider",
        "aide",
        "adviser",
        "advisor",
        "person",
        "people",
        "member",
        "lawmaker",
        "deputy",
        "minister",
        "officer",
        "employee",
        "bureaucrat",
        "politician",
        "journalist",
        "editor",
        "representative",
        "ambassador",
        "senator",
        "president",
        "leader",
        "chief",
        "head",
        "director",
        "chairman",
        "secretary",
        "governor",
        "mayor",
        "candidate",
    }
)
_INTERVIEW_NOUNS = frozenset(
    {
        "interview",
        "comment",
        "comments",
        "statement",
        "conversation",
        "call",
        "remarks",
        "briefing",
        "appearance",
        "post",
        "podcast",
        "broadcast",
    }
)


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    raw = lexicon.load("transforms.quotes", "speech_verbs.json")
    return {k: frozenset(v) for k, v in raw.items()}


def report_lemmas() -> frozenset[str]:
    """Lemmas (lower case) of the ``report`` class of ``verb_class``."""
    return _lexicon()["report"]


def verb_class(tok: Token) -> str | None:
    """``report``, ``act`` or ``attitude`` for an attribution verb, else None."""
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return None
    lemma = tok.lemma_.lower()
    lex = _lexicon()
    for cls in ("report", "act", "attitude"):
        if lemma in lex[cls]:
            return cls
    return None


def is_according(tok: Token) -> bool:
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


@dataclass(frozen=True, slots=True)
class Attribution:
    cue_i: int  # token index of the verb (or of "according")
    cue: str  # lemma, or "according to"
    speaker_start: int | None  # char span of the speaker phrase as written
    speaker_end: int | None
    speaker_head: int | None  # token index of the phrase's head
    medium: str | None = None
    how: str = ""  # which rule found it (for debugging and tests)
    verb_class: str = "report"
    inside_quote: int = -1  # index of the quote the attribution sits in (nested quotes)


class QuoteIndex:
    """Which tokens sit inside which quote span."""

    def __init__(self, doc: Doc, spans: Sequence[QuoteSpan], text: str | None = None) -> None:
        self.doc = doc
        # Doc.text rebuilds the string on every access: keep one copy (the
        # caller's, when it has one).
        self.text = doc.text if text is None else text
        self.starts = _starts(doc)
        self.spans = list(spans)
        self.parent: list[int] = []
        for k, sp in enumerate(self.spans):
            par = -1
            for j in range(k - 1, -1, -1):
                other = self.spans[j]
                if other.mark_start <= sp.mark_start and sp.mark_end <= other.mark_end and j != k:
                    par = j
                    break
            self.parent.append(par)
        # Innermost quote owning each token (marks count as inside).
        self.owner: list[int] = [-1] * len(doc)
        for k, sp in enumerate(self.spans):
            for tok in tokens_in(doc, sp.mark_start, sp.mark_end, self.starts):
                cur = self.owner[tok.i]
                if cur == -1 or self.spans[cur].mark_start <= sp.mark_start:
                    self.owner[tok.i] = k

    def eligible(self, tok: Token, k: int) -> bool:
        """May ``tok`` attribute quote ``k``? It must sit at the quote's level."""
        return self.owner[tok.i] == self.parent[k]

    def inside(self, tok: Token, k: int) -> bool:
        sp = self.spans[k]
        return sp.start <= tok.idx < sp.end


def _starts(doc: Doc) -> list[int]:
    return [t.idx for t in doc]


def tokens_in(doc: Doc, start: int, end: int, starts: Sequence[int] | None = None) -> list[Token]:
    """Tokens overlapping [start, end), found by bisection on token starts."""
    st = starts if starts is not None else _starts(doc)
    i = max(bisect.bisect_right(st, start) - 1, 0)
    # Token starts are sorted: the run ends at the first token starting at or after ``end``.
    j = bisect.bisect_left(st, end, lo=i)
    return [t for t in doc[i:j] if t.idx + len(t.text) > start]


def token_at(doc: Doc, char: int, starts: Sequence[int] | None = None) -> Token | None:
    st = starts if starts is not None else _starts(doc)
    i = bisect.bisect_right(st, char) - 1
    if i < 0:
        return None
    t = doc[i]
    return t if char < t.idx + max(len(t.text), 1) else None


# --- speaker phrases -------------------------------------------------------


def _possessive(tok: Token) -> bool:
    """ "Mr. Trump’s stated desires": a possessive parsed as a subject."""
    return any(c.dep_ == "case" for c in tok.children)


_RELATIVE = frozenset({"who", "that", "which", "whom"})
_POSS_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _direct_subject(verb: Token, ok: QuoteIndex, k: int, *, passive_ok: bool) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubjpass" and not passive_ok:
            return None  # "was seen as": the subject is not the speaker
        if (
            (child.dep_ in _SUBJECT_DEPS or (passive_ok and child.dep_ == "nsubjpass"))
            and ok.eligible(child, k)
            and not child.is_space
        ):
            if _possessive(child):
                return None
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head.i != verb.i:
                return verb.head  # "Trump, who said ..." -> Trump
            return child
    return None


def subject_of(verb: Token, ok: QuoteIndex, k: int, depth: int = 0) -> Token | None:
    subj = _direct_subject(verb, ok, k, passive_ok=False)
    if subj is not None or depth > 0:
        return subj
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if verb.dep_ not in _SUBJECT_INHERIT_DEPS or verb.head.i == verb.i:
        return None
    # "..., adding that" / "saying:" / "after saying" / "responded by saying":
    # the subject of the nearest speech verb above, else of the nearest verb above;
    # "blasted Trump for saying" -> Trump.
    fallback: Token | None = None
    t = verb
    for _ in range(5):
        if t.dep_ not in _SUBJECT_INHERIT_DEPS | {"ccomp", "prep"} or t.head.i == t.i:
            break
        prev, t = t, t.head
        if t.pos_ == "ADP":
            if t.lower_ == "for" and prev.dep_ == "pcomp":
                obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
                if obj is not None and ok.eligible(obj, k):
                    return obj
            continue
        found = _direct_subject(t, ok, k, passive_ok=True)
        if found is None:
            continue
        if verb_class(t) in ("report", "act"):
            return found
        if fallback is None:
            fallback = found
    return fallback


def phrase_tokens(head: Token) -> list[Token]:
    """The head's phrase as written: its subtree without appositives, relative
    clauses and trailing punctuation, cut to a contiguous run around the head."""
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ == "punct" and child.text not in _CUT_PUNCT:
            continue  # "president-elect", "The Moscow Times’ source"
        if child.dep_ in _NP_CUT_DEPS or child.is_space:
            excluded.update(t.i for t in child.subtree)
    for t in head.subtree:
        if t.is_space or "\n" in t.text:
            excluded.add(t.i)
    lo = hi = head.i
    while lo - 1 >= head.left_edge.i and (lo - 1) not in excluded:
        lo -= 1
    while hi + 1 <= head.right_edge.i and (hi + 1) not in excluded:
        hi += 1
    toks = [head.doc[i] for i in range(lo, hi + 1)]
    # Leading punctuation and adverbs ("Even China", "now the Senate leader").
    while toks and (
        toks[0].is_punct
        or toks[0].text in QUOTE_CHARS
        or (toks[0].pos_ == "ADV" and toks[0] != head)
    ):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].text in QUOTE_CHARS):
        toks = toks[:-1]
    return toks or [head]


def adjacent_np(doc: Doc, verb: Token, *, before: bool) -> Token | None:
    """Head of the noun phrase right before (or after) ``verb`` when the parse
    gives no subject, e.g. across a paragraph break."""
    step = -1 if before else 1
    i = verb.i + step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    if before and 0 <= i < len(doc) and doc[i].text == ",":
        # "Flynn, a top Trump surrogate, said": the name before the appositive.
        segments: list[Token] = []
        j = i
        for _ in range(3):
            if not (0 <= j < len(doc)) or doc[j].text != ",":
                break
            j -= 1
            seg: list[Token] = []
            while 0 <= j < len(doc) and doc[j].pos_ in _NP_POS and doc[j].text not in QUOTE_CHARS:
                seg.append(doc[j])
                j -= 1
            nouns_seg = [t for t in seg if t.pos_ in ("NOUN", "PROPN")]
            if not nouns_seg:
                break
            segments.append(nouns_seg[0])
        return segments[-1] if segments else None
    run: list[Token] = []
    while 0 <= i < len(doc):
        t = doc[i]
        if t.is_space:
            i += step
            continue
        if t.pos_ in _NP_POS and t.text not in QUOTE_CHARS and t.ent_type_ not in ("DATE", "TIME"):
            run.append(t)
            i += step
            continue
        break
    nouns = [
        t for t in run if t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ not in _POSS_PRONOUNS
    ]
    if not nouns:
        return None
    # Before the verb the head is the last noun; after it, the first run's last noun.
    if before:
        return nouns[0]
    return nouns[-1] if len(nouns) == len(run) else nouns[0]


def speaker_span(head: Token) -> tuple[int, int]:
    toks = phrase_tokens(head)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# --- medium ----------------------------------------------------------------


def _medium_phrase(tok: Token, media_spans: SpanTable[str], text: str) -> str | None:
    if tok.pos_ == "PRON":
        return None
    toks = phrase_tokens(tok)
    # Look for a named outlet in the whole phrase, appositive included
    # ("the independent outlet Verstka").
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    for ms, me, mtype in media_spans.overlapping(start, end):
        if mtype == "media":
            return text[ms:me]
    for app in tok.children:
        if app.dep_ in ("appos", "compound") and app.pos_ == "PROPN" and app.i > tok.i:
            return " ".join(t.text for t in phrase_tokens(app))
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for ms, me, mtype in media_spans.overlapping(start, end):
        if mtype == "person":
            return None
        if mtype == "media" or tok.pos_ == "PROPN":
            return text[ms:me]
    if (
        toks
        and toks[0].pos_ == "DET"
        and not (toks[0].text == "The" and tok.pos_ == "PROPN" and toks[0].i != toks[-1].i)
    ):
        toks = toks[1:]
    if not toks:
        return None
    if tok.pos_ == "PROPN" or tok.lemma_.lower() in _MEDIA_NOUNS or tok.lower_ in _MEDIA_NOUNS:
        return " ".join(t.text for t in toks).replace(" ’s", "’s").replace(" 's", "'s")
    return None


def find_medium(verb: Token, media_spans: SpanTable[str], text: str) -> str | None:
    """ "told The Moscow Times", "said in an interview with X", "spoke to X"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if lemma == "tell" and child.dep_ in ("dobj", "dative", "iobj", "obj"):
            found = _medium_phrase(child, media_spans, text)
            if found:
                return found
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "with", "for", "in", "on"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if (
                    child.lower_ in ("in", "on", "during")
                    and pobj.lemma_.lower() in _INTERVIEW_NOUNS
                ):
                    for sub in pobj.children:
                        if sub.dep_ == "prep" and sub.lower_ in ("with", "to", "for"):
                            for p2 in sub.children:
                                if p2.dep_ == "pobj":
                                    found = _medium_phrase(p2, media_spans, text)
                                    if found:
                                        return found
                    continue
                if child.lower_ in ("to", "with", "for") or pobj.lemma_.lower() in _MEDIA_NOUNS:
                    found = _medium_phrase(pobj, media_spans, text)
                    if found:
                        return found
    return None


# --- the attribution search --------------------------------------------------


def _sentence_bounds(doc: Doc, tok: Token) -> tuple[int, int]:
    sent = tok.sent
    return sent.start, sent.end


def _first_token_after(doc: Doc, char: int, starts: Sequence[int]) -> int:
    return bisect.bisect_left(starts, char)


def _last_token_before(doc: Doc, char: int, starts: Sequence[int]) -> int:
    i = bisect.bisect_left(starts, char) - 1
    while i >= 0 and doc[i].idx + len(doc[i].text) > char:
        i -= 1
    return i


class Attributor:
    def __init__(
        self,
        doc: Doc,
        spans: Sequence[QuoteSpan],
        media_spans: Iterable[tuple[int, int, str]],
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.ix = QuoteIndex(doc, spans, text)
        self.media_spans = SpanTable(media_spans)

    # speaker + medium for a verb
    def _make(self, verb: Token, k: int, how: str, *, after_ok: bool = True) -> Attribution | None:
        cls = verb_class(verb) or "report"
        subj = subject_of(verb, self.ix, k)
        if subj is None:
            subj = adjacent_np(self.doc, verb, before=True)
            if subj is not None and not self.ix.eligible(subj, k):
                subj = None
            if subj is None and after_ok:
                subj = adjacent_np(self.doc, verb, before=False)
                if subj is not None and not self.ix.eligible(subj, k):
                    subj = None
        if subj is None:
            return None
        s, e = speaker_span(subj)
        return Attribution(
            cue_i=verb.i,
            cue=verb.lemma_.lower(),
            speaker_start=s,
            speaker_end=e,
            speaker_head=subj.i,
            medium=find_medium(verb, self.media_spans, self.ix.text),
            how=how,
            verb_class=cls,
            inside_quote=self.ix.parent[k],
        )

    def according(self, tok: Token, k: int) -> Attribution | None:
        to = tok.nbor(1)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = adjacent_np(self.doc, to, before=False)
        if pobj is None or not self.ix.eligible(pobj, k):
            return None
        s, e = speaker_span(pobj)
        medium = None
        for child in pobj.children:
            if child.dep_ == "relcl":
                medium = find_medium(child, self.media_spans, self.ix.text)
        return Attribution(
            cue_i=tok.i,
            cue="according to",
            speaker_start=s,
            speaker_end=e,
            speaker_head=pobj.i,
            medium=medium,
            how="according",
            inside_quote=self.ix.parent[k],
        )

    def trailing(self, k: int) -> tuple[Attribution | None, bool]:
        """``“…,” X said`` / ``“…,” said X``: the first verb after the quote.

        Returns the attribution and whether it is adjacent (only punctuation
        between the closing mark and the speaker phrase or verb).
        """
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        i = _first_token_after(doc, sp.mark_end, ix.starts)
        if ix.text[sp.start : sp.end].rstrip().endswith((".", "…")) and sp.closed:
            # “… the end.” closes the sentence: what follows is a new one.
            return None, False
        seen_content = False
        first_content: int | None = None
        while i < len(doc):
            t = doc[i]
            if ix.owner[t.i] != ix.parent[k]:
                # Reached another quote at this level (or left the parent).
                break
            if t.is_space or "\n" in t.text:
                nxt = i + 1
                while nxt < len(doc) and doc[nxt].is_space:
                    nxt += 1
                # A paragraph break ends the search unless a speaker phrase has
                # started and the next paragraph continues the sentence.
                if "\n" in t.text and not (
                    seen_content and nxt < len(doc) and doc[nxt].text[:1].islower()
                ):
                    break
                i += 1
                continue
            if t.text in _TERMINAL_PUNCT and t.idx > sp.mark_end:
                break
            if t.is_punct or t.text in QUOTE_CHARS:
                i += 1
                continue
            if not seen_content:
                first_content = t.i
            seen_content = True
            if is_according(t):
                att = self.according(t, k)
                return att, first_content == t.i
            cls = verb_class(t)
            is_verb = t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"))
            if is_verb and t.dep_ in ("acl", "relcl", "amod", "compound"):
                i += 1
                continue  # participle inside the speaker phrase ("officials involved in ...")
            if is_verb:
                if cls is None:
                    return None, False
                att = self._make(t, k, "trailing")
                if att is None:
                    return None, False
                if cls == "attitude":
                    return None, False
                speaker_after = att.speaker_start is not None and att.speaker_start >= sp.mark_end
                adjacent = first_content is not None and (
                    (first_content == t.i and speaker_after)
                    or (
                        speaker_after
                        and att.speaker_start is not None
                        and doc[first_content].idx >= att.speaker_start
                    )
                )
                return att, adjacent
            i += 1
        return None, False

    def governing(self, k: int) -> tuple[Attribution | None, bool, bool]:
        """A speech verb above the quote in the parse (``X said that “…”``).

        Returns (attribution, deep, verb_precedes): ``deep`` when the path runs
        through a modifier clause (relative clause, participle).
        """
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        inner = [t for t in tokens_in(doc, sp.start, sp.end, ix.starts) if not t.is_space]
        if not inner:
            return None, False, False
        roots = [
            t
            for t in inner
            if (not (sp.start <= t.head.idx < sp.end) or t.head.i == t.i) and not t.is_punct
        ]
        best: tuple[int, Token, bool] | None = None
        for r in roots:
            # Parenthetical attribution hanging off the quote itself
            # ("Surrendering Ukraine, he said, “would look ...”").
            for child in r.children:
                if (
                    child.dep_ in ("parataxis", "ccomp", "advcl")
                    and ix.eligible(child, k)
                    and verb_class(child) in ("report", "act")
                ):
                    dist = abs(child.i - r.i)
                    if best is None or dist < best[0]:
                        best = (dist, child, False)
            t = r
            deep = False
            steps = 0
            while t.head.i != t.i and steps < 12:
                if t.i != r.i and t.dep_ in _DEEP_DEPS:
                    deep = True
                t = t.head
                steps += 1
                if not ix.eligible(t, k):
                    if ix.inside(t, k):
                        continue
                    break
                cls = verb_class(t)
                if (
                    cls is not None
                    and t.dep_ not in ("amod", "acl", "relcl")
                    and not any(c.dep_ in _SUBJECT_DEPS and _possessive(c) for c in t.children)
                ):
                    # An attitude verb ("a majority of Americans believe") yields
                    # to a speech verb higher up ("Mr. Obama said, ...").
                    dist = (300 if cls == "attitude" else 100) + steps
                    if best is None or dist < best[0]:
                        best = (dist, t, deep)
                    if cls != "attitude":
                        break
                for child in t.children:
                    if (
                        child.dep_ == "parataxis"
                        and ix.eligible(child, k)
                        and verb_class(child) in ("report", "act")
                    ):
                        dist = 200 + steps
                        if best is None or dist < best[0]:
                            best = (dist, child, deep)
        if best is None:
            return None, False, False
        _, verb, deep = best
        att = self._make(verb, k, "governing", after_ok=True)
        return att, deep, verb.idx < sp.mark_start

    def sentence_level(self, k: int) -> Attribution | None:
        """Any report verb with a subject in the quote's sentence, nearest first."""
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        tok = token_at(doc, sp.start, ix.starts)
        if tok is None:
            return None
        s, e = _sentence_bounds(doc, tok)
        cands: list[tuple[int, Token]] = []
        for t in doc[s:e]:
            if not ix.eligible(t, k) or verb_class(t) != "report":
                continue
            dist = (
                abs(t.idx - sp.mark_start)
                if t.idx < sp.mark_start
                else abs(t.idx - sp.mark_end) + 1
            )
            cands.append((dist, t))
        for _, verb in sorted(cands, key=lambda c: c[0]):
            if subject_of(verb, ix, k) is None:
                continue
            att = self._make(verb, k, "sentence")
            if att is not None:
                return att
        return None

    def according_in_sentence(self, k: int) -> Attribution | None:
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        tok = token_at(doc, sp.start, ix.starts)
        if tok is None:
            return None
        s, e = _sentence_bounds(doc, tok)
        for t in doc[s : min(e, len(doc) - 1)]:
            if ix.eligible(t, k) and is_according(t):
                return self.according(t, k)
        return None

    def colon_intro(self, k: int) -> Attribution | None:
        """``Another official shared his view: “…”`` / ``X added: “…”``."""
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        j = _last_token_before(doc, sp.mark_start, ix.starts)
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or doc[j].text != ":" or ix.text[doc[j].idx + 1 : sp.mark_start].strip():
            return None
        colon = doc[j]
        # The clause before the colon: its main verb.
        cand = colon.head if colon.head.i != colon.i else None
        verb: Token | None = None
        t = cand
        while t is not None and t.i < colon.i:
            if t.pos_ in ("VERB", "AUX"):
                verb = t
                break
            t = t.head if t.head.i != t.i else None
        if verb is None:
            for t in reversed(doc[colon.sent.start : colon.i]):
                if t.pos_ == "VERB" and ix.eligible(t, k):
                    verb = t
                    break
        if verb is None or not ix.eligible(verb, k):
            return None
        found = self._make(verb, k, "colon", after_ok=True)
        if found is None or verb_class(verb) is not None:
            return found
        # A non-speech verb introduces speech only with a person as subject
        # ("Another official shared his view:"), not "it remains unclear ...:".
        head = doc[found.speaker_head] if found.speaker_head is not None else None
        if head is None or (head.pos_ == "PRON" and head.lower_ not in _PERSON_PRONOUNS):
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() not in _PERSON_NOUN_HINTS:
            return None
        return found

    def previous_sentence(self, k: int) -> Attribution | None:
        """``X said. “…”``: the sentence right before the quote, in its paragraph,
        ends with a report verb and its subject (and holds no quote of its own)."""
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        tok = token_at(doc, sp.mark_start, ix.starts)
        if tok is None or tok.sent.start == 0:
            return None
        if not self.sentence_initial(k):
            return None
        prev = doc[tok.sent.start - 1].sent
        para_start = ix.text.rfind("\n", 0, sp.mark_start) + 1
        if prev.start_char < para_start:
            return None
        if any(ix.owner[t.i] != ix.parent[k] for t in prev):
            return None
        words = [t for t in prev if not t.is_punct and not t.is_space]
        if not words:
            return None
        for t in reversed(words[-6:]):
            if verb_class(t) == "report" and ix.eligible(t, k):
                subj = subject_of(t, ix, k)
                if subj is not None and subj.i > t.i - 12:
                    return self._make(t, k, "previous")
                break
        return None

    def sentence_initial(self, k: int) -> bool:
        """Nothing but punctuation between the sentence (or paragraph) start and the mark."""
        doc, ix = self.doc, self.ix
        sp = ix.spans[k]
        tok = token_at(doc, sp.mark_start, ix.starts)
        if tok is None:
            return True
        s, _ = _sentence_bounds(doc, tok)
        para_start = ix.text.rfind("\n", 0, sp.mark_start) + 1
        for t in doc[s : tok.i]:
            if t.idx < para_start or t.is_space or t.is_punct or t.text in QUOTE_CHARS:
                continue
            if not ix.eligible(t, k):
                continue
            return False
        return True
