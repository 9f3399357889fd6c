"""Quotation spans in Russian and Ukrainian text: « », „ “, “ ”, straight quotes, dashes.

Returns character spans of quoted text (between the marks) with their nesting
depth, and dash-introduced direct speech: a paragraph that opens with a dash
("— Никакой новой волны нет, — передают ...") or a paragraph of speech whose
attribution follows on its own line opening with a dash ("– заявив він.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

OPENERS = {"«": "»", "„": "“", "“": "”", "‹": "›"}
CLOSERS = frozenset("»“”›")
DASHES = "—–-"
_DASH_LINE = re.compile(r"^[ \t]*[—–-][ \t]+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # first character inside the marks
    end: int  # end exclusive, before the closing mark
    depth: int  # 0 = outermost
    dashed: bool = False  # dash-introduced direct speech


def _straight_opens(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    return prev.isspace() or prev in "([{«„“:—–-/" or i == 0


def quote_spans(text: str) -> list[Span]:
    """Marked quotations, outer and nested, per line (a quote never crosses a line end)."""
    out: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        out.extend(_line_spans(line, offset))
        offset += len(line)
    return sorted(out, key=lambda s: (s.start, -s.end))


def _line_spans(line: str, offset: int) -> list[Span]:
    stack: list[tuple[str, int]] = []  # (opening mark, index after it)
    out: list[Span] = []
    last_close: tuple[str, int] | None = None
    for i, ch in enumerate(line):
        if ch == '"':
            top_straight = any(m == '"' for m, _ in stack)
            if _straight_opens(line, i) and not (
                top_straight and stack[-1][0] == '"' and line[i + 1 : i + 2] in ",.;:!?…)"
            ):
                stack.append(('"', i + 1))
            elif top_straight:
                while stack and stack[-1][0] != '"':
                    stack.pop()
                mark, start = stack.pop()
                out.append(Span(offset + start, offset + i, len(stack)))
                last_close = ('"', i)
            continue
        if ch == "“" and any(m == "„" for m, _ in stack):
            while stack[-1][0] != "„":
                stack.pop()
            _, start = stack.pop()
            out.append(Span(offset + start, offset + i, len(stack)))
            continue
        if ch in OPENERS:
            stack.append((ch, i + 1))
            continue
        if ch in CLOSERS:
            want = [k for k, v in OPENERS.items() if v == ch]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] in want:
                    _, start = stack[depth]
                    del stack[depth:]
                    out.append(Span(offset + start, offset + i, depth))
                    last_close = (ch, i)
                    break
    # Straight quotes nested in straight quotes share the closing mark
    # ("... "настоящую элиту", - говорится): the unclosed outer quote ends where
    # the inner one closed.
    if stack and last_close is not None and last_close[0] == '"':
        for mark, start in stack:
            if mark == '"' and start < last_close[1]:
                out.append(Span(offset + start, offset + last_close[1], 0))
                # the inner one is now depth 1
                out = [
                    Span(s.start, s.end, 1)
                    if s.end == offset + last_close[1] and s.start > offset + start
                    else s
                    for s in out
                ]
                break
    return out


_QUOTE_MARKS = frozenset('«»„“”"')
_DASH_ATTR = re.compile(r"[,!?…]\s+[—–-]\s+")
_DASH_RESUME = re.compile(r"\.\s+[—–-]\s+")


def dash_speech(
    text: str, is_attribution: Callable[[str], bool]
) -> list[tuple[int, int, int, int]]:
    """Direct speech set off by dashes: (speech start, speech end, attribution start, attribution end).

    Russian and Ukrainian punctuation writes unquoted direct speech as a line
    "— Speech, — attribution. — More speech." (the opening dash may be missing
    when a block quotation was set apart on the page, and the attribution may
    stand on its own line). The attribution must start lower-case and hold a
    speech verb (``is_attribution``); the speech must hold no quotation marks.
    """
    out: list[tuple[int, int, int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        out.extend(_line_dash_speech(text, offset, line.rstrip("\r\n"), is_attribution))
        offset += len(line)
    return out


def _line_dash_speech(
    text: str, offset: int, line: str, is_attribution: Callable[[str], bool]
) -> list[tuple[int, int, int, int]]:
    m = _DASH_LINE.match(line)
    body_start = m.end() if m else len(line) - len(line.lstrip())
    for a in _DASH_ATTR.finditer(line, body_start):
        rest = line[a.end() :]
        if not rest[:1].islower():
            continue
        resume = _DASH_RESUME.search(rest)
        clause = rest[: resume.start()] if resume else rest.rstrip(" .")
        if not is_attribution(clause):
            continue
        speech = line[body_start : a.start() + (1 if line[a.start()] in "!?…" else 0)]
        if not speech.strip() or any(ch in _QUOTE_MARKS for ch in speech):
            return []
        a_s = offset + a.end()
        found = [(offset + body_start, offset + body_start + len(speech), a_s, a_s + len(clause))]
        if resume is not None:
            s2 = a.end() + resume.end()
            tail = line[s2:].rstrip()
            if tail.endswith("."):
                tail = tail[:-1]
            if tail and not any(ch in _QUOTE_MARKS for ch in tail):
                found.append((offset + s2, offset + s2 + len(tail), a_s, a_s + len(clause)))
        return found
    return []
