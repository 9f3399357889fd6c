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
            if _straight_opens(line, i) and not (top_straight and stack[-1][0] == '"' and line[i + 1 : i + 2] in ",.;:!?…)"):
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
                    Span(s.start, s.end, 1) if s.end == offset + last_close[1] and s.start > offset + start else s
                    for s in out
                ]
                break
    return out


def dash_speech(text: str, is_attribution: Callable[[str], bool]) -> list[tuple[int, int, int, int]]:
    """Dash-introduced speech: (speech start, speech end, attribution start, attribution end).

    A line "— speech, — attribution. — more speech" gives its speech and attribution;
    a line of plain speech followed by a line "– заявив він." gives that line as speech.
    """
    out: list[tuple[int, int, int, int]] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line))
        offset += len(line)
    content = [(o, ln) for o, ln in lines if ln.strip()]
    for k, (o, line) in enumerate(content):
        m = _DASH_LINE.match(line)
        if not m:
            continue
        body_start = o + m.end()
        body = line[m.end() :].rstrip()
        inner = re.search(r"[,!?…]?\s+[—–-]\s+", body)
        if inner is not None:
            attr_start = body_start + inner.end()
            rest = body[inner.end() :]
            stop = re.search(r"\.\s+[—–-]\s+|$", rest)
            attr_end = attr_start + (stop.start() if stop else len(rest))
            speech_end = body_start + inner.start()
            if is_attribution(text[attr_start:attr_end]):
                out.append((body_start, speech_end, attr_start, attr_end))
                if stop is not None and stop.group(0).strip():
                    s2 = attr_start + stop.end()
                    e2 = o + len(line.rstrip())
                    out.append((s2, e2 - 1 if text[e2 - 1] == "." else e2, attr_start, attr_end))
                continue
        # "– заявив він." alone on a line: the previous line is the speech.
        if body and body[0].islower() and k > 0 and is_attribution(body):
            po, pline = content[k - 1]
            ptext = pline.rstrip()
            if not ptext or ptext[0] in "«„“\"" or _DASH_LINE.match(pline):
                continue
            end = po + len(ptext)
            while end > po and text[end - 1] in ",.":
                end -= 1
            attr_end = body_start + len(body.rstrip("."))
            out.append((po + len(pline) - len(pline.lstrip()), end, body_start, attr_end))
    return out

