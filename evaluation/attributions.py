"""Reading PolNeAR attribution relations and scoring reported speech (issue 17).

A PolNeAR relation ties a Source, a Cue and a Content (brat standoff, see the
benchmark's README). Every relation that has a Source is a gold attribution,
whatever its Content holds; its ``shape`` says how the Content is worded:

- ``direct``: the Content is a quotation (its words outside quotation marks are
  at most a couple of stray tokens, e.g. a closing period),
- ``mixed``: a reported clause that holds a quoted fragment,
- ``indirect``: no quotation marks at all.

The matching rule is ``../shared/gold/ATTRIBUTIONS.md``: a gold item is found
when a ``quotes`` row (any kind) shares at least half of the word tokens of the
longer of the two; pairs are one to one (``greedy_pairs``). Precision is judged
over ``indirect`` rows only, against every relation of the article (with or
without a Source: both are attributions in PolNeAR's sense).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

_ANN_T = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_ANN_E = re.compile(r"^(E\d+)\t(.*)$")
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|[“\"][^“”\"]*$", re.MULTILINE)
_WORD = re.compile(r"\w+")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldRelation:
    content: Spans  # character spans into the article text (discontinuous allowed)
    content_text: str  # the pieces joined by a space
    source: Spans | None
    source_text: str | None
    cue: Spans | None
    cue_text: str | None
    shape: str  # direct | mixed | indirect


def shape_of(content: str) -> str:
    """``direct``, ``mixed`` or ``indirect`` (see the module docstring)."""
    if not any(c in content for c in "“”\""):
        return "indirect"
    outside = _QUOTED.sub(" ", content)
    return "direct" if len(_WORD.findall(outside)) <= 2 else "mixed"


def parse_relations(ann: str, text: str) -> list[GoldRelation]:
    """Every relation of one brat file that has a Content, in file order."""
    spans: dict[str, Spans] = {}
    rels: list[dict[str, str]] = []
    for line in ann.splitlines():
        m = _ANN_T.match(line)
        if m:
            pieces = []
            for part in m.group(3).split(";"):
                a, b = part.split()
                pieces.append((int(a), int(b)))
            spans[m.group(1)] = tuple(pieces)
            continue
        e = _ANN_E.match(line)
        if e:
            rels.append(dict(x.split(":", 1) for x in e.group(2).split() if ":" in x))

    def get(role: str, rel: Mapping[str, str]) -> tuple[Spans | None, str | None]:
        tid = rel.get(role)
        if tid is None or tid not in spans:
            return None, None
        sp = spans[tid]
        return sp, " ".join(text[a:b] for a, b in sp)

    out = []
    for r in rels:
        content, ctext = get("Content", r)
        if content is None or ctext is None:
            continue
        source, stext = get("Source", r)
        cue, cuetext = get("Cue", r)
        out.append(GoldRelation(content, ctext, source, stext, cue, cuetext, shape_of(ctext)))
    return out


def load_relations(root: Path) -> tuple[dict[str, str], dict[str, list[GoldRelation]]]:
    """Texts and relations of a PolNeAR split; one annotator file per article
    (the first by annotator code, as ``quotes.load_polnear``)."""
    anns: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], []).append(p)
    texts: dict[str, str] = {}
    rels: dict[str, list[GoldRelation]] = {}
    for art in sorted(anns):
        tpath = root / "text" / f"{art}.txt"
        if not tpath.exists():
            continue
        text = tpath.read_text("utf-8")
        texts[art] = text
        rels[art] = parse_relations(sorted(anns[art])[0].read_text("utf-8"), text)
    return texts, rels


__all__ = ["GoldRelation", "load_relations", "parse_relations", "shape_of", "Sequence"]
