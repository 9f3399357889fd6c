"""Reported speech: who is said to have said, believed or reported what (issue 17).

An attribution is a triple SOURCE / CUE / CONTENT over the dependency parse
("Peskov said Putin had no plans to call Trump": source *Peskov*, cue *said*,
content *Putin had no plans to call Trump*).

Two stages, both over spaCy's parse of the article body:

1. **Candidates** (rules, :func:`candidates`): every word that could be a cue
   (a verb, a noun, an adjective, "according to") is paired with each phrase
   that could be its content, read off the parse: a clausal complement
   (``ccomp``), an object or infinitive (``dobj``, ``xcomp``), a prepositional
   object ("warned of ..."), a noun's that-clause ("the claim that ..."), the
   clause it interrupts or follows ("X, he said, Y"; "Y, X said"), or the clause
   "according to X" modifies. Coordinated that-clauses ("told ... that A, and
   that B") become one candidate each. Each candidate carries its source phrase
   (subject, "according to" object, possessor of a noun cue, passive agent) and
   whether the lexicon rules accept it (``rule``): a lemma of
   ``transforms/quotes/data/reported_cues.json`` governing a clause, with a source.
2. **Scoring** (:class:`CueModel`): a logistic regression over hashed features
   of the cue, the path to the content and the source (lemmas, parts of speech,
   dependency labels of the product's spaCy model) gives each candidate a
   probability of being an annotated attribution. It is trained on the PolNeAR
   train split by ``training/reported/train.py``; its weights and the hash of
   the data they came from are in ``data/reported_model.npz``.

:func:`extract_reported` keeps a candidate the rules accept unless the model
calls it very unlikely, and any other candidate the model finds likely; see
docs/decisions.md ("Reported speech: rules and a trained scorer").
"""

from __future__ import annotations

import functools
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources

import numpy as np
from spacy.attrs import DEP, HEAD, IS_ALPHA, LIKE_NUM, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from transforms import lexicon
from transforms.quotes.attribution import phrase_tokens

# Dependents of a verb that can be the content it attributes.
_VERB_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "nsubjpass", "advcl"})
# Prepositions that introduce content ("warned of a crisis", "spoke about the war").
_CONTENT_PREPS = frozenset({"of", "about", "on", "for", "against", "to", "that", "in", "with"})
# Dependency labels by which a cue clause interrupts or trails its content
# ("X, he said, Y"; "Y, X said" when parsed as a dependent of Y).
_PARENT_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj", "relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
# Subjects that are not sources ("it is said", "there are reports").
# "it" stays a possible source ("It says the campaign violated ...": an ad, a
# report); the scorer sees the source's lemma and learns how often it is one.
_NON_SOURCES = frozenset({"there", "this", "that", "which", "what"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
# Dependents by which a verb passes its subject down ("..., adding that";
# "has vowed ... and says that").
_INHERIT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
# Tokens trimmed from the edges of a content span.
_EDGE_WORDS = frozenset({"that", "and", "but", "or", "as", "whether", "if"})
_EDGE_PUNCT = frozenset({".", ",", ";", ":", "—", "–", "-", "--", "(", ")", "…"})
_MARKS = frozenset("\"“”‘’'«»„")
_MAX_CONTENT_TOKENS = 120

DIM = 1 << 18  # hashed feature space of the scorer


@functools.cache
def cue_lexicon() -> dict[str, frozenset[str]]:
    """The classes of ``transforms/quotes/data/reported_cues.json`` (``_about`` says what they cover)."""
    raw: dict[str, list[str]] = lexicon.load("transforms.quotes", "reported_cues.json")
    return {k: frozenset(v) for k, v in raw.items()}


def cue_class(tok: Token) -> str:
    """Lexicon class of a token's lemma for its part of speech, or ``none``."""
    return _cue_class(tok.lemma_.lower(), tok.lower_, tok.pos_)


@functools.lru_cache(maxsize=1 << 14)
def _cue_class(lemma: str, low: str, pos: str) -> str:
    lex = cue_lexicon()
    if pos == "NOUN":
        return "nouns" if lemma in lex["nouns"] else "none"
    if pos in ("VERB", "AUX"):
        # The lemmatizer's lookups miss some forms ("hopes" -> "hop"): the
        # written form with its inflection stripped is tried as well.
        forms = (lemma, low, low[:-1], low[:-2], low[:-3] if low.endswith("ing") else low)
        for cls in ("speech", "attitude", "evidence"):
            if any(f in lex[cls] for f in forms):
                return cls
    return "none"


def _NOUN_CUES() -> frozenset[str]:
    return cue_lexicon()["nouns"]


@functools.cache
def train_nouns() -> frozenset[str]:
    """Nominal cues seen in PolNeAR train (``data/reported_train_nouns.json``):
    candidate cues for the scorer beside the lexicon's hand-written nouns."""
    return frozenset(lexicon.load("transforms.quotes", "reported_train_nouns.json"))


@functools.cache
def evidence_sources() -> frozenset[str]:
    """Poll nouns that source the clause an "in" phrase modifies
    (``data/reported_evidence_sources.json``)."""
    return frozenset(lexicon.load("transforms.quotes", "reported_evidence_sources.json"))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible attribution: cue token, content span and source head."""

    cue_i: int
    start: int  # char offsets of the content, trimmed
    end: int
    path: str  # how the content hangs off the cue ("ccomp", "prep:of", "parent:parataxis")
    slot: int  # 0, or the rank of a coordinated that-clause split off the first
    source_i: int | None
    rule: bool  # accepted by the lexicon rules
    first_i: int  # first and last content token (for features)
    last_i: int
    # How the span was cut: "" for the whole phrase, "cut:<dep>|<pos>" when a
    # trailing clause was left out, "ext:<word>" when a small clause was added.
    variant: str = ""


@dataclass(frozen=True, slots=True)
class Reported:
    """An accepted attribution."""

    cue_i: int
    cue: str  # lemma, or "according to"
    start: int
    end: int
    source_i: int
    source_start: int
    source_end: int
    score: float
    how: str  # "rule", "model" or "rule+model"
    path: str = ""


# --- sources ------------------------------------------------------------------


def _is_possessive(tok: Token) -> bool:
    return any(c.dep_ == "case" for c in tok.children)


def _direct_subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _SUBJECTS:
            if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head  # "Trump, who said ..." -> Trump
            if c.lower_ in _NON_SOURCES or _is_possessive(c) or c.dep_ == "expl":
                return None
            return c
        if c.dep_ == "nsubjpass":
            # "was told by X" / "it was reported by X": the agent.
            for a in verb.children:
                if a.dep_ == "agent":
                    pobj = next((p for p in a.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
            return None
    return None


def _outer_speaker(verb: Token) -> Token | None:
    """ "X said Y, adding that Z": the parser often hangs "adding" inside the
    content Y; the one who adds is the one who said, not Y's subject. For a
    participial speech verb, the source of the nearest speech verb whose
    clausal complement contains it."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or cue_class(verb) != "speech":
        return None
    t = verb.head
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.i != t.i and cue_class(t.head) == "speech":
            return _direct_subject(t.head)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def verb_source(verb: Token) -> Token | None:
    """The subject of a cue verb, inherited from the verb above for "adding
    that" / "and said" / "in saying"."""
    outer = _outer_speaker(verb)
    if outer is not None:
        return outer
    t = verb
    for _ in range(3):
        found = _direct_subject(t)
        if found is not None:
            return found
        if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBG":
            # "a statement saying that ...", "an ad questioning why ...".
            return t.head
        if t.dep_ not in _INHERIT_DEPS or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ == "ADP":  # "by saying": the verb the preposition hangs off
            t = t.head
    return None


def noun_source(noun: Token) -> Token | None:
    """ "X's claim that", "the claim by X that", "X made the claim that"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in ("its",):
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            ):
                return pobj
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return verb_source(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return verb_source(head.head)
    return None


def adjective_source(adj: Token) -> Token | None:
    """ "X is confident that": the copula's subject."""
    if adj.dep_ in ("acomp", "amod") and adj.head.pos_ in ("AUX", "VERB"):
        return verb_source(adj.head)
    return None


# --- content spans ------------------------------------------------------------


_EDGE_IDS = np.array(sorted(get_string_id(w) for w in _EDGE_WORDS), dtype=np.uint64)


def _wordy(doc: Doc) -> list[bool]:
    """Per token: a word that can carry a content (not a complementizer or
    conjunction); built once per document for ``_span``, from arrays (making
    a Token object per word cost a fifth of the candidate search)."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([IS_ALPHA, LIKE_NUM, LOWER])
    word = (arr[:, 0] != 0) | (arr[:, 1] != 0)
    return (word & ~np.isin(arr[:, 2], _EDGE_IDS)).tolist()  # type: ignore[no-any-return]


def _span(
    doc: Doc, toks: Sequence[int], excluded: set[int], wordy: Sequence[bool] | None = None
) -> tuple[int, int, int, int] | None:
    """Trimmed (char start, char end, first token, last token) of the tokens
    ``toks`` minus ``excluded``; None when nothing with a word is left."""
    keep = sorted(i for i in toks if i not in excluded)
    if not keep:
        return None
    lo, hi = keep[0], keep[-1]
    # Excluded pieces at the edges go; an excluded piece inside stays (a
    # content interrupted by its cue is one span).
    while lo <= hi:
        t = doc[lo]
        if (
            t.is_space
            or t.text in _EDGE_PUNCT
            or (t.lower_ in _EDGE_WORDS and t.dep_ in ("mark", "cc", "prep", "dobj", "nsubj"))
            or lo in excluded
        ):
            lo += 1
            continue
        break
    while hi >= lo:
        t = doc[hi]
        if t.is_space or t.text in _EDGE_PUNCT or hi in excluded or t.dep_ == "cc":
            hi -= 1
            continue
        break
    if hi < lo or hi - lo + 1 > _MAX_CONTENT_TOKENS:
        return None
    # A content says something: a word beyond complementizers and conjunctions.
    if wordy is not None:
        if not any(wordy[lo : hi + 1]):
            return None
    elif not any(
        (t.is_alpha or t.like_num) and t.lower_ not in _EDGE_WORDS for t in doc[lo : hi + 1]
    ):
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text), lo, hi


def _subtree_ids(tok: Token) -> list[int]:
    return list(range(tok.left_edge.i, tok.right_edge.i + 1))


def _split_conjuncts(clause: Token) -> list[Token]:
    """Coordinated that-clauses hanging off ``clause`` ("that A, and that B")."""
    out = []
    for c in clause.children:
        if (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ):
            out.append(c)
            out.extend(_split_conjuncts(c))
    return out


def _content_options(tok: Token) -> list[tuple[str, Token, set[int], bool]]:
    """(path, head of the content, token ids to leave out, is_parent) per option."""
    out: list[tuple[str, Token, set[int], bool]] = []
    for c in tok.children:
        if (
            c.dep_ in _VERB_CONTENT_DEPS
            or (tok.pos_ == "NOUN" and c.dep_ in ("acl", "ccomp"))
            or (tok.pos_ == "ADJ" and c.dep_ in ("ccomp", "xcomp"))
        ):
            out.append((c.dep_, c, set(), False))
        elif c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    out.append((f"prep:{c.lower_}:{p.dep_}", p, set(), False))
    if (
        tok.dep_ in _PARENT_DEPS
        and tok.head.i != tok.i
        and tok.head.pos_ in ("VERB", "AUX")
        # "Trump attacked Clinton, calling her ...": a participle outside the
        # lexicon hanging off a clause describes it, it does not report it
        # (on the train split such candidates were almost never attributions).
        and not (tok.dep_ in ("advcl", "conj", "relcl", "acl") and cue_class(tok) == "none")
    ):
        head = tok.head
        out.append((f"parent:{tok.dep_}", head, set(_subtree_ids(tok)), True))
    return out


def _trailing_frame(doc: Doc, cue: Token, source: Token, path: str, last_i: int) -> bool:
    """ "Y, the outlet reported on Monday": a source and speech verb after a
    comma that closes the content, which the parser hung under Y's verb
    (ccomp or conj, not parataxis) when Y held a quoted fragment. The shape is
    the parataxis one, so the rule accepts it alike."""
    if path not in ("parent:ccomp", "parent:conj") or not (last_i < source.i < cue.i):
        return False
    edge = source.left_edge.i
    if edge == 0 or doc[edge - 1].text != "," or last_i >= edge:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)


def _clause_of(according: Token) -> Token | None:
    """The clause "according to X" sources: the nearest verb at or above the
    word it hangs off. The parser often attaches it to a nearby noun or
    preposition ("... but through acquaintances, according to X"); the claim
    is still the whole clause. None when no verb governs it (the sentence)."""
    t = according.head
    for _ in range(16):
        if t.i == according.i:
            return None
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _in_sentence(doc: Doc, ids: list[int], sent_start: int, sent_end: int) -> list[int]:
    return [i for i in ids if sent_start <= i < sent_end]


# Trailing dependents at which a content may end: a participial or relative
# clause, a coordinated verb, an apposition ("..., adding that ...";
# "..., which ..."; "he would review it and warned ..."). Whether the
# annotators' content stops there is for the scorer to learn from the cut's
# features; the rules only offer the alternatives.
_CUT_DEPS = frozenset({"advcl", "relcl", "acl", "conj", "parataxis", "appos", "npadvmod"})
_CUT_PUNCT = frozenset({",", ";", "—", "–", "--", "(", ":"})
# Prepositions and complements that complete a noun-phrase content into a
# small clause ("painted Romney as a rich guy", "linked X to Y", "slammed X
# for Y", "called the charges unsubstantiated").
_SMALL_CLAUSE_PREPS = frozenset({"as", "for", "to", "into", "of", "over"})


def _cut_points(doc: Doc, root: Token, lo: int, hi: int) -> list[tuple[int, str]]:
    """(first token left out, tag) for each place a content rooted at ``root``
    over tokens [lo, hi] may end early: a dependent of the root (or of its
    direct dependents) in ``_CUT_DEPS`` to the right of the root, set off by
    punctuation, or a coordinated verb of the root itself."""
    out: dict[int, str] = {}
    for t in (root, *[c for c in root.children if lo <= c.i <= hi and c.i > root.i]):
        for c in t.children:
            if c.i <= root.i or c.i > hi or c.dep_ not in _CUT_DEPS:
                continue
            b = c.left_edge.i
            if b <= lo + 1 or b > hi:
                continue
            before = doc[b - 1]
            if before.text in _CUT_PUNCT:
                out.setdefault(b, f"cut:{c.dep_}|{c.pos_}|{before.text}")
            elif (
                c.dep_ == "conj" and t is root and c.pos_ in ("VERB", "AUX") and before.dep_ == "cc"
            ):
                out.setdefault(b - 1, f"cut:conj|{c.pos_}|cc")
    return sorted(out.items())


def _small_clause_end(tok: Token, obj: Token) -> tuple[int, str] | None:
    """The last token of a small clause completing the object ``obj`` of the
    cue ``tok`` ("X as Y", "X for Y", "X Y" with ``oprd``), and its tag."""
    for c in tok.children:
        if c.i <= obj.right_edge.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _SMALL_CLAUSE_PREPS:
            if c.lower_ == "to" and cue_class(tok) == "speech":
                continue  # the addressee: "confirmed this to the outlet"
            return c.right_edge.i, f"ext:{c.lower_}"
        if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i == obj.right_edge.i + 1:
            return c.right_edge.i, f"ext:{c.dep_}"
    return None


_CUE_POS = np.array(
    [get_string_id(x) for x in ("VERB", "AUX", "NOUN", "ADJ", "ADP")], dtype=np.uint64
)


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token, its sentence's first and end token index (``Token.sent``
    walks the parse on every call; this walks it once)."""
    starts = [0] * len(doc)
    ends = [0] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            starts[i] = sent.start
            ends[i] = sent.end
    return starts, ends


def candidates(
    doc: Doc,
    in_quote: Sequence[bool] | None = None,
    gate: frozenset[str] | None = None,
    shapes: bool = False,
) -> list[Candidate]:
    """Every (cue, content) pair with a source the parse offers, in cue order
    (see module doc). A cue without a source is no attribution row, so its
    contents are not built. With ``gate`` (the model's ``cue_lemmas``), a verb
    or adjective outside the lexicon is a cue only if its lemma was one in the
    training data: the scorer has no evidence for other words, and skipping
    them keeps extraction fast. ``shapes`` adds the further passes (colon
    frames, polls in an "in" phrase, the train split's nominal cues; see
    docs/decisions.md): on only for a model trained with them (its
    ``shapes`` record), as the scorer has no evidence for them otherwise."""
    out: list[Candidate] = []
    n = len(doc)
    if n == 0:
        return out
    # Only verbs, nouns, adjectives and "according" can be cues: picked with
    # one array operation, so the other tokens never become Token objects.
    pos_ids = doc.to_array([POS])
    sent_start, sent_end = _sentence_bounds(doc)
    wordy = _wordy(doc)
    for i in np.flatnonzero(np.isin(pos_ids, _CUE_POS)).tolist():
        tok = doc[i]
        pos = tok.pos_
        if pos == "AUX" and tok.dep_ in ("aux", "auxpass"):
            continue
        s0, s1 = sent_start[i], sent_end[i]
        if tok.lower_ == "according" and tok.i + 1 < n and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            head = _clause_of(tok)
            excluded = set(_subtree_ids(tok)) | {tok.i, to.i} | set(_subtree_ids(pobj))
            ids = _subtree_ids(head) if head is not None else list(range(s0, s1))
            sp = _span(doc, _in_sentence(doc, ids, s0, s1), excluded, wordy)
            if sp is not None:
                out.append(
                    Candidate(tok.i, sp[0], sp[1], "according", 0, pobj.i, True, sp[2], sp[3])
                )
                if head is not None:
                    for b, tag in _cut_points(doc, head, sp[2], sp[3])[:1]:
                        spv = _span(doc, [i for i in ids if s0 <= i < min(b, s1)], excluded, wordy)
                        if spv is not None and spv[3] < sp[3]:
                            out.append(
                                Candidate(
                                    tok.i,
                                    spv[0],
                                    spv[1],
                                    "according",
                                    0,
                                    pobj.i,
                                    True,
                                    spv[2],
                                    spv[3],
                                    tag,
                                )
                            )
            continue
        if pos == "ADP":
            if shapes and tok.lower_ == "in":
                out.extend(_poll_in(doc, tok, s0, s1, wordy))
            continue
        if (
            gate is not None
            and pos != "NOUN"
            and tok.lemma_.lower() not in gate
            and cue_class(tok) == "none"
        ):
            continue
        if pos == "NOUN":
            # Nominal cues only from the lexicon and the nouns that were cues
            # in the train split (train_nouns): nouns with a prepositional
            # phrase are everywhere ("the head of the department") and nominal
            # cues are ~3% of PolNeAR's; scoring every noun cost more time than
            # the few unseen nominal cues were worth.
            lemma = tok.lemma_.lower()
            if lemma not in _NOUN_CUES() and not (shapes and lemma in train_nouns()):
                continue
            source = noun_source(tok)
        elif pos == "ADJ":
            source = adjective_source(tok)
        else:
            source = verb_source(tok)
        if source is None:
            continue
        options = _content_options(tok)
        if not options:
            continue
        cls = cue_class(tok)
        for path, head, excluded, is_parent in options:
            if is_parent:
                ids = _subtree_ids(head)
                # The content of "Y, X said" is Y only: not a source or cue of
                # another clause hanging off the same head.
                if source is not None:
                    excluded |= set(_subtree_ids(source))
                    edge = source.left_edge.i
                    if (
                        source.i < tok.i
                        and tok.dep_ == "ccomp"
                        and edge > 0
                        and doc[edge - 1].text == ","
                    ):
                        # But all of Y: words before the source that the parser
                        # hung on the cue (a quoted fragment or a phrase after
                        # it, "Y "through X" instead of Z, the outlet reported")
                        # are Y's, not the cue's (the trailing frame, see
                        # _trailing_frame).
                        excluded = {i for i in excluded if i >= edge}
                        excluded |= set(_subtree_ids(source))
            else:
                ids = _subtree_ids(head)
            ids = _in_sentence(doc, ids, s0, s1)
            splits = _split_conjuncts(head) if path in ("ccomp", "acl") else []
            split_ids: set[int] = set()
            for sc in splits:
                split_ids |= set(_subtree_ids(sc))
            sp = _span(doc, ids, excluded | split_ids | {tok.i}, wordy)
            if sp is None:
                continue
            clause = (
                path in ("ccomp",)
                or path.startswith("parent:parataxis")
                or (pos == "NOUN" and path in ("acl", "ccomp"))
                or _trailing_frame(doc, tok, source, path, sp[3])
            )
            rule = (
                source is not None
                and cls != "none"
                and clause
                and not (in_quote is not None and in_quote[tok.i])
                and (pos != "NOUN" or any(t.lower_ == "that" for t in doc[sp[2] - 1 : sp[2] + 1]))
            )
            src_i = source.i if source is not None else None
            out.append(Candidate(tok.i, sp[0], sp[1], path, 0, src_i, rule, sp[2], sp[3]))
            # Alternatives for the same cue: the content cut before a trailing
            # clause (the first and the last such place), or an object
            # completed into a small clause. The scorer picks one per cue.
            drop = excluded | split_ids | {tok.i}
            cuts = _cut_points(doc, head, sp[2], sp[3])
            for b, tag in sorted(set(cuts[:1] + cuts[-1:])):
                spv = _span(doc, [i for i in ids if i < b], drop, wordy)
                if spv is not None and spv[3] < sp[3]:
                    out.append(
                        Candidate(tok.i, spv[0], spv[1], path, 0, src_i, rule, spv[2], spv[3], tag)
                    )
            if path == "dobj":
                ext = _small_clause_end(tok, head)
                if ext is not None:
                    ids2 = _in_sentence(doc, list(range(head.left_edge.i, ext[0] + 1)), s0, s1)
                    spv = _span(doc, ids2, {tok.i}, wordy)
                    if spv is not None and spv[3] > sp[3]:
                        out.append(
                            Candidate(
                                tok.i, spv[0], spv[1], path, 0, src_i, rule, spv[2], spv[3], ext[1]
                            )
                        )
            for rank, sc in enumerate(splits, 1):
                sub = set(_subtree_ids(sc))
                others = split_ids - sub
                sp2 = _span(doc, _in_sentence(doc, sorted(sub), s0, s1), others, wordy)
                if sp2 is not None:
                    out.append(
                        Candidate(tok.i, sp2[0], sp2[1], path, rank, src_i, rule, sp2[2], sp2[3])
                    )
    if not shapes:
        return out
    seen = {(c.cue_i, c.start, c.end) for c in out}
    out.extend(
        c
        for c in _colon_candidates(doc, wordy, sent_end, gate)
        if (c.cue_i, c.start, c.end) not in seen
    )
    return out


# --- further shapes: named passes ----------------------------------------------


def _poll_in(doc: Doc, tok: Token, s0: int, s1: int, wordy: Sequence[bool]) -> list[Candidate]:
    """ "Clinton led Trump by 5 points in the latest poll": a poll or survey
    (``evidence_sources``) in an "in" phrase sources the clause of the nearest
    verb above it, as "according to X" does. The cue is "in"; the scorer
    decides (no rule accepts it)."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in evidence_sources():
        return []
    head = _clause_of(tok)
    if head is None:
        return []
    ids = _in_sentence(doc, _subtree_ids(head), s0, s1)
    sp = _span(doc, ids, set(_subtree_ids(tok)), wordy)
    if sp is None:
        return []
    return [Candidate(tok.i, sp[0], sp[1], "poll-in", 0, pobj.i, False, sp[2], sp[3])]


# A speaker's name that opens a line before a colon ("WALLACE: ...", "Pat
# Caddell: ...") is at most this many tokens long.
_COLON_NAME_MAX = 6


def _colon_frame(doc: Doc, k: int, gate: frozenset[str] | None) -> tuple[int, int, str] | None:
    """(cue, source, path) of the colon at ``k`` when it introduces someone's
    words: a verb with a source before it ("He added: ...", "Trump said on
    Twitter: ...", "gave a blunt answer: ..."), or a name opening the line
    (transcripts "WALLACE: ...", headlines "Pat Caddell: ...")."""
    t = doc[k].head
    for _ in range(3):
        if t.i >= k:
            break
        if t.pos_ in ("VERB", "AUX"):
            if gate is None or cue_class(t) != "none" or t.lemma_.lower() in gate:
                src = verb_source(t)
                if src is not None and src.i < k:
                    return t.i, src.i, "colon:verb"
            return None
        if t.head.i == t.i:
            break
        t = t.head
    start = k
    while start > 0 and "\n" not in doc[start - 1].text and k - start < _COLON_NAME_MAX:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text:
        return None
    while start < k and (doc[start].is_space or doc[start].is_quote):
        start += 1  # a transcript inside an opened quotation: "WALLACE: ...
    phrase = doc[start:k]
    if not len(phrase) or any(p.is_punct or p.pos_ in ("VERB", "AUX") for p in phrase):
        return None
    # A name: a proper noun, an upper-case word (transcripts), or a
    # capitalized noun ("Poll: ...", headlines).
    names = [
        p
        for p in phrase
        if p.pos_ == "PROPN"
        or (p.is_alpha and p.is_upper and len(p) > 1)
        or (p.pos_ == "NOUN" and p.is_title)
    ]
    if not names:
        return None
    root = next((p for p in phrase if not (start <= p.head.i < k) or p.head.i == p.i), names[-1])
    src = root if root.pos_ in ("PROPN", "NOUN", "PRON") else names[-1]
    return k, src.i, "colon:name"


def _colon_candidates(
    doc: Doc, wordy: Sequence[bool], sent_end: Sequence[int], gate: frozenset[str] | None
) -> list[Candidate]:
    """Words introduced by a colon (``_colon_frame``): the content runs to the
    end of the paragraph, which may hold several sentences (a transcript turn,
    "He added: A. B."); the alternative stops at the end of the first
    sentence. No rule accepts them; the scorer decides."""
    out: list[Candidate] = []
    n = len(doc)
    colons = np.flatnonzero(doc.to_array([ORTH]) == get_string_id(":")).tolist()
    for k in colons:
        first = k + 1
        while first < n and doc[first].is_space:
            first += 1
        if first >= n:
            continue
        frame = _colon_frame(doc, k, gate)
        if frame is None:
            continue
        cue_i, src_i, path = frame
        end = first
        while end < n and "\n" not in doc[end].text and end - first < _MAX_CONTENT_TOKENS:
            end += 1
        sp = _span(doc, list(range(first, end)), set(), wordy)
        if sp is None:
            continue
        out.append(Candidate(cue_i, sp[0], sp[1], path, 0, src_i, False, sp[2], sp[3]))
        s1 = sent_end[first]
        if s1 < end:
            spv = _span(doc, list(range(first, s1)), set(), wordy)
            if spv is not None and spv[3] < sp[3]:
                out.append(
                    Candidate(
                        cue_i, spv[0], spv[1], path, 0, src_i, False, spv[2], spv[3], "cut:sent"
                    )
                )
    return out


# --- features and the scorer ---------------------------------------------------


def _bucket(n: int) -> str:
    return str(min(int(math.log2(n + 1)), 7))


class DocView:
    """Per-document arrays the features read, built once per document so that
    content spans are looked at with array slices instead of Token objects."""

    def __init__(self, doc: Doc, in_quote: Sequence[bool] | None = None) -> None:
        arr = doc.to_array([POS, DEP, HEAD]).astype(np.int64)
        idx = np.arange(len(doc), dtype=np.int64)
        self.is_verb = np.isin(arr[:, 0], _VERB_POS) if len(doc) else np.zeros(0, bool)
        self.is_subj = np.isin(arr[:, 1], _SUBJ_DEPS) if len(doc) else np.zeros(0, bool)
        # HEAD is stored relative to the token (as unsigned 64-bit on some platforms).
        self.head = idx + arr[:, 2].astype(np.uint64).astype(np.int64) if len(doc) else idx
        # Plain lists for the per-candidate lookups: contents are short, and
        # slicing a list beats a numpy call's overhead there.
        self.head_l: list[int] = self.head.tolist()
        self.verb_l: list[bool] = self.is_verb.tolist()
        self.subj_l: list[bool] = self.is_subj.tolist()
        self.quoted = in_quote is not None
        # Hashed cue features per (cue, class, source): see ``feature_ids``.
        self.cue_ids: dict[tuple[int, str, int | None], list[int]] = {}
        q = np.asarray(in_quote if in_quote is not None else [False] * len(doc), dtype=np.int64)
        self.qcum = np.concatenate([[0], np.cumsum(q)])

    def root(self, a: int, b: int) -> int:
        """First token of [a, b] whose head lies outside it (or is itself)."""
        head = self.head_l
        for i in range(a, b + 1):
            h = head[i]
            if h < a or h > b or h == i:
                return i
        return a


_VERB_POS = np.array([get_string_id("VERB"), get_string_id("AUX")], dtype=np.int64)
_SUBJ_DEPS = np.array([get_string_id("nsubj"), get_string_id("nsubjpass")], dtype=np.int64)


def _cue_features(
    doc: Doc, t: Token, cls: str, source_i: int | None, in_quote: Sequence[bool] | None
) -> list[str]:
    """The features that depend on the cue and its source only, shared by
    every content alternative of the cue (``DocView`` caches them hashed)."""
    lemma = t.lemma_.lower()
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else "<end>"
    f = [
        "bias",
        f"lem={lemma}",
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"cls={cls}",
        f"headdep={t.head.dep_}|{t.head.pos_}",
        f"next={nxt}",
        f"prev={doc[t.i - 1].lower_ if t.i > 0 else '<start>'}",
        f"lem|next={lemma}|{nxt}",
        f"tag|dep|cls={t.tag_}|{t.dep_}|{cls}",
    ]
    for c in t.children:
        if c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ == "aux" and c.tag_ == "MD":
            f.append(f"modal={c.lower_}")
    if in_quote is not None:
        f.append(f"cueq={in_quote[t.i]}")
    if source_i is None:
        f.append("nosrc")
    else:
        s = doc[source_i]
        who = _who(s)
        f += [
            f"src.pos={s.pos_}",
            f"src.ent={s.ent_type_ or '-'}",
            f"src.dep={s.dep_}",
            f"src.lem={s.lemma_.lower() if s.pos_ != 'PROPN' else '<propn>'}",
            f"src.ent|cls={s.ent_type_ or s.pos_}|{cls}",
            f"src.ent|lem={s.ent_type_ or s.pos_}|{lemma}",
            f"src.who={who}",
            f"src.who|lem={who}|{lemma}",
            f"src.gap={_bucket(abs(s.i - t.i))}|{s.i < t.i}",
        ]
    return f


def _content_features(
    doc: Doc, cand: Candidate, cls: str, in_quote: Sequence[bool] | None, view: DocView
) -> list[str]:
    """The features of one content alternative of a cue."""
    t = doc[cand.cue_i]
    lemma = t.lemma_.lower()
    path = cand.path
    first = doc[cand.first_i]
    last = doc[cand.last_i]
    size = cand.last_i - cand.first_i + 1
    before = cand.start < t.idx
    f = [
        f"path={path}",
        f"path|lem={path}|{lemma}",
        f"path|cls={path}|{cls}",
        f"path|pos={path}|{t.pos_}",
        f"slot={min(cand.slot, 1)}",
        f"rule={cand.rule}",
        f"first={first.lower_}",
        f"first|path={first.lower_}|{path}",
        f"lem|first={lemma}|{first.lower_}",
        f"size={_bucket(size)}",
        f"size|path={_bucket(size)}|{path}",
        f"before={before}",
        f"var={cand.variant}",
        f"var|path={cand.variant}|{path}",
        f"var|lem={cand.variant}|{lemma}",
        f"last={last.pos_}|{last.dep_}",
        f"tag|path={t.tag_}|{path}",
        f"first2={first.lower_}|{doc[cand.first_i + 1].lower_ if size > 1 else '-'}",
        f"first.pos|path={first.pos_}|{first.dep_}|{path}",
        f"after={doc[cand.last_i + 1].text if cand.last_i + 1 < len(doc) else '<end>'}",
    ]
    a, b = cand.first_i, cand.last_i
    has_verb = any(view.verb_l[a : b + 1])
    head = view.head_l
    has_subj = any(view.subj_l[i] and head[i] >= a for i in range(a, b + 1))
    f += [f"verb={has_verb}", f"subj={has_subj}", f"verb|path={has_verb}|{path}"]
    if in_quote is not None:
        share = round(int(view.qcum[b + 1] - view.qcum[a]) / size * 4)
        f += [f"contq={share}", f"contq|path={share}|{path}"]
    # The content's own head: what kind of thing is attributed.
    root = doc[view.root(a, b)]
    f += [
        f"root={root.pos_}|{root.dep_}",
        f"root.lem={root.lemma_.lower()}",
        f"root|lem={root.pos_}|{lemma}",
        f"gap={_bucket(abs(cand.first_i - t.i))}|{before}",
    ]
    if cand.source_i is None:
        f.append(f"nosrc|path={path}")
    else:
        who = _who(doc[cand.source_i])
        f += [f"src.who|path={who}|{path}", f"src.who|path|cls={who}|{path}|{cls}"]
    return f


def _class_of(doc: Doc, cand: Candidate) -> str:
    return "according" if cand.path == "according" else cue_class(doc[cand.cue_i])


def features(
    doc: Doc,
    cand: Candidate,
    in_quote: Sequence[bool] | None = None,
    view: DocView | None = None,
) -> list[str]:
    """Feature strings of one candidate (hashed by ``CueModel``). ``view`` is
    ``DocView(doc, in_quote)``, built once per document by the caller."""
    view = DocView(doc, in_quote) if view is None else view
    cls = _class_of(doc, cand)
    return _cue_features(doc, doc[cand.cue_i], cls, cand.source_i, in_quote) + _content_features(
        doc, cand, cls, in_quote, view
    )


def feature_ids(
    doc: Doc, cand: Candidate, in_quote: Sequence[bool] | None, view: DocView
) -> list[int]:
    """``hash_features(features(...))`` with the cue's share hashed once per
    cue and source (the extractor's hot path: a cue has several alternatives)."""
    cls = _class_of(doc, cand)
    key = (cand.cue_i, cls, cand.source_i)
    cue_ids = view.cue_ids.get(key)
    if cue_ids is None:
        cue_ids = [
            _hash_one(f) for f in _cue_features(doc, doc[cand.cue_i], cls, cand.source_i, in_quote)
        ]
        view.cue_ids[key] = cue_ids
    return cue_ids + [_hash_one(f) for f in _content_features(doc, cand, cls, in_quote, view)]


_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})


def _who(tok: Token) -> str:
    """A coarse kind of source: a person, a group/organization, or a thing."""
    if tok.pos_ == "PRON":
        return "person" if tok.lower_ in _SPEAKING_PRONOUNS else "pron"
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return tok.ent_type_.lower()
    if tok.pos_ == "PROPN":
        return "propn"
    return "noun"


@functools.lru_cache(maxsize=1 << 17)
def _hash_one(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8")) & (DIM - 1)


def hash_features(feats: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(_hash_one, feats), dtype=np.int64, count=len(feats))


class CueModel:
    """The trained scorer: logistic regression over hashed features."""

    def __init__(self, weights: np.ndarray, meta: dict[str, object]) -> None:
        self.w = weights.astype(np.float32)
        self.wl: list[float] = self.w.tolist()
        self.meta = meta
        self.accept = float(meta["accept"])  # type: ignore[arg-type]
        self.veto = float(meta["veto"])  # type: ignore[arg-type]
        lemmas = meta.get("cue_lemmas")
        self.gate: frozenset[str] | None = (
            frozenset(str(x) for x in lemmas) if isinstance(lemmas, list) else None
        )
        # Trained with the further candidate passes (``candidates(shapes=True)``).
        self.shapes = bool(meta.get("shapes", False))

    def prob(self, idx: np.ndarray | Sequence[int]) -> float:
        if isinstance(idx, np.ndarray):
            z = float(self.w[idx].sum())
        else:
            # A short list of ids: summing Python floats beats numpy's per-call cost.
            wl = self.wl
            z = sum([wl[i] for i in idx])
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


MODEL_FILE = "data/reported_model.npz"


@functools.cache
def load_model() -> CueModel:
    path = resources.files("transforms.quotes").joinpath(MODEL_FILE)
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        return CueModel(np.asarray(z["w"]), meta)


# --- extraction ----------------------------------------------------------------


def _cue_lemma(doc: Doc, cand: Candidate) -> str:
    """The cue's lemma, the lexicon's form when the lemmatizer missed it."""
    if cand.path == "according":
        return "according to"
    tok = doc[cand.cue_i]
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and cue_class(tok) != "none":
        lex = cue_lexicon()
        known = lex["speech"] | lex["attitude"] | lex["evidence"]
        if lemma not in known:
            low = tok.lower_
            for form in (low, low[:-1], low[:-2], low[:-3]):
                if form in known:
                    return form
    return lemma


def select(
    items: Sequence[tuple[tuple[int, int], bool]],
    probs: Sequence[float],
    accept: float,
    veto: float,
) -> list[int]:
    """Which candidates to keep, given (key, rule) and the scorer's probability
    of each: per key (cue word and conjunct) the alternatives are spans for one
    attribution and at most one of them is the annotated one, so the key is
    kept when the sum of their probabilities (that some span of this cue is an
    attribution) reaches ``accept``, or ``veto`` when the rules accept the
    cue; the kept span is the most probable one."""
    total: dict[tuple[int, int], float] = {}
    rule: dict[tuple[int, int], bool] = {}
    best: dict[tuple[int, int], int] = {}
    for i, ((key, r), p) in enumerate(zip(items, probs, strict=True)):
        total[key] = total.get(key, 0.0) + float(p)
        rule[key] = rule.get(key, False) or r
        if key not in best or p > probs[best[key]]:
            best[key] = i
    return sorted(
        i for key, i in best.items() if total[key] >= accept or (rule[key] and total[key] >= veto)
    )


def _end_before_same_speaker(doc: Doc, kept: Sequence[Candidate]) -> list[Candidate]:
    """ "X said A, adding that B": when a kept content holds the cue of another
    kept attribution by the very same source phrase, that cue starts the
    source's next statement (its own row), so the first content ends before
    it. A nested attribution by someone else ("Peskov said Moscow hopes that
    ...") has its own source phrase and stays inside the outer content."""
    out = []
    for c in kept:
        cut = min(
            (
                doc[o.cue_i].left_edge.i
                for o in kept
                if o.source_i == c.source_i
                and o.cue_i != c.cue_i
                and c.first_i < doc[o.cue_i].left_edge.i <= c.last_i
                and o.cue_i > c.cue_i
            ),
            default=None,
        )
        if cut is not None:
            sp = _span(doc, list(range(c.first_i, cut)), set())
            if sp is not None:
                c = replace(c, start=sp[0], end=sp[1], first_i=sp[2], last_i=sp[3])
        out.append(c)
    return out


def _drop_echo_frames(doc: Doc, kept: Sequence[Candidate]) -> list[int]:
    """ "X admitted that B, she said in an interview": the trailing frame's
    content is the whole inner report, whose source opens it, and its pronoun
    is that source again; the frame only repeats who spoke, so it is no row of
    its own (it would hold a second, longer copy of B). A named outer source
    ("Peskov said Moscow hopes that ...") or a frame before its content keeps
    the nested reading."""
    out: list[int] = []
    for k, c in enumerate(kept):
        src = None if c.source_i is None else doc[c.source_i]
        echo = (
            src is not None
            and src.pos_ == "PRON"
            and c.cue_i > c.last_i
            and any(
                o.cue_i != c.cue_i
                and o.source_i is not None
                and c.first_i <= o.source_i < o.cue_i <= c.last_i
                and doc[o.source_i].left_edge.i <= c.first_i
                for o in kept
            )
        )
        if not echo:
            out.append(k)
    return out


def _words(doc: Doc, c: Candidate) -> set[str]:
    return {t.lower_ for t in doc[c.first_i : c.last_i + 1] if t.is_alpha or t.like_num}


def _one_per_claim(
    doc: Doc, chosen: Sequence[Candidate], probs: Sequence[float]
) -> list[tuple[Candidate, float]]:
    """One row per claim of one source phrase: two cues of the same source
    whose contents share most of their words ("wants to ask you, will X be
    there" / "ask: will X be there"; "mentioned remarks" / "referred to
    remarks") state one claim, and the more probable reading stays. Nested
    attributions have a source of their own and are not affected."""
    order = sorted(range(len(chosen)), key=lambda i: -probs[i])
    taken: list[int] = []
    # Compared only within one source phrase, so a long article stays linear.
    by_source: dict[int | None, list[set[str]]] = {}
    for i in order:
        wi = _words(doc, chosen[i])
        same = by_source.setdefault(chosen[i].source_i, [])
        if not any(wi and wj and 2 * len(wi & wj) >= max(len(wi), len(wj)) for wj in same):
            taken.append(i)
            same.append(wi)
    return [(chosen[i], probs[i]) for i in sorted(taken)]


def extract_reported(
    doc: Doc, in_quote: Sequence[bool] | None = None, model: CueModel | None = None
) -> list[Reported]:
    """Accepted attributions with a source, in text order of their content."""
    model = load_model() if model is None else model
    cands = [
        c for c in candidates(doc, in_quote, model.gate, model.shapes) if c.source_i is not None
    ]
    view = DocView(doc, in_quote) if cands else None
    assert view is not None or not cands
    probs = [model.prob(feature_ids(doc, c, in_quote, view)) for c in cands if view is not None]
    kept = select([((c.cue_i, c.slot), c.rule) for c in cands], probs, model.accept, model.veto)
    out: dict[tuple[int, int], Reported] = {}
    chosen = _end_before_same_speaker(doc, [cands[i] for i in kept])
    chosen_probs = [probs[i] for i in kept]
    # Indices, not membership tests: candidates compare by value, and a long
    # article has thousands of them (a quadratic filter cost minutes at 2 MB).
    echo_free = _drop_echo_frames(doc, chosen)
    pairs = _one_per_claim(
        doc, [chosen[k] for k in echo_free], [chosen_probs[k] for k in echo_free]
    )
    for cand, p in pairs:
        assert cand.source_i is not None
        src = phrase_tokens(doc[cand.source_i])
        how = (
            "rule+model" if cand.rule and p >= model.accept else ("rule" if cand.rule else "model")
        )
        r = Reported(
            cand.cue_i,
            _cue_lemma(doc, cand),
            cand.start,
            cand.end,
            cand.source_i,
            src[0].idx,
            src[-1].idx + len(src[-1].text),
            p,
            how,
            cand.path,
        )
        span = (r.start, r.end)
        if span not in out or out[span].score < p:
            out[span] = r
    return sorted(out.values(), key=lambda r: (r.start, r.end, r.cue_i))
