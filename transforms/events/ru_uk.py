"""Events in Russian and Ukrainian articles, from morphology instead of a parse.

No dependency parser ships for Ukrainian, and the English extractor's tree
walks (``transforms.events.extract``) have no counterpart here. What the
morphology gives is enough for the table's shape:

- triggers: a token whose dictionary form is in ``data/ru_uk_event_triggers.json``
  (PLOVER categories; verbs as finite forms, infinitives, gerunds and short
  participles, nouns as nouns; attributive participles are descriptions, not
  reports). Two-word entries match in sequence.
- the clause: a sentence split at ``;``, ``:``, a dash, and a comma that opens
  a subordinate or contrasting clause (", что", ", який", ", но"). Commas in a
  list of names do not split. Actors and dates come from the trigger's clause.
- actors: the person, organisation, place and media mentions of the clause,
  except one right after an attribution phrase ("по словам Пескова"): the
  speaker of a report is its source, not a participant.
- date: the dated time expression of the clause nearest the trigger; a date
  in a clause without a trigger (the saying: "В среду Песков заявил, что ...")
  dates the first undated trigger after it in the sentence.
- modality: negated ("не" before the trigger), hypothetical ("бы", "если",
  "может"), expected (future tense, "будет", "планирует", a date after the
  publication date), reported (inside a quotation or reported-speech row, or a
  sentence with a speech verb or attribution phrase), else asserted.

Mentions of one happening are merged into one row by ``instances.merge_mentions``
with the lexicon's groups as lemma families, exactly as for English; a row with
neither actors nor a date is dropped unless its type is reported without them
(elections, meetings, formal statements).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from contract.records import EntityRef, EventRecord, MentionRecord, QuoteRecord, TimexRecord
from transforms import lexicon
from transforms.entities.ru_uk_parse import Parse, Token
from transforms.events.instances import merge_mentions

_VERB_POS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_ACTOR_TYPES = frozenset({"person", "org", "gpe", "media"})
# A comma followed by one of these opens a new clause (subordinate, relative
# or contrasting); other commas (lists, apposition) do not.
_CLAUSE_OPENERS = (
    "что|чтобы|который|которая|которое|которые|которого|которой|которым|где|когда|если|"
    "хотя|но|а|однако|поскольку|так как|щоб|що|який|яка|яке|які|якого|якої|якому|де|коли|"
    "якщо|хоча|але|проте|оскільки|бо"
)
_CLAUSE_BREAK = re.compile(rf"[;:]|\s[—–-]\s|,\s*(?=(?:{_CLAUSE_OPENERS})\b)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    single: dict[str, tuple[str, str]]  # lemma -> (event_type, family)
    pairs: dict[tuple[str, str], tuple[str, str]]  # two-word entry -> (type, family)
    negation: frozenset[str]
    hypothetical: frozenset[str]
    expected: frozenset[str]
    undated_ok: frozenset[str]
    cues: frozenset[str]  # speech verbs (lemmas): the sentence reports someone's account
    phrases: tuple[str, ...]  # attribution phrases, lower case


@functools.cache
def _vocabulary(lang: str) -> _Vocabulary:
    entries = lexicon.load("transforms.events", "ru_uk_event_triggers.json")[lang]
    cues = lexicon.load("transforms.quotes", "ru_uk_cues.json")
    single: dict[str, tuple[str, str]] = {}
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    for etype, groups in entries["categories"].items():
        for group in groups:
            family = group[0]
            for lemma in group:
                words = lemma.split()
                if len(words) == 2:
                    pairs[(words[0], words[1])] = (etype, family)
                else:
                    single.setdefault(lemma, (etype, family))
    return _Vocabulary(
        single=single,
        pairs=pairs,
        negation=frozenset(entries["negation"]),
        hypothetical=frozenset(entries["hypothetical"]),
        expected=frozenset(entries["expected"]),
        undated_ok=frozenset(entries["undated_ok"]),
        cues=frozenset(cues["verbs"][lang]),
        phrases=tuple(p.lower() for p in cues["phrases"][lang]),
    )


def _lemmas(tok: Token, lang: str) -> list[tuple[str, bool]]:
    """(dictionary form, is verbal) readings of a token worth looking up."""
    out: list[tuple[str, bool]] = []
    for a in tok.analyses[:2]:
        if a.pos == "PRTF":  # attributive participle: a description, not a report
            continue
        verbal = a.pos in _VERB_POS
        lemma = a.lemma
        if lang == "uk" and a.pos == "GRND":
            # pymorphy3's Ukrainian dictionary keeps gerunds as their own lemma;
            # the regular -вши(сь) -> -ти(ся) gives the infinitive.
            low = tok.text.lower()
            if low.endswith("вшись"):
                lemma = low[:-5] + "тися"
            elif low.endswith("вши"):
                lemma = low[:-3] + "ти"
        if verbal or a.pos == "NOUN":
            out.append((lemma, verbal))
    return out


def _clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    cuts = [offset]
    cuts += [offset + m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    cuts.append(offset + len(sentence))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _clause_of(pos: int, clauses: Sequence[tuple[int, int]]) -> int:
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    return len(clauses) - 1


@dataclass(frozen=True, slots=True)
class _Trigger:
    index: int  # token index in the parse
    start: int
    lemma: str
    etype: str
    family: str
    verbal: bool


def _triggers(tokens: Sequence[Token], lang: str, voc: _Vocabulary) -> list[_Trigger]:
    out: list[_Trigger] = []
    skip = -1
    for i, tok in enumerate(tokens):
        if i <= skip or not tok.analyses:
            continue
        readings = _lemmas(tok, lang)
        if i + 1 < len(tokens):
            nxt = tokens[i + 1].lemma
            first = next((lem for lem, _ in readings if (lem, nxt) in voc.pairs), None)
            if first is not None:
                etype, family = voc.pairs[(first, nxt)]
                out.append(_Trigger(i, tok.start, f"{first} {nxt}", etype, family, False))
                skip = i + 1
                continue
        for lemma, verbal in readings:
            found = voc.single.get(lemma)
            if found is not None:
                out.append(_Trigger(i, tok.start, lemma, found[0], found[1], verbal))
                break
    return out


def _modality(
    tokens: Sequence[Token],
    trig: _Trigger,
    clause: tuple[int, int],
    voc: _Vocabulary,
    *,
    dated_after: bool,
    reported: bool,
) -> str:
    i = trig.index
    before = [t for t in tokens[max(0, i - 3) : i] if t.start >= clause[0]]
    lows = [t.text.lower() for t in before]
    # "не подписали", "не будет подписано", "не смогли договориться"
    if any(w in voc.negation for w in lows[-2:]):
        return "negated"
    clause_words = {t.text.lower() for t in tokens if clause[0] <= t.start < clause[1]}
    if clause_words & voc.hypothetical:
        return "hypothetical"
    tok = tokens[i]
    future = bool(tok.analyses) and "futr" in tok.analyses[0].grams
    expect = any(
        w in voc.expected or t.lemma in voc.expected for w, t in zip(lows, before, strict=True)
    )
    if future or expect or dated_after:
        return "expected"
    return "reported" if reported else "asserted"


def extract_events(
    parse: Parse,
    *,
    mentions: Sequence[MentionRecord],
    timexes: Sequence[TimexRecord],
    quotes: Sequence[QuoteRecord],
    published_date: dt.date | None,
) -> tuple[EventRecord, ...]:
    """Events of one Russian or Ukrainian article, one row per happening, in text order."""
    voc = _vocabulary(parse.lang)
    text = parse.text
    dated = [t for t in timexes if t.date_start is not None and t.date_end is not None]
    out: list[EventRecord] = []
    all_triggers: list[_Trigger] = []
    for s_start, s_end in parse.sentences:
        sentence = text[s_start:s_end]
        tokens = parse.tokens_in(s_start, s_end)
        trigs = _triggers(tokens, parse.lang, voc)
        if not trigs:
            continue
        all_triggers += trigs
        clauses = _clauses(sentence, s_start)
        low = sentence.lower()
        sent_quotes = [q for q in quotes if q.char_start < s_end and q.char_end > s_start]
        cue_in_sentence = any(t.lemma in voc.cues for t in tokens) or any(
            p in low for p in voc.phrases
        )
        # Dates by clause; a clause without a trigger hands its date on.
        sent_dates = [t for t in dated if s_start <= t.char_start and t.char_end <= s_end]
        date_of: dict[int, TimexRecord] = {}
        handed: list[TimexRecord] = []
        for tx in sent_dates:
            c = _clause_of(tx.char_start, clauses)
            same = [n for n, t in enumerate(trigs) if _clause_of(t.start, clauses) == c]
            if not same:
                handed.append(tx)
                continue
            n = min(same, key=lambda k: abs(trigs[k].start - tx.char_start))
            if n not in date_of:
                date_of[n] = tx
        for tx in handed:
            later = [n for n, t in enumerate(trigs) if t.start > tx.char_end and n not in date_of]
            if later:
                date_of[later[0]] = tx
        phrase_ends = [
            s_start + m.end() for p in voc.phrases for m in re.finditer(re.escape(p), low)
        ]
        for n, trig in enumerate(trigs):
            when = date_of.get(n)
            quoted = [
                q
                for q in sent_quotes
                if q.kind != "indirect" and q.char_start <= trig.start < q.char_end
            ]
            if quoted and when is None:
                # An undated claim inside a quotation is the speaker's view,
                # carried by the quotes table (as for English).
                continue
            holding = [q for q in sent_quotes if q.char_start <= trig.start < q.char_end]
            reported = bool(holding) or cue_in_sentence
            clause = clauses[_clause_of(trig.start, clauses)]
            after = bool(
                when is not None
                and published_date is not None
                and when.date_start is not None
                and when.date_start > published_date
            )
            modality = _modality(tokens, trig, clause, voc, dated_after=after, reported=reported)
            actors: list[EntityRef] = []
            for m in mentions:
                if not (clause[0] <= m.char_start and m.char_end <= clause[1]):
                    continue
                if m.entity[0] not in _ACTOR_TYPES or m.entity in actors:
                    continue
                # "по словам Пескова": the report's source, not a participant
                if any(0 <= m.char_start - e <= 2 for e in phrase_ends):
                    continue
                actors.append(m.entity)
            source = holding[0].source_n if holding else None
            out.append(
                EventRecord(
                    n=len(out) + 1,
                    event_type=trig.etype,
                    trigger=trig.lemma,
                    sentence=sentence,
                    char_start=s_start,
                    char_end=s_end,
                    actors=tuple(actors),
                    timex_n=when.n if when is not None else None,
                    date_start=when.date_start if when is not None else None,
                    date_end=when.date_end if when is not None else None,
                    modality=modality,
                    source_n=source if modality == "reported" else None,
                )
            )
    families = {t.lemma: t.family for t in all_triggers}
    merged = merge_mentions(out, lambda lemma: families.get(lemma, lemma))
    kept = [e for e in merged if e.event_type in voc.undated_ok or e.actors or e.date_start]
    return tuple(replace(e, n=i) for i, e in enumerate(kept, start=1))


def family(lang: str, lemma: str) -> str:
    """The lemma family of a trigger (the first word of its lexicon group), for
    scoring and merging; a lemma outside the lexicon is its own family."""
    voc = _vocabulary(lang)
    words = lemma.lower().split()
    hit = voc.pairs.get((words[0], words[1])) if len(words) == 2 else voc.single.get(lemma.lower())
    return hit[1] if hit is not None else lemma.lower()
