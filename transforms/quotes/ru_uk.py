"""Direct quotes and their sources in Russian and Ukrainian articles.

Quotation spans come from ``ru_uk_spans``. A span is someone's speech when an
attribution is attached to it: a dash and a clause with a speech verb after it
("...», — заявила Захарова"), a colon after a clause with a speech verb, or a
speech verb or attribution phrase (по словам, за словами) in its sentence. Spans
without one (titles, labels, outlet names in quotation marks) are not quotes.

The speaker is found in the attribution clause: a person mention, an outlet, an
unnamed-source description (источник, близкий к Кремлю; джерело в ОП) with its
count and affiliation, or a pronoun or role noun that refers back to the last
person named before the quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from contract.records import EntityRef, QuoteRecord, SourceRecord
from transforms import lexicon
from transforms.entities.ru_uk import Mention
from transforms.entities.ru_uk_parse import Parse, Token
from transforms.quotes.ru_uk_spans import Span, dash_speech, quote_spans

# A quoted span of at most this many words with no attribution at all is a
# label or a scare quote, never a quote row.
_MAX_LABEL_WORDS = 3
_WORD = re.compile(r"\w+")
# Tokens between a speech verb and its subject: "заявил пресс-секретарь президента РФ Дмитрий Песков".
_SUBJECT_WINDOW = 6
# A comma or "что"/"що" between the verb and the name starts the reported clause:
# "поінформував, що секретар РНБО Рустем Умєров ..." names someone else.
_CLAUSE_BREAK = frozenset({",", "что", "що", "чтобы", "щоб", ":"})
_DASH_AFTER = re.compile(r"^\s*[,!?…]?\s*[—–-]\s+")


@cache
def _cues() -> dict[str, Any]:
    data: dict[str, Any] = lexicon.load("transforms.quotes", "ru_uk_cues.json")
    return data


@cache
def _verbs(lang: str) -> frozenset[str]:
    return frozenset(v for v in _cues()["verbs"][lang] if " " not in v)


@cache
def _affiliation_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), a) for p, a in _cues()["affiliations"])


def affiliation_of(description: str) -> str | None:
    for pat, aff in _affiliation_rules():
        if pat.search(description):
            return aff
    return None


@dataclass(slots=True)
class _Source:
    kind: str
    anonymous: bool
    name: str | None = None
    entity: EntityRef | None = None
    description: str | None = None
    affiliation: str | None = None
    n_people: int | None = None
    quotes: list[int] = field(default_factory=list)

    def key(self) -> tuple[str, str]:
        return (self.kind, (self.name or self.description or "").lower())


@dataclass(frozen=True, slots=True)
class _Attribution:
    source: _Source | None
    speaker_text: str | None
    cue: str | None
    medium: str | None


class _Context:
    def __init__(self, parse: Parse, mentions: Sequence[Mention]) -> None:
        self.parse = parse
        self.lang = parse.lang
        self.text = parse.text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.quoted: list[tuple[int, int]] = []
        self.last_source: _Source | None = None
        self.last_source_at = -1

    def speech_subjects(self) -> list[Mention]:
        """People named as the subject of a speech verb, outside quotations.

        A person in the nominative within a few words of a speech verb in the same
        sentence ("заявил пресс-секретарь ... Дмитрий Песков", "Зеленський
        поінформував"): the speakers a later "он" or "представитель Кремля" refers to.
        """
        verbs = _verbs(self.lang)
        out: list[Mention] = []
        toks = self.parse.tokens
        index = {t.start: i for i, t in enumerate(toks)}
        cue_at = [
            i
            for i, t in enumerate(toks)
            if any(a.lemma in verbs and a.pos == "VERB" for a in t.analyses)
        ]
        for m in self.mentions:
            if m.entity[0] != "person" or any(s <= m.start < e for s, e in self.quoted):
                continue
            last = next((t for t in self.tokens(m.start, m.end)[-1:]), None)
            if last is None or not any("nomn" in a.grams for a in last.analyses):
                continue
            i = index.get(last.start)
            sent = self.sentence_of(m.start)
            if i is not None and any(
                abs(c - i) <= _SUBJECT_WINDOW
                and sent[0] <= toks[c].start < sent[1]
                and not _CLAUSE_BREAK & {t.text.lower() for t in toks[min(c, i) : max(c, i)]}
                for c in cue_at
            ):
                out.append(m)
        return out

    def tokens(self, start: int, end: int) -> list[Token]:
        return self.parse.tokens_in(start, end)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.parse.sentences:
            if s <= pos < e:
                return s, e
        return pos, pos

    def cue_in(self, start: int, end: int) -> tuple[str | None, Token | None]:
        low = self.text[start:end].lower()
        for phrase in _cues()["phrases"][self.lang]:
            if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
                return phrase, None
        verbs = _verbs(self.lang)
        for pos in (("VERB",), ("INFN", "GRND", "PRTF", "PRTS")):
            for t in self.tokens(start, end):
                for a in t.analyses:
                    if a.lemma in verbs and a.pos in pos:
                        return a.lemma, t
        if self.lang == "ru" and "обратил" in low and "внимание" in low:
            return "обратить внимание", None
        return None, None

    def last_cue_token(self, start: int, end: int) -> Token | None:
        verbs = _verbs(self.lang)
        found = None
        for t in self.tokens(start, end):
            if any(a.lemma in verbs and a.pos in ("VERB", "GRND") for a in t.analyses):
                found = t
        return found

    def is_attribution(self, clause: str) -> bool:
        if re.search(r"обрати\w* внимание|зверну\w* увагу", clause.lower()):
            return True
        words = [w.lower() for w in _WORD.findall(clause)][:6]
        parse_words = {t.text.lower(): t for t in self.parse.tokens}
        verbs = _verbs(self.lang)
        for w in words:
            t = parse_words.get(w)
            if t is not None and any(a.lemma in verbs for a in t.analyses):
                return True
        return False

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def person_at(self, pos: int) -> bool:
        return any(m.start <= pos < m.end and m.entity[0] == "person" for m in self.mentions)

    def last_person_before(self, pos: int, gender: str | None = None) -> Mention | None:
        """The last person named before ``pos`` outside quotations, agreeing in gender if given."""
        best = None
        for m in self.mentions:
            if m.end > pos:
                break
            if m.entity[0] != "person" or any(s <= m.start < e for s, e in self.quoted):
                continue
            if gender is not None and _gender(m.entity[1]) != gender:
                continue
            best = m
        return best


_GOVERNING = re.compile(
    r"(словам\w*|слова|данным|даними|мнению|думку|информации|інформацією|ссылкой|посиланням)\s+(\w+\s+){0,3}$",
    re.IGNORECASE,
)


def _can_be_speaker(ctx: _Context, m: Mention) -> bool:
    last = ctx.tokens(m.start, m.end)[-1:]
    if not last or not last[0].analyses or any("nomn" in a.grams for a in last[0].analyses):
        return True
    return bool(_GOVERNING.search(ctx.text[max(0, m.start - 60) : m.start]))


def _source_for_person(m: Mention) -> _Source:
    return _Source("person", False, name=m.entity[1], entity=m.entity)


def _anonymous(
    ctx: _Context, clause_start: int, clause_end: int, *, subject: bool = False
) -> tuple[_Source, str] | None:
    """An unnamed-source description in the clause, with count, affiliation and medium.

    With ``subject``, only a description that can be the sentence's subject
    (nominative, or after a count word: "два источника") counts, not an
    addressee ("розповів іноземним дипломатам").
    """
    nouns = set(_cues()["anonymous_nouns"][ctx.lang])
    weak = set(_cues()["anonymous_if_qualified"][ctx.lang])
    toks = ctx.tokens(clause_start, clause_end)
    for k, t in enumerate(toks):
        lemmas = {a.lemma for a in t.analyses}
        if lemmas & weak and not lemmas & nouns:
            # "дипломат", "представитель" alone refer back to a named person;
            # with a qualifier before them ("американский дипломат") they are unnamed.
            prev = toks[k - 1] if k else None
            unnamed = any(
                w in ctx.text[clause_start:clause_end].lower() for w in _cues()["anonymity_words"]
            )
            if prev is not None and prev.lemma in ("официальный", "офіційний") and not unnamed:
                continue  # "официальный представитель МИД": a spokesperson's title
            qualified = prev is not None and any(
                a.pos in ("ADJF", "NUMR") or a.lemma in _cues()["counts"] for a in prev.analyses
            )
            if not unnamed and not qualified:
                continue
        elif not lemmas & nouns:
            continue
        if subject and not any("nomn" in a.grams for a in t.analyses):
            prev_words = {x.text.lower() for x in toks[max(0, k - 3) : k]}
            if not prev_words & set(_cues()["counts"]):
                continue
        if k + 1 < len(toks) and toks[k + 1].is_upper_initial and ctx.person_at(toks[k + 1].start):
            continue
        if "официальный" in lemmas and not (k + 1 < len(toks) and toks[k + 1].lemma in nouns):
            continue
        # The description: a few words before the noun (count, adjectives) and
        # its modifiers after it, up to the end of the clause or a comma + verb.
        start = toks[max(0, k - 3)].start
        for j in range(k - 1, max(-1, k - 4), -1):
            if (
                toks[j].analyses and toks[j].analyses[0].pos in ("VERB", "PREP", "CONJ", "GRND")
            ) or toks[j].text in ",.:;—–-":
                start = toks[j + 1].start
                break
        end_tok = k
        for j in range(k + 1, min(len(toks), k + 9)):
            if toks[j].text in ".;:—–" or (
                toks[j].analyses and toks[j].analyses[0].pos in ("VERB", "GRND")
            ):
                break
            if toks[j].text == "," and not (
                j + 1 < len(toks)
                and toks[j + 1].lemma
                in ("близкий", "близький", "знакомый", "знайомий", "осведомленный", "обізнаний")
            ):
                break
            end_tok = j
        end = toks[end_tok].end
        description = ctx.text[start:end]
        count = None
        counts = _cues()["counts"]
        for w in _WORD.findall(description.lower()):
            if w in counts:
                count = counts[w]
                break
        plural = any("plur" in a.grams for a in t.analyses[:1])
        if count is None and not plural:
            count = 1
        src = _Source(
            "anonymous",
            True,
            description=description,
            affiliation=affiliation_of(description),
            n_people=count,
        )
        return src, description
    return None


def _medium(ctx: _Context, start: int, end: int, speaker: _Source | None) -> str | None:
    for m in ctx.mentions_in(start, end):
        if m.entity[0] == "media" and (speaker is None or speaker.name != m.entity[1]):
            return m.entity[1]
    platforms: dict[str, str] = _cues()["platforms"]
    for w in re.findall(r"[\w-]+", ctx.text[start:end]):
        # "X" the network only as the capital letter, never the Latin word "x".
        if w.lower() in platforms and (w.lower() != "x" or w == "X"):
            return platforms[w.lower()]
    return None


def _attribute(ctx: _Context, start: int, end: int, before: int) -> _Attribution:
    """Speaker, cue and medium from the clause text[start:end]; ``before`` is the quote start."""
    cue, _ = ctx.cue_in(start, end)
    anon = _anonymous(ctx, start, end)
    mentions = ctx.mentions_in(start, end)
    # A person in an oblique case is not the one speaking ("о заявлениях
    # Дональда Трампа") unless an attribution phrase governs it ("по словам Пескова").
    # Nor is anyone named inside a quotation ("«Пригожин блефует» и пытается «...»").
    mentions = [m for m in mentions if not any(qs <= m.start < qe for qs, qe in ctx.quoted)]
    people = [m for m in mentions if m.entity[0] == "person" and _can_be_speaker(ctx, m)]
    source: _Source | None = None
    speaker_text: str | None = None
    anon_at = ctx.text.find(anon[1], start) if anon is not None else -1
    if len(people) > 1:
        # Several people in the clause: the speaker stands next to the speech verb.
        cue_tok = ctx.last_cue_token(start, end)
        if cue_tok is not None:
            at = cue_tok.start
            people = sorted(people, key=lambda m: abs(m.start - at))
    if people and anon is not None and end <= before:
        # Before the quote: the speaker is whoever stands next to the speech verb nearest the quote.
        verb = ctx.last_cue_token(start, end)
        if verb is not None:
            near = min(people, key=lambda m: abs(m.start - verb.start))
            people = [near] if abs(near.start - verb.start) < abs(anon_at - verb.start) else []
    if people and (anon is None or people[0].start < anon_at):
        source = _source_for_person(people[0])
        speaker_text = people[0].text
    elif anon is not None:
        source, speaker_text = anon
    else:
        named = [m for m in mentions if m.entity[0] in ("media", "org", "gpe")]
        pron = _pronoun_or_role(ctx, start, end)
        if pron is not None:
            source = _resolve_back(ctx, pron, before)
            speaker_text = pron
        elif named:
            m = named[0]
            kind = "media" if m.entity[0] == "media" else "organization"
            source = _Source(kind, False, name=m.entity[1], entity=m.entity)
            speaker_text = m.text
    return _Attribution(source, speaker_text, cue, _medium(ctx, start, end, source))


_FEMININE_NAME = re.compile(r"(ova|eva|yova|ina|yna|aya|ska|tska|zka)$", re.IGNORECASE)


def _gender(english_name: str) -> str:
    parts = english_name.split()
    if _FEMININE_NAME.search(parts[-1]) or (
        len(parts) > 1
        and parts[0].endswith(("a", "ia"))
        and not parts[0].endswith(("ita", "yta", "lya", "llia"))
    ):
        return "femn"
    return "masc"


def _pronoun_gender(word: str) -> str | None:
    """Gender (or plural) of a personal pronoun that can stand for a speaker."""
    w = word.lower()
    if w in ("он", "він", "его", "його"):
        return "masc"
    if w in ("она", "вона", "ее", "её", "її"):
        return "femn"
    if w in ("они", "вони", "их", "їх", "їхніми"):
        return "plur"
    return None


def _resolve_back(ctx: _Context, word: str, before: int) -> _Source | None:
    """A pronoun or role noun: the previous quote's source if it agrees, else the last person named."""
    gender = _pronoun_gender(word)
    last = ctx.last_source
    if gender is None and last is not None and last.kind == "person":
        # A role noun ("написав дипломат", "добавил представитель Кремля") names
        # the person quoted just before.
        return last
    if gender == "plur":
        return last if last is not None and (last.anonymous or (last.n_people or 1) > 1) else None
    # The speaker in focus: whoever spoke last, as the previous quote's source or
    # as the subject of a speech verb, whichever comes later (and agrees in gender).
    subjects = [
        m
        for m in ctx.speech_subjects()
        if m.end <= before and (gender is None or _gender(m.entity[1]) == gender)
    ]
    subject = subjects[-1] if subjects else None
    last_ok = (
        last is not None
        and last.kind == "person"
        and last.name is not None
        and (gender is None or _gender(last.name) == gender)
    )
    if subject is not None and (not last_ok or subject.start > ctx.last_source_at):
        return _source_for_person(subject)
    if last_ok:
        return last
    ref = ctx.last_person_before(before, gender)
    return _source_for_person(ref) if ref is not None else last


def _pronoun_or_role(ctx: _Context, start: int, end: int) -> str | None:
    pronouns = set(_cues()["pronouns"][ctx.lang])
    roles = set(_cues()["role_nouns"][ctx.lang])
    for t in ctx.tokens(start, end):
        lemmas = {a.lemma for a in t.analyses} | {t.text.lower()}
        if lemmas & pronouns or lemmas & roles or _pronoun_gender(t.text) is not None:
            return t.text
    return None


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    clauses: tuple[tuple[int, int], ...]  # where to look for the attribution, best first
    group: int  # candidates of one split utterance share a group

    def _replace_group(self, group: int) -> _Candidate:
        return _Candidate(self.start, self.end, self.kind, self.clauses, group)


def _attribute_any(ctx: _Context, cand: _Candidate) -> _Attribution:
    """The first clause that names a source wins; the cue from the first clause that has one."""
    best: _Attribution | None = None
    cue: str | None = None
    for a_s, a_e in cand.clauses:
        att = _attribute(ctx, a_s, a_e, cand.start)
        cue = cue or att.cue
        if att.source is not None:
            best = att
            break
        if best is None:
            best = att
    assert best is not None
    if best.source is None and cand.kind == "partial":
        ref = ctx.last_person_before(cand.start)
        if ref is not None:
            best = _Attribution(_source_for_person(ref), best.speaker_text, best.cue, best.medium)
    return _Attribution(best.source, best.speaker_text, best.cue or cue, best.medium)


def extract_quotes(
    parse: Parse, mentions: Sequence[Mention]
) -> tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]:
    """Quote rows and their sources for one Russian or Ukrainian body."""
    ctx = _Context(parse, mentions)
    text = parse.text
    cands: list[_Candidate] = []
    group = 0
    for s, e, a_s, a_e in dash_speech(text, ctx.is_attribution):
        if e > s:
            # Two halves around one attribution share it (same a_s).
            if cands and cands[-1].clauses[0] == (a_s, a_e):
                cands.append(_Candidate(s, e, "full", ((a_s, a_e),), cands[-1].group))
            else:
                group += 1
                cands.append(_Candidate(s, e, "full", ((a_s, a_e),), group))
    dashed = [(c.start, c.end) for c in cands]
    for sp in quote_spans(text):
        if any(ds <= sp.start and sp.end <= de for ds, de in dashed):
            continue
        if sp.depth > 0:
            # Speech reported inside a quotation ("...каже: „Дивись...“"): the
            # colon-and-verb pattern of direct speech, one level down.
            inner = _nested_speech(ctx, sp)
            if inner is not None:
                group += 1
                cands.append(inner._replace_group(group))
            continue
        for c in _classify(ctx, sp):
            group += 1
            cands.append(
                _Candidate(
                    c.start,
                    c.end,
                    c.kind,
                    c.clauses,
                    group if c.group == 0 else c.group + 10_000 * group,
                )
            )
    ctx.quoted = [(c.start, c.end) for c in cands]
    for c in _indirect(ctx):
        group += 1
        cands.append(_Candidate(c.start, c.end, c.kind, c.clauses, group))
    cands.sort(key=lambda c: (c.start, c.end))
    reported = _reported_sources(ctx)

    sources: list[_Source] = []
    quotes: list[QuoteRecord] = []
    first_of_group: dict[int, tuple[int, _Attribution]] = {}
    for n, cand in enumerate(cands, start=1):
        while reported and reported[0][0] < cand.start:
            ctx.last_source_at, ctx.last_source = reported.pop(0)
        earlier = first_of_group.get(cand.group)
        att = earlier[1] if earlier is not None else _attribute_any(ctx, cand)
        cont = earlier[0] if earlier is not None else None
        if earlier is None:
            first_of_group[cand.group] = (n, att)
        source_n = None
        if att.source is not None:
            key = att.source.key()
            idx = next((i for i, src in enumerate(sources) if src.key() == key), None)
            if idx is None:
                sources.append(att.source)
                idx = len(sources) - 1
            sources[idx].quotes.append(n)
            source_n = idx + 1
            ctx.last_source = sources[idx]
            ctx.last_source_at = cand.start
        quotes.append(
            QuoteRecord(
                n=n,
                text=text[cand.start : cand.end],
                kind=cand.kind,
                char_start=cand.start,
                char_end=cand.end,
                source_n=source_n,
                speaker_text=att.speaker_text,
                cue=att.cue,
                medium=att.medium,
                continues_n=cont,
            )
        )
    records = tuple(
        SourceRecord(
            n=i + 1,
            kind=src.kind,
            anonymous=src.anonymous,
            name=src.name,
            entity=src.entity,
            description=src.description,
            affiliation=src.affiliation,
            n_people=src.n_people,
            n_quotes=len(src.quotes),
        )
        for i, src in enumerate(sources)
    )
    return tuple(quotes), records


_THAT = re.compile(r",?\s+(?:что|що)\s+", re.IGNORECASE)
# Matched at a sentence start with ``Pattern.match(text, pos)``, which anchors
# there: a "^" would only ever match at the start of the body, losing every
# later "по словам X, ...". The source is a name or description after the noun
# ("по словам министра") or a possessive pronoun before it ("по его словам").
_ACCORDING = re.compile(
    r"(?:по\s+(?:(?:его|ее|её|их)\s+)?(?:словам|данным|информации|мнению)"
    r"|за\s+(?:(?:його|її|їхніми|їх)\s+)?(?:словами|даними|інформацією))"
    r"(?:\s+[^,]{2,80})?,\s*",
    re.IGNORECASE,
)
# A reported clause shorter than this (outside its quoted parts) is the quote itself.
_MIN_INDIRECT_WORDS = 3
_QUOTE_CHARS = re.compile(r"[«»„“”\"]")


def _indirect(ctx: _Context) -> list[_Candidate]:
    """Reported speech: "X заявил, что ...", "по словам X, ...", "за даними X, ...".

    The row's text is the reported clause without the cue, the source, the
    "что/що" and the final period; the attribution is looked for before it.
    """
    out: list[_Candidate] = []
    text = ctx.text
    for s, e in ctx.parse.sentences:
        end = e
        while end > s and text[end - 1] in ".!…\n ":
            end -= 1
        m = _ACCORDING.match(text, s)
        if m is not None:
            out.extend(_indirect_span(ctx, m.end(), end, ((s, m.end()),)))
            continue
        cue = ctx.last_cue_token(s, end)
        if cue is None:
            continue
        that = _THAT.search(text, cue.end, end)
        if that is None:
            out.extend(_verb_after(ctx, s, end, cue))
            continue
        # "заявил, что": the conjunction follows the verb's own clause closely.
        if len(_WORD.findall(text[cue.end : that.start()])) > 8:
            continue
        out.extend(_indirect_span(ctx, that.end(), end, ((s, that.start()),)))
    return out


# At most this many words follow the verb in "..., добавил официальный
# представитель Кремля": a longer tail is a clause of its own, not a source.
_MAX_TAIL_WORDS = 6


def _verb_after(ctx: _Context, s: int, end: int, cue: Token) -> list[_Candidate]:
    """Reported speech before its attribution, without quotation marks:
    "Итоги будут обнародованы позднее, добавил представитель ведомства."

    The sentence's last speech verb opens its last comma clause (lower-case,
    right after the comma) and a short source follows it; the clause before
    the comma, free of quotation marks (those are direct speech, read
    elsewhere), is the row.
    """
    text = ctx.text
    comma = text.rfind(",", s, cue.start)
    if comma < 0 or text[comma + 1 : cue.start].strip() or not cue.text[:1].islower():
        return []
    if not any(a.pos == "VERB" for a in cue.analyses):
        return []
    tail = _WORD.findall(text[cue.end : end])
    if not 1 <= len(tail) <= _MAX_TAIL_WORDS:
        return []
    if any(qs < end and s < qe for qs, qe in ctx.quoted) or _QUOTE_CHARS.search(text, s, end):
        return []
    # A headline the sentence splitter left on top of the sentence is not part of it.
    start = text.rfind("\n", s, comma) + 1 or s
    while start < comma and text[start].isspace():
        start += 1
    return _indirect_span(ctx, start, comma, ((comma, end),))


def _indirect_span(
    ctx: _Context, start: int, end: int, clauses: tuple[tuple[int, int], ...]
) -> list[_Candidate]:
    if end <= start or any(qs <= start and end <= qe for qs, qe in ctx.quoted):
        return []
    outside = ctx.text[start:end]
    for qs, qe in ctx.quoted:
        if start <= qs and qe <= end:
            outside = outside.replace(ctx.text[qs:qe], " ")
    if len(_WORD.findall(outside)) < _MIN_INDIRECT_WORDS:
        return []
    return [_Candidate(start, end, "indirect", clauses, 0)]


def _reported_sources(ctx: _Context) -> list[tuple[int, _Source]]:
    """Unnamed sources that sentences without quotation marks cite with a speech verb.

    They are what a later "по их словам" or "they" refers to.
    """
    out: list[tuple[int, _Source]] = []
    for s, e in ctx.parse.sentences:
        if any(qs < e and s < qe for qs, qe in ctx.quoted):
            continue
        if ctx.cue_in(s, e)[0] is None:
            continue
        anon = _anonymous(ctx, s, e, subject=True)
        if anon is not None:
            out.append((e, anon[0]))
    return out


def _nested_speech(ctx: _Context, sp: Span) -> _Candidate | None:
    text = ctx.text
    sent_s, _ = ctx.sentence_of(sp.start)
    before = text[sent_s : sp.start - 1]
    if not re.search(r":\s*$", before) or not text[sp.start : sp.start + 1].isupper():
        return None
    colon = sent_s + before.rstrip().rfind(":")
    clause_start = max(sent_s, colon - 80)
    if ctx.cue_in(clause_start, colon)[0] is None:
        return None
    return _Candidate(sp.start, sp.end, "full", ((clause_start, colon),), 0)


_TOPIC_OF_CLAIM = re.compile(r"\b(?:про|о|об)\s*$", re.IGNORECASE)


def _split_inside(ctx: _Context, sp: Span) -> list[_Candidate]:
    """A quote split by its own attribution ("..., - сказала она. - ..."): both halves."""
    inner = ctx.text[sp.start : sp.end]
    for m in re.finditer(r"[,!?…]?\s+[—–-]\s+([^—–]+?)\.?\s+[—–-]\s+", inner):
        clause = m.group(1)
        if clause[:1].islower() and ctx.is_attribution(clause):
            a_s = sp.start + m.start(1)
            clauses = ((a_s, a_s + len(clause)),)
            return [
                _Candidate(sp.start, sp.start + m.start(), "full", clauses, 1),
                _Candidate(sp.start + m.end(), sp.end, "full", clauses, 1),
            ]
    return []


def _clause_after(text: str, start: int, line_end: int) -> int:
    stop = re.search(r"[.!?](?:\s|$)|:|$", text[start:line_end])
    return start + (stop.start() if stop else 0)


def _classify(ctx: _Context, sp: Span) -> list[_Candidate]:
    text = ctx.text
    qtext = text[sp.start : sp.end]
    if not qtext.strip():
        return []
    halves = _split_inside(ctx, sp)
    if halves:
        return halves
    close = sp.end + 1
    sent_s, sent_e = ctx.sentence_of(sp.start)
    sent_e = max(sent_e, close)
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    n_words = len(_WORD.findall(qtext))
    upper = qtext[:1].isupper()
    before = text[sent_s : sp.start - 1]
    after_clause = (close, sent_e)
    # "…», — заявила Захарова." / "…", стверджує Шлінчак.
    m = _DASH_AFTER.match(text[close:line_end]) or _COMMA_AFTER.match(text[close:line_end])
    if m is not None:
        a_s = close + m.end()
        a_e = _clause_after(text, a_s, line_end)
        if text[a_s : a_s + 1].islower() and ctx.is_attribution(text[a_s:a_e]):
            kind = (
                "full" if (upper and not before.strip()) or (n_words > 6 and upper) else "partial"
            )
            return [_Candidate(sp.start, sp.end, kind, ((a_s, a_e), (sent_s, sp.start)), 0)]
    if _is_name(ctx, sp):
        return []
    if text[sp.start - 2 : sp.start - 1] == "(" and text[sp.end + 1 : sp.end + 2] == ")":
        return []  # a gloss in parentheses: («non-paper»)
    head = _headline_speaker(ctx, sp.start)
    if head is not None:
        return [_Candidate(sp.start, sp.end, "partial", ((head.start, head.end),), 0)]
    # Speaker: «…» — a colon before a capitalized quotation is direct speech.
    if re.search(r":\s*$", before) and upper and n_words >= 3:
        return [_Candidate(sp.start, sp.end, "full", ((sent_s, sp.start), after_clause), 0)]
    # A fragment inside the reporter's sentence: a cue before it in the
    # sentence, or an attribution phrase anywhere in it.
    cue_before, _ = ctx.cue_in(sent_s, sp.start)
    phrase = _phrase_in(ctx, sent_s, sent_e)
    if cue_before is None and phrase is None:
        if n_words <= _MAX_LABEL_WORDS:
            return []
        cue_after, _ = ctx.cue_in(close, sent_e)
        prev = _previous_sentence(ctx, sent_s)
        if cue_after is None and (prev is None or ctx.cue_in(*prev)[0] is None):
            return []
        if cue_after is None and prev is not None:
            # "По их словам, ... . Однако ..., «пришло понимание, что ...»": a
            # quoted clause right after an attributed sentence continues it.
            return [_Candidate(sp.start, sp.end, "partial", (prev, (sent_s, sp.start)), 0)]
    if n_words <= _MAX_LABEL_WORDS and _LABEL_BEFORE.search(before.lower().rstrip()):
        return []
    if _TOPIC_OF_CLAIM.search(before) and _after_noun(ctx, sp.start):
        return []  # "заяви про «атаку на резиденцію»": the claim's name, not its words
    if n_words <= _MAX_LABEL_WORDS and _modified_by_adjective(ctx, sp.start):
        return []  # "отриманий «мирний план»": a noun phrase with a quoted label
    kind = "full" if (upper and n_words > 6 and not before.strip()) else "partial"
    return [_Candidate(sp.start, sp.end, kind, ((sent_s, sp.start), after_clause), 0)]


_COMMA_AFTER = re.compile(r"^\s*,\s+(?=\w)")
_LABEL_BEFORE = re.compile(
    r"(так называем\w*|так звані?\w*|т\.\s?н\.|слов\w*|термін\w*|термин\w*|назв\w*|формат\w*|операци\w*|операці\w*)\s*$"
)


_HEADLINE = re.compile(r"^([^\n:«„“\"]{2,60}):\s")


def _previous_sentence(ctx: _Context, sent_s: int) -> tuple[int, int] | None:
    """The sentence before the one starting at ``sent_s``, if in the same paragraph."""
    prev = None
    for s, e in ctx.parse.sentences:
        if e > sent_s:
            break
        prev = (s, e)
    if prev is None or "\n" in ctx.text[prev[1] : sent_s]:
        return None
    return prev


def _headline_speaker(ctx: _Context, pos: int) -> Mention | None:
    """ "Песков: ..." — a line opened by a person's name and a colon is that person's words."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    m = _HEADLINE.match(ctx.text, line_start)
    if m is None or m.end() > pos:
        return None
    people = [
        x
        for x in ctx.mentions_in(line_start, line_start + len(m.group(1)))
        if x.entity[0] == "person"
    ]
    if len(people) == 1 and len(_WORD.findall(m.group(1))) <= 3:
        return people[0]
    return None


def _after_noun(ctx: _Context, pos: int) -> bool:
    """The word before the preposition is a noun (заяви про, сообщения о), not a verb."""
    prev = [t for t in ctx.tokens(max(0, pos - 40), pos - 1) if any(ch.isalpha() for ch in t.text)]
    if len(prev) < 2 or not prev[-2].analyses:
        return False
    return prev[-2].analyses[0].pos == "NOUN"


def _modified_by_adjective(ctx: _Context, pos: int) -> bool:
    prev = [t for t in ctx.tokens(max(0, pos - 30), pos - 1)]
    if not prev or not prev[-1].analyses:
        return False
    return prev[-1].analyses[0].pos in ("ADJF", "PRTF") and prev[-1].analyses[0].known


def _phrase_in(ctx: _Context, start: int, end: int) -> str | None:
    low = ctx.text[start:end].lower()
    phrases: list[str] = _cues()["phrases"][ctx.lang]
    for phrase in phrases:
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
            return phrase
    return None


def _is_name(ctx: _Context, sp: Span) -> bool:
    """Outlet, party, company or programme names in quotation marks."""
    for m in ctx.mentions:
        if (m.start <= sp.start and sp.end <= m.end) or (
            sp.start <= m.start and m.end <= sp.end and (m.end - m.start) >= (sp.end - sp.start) - 2
        ):
            return True
    words = _WORD.findall(ctx.text[sp.start : sp.end])
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words)
