"""Events: reported happenings, one row per trigger word, dated from the parse.

A trigger is a verb or noun whose lemma is in ``data/event_triggers.json``
(lemma -> PLOVER-style type). Every trigger in a sentence is one event; a dated
time expression in the sentence that no trigger governs still yields an event
(type ``other``) for its governing verb, because the dataset is about *dated*
happenings and a date is worth keeping even when the verb is not in the list.

Dating (precision first): a time expression belongs to the nearest trigger
above it in the dependency tree ("on Thursday congratulated", "Tuesday's
election", "the Nov. 5 election victory"). Noun triggers under a light verb
("were in contact in November") count as governing what their verb governs.
Only time expressions with a calendar interval date an event.

Modality, first match wins: ``negated`` ("not", "never", "yet to"),
``hypothetical`` (if / could / might / would / may / should), ``expected``
("will", "is expected to", or dated after publication), ``reported`` (the
sentence holds a quote or an attribution: "X told The Moscow Times",
"according to", "reported"), else ``asserted``. A statement trigger is itself
an assertion of the reporter ("Verstka reported on Nov. 6"), so it is never
``reported`` by its own attribution.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from contract.records import (
    EntityRef,
    EventRecord,
    MentionRecord,
    QuoteRecord,
    SourceRecord,
    TimexRecord,
)
from transforms import lexicon
from transforms.events.instances import merge_mentions


def _lexicon(name: str) -> Any:
    """A word list of ``transforms/events/data`` (its ``_about`` says what it covers)."""
    return lexicon.load("transforms.events", name)


_ACTOR_TYPES = frozenset({"person", "org", "gpe", "media"})
# Dependencies through which a mention is the subject (or part of it) of a head.
_SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "poss", "compound"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_HYPOTHETICAL_AUX = frozenset({"could", "might", "would", "may", "should", "can"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
_EXPECT_LEMMAS = frozenset({"expect", "plan", "intend", "hope", "prepare", "aim"})
# Support verbs that take the event from their object noun ("held talks").
_LIGHT_VERBS: frozenset[str] = frozenset(_lexicon("light_verbs.json"))
# Links along which a trigger shares negation, modals and "expected to" with its
# head: "has yet to [congratulate]", "could propose ... or [carry out]", a noun
# trigger's verb ("might seek a [deal]"). Not advcl/ccomp: a subordinate or
# reported clause has its own modality.
_CHAIN_DEPS = frozenset({"xcomp", "conj", "pobj", "dobj", "prep"})
_TEMPORAL_MARKS = frozenset({"as", "when", "while"})
# A date after these opens an interval; it dates no happening.
_INTERVAL_START = frozenset({"since"})
# Plain reporting verbs: what they govern is reported speech.
_ATTRIB_CUES: frozenset[str] = frozenset(_lexicon("speech_verbs.json")["attribution"])
# Speech and cognition verbs: saying something is a quote, not an event (data
# contract), and a date on the saying dates what is said ("X said Wednesday
# that it completed ...") rather than making the saying an event.
_SPEECH_LEMMAS = _ATTRIB_CUES | frozenset(_lexicon("speech_verbs.json")["speech_and_cognition"])
# Verbs that state a fact or a relation, not a happening, even with a date.
_STATIVE: frozenset[str] = frozenset(_lexicon("stative_verbs.json"))
# Verbs that are a contact between parties only with a partner: "spoke with
# Trump", "Putin and Trump talked", "called Macron".
_PARTNER_VERBS = frozenset({"speak", "talk", "call", "contact", "confer", "phone"})
_UNANCHORED_OK = frozenset({"election", "consult", "statement"})
# Election words an article needs for its "victory" to be an election result
# outside a sentence that says so.
_ELECTION_DOC_WORDS = 3
# Aspectual and intention verbs: their event complement is the happening
# ("the protests began", "plans to lay off"), not the verb.
_ASPECTUAL: frozenset[str] = frozenset(_lexicon("aspectual_verbs.json"))
# Causative verbs: their infinitive complement took place ("led both sides to
# postpone").
_CAUSATIVE: frozenset[str] = frozenset(_lexicon("causative_verbs.json"))
# Verbs of discovery that, with a clause as complement, report a conclusion
# ("researchers found that ..."), a cognition verb's use (speech_verbs.json).
_FINDING_VERBS = frozenset({"find", "discover", "detect"})
# Travel to a place is a visit (PLOVER CONSULT), travel elsewhere no event.
_TRAVEL_VERBS = frozenset({"fly", "travel"})


@dataclass(frozen=True, slots=True)
class _Triggers:
    verbs: dict[str, str]
    nouns: dict[str, str]
    context_lemmas: frozenset[str]
    context_words: frozenset[str]
    object_types: dict[str, dict[str, str]]
    families: dict[str, str]
    compound_only: dict[str, frozenset[str]]
    compound_types: dict[str, str]
    phrasal: dict[str, frozenset[str]]


@functools.cache
def _triggers() -> _Triggers:
    """``data/event_triggers.json`` (its ``_about`` says what it covers and where
    it comes from), indexed by part of speech."""
    raw: dict[str, Any] = lexicon.load("transforms.events", "event_triggers.json")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for etype, cat in raw["categories"].items():
        for v in cat["verbs"]:
            verbs.setdefault(v, etype)
        for n in cat["nouns"]:
            # a compound ("press conference") is looked up by its head
            nouns.setdefault(n.split()[-1], etype)
    for v in _PARTNER_VERBS | _TRAVEL_VERBS:
        verbs.setdefault(v, "consult")
    return _Triggers(
        verbs=verbs,
        nouns=nouns,
        context_lemmas=frozenset(raw.get("context_nouns", [])),
        context_words=frozenset(raw.get("election_context_words", [])),
        object_types={k: dict(v) for k, v in raw.get("verb_object_types", {}).items()},
        families=dict(raw.get("families", {})),
        compound_only={k: frozenset(v) for k, v in raw.get("compound_only", {}).items()},
        compound_types=dict(raw.get("compound_types", {})),
        phrasal={k: frozenset(v) for k, v in raw.get("phrasal", {}).items()},
    )


def family(trigger: str) -> str:
    """The lemma family of a trigger: "election", "vote" and "elect" are one."""
    return _triggers().families.get(trigger, trigger)


def _may_trigger(pos: int, lemma: str) -> bool:
    """Cheap pre-test on the token's POS and lower-cased lemma: False means
    ``_trigger_type`` would return None."""
    trig = _triggers()
    if pos == VERB:
        return lemma in trig.verbs or lemma in trig.object_types
    return pos == NOUN and lemma in trig.nouns


def _candidate_indices(doc: Doc) -> list[int]:
    """Indices of the tokens that pass ``_may_trigger``, in order.

    Read from the POS and LEMMA arrays (each distinct verb or noun lemma looked
    at once), so the other tokens never become Token objects.
    """
    arr = doc.to_array([POS, LEMMA])
    pos = arr[:, 0]
    idx = np.flatnonzero((pos == VERB) | (pos == NOUN))
    strings = doc.vocab.strings
    may: dict[tuple[int, int], bool] = {}
    out: list[int] = []
    for i, p, lemma in zip(idx.tolist(), pos[idx].tolist(), arr[idx, 1].tolist(), strict=True):
        ok = may.get((p, lemma))
        if ok is None:
            ok = may[(p, lemma)] = _may_trigger(p, strings[lemma].lower())
        if ok:
            out.append(i)
    return out


def _trigger_type(tok: Token, sent: Span, *, election_doc: bool = False) -> str | None:
    trig = _triggers()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        i = tok.i
        if i >= 2 and tok.doc[i - 1].text == "-" and not tok.doc[i - 1].whitespace_:
            # "cease-fire" is split by the tokenizer; the whole word decides.
            whole = f"{tok.doc[i - 2].lower_}-{lemma}"
            if whole in trig.nouns:
                return trig.nouns[whole]
        compounds = {k.lemma_.lower() for k in tok.children if k.dep_ == "compound"}
        for c in compounds:
            typed = trig.compound_types.get(f"{c} {lemma}")
            if typed is not None:
                return typed
        needed = trig.compound_only.get(lemma)
        if needed is not None and not (needed & compounds):
            return None
        etype = trig.nouns.get(lemma)
    elif tok.pos_ == "VERB":
        overrides = trig.object_types.get(lemma)
        if overrides:
            objects = {k.lemma_.lower() for k in tok.children if k.dep_ in ("dobj", "oprd", "attr")}
            for obj, override in overrides.items():
                if obj in objects:
                    if override == "none":
                        # a figure of speech or a comparison ("beat
                        # expectations", "cut the lead", "restore faith")
                        return None
                    if (
                        override == "election"
                        and obj in trig.context_lemmas
                        and not any(t.lower_ in trig.context_words for t in sent)
                    ):
                        # "claimed a 6-4 victory": a match, not an election
                        return "other"
                    return override
        if lemma in _FINDING_VERBS and any(k.dep_ == "ccomp" for k in tok.children):
            # "the study found [that patients had fewer events]": a finding
            # reported like speech, not a discovery that happened
            return None
        # Checked after the object types: "take office" needs no particle,
        # "take over" does.
        particles = trig.phrasal.get(lemma)
        if particles is not None and not any(
            k.dep_ == "prt" and k.lower_ in particles for k in tok.children
        ):
            return None
        etype = trig.verbs.get(lemma)
        if lemma in _PARTNER_VERBS and not _has_partner(tok):
            return None
        if lemma in _TRAVEL_VERBS:
            # "flew to Moscow" is a visit; "prices flew" is not an event
            return "consult" if _to_place(tok) else None
    else:
        return None
    # "win", "victory", "defeat" are election results only where the sentence
    # is about an election; elsewhere (sport, business) they are other events.
    if lemma in trig.context_lemmas:
        if election_doc or any(t.lower_ in trig.context_words for t in sent):
            return "election"
        return etype if etype != "election" else None
    return etype


# Adverbs that make a clause habitual or generic ("Apple typically releases
# new iPhones in September"): no single happening is reported.
_HABITUAL: frozenset[str] = frozenset(_lexicon("habitual_adverbs.json"))


def _not_a_happening(tok: Token) -> bool:
    """A trigger word used as a modifier ("championship points", "heart attack
    risk"), as the content of a noun ("the right to appoint"), in a habitual
    clause, or under a negated modal."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("compound", "amod", "nmod"):
        return True
    if (
        tok.pos_ == "VERB"
        and tok.dep_ in ("acl", "advcl")
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)
        and (tok.dep_ == "acl" or _purpose_head(tok.head))
    ):
        # "the right to appoint a director", "time to conduct assessments",
        # "his decision to concede": an infinitive that completes a noun names
        # a possible or intended act, the noun's content; so does a purpose
        # adjunct ("left the state to block the plan", "met to discuss the
        # next steps"): the text does not say that it took place.
        return True
    if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound", "nmod"):
        # a participle before a noun ("the host city", "a leaked letter")
        # describes the noun; no happening is reported by it
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "conj":
        # "issues such as presidential powers, tariffs, guns, race": a trigger
        # noun listed among things that are no happenings names a topic.
        first = tok
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.pos_ in ("NOUN", "PROPN") and not _may_trigger(first.pos, first.lemma_.lower()):
            return True
    if (
        tok.pos_ == "VERB"
        and tok.dep_ == "relcl"
        and tok.head.tag_ == "NNS"
        and not tok.head.ent_type_
    ):
        # "the voters who opposed her", "donors who assist them", "people
        # who have died": a relative clause on a plural common noun picks out
        # a group by what its members do; it reports no single happening.
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and _counted(tok):
        # "15 cardiovascular events", "eight fixtures", "several rounds of
        # layoffs": a tally of many happenings, none of them reported.
        return True
    if _imperative(tok) or _denied_possibility(tok):
        return True
    verb = tok if tok.pos_ == "VERB" else tok.head
    return any(k.lower_ in _HABITUAL for k in verb.children if k.dep_ == "advmod")


def _purpose_head(head: Token) -> bool:
    """A verb whose infinitive adjunct is its purpose ("left the state to
    block the plan", "met to discuss"): not a copula or a verb with an
    adjective complement ("I'm pleased to welcome you": the feeling's cause) and not "go on" / "carry on", whose
    infinitive is the next thing done ("would go on to name him"), and not an
    infinitive itself: in "plans to call Trump to congratulate him" the
    congratulation is what the planned act is about, and the row that
    reports the plan."""
    return (
        head.pos_ == "VERB"
        and head.lemma_ != "be"
        and not any(k.dep_ == "aux" and k.lower_ == "to" for k in head.children)
        and not any(
            (k.dep_ == "prt" and k.lower_ == "on") or k.dep_ == "acomp" for k in head.children
        )
    )


def _denied_possibility(tok: Token) -> bool:
    """A negated modal ("can't yet be ruled out", "would not be denied"):
    the text denies that something is possible or likely, it reports neither
    a happening nor its absence. "Will not" is a plan that something will not
    happen and stays a (negated) event."""
    for t in (tok, tok.head if tok.dep_ == "xcomp" else None):
        if t is None:
            continue
        kids = [(k.lower_, k.dep_) for k in t.children]
        if any(low in _NEG_WORDS or dep == "neg" for low, dep in kids) and any(
            dep == "aux" and low in _HYPOTHETICAL_AUX | _NEG_MODALS for low, dep in kids
        ):
            return True
    return False


# Contracted negative modals as the tokenizer leaves them ("ca" of "can't").
_NEG_MODALS = frozenset({"ca"})


def _imperative(tok: Token) -> bool:
    """A bare-form main verb with no subject or auxiliary ("please visit the
    website", "call 911"): an instruction to the reader, nothing that happened."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB" or tok.dep_ != "ROOT":
        return False
    return not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for k in tok.children)


_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "dozens", "hundreds"})


def _year(tok: Token) -> bool:
    """ "the 2026 elections": a year dates, it does not count."""
    return tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2999


def _counted(tok: Token) -> bool:
    """A plural noun with a number or an indefinite quantifier, directly or
    through "rounds of" / "dozens of"."""
    for t in (tok, tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None):
        if t is None:
            continue
        for k in t.children:
            if (k.dep_ == "nummod" and not _year(k)) or (
                k.dep_ == "amod" and k.lower_ in _QUANTIFIERS
            ):
                return True
        if t is not tok and t.lower_ in _QUANTIFIERS:
            return True
    return False


def _fold_complements(trig_toks: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """One happening per predicate-complement pair.

    An aspectual or intention verb whose complement is a trigger ("the
    protests began", "ended their strike") is not a happening of its own: the
    complement is, and takes the verb's date through the tree. Conversely the
    infinitive complement of an event verb is the content of that act, not a
    second happening ("voted to accept", "refused to meet", "asked Oli to step
    down", "threatened to remove").
    """
    is_trig = {tok.i for tok, _ in trig_toks}

    def aspectual(t: Token) -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in _ASPECTUAL

    drop: set[int] = set()
    for tok, _ in trig_toks:
        if tok.pos_ != "VERB":
            continue
        if aspectual(tok):
            # (a verbal complement outside the vocabulary still carries the
            # happening: "the rain started to taper off")
            if any(
                (k.dep_ == "xcomp" and k.pos_ == "VERB")
                or (
                    k.i in is_trig and k.dep_ in ("nsubj", "nsubjpass", "dobj") and k.pos_ == "NOUN"
                )
                for k in tok.children
            ):
                drop.add(tok.i)
        elif (
            tok.dep_ == "xcomp"
            and tok.head.i in is_trig
            and tok.head.pos_ == "VERB"
            and not aspectual(tok.head)
        ):
            drop.add(tok.i)
    # "voted to accept a contract offer and end ...": a conjunct of a folded
    # complement is part of the same content.
    for tok, _ in trig_toks:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.i in drop:
            head = tok.head
            if head.dep_ == "xcomp" and not aspectual(head):
                drop.add(tok.i)
    # "secured a partial victory in his trial", "snubbed by voters in their
    # nominations": a trigger noun after "in" that places another trigger's
    # happening is its setting, not a second happening reported here.
    for tok, _ in trig_toks:
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and tok.head.head.i in is_trig
        ):
            drop.add(tok.i)
    # "faced life in prison if convicted": a condition is no happening.
    for tok, _ in trig_toks:
        if tok.pos_ == "VERB" and any(
            k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in tok.children
        ):
            drop.add(tok.i)
    # "a ceremony hosted by Trevor Noah": a participle describing an event
    # noun is part of that happening.
    for tok, _ in trig_toks:
        if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.i in is_trig:
            drop.add(tok.i)
    # "No injuries or deaths", "the flood and its death toll": event nouns
    # coordinated under one head and of one type are one reported happening
    # (en-dev guide, individuation).
    types = {tok.i: etype for tok, etype in trig_toks}
    for tok, etype in trig_toks:
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "conj"
            and tok.head.pos_ == "NOUN"
            and types.get(tok.head.i) == etype
        ):
            drop.add(tok.i)
    return [(tok, etype) for tok, etype in trig_toks if tok.i not in drop]


def _to_place(tok: Token) -> bool:
    return any(
        k.dep_ == "prep"
        and k.lower_ == "to"
        and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in k.children)
        for k in tok.children
    )


def _has_partner(tok: Token) -> bool:
    """A contact verb with a partner: "spoke with X", "X and Y talked", "called X"."""
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ in ("with", "to"):
            return any(c.dep_ == "pobj" and c.ent_type_ for c in k.children)
        if k.dep_ == "dobj" and k.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return tok.lemma_ != "speak"
        if (
            k.dep_ == "prep"
            and k.lower_ == "by"
            and any(c.lemma_ in ("phone", "telephone", "video", "videolink") for c in k.children)
        ):
            return True
        if k.dep_ in ("nsubj", "nsubjpass") and (
            k.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in k.children)
        ):
            # "the two leaders spoke", "Putin and Trump talked"
            return True
    return False


def _light_head(tok: Token) -> Token:
    """A noun trigger's clause head: "were in [contact]" -> "were"."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("pobj", "dobj", "attr") and t.head != t:
            t = t.head
            if t.dep_ == "prep" and t.head != t:
                t = t.head
            if t.pos_ in ("VERB", "AUX") and t.lemma_ in _LIGHT_VERBS:
                return t
        else:
            break
    return tok


def _nearest_trigger(
    tok: Token, owners: dict[int, int], *, via_subject: bool = False
) -> int | None:
    """Index of the nearest trigger at or above ``tok`` in the sentence's tree.

    With ``via_subject``, a predicate that is not a trigger passes the claim to
    its subject when that is one ("the talks were held [on Monday]", "contacts
    can be disclosed [after Jan. 20]").
    """
    t = tok
    for _ in range(64):
        if t.i in owners:
            return owners[t.i]
        if via_subject and t.pos_ in ("VERB", "AUX", "ADJ"):
            for k in t.children:
                if k.dep_ in ("nsubj", "nsubjpass") and k.i in owners:
                    return owners[k.i]
        if t.head == t:
            return None
        if via_subject and t.dep_ in ("ccomp", "parataxis") and _is_cue(t.head):
            # A date inside what someone said dates the said thing, not the
            # saying: "'back in 2020, they tried ...,' one source said".
            return None
        t = t.head
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _modality(trigger: Token, sent: Span, *, etype: str, dated_after: bool, reported: bool) -> str:
    # Walk the trigger and its verbal heads (xcomp/ccomp chains: "has yet to
    # congratulate", "is expected to increase").
    chain: list[Token] = [trigger]
    t = trigger
    while t.dep_ in _CHAIN_DEPS and t.head != t:
        t = t.head
        chain.append(t)
        if len(chain) > 4:
            break
    n_first = 3 if trigger.pos_ == "VERB" else 4
    # (lower, dep) of the children of the chain's first links, read once.
    kids = [[(k.lower_, k.dep_) for k in c.children] for c in chain[: max(2, n_first)]]
    for ks in kids[:2]:
        if any(low in _NEG_WORDS for low, _ in ks):
            return "negated"
        if any(low == "yet" and dep in ("advmod", "dep") for low, dep in ks):
            return "negated"
    # "has yet to congratulate": "yet" hangs off the auxiliary's head.
    if trigger.dep_ == "xcomp" and any(k.lower_ == "yet" for k in trigger.head.children):
        return "negated"
    first = chain[:n_first]
    auxes = {low for ks in kids[:n_first] for low, dep in ks if dep in ("aux", "auxpass")}
    marks = {low for ks in kids[:n_first] for low, dep in ks if dep == "mark"}
    if auxes & _HYPOTHETICAL_AUX or "if" in marks or "should" in marks:
        return "hypothetical"
    if auxes & _FUTURE_AUX or any(c.lemma_ in _EXPECT_LEMMAS for c in first[1:]) or dated_after:
        return "expected"
    if reported and etype != "statement":
        return "reported"
    return "asserted"


def _is_cue(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_ in _ATTRIB_CUES


def _in_reported_scope(trigger: Token, sent: Span, sent_low: str, in_quote: bool) -> bool:
    """The trigger is part of what someone else says, not background.

    Inside a quotation, or in the content clause of an attribution verb
    ("officials told The Moscow Times [that Putin and Trump spoke]", "[Putin and
    Trump spoke], officials said"), or anywhere in the main clause of a
    sentence sourced "according to" someone. Adjuncts such as "In the run-up to
    Tuesday's election, officials said ..." or an appositive "freed in an
    exchange in August" are the reporter's own background.
    """
    if in_quote:
        return True
    t = trigger
    for _ in range(32):
        head = t.head
        if head == t:
            break
        if t.dep_ in ("ccomp", "parataxis") and _is_cue(head):
            return True
        if _is_cue(head) and t.dep_ in ("dobj", "xcomp") and head.lemma_ in ("report", "confirm"):
            return True
        t = head
    # The cue is inside the clause: "[X spoke], officials said" parses as the
    # cue hanging under the reported verb.
    if any(_is_cue(k) and k.dep_ in ("parataxis", "ccomp", "advcl") for k in trigger.children):
        return True
    if "according to" in sent_low or "citing" in sent_low:
        root = sent.root
        path = [trigger, *trigger.ancestors]
        return root in path and not any(
            x.dep_ in ("advcl", "relcl", "appos", "acl") for x in path[:-1]
        )
    return False


def _source_for(
    sent: Span,
    sent_low: str,
    quotes: Sequence[QuoteRecord],
    sources: Sequence[SourceRecord],
    mentions_in_sent: Sequence[MentionRecord],
    roots: Sequence[Token | None],
) -> int | None:
    for q in quotes:
        if q.source_n is not None and q.char_start < sent.end_char and q.char_end > sent.start_char:
            return q.source_n
    # A named source is the subject of an attribution verb here ("Peskov
    # told reporters"); the outlet it was told to ("told The Moscow Times") is
    # the medium, not the source.
    refs: set[EntityRef] = set()
    for m, root in zip(mentions_in_sent, roots, strict=True):
        if root is not None and root.dep_ in ("nsubj", "nsubjpass") and _is_cue(root.head):
            refs.add(m.entity)
    for s in sources:
        if s.entity is not None and s.entity in refs:
            return s.n
    for s in sources:
        if s.description and s.description.lower() in sent_low:
            return s.n
    return None


def extract_events(
    doc: Doc,
    *,
    mentions: Sequence[MentionRecord],
    timexes: Sequence[TimexRecord],
    quotes: Sequence[QuoteRecord],
    sources: Sequence[SourceRecord],
    published_date: dt.date | None,
    text: str | None = None,
) -> tuple[EventRecord, ...]:
    """Events of one article in text order (sentence, then trigger position).

    ``text``, when given, must equal ``doc.text``: sentence texts are sliced
    from it rather than rebuilt token by token.
    """
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return ()
    body = doc.text if text is None else text
    # Only words in quotation marks are the speaker's own and left to the
    # quotes table; a happening inside a reported (indirect) clause is still
    # an event, its modality says it is reported.
    direct = [q for q in quotes if q.kind != "indirect"]
    candidates = _candidate_indices(doc)
    # Sorted by start, so that each sentence takes its slice by bisection
    # rather than scanning the article's records (long articles have thousands).
    dated = sorted((t for t in timexes if _dates_a_happening(t)), key=lambda t: t.char_start)
    value_of = {t.n: t.value for t in dated}
    dated_starts = [t.char_start for t in dated]
    by_start = sorted(mentions, key=lambda m: m.char_start)
    mention_starts = [m.char_start for m in by_start]
    out: list[tuple[int, int, EventRecord]] = []
    # Mentions that report one particular happening by their own grammar
    # (``_reports_one_happening``), kept even without a named actor or a date.
    definite: set[tuple[int, str, int | None]] = set()
    # Of those, the ones reported in a clause of their own (kept as the row's
    # sentence over a passing noun, see ``merge_mentions``).
    clausal: set[tuple[int, str, int | None]] = set()
    places: dict[tuple[int, str, int | None], frozenset[EntityRef]] = {}
    # Noun mentions that refer back to a happening named before ("the win").
    anaphoric: set[tuple[int, str, int | None]] = set()
    # An article that speaks of voting again and again is about an election:
    # its "victory" and "win" are election results even in a sentence that
    # does not say so ("Ms. Spanberger's commanding victory"). One passing
    # word ("snubbed by voters") does not make a sports story one.
    context_words = _triggers().context_words
    election_doc = sum(t.lower_ in context_words for t in doc) >= _ELECTION_DOC_WORDS
    for sent in doc.sents:
        sent_text = body[sent.start_char : sent.end_char]  # == sent.text
        if not any(ch.isalpha() for ch in sent_text):
            continue
        trig_toks: list[tuple[Token, str]] = []
        for i in candidates[
            bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)
        ]:
            tok = doc[i]
            if _not_a_happening(tok):
                continue
            etype = _trigger_type(tok, sent, election_doc=election_doc)
            if etype is not None:
                trig_toks.append((tok, etype))
        trig_toks = _fold_complements(trig_toks)
        sent_timex = [
            t
            for t in dated[
                bisect_left(dated_starts, sent.start_char) : bisect_left(
                    dated_starts, sent.end_char
                )
            ]
            if t.char_end <= sent.end_char
        ]
        # Tokens that own a subtree: the trigger, and for noun triggers their
        # light verb.
        owners: dict[int, int] = {}
        for n, (tok, _) in enumerate(trig_toks):
            owners.setdefault(tok.i, n)
            if tok.pos_ == "NOUN":
                owners.setdefault(_light_head(tok).i, n)
        date_of: dict[int, TimexRecord] = {}
        extra: list[tuple[Token, TimexRecord]] = []
        said_dates: list[tuple[Token, TimexRecord]] = []
        tx: TimexRecord | None
        for tx in sent_timex:
            root = _span_root(doc, tx.char_start, tx.char_end)
            if root is None:
                continue
            if root.dep_ == "pobj" and root.head.lower_ in _INTERVAL_START:
                # "the first playoff at the Masters since 2017", "infected 120
                # people since January": the date opens an interval that runs
                # up to the reported time; nothing reported happened on it.
                continue
            n_opt = _nearest_trigger(
                root.head if root.head != root else root, owners, via_subject=True
            )
            if n_opt is None:
                # No listed trigger governs the date. Its predicate dates the
                # predicate's subject when that is a trigger ("talks are set for
                # Monday", "dialogue ... is currently frozen"); otherwise the
                # predicate itself is the event.
                gov = root
                while gov.pos_ not in ("VERB", "AUX") and gov.dep_ != "ROOT" and gov.head != gov:
                    gov = gov.head
                if gov.pos_ == "AUX" and gov.head != gov and gov.dep_ in ("aux", "auxpass"):
                    gov = gov.head
                subj = [
                    owners[k.i]
                    for k in gov.children
                    if k.dep_ in ("nsubj", "nsubjpass") and k.i in owners
                ]
                if subj:
                    n_opt = subj[0]
                elif gov.lemma_ in _SPEECH_LEMMAS:
                    # "X said Wednesday that it completed ...": the saying's
                    # date dates what was said, when that has none of its own.
                    said_dates.append((gov, tx))
                    continue
                else:
                    if gov.pos_ in ("VERB", "AUX", "ADJ"):
                        extra.append((gov, tx))
                    continue
            cur = date_of.get(n_opt)
            tok = trig_toks[n_opt][0]
            if cur is None or abs(tx.char_start - tok.idx) < abs(cur.char_start - tok.idx):
                date_of[n_opt] = tx
        for cue, tx in said_dates:
            clauses = [k for k in cue.children if k.dep_ in ("ccomp", "xcomp", "parataxis")]
            # Not words in quotation marks: the saying's date dates a
            # reported "that" clause, while a direct quotation keeps the
            # speaker's own time ("'We just signed the other day,' Trump said
            # on Thursday").
            said_inner = [
                n
                for n, (t2, _) in enumerate(trig_toks)
                if any(c.left_edge.i <= t2.i <= c.right_edge.i for c in clauses)
                and not any(q.char_start <= t2.idx < q.char_end for q in direct)
            ]
            if said_inner:
                if not any(n in date_of for n in said_inner):
                    date_of[said_inner[0]] = tx
            elif clauses and clauses[0].pos_ == "VERB":
                extra.append((clauses[0], tx))
        # A temporal clause ("As the U.S. tallied votes on Wednesday, Putin
        # oversaw ...", "when ...", "while ...") shares its date with the
        # clause it modifies.
        for n, (tok, _) in enumerate(trig_toks):
            if n in date_of:
                continue
            # a noun trigger shares the clauses of the verb it is the object
            # or subject of ("Putin oversaw the launch ...")
            heads = [tok]
            if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
                heads.append(tok.head)
            for clause in (k for h in heads for k in h.children):
                if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in _TEMPORAL_MARKS for m in clause.children
                ):
                    continue
                inner = [
                    date_of[k]
                    for k, (t2, _) in enumerate(trig_toks)
                    if k in date_of and clause.left_edge.i <= t2.i <= clause.right_edge.i
                ]
                if inner:
                    date_of[n] = inner[0]
                    break
        # One happening, one row: a noun trigger that is the object of a verb
        # trigger of the same type ("claimed victory", "congratulated ... with
        # congratulations") is folded into the verb, which keeps any date.
        index_of = {tok.i: n for n, (tok, _) in enumerate(trig_toks)}
        folded: set[int] = set()
        for n, (tok, etype) in enumerate(trig_toks):
            if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "attr", "oprd"):
                continue
            v = index_of.get(tok.head.i)
            if v is not None and trig_toks[v][1] == etype:
                folded.add(n)
                if v not in date_of and n in date_of:
                    date_of[v] = date_of[n]
        items: list[tuple[Token, str, TimexRecord | None]] = [
            (tok, etype, date_of.get(n))
            for n, (tok, etype) in enumerate(trig_toks)
            if n not in folded
        ]
        seen_extra: set[int] = set()
        for gov, tx in extra:
            # A copula or "have" states a fact, it does not report a happening.
            if gov.i in seen_extra or gov.i in owners or gov.lemma_ in _STATIVE | _SPEECH_LEMMAS:
                continue
            if tx.value == "PRESENT_REF":
                # "Now, the 23-year-old has responded ...": "now" places the
                # text, it does not date a verb outside the vocabulary
                continue
            if gov.dep_ in ("acl", "amod", "xcomp", "attr", "nsubj", "nsubjpass", "dobj", "pobj"):
                # a participle describing a noun ("cars stuck in floods
                # overnight") states a condition, not a happening; the
                # complement of a verb outside the vocabulary ("continued
                # working through the morning", "were forecast to affect")
                # is that verb's aspect or forecast, not a reported happening;
                # a "verb" in a noun's function is a tagging slip ("There were
                # eight Premier League fixtures on Saturday")
                continue
            seen_extra.add(gov.i)
            if any(q.char_start <= gov.idx < q.char_end for q in direct):
                # A verb outside the vocabulary inside a quotation is the
                # speaker's wording ("ready to witness history tonight?"),
                # not a happening the text reports: the quotes table has it.
                continue
            items.append((gov, "other", tx))
        if not items:
            continue
        m_in = [
            m
            for m in by_start[
                bisect_left(mention_starts, sent.start_char) : bisect_left(
                    mention_starts, sent.end_char
                )
            ]
            if m.char_end <= sent.end_char
        ]
        sent_quotes = [
            q for q in direct if q.char_start < sent.end_char and q.char_end > sent.start_char
        ]
        sent_low = sent_text.lower()
        roots = [_span_root(doc, m.char_start, m.char_end) for m in m_in]
        source_n = _source_for(sent, sent_low, quotes, sources, m_in, roots)
        # Per candidate actor, what does not depend on the trigger: its owning
        # trigger and the heads its subject-like ancestors attach to.
        # Places where a trigger's happening took place ("talks in Geneva").
        place_owner = [
            (m.entity, _nearest_trigger(root, owners))
            for m, root in zip(m_in, roots, strict=True)
            if root is not None and _location(m, root)
        ]
        candidates_for_actors = [
            (
                m.entity,
                root.i,
                _nearest_trigger(root, owners),
                tuple(
                    t.head.i
                    for t in (root, *root.ancestors)
                    if t.i < len(doc) and t.dep_ in _SUBJECT_LINKS
                ),
            )
            for m, root in zip(m_in, roots, strict=True)
            if m.entity[0] in _ACTOR_TYPES and root is not None and not _location(m, root)
        ]
        for tok, etype, tx in items:
            in_quote = any(q.char_start <= tok.idx < q.char_end for q in sent_quotes)
            if in_quote and (tx is None or tx.value == "PRESENT_REF"):
                # What a speaker says without a date is their claim or view
                # ("we will keep advancing", "this truancy ends now"), carried
                # by the quotes table; a dated happening they report is still
                # one.
                continue
            reported = _in_reported_scope(tok, sent, sent_low, in_quote)
            after = bool(
                tx is not None
                and published_date is not None
                and tx.date_start is not None
                and tx.date_start > published_date
            )
            modality = _modality(tok, sent, etype=etype, dated_after=after, reported=reported)
            actors = _actors(tok, candidates_for_actors, owners)
            key = (sent.start_char, tok.lemma_.lower(), tx.n if tx else None)
            mine = owners.get(tok.i)
            here = frozenset(e for e, owner in place_owner if owner is not None and owner == mine)
            if here:
                places[key] = places.get(key, frozenset()) | here
            if _reports_one_happening(tok):
                clausal.add(key)
                definite.add(key)
            elif _possessed(tok):
                definite.add(key)
            if _definite_noun(tok):
                anaphoric.add(key)
            out.append(
                (
                    sent.start_char,
                    tok.idx,
                    EventRecord(
                        n=0,
                        event_type=etype,
                        trigger=tok.lemma_.lower(),
                        sentence=sent_text,
                        char_start=sent.start_char,
                        char_end=sent.end_char,
                        actors=actors,
                        timex_n=tx.n if tx is not None else None,
                        date_start=tx.date_start if tx is not None else None,
                        date_end=tx.date_end if tx is not None else None,
                        modality=modality,
                        source_n=source_n if modality == "reported" else None,
                    ),
                )
            )
    out.sort(key=lambda x: (x[0], x[1]))
    # Mentions of one happening become one row (transforms.events.instances).
    mentions_in_order = [replace(e, n=i) for i, (_, _, e) in enumerate(out, start=1)]
    merged = merge_mentions(
        mentions_in_order,
        family,
        lambda e: (e.char_start, e.trigger, e.timex_n) in clausal,
        lambda e: (e.char_start, e.trigger, e.timex_n) in anaphoric,
        lambda e: places.get((e.char_start, e.trigger, e.timex_n), frozenset()),
        lambda e: _when(e, value_of),
    )
    # A row must be anchored: a happening with neither a named participant nor
    # a date is, in news text, nearly always generic or figurative ("a deal
    # would help", "the attack on prices"). Elections, meetings and formal
    # statements are the exception: they are reported without named actors.
    kept = [
        e
        for e in merged
        if e.event_type in _UNANCHORED_OK
        or e.actors
        or e.timex_n is not None
        or (e.char_start, e.trigger, e.timex_n) in definite
        # "No injuries have been reported": a happening the text says did not
        # take place is reported as such, participants or not.
        or e.modality == "negated"
    ]
    return tuple(replace(e, n=i) for i, e in enumerate(kept, start=1))


def _dates_a_happening(t: TimexRecord) -> bool:
    """A time expression that can date an event row: a resolved date, or, in
    an article without a publication date, a calendar date the text leaves
    underspecified ("Monday" = XXXX-WXX-1, "last week", "Dec. 6"). Without
    the second, an undated article's events had no date to anchor them and
    were dropped as generic, and its "convicted last summer" and "convicted
    last week" merged as one undated happening. Durations and ``*_REF`` stay
    out: they say how long or roughly when, not which day."""
    if t.date_start is not None and t.date_end is not None:
        return True
    return t.type in ("DATE", "TIME") and t.value.startswith("XXXX")


def _when(e: EventRecord, value_of: dict[int, str]) -> object | None:
    """What dates a mention, for merging: its resolved dates, else the value of
    its underspecified time expression (two mentions dated "last summer" and
    "last week" are two happenings even when neither resolves)."""
    if e.date_start is not None:
        return (e.date_start, e.date_end)
    return value_of.get(e.timex_n) if e.timex_n is not None else None


# Finite verb forms of a clause that reports a happening: past ("rescued"),
# present perfect ("have rescued"), news present ("lays off").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _reports_one_happening(tok: Token) -> bool:
    """A verb trigger that is the finite predicate of a main clause with a
    subject ("Firefighters rescued ...", "A jury acquitted him"), or its passive
    ("was arrested"): a particular happening even when its participants have
    no names. Nouns, infinitives and modifiers ("a plan to cut") are not."""
    if (
        tok.pos_ == "VERB"
        and tok.dep_ == "xcomp"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() in _CAUSATIVE
        and _reports_one_happening(tok.head)
    ):
        # what a reported act caused took place: "talks that led both sides
        # to [postpone] tariff hikes"
        return True
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() in _LIGHT_VERBS - {"be", "have"}
        and _reports_one_happening(tok.head)
    ):
        # an event noun as the passive subject of a light verb is reported in
        # a clause of its own: "A recount was conducted", "talks were held"
        return True
    # a relative or adverbial clause with a subject of its own counts
    # ("Pennsylvania, where he was arrested"; "a company that cut jobs";
    # "even after the apps were restored")
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "conj", "ccomp", "relcl", "advcl"):
        return False
    kids = list(tok.children)
    subject_of = tok.head if tok.dep_ == "conj" else tok
    # a conjunct shares its head's subject ("items were dropped ... and were
    # recovered near the scene")
    if not any(k.dep_ in ("nsubj", "nsubjpass") for k in (*kids, *subject_of.children)):
        return False
    if tok.tag_ in _FINITE_TAGS:
        return True
    return tok.tag_ == "VBN" and any(
        k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE_TAGS for k in kids
    )


# Prepositions of place: a place named under one is where a happening took
# place, not a participant (the contract's actors exclude locations).
_PLACE_PREPS = frozenset(
    {"in", "at", "near", "across", "throughout", "inside", "outside", "around", "into"}
)


def _location(m: MentionRecord, root: Token) -> bool:
    """A place mention used as a location ("died in Lubbock", "floods across
    West Texas"), not as an acting government ("Texas sued ...")."""
    return m.entity[0] == "gpe" and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS


def _definite_noun(tok: Token) -> bool:
    """A noun trigger under a definite or demonstrative determiner or a
    possessive pronoun ("the win", "this deal", "her victory"): in news prose it refers back to a happening already
    named, unless it was not (then it starts an instance of its own)."""
    return tok.pos_ == "NOUN" and any(
        (k.dep_ == "det" and k.lower_ in ("the", "this", "that", "these", "those"))
        or (k.dep_ == "poss" and k.tag_ == "PRP$")
        for k in tok.children
    )


def _possessed(tok: Token) -> bool:
    """A noun trigger with a possessor names one particular happening ("end
    their strike", "Kennedy's column", "Oli's resignation"), not a generic one."""
    return tok.pos_ == "NOUN" and any(k.dep_ == "poss" for k in tok.children)


def _actors(
    trigger: Token,
    candidates: Sequence[tuple[EntityRef, int, int | None, tuple[int, ...]]],
    owners: dict[int, int],
) -> tuple[EntityRef, ...]:
    """Participants: entity mentions the trigger governs, plus its clause's subject.

    A mention belongs to the nearest trigger above it in the tree; for a noun
    trigger the subject of its verb also takes part ("Trump claimed victory").
    ``candidates`` holds, per actor-type mention of the sentence with a span
    root: its entity, the nearest trigger above the root, and the heads of the
    root's subject-like links (root and ancestors with a ``_SUBJECT_LINKS`` dep).
    """
    me = owners.get(trigger.i)
    # A noun trigger shares its verb's subject only as the verb's object or
    # under a light verb ("Trump claimed victory", "the teams were in
    # contact"), not from an adjunct ("Following Trump's victory, the Kremlin
    # started ...").
    subj_heads = {trigger.i}
    if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and trigger.head != trigger:
        # subject control: "Microsoft plans to [lay off] ..." -- the subject
        # of the governing verb is the complement's subject.
        subj_heads.add(trigger.head.i)
    if (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
        and trigger.head.head.pos_ in ("VERB", "AUX")
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in trigger.children)
    ):
        # an adverbial gerund's understood subject is its clause's:
        # "Mangione was transported ... after [waiving] his right"
        subj_heads.add(trigger.head.head.i)
    if trigger.pos_ == "NOUN":
        if (
            trigger.dep_ in ("dobj", "attr")
            and trigger.head != trigger
            and trigger.head.lemma_ not in _ATTRIB_CUES
        ):
            # not the reporter of a happening: "AP reported the death"
            subj_heads.add(trigger.head.i)
        subj_heads.add(_light_head(trigger).i)
    # "Shigeru Ishiba, who stepped down": the noun a relative clause hangs on
    # is its subject when the relative pronoun is.
    antecedent = trigger.head.i if _relative_subject(trigger) else None
    out: list[EntityRef] = []
    for entity, root_i, owner, link_heads in candidates:
        subj = any(h in subj_heads for h in link_heads) and owner in (me, None)
        if (
            (owner is not None and owner == me) or subj or root_i == antecedent
        ) and entity not in out:
            out.append(entity)
    return tuple(out)


def _relative_subject(tok: Token) -> bool:
    """A relative clause whose subject is the relative pronoun ("who", "which")."""
    return tok.dep_ == "relcl" and any(
        k.dep_ in ("nsubj", "nsubjpass") and k.tag_ in ("WP", "WDT") for k in tok.children
    )
