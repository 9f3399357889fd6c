"""Turning speaker phrases into sources.

A speaker phrase as written ("Mr. Putin", "he", "the diplomat", "a source close
to the Foreign Ministry") is resolved to one source per distinct speaker in the
article: named people and organisations by their article-level name, pronouns
to the nearest earlier speaker that fits, definite descriptions ("the source",
"the Russian diplomat") to the latest earlier source with the same head noun,
indefinite ones ("a Russian official", "another official") to a new source.

Anonymous sources get a description (the phrase without article or count), a
head count, an affiliation from ``data/affiliations.json`` and the stated
reason for anonymity, if the article gives one.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from contract.records import EntityRef, MentionRecord
from transforms import lexicon
from transforms.quotes.attribution import SpanTable, phrase_tokens

_PRONOUNS_SING = frozenset({"he", "she", "him", "her"})
_PRONOUNS_PLURAL = frozenset({"they", "them"})
_PRONOUNS_ORG = frozenset({"it"})
_PRONOUNS_SELF = frozenset({"i", "we", "me", "us", "you"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "another",
        "one",
        "some",
        "any",
        "each",
        "every",
        "both",
        "several",
        "many",
        "few",
        "other",
        "such",
    }
)
_QUANTIFIER_HEADS = frozenset(
    {
        "majority",
        "most",
        "some",
        "many",
        "all",
        "both",
        "none",
        "several",
        "number",
        "few",
        "one",
        "two",
        "three",
        "four",
        "five",
        "each",
        "either",
        "neither",
        "half",
        "dozens",
        "handful",
        "minority",
    }
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "both": 2,
    "a": 1,
    "an": 1,
    "another": 1,
    "dozen": 12,
    "couple": 2,
    "pair": 2,
}
# Heads that describe people or outlets who can be sources.
_PEOPLE_NOUNS = frozenset(
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
        "staffer",
        "bureaucrat",
        "politician",
        "observer",
        "journalist",
        "editor",
        "businessman",
        "businesswoman",
        "banker",
        "manager",
        "acquaintance",
        "friend",
        "representative",
        "negotiator",
        "envoy",
        "ambassador",
        "senator",
        "resident",
        "witness",
        "scholar",
        "researcher",
        "economist",
        "consultant",
        "strategist",
        "activist",
        "director",
        "head",
        "chief",
        "leader",
        "veteran",
        "soldier",
        "commander",
        "colleague",
        "participant",
        "interlocutor",
        "figure",
        "associate",
        "ally",
        "critic",
        "supporter",
        "opponent",
        "elite",
        "president",
        "president-elect",
        "chairman",
        "governor",
        "mayor",
        "secretary",
        "host",
        "campaigner",
        "candidate",
        "nominee",
        "counterpart",
        "professor",
        "pollster",
        "operative",
    }
)
_MEDIA_HINTS = re.compile(
    r"\b(times|post|news|journal|tribune|herald|gazette|telegraph|guardian|reuters|tass|"
    r"interfax|ria|agency|tv|radio|meduza|verstka|vedomosti|kommersant|izvestia|rbc|"
    r"bloomberg|bbc|cnn|nbc|cbs|abc|fox|politico|axios|economist|observer|independent|"
    r"wire|press|channel|magazine|daily|novaya gazeta|dozhd|vpost|breitbart|huffpost)\b",
    re.IGNORECASE,
)
_MEDIA_NOUNS = frozenset(
    {
        "outlet",
        "newspaper",
        "agency",
        "channel",
        "broadcaster",
        "magazine",
        "website",
        "publication",
        "media",
        "daily",
        "tabloid",
        "network",
        "station",
        "paper",
    }
)
# "the company said", "the ministry said": nouns that refer back to a named body.
_BODY_NOUNS = lexicon.load("transforms.quotes", "body_nouns.json")
_COMPANY_NOUNS = frozenset(_BODY_NOUNS["company"])
_GOVERNMENT_NOUNS = frozenset(_BODY_NOUNS["government_body"])
# "a statement from the ministry said": a document whose issuer is the source.
_ISSUED_NOUNS = frozenset(lexicon.load("transforms.quotes", "issued_nouns.json"))
_PUBLIC_BODY_NOUNS = _GOVERNMENT_NOUNS | frozenset(_BODY_NOUNS["civic_body"])
# "police said", "Dover police said": the force, an organization, not an unnamed person.
_POLICE_NOUNS = frozenset(_BODY_NOUNS["police"])
# "the department said" after "Dover police": a police force is a department.
_POLICE_REFERENTS = frozenset(_BODY_NOUNS["police_referent"])
_ALL_BODY_NOUNS = _COMPANY_NOUNS | _PUBLIC_BODY_NOUNS | _POLICE_NOUNS
# LOWER hashes of the police nouns, to find them in a doc's token array.
_POLICE_IDS = np.array([get_string_id(w) for w in _POLICE_NOUNS], dtype=np.uint64)
_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sen|rep|gov|gen|col|adm|lt|sgt|rev|sir|dame|lord|lady|"
    r"president|prime minister|minister|spokesperson|spokesman|secretary|chairman)\.?\s+",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"(?:condition of anonymity|on condition they not be named|on condition that they not be "
    r"named|requested anonymity|asked not to be (?:named|identified)|declined to be "
    r"(?:named|identified)|asked for anonymity|who asked that (?:his|her|their) names? "
    r"not be used|spoke anonymously|speaking anonymously|asked to remain anonymous|"
    r"on the condition of anonymity)"
    r",?\s+((?:due to|because|as|since|given|citing|for fear|so as|in order|to)\b[^.;\n]*)",
    re.IGNORECASE,
)


@functools.cache
def _affiliation_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = lexicon.load("transforms.quotes", "affiliations.json")
    return tuple((re.compile(p, re.IGNORECASE), aff) for p, aff in rules)


# Affiliations that the head noun alone settles ("Kremlin-linked political
# analyst" is an expert, "Moscow newspaper editor close to the Kremlin" is media);
# generic heads ("official", "source", "spokesperson") defer to the modifiers.
_HEAD_DECIDES = frozenset(
    {
        "expert",
        "media",
        "business",
        "diplomatic",
        "parliament",
        "military",
        "intelligence",
        "opposition",
    }
)
_HEAD_STOP = frozenset({"of", "at", "in", "from", "close", "with", "for", "who", "and", "on", "to"})


def _head_word(text: str) -> str:
    words = re.findall(r"[\w’'-]+", text)
    head: list[str] = []
    for w in words:
        if w.lower() in _HEAD_STOP:
            break
        head.append(w)
    return head[-1] if head else ""


def affiliation_of(text: str | None) -> str | None:
    if not text:
        return None
    rules = _affiliation_rules()
    # Officials of another government first ("American diplomats").
    for pat, aff in rules:
        if aff == "foreign_government" and pat.search(text):
            return aff
    head = _head_word(text)
    if head:
        for pat, aff in _affiliation_rules():
            if aff in _HEAD_DECIDES and pat.search(head):
                return aff
    for pat, aff in _affiliation_rules():
        if pat.search(text):
            return aff
    return None


def anonymity_reasons(text: str) -> list[tuple[int, str]]:
    """Stated reasons for anonymity, with their position in the body."""
    out = []
    for m in _REASON.finditer(text):
        reason = m.group(1).strip().rstrip(",")
        if len(reason.split()) >= 2:
            out.append((m.start(), reason))
    return out


@dataclass
class Source:
    n: int  # provisional, renumbered by first appearance
    kind: str  # person | anonymous | organization | media
    anonymous: bool
    name: str | None = None
    entity: EntityRef | None = None
    description: str | None = None
    head: str | None = None  # head noun lemma of the description, for "the diplomat"
    modifiers: frozenset[str] = frozenset()
    plural: bool = False
    n_people: int | None = None
    titles: frozenset[str] = frozenset()
    first_pos: int = 10**9
    last_pos: int = -1
    cited: bool = False  # has a report/quote of its own (kept even without quotes)
    mentions: list[int] = field(default_factory=list)


def _clean_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def strip_title(name: str) -> str:
    prev = None
    while prev != name:
        prev = name
        name = _HONORIFICS.sub("", name)
    name = re.sub(r"(’s|'s|’|')$", "", name.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def _drop_middle_initials(name: str) -> str:
    parts = name.split()
    if len(parts) > 2:
        parts = (
            [parts[0]] + [p for p in parts[1:-1] if not re.fullmatch(r"[A-Z]\.", p)] + [parts[-1]]
        )
    return " ".join(parts)


class EntityLookup:
    """Entity mentions of the article: the other extractor's, or spaCy's as a fallback."""

    def __init__(self, doc: Doc, mentions: Sequence[MentionRecord]) -> None:
        self.doc = doc
        self.items: list[tuple[int, int, EntityRef]] = [
            (m.char_start, m.char_end, m.entity) for m in mentions
        ]
        self.own: list[tuple[int, int, EntityRef]] = []
        # spaCy's entities, read once: (label, title-stripped text, start, end,
        # the person form without middle initials).
        ents = []
        for ent in doc.ents:
            label = ent.label_
            text = strip_title(ent.text)
            person = _drop_middle_initials(text) if label == "PERSON" else ""
            ents.append((label, text, ent.start_char, ent.end_char, person))
        # Fullest form per surname, built once: a scan of all names per name was
        # quadratic and took minutes on very long articles.
        best_by_last: dict[str, str] = {}
        for label, _, _, _, p in ents:
            if label == "PERSON":
                words = p.split()
                if not words:
                    continue
                cur = best_by_last.get(words[-1])
                if cur is None or (len(words), len(p)) > (len(cur.split()), len(cur)):
                    best_by_last[words[-1]] = p
        for label, text, start, end, name in ents:
            if not text:
                continue
            if label == "PERSON":
                last = name.split()[-1] if name.split() else name
                name = best_by_last.get(last, name)
                self.own.append((start, end, ("person", name)))
            elif label in ("ORG", "FAC"):
                kind = "media" if _MEDIA_HINTS.search(text) else "org"
                self.own.append((start, end, (kind, text)))
            elif label in ("GPE", "NORP"):
                self.own.append((start, end, (label.lower(), text)))

        self._items = SpanTable(self.items)
        self._own = SpanTable(self.own)

    def media_spans(self) -> list[tuple[int, int, str]]:
        """(start, end, type) of every mention; spaCy's only where none was given."""
        out = [(s, e, ref[0]) for s, e, ref in self.items]
        for s, e, ref in self.own:
            if not self._items.overlapping(s, e):
                out.append((s, e, ref[0]))
        return out

    def at(self, start: int, end: int) -> tuple[int, int, EntityRef] | None:
        """The mention overlapping [start, end), the given mentions first."""
        for table in (self._items, self._own):
            best = None
            for s, e, ref in table.overlapping(start, end):
                if best is None or (e - s) > (best[1] - best[0]):
                    best = (s, e, ref)
            if best is not None:
                return best
        return None

    def persons_before(self, pos: int) -> tuple[int, int, EntityRef] | None:
        """The last person mention ending before ``pos``."""
        return self.last_before(pos, "person")

    def last_before(
        self, pos: int, etype: str, fits: Callable[[str], bool] = lambda _: True
    ) -> tuple[int, int, EntityRef] | None:
        """The last mention of type ``etype`` ending before ``pos`` whose name ``fits``."""
        best = None
        for table in (self._items, self._own):
            for s, e, ref in table.spans:
                if s >= pos:
                    break
                if ref[0] == etype and e <= pos and (best is None or s > best[0]) and fits(ref[1]):
                    best = (s, e, ref)
        return best


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    start: int
    end: int
    head_i: int
    text: str


class SourceBook:
    """The article's sources, built while walking the attributions in text order."""

    def __init__(self, doc: Doc, lookup: EntityLookup, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        self.lookup = lookup
        self.sources: list[Source] = []
        # (position, source index) of every resolved speaker mention
        self.history: list[tuple[int, int]] = []
        # The same entries kept sorted, and each source's positions sorted: the
        # look-backs ("the latest earlier speaker that ...") bisect these instead
        # of sorting the history on every call, which was quadratic on long articles.
        self._by_pos: list[tuple[int, int]] = []
        self._positions: dict[int, list[int]] = {}
        self._person_titles = self._collect_titles()
        # positions of speakers written inside another report's content
        self._embedded: set[int] = set()
        # (offset, name) of every "<proper nouns> police" written out, built on
        # first use (``_police_before``).
        self._police_runs: tuple[list[int], list[str]] | None = None

    def _collect_titles(self) -> list[tuple[int, str, frozenset[str]]]:
        """Role words written next to person names ("Kremlin spokesperson Dmitry
        Peskov", "Dmitri S. Peskov, the Kremlin's spokesman") for "the spokesman"."""
        out = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            titles: set[str] = set()
            i = ent.start - 1
            while (
                i >= 0
                and self.doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT")
                and self.doc[i].text not in (",", "“", '"')
            ):
                if self.doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
                    # Adjectives too: "the Finnish foreign minister" must pick the
                    # Finnish one of two foreign ministers (see _definite).
                    titles.add(self.doc[i].lemma_.lower())
                i -= 1
            root = ent.root
            for child in root.children:
                if child.dep_ == "appos":
                    titles.add(child.lemma_.lower())
            ref = self.lookup.at(ent.start_char, ent.end_char)
            if ref is not None and ref[2][0] == "person":
                out.append((ent.start_char, ref[2][1], frozenset(titles)))
        return out

    # -- resolution --------------------------------------------------------

    def resolve(
        self,
        phrase: SpeakerPhrase,
        *,
        pos: int,
        nested: bool,
        cited: bool,
        media_hint: bool = False,
        embedded: bool = False,
    ) -> int:
        """Index into ``self.sources`` for the speaker phrase at ``pos``."""
        doc = self.doc
        head = doc[phrase.head_i]
        lower = head.lower_
        idx: int | None = None
        # "some of the opponents", "many of them": a quantifier is read as a
        # descriptor of its group, not as a personal pronoun.
        quantifier = lower in _QUANTIFIER_HEADS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children
        )
        if (head.pos_ == "PRON" and not quantifier) or lower in (
            _PRONOUNS_SING | _PRONOUNS_PLURAL | _PRONOUNS_SELF
        ):
            if not nested:
                idx = self._resolve_pronoun(lower, pos)
            if idx is None:
                idx = self._new(Source(0, "anonymous", True, plural=lower in _PRONOUNS_PLURAL))
        elif (demonym := self._demonym_person(phrase, pos)) is not None:
            idx = demonym
        else:
            named = self._titled_name(phrase, media_hint)
            if named is None:
                named = self._named(phrase, media_hint)
            idx = named if named is not None else self._descriptor(phrase, pos)
        src = self.sources[idx]
        src.first_pos = min(src.first_pos, pos)
        src.last_pos = max(src.last_pos, pos)
        src.cited = src.cited or cited
        self._record(pos, idx, embedded)
        return idx

    def _record(self, pos: int, idx: int, embedded: bool) -> None:
        """Add a resolved speaker mention to the history and its indexes."""
        self.history.append((pos, idx))
        bisect.insort(self._by_pos, (pos, idx))
        bisect.insort(self._positions.setdefault(idx, []), pos)
        if embedded:
            self._embedded.add(pos)

    def _new(self, src: Source) -> int:
        self.sources.append(src)
        return len(self.sources) - 1

    # -- look-backs over the history ------------------------------------------
    # By position, not by resolution order: speakers may be resolved in more
    # than one pass (extract_quotes resolves reported speech after direct quotes).

    def _n_before(self, pos: int) -> int:
        """How many history entries lie before ``pos``."""
        return bisect.bisect_left(self._by_pos, pos, key=_entry_pos)

    def _latest(self, pos: int, fits: Callable[[Source], bool]) -> int | None:
        """The source of the latest entry before ``pos`` whose source ``fits``
        (``fits`` looks at the source alone), ties in position going to the
        higher index: the first hit walking the sorted history backwards.

        The walk back stops after as many entries as there are sources; if it
        has found nothing by then, each fitting source's own latest position
        decides, so a long history with no fitting source costs a pass over
        the sources rather than over the whole history.
        """
        n = self._n_before(pos)
        sources = self.sources
        by_pos = self._by_pos
        stop = max(0, n - len(sources))
        for k in range(n - 1, stop - 1, -1):
            i = by_pos[k][1]
            if fits(sources[i]):
                return i
        if stop == 0:
            return None
        # Every source met in the walk does not fit, so the latest fitting
        # entry lies before ``stop``; the order of (position, index) breaks ties
        # as the sorted walk does.
        best: tuple[int, int] | None = None
        for i, positions in self._positions.items():
            if not fits(sources[i]):
                continue
            k = bisect.bisect_left(positions, pos)
            if k and (best is None or (positions[k - 1], i) > best):
                best = (positions[k - 1], i)
        return None if best is None else best[1]

    def _resolve_pronoun(self, lower: str, pos: int) -> int | None:
        # Main-clause speakers first (latest first), embedded ones as a fallback.
        def earlier() -> Iterator[int]:
            emb = self._embedded
            by_pos = self._by_pos
            n = self._n_before(pos)
            for k in range(n - 1, -1, -1):
                if by_pos[k][0] not in emb:
                    yield by_pos[k][1]
            for k in range(n - 1, -1, -1):
                if by_pos[k][0] in emb:
                    yield by_pos[k][1]

        if lower in _PRONOUNS_SING:
            for i in earlier():
                if self.sources[i].kind == "person":
                    return i
            # No earlier speaker: the nearest person named before the pronoun.
            best = self.lookup.persons_before(pos)
            if best is not None:
                return self._named_ref(best[2])
            return None
        if lower in _PRONOUNS_PLURAL:
            for i in earlier():
                if self.sources[i].kind != "person":
                    return i
            return None
        if lower in _PRONOUNS_ORG:
            for i in earlier():
                if self.sources[i].kind in ("organization", "media"):
                    return i
            # No earlier body among the speakers: "it" as a speaker is a body,
            # the nearest one named before ("ShoreTel ... after it announced").
            for etype in ("org", "media"):
                hit = self.lookup.last_before(pos, etype)
                if hit is not None:
                    return self._named_ref(hit[2])
        return None

    def _named_ref(self, ref: EntityRef, titles: frozenset[str] = frozenset()) -> int:
        etype, name = ref
        kind = {"person": "person", "media": "media"}.get(etype, "organization")
        for i, src in enumerate(self.sources):
            if src.entity == ref or (
                src.name is not None and src.name == name and src.kind == kind
            ):
                if titles:
                    src.titles = src.titles | titles
                return i
        if kind == "person":
            # "Yashin" after "Ilya Yashin" (or the other way round): one person.
            last = name.split()[-1] if name.split() else name
            for i, src in enumerate(self.sources):
                if src.kind != "person" or not src.name:
                    continue
                if src.name.split()[-1] == last:
                    if len(name.split()) > len(src.name.split()):
                        src.name = name
                        src.entity = ref
                    return i
        return self._new(Source(0, kind, False, name=name, entity=ref, titles=titles))

    def _demonym_person(self, phrase: SpeakerPhrase, pos: int) -> int | None:
        """ "the 56-year-old German said": a singular demonym after "the" is a
        person already in the story (the latest person speaker, as for "he"),
        not the nationality as an organisation; "the Germans" stays a group."""
        head = self.doc[phrase.head_i]
        words = self.text[phrase.start : phrase.end].split()
        if not words or words[0].lower() != "the" or head.tag_ not in ("NNP", "NN", "JJ"):
            return None
        hit = self.lookup.at(head.idx, head.idx + len(head.text))
        if hit is None or hit[2][0] != "norp" or head.text.endswith("s"):
            return None
        return self._resolve_pronoun("he", pos)

    def _titled_name(self, phrase: SpeakerPhrase, media_hint: bool) -> int | None:
        """A title phrase that ends in a person's name ("Governor of the Bank of X
        Jane Doe said", "the bank's governor Jane Doe told"): the parser heads the
        subject with the title (the name its appositive, or the object of "of"),
        and the title's proper-noun run ("Governor Bank") or an unnamed "governor"
        would be taken for the speaker. The name is the speaker when a noun or
        name, not a preposition, stands right before it ("the wife of John Doe"
        stays the wife); the title's head noun becomes one of its titles, for a
        later "the governor"."""
        doc = self.doc
        head = doc[phrase.head_i]
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in _MEDIA_NOUNS:
            return None
        if self.lookup.at(head.idx, head.idx + len(head.text)) is not None:
            return None
        end = head.right_edge.i
        while end > head.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        last = doc[end]
        if end <= head.i or last.pos_ != "PROPN" or not last.text[:1].isupper():
            return None
        hit = self.lookup.at(last.idx, last.idx + len(last.text))
        ref: EntityRef | None = None
        if hit is not None:
            if hit[2][0] != "person":
                return None
            ref = hit[2]
            start = next((t.i for t in doc[head.i + 1 : end + 1] if t.idx >= hit[0]), end)
        elif last.ent_type_ == "PERSON":
            start = end
            while start - 1 > head.i and doc[start - 1].ent_type_ == "PERSON":
                start -= 1
        else:
            compounds = [c.i for c in last.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not compounds:
                return None  # a lone capitalised word is too weak to be a name
            start = min(compounds)
        if start <= head.i or doc[start - 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if ref is None:
            name = strip_title(_clean_ws(" ".join(t.text for t in doc[start : end + 1])))
            if len(name.split()) < 2:
                return None
            ref = ("person", _drop_middle_initials(name))
        idx = self._named_ref(ref)
        src = self.sources[idx]
        src.titles = src.titles | {head.lemma_.lower()}
        role = _strip_det(_clean_ws(self.text[phrase.start : doc[start].idx]))
        if role and src.description is None:
            src.description = role
        return idx

    def _named(self, phrase: SpeakerPhrase, media_hint: bool) -> int | None:
        doc = self.doc
        head = doc[phrase.head_i]
        hit = self.lookup.at(head.idx, head.idx + len(head.text))
        if hit is None and head.lemma_.lower() in _MEDIA_NOUNS:
            # "the Russian independent news outlet Verstka"
            for child in head.children:
                if (
                    child.pos_ == "PROPN"
                    and child.i > head.i
                    and child.dep_ in ("appos", "compound", "npadvmod")
                ):
                    toks = phrase_tokens(child)
                    name = _clean_ws(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
                    sub = self.lookup.at(child.idx, child.idx + len(child.text))
                    ref = (
                        sub[2]
                        if sub is not None and sub[2][0] in ("media", "org")
                        else ("media", name)
                    )
                    return self._named_ref(("media", ref[1]))
        if hit is None and head.pos_ == "PROPN" and head.text[:1].isupper():
            # A name the entity recogniser missed: take the proper-noun run.
            toks = [t for t in phrase_tokens(head) if t.pos_ == "PROPN" or t.text in ("-", ".")]
            run = [t for t in toks if abs(t.i - head.i) <= 4]
            if not run:
                return None
            name = strip_title(_clean_ws(" ".join(t.text for t in run)))
            if not name:
                return None
            etype = "media" if media_hint or _MEDIA_HINTS.search(name) else "person"
            return self._named_ref((etype, _drop_middle_initials(name)))
        if hit is None:
            return None
        s, e, ref = hit
        if ref[0] in ("gpe", "norp") and head.pos_ != "PROPN":
            return None
        role = self._role(phrase, s, e)
        idx = self._named_ref(ref)
        src = self.sources[idx]
        if role and src.description is None and src.kind == "person":
            src.description = role
        return idx

    def _role(self, phrase: SpeakerPhrase, ent_start: int, ent_end: int) -> str | None:
        """A named person's role: an appositive or the title words before the name."""
        head = self.doc[phrase.head_i]
        for child in head.children:
            if child.dep_ == "appos":
                toks = phrase_tokens(child)
                text = _clean_ws(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
                return _strip_det(text)
        before = self.text[phrase.start : ent_start].strip()
        if before and not _HONORIFICS.match(before + " ") and before.lower() not in _DETERMINERS:
            return _strip_det(_clean_ws(before))
        return None

    def _descriptor(self, phrase: SpeakerPhrase, pos: int) -> int:
        doc = self.doc
        head = doc[phrase.head_i]
        toks = [t for t in phrase_tokens(head)]
        # "The majority of VPost's sources ..." -> "sources ..."
        if head.lemma_.lower() in _QUANTIFIER_HEADS:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        head = pobj
                        toks = phrase_tokens(pobj)
        head_lemma = head.lemma_.lower()
        first = toks[0].lower_ if toks else ""
        # "Verstka's source", "The Moscow Times’ source": refers back only to an
        # earlier source described the same way, otherwise introduces one.
        possessive = any(t.dep_ == "poss" and t.head.i == head.i for t in toks)
        definite = first in _DEFINITE and not possessive
        plural = head.tag_ in ("NNS", "NNPS")
        modifiers = frozenset(
            t.lemma_.lower()
            for t in toks
            if t.i != head.i
            and t.pos_ in ("ADJ", "NOUN", "PROPN")
            and t.dep_ != "poss"
            and not _is_in_poss(t, head)
        )
        desc_text = self._description_text(toks, head)
        if head_lemma in _POLICE_NOUNS and not possessive:
            own = self._proper_run(head)
            return self._named_ref(("org", own or self._police_before(phrase.start) or "police"))
        if head_lemma in _ISSUED_NOUNS:
            issuer = self._issuer(head, definite, pos)
            if issuer is not None:
                return issuer
        # Outlets and organisations named by a common noun ("the outlet").
        if head_lemma in _MEDIA_NOUNS and definite:
            for _, i in reversed(self.history):
                if self.sources[i].kind == "media":
                    return i
        named_possessor = any(
            t.dep_ == "poss" and t.head.i == head.i and t.pos_ == "PROPN" for t in toks
        )
        if first in _DEFINITE and not plural and not named_possessor:
            found = self._definite_body(head_lemma, phrase.start, pos)
            if found is not None:
                return found
        if definite or possessive:
            found = self._definite(head_lemma, modifiers, plural, pos, loose=definite)
            if found is not None:
                return found
        if head_lemma in _ALL_BODY_NOUNS and not plural and self._has_name_part(toks, head):
            # "the Czech national team", "the Prime Minister's office": a body
            # named by the phrase itself, not an unnamed person.
            name = _strip_det(_clean_ws(self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]))
            return self._named_ref(("org", name))
        if head_lemma in _ALL_BODY_NOUNS and plural and modifiers:
            # "the news organizations", "several Russian banks": bodies, not a
            # group of unnamed people; outlets when the phrase names media.
            kind = "media" if _MEDIA_HINTS.search(desc_text) else "org"
            return self._named_ref((kind, desc_text))
        n_people = _count(toks, head, plural)
        return self._new(
            Source(
                0,
                "anonymous",
                True,
                description=desc_text,
                head=head_lemma,
                modifiers=modifiers,
                plural=plural,
                n_people=n_people,
            )
        )

    def _issuer(self, head: Token, definite: bool, pos: int) -> int | None:
        """The named issuer of a document cited as a source ("a statement from the
        ministry", "Apple's filing", "a report by The Wall Street Journal"); for
        "the statement" alone, the latest source before it whose words since
        mention that document ("X said in a statement ... The statement added")."""
        for child in head.children:
            if child.dep_ == "poss":
                target: Token | None = child
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
            else:
                continue
            if target is None:
                continue
            hit = self.lookup.at(target.idx, target.idx + len(target.text))
            if hit is not None and hit[2][0] in ("person", "org", "media"):
                return self._named_ref(hit[2])
        # "a department news release", "the company's statement": the body the
        # compound or possessive noun refers back to.
        for tok in head.subtree:
            if (
                tok.i < head.i
                and tok.dep_ in ("compound", "poss")
                and tok.lemma_.lower() in _ALL_BODY_NOUNS
            ):
                found = self._definite_body(tok.lemma_.lower(), head.idx, pos)
                if found is not None:
                    return found
        if not definite:
            return None
        n = self._n_before(pos)
        if not n:
            return None
        p, i = self._by_pos[n - 1]
        word = re.compile(rf"\b{re.escape(head.lemma_.lower())}s?\b", re.IGNORECASE)
        return i if word.search(self.text, p, head.idx) else None

    def _definite_body(self, noun: str, start: int, pos: int) -> int | None:
        """ "the department", "police": the body an earlier speaker phrase with the
        same noun was resolved to (speakers persist), else the body named before."""
        hit = self._latest(
            pos, lambda src: src.kind in ("organization", "media") and noun in src.titles
        )
        if hit is not None:
            return hit
        found = self._body_before(noun, start)
        if found is None and noun in _POLICE_REFERENTS | _POLICE_NOUNS:
            force = self._police_before(start)
            if force is not None:
                found = self._named_ref(("org", force))
        if found is not None:
            src = self.sources[found]
            src.titles = src.titles | {noun}
        return found

    def _proper_run(self, head: Token) -> str | None:
        """The proper nouns written right before ``head`` with it ("St. Paul police")."""
        i = head.i
        while i > 0 and self._name_word(self.doc[i - 1]):
            i -= 1
        if i == head.i:
            return None
        first = self.doc[i]
        return _clean_ws(self.text[first.idx : head.idx + len(head.text)])

    @staticmethod
    def _name_word(tok: Token) -> bool:
        """A modifier that is (part of) a name: a proper noun, or a place word the
        tagger read as an adjective ("Lakewood police" at a sentence start)."""
        if tok.dep_ not in ("compound", "amod", "nmod"):
            return False
        return tok.pos_ == "PROPN" or (
            tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and tok.text[:1].isupper()
        )

    def _police_before(self, start: int) -> str | None:
        """The nearest police force named before ``start``: an organization whose
        name holds "police", or "<proper nouns> police" written out."""
        best: tuple[int, str] | None = None
        hit = self.lookup.last_before(
            start, "org", lambda n: bool(_POLICE_NOUNS & set(re.findall(r"[\w-]+", n.casefold())))
        )
        if hit is not None:
            best = (hit[0], hit[2][1])
        if self._police_runs is None:
            self._police_runs = self._find_police_runs()
        offsets, runs = self._police_runs
        # The last run before ``start``; the runs are in text order.
        k = bisect.bisect_left(offsets, start)
        if k and (best is None or offsets[k - 1] > best[0]):
            best = (offsets[k - 1], runs[k - 1])
        return None if best is None else best[1]

    def _find_police_runs(self) -> tuple[list[int], list[str]]:
        """Offsets and names of the police nouns with a proper-noun run before
        them, in text order; the tokens are picked on the LOWER hashes, so the
        others never become Token objects (a scan per call was quadratic)."""
        offsets: list[int] = []
        runs: list[str] = []
        if len(self.doc) == 0:
            return offsets, runs
        lowers = self.doc.to_array(LOWER)
        for i in np.flatnonzero(np.isin(lowers, _POLICE_IDS)).tolist():
            tok = self.doc[i]
            run = self._proper_run(tok)
            if run is not None:
                offsets.append(tok.idx)
                runs.append(run)
        return offsets, runs

    def _has_name_part(self, toks: list[Token], head: Token) -> bool:
        """A proper noun or a national/place adjective in the phrase besides its head."""
        return any(
            t.i != head.i and (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
            for t in toks
        )

    def _body_before(self, noun: str, start: int) -> int | None:
        """ "the company", "the sheriff's office": the organization named before
        ``start`` that the noun can describe (``body_nouns.json``); a company noun
        skips bodies named as government ones ("the company" after "Pfizer" and
        "the Justice Department" is Pfizer), a public-body noun needs its word in the name."""

        def words(name: str) -> list[str]:
            return re.findall(r"[\w-]+", name.casefold())

        if noun in _COMPANY_NOUNS:

            def fits(name: str) -> bool:
                return not set(words(name)) & _GOVERNMENT_NOUNS

        elif noun in _PUBLIC_BODY_NOUNS:

            def fits(name: str) -> bool:
                return noun in words(name)

        else:
            return None
        hit = self.lookup.last_before(start, "org", fits)
        return None if hit is None else self._named_ref(hit[2])

    def _definite(
        self, head: str, mods: frozenset[str], plural: bool, pos: int, *, loose: bool = True
    ) -> int | None:
        found = self._latest(
            pos,
            lambda src: (
                src.head == head and mods <= src.modifiers and (src.plural == plural or not plural)
            ),
        )
        if found is not None:
            return found
        if not loose:
            return None
        # "the president-elect" -> the person written with that title. The
        # description's modifiers must be among the person's title words when some
        # person has them all ("the Finnish foreign minister" after two foreign
        # ministers named), else the head noun alone decides, nearest first.
        for need in (mods | {head}, frozenset({head})):

            def titled(src: Source, need: frozenset[str] = need) -> bool:
                return src.kind == "person" and need <= src.titles

            found = self._latest(pos, titled)
            if found is not None:
                return found
            for start, name, titles in reversed(self._person_titles):
                if start < pos and need <= titles:
                    return self._named_ref(("person", name))
        if head == "source":
            # "the source": the latest anonymous source, preferably one called a source.
            found = self._latest(pos, lambda src: src.anonymous and src.head == "source")
            if found is None:
                found = self._latest(pos, lambda src: src.anonymous and src.description is not None)
            return found
        return None

    def _description_text(self, toks: list[Token], head: Token) -> str:
        keep = list(toks)
        # Drop a possessive outlet ("The Moscow Times’ source", "Verstka's source").
        poss = [t for t in keep if t.dep_ == "poss" and t.head.i == head.i]
        if poss:
            cut = max(t.right_edge.i for t in poss)
            keep = [t for t in keep if t.i > cut]
        while keep and (
            keep[0].lower_ in _DETERMINERS or keep[0].like_num or keep[0].pos_ == "NUM"
        ):
            keep = keep[1:]
        if not keep:
            return head.text
        return _clean_ws(self.text[keep[0].idx : keep[-1].idx + len(keep[-1].text)])

    # -- output ------------------------------------------------------------

    def set_reasons(self, reasons: list[tuple[int, str]]) -> dict[int, str]:
        out: dict[int, str] = {}
        if not reasons:
            return out
        for i, src in enumerate(self.sources):
            if not src.anonymous:
                continue
            best = min(reasons, key=lambda r: abs(r[0] - src.first_pos))
            out[i] = best[1]
        return out


def _entry_pos(entry: tuple[int, int]) -> int:
    return entry[0]


def _is_in_poss(tok: Token, head: Token) -> bool:
    t = tok
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "poss":
            return True
        t = t.head
    return False


def _strip_det(text: str) -> str:
    parts = text.split(" ", 1)
    if len(parts) == 2 and parts[0].lower() in ("a", "an", "the"):
        return parts[1]
    return text


def _count(toks: list[Token], head: Token, plural: bool) -> int | None:
    """Head count of a descriptor: "two officials" = 2, "seven officials and
    three members" = 10, "a source" = 1, "officials" = None."""
    total = 0
    counted = False
    heads = [head] + [t for t in head.conjuncts if t.i > head.i]
    for h in heads:
        n: int | None = None
        for child in h.children:
            if child.dep_ in ("nummod", "det", "quantmod") or child.like_num:
                word = child.lower_
                if word in _NUMBER_WORDS:
                    n = _NUMBER_WORDS[word]
                elif word.isdigit():
                    n = int(word)
        if n is None:
            if h.tag_ in ("NNS", "NNPS"):
                return None  # "officials": how many is not said
            n = 1
        total += n
        counted = True
    if not counted:
        return None if plural else 1
    return total
