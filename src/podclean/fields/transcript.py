"""Transcript turns: where every speaker marker is, and who speaks there.

Pages write a speaker marker many ways (``[00:01:02] Ann:``, ``Ann
[00:01:02]:``, ``Ann (00:01:02):``, ``00:01:02 Ann:``, lowercase handles
such as ``swyx``) and glued pages run it into the end of the previous turn or
into a section heading (``…end.[00:12:03] Ana:``, ``Merging Flowswyx
[00:01:02]:``). Where a glued run's name begins is decided from evidence: the
names that mark turns elsewhere in the same body. A marker whose name is seen
once and whose words read as a heading (``[00:23:28] Beyond Unity: Tools for
Worlds``) is a section heading of the transcript, not a speaker; so is a
timestamped title-cased phrase left at the end of a turn just before the next
marker.

This stage finds turns; it does not decide where a transcript section starts
(that is :mod:`podclean.fields.body`'s state machine). Every search is
anchored at a timestamp and looks a bounded distance around it, so the stage
is linear in the text.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping

import attrs
import regex

from podclean.fields.durations import parse_timestamp
from podclean.fields.shapes import SPEAKER_MAX_CHARS
from podclean.model import Turn

# A timestamp, bracketed, in parentheses or bare; a bare one is not part of a
# longer number or time.
STAMP = regex.compile(r"(?:(?P<open>[\[(])|(?<![\d:]))(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)(?(open)[\])]|(?![\d:]))")
# A name's word: a letter, then at most 29 letters, digits or joiners; any
# case, so handles ("swyx") are names too. Bounded, so a try is cheap.
_WORD = r"\p{L}[\p{L}\p{M}\p{N}'’.\-_]{0,29}"
# A name and its colon just after a timestamp: "] Jacob Effron: ".
NAME_THEN_COLON = regex.compile(rf"(?P<name>{_WORD}(?: {_WORD}){{0,3}}):(?=\s|$|\[)")
# A capitalised name word ("Kyle", "O’Neil", "RJ"), as a whole token.
# A joined part starts with any letter but goes on lower-case ("O’Neil",
# "Fan-yun"), so "It’sBrandon" (a word glued to a name) is none.
_CAPITALISED = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{1,30}(?:['’\-]\p{L}[\p{Ll}\p{M}]{0,29}){0,3}|\p{Lu}{1,3}\.?")
# Where a glued run is cut before a name: after sentence or clause punctuation.
_RUN_STOP = regex.compile(r".*[.!?…;:,)\]\"”]", regex.DOTALL)
# A heading's shape: no sentence punctuation inside, at most a closing "?".
_HEADING_SHAPE = regex.compile(r"[^.!?…,;]{1,100}\??")
_HEADING_MAX_WORDS = 12
_WORDS_MAX_CHARS = 120
#: A name is a speaker once this many timestamped markers give it, or this
#: many without a timestamp ("Ann: …" is also how a description says "Note: …").
REPEATS = 2
UNTIMED_REPEATS = 3
# A colon that may end an untimed marker: followed by a space or the end.
_COLON = regex.compile(r":(?=\s|$)")
_MAX_WORDS = 4


@attrs.frozen(kw_only=True)
class Marker:
    """One speaker-marker candidate: where it is and the names it could hold."""

    stamp: int  # where its timestamp begins
    end: int  # where the turn's text begins, just after the marker's colon
    ts: str
    run: str  # the name-shaped text of the marker
    run_start: int  # where ``run`` begins
    primary: str  # the name a reader takes without evidence ("" when none)
    name_first: bool  # "Ann [00:01]:" (or "Ann:") rather than "[00:01] Ann:"
    bare: bool  # a timestamp without brackets: only evidence makes it a marker

    @property
    def start(self) -> int:
        """Where the marker's text begins."""
        return self.run_start if self.name_first else self.stamp

    @property
    def timed(self) -> bool:
        """Whether the marker gives its turn's time."""
        return bool(self.ts)


def _title_cased(text: str) -> bool:
    words = text.split()
    return bool(words) and 2 * sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= len(words)


def is_heading(text: str) -> bool:
    """Whether a short text reads as a section heading (``Meet the Founders``).

    >>> is_heading("Meet the Founders"), is_heading("Yes, of course.")
    (True, False)
    """
    text = text.strip()
    return (
        bool(_HEADING_SHAPE.fullmatch(text))
        and len(text.split()) <= _HEADING_MAX_WORDS
        and _title_cased(text.replace(":", " "))
    )


_GLUED_NAME = regex.compile(rf"(?<=\p{{Ll}})(?:{_CAPITALISED.pattern})$")


def _is_name(text: str) -> bool:
    """Whether a reader takes ``text`` for a name without evidence: one token, or capitalised words."""
    words = text.split(" ")
    if len(words) > 1:
        return all(_CAPITALISED.fullmatch(w) for w in words)
    return not _GLUED_NAME.search(text)


def _strict_name(run: str) -> str:
    """The capitalised name a run ends with ("said Kyle Daigle" → "Kyle Daigle")."""
    taken: list[str] = []
    for token in reversed(run.split(" ")):
        if _CAPITALISED.fullmatch(token):
            taken.insert(0, token)
            continue
        # "GitHubKyle", "theSwyx": the name glued to a word before it.
        glued = _GLUED_NAME.search(token)
        if glued:
            taken.insert(0, glued.group(0))
        break
    return " ".join(taken)


def _run_before(text: str, end: int) -> tuple[str, int, bool]:
    """The name-shaped run that ends at ``end``, where it starts, and whether it is delimited."""
    floor = max(0, end - SPEAKER_MAX_CHARS)
    start = end
    for _ in range(_MAX_WORDS):
        space = text.rfind(" ", floor, start)
        if space < 0:
            start = floor
            break
        start = space
    else:
        start += 1
    if text[start : start + 1] == " ":
        start += 1
    run = text[start:end]
    stop = _RUN_STOP.match(run)
    if stop:
        name = run[stop.end() :]
        return name.lstrip(), start + stop.end() + len(name) - len(name.lstrip()), True
    return run, start, start == 0


def markers_in(text: str) -> list[Marker]:
    """Every speaker-marker candidate in ``text``, in order.

    >>> [(m.run, m.primary) for m in markers_in("Hi.Ann Lee [00:01]: Yo. theSwyx [00:02]: Ok.")]
    [('Ann Lee', 'Ann Lee'), ('theSwyx', 'Swyx')]
    """
    found: list[Marker] = []
    for stamp in STAMP.finditer(text):
        s, e = stamp.span()
        opened = stamp.group("open") is not None
        after = text[e : e + 1]
        if opened and after == ":" and s and text[s - 1] == " ":
            run, run_start, delimited = _run_before(text, s - 1)
            if not run or "  " in run:
                continue
            primary = run if delimited and _is_name(run) else _strict_name(run)
            found.append(
                Marker(
                    stamp=s,
                    end=e + 1,
                    ts=stamp.group("ts"),
                    run=run,
                    run_start=run_start,
                    primary=primary,
                    name_first=True,
                    bare=False,
                )
            )
        elif after == " " and (opened or not s or not text[s - 1].isalnum()):
            named = NAME_THEN_COLON.match(text, e + 1)
            if not named:
                continue
            name = named.group("name")
            found.append(
                Marker(
                    stamp=s,
                    end=named.end(),
                    ts=stamp.group("ts"),
                    run=name,
                    run_start=named.start(),
                    primary=name if _is_name(name) else "",
                    name_first=False,
                    bare=not opened,
                )
            )
    return found


def untimed_markers_in(text: str, timed: list[Marker]) -> list[Marker]:
    """Every "Name:" marker candidate in ``text`` that is not the colon of a timed one."""
    taken = {m.end - 1 for m in timed}
    found: list[Marker] = []
    for colon in _COLON.finditer(text):
        at = colon.start()
        if at in taken or not at or not text[at - 1].isalpha():
            continue
        run, run_start, delimited = _run_before(text, at)
        if not run:
            continue
        primary = run if delimited and _is_name(run) else _strict_name(run)
        found.append(
            Marker(
                stamp=at, end=at + 1, ts="", run=run, run_start=run_start, primary=primary, name_first=True, bare=False
            )
        )
    return found


def _evidence_name(marker: Marker) -> str:
    """The name a timestamped marker gives as evidence ("" for none)."""
    if marker.bare or not marker.timed:
        return ""
    if marker.primary or not marker.name_first:
        return marker.primary
    # "about it dev_ops [00:01]:": the word before the time is a name's,
    # whatever the words before it are.
    return marker.run.rsplit(" ", 1)[-1]


@attrs.frozen(kw_only=True)
class Evidence:
    """Who speaks in a body: how many markers give each name."""

    timed: Mapping[str, int]
    untimed: Mapping[str, int]

    def is_speaker(self, name: str) -> bool:
        """Whether enough markers give ``name`` for it to be a speaker wherever it is glued."""
        return self.timed.get(name, 0) >= REPEATS or self.untimed.get(name, 0) >= UNTIMED_REPEATS

    def support(self, name: str) -> int:
        """How many markers give ``name``."""
        return self.timed.get(name, 0) + self.untimed.get(name, 0)

    def with_untimed(self, texts: Iterable[str]) -> Evidence:
        """This evidence and the names the untimed markers ("Ann: …") of ``texts`` give."""
        untimed = Counter(self.untimed)
        for text in texts:
            untimed.update(m.primary for m in untimed_markers_in(text, markers_in(text)) if m.primary)
        return attrs.evolve(self, untimed=dict(untimed))


def evidence(texts: Iterable[str], *, people: Iterable[str] = ()) -> Evidence:
    """Count the names the timestamped markers of ``texts`` give without evidence.

    Each of the ``people`` the page names, and their first name, counts as
    a speaker already seen: pages name a guest in full and mark their turns
    with the first name.

    >>> evidence(["[00:01] Ann: Hi.[00:02] Bo: Yo.[00:03] Ann: Bye."]).is_speaker("Ann")
    True
    """
    timed: Counter[str] = Counter()
    for text in texts:
        timed.update(filter(None, map(_evidence_name, markers_in(text))))
    for person in people:
        for name in dict.fromkeys((person, person.split(" ")[0])):
            timed[name] += REPEATS
    return Evidence(timed=dict(timed), untimed={})


#: No evidence: markers are read as a reader would without the rest of the body.
NO_EVIDENCE = Evidence(timed={}, untimed={})


def _resolve(marker: Marker, seen: Evidence, words: str) -> tuple[str, int] | None:
    """The speaker a marker names and where its turn is cut, or ``None`` for no turn.

    ``words`` is the text after the marker up to the next timestamp.
    """
    run = marker.run
    # The name the most other markers give, the longest of those: "Jacob Effron"
    # before "Effron", "Flowswyx" down to "swyx", and a heading given twice
    # ("[00:10] Rope Worknia:") not before the speaker glued to it.
    # A timestamped marker takes a name that any other marker gives; an
    # untimed one only a speaker's.
    own = _evidence_name(marker)
    best, best_at = 0, -1
    for at in range(len(run) - 1):
        name = run[at:]
        if not run[at].isalpha() or not (marker.timed or seen.is_speaker(name)):
            continue
        support = seen.support(name) - (name == own)
        if support > best:
            best, best_at = support, at
    if best_at >= 0:
        return run[best_at:], marker.run_start + best_at if marker.name_first else marker.stamp
    if marker.bare or not marker.timed or not marker.primary:
        return None
    # Seen once: a speaker, unless it and its words read as a heading
    # ("[00:26:26] Rie: Neural Rendering & Skins for Worlds").
    if is_heading(marker.primary) and len(words.split()) > 1 and is_heading(words):
        return None
    if marker.name_first:
        return marker.primary, marker.run_start + len(run) - len(marker.primary)
    return marker.primary, marker.stamp


def _drop_trailing_heading(text: str) -> str:
    """``text`` without a timestamped heading glued to its end (``…models.[00:41] Meet the Founders``)."""
    # A heading is at most 100 characters: its timestamp is in the tail.
    stamps = list(STAMP.finditer(text, max(0, len(text) - 120)))
    last = stamps[-1] if stamps else None
    if last is None or not last.group("open"):
        return text
    tail = text[last.end() :]
    if is_heading(tail):
        return text[: last.start()].rstrip()
    return text


def split_turns(text: str, seen: Evidence, *, untimed: bool = False) -> tuple[str, tuple[Turn, ...]]:
    """Cut ``text`` at every speaker marker: the text before the first one, and the turns.

    With ``untimed``, "Name:" markers of the speakers ``seen`` are turns too;
    such a turn starts at the last time the text gave before it.

    >>> lead, turns = split_turns("Hi.[00:01] ann: Yes.[00:02] Bo: No.", NO_EVIDENCE)
    >>> lead, [(t.speaker, t.start_s, t.text) for t in turns]
    ('Hi.', [('ann', 1, 'Yes.'), ('Bo', 2, 'No.')])
    """
    markers = markers_in(text)
    if untimed:
        markers = sorted((*markers, *untimed_markers_in(text, markers)), key=lambda m: m.start)
    found = list(STAMP.finditer(text))
    starts = [m.start() for m in found]
    stamps = [(m.start(), m.group("ts")) for m in found if m.group("open")]
    cuts: list[tuple[int, int, str, int]] = []  # where cut, where its text begins, speaker, second
    for i, marker in enumerate(markers):
        # The marker's words: up to the next timestamp or the next marker's
        # colon, and no longer than a heading can be.
        nxt = bisect.bisect_left(starts, marker.end)
        limit = min(
            starts[nxt] if nxt < len(starts) else len(text),
            markers[i + 1].stamp if i + 1 < len(markers) and markers[i + 1].stamp >= marker.end else len(text),
            marker.end + _WORDS_MAX_CHARS,
        )
        resolved = _resolve(marker, seen, text[marker.end : limit])
        if resolved is None:
            continue
        name, cut = resolved
        if cuts and cut < cuts[-1][1]:
            continue
        if marker.timed:
            start = parse_timestamp(marker.ts)
        else:
            before = bisect.bisect_left(stamps, (cut, "")) - 1
            start = max(cuts[-1][3] if cuts else 0, parse_timestamp(stamps[before][1]) or 0 if before >= 0 else 0)
        if start is None:
            continue
        cuts.append((cut, marker.end, name, start))
    if not cuts:
        return text.strip(), ()
    turns = []
    for (_, body_at, name, start), nxt_cut in zip(cuts, [c[0] for c in cuts[1:]] + [len(text)], strict=True):
        body = _drop_trailing_heading(text[body_at:nxt_cut].strip())
        turns.append(Turn(speaker=name, start_s=start, text=body))
    return _drop_trailing_heading(text[: cuts[0][0]].strip()), tuple(turns)
