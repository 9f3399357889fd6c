"""Finding quotation-mark spans in an article body (no NLP, characters only).

News bodies mix curly and straight double quotes, single quotes used as quote
marks (headlines, quotes inside quotes) with the same glyph as the apostrophe,
guillemets and low-high marks. The scanner decides each mark's role from its
neighbours (is it attached to the word after it or to the word before it?),
pairs marks with a small stack, and never lets an unbalanced mark run past the
end of its paragraph, so one stray ``"`` cannot swallow the rest of an article.

A quote running over several paragraphs follows the print convention: each
paragraph reopens the quote and only the last one closes it. Such a quote is
one span from the first opening mark to the last closing mark (the reopening
marks and paragraph breaks stay inside ``text``; offsets still slice back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "double"
SINGLE = "single"

# Marks whose glyph says which side they are on.
_DOUBLE_OPENERS = frozenset("“„‟«")
_DOUBLE_CLOSERS = frozenset("”»")
_SINGLE_OPENERS = frozenset("‘‚‛‹")
_SINGLE_CLOSERS = frozenset("’›")
# Straight marks: the role comes from context alone.
_DOUBLE_AMBIGUOUS = frozenset('"')
_SINGLE_AMBIGUOUS = frozenset("'")

_DOUBLE_MARKS = _DOUBLE_OPENERS | _DOUBLE_CLOSERS | _DOUBLE_AMBIGUOUS
_SINGLE_MARKS = _SINGLE_OPENERS | _SINGLE_CLOSERS | _SINGLE_AMBIGUOUS
QUOTE_CHARS = _DOUBLE_MARKS | _SINGLE_MARKS
# Any mark: the scanner jumps from one to the next instead of testing every character.
_ANY_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")

# Characters that may stand between a word and a mark without breaking the
# mark's attachment: a closing mark is followed by these, an opening one
# preceded by them.
_BEFORE_OPENER = frozenset("([{—–-/:;,")
_AFTER_CLOSER = frozenset(".,;:!?)]}—–-…/")
_TERMINAL = frozenset(".!?…:")

# Apostrophe forms that start a word: ’90s, ’em, ’til, ’cause, ’n’.
_ELISIONS = ("em ", "til ", "tis ", "cause ", "n ", "bout ")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch of the body.

    ``start``/``end`` delimit the text between the marks (whitespace trimmed);
    ``mark_start``/``mark_end`` include the marks themselves.
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    family: str  # DOUBLE | SINGLE
    depth: int  # 0 = top level, 1 = inside another quote, ...
    closed: bool  # False when the closing mark is missing at a paragraph end
    n_paragraphs: int = 1


@dataclass(slots=True)
class _Open:
    family: str
    pos: int
    depth: int
    n_paragraphs: int = 1


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def _left_flanking(prev: str | None, nxt: str | None) -> bool:
    """Attached to what follows: `` “word``, ``(“word``."""
    if _is_space(nxt):
        return False
    return _is_space(prev) or prev in _BEFORE_OPENER or prev in QUOTE_CHARS


def _right_flanking(prev: str | None, nxt: str | None) -> bool:
    """Attached to what precedes: ``word.” ``, ``word”,``."""
    if _is_space(prev):
        return False
    return _is_space(nxt) or nxt in _AFTER_CLOSER or nxt in QUOTE_CHARS


def _is_apostrophe(text: str, i: int) -> bool:
    """A single-quote glyph that is part of a word, not a quotation mark."""
    prev = text[i - 1] if i > 0 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return True  # didn’t, Russia’s, rock’n’roll
    if _is_space(prev) and nxt is not None and nxt.isdigit():
        return True  # ’90s
    if _is_space(prev) or prev in _BEFORE_OPENER:
        tail = text[i + 1 : i + 8].lower()
        if tail.startswith(_ELISIONS):
            return True
    return False


def _role(text: str, i: int, family: str, has_open: bool) -> str | None:
    """``open``, ``close`` or None (not a quotation mark here)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else None
    nxt = text[i + 1] if i + 1 < len(text) else None
    left = _left_flanking(prev, nxt)
    right = _right_flanking(prev, nxt)
    if family == SINGLE:
        if _is_apostrophe(text, i):
            return None
        if ch in _SINGLE_AMBIGUOUS or ch == "’":
            # Straight or right single quote: a closer only when something is
            # open (otherwise it is a possessive like "officials’ statements").
            if right and has_open:
                return "close"
            if left and not right:
                return "open"
            return None
        if ch in _SINGLE_OPENERS:
            if right and not left and has_open:
                return "close"
            return "open"
        if ch in _SINGLE_CLOSERS:
            if left and not right and not has_open:
                return "open"
            return "close" if has_open else None
        return None
    # Double quotes.
    if ch in _DOUBLE_AMBIGUOUS:
        if left and not right:
            return "open"
        if right and not left:
            return "close" if has_open else None
        return "close" if has_open else "open"
    if ch in _DOUBLE_OPENERS:
        if ch in "«" and right and not left and has_open:
            return "close"
        if ch in "“‟" and right and not left and has_open:
            return "close"  # “ misused as a closer
        return "open"
    if ch in _DOUBLE_CLOSERS:
        if left and not right and not has_open:
            return "open"  # ” misused as an opener, or »reversed« style
        return "close" if has_open else None
    return None


def _family(ch: str) -> str | None:
    if ch in _DOUBLE_MARKS:
        return DOUBLE
    if ch in _SINGLE_MARKS:
        return SINGLE
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without the line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def _next_nonblank(text: str, paras: list[tuple[int, int]], k: int) -> int | None:
    for j in range(k + 1, len(paras)):
        s, e = paras[j]
        if text[s:e].strip():
            return j
    return None


def _reopens(text: str, start: int, end: int) -> bool:
    """Does this paragraph begin with a double opening mark?"""
    line = text[start:end]
    stripped = line.lstrip()
    if not stripped:
        return False
    ch = stripped[0]
    i = start + len(line) - len(stripped)
    return ch in _DOUBLE_MARKS and _role(text, i, DOUBLE, has_open=False) == "open"


def _soft_wrapped(text: str, end_prev: int, start_next: int, end_next: int) -> bool:
    """A paragraph break inside a sentence (stray blank line in the source)."""
    before = text[:end_prev].rstrip()
    after = text[start_next:end_next].lstrip()
    if not before or not after:
        return False
    return before[-1] not in _TERMINAL and before[-1] not in QUOTE_CHARS and after[0].islower()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quotation-mark span in ``text``, in order of opening mark.

    Never raises; every returned span satisfies ``0 <= start <= end <= len(text)``
    and holds at least one letter or digit.
    """
    paras = _paragraphs(text)
    spans: list[QuoteSpan] = []
    stack: list[_Open] = []

    def emit(op: _Open, close_pos: int, closed: bool) -> None:
        mark_len = 1 if closed else 0
        s, e = _trimmed(text, op.pos + 1, close_pos)
        if e > s and any(c.isalnum() for c in text[s:e]):
            spans.append(
                QuoteSpan(
                    start=s,
                    end=e,
                    mark_start=op.pos,
                    mark_end=close_pos + mark_len,
                    family=op.family,
                    depth=op.depth,
                    closed=closed,
                    n_paragraphs=op.n_paragraphs,
                )
            )

    k = 0
    while k < len(paras):
        p_start, p_end = paras[k]
        for mark in _ANY_MARK.finditer(text, p_start, p_end):
            i = mark.start()
            fam = _family(text[i])
            if fam is None:
                continue
            has_open = any(o.family == fam for o in stack)
            role = _role(text, i, fam, has_open)
            if role == "open":
                if fam == DOUBLE and stack and stack[-1].family == DOUBLE:
                    # A second double opener while one is open: the first one
                    # was never closed (English does not nest doubles).
                    stack.pop()
                if fam == SINGLE and stack and stack[-1].family == SINGLE:
                    stack.pop()
                stack.append(_Open(fam, i, len(stack)))
            elif role == "close":
                while stack and stack[-1].family != fam:
                    stack.pop()  # inner quotes left unclosed: drop them
                if stack:
                    emit(stack.pop(), i, closed=True)
        # Paragraph end: only a top-level double quote may continue.
        stack = [o for o in stack if o.family == DOUBLE and o.depth == 0][:1]
        if not stack:
            k += 1
            continue
        j = _next_nonblank(text, paras, k)
        if j is not None:
            n_start, n_end = paras[j]
            if _reopens(text, n_start, n_end):
                op = stack[0]
                op.n_paragraphs += 1
                # Skip the reopening mark so it is not read as a new quote.
                lead = len(text[n_start:n_end]) - len(text[n_start:n_end].lstrip())
                paras[j] = (n_start + lead + 1, n_end)
                k = j
                continue
            if _soft_wrapped(text, p_end, n_start, n_end):
                k = j
                continue
        op = stack[0]
        # Unclosed at the paragraph end and not continued: keep it only when
        # the quote opened the paragraph (a whole-paragraph quote whose closing
        # mark is missing); a stray mid-sentence mark yields nothing.
        opens_paragraph = op.n_paragraphs == 1 and not text[p_start : op.pos].strip()
        if opens_paragraph or op.n_paragraphs > 1:
            emit(op, p_end, closed=False)
        stack = []
        k += 1
    spans.sort(key=lambda s: (s.mark_start, s.depth))
    return spans
