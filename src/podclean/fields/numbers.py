"""Episode and season numbers in a title: ``S2E4``, ``#12``, ``Episode 12 — …``.

A number is read only where the title's shape says it is one: a sign
before it (``#12``, ``№ 12``), the season-and-episode form (``S2E4``), or
one word and a number leading the title before a separator ("Episode 5 —
Guest", "Folge 3: …", "Ep. 7 | …"), whatever the word's language. A bare
``12`` in a title is as likely a count ("12 ways to …") or a year.
This module reads numbers; it does not decide what a title is.
"""

from __future__ import annotations

import attrs
import regex

_NUMBER = r"(\d{1,4})(?!\d)"
#: ``S2E4``, ``S02E04``, ``S2 E4``, ``S2 · E4``.
SEASON_EPISODE_SHORT = regex.compile(rf"(?<![\p{{L}}\d])[Ss](\d{{1,2}})\s?[·:.,-]?\s?[Ee]{_NUMBER}")
#: ``#12``, ``№ 12``.
EPISODE_SIGN = regex.compile(rf"(?<![\w#&])[#№]\s?{_NUMBER}")
#: One word and a number leading the title, then a separator: "Episode 5 — ", "Folge 3: ".
LEADING_NUMBER = regex.compile(rf"^\s*\p{{L}}{{1,12}}\.?\s?{_NUMBER}\s*(?:[—–\-|:·•.]\s|$)")


@attrs.frozen(kw_only=True)
class NumberMatch:
    """An episode number (and its season, where given) found in a text."""

    episode: int
    season: int | None
    start: int
    end: int


def find_number(text: str) -> NumberMatch | None:
    """Find the first episode number in ``text``.

    >>> find_number("Episode 5 — Ann Lee").episode
    5
    >>> m = find_number("S2E14 · Rivers")
    >>> m.season, m.episode
    (2, 14)
    >>> find_number("12 ways to cook rice") is None
    True
    """
    found: list[NumberMatch] = []
    m = SEASON_EPISODE_SHORT.search(text)
    if m:
        found.append(NumberMatch(episode=int(m.group(2)), season=int(m.group(1)), start=m.start(), end=m.end()))
    for pattern in (LEADING_NUMBER, EPISODE_SIGN):
        m = pattern.search(text)
        if m:
            found.append(NumberMatch(episode=int(m.group(1)), season=None, start=m.start(1), end=m.end(1)))
    return min(found, key=lambda n: (n.start, -n.end)) if found else None
