"""Episode and season numbers: ``S2E4``, ``#12``, ``Episode 12 — …``,
``EP05``, ``Ep. 7``, ``Season 2, Episode 4``, ``Folge 3``, ``第3回``, ``제3화``.

A number is read only where a sign, a word or the text's shape says it is
one: a sign before it (``#12``, ``№ 12``), the season-and-episode forms
(``S2E4``, ``Staffel 2 Folge 3``), an episode word of the language records
(``episode_words``, ``season_words``) before it, glued or not (``EP05``,
``Afsnit 23``), or one word and a number leading a title before a separator
("Episode 5 — Guest", "Part 3: …"), whatever the word's language. A bare
``12`` is as likely a count ("12 ways to …") or a year. This module reads
numbers; it does not decide what a title is.
"""

from __future__ import annotations

import attrs
import regex

from podclean import languages

_EPISODE = languages.alternation(languages.words_of("episode_words"))
_SEASON = languages.alternation(languages.words_of("season_words"))
# The word, its dot, and a "nº" or "#" some pages put before the figure.
_AFTER_WORD = r"\.?\s*(?:n[º°o]\.?\s*|#\s*)?"
_NUMBER = r"(\d{1,4})(?!\d)"

#: ``S2E4``, ``S02E04``, ``S2 E4``, ``S2 · E4``.
SEASON_EPISODE_SHORT = regex.compile(rf"(?<![\p{{L}}\d])[Ss](\d{{1,2}})\s?[·:.,-]?\s?[Ee]{_NUMBER}")
#: ``Season 2, Episode 4``, ``Staffel 2 Folge 3``, ``Temporada 1 · Episodio 9``.
SEASON_EPISODE_WORDS = regex.compile(
    rf"(?<!\p{{L}})(?:{_SEASON}){_AFTER_WORD}(\d{{1,3}})(?!\d)\s*[·|:,/-]?\s*(?:{_EPISODE}){_AFTER_WORD}{_NUMBER}",
    regex.IGNORECASE,
)
#: ``EP05``, ``Ep. 7``, ``Episode 12``, ``Folge 3``, ``Afsnit 23``: the word
#: may be glued to the figure, and the figure to what follows ("EP05April").
EPISODE_WORD = regex.compile(rf"(?<!\p{{L}})(?:{_EPISODE}){_AFTER_WORD}{_NUMBER}", regex.IGNORECASE)
#: ``#12``, ``№ 12``.
EPISODE_SIGN = regex.compile(rf"(?<![\w#&])[#№]\s?{_NUMBER}")
#: One word and a number leading the title, then a separator: "Episode 5 — ", "Folge 3: ".
LEADING_NUMBER = regex.compile(rf"^\s*\p{{L}}{{1,12}}\.?\s?{_NUMBER}\s*(?:[—–\-|:·•.]\s|$)")
#: ``第3回``, ``第 12 話``, ``第3集``, ``第3期``, ``제3화``, ``제 3 회``, and a title
#: opening ``128화.`` (Korean writes the ordinal with or without 제).
EPISODE_CJK = regex.compile(r"(?:第\s*(\d{1,4})\s*[回話话集期]|제\s*(\d{1,4})\s*[화회]|^\s*(\d{1,4})화(?!\p{L}))")


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
    >>> find_number("EP05April 22, 2026").episode
    5
    >>> find_number("第3回 海の話").episode
    3
    >>> find_number("12 ways to cook rice") is None
    True
    """
    found: list[NumberMatch] = []
    for pattern in (SEASON_EPISODE_SHORT, SEASON_EPISODE_WORDS):
        m = pattern.search(text)
        if m:
            found.append(NumberMatch(episode=int(m.group(2)), season=int(m.group(1)), start=m.start(), end=m.end()))
    for pattern in (EPISODE_WORD, EPISODE_SIGN):
        m = pattern.search(text)
        if m:
            found.append(NumberMatch(episode=int(m.group(1)), season=None, start=m.start(), end=m.end()))
    m = LEADING_NUMBER.search(text)
    if m:
        found.append(NumberMatch(episode=int(m.group(1)), season=None, start=m.start(1), end=m.end(1)))
    m = EPISODE_CJK.search(text)
    if m:
        found.append(
            NumberMatch(episode=int(m.group(1) or m.group(2) or m.group(3)), season=None, start=m.start(), end=m.end())
        )
    return min(found, key=lambda n: (n.start, -n.end)) if found else None


def is_bare_number(text: str) -> bool:
    """Whether a line is an episode's number and nothing more ("Епізод 14", "EP. 5", "#12").

    >>> is_bare_number("Episode 12"), is_bare_number("Episode 12: Knots for wet ropes")
    (True, False)
    """
    found = find_number(text)
    return found is not None and not any(c.isalpha() for c in text[: found.start] + text[found.end :])
