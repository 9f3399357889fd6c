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
from transforms.nlp.ru_parse import Parse, Token
from transforms.quotes.ru_uk_spans import Span, dash_speech, quote_spans

# A quoted span of at most this many words with no attribution at all is a
# label or a scare quote, never a quote row.
_MAX_LABEL_WORDS = 3
_WORD = re.compile(r"\w+")
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
        for t in self.tokens(start, end):
            for a in t.analyses:
                if a.lemma in verbs and a.pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
                    return a.lemma, t
        if self.lang == "ru" and "обратил" in low and "внимание" in low:
            return "обратить внимание", None
        return None, None

    def is_attribution(self, clause: str) -> bool:
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

    def last_person_before(self, pos: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.end > pos:
                break
            if m.entity[0] == "person":
                best = m
        return best


def _source_for_person(m: Mention) -> _Source:
    return _Source("person", False, name=m.entity[1], entity=m.entity)


def _anonymous(ctx: _Context, clause_start: int, clause_end: int) -> tuple[_Source, str] | None:
    """An unnamed-source description in the clause, with count, affiliation and medium."""
    nouns = set(_cues()["anonymous_nouns"][ctx.lang])
    toks = ctx.tokens(clause_start, clause_end)
    for k, t in enumerate(toks):
        lemmas = {a.lemma for a in t.analyses}
        if not lemmas & nouns or lemmas & {"представитель", "представник"} and k + 1 < len(toks) and toks[k + 1].is_upper_initial:
            continue
        if "официальный" in lemmas and not (k + 1 < len(toks) and toks[k + 1].lemma in nouns):
            continue
        # The description: a few words before the noun (count, adjectives) and
        # its modifiers after it, up to the end of the clause or a comma + verb.
        start = toks[max(0, k - 3)].start
        for j in range(k - 1, max(-1, k - 4), -1):
            if toks[j].analyses and toks[j].analyses[0].pos in ("VERB", "PREP", "CONJ", "GRND") or toks[j].text in ",.:;—–-":
                start = toks[j + 1].start
                break
        end_tok = k
        for j in range(k + 1, min(len(toks), k + 9)):
            if toks[j].text in ".;:—–" or (toks[j].analyses and toks[j].analyses[0].pos in ("VERB", "GRND")):
                break
            if toks[j].text == "," and not (j + 1 < len(toks) and toks[j + 1].lemma in ("близкий", "близький", "знакомый", "знайомий", "осведомленный", "обізнаний")):
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
        if w.lower() in platforms and (w != "x" or True):
            if w.lower() == "x" and w != "X":
                continue
            return platforms[w.lower()]
    return None


def _attribute(ctx: _Context, start: int, end: int, before: int) -> _Attribution:
    """Speaker, cue and medium from the clause text[start:end]; ``before`` is the quote start."""
    cue, _ = ctx.cue_in(start, end)
    anon = _anonymous(ctx, start, end)
    mentions = ctx.mentions_in(start, end)
    people = [m for m in mentions if m.entity[0] == "person"]
    source: _Source | None = None
    speaker_text: str | None = None
    if people and (anon is None or people[0].start < ctx.text.find(anon[1], start)):
        source = _source_for_person(people[0])
        speaker_text = people[0].text
    elif anon is not None:
        source, speaker_text = anon
    else:
        named = [m for m in mentions if m.entity[0] in ("media", "org", "gpe")]
        pron = _pronoun_or_role(ctx, start, end)
        if pron is not None:
            ref = ctx.last_person_before(before)
            if ref is not None:
                source = _source_for_person(ref)
            speaker_text = pron
        elif named:
            m = named[0]
            kind = "media" if m.entity[0] == "media" else "organization"
            source = _Source(kind, False, name=m.entity[1], entity=m.entity)
            speaker_text = m.text
    return _Attribution(source, speaker_text, cue, _medium(ctx, start, end, source))


def _pronoun_or_role(ctx: _Context, start: int, end: int) -> str | None:
    pronouns = set(_cues()["pronouns"][ctx.lang])
    roles = set(_cues()["role_nouns"][ctx.lang])
    for t in ctx.tokens(start, end):
        lemmas = {a.lemma for a in t.analyses} | {t.text.lower()}
        if lemmas & pronouns or lemmas & roles:
            return t.text
    return None


def extract_quotes(parse: Parse, mentions: Sequence[Mention]) -> tuple[tuple[QuoteRecord, ...], tuple[SourceRecord, ...]]:
    """Quote rows and their sources for one Russian or Ukrainian body."""
    ctx = _Context(parse, mentions)
    text = parse.text
    found: list[tuple[int, int, str, _Attribution, int | None]] = []  # start, end, kind, attribution, continues idx
    dash_ranges: list[tuple[int, int]] = []

    for s, e, a_s, a_e in dash_speech(text, ctx.is_attribution):
        if e <= s:
            continue
        att = _attribute(ctx, a_s, a_e, s)
        found.append((s, e, "full", att, None))
        dash_ranges.append((s, e))

    spans = quote_spans(text)
    outer = [sp for sp in spans if sp.depth == 0]
    for sp in outer:
        if any(ds <= sp.start and sp.end <= de for ds, de in dash_ranges):
            continue
        found.extend(_classify(ctx, sp))

    found.sort(key=lambda f: (f[0], f[1]))
    sources: list[_Source] = []
    quotes: list[QuoteRecord] = []
    prev_by_attr: dict[int, int] = {}
    for n, (s, e, kind, att, _) in enumerate(found, start=1):
        source_n = None
        if att.source is not None:
            key = att.source.key()
            idx = next((i for i, src in enumerate(sources) if src.key() == key), None)
            if idx is None:
                sources.append(att.source)
                idx = len(sources) - 1
            sources[idx].quotes.append(n)
            source_n = idx + 1
        cont = prev_by_attr.get(id(att))
        prev_by_attr[id(att)] = n
        quotes.append(
            QuoteRecord(
                n=n, text=text[s:e], kind=kind, char_start=s, char_end=e, source_n=source_n,
                speaker_text=att.speaker_text, cue=att.cue, medium=att.medium, continues_n=cont,
            )
        )
    records = tuple(
        SourceRecord(
            n=i + 1, kind=src.kind, anonymous=src.anonymous, name=src.name, entity=src.entity,
            description=src.description, affiliation=src.affiliation, n_people=src.n_people,
            n_quotes=len(src.quotes),
        )
        for i, src in enumerate(sources)
    )
    return tuple(quotes), records


def _split_inside(ctx: _Context, sp: Span) -> list[tuple[int, int, int, int]]:
    """A quote split by its own attribution ("..., - сказала она. - ..."): the two halves and the clause."""
    inner = ctx.text[sp.start : sp.end]
    for m in re.finditer(r"[,!?…]?\s+[—–-]\s+([^—–]+?)\.?\s+[—–-]\s+", inner):
        clause = m.group(1)
        if ctx.is_attribution(clause):
            a_s = sp.start + m.start(1)
            return [(sp.start, sp.start + m.start(), a_s, a_s + len(clause)), (sp.start + m.end(), sp.end, a_s, a_s + len(clause))]
    return []


def _classify(ctx: _Context, sp: Span) -> list[tuple[int, int, str, _Attribution, int | None]]:
    text = ctx.text
    qtext = text[sp.start : sp.end]
    if not qtext.strip():
        return []
    halves = _split_inside(ctx, sp)
    if halves:
        att = _attribute(ctx, halves[0][2], halves[0][3], sp.start)
        return [(s, e, "full", att, None) for s, e, _, _ in halves]
    close = sp.end + 1
    sent_s, sent_e = ctx.sentence_of(sp.start)
    sent_e = max(sent_e, close)
    after = text[close:sent_e]
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    m = _DASH_AFTER.match(text[close:line_end])
    n_words = len(_WORD.findall(qtext))
    if m is not None:
        a_s = close + m.end()
        stop = re.search(r"[.!?]\s|[.!?]?$|:", text[a_s:line_end])
        a_e = a_s + (stop.start() if stop else 0)
        if ctx.is_attribution(text[a_s:a_e]):
            att = _attribute(ctx, a_s, a_e, sp.start)
            kind = "full" if qtext[:1].isupper() or n_words > 6 else "partial"
            return [(sp.start, sp.end, kind, att, None)]
    before = text[sent_s : sp.start - 1]
    if re.search(r":\s*$", before) and ctx.cue_in(sent_s, sp.start)[0] is not None:
        att = _attribute(ctx, sent_s, sp.start, sp.start)
        return [(sp.start, sp.end, "full" if qtext[:1].isupper() else "partial", att, None)]
    # A fragment inside the reporter's sentence: needs a cue in the sentence.
    if _is_name(ctx, sp) or n_words <= 1 and qtext[:1].isupper():
        return []
    cue, _ = ctx.cue_in(sent_s, sent_e)
    if cue is None:
        return []
    if n_words <= _MAX_LABEL_WORDS and _looks_label(ctx, sp, before):
        return []
    att = _attribute(ctx, sent_s, sent_e, sp.start)
    if att.source is None:
        ref = ctx.last_person_before(sp.start)
        if ref is not None:
            att = _Attribution(_source_for_person(ref), None, att.cue, att.medium)
    kind = "full" if (qtext[:1].isupper() and n_words > 6 and not before.strip()) else "partial"
    return [(sp.start, sp.end, kind, att, None)]


def _is_name(ctx: _Context, sp: Span) -> bool:
    """Outlet, party, company or programme names in quotation marks."""
    for m in ctx.mentions:
        if m.start <= sp.start and sp.end <= m.end or (sp.start <= m.start and m.end <= sp.end and (m.end - m.start) >= (sp.end - sp.start) - 2):
            return True
    words = _WORD.findall(ctx.text[sp.start : sp.end])
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() or w.isdigit() for w in words)


def _looks_label(ctx: _Context, sp: Span, before: str) -> bool:
    """A short quoted term used as a noun phrase: "the so-called", after a noun, as an object."""
    low = before.lower().rstrip()
    if re.search(r"(так называем\w*|так звані?\w*|т\.\s?н\.|слов\w*|термін\w*|термин\w*|назв\w*|формат\w*)\s*$", low):
        return True
    # A cue verb right before (сказал "...", заявив, що "...") makes it speech.
    cue, _ = ctx.cue_in(max(0, sp.start - 40), sp.start)
    return cue is None
