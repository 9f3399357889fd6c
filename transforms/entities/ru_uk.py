"""People, organisations, places and outlets in a Russian or Ukrainian body.

Candidates come from Slovnet's NER spans, from "Given Surname" pairs that
pymorphy3's dictionary marks (Name + Surn or an unknown capitalized word), and
from the gazetteers (``transforms.entities.ru_uk_gazetteer``). Inflected forms are
reduced to the nominative with pymorphy3 (Пескова -> Песков, Пєскову -> Пєсков)
and every person gets an English name (``transforms.entities.ru_uk_translit``): the
mention's ``EntityRef`` carries that English name, so the corpus step merges
Песков, Пєсков and Peskov; the mention's text stays the surface form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contract.records import EntityRef, MentionRecord
from transforms.entities import ru_uk_gazetteer as gazetteer
from transforms.entities.ru_uk_english import (
    english_given,
    english_surname,
    initials,
)
from transforms.entities.ru_uk_parse import Parse, Token
from transforms.entities.ru_uk_translit import (
    given_name,
    is_given_name,
    romanize_phrase,
    surname,
)

# Parts of speech that a capitalized word tagged PER by the NER cannot be when
# the dictionary knows the word (sentence-initial verbs, participles, pronouns).
_NOT_NAME_POS = frozenset(
    {"VERB", "INFN", "PRTF", "PRTS", "GRND", "NPRO", "PREP", "CONJ", "PRCL", "ADVB", "PRED"}
)
# Words that say the person next to them is Russian or Ukrainian (lemmas), used
# to romanize a name from the person's own language (see translit.given_name).
_ORIGIN_MARKERS = {
    "ru": frozenset(
        {
            "росія",
            "рф",
            "російський",
            "кремль",
            "москва",
            "россия",
            "российский",
            "кремлёвский",
            "кремлевский",
        }
    ),
    "uk": frozenset(
        {"украина", "украинский", "киев", "україна", "український", "київ", "всу", "зсу"}
    ),
}
_ORIGIN_WINDOW = 8  # tokens before a mention in which a marker counts
_MAX_GAZ_WORDS = 4


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: EntityRef
    surname_key: str | None = None  # persons: lower-case nominative surname


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _nominative(tok: Token, want: str | None = None) -> str:
    """Nominative of a name token, preferring the reading with grammeme ``want``."""
    if not tok.analyses:
        return tok.text
    wanted = [a for a in tok.analyses if want and want in a.grams]
    pool = wanted or list(tok.analyses)
    # A reading that is already nominative keeps the written form (a guessed
    # reading's re-inflection would invent an ending: Ярин -> Ярины).
    if any("nomn" in a.grams for a in pool):
        return _cap(tok.text.lower()) if not tok.text.isupper() else tok.text
    chosen = next((a for a in pool if a.pos in ("NOUN", "ADJF")), pool[0])
    return _cap(chosen.nominative)


def _is_known_common(tok: Token) -> bool:
    """A dictionary word that is not a name (no Name/Surn/Patr reading, not guessed)."""
    if not tok.analyses:
        return True
    if any(g in a.grams for a in tok.analyses for g in ("Name", "Surn", "Patr")):
        return False
    return tok.analyses[0].known


def _key(tokens: list[Token]) -> tuple[str, str]:
    """(nominative lemma key, lower-case surface key) of a token run."""
    lemma = " ".join((t.analyses[0].lemma if t.analyses else t.text.lower()) for t in tokens)
    surface = " ".join(t.text.lower() for t in tokens)
    return lemma, surface


def _lookup_place_org(tokens: list[Token]) -> EntityRef | None:
    lemma, surface = _key(tokens)
    joined = "".join(t.text for t in tokens).lower()
    media = gazetteer.media()
    for k in (surface, lemma, joined):
        if k in media:
            return ("media", media[k])
    inst = gazetteer.institutions()
    for k in (lemma, surface):
        if k in inst:
            return inst[k]
    places = gazetteer.places()
    for k in (lemma, surface):
        if k in places:
            return ("gpe", places[k])
    # Any reading's lemma (Києві -> Київ when the best reading is another word).
    if len(tokens) == 1:
        for a in tokens[0].analyses:
            if a.lemma in places:
                return ("gpe", places[a.lemma])
            if a.lemma in inst:
                return inst[a.lemma]
            if a.lemma in media:
                return ("media", media[a.lemma])
    return None


def _name_like(tok: Token) -> bool:
    return tok.is_upper_initial and (
        tok.has_gram("Name") or tok.has_gram("Surn") or not tok.analyses[0].known
    )


def _in_name_pair(toks: tuple[Token, ...], i: int) -> bool:
    """A given name next to a surname (Володимира Зеленського), not the city Володимир."""
    tok = toks[i]
    if not tok.analyses or not tok.has_gram("Name"):
        return False
    return i + 1 < len(toks) and bool(toks[i + 1].analyses) and _name_like(toks[i + 1])


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Consecutive capitalized word tokens (a PER span may join two names with "і"/"и")."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for t in tokens:
        if t.is_upper_initial and any(ch.isalpha() for ch in t.text):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


class _People:
    """Persons of one article, keyed by nominative surname."""

    def __init__(self, parse: Parse) -> None:
        self.parse = parse
        self.full: dict[
            str, tuple[str, str]
        ] = {}  # surname key -> (given nominative, surname nominative)
        self.forms: dict[str, list[str]] = {}  # surname stem -> surface forms

    def person_parts(self, run: list[Token]) -> tuple[str | None, str]:
        words = [t for t in run if not (t.has_gram("Patr") and len(run) == 3 and t is run[1])]
        if len(words) >= 2:
            first, last = words[0], words[-1]
            feminine = _feminine_given(first)
            given = _given_nominative(first, last, feminine)
            if given.lower() == first.text.lower() and not last.has_gram("Surn"):
                # Сергей Рябков: a nominative given name makes the unknown surname nominative too.
                return given, _cap(last.text.lower()) if not last.text.isupper() else last.text
            return given, _surname_nominative(last, feminine, _given_cases(first, given))
        return None, _surname_nominative(run[-1], False, None)


def _cases(tok: Token) -> set[str]:
    return {g for a in tok.analyses for g in a.grams if g in _CASES}


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def _feminine_given(tok: Token) -> bool:
    names = [a for a in tok.analyses if "Name" in a.grams]
    return bool(names) and all("femn" in a.grams for a in names)


def _given_nominative(tok: Token, surname_tok: Token, feminine: bool) -> str:
    """A given name's nominative, read in the case its surname is in (Евгения Пригожина -> Евгений)."""
    names = [a for a in tok.analyses if "Name" in a.grams]
    if not names:
        return _nominative(tok, "Name")
    cases = _cases(surname_tok)
    agree = [a for a in names if a.grams & cases] or names
    listed = [a for a in agree if is_given_name(a.lemma, "ru") or is_given_name(a.lemma, "uk")]
    agree = listed or agree
    # Without a feminine surname form, a masculine reading wins (Евгения = gent. of Евгений).
    masc = [a for a in agree if "masc" in a.grams]
    chosen = masc[0] if masc and not _feminine_form(surname_tok) else agree[0]
    return _cap(tok.text.lower() if "nomn" in chosen.grams else chosen.nominative)


_FEMININE_SURNAME_ENDINGS = (
    "ова",
    "ева",
    "ёва",
    "єва",
    "ина",
    "іна",
    "ына",
    "ая",
    "ська",
    "цька",
    "зька",
    "ской",
    "ову",
    "еву",
    "ину",
    "ой",
)


def _feminine_form(tok: Token) -> bool:
    surn = [a for a in tok.analyses if "Surn" in a.grams]
    return (bool(surn) and all("femn" in a.grams for a in surn)) or (
        bool(surn)
        and tok.text.lower().endswith(_FEMININE_SURNAME_ENDINGS)
        and any("femn" in a.grams for a in surn)
        and not any("masc" in a.grams for a in surn)
    )


def _given_cases(tok: Token, given: str) -> set[str]:
    return {
        g
        for a in tok.analyses
        if "Name" in a.grams and a.nominative.lower() == given.lower()
        for g in a.grams
        if g in _CASES
    }


def _surname_nominative(tok: Token, feminine: bool, cases: set[str] | None = None) -> str:
    """A surname's nominative; masculine unless the given name or every reading is feminine.

    With the given name's cases known, a reading in one of them is preferred
    (Павлу Зарубину: dative, so Зарубин).
    """
    nom = _surname_nominative_any(tok, feminine, cases)
    low = tok.text.lower()
    # Ukrainian nominatives of -ов/-ев surnames alternate to -ів (Гнатов -> Гнатів); the
    # written oblique form keeps the vowel, and so does the press form.
    if (
        nom.lower().endswith(("ів", "їв"))
        and low.startswith(nom.lower()[:-2])
        and low[len(nom) - 2 : len(nom)] in ("ов", "ев", "єв")
    ):
        nom = nom[:-2] + low[len(nom) - 2 : len(nom)]
    return nom


def _surname_nominative_any(tok: Token, feminine: bool, cases: set[str] | None) -> str:
    if cases and not tok.has_gram("Surn") and "nomn" not in cases:
        gender = "femn" if feminine else "masc"
        agree = [
            a
            for a in tok.analyses
            if a.grams & cases and a.pos == "NOUN" and (gender in a.grams or "ms-f" in a.grams)
        ]
        if agree:
            return _cap(agree[0].nominative)
    surn = [a for a in tok.analyses if "Surn" in a.grams]
    if surn:
        if feminine:
            pool = [a for a in surn if "femn" in a.grams] or surn
        else:
            pool = [a for a in surn if "masc" in a.grams] or surn
        a = pool[0]
        return _cap(tok.text.lower() if "nomn" in a.grams else a.nominative)
    if any("nomn" in a.grams for a in tok.analyses) or not tok.analyses:
        return _cap(tok.text.lower())
    return _nominative(tok)


def _surname_key(nominative: str) -> str:
    return nominative.lower()


def _origin(parse: Parse, index: int, lang: str) -> str:
    other = "ru" if lang == "uk" else "uk"
    toks = parse.tokens[max(0, index - _ORIGIN_WINDOW) : index]
    for t in toks:
        if t.lemmas() & _ORIGIN_MARKERS[other]:
            return other
    return lang


def _stem_match(a: str, b: str) -> bool:
    """Two forms of one surname: same word up to a case ending of at most 3 letters."""
    a, b = a.lower(), b.lower()
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 4 and len(a) - n <= 3 and len(b) - n <= 3


def _best_surname(forms: list[str], guessed: str) -> str:
    """The nominative among an unknown surname's written forms (Сибігу, Сибіги, Сибіга -> Сибіга)."""
    if len(forms) < 2:
        return guessed
    prefix = forms[0].lower()
    for f in forms[1:]:
        i = 0
        while i < min(len(prefix), len(f)) and prefix[i] == f[i].lower():
            i += 1
        prefix = prefix[:i]
    lowered = {f.lower() for f in forms}
    # The bare stem first (Пригожин beside Пригожина), then an a-stem (Сибіга beside Сибігу).
    for ending in ("", "а", "я"):
        if prefix + ending in lowered:
            return _cap(prefix + ending)
    return guessed


def extract_entities(parse: Parse) -> tuple[Mention, ...]:
    """Every entity mention, with article-level English names, in text order."""
    lang = parse.lang
    text = parse.text
    tok_index = {t.start: i for i, t in enumerate(parse.tokens)}
    claimed: list[tuple[int, int]] = []
    raw_people: list[tuple[list[Token], int]] = []
    others: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= cs or s >= ce for cs, ce in claimed)

    # 1. Gazetteer matches, longest first: outlets, institutions, countries, cities.
    toks = parse.tokens
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(_MAX_GAZ_WORDS, len(toks) - i), 0, -1):
            run = list(toks[i : i + n])
            if not run[0].is_upper_initial or not any(ch.isalpha() for ch in run[-1].text):
                continue
            if n == 1 and _in_name_pair(toks, i):
                continue
            ref = _lookup_place_org(run)
            if ref is not None:
                hit = (run, ref)
                break
        if hit is None:
            i += 1
            continue
        run, ref = hit
        s, e = run[0].start, run[-1].end
        others.append(Mention(s, e, text[s:e], ref))
        claimed.append((s, e))
        i += len(run)

    # 2. NER spans.
    for span in parse.ner:
        span_toks = parse.tokens_in(span.start, span.end)
        for run in _runs(span_toks):
            s, e = run[0].start, run[-1].end
            if not free(s, e):
                continue
            if span.label == "PER":
                while run and _is_known_common(run[0]) and not is_given_name(run[0].text, lang):
                    if run[0].has_gram("Geox"):
                        break
                    run = run[1:]
                while (
                    run
                    and run[0].analyses
                    and run[0].analyses[0].known
                    and run[0].analyses[0].pos in _NOT_NAME_POS
                ):
                    run = run[1:]
                if not run:
                    continue
                if len(run) == 1 and run[0].has_gram("Name") and not run[0].has_gram("Surn"):
                    continue  # a lone given name: whose it is needs coreference
                if (
                    len(run) >= 3
                    and run[0].has_gram("Surn")
                    and not run[0].has_gram("Name")
                    and run[1].has_gram("Name")
                ):
                    raw_people.append(([run[0]], tok_index[run[0].start]))
                    claimed.append((run[0].start, run[0].end))
                    run = run[1:]
                if len(run) == 2 and run[0].has_gram("Surn") and not run[0].has_gram("Name"):
                    raw_people.append(([run[0]], tok_index[run[0].start]))
                    claimed.append((run[0].start, run[0].end))
                    run = run[1:]
                if len(run) == 1 and run[0].has_gram("Geox") and not run[0].has_gram("Surn"):
                    s, e = run[0].start, run[0].end
                    others.append(
                        Mention(
                            s,
                            e,
                            text[s:e],
                            ("gpe", romanize_phrase(_nominative(run[0], "Geox"), lang)),
                        )
                    )
                    claimed.append((s, e))
                    continue
                raw_people.append((run, tok_index[run[0].start]))
                claimed.append((run[0].start, run[-1].end))
            else:
                k = next(
                    (
                        i
                        for i, t in enumerate(run[:-1])
                        if t.has_gram("Name") and _name_like(run[i + 1])
                    ),
                    None,
                )
                if k is not None:
                    raw_people.append((run[k:], tok_index[run[k].start]))
                    claimed.append((run[k].start, run[-1].end))
                    run = run[:k]
                    if not run:
                        continue
                    s, e = run[0].start, run[-1].end
                if (
                    len(run) == 1
                    and run[0].analyses
                    and run[0].analyses[0].known
                    and (run[0].analyses[0].pos in _NOT_NAME_POS)
                ):
                    continue
                if (
                    len(run) == 1
                    and run[0].analyses
                    and (run[0].has_gram("Surn") or not run[0].analyses[0].known)
                ):
                    # A lone surname-like word the NER called ORG/LOC ("Сибіга закликав"):
                    # left to the surname pass below, which keeps it only if it
                    # repeats a person of the article.
                    continue
                etype = "gpe" if span.label == "LOC" else "org"
                name = romanize_phrase(
                    " ".join(_nominative(t) if k == 0 else t.text for k, t in enumerate(run)), lang
                )
                others.append(Mention(s, e, text[s:e], (etype, name)))
                claimed.append((s, e))

    # 3. "Given Surname" pairs the NER missed: a given name followed by a capitalized word.
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if not (t.is_upper_initial and nxt.is_upper_initial and t.has_gram("Name")):
            continue
        if not free(t.start, nxt.end) or _is_known_common(nxt):
            continue
        raw_people.append(([t, nxt], k))
        claimed.append((t.start, nxt.end))

    # 4. Bare surnames repeating a person already found (Шлінчак after Віктора Шлінчака).
    surnames = {run[-1].text.lower() for run, _ in raw_people}
    for k, t in enumerate(toks):
        if not t.is_upper_initial or not free(t.start, t.end):
            continue
        # The same written form as a surname already found counts even when the
        # dictionary also knows it as a common word (Рябков, genitive of "рябок").
        if t.text.lower() in surnames or (
            any(_stem_match(t.text, s) for s in surnames) and not _is_known_common(t)
        ):
            raw_people.append(([t], k))
            claimed.append((t.start, t.end))

    return tuple(
        sorted(others + _people_mentions(parse, raw_people), key=lambda m: (m.start, m.end))
    )


def _people_mentions(parse: Parse, raw: list[tuple[list[Token], int]]) -> list[Mention]:
    lang = parse.lang
    text = parse.text
    people = _People(parse)
    parts = [(run, idx, *people.person_parts(run)) for run, idx in raw]
    # Group the written forms of each surname to find unknown surnames' nominative.
    groups: list[list[int]] = []
    for n, (run, _, _, _) in enumerate(parts):
        for g in groups:
            if _stem_match(parts[g[0]][0][-1].text, run[-1].text):
                g.append(n)
                break
        else:
            groups.append([n])
    nominative: dict[int, str] = {}
    for g in groups:
        forms = [parts[n][0][-1].text for n in g]
        full = [parts[n][3] for n in g if parts[n][2]]
        guess = full[0] if full else parts[g[0]][3]
        known = any(parts[n][0][-1].has_gram("Surn") for n in g)
        best = (
            guess if known or len({f.lower() for f in forms}) < 2 else _best_surname(forms, guess)
        )
        for n in g:
            nominative[n] = best
    # Article-level identity: the fullest name per surname group, origin from any mention.
    out: list[Mention] = []
    for g in groups:
        if len(nominative[g[0]]) < 2:
            continue
        given = next((parts[n][2] for n in g if parts[n][2]), None)
        origin = lang
        for n in g:
            o = _origin(parse, parts[n][1], lang)
            if o != lang:
                origin = o
                break
        sur = nominative[g[0]]
        english_sur = surname(sur, lang, origin)
        restored = english_surname(sur, english_sur)
        english_sur = restored or english_sur
        given_en = None
        for n in g:
            run = parts[n][0]
            if len(run) >= 3 and (letters := initials([t.text for t in run[:-1]])):
                given_en = letters
        if given_en is None and given:
            plain = given_name(given, lang, origin)
            # The given name is read as English only when the surname is (Такер
            # Карлсон -> Tucker Carlson); Давид Арахамія, Денис Шмигаль keep theirs.
            as_english = restored is not None and not is_given_name(given, lang)
            given_en = (english_given(given, plain) or plain) if as_english else plain
        english = f"{given_en} {english_sur}" if given_en else english_sur
        for n in g:
            run = parts[n][0]
            s, e = run[0].start, run[-1].end
            out.append(Mention(s, e, text[s:e], ("person", english), _surname_key(sur)))
    return out


def to_records(mentions: tuple[Mention, ...]) -> tuple[MentionRecord, ...]:
    return tuple(MentionRecord(m.text, m.start, m.end, m.entity) for m in mentions)


_WS = re.compile(r"\s+")
