"""Deterministic synthetic news corpora for benchmarking newsfacts.

Articles are recombined from the seed articles in ``data/raw/`` (their narrative
paragraphs and the words they quote) plus templated paragraphs with a pool of
real-looking Russian, Ukrainian and US names (with romanization variants), many
date forms ("Nov. 5", "on Thursday", "November 6, 2024", "6 November"), outlets,
quote styles (curly, straight, guillemets, split quotes, "said X" / "X said" /
"according to", anonymous sources) and boilerplate (navigation, photo credits,
"Related article:" teasers, subscribe prompts). Bodies are ~400-1,200 words.

Determinism: article ``i`` is a function of ``(seed, i)`` only, so the same
``--n`` and ``--seed`` give byte-identical files, and ``--start N`` adds new
articles that do not collide with those of a corpus of ``N``. About
``--dup-rate`` of the articles are syndicated copies of an earlier article's body
with different wrapping (near-duplicates, as in real feeds).

    uv run python -m benchmarks.generate --n 1000 --out /tmp/corpus [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from transforms.timex.grammar import MONTHS_FULL

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO / "data" / "raw"


@dataclass(frozen=True, slots=True)
class Person:
    variants: tuple[str, ...]  # first is the most common English form
    role: str
    pronoun: str


PEOPLE: tuple[Person, ...] = (
    Person(("Vladimir Putin", "Vladimir V. Putin"), "Russia's president", "he"),
    Person(
        ("Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "Dmitri S. Peskov"),
        "the Kremlin's spokesman",
        "he",
    ),
    Person(
        ("Sergey Lavrov", "Sergei Lavrov", "Sergei V. Lavrov"), "Russia's foreign minister", "he"
    ),
    Person(("Maria Zakharova", "Mariya Zakharova"), "the Foreign Ministry's spokeswoman", "she"),
    Person(
        ("Yuri Ushakov", "Yury Ushakov", "Yuriy Ushakov"), "a Kremlin foreign policy aide", "he"
    ),
    Person(
        ("Kirill Dmitriev", "Kirill Dmitriyev"), "head of the Russian Direct Investment Fund", "he"
    ),
    Person(("Dmitry Medvedev", "Dmitri Medvedev"), "deputy chairman of the Security Council", "he"),
    Person(
        ("Valentina Matviyenko", "Valentina Matvienko"), "speaker of the Federation Council", "she"
    ),
    Person(("Vyacheslav Volodin",), "speaker of the State Duma", "he"),
    Person(
        ("Sergei Shoigu", "Sergey Shoigu", "Sergei Shoygu"),
        "secretary of the Security Council",
        "he",
    ),
    Person(("Andrei Belousov", "Andrey Belousov"), "Russia's defense minister", "he"),
    Person(("Elvira Nabiullina",), "governor of the Central Bank", "she"),
    Person(("Herman Gref", "German Gref"), "Sberbank's chief executive", "he"),
    Person(("Ramzan Kadyrov",), "the head of Chechnya", "he"),
    Person(("Yulia Navalnaya", "Yulia Navalnaja"), "an opposition leader", "she"),
    Person(
        ("Alexander Gabuev", "Aleksandr Gabuev", "Alexander Gabuyev"),
        "director of the Carnegie Russia Eurasia Center",
        "he",
    ),
    Person(("Tatiana Stanovaya", "Tatyana Stanovaya"), "a political analyst", "she"),
    Person(
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky"),
        "Ukraine's president",
        "he",
    ),
    Person(
        ("Andriy Yermak", "Andrii Yermak", "Andrei Yermak"),
        "head of Ukraine's presidential office",
        "he",
    ),
    Person(("Andrii Sybiha", "Andriy Sybiha"), "Ukraine's foreign minister", "he"),
    Person(("Dmytro Kuleba", "Dmitry Kuleba"), "Ukraine's former foreign minister", "he"),
    Person(
        ("Rustem Umerov",), "secretary of Ukraine's National Security and Defense Council", "he"
    ),
    Person(
        ("Oleksandr Syrskyi", "Oleksandr Syrsky", "Aleksandr Syrsky"),
        "Ukraine's commander-in-chief",
        "he",
    ),
    Person(("Kyrylo Budanov", "Kirill Budanov"), "head of Ukraine's military intelligence", "he"),
    Person(("Yulia Svyrydenko", "Yuliia Svyrydenko"), "Ukraine's economy minister", "she"),
    Person(("Vitali Klitschko", "Vitaliy Klychko"), "the mayor of Kyiv", "he"),
    Person(("Donald Trump", "Donald J. Trump"), "the U.S. president", "he"),
    Person(("JD Vance", "J.D. Vance"), "the U.S. vice president", "he"),
    Person(("Marco Rubio",), "the U.S. secretary of state", "he"),
    Person(("Steve Witkoff", "Steven Witkoff"), "the White House special envoy", "he"),
    Person(("Keith Kellogg",), "the U.S. special envoy for Ukraine", "he"),
    Person(("Mike Waltz", "Michael Waltz"), "the U.S. national security adviser", "he"),
    Person(("Karoline Leavitt",), "the White House press secretary", "she"),
    Person(("Antony Blinken",), "the former U.S. secretary of state", "he"),
    Person(("Kurt Volker",), "a former U.S. special envoy", "he"),
    Person(("Fiona Hill",), "a former White House Russia adviser", "she"),
)

# Spellings in the seed articles and their romanization variants.
SEED_VARIANTS: dict[str, tuple[str, ...]] = {
    "Dmitry Peskov": ("Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov"),
    "Sergey Lavrov": ("Sergey Lavrov", "Sergei Lavrov"),
    "Dmitry Medvedev": ("Dmitry Medvedev", "Dmitri Medvedev"),
    "Valentina Matviyenko": ("Valentina Matviyenko", "Valentina Matvienko"),
    "Herman Gref": ("Herman Gref", "German Gref"),
    "Volodymyr Zelensky": ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"),
    "Alexander Gabuev": ("Alexander Gabuev", "Aleksandr Gabuev"),
    "Ilya Yashin": ("Ilya Yashin", "Ilia Yashin"),
    "Luhansk": ("Luhansk", "Lugansk"),
    "Kyiv": ("Kyiv", "Kyiv", "Kyiv", "Kiev"),
}

OUTLETS: tuple[tuple[str, str], ...] = (
    ("The Moscow Times", "www.themoscowtimes.com"),
    ("Meduza", "meduza.io"),
    ("The Kyiv Independent", "kyivindependent.com"),
    ("Reuters", "www.reuters.com"),
    ("The Associated Press", "apnews.com"),
    ("The New York Times", "www.nytimes.com"),
    ("The Washington Post", "www.washingtonpost.com"),
    ("Novaya Gazeta Europe", "novayagazeta.eu"),
    ("Verstka", "verstka.media"),
    ("The Insider", "theins.press"),
    ("BBC News", "www.bbc.com"),
    ("Ukrainska Pravda", "www.pravda.com.ua"),
    ("Kyiv Post", "www.kyivpost.com"),
    ("Politico", "www.politico.com"),
    ("Financial Times", "www.ft.com"),
)

CHANNELS = ("state television", "Telegram", "reporters", "the Rossiya-1 channel", "a podcast", "X")
CITIES = (
    "Moscow",
    "Kyiv",
    "Washington",
    "Riyadh",
    "Istanbul",
    "Geneva",
    "Berlin",
    "Minsk",
    "Ankara",
)
ANONYMOUS = (
    ("a Russian government official", "he"),
    ("a source close to the Kremlin", "they"),
    ("a senior Ukrainian official", "he"),
    ("two Russian diplomats", "they"),
    ("a source in Russia's Foreign Ministry", "they"),
    ("a person familiar with the talks", "they"),
    ("a Western diplomat", "she"),
    ("a senior executive at a major state corporation", "he"),
    ("three people with knowledge of the matter", "they"),
    ("a U.S. official", "she"),
)
ANON_REASONS = (
    "because they were not authorized to speak to foreign media",
    "due to the sensitivity of the matter",
    "to discuss private conversations",
    "for fear of reprisals",
)
CUES = ("said", "said", "said", "told", "added", "noted", "wrote", "warned", "stressed")
PHOTO_CREDITS = (
    "Evan Vucci / AP / TASS",
    "Mikhail Klimentyev / SPUTNIK / AFP via Getty Images",
    "Win McNamee / Getty Images",
    "Kremlin.ru",
    "Gavriil Grigorov / TASS",
    "Ukraine's Presidential Office / Telegram",
    "Alexander Zemlianichenko / AP",
    "Sergei Bobylev / TASS",
)
NAV = (
    "Skip to main content",
    "Skip to content",
    "Menu",
    "Search",
    "Sign in",
    "Subscribe",
    "News",
    "Opinion",
    "Edit post",
    "Share this article",
    "Listen to this article",
    "This audio is created with AI assistance",
)
SUBSCRIBE = (
    "Enter your email to subscribe",
    "Please, enter correct email address",
    "* indicates required",
    "Subscribe",
    "Become a member Gift membership",
    "Thank you for signing up for this newsletter. We've sent you a confirmation email.",
    "Support independent journalism. Donate now.",
    "Sign up for our weekly newsletter.",
    "Read more:",
    "Advertisement",
)
TEASER_TOPICS = (
    "Putin Won't Congratulate Trump Just Yet, Top Spokesman Says",
    "Will a Second Trump Presidency Reshape U.S.-Russia Ties? Experts Weigh In",
    "Kremlin Says Talks With Washington Are 'Constructive'",
    "Ukraine Strikes Oil Depot Deep Inside Russia",
    "Why Moscow Is Betting on a Long War",
    "Sanctions Bite as Russia's Budget Deficit Widens",
)
MONTHS = MONTHS_FULL
MONTH_ABBR = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EXTRA_QUOTES = (
    "We are ready for dialogue, but only on the basis of the realities on the ground",
    "Nobody in Moscow expects a quick deal",
    "This is not a negotiation, it is an ultimatum",
    "Ukraine will never recognize the occupied territories as Russian",
    "The sanctions are hurting, there is no point denying it",
    "We have seen these promises before and we know what they are worth",
    "The ball is now in Washington's court",
    "Any agreement must include security guarantees for Ukraine",
    "The talks were useful, but there is still a long way to go",
    "There will be no ceasefire without a political settlement",
)
NARRATIVE = (
    "{a} met {b} in {city} {when}, the first such meeting in months, {outlet} reported.",
    "{when_cap}, {a} spoke by phone with {b} about a possible prisoner exchange, according to a readout published by the Kremlin.",
    "The talks in {city} are expected to resume {when}, although neither side has confirmed the date.",
    "{a}, {role_a}, traveled to {city} {when} for consultations that lasted several hours.",
    "Russian forces launched more than 100 drones at Ukrainian cities overnight, Ukraine's air force said {when}.",
    "The announcement came {when}, days after {a} accused {b} of stalling the negotiations.",
    "Since {date_long}, the two sides have exchanged several proposals, none of which has been made public.",
    "{a} is due to visit {city} on {date_short}, {outlet} learned from two people familiar with the plans.",
)
HEADLINES = (
    "{a} Says Talks With {b_last} Could Resume {when_cap}",
    "Kremlin Insiders Hope {b_last} Will Hand {a_last} an Advantage in Ukraine",
    "{a_last} Warns West Over Sanctions as Talks Stall",
    "Officials Say {a_last} Conveyed 'Unofficial' Message to {b_last}",
    "What {a_last}'s Meeting With {b_last} Means for the War",
    "{a} Rejects Ceasefire Proposal, Sources Say",
)


@dataclass(frozen=True, slots=True)
class Seeds:
    paragraphs: tuple[str, ...]  # narrative paragraphs of the seed articles
    quotes: tuple[str, ...]  # quoted sentences of the seed articles, without closing punctuation
    fragments: tuple[str, ...]  # quoted fragments (lower-case start), for partial quotes


_QUOTE_RE = re.compile(r"[“\"]([^”\"\n]{25,320})[”\"]")
_BOILER_WORDS = ("member", "subscribe", "readers", "newsletter", "birthday", "journalism")


@cache
def load_seeds(seeds_dir: Path = DEFAULT_SEEDS) -> Seeds:
    files = sorted(p for p in seeds_dir.rglob("*.txt") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no seed articles (*.txt) under {seeds_dir}")
    paragraphs: list[str] = []
    quotes: list[str] = []
    for p in files:
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) >= 18 and not any(w in line.lower() for w in _BOILER_WORDS):
                paragraphs.append(line)
            for m in _QUOTE_RE.finditer(line):
                q = m.group(1).strip().rstrip(",.")
                if len(q.split()) >= 5 and "‘" not in q:
                    quotes.append(q)
    full = [q for q in quotes if q[0].isupper()] + list(EXTRA_QUOTES)
    frags = [q for q in quotes if q[0].islower()] + [_lower_first(q) for q in EXTRA_QUOTES]
    return Seeds(tuple(paragraphs), tuple(dict.fromkeys(full)), tuple(dict.fromkeys(frags)))


_LOWERABLE = {
    "The",
    "This",
    "It",
    "We",
    "There",
    "If",
    "But",
    "And",
    "As",
    "Any",
    "Nobody",
    "Maybe",
    "One",
    "These",
    "What",
    "Until",
    "Right",
    "Of",
    "With",
    "Both",
    "Everything",
}


def _lower_first(q: str) -> str:
    first = q.split(" ", 1)[0]
    return q[0].lower() + q[1:] if first in _LOWERABLE else q


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _last(name: str) -> str:
    return name.split()[-1]


class _Article:
    """Builds one article from its own random generator."""

    def __init__(self, rng: random.Random, seeds: Seeds, published: dt.date, outlet: str) -> None:
        self.rng = rng
        self.seeds = seeds
        self.published = published
        self.outlet = outlet
        # One spelling per person per article (romanization varies across articles).
        self.spelling = {p.variants[0]: rng.choice(p.variants) for p in PEOPLE}
        self.seed_spelling = {k: rng.choice(v) for k, v in SEED_VARIANTS.items()}
        self.cast = rng.sample(PEOPLE, k=rng.randint(3, 6))
        self.introduced: set[str] = set()

    # -- pieces ------------------------------------------------------------------
    def name(self, p: Person) -> str:
        full = self.spelling[p.variants[0]]
        if full in self.introduced and self.rng.random() < 0.6:
            prefix = self.rng.choice(("", "", "Mr. " if p.pronoun == "he" else "Ms. "))
            return prefix + _last(full)
        self.introduced.add(full)
        return full

    def when(self) -> str:
        r = self.rng
        d = self.published - dt.timedelta(days=r.randint(0, 6))
        choice = r.randrange(9)
        if choice == 0:
            return f"on {MONTH_ABBR[d.month - 1]} {d.day}"
        if choice == 1:
            return f"on {WEEKDAYS[d.weekday()]}"
        if choice == 2:
            return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"
        if choice == 3:
            return f"on {d.day} {MONTHS[d.month - 1]}"
        if choice == 4:
            return r.choice(("last week", "earlier this month", "this week", "two days ago"))
        if choice == 5:
            return f"on {WEEKDAYS[d.weekday()]} evening"
        if choice == 6:
            return f"in {MONTHS[d.month - 1]} {d.year}"
        if choice == 7:
            return "on Thursday" if d.weekday() == 3 else f"on {WEEKDAYS[d.weekday()]} morning"
        return f"on {MONTH_ABBR[d.month - 1]} {d.day}, {d.year}"

    def quote(self) -> str:
        return self.rng.choice(self.seeds.quotes)

    def quotes_pair(self) -> tuple[str, str]:
        a, b = self.rng.sample(self.seeds.quotes, 2)
        return a, b

    def marks(self) -> tuple[str, str]:
        return self.rng.choices((("“", "”"), ('"', '"'), ("«", "»")), weights=(6, 3, 1))[0]

    def quote_paragraph(self) -> str:
        r = self.rng
        o, c = self.marks()
        q = self.quote()
        cue = r.choice(CUES)
        if r.random() < 0.3:
            anon, pron = r.choice(ANONYMOUS)
            verb = "told" if cue == "told" else "said"
            dest = f" {self.outlet}" if verb == "told" else ""
            reason = r.choice(ANON_REASONS)
            form = r.randrange(3)
            if form == 0:
                return (
                    f"{o}{q},{c} {anon} {verb}{dest}, speaking on condition of anonymity {reason}."
                )
            if form == 1:
                return f"According to {anon}, {o}{q}.{c}"
            q2 = self.quote()
            return f"{o}{q},{c} {anon} {verb}{dest}. {o}{q2}.{c} {pron.capitalize()} spoke on condition of anonymity {reason}."
        p = r.choice(self.cast)
        who = self.name(p)
        role = p.role
        form = r.randrange(9)
        when = self.when()
        if form == 0:
            return f"{o}{q},{c} {who}, {role}, said {when}."
        if form == 1:
            return f"{o}{q},{c} said {who}."
        if form == 2:
            a, b = self.quotes_pair()
            return f"{o}{a},{c} {who} said, {o}{_lower_first(b)}.{c}"
        if form == 3:
            a, b = self.quotes_pair()
            return f"{o}{a},{c} {who} {cue} {when}. {o}{b},{c} {p.pronoun} added."
        if form == 4:
            return f"{who} said {when} that {o}{r.choice(self.seeds.fragments)}.{c}"
        if form == 5:
            return f"According to {who}, {role}, {o}{q}.{c}"
        if form == 6:
            ch = r.choice(CHANNELS)
            return f"{who} told {ch} {when}: {o}{q}.{c}"
        if form == 7:
            return f"{o}{q},{c} {who} told {self.outlet}."
        return f"In a statement {when}, {who} said the situation was {o}{r.choice(('unacceptable', 'under control', 'a provocation', 'constructive'))}{c} and {o}{r.choice(self.seeds.fragments)}.{c}"

    def narrative_paragraph(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            text = r.choice(self.seeds.paragraphs)
            for k, v in self.seed_spelling.items():
                text = text.replace(k, v)
            if r.random() < 0.6:
                text = text.replace("The Moscow Times", self.outlet).replace("VPost", self.outlet)
            return self._vary_dates(text)
        a, b = r.sample(self.cast, 2)
        d = self.published - dt.timedelta(days=r.randint(1, 40))
        when = self.when()
        return r.choice(NARRATIVE).format(
            a=self.name(a),
            b=self.name(b),
            role_a=a.role,
            city=r.choice(CITIES),
            when=when,
            when_cap=when[0].upper() + when[1:],
            outlet=self.outlet,
            date_long=f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            date_short=f"{MONTH_ABBR[d.month - 1]} {d.day}",
        )

    _ABBR_DATE = re.compile(r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. (\d{1,2})\b")
    _WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

    def _vary_dates(self, text: str) -> str:
        r = self.rng

        def abbr(_: re.Match[str]) -> str:
            d = self.published - dt.timedelta(days=r.randint(0, 30))
            return f"{MONTH_ABBR[d.month - 1]} {d.day}"

        def wday(_: re.Match[str]) -> str:
            return r.choice(WEEKDAYS)

        return self._WEEKDAY.sub(wday, self._ABBR_DATE.sub(abbr, text))

    def body(self, target_words: int) -> list[str]:
        paras: list[str] = []
        words = 0
        while words < target_words:
            x = self.rng.random()
            p = self.quote_paragraph() if x < 0.42 else self.narrative_paragraph()
            paras.append(p)
            words += len(p.split())
        return paras

    def headline(self) -> str:
        a, b = self.cast[0], self.cast[1]
        when = self.when()
        return self.rng.choice(HEADLINES).format(
            a=self.spelling[a.variants[0]],
            a_last=_last(self.spelling[a.variants[0]]),
            b_last=_last(self.spelling[b.variants[0]]),
            when_cap=" ".join(w.capitalize() for w in when.split()),
        )


def _dateline(rng: random.Random, d: dt.date, author: str) -> str:
    form = rng.randrange(5)
    if form == 0:
        return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    if form == 1:
        h, m = rng.randint(1, 12), rng.randint(0, 59)
        ampm = rng.choice(("AM", "PM"))
        return f"by {author} {MONTHS[d.month - 1]} {d.day}, {d.year} {h}:{m:02d} {ampm} {rng.randint(2, 9)} min read"
    if form == 2:
        return f"{MONTH_ABBR[d.month - 1]} {d.day}, {d.year}, {rng.randint(1, 12)}:{rng.randint(0, 59):02d} a.m. ET"
    if form == 3:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"By {author}\nPublished {MONTHS[d.month - 1]} {d.day}, {d.year}"


AUTHORS = (
    "Martin Fornusek",
    "Anna Myroniuk",
    "Pjotr Sauer",
    "Andrew Roth",
    "Nadia Beard",
    "Ellen Francis",
    "Guy Faulconbridge",
    "Polina Ivanova",
    "Max Seddon",
    "Shaun Walker",
)


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    rel_path: str
    text: str


def make_article(
    i: int, seed: int = 0, *, seeds: Seeds | None = None, dup_rate: float = 0.02
) -> GeneratedArticle:
    """Article number ``i`` of the corpus with ``seed``: a pure function of both."""
    seeds = seeds or load_seeds()
    wrap = random.Random(f"newsfacts-bench/{seed}/wrap/{i}")
    body_index = i
    if i > 0 and wrap.random() < dup_rate:
        body_index = wrap.randrange(max(0, i - 200), i)  # syndicated copy of an earlier body
    brng = random.Random(f"newsfacts-bench/{seed}/body/{body_index}")
    published = dt.date(2024, 1, 1) + dt.timedelta(days=brng.randrange(730))
    outlet, domain = OUTLETS[brng.randrange(len(OUTLETS))]
    art = _Article(brng, seeds, published, outlet)
    headline = art.headline()
    body = art.body(brng.randint(380, 1100))

    # Wrapping (nav, credits, teasers, footer) comes from the per-file generator.
    if body_index != i:
        outlet, domain = OUTLETS[wrap.randrange(len(OUTLETS))]
    sep = wrap.choice(("\n", "\n\n", "\n\n"))
    lines: list[str] = []
    if wrap.random() < 0.6:
        lines.extend(wrap.sample(NAV, k=wrap.randint(1, 4)))
    lines.append(headline)
    lines.append(_dateline(wrap, published, wrap.choice(AUTHORS)))
    if wrap.random() < 0.7:
        lines.append(wrap.choice(PHOTO_CREDITS))
    if body_index != i:
        lines.append(f"Source: {OUTLETS[brng.randrange(len(OUTLETS))][0]}")
    body = list(body)
    for _ in range(wrap.choice((0, 1, 1, 2))):
        pos = wrap.randrange(1, len(body)) if len(body) > 1 else 1
        body.insert(pos, f"Related article: [{wrap.choice(TEASER_TOPICS)}](#)")
    lines.extend(body)
    if wrap.random() < 0.3:
        lines.append(f"This article was first published by {outlet}.")
    slug = _slug(headline)[:60]
    lines.append(
        f"Original url: https://{domain}/{published:%Y/%m/%d}/{slug}-a{100000 + i}"
        if wrap.random() < 0.5
        else f"https://{domain}/{published:%Y/%m/%d}/{slug}-a{100000 + i}"
    )
    if wrap.random() < 0.5:
        lines.extend(wrap.sample(SUBSCRIBE, k=wrap.randint(2, 6)))
    text = sep.join(lines) + ("\n" if wrap.random() < 0.7 else "")
    rel = f"{_slug(outlet)}/{published:%Y-%m}/{i:06d}-{slug[:40]}.txt"
    return GeneratedArticle(rel, text)


def generate(
    n: int,
    out: Path,
    *,
    seed: int = 0,
    start: int = 0,
    seeds_dir: Path = DEFAULT_SEEDS,
    dup_rate: float = 0.02,
) -> list[Path]:
    """Write articles ``start .. start+n-1`` under ``out``; returns the paths written."""
    seeds = load_seeds(seeds_dir)
    written: list[Path] = []
    for i in range(start, start + n):
        a = make_article(i, seed, seeds=seeds, dup_rate=dup_rate)
        path = out / a.rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(a.text.encode("utf-8"))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="first article number (to add new ones)")
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="seed articles folder")
    ap.add_argument("--dup-rate", type=float, default=0.02, help="share of syndicated copies")
    args = ap.parse_args(argv)
    paths = generate(
        args.n,
        args.out,
        seed=args.seed,
        start=args.start,
        seeds_dir=args.seeds,
        dup_rate=args.dup_rate,
    )
    total = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({total / 1e6:.1f} MB) under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
