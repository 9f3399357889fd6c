"""Find the article body in copy-pasted page text, line by line.

Pages pasted into a text file carry the site's furniture around the article:
navigation, membership appeals, photo captions and credits, teasers for other
stories, newsletter widgets, author bios. The approach:

1. classify every line: blank, *prose* (sentence-like: several words ending in
   terminal punctuation), *furniture* (matches a general page-furniture pattern;
   some kinds mark the end of an article, e.g. author bios or "first published
   by" notes), or *other* (short / unpunctuated: headlines, labels, broken lines);
2. cut the text into segments of prose separated by hard gaps (an end marker,
   two or more headline-like lines or appeals, or four non-prose lines), take
   the segment carrying the most prose (double weight when it follows a byline
   or dateline) and grow it over soft gaps to neighbouring segments that are
   substantial (a "Read more" box mid-story), never across closing furniture;
   a dek (summary above the body, recognised by repeating the story) is cut;
3. inside the body keep prose, sentence fragments broken by a stray line break,
   and list items; drop furniture and headline-like lines (crossheads, teasers).

Kept lines are copied character for character. Paragraphs are joined with a
single ``\\n`` (blank lines dropped); a line that only continues a sentence
broken by a stray line break is joined to it with a single space instead, so
that sentence splitting downstream sees one sentence.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from transforms import lexicon
from transforms.articles.metadata import (
    NAME,
    is_dateline,
    is_person_name,
    is_republication_note,
    labelled_published_date,
    parse_bio,
    parse_byline,
    resolve_outlet,
    url_in_line,
)

BLANK = "blank"
PROSE = "prose"
OTHER = "other"
FURNITURE = "furniture"

_TERMINAL = re.compile(r"[.!?…。！？:](?:[\"'”’»)\]]*)\s*$")
_WORDS = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
# Words a complete line does not end on: a line ending on one is a broken sentence.
_FUNCTION_END: frozenset[str] = frozenset(
    lexicon.load("transforms.articles", "line_final_function_words.json")
)

# --- furniture patterns (case-insensitive, matched against the stripped line) ---

_NAV = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation|search)\b.*|skip (?:navigation|advertisement)|"
    r"main menu|menu|search|home|sign in|log in|login|register|edit post|"
    r"share(?: this| full)?(?: article| story)?|print|save|"
    r"email|e-mail|advertisement|advertising|ad|sponsored|supported by|close|back to top|"
    r"image|photo|video|audio|gallery|learn more|today['’]s paper|"
    r"toggle navigation|open menu|listen|listen to (?:this|the) (?:article|story)\b.*|"
    r"copy link|link copied|comments?|show comments|leave a comment|follow us|"
    r"(?:facebook|twitter|x|telegram|whatsapp|linkedin|reddit|instagram|youtube)(?:\s+|$)+)$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^(?:subscribe(?: now| today)?|sign up(?: now)?|\* ?indicates required|"
    r"enter (?:your|a) (?:e-?mail|email address).*|"
    r"please,? enter (?:a )?(?:valid|correct) e-?mail.*|"
    r"success(?:ful+)?y? subscribed.*|thank you for (?:signing up|subscribing).*|"
    r"(?:become a member|gift (?:a )?membership|donate(?: now)?|support us)"
    r"(?:\s+(?:become a member|gift (?:a )?membership|donate(?: now)?|support us))*|"
    r"(?:visa|mastercard|american ?express|paypal|apple ?pay|google ?pay)(?:\s+(?:visa|mastercard|"
    r"american ?express|paypal|apple ?pay|google ?pay))*|"
    r"this audio is (?:created|generated) with (?:ai|the help of ai).*|"
    r"(?:audio|listen)(?: version)?:? .{0,30}|"
    r"(?:cookie|we use cookies).*|accept(?: all)? cookies)$",
    re.IGNORECASE,
)
_APPEAL_KEY = re.compile(
    r"\b(?:become a member|membership|members?hip|subscribe|subscription|subscriber|donat\w*|"
    r"financial contribution|contribut\w* (?:today|now)|fund (?:our|us)|funded by (?:our )?readers|"
    r"help (?:us|fund)|support (?:our|us|independent)|readers like you|our (?:journalism|reporting|"
    r"mission|newsroom)|newsletter|sign up|paywall|ad-free|free for everyone|"
    r"support\w*\s+(?:\w+['’]?s?\s+){0,3}journalism|consider (?:supporting|subscribing|donating)|"
    r"your support|support (?:today|monthly)|independent journalism|need your help|"
    r"stand(?:ing)? with us|every contribution|"
    r"подпис\w+|поддерж\w+ (?:нас|редакц\w+|проект)|підпис\w+|підтрима\w+ (?:нас|редакц\w+))\b",
    re.IGNORECASE,
)
_APPEAL_PERSON = re.compile(
    r"\b(?:we|us|our|you|your|we['’]ve|we['’]re|мы|нас|наш\w*|вы|вас|ваш\w*|ми|ви|вам)\b",
    re.IGNORECASE,
)
_READ_TIME = re.compile(
    r"^(?:\d+\s*(?:min|mins|minutes?)\.?(?:\s+read)?|read(?:ing)? time:?\s*\d+\s*min\w*)$",
    re.IGNORECASE,
)
_RELATED_INLINE = re.compile(
    r"^(?:related(?: articles?| stories| story| content| coverage| reading| news)?"
    r"|read (?:more|also|next)|see also|also read|more on this|more (?:on|about) this story|"
    r"recommended|watch|video|"
    r"читайте также|также читайте|читайте також)\s*[:：>»|-]\s*\S",
    re.IGNORECASE,
)
_SECTION_HEAD = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage| news)?|read (?:more|next|also)|"
    r"see also|"
    r"more (?:news|stories|from [\w .]+|on this topic|in [\w ]+)|most (?:read|popular|viewed)|"
    r"editors['’]? picks?|top stories|latest(?: news| stories)?|news ?feed|trending(?: now)?|"
    r"you (?:may|might) also like|recommended(?: for you| stories)?|popular|"
    r"tags|topics|(?:tags?|topics?|filed under)\s*:.*|"
    r"share this (?:article|story)|comments?|in other news|what to read next|further reading|"
    r"последние новости|читайте также|популярное)\s*:?$",
    re.IGNORECASE,
)
# Topic tags and letters to readers come after the story.
_TAGS = re.compile(
    r"^(?:read more about|more about|see more on|more on|tags?|topics?|filed under|categories|"
    r"keywords|"
    r"темы|теги|теми)\s*:",
    re.IGNORECASE,
)
_READER_LETTER = re.compile(
    r"^(?:dear (?:readers?|friends|subscribers)\b|a (?:message|note|letter) (?:from|to)\b)"
    r"[^.!?]{0,60}[:,]?$",
    re.IGNORECASE,
)
# Agency sign-off lines close a story: "Reporting by X; Editing by Y".
_SIGN_OFF = re.compile(
    r"^(?:\(?(?:additional )?reporting|writing|editing|compiled|produced|graphics|story|text|"
    r"words|interview|(?:abridged )?translat(?:ion|ed)|edited|photos?)\s+by\b"
    r"|^our standards\s*:"
    r"|\bcontributed (?:reporting|research|to this (?:report|story|article))\b[^.]{0,40}\.?$",
    re.IGNORECASE,
)
_NAME_START = re.compile(NAME)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
_EDITOR_NOTE = re.compile(
    r"^(?:editor['’]?s['’]? note|note from the editor|correction|clarification|update|updated)\s*:",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"^(?:source|sources|via|источник|джерело|quelle|fuente)\s*:\s*\S.{0,60}$", re.IGNORECASE
)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w{2,4})?$", re.IGNORECASE)
_PHOTO_WORDS = re.compile(
    r"\b(?:getty images|getty|ap photo|associated press|reuters|afp|tass|sputnik|ria novosti|epa|"
    r"efe|shutterstock|alamy|anadolu|xinhua|pool|photo|photos|photograph|image|images|"
    r"illustration|credit|courtesy|kremlin\.ru|press service|handout|фото|фотография)\b",
    re.IGNORECASE,
)
_CAPTION_LEAD = re.compile(
    r"^(?:photo|photograph|image|picture|pictured|illustration|caption|credit|фото)\s*[:|]",
    re.IGNORECASE,
)
# "A view of the Kremlin.Credit...Nanna Heitmann for The New York Times",
# "Zelenskyy in Kyiv. Photograph: Presidential Press Service/Reuters".
_CAPTION_INLINE = re.compile(
    r"\b(?:Credit|Photo|Photograph|Image|Фото)\s*(?:\.\.\.|…|:)\s*[A-ZА-Я]"
)
# A caption ends with its credit in parentheses: "(Mikhail Klimentyev / SPUTNIK / AFP via
# Getty Images)", "(Andrey Rudakov/Bloomberg News)", "(Photo: Reuters)". The credit
# starts with a capital, so "(year/year)" or "(via Telegram)" in a sentence do not count.
_CAPTION_CREDIT_TAIL = re.compile(
    r"\((?=[A-ZА-Я])(?:[^()]*\s/\s[^()]*|[^()]*\w/[A-Z][^()]*|"
    r"[^()]*\b(?:via \w+ Images|Getty Images|Photo|Credit|AP Photo|Reuters|AFP|TASS|Sputnik|EPA)"
    r"\b[^()]*)\)\s*$"
)
_DATE_SENTENCE_TAIL = re.compile(
    r"[.!?]\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\.?\s*$"
)
_BULLET = re.compile(r"^\s*(?:[-–•*▪●]|\d{1,2}[.)])\s+\S")


@dataclass(frozen=True, slots=True)
class LineInfo:
    index: int  # 0-based line number in the decoded text
    text: str  # exactly as in the decoded text
    kind: str  # blank | prose | other | furniture
    reason: str | None = None  # why furniture / which metadata it carries
    end_marker: bool = False  # furniture that closes an article (bios, republication notes)
    in_body: bool = False


@dataclass(frozen=True, slots=True)
class BodyResult:
    body_text: str
    lines: tuple[LineInfo, ...]
    body_start: int  # first body line index, -1 when no body
    body_end: int  # last body line index, -1 when no body
    n_removed: int  # non-blank lines not in body_text

    def lead_lines(self) -> list[LineInfo]:
        """Non-blank lines before the body (headline, byline, dateline area)."""
        end = self.body_start if self.body_start >= 0 else len(self.lines)
        return [li for li in self.lines[:end] if li.kind != BLANK]

    def tail_lines(self) -> list[LineInfo]:
        start = self.body_end + 1 if self.body_end >= 0 else len(self.lines)
        return [li for li in self.lines[start:] if li.kind != BLANK]

    def removed_lines(self) -> list[LineInfo]:
        return [li for li in self.lines if li.kind != BLANK and not li.in_body]


def word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def _ends_terminal(s: str) -> bool:
    return _TERMINAL.search(s) is not None


def _is_prose(s: str) -> bool:
    n = word_count(s)
    if not _ends_terminal(s):
        return False
    if n >= 4:
        return True
    # Scripts written without spaces have few "words" per sentence.
    return len(s) >= 30 and n >= 1


def is_credit(s: str) -> bool:
    """Photo credit lines: "Evan Vucci / AP / TASS", "Win McNamee / Getty Images"."""
    if _ends_terminal(s) and not s.endswith(")"):
        return False
    n = word_count(s)
    if n == 0 or n > 14:
        return False
    if " / " in s or (re.search(r"\w/\w", s) and n <= 8):
        parts = [p.strip() for p in re.split(r"\s*/\s*", s)]
        if all(p and (p[0].isupper() or p[0].isdigit()) and word_count(p) <= 5 for p in parts):
            return True
    return bool(_PHOTO_WORDS.search(s)) and n <= 8 and s[:1].isupper()


def _is_caption(s: str) -> bool:
    if _CAPTION_LEAD.match(s):
        return True
    if _CAPTION_INLINE.search(s) and not _ends_terminal(s) and word_count(s) <= 60:
        return True
    if word_count(s) <= 80 and _CAPTION_CREDIT_TAIL.search(s):
        return True
    # "Donald Trump at his headquarters in West Palm Beach. November 6, 2024." :
    # a description followed by a bare date sentence is how captions are dated.
    return word_count(s) <= 50 and _DATE_SENTENCE_TAIL.search(s) is not None


def _is_menu(s: str) -> bool:
    """A run of capitalised section names ("World Europe Politics Business Tech Sport").

    Headlines in title case still contain lower-case function words ("and", "to").
    """
    if _ends_terminal(s):
        return False
    words = s.replace("|", " ").replace("•", " ").split()
    return len(words) >= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


_REPORTED = re.compile(r"\b(?:said|says|told|added|according to|сказал|заявил|сказав|заявив)\b")


def _is_sign_off(s: str) -> bool:
    """Credits at the foot of a story: "Reporting by X; Editing by Y", "Story by X."."""
    m = _SIGN_OFF.search(s)
    if m is None or word_count(s) > 40:
        return False
    after = s[m.end() :].strip()
    if not after or after[:1].islower() or m.start() > 0:
        return m.start() > 0  # "... contributed to this report." matches mid-line
    if m.group(0).lower().startswith("our standards"):
        return True
    # "Reporting by The Washington Post revealed ..." is a sentence, not a credit.
    name = _NAME_START.match(after)
    return (name is not None and is_person_name(name.group(0))) or ";" in s


def _is_appeal(s: str) -> bool:
    if not _APPEAL_KEY.search(s) or word_count(s) > 90:
        return False
    if s[:1] in "“\"«„‘'" or _REPORTED.search(s):
        return False  # reported speech about journalism or subscriptions is story text
    return bool(_APPEAL_PERSON.search(s)) or word_count(s) <= 6


def _headline_like(s: str) -> bool:
    """No terminal punctuation and not a broken sentence: headings, teasers, labels."""
    if _ends_terminal(s):
        return False
    words = s.split()
    if not words:
        return True
    last = words[-1].strip(",;:—–-\"'“”‘’").lower()
    if last in _FUNCTION_END or s.rstrip().endswith((",", "—", "–", "-", ";")):
        return False
    return word_count(s) <= 30


def _broken_sentence(s: str) -> bool:
    """A line cut mid-sentence by a stray line break: ends on a function word or comma."""
    words = s.split()
    if not words:
        return False
    last = words[-1].strip("\"'“”‘’").lower()
    return last in _FUNCTION_END or s.rstrip().endswith((",", "—", "–", ";"))


def classify_line(s: str) -> tuple[str, str | None, bool]:
    """(kind, reason, end_marker) for one stripped non-blank line, without context."""
    if not _LETTER.search(s):
        if is_dateline(s):
            return FURNITURE, "dateline", False
        return FURNITURE, "no_letters", False
    if _NAV.match(s):
        return FURNITURE, "navigation", False
    if _WIDGET.match(s):
        return FURNITURE, "widget", False
    if _READ_TIME.match(s):
        return FURNITURE, "read_time", False
    if _TIME_ONLY.match(s):
        return FURNITURE, "timestamp", False
    if url_in_line(s):
        return FURNITURE, "url", True
    if re.match(r"^(?:original\s+url|source\s+url|canonical(?:\s+url)?|permalink)\s*:", s, re.I):
        return FURNITURE, "url", True
    if is_republication_note(s):
        return FURNITURE, "republished", True
    if _TAGS.match(s) and word_count(s) <= 30:
        return FURNITURE, "tags", True
    if _READER_LETTER.match(s) and word_count(s) <= 10:
        return FURNITURE, "reader_letter", True
    if _is_sign_off(s):
        return FURNITURE, "sign_off", True
    if _COPYRIGHT.search(s) and word_count(s) <= 40:
        if word_count(s) <= 6 and not re.search(r"rights reserved", s, re.IGNORECASE):
            # "© Reuters" under a photo is a credit, not the page's copyright footer.
            return FURNITURE, "credit", False
        return FURNITURE, "copyright", True
    if _SECTION_HEAD.match(s) and word_count(s) <= 8:
        return FURNITURE, "section_heading", True
    if _RELATED_INLINE.match(s) and word_count(s) <= 40:
        return FURNITURE, "related", False
    if _EDITOR_NOTE.match(s) and word_count(s) <= 60:
        return FURNITURE, "editor_note", False
    if _SOURCE_LINE.match(s) and not _ends_terminal(s):
        return FURNITURE, "source_attribution", False
    if parse_byline(s) is not None:
        return FURNITURE, "byline", False
    if is_dateline(s) or (labelled_published_date(s) is not None and word_count(s) <= 12):
        return FURNITURE, "dateline", False
    if is_credit(s):
        return FURNITURE, "credit", False
    if _is_menu(s):
        return FURNITURE, "navigation", False
    if _is_caption(s):
        return FURNITURE, "caption", False
    if _is_appeal(s):
        return FURNITURE, "appeal", False
    if parse_bio(s) is not None:
        return FURNITURE, "bio", True
    if _is_prose(s):
        return PROSE, None, False
    return OTHER, None, False


_AGENCIES = frozenset(
    {
        "Associated Press",
        "Reuters",
        "Agence France-Presse",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Sputnik",
    }
)


def _classify_all(lines: Sequence[str]) -> list[LineInfo]:
    stripped = [ln.strip() for ln in lines]
    counts = Counter(s for s in stripped if s)
    classes = [classify_line(s) if s else (BLANK, None, False) for s in stripped]
    prose = [s for s, c in zip(stripped, classes, strict=True) if c[0] == PROSE]
    # A file holding the same article twice repeats most of its prose; then
    # repetition says nothing about furniture.
    doubled = bool(prose) and sum(counts[s] > 1 for s in prose) * 2 > len(prose)
    out: list[LineInfo] = []
    seen: set[str] = set()
    for i, (raw, s) in enumerate(zip(lines, stripped, strict=True)):
        kind, reason, end = classes[i]
        if kind == BLANK:
            out.append(LineInfo(i, raw, BLANK))
            continue
        # Page furniture repeats (teaser cards, widgets, labels): every copy goes.
        # A repeated sentence is a pull quote or a caption shown twice: the first
        # copy may be story text, so only the later copies go.
        if counts[s] > 1 and (kind == OTHER or (kind == PROSE and not doubled and s in seen)):
            kind, reason, end = FURNITURE, "repeated", False
        seen.add(s)
        out.append(LineInfo(i, raw, kind, reason, end))

    # A line that is only an outlet's name is a masthead or the outlet half of a byline.
    # A wire agency's name alone is more often a photo credit than a masthead.
    for i, li in enumerate(out):
        name = resolve_outlet(li.text) if li.kind == OTHER else None
        if name is not None:
            reason = "credit" if name in _AGENCIES else "masthead"
            out[i] = LineInfo(li.index, li.text, FURNITURE, reason, False)

    # A bare name next to the dateline or the outlet's name is the byline
    # ("Pjotr Sauer" / "Thu 7 Nov 2024"; "Paul Kirby" / "BBC News").
    nonblank = [i for i, li in enumerate(out) if li.kind != BLANK]
    for pos, i in enumerate(nonblank):
        li = out[i]
        if li.kind != OTHER or not is_person_name(li.text):
            continue
        near = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
        if any(out[j].reason in {"dateline", "masthead", "byline"} for j in near):
            out[i] = LineInfo(li.index, li.text, FURNITURE, "byline", False)
            for j in near:
                if out[j].reason == "masthead":
                    out[j] = LineInfo(out[j].index, out[j].text, FURNITURE, "byline_outlet", False)

    # A caption sits directly above its credit line (no blank line between).
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        if cur.kind == PROSE and nxt.reason == "credit" and word_count(cur.text) <= 50:
            out[i] = LineInfo(cur.index, cur.text, FURNITURE, "caption", False)
    return out


def _mark_bios(infos: list[LineInfo]) -> None:
    """A bio closes the article only if most of the prose comes before it.

    "X is a reporter for Y" can also be a body sentence about a journalist; as
    page furniture it sits after the story.
    """
    prose_chars = [len(li.text) if li.kind == PROSE else 0 for li in infos]
    total = sum(prose_chars)
    story = "\n".join(li.text for li in infos if li.kind == PROSE)
    named_in_story: dict[str, bool] = {}
    before = 0
    for i, li in enumerate(infos):
        if li.reason == "bio":
            bio = parse_bio(li.text)
            surname = bio.name.split()[-1] if bio else ""
            # A story about a journalist names them; an author's bio is the only mention.
            if surname not in named_in_story:
                named_in_story[surname] = bool(surname) and (
                    re.search(rf"\b{re.escape(surname)}\b", story) is not None
                )
            named = named_in_story[surname]
            if before < total - before or named:
                infos[i] = LineInfo(li.index, li.text, PROSE, None, False)
        before += prose_chars[i]


def _segments(infos: Sequence[LineInfo]) -> list[tuple[int, int]]:
    """(first, last) line indices of prose runs not separated by a hard gap."""
    segs: list[tuple[int, int]] = []
    start = last = -1
    gap_other = gap_total = gap_appeal = 0
    gap_end = False
    for li in infos:
        if li.kind == BLANK:
            continue
        if li.kind == PROSE:
            hard = gap_end or gap_other >= 2 or gap_appeal >= 2 or gap_total >= 4
            if start < 0:
                start = li.index
            elif hard:
                segs.append((start, last))
                start = li.index
            last = li.index
            gap_other = gap_total = gap_appeal = 0
            gap_end = False
        else:
            if start < 0:
                continue
            gap_total += 1
            s = li.text.strip()
            if li.kind == OTHER and not _broken_sentence(s) and not _BULLET.match(s):
                gap_other += 1
            if li.reason in {"appeal", "widget"}:
                gap_appeal += 1
            if li.end_marker:
                gap_end = True
    if start >= 0:
        segs.append((start, last))
    return segs


# Furniture that only ever follows the story: nothing after it is the same article.
_CLOSING = frozenset(
    {"bio", "republished", "sign_off", "copyright", "url", "tags", "reader_letter"}
)


def _extend(infos: Sequence[LineInfo], segs: list[tuple[int, int]], k: int) -> tuple[int, int]:
    """Grow the main run over soft gaps (a "Read more" box, a teaser pair mid-story).

    A neighbouring run joins when it is substantial (three or more prose lines
    and a quarter of the prose so far) and no closing furniture lies between;
    sidebars and teaser cards are one or two lines each.
    """
    start, end = segs[k]

    def n_prose(seg: tuple[int, int]) -> int:
        return sum(1 for li in infos[seg[0] : seg[1] + 1] if li.kind == PROSE)

    def closed(a: int, b: int) -> bool:
        return any(li.reason in _CLOSING for li in infos[a + 1 : b])

    def substantial(seg: tuple[int, int]) -> bool:
        return n_prose(seg) >= 3 and _prose_chars(infos, seg) * 4 >= _prose_chars(
            infos, (start, end)
        )

    j = k + 1
    while j < len(segs) and not closed(end, segs[j][0]) and substantial(segs[j]):
        end = segs[j][1]
        j += 1
    j = k - 1
    while (
        j >= 0
        and not closed(segs[j][1], start)
        and not any(li.reason in {"byline", "dateline"} for li in infos[segs[j][1] + 1 : start])
        and substantial(segs[j])
    ):
        start = segs[j][0]
        j -= 1
    return start, end


def _prose_chars(infos: Sequence[LineInfo], seg: tuple[int, int]) -> int:
    return sum(len(li.text) for li in infos[seg[0] : seg[1] + 1] if li.kind == PROSE)


_QUOTED = re.compile(r"[“\"«]([^”\"»]{3,200})[”\"»]")
_TOKEN = re.compile(r"\w+")


def _is_dek(first: str, rest: str) -> bool:
    """A summary line above the body (dek / standfirst), recognised by repeating the body.

    Editors write the dek from the story: it reuses a quotation and much of the
    wording of the paragraphs below it. A true first paragraph rarely re-quotes
    the same words verbatim *and* shares a large share of its word trigrams.
    """
    if word_count(first) > 70:
        return False
    quotes = [q.strip(" ,.") for q in _QUOTED.findall(first)]
    requotes = any(len(q.split()) >= 2 and q in rest for q in quotes)
    toks = [t.casefold() for t in _TOKEN.findall(first)]
    rest_toks = [t.casefold() for t in _TOKEN.findall(rest)]
    grams = {tuple(toks[i : i + 3]) for i in range(len(toks) - 2)}
    rest_grams = {tuple(rest_toks[i : i + 3]) for i in range(len(rest_toks) - 2)}
    if len(grams) < 8:
        return False  # too short to judge
    overlap = len(grams & rest_grams) / len(grams)
    # Measured on the seeds: true first paragraphs share <= 0.14 of their trigrams
    # with the rest, the dek 0.32.
    return overlap >= 0.5 or (requotes and overlap >= 0.25)


def _trim_teaser_cards(infos: Sequence[LineInfo], keep: list[int]) -> list[int]:
    """Drop a trailing run of "headline + one-sentence summary" cards (other stories).

    Two or more such pairs in a row at the end of the body are a teaser list, not
    crossheaded sections (which carry several paragraphs each).
    """
    cards = 0
    end = len(keep)
    while end >= 2:
        head, summary = infos[keep[end - 2]], infos[keep[end - 1]]
        if (
            head.kind == OTHER
            and _headline_like(head.text.strip())
            and summary.kind == PROSE
            and word_count(summary.text) <= 60
        ):
            cards += 1
            end -= 2
        else:
            break
    return keep[:end] if cards >= 2 and end > 0 else keep


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (plain-text files wrapped at a fixed width) into paragraphs.

    Wrapping shows as many lines of nearly the same maximal length that stop
    mid-sentence; copy-pasted web text has one paragraph per line, of any length.
    A line is joined to the next one (with a space) when it is near the wrap
    width and does not end a sentence.
    """
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    if len(lengths) < 4:
        return lines
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= 100:
        return lines

    def wrapped(ln: str) -> bool:
        t = ln.rstrip()
        return len(t) >= 0.75 * width and not _ends_terminal(t)

    # Distinct lines only: a line repeated verbatim (a site's "Related article:
    # ..." teaser between paragraphs) is page furniture, not wrapped prose, and
    # counting each copy made short paragraphs look hard-wrapped.
    n_wrapped = len(
        {ln.rstrip() for ln, nxt in itertools.pairwise(lines) if wrapped(ln) and nxt.strip()}
    )
    if n_wrapped < 3 or n_wrapped < 0.3 * len(lengths):
        return lines
    out: list[str] = []
    for ln in lines:
        if out and out[-1].strip() and ln.strip() and wrapped(out[-1].split("\n")[-1]):
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln)
    return out


def find_body(text: str) -> BodyResult:
    lines = _unwrap(text.split("\n"))
    infos = _classify_all(lines)
    _mark_bios(infos)
    segs = _segments(infos)
    if not segs:
        # No sentence-like line at all (a one-line note, a list): keep what is
        # not furniture rather than reject text a person may still want.
        loose = [li for li in infos if li.kind == OTHER]
        if not loose:
            return BodyResult("", tuple(infos), -1, -1, sum(li.kind != BLANK for li in infos))
        segs = [(loose[0].index, loose[-1].index)]
        fallback = True
    else:
        fallback = False

    def weight(i: int) -> int:
        # The story follows its byline / dateline; a sidebar or an appeal does not.
        gap_start = segs[i - 1][1] + 1 if i else 0
        led = any(li.reason in {"byline", "dateline"} for li in infos[gap_start : segs[i][0]])
        return _prose_chars(infos, segs[i]) * (2 if led else 1)

    k = max(range(len(segs)), key=lambda i: (weight(i), -segs[i][0]))
    start, end = _extend(infos, segs, k)

    # Prose above a byline or dateline inside the chosen run is headline matter (dek).
    meta_lines = [li.index for li in infos[start : end + 1] if li.reason in {"byline", "dateline"}]
    if meta_lines:
        cut = meta_lines[-1]
        before = sum(len(li.text) for li in infos[start:cut] if li.kind == PROSE)
        n_before = sum(1 for li in infos[start:cut] if li.kind == PROSE)
        if n_before <= 2 and before * 4 < _prose_chars(infos, (start, end)):
            nxt = [li.index for li in infos[cut + 1 : end + 1] if li.kind == PROSE]
            if nxt:
                start = nxt[0]

    prose_idx = [li.index for li in infos[start : end + 1] if li.kind == PROSE]
    if len(prose_idx) >= 3:
        first = infos[prose_idx[0]].text
        rest = "\n".join(infos[i].text for i in prose_idx[1:])
        if _is_dek(first, rest):
            infos[prose_idx[0]] = LineInfo(prose_idx[0], first, FURNITURE, "dek", False)
            start = prose_idx[1]

    # Decide which lines of the run are body.
    keep: list[int] = []
    joins: dict[int, str] = {}
    prev_text: str | None = None
    run = [li for li in infos[start : end + 1] if li.kind != BLANK]
    for pos, li in enumerate(run):
        s = li.text.strip()
        nxt_text = run[pos + 1].text.strip() if pos + 1 < len(run) else ""
        continues = (
            prev_text is not None
            and not _ends_terminal(prev_text.strip())
            and (s[:1].islower() or _ends_terminal(s) or not _headline_like(s))
        )
        if li.kind == FURNITURE:
            ok = False
        elif li.kind == PROSE or fallback:
            ok = True
        else:
            ok = (
                continues
                or (nxt_text[:1].islower() and not _headline_like(s))
                or (nxt_text[:1].islower() and bool(prev_text) and not _ends_terminal(s))
                or _ends_terminal(s)
                or bool(_BULLET.match(s))
                or not _headline_like(s)
            )
        if ok:
            prev_s = (prev_text or "").strip()
            if (
                keep
                and not _ends_terminal(prev_s)
                and not _BULLET.match(prev_s)
                and (s[:1].islower() or _broken_sentence(prev_s))
            ):
                joins[li.index] = " "
            keep.append(li.index)
            prev_text = li.text
    keep = _trim_teaser_cards(infos, keep)
    kept = set(keep)
    final = [
        LineInfo(li.index, li.text, li.kind, li.reason, li.end_marker, li.index in kept)
        for li in infos
    ]
    parts: list[str] = []
    for i in keep:
        if parts:
            parts.append(joins.get(i, "\n"))
        parts.append(infos[i].text)
    body = "".join(parts)
    n_removed = sum(1 for li in final if li.kind != BLANK and not li.in_body)
    return BodyResult(
        body, tuple(final), keep[0] if keep else -1, keep[-1] if keep else -1, n_removed
    )
