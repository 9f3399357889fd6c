"""Event mentions -> event instances: one row per distinct happening of an article.

An article names the same happening many times ("the election", "the vote",
"Tuesday's election", "his victory"). The data contract wants one row for it.
Two mentions are one happening when

- they have the same event type,
- their triggers are of one lemma family (``data/event_triggers.json``
  ``families``: "election" / "vote" / "elect"), or, for the political types,
  they share an actor,
- their dates agree (equal, or one of them undated), and
- their actors agree (they share one, or one of them names none): "Walmart
  raised prices" and "Target raised prices" are two happenings.

The row kept for the happening is the earlier of its first dated mention and
its first mention in a clause of its own (else its first mention): the first
full mention of the happening; actors are the union over the mentions, the
date and its time expression the kept mention's (or, if it has none, the first
dated one's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from contract.records import EventRecord

# Types whose mentions with a shared actor are one happening even with
# unrelated triggers ("Putin and Trump spoke ... the call"). For ``other`` the
# trigger family must agree: a company that cut jobs and launched a product
# did two things.
_ACTOR_MERGE_TYPES = frozenset({"election", "consult", "support", "agree", "statement"})


@dataclass(slots=True)
class _Instance:
    first: EventRecord
    family: str
    actors: list[tuple[str, str]] = field(default_factory=list)
    dated: EventRecord | None = None
    clausal: EventRecord | None = None
    places: frozenset[Any] = frozenset()

    @property
    def kept(self) -> EventRecord:
        # The dated mention says when, and a clause that reports the
        # happening ("workers had rescued people", "Oli resigned after ...")
        # says it better than a noun in passing ("prompting two dozen
        # rescues"). Of the two, the earlier: the first full mention (en-dev
        # guide); the row still takes the instance's date (``_row``).
        found = [m for m in (self.clausal, self.dated) if m is not None]
        return min(found, key=lambda m: m.n) if found else self.first

    when: object | None = None


def _row(inst: _Instance) -> EventRecord:
    """The kept mention with the instance's actors and, when it has no date of
    its own, the date of the instance's first dated mention."""
    row = replace(inst.kept, actors=tuple(inst.actors))
    d = inst.dated
    if row.date_start is None and d is not None:
        row = replace(row, timex_n=d.timex_n, date_start=d.date_start, date_end=d.date_end)
    return row


def _resolved(e: EventRecord) -> object | None:
    return (e.date_start, e.date_end) if e.date_start is not None else None


def _dates_agree(inst: _Instance, theirs: object | None) -> bool:
    if inst.when is None or theirs is None:
        return True
    return inst.when == theirs


def _actors_agree(inst: _Instance, e: EventRecord) -> bool:
    if not inst.actors or not e.actors:
        return True
    return bool(set(inst.actors) & set(e.actors))


def merge_mentions(
    mentions: Sequence[EventRecord],
    family: Callable[[str], str],
    clausal: Callable[[EventRecord], bool] = lambda _e: False,
    anaphoric: Callable[[EventRecord], bool] = lambda _e: False,
    places: Callable[[EventRecord], frozenset[Any]] = lambda _e: frozenset(),
    when: Callable[[EventRecord], object | None] = _resolved,
) -> list[EventRecord]:
    """Instances of ``mentions`` (in text order), renumbered from 1 in text order
    of their kept mention. ``clausal`` tells the mentions that report the
    happening in a clause of their own (kept over a passing noun when no
    mention is dated); ``anaphoric`` the mentions that refer back ("the win",
    "the deal"): without a date of their own they join the latest instance of
    their type and family whatever actors their own clause names (of their
    type alone for the types in ``_ACTOR_MERGE_TYPES``: "lawmakers elected
    Takaichi ... Her victory"). ``places``
    gives the places a mention's happening took place at: mentions at
    different places are different happenings ("talks in Geneva", "later
    talks in London"). ``when`` gives what dates a mention (its resolved
    dates by default; an undated article's "last week" by its value): mentions
    dated differently are different happenings."""
    instances: list[_Instance] = []
    for e in mentions:
        fam = family(e.trigger)
        theirs = when(e)
        target = None
        if anaphoric(e) and theirs is None:
            target = next(
                (
                    inst
                    for inst in reversed(instances)
                    if inst.first.event_type == e.event_type
                    and (inst.family == fam or e.event_type in _ACTOR_MERGE_TYPES)
                ),
                None,
            )
        where = places(e)
        for inst in () if target is not None else instances:
            if inst.first.event_type != e.event_type or not _dates_agree(inst, theirs):
                continue
            if where and inst.places and not (where & inst.places):
                continue
            same_family = inst.family == fam
            shared = bool(set(inst.actors) & set(e.actors))
            if (same_family and _actors_agree(inst, e)) or (
                e.event_type in _ACTOR_MERGE_TYPES and shared
            ):
                target = inst
                break
        if target is None:
            target = _Instance(first=e, family=fam)
            instances.append(target)
        target.places |= where
        for a in e.actors:
            if a not in target.actors:
                target.actors.append(a)
        if target.when is None and theirs is not None:
            target.when = theirs
        if target.dated is None and e.date_start is not None:
            target.dated = e
        if target.clausal is None and clausal(e):
            target.clausal = e
    kept = sorted(
        (_row(inst) for inst in instances),
        key=lambda r: (r.char_start, r.n),
    )
    return [replace(r, n=i) for i, r in enumerate(kept, start=1)]
