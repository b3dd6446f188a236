"""Language and locale knowledge: one record per language, one file each.

Every module of this package but :mod:`~podclean.languages.record` holds
one :class:`Language` named ``LANGUAGE``: month and weekday names, duration
units, relative-date words, section headings, interface text (buttons,
toggles, list headings, labels, counters, banners), bylines, person kinds,
function words and telling letters. Adding a locale is adding one file.

The stages read the tables built from all of them, once per process on
first use (a few thousand words; they are frozen mappings), and
:func:`words_of` gives any list field's words in every language:

>>> {"mehr anzeigen", "read more"} <= set(words_of("read_more")), "bylines" in WordField.__args__
(True, True)
>>> month_numbers()["januari"], relative_units()["días"], section_headings()["transcript"]
(1, 'day', 'transcript')
>>> interface_text("Más Menos").kind, interface_text("Latest episodes").kind
('toggle', 'list heading')
>>> interface_text("Read time: 5 min").kind, interface_text("Download the Acme app").kind
('label', 'banner')
>>> [code for code in function_words()][:3]
['ca', 'da', 'de']
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

import regex

from podclean.errors import ConfigError
from podclean.languages.record import Language, RelativeUnits, Sections, Words, calendar, words

__all__ = [
    "InterfaceMatch",
    "Language",
    "RelativeUnits",
    "Sections",
    "WordField",
    "Words",
    "alternation",
    "calendar",
    "day_offsets",
    "episode_markers",
    "fold",
    "function_words",
    "interface_text",
    "language",
    "languages",
    "letter_hints",
    "month_numbers",
    "month_words",
    "person_kinds",
    "relative_units",
    "section_headings",
    "show_in_heading",
    "weekday_names",
    "words",
    "words_of",
]

#: The fields of :class:`Language` that are plain lists of words.
WordField = Literal[
    "date_joiners",
    "month_words",
    "hour_units",
    "minute_units",
    "second_units",
    "duration_joiners",
    "ago_before",
    "ago_after",
    "today",
    "yesterday",
    "buttons",
    "read_more",
    "read_less",
    "toggles",
    "list_headings",
    "labels",
    "published_labels",
    "duration_labels",
    "reading_labels",
    "expiry_labels",
    "episode_words",
    "season_words",
    "series_parts",
    "episode_kinds",
    "author_words",
    "comment_headings",
    "cookie_notices",
    "episode_of",
    "official_sites",
    "counters",
    "banners",
    "cover_captions",
    "bylines",
    "show_labels",
    "episode_headings",
    "host_of",
    "programme_kinds",
    "person_kinds",
    "organization_kinds",
    "product_kinds",
    "concept_kinds",
    "place_kinds",
    "guest_words",
    "host_words",
    "guest_cues",
    "honorifics",
    "function_words",
]
InterfaceKind = Literal["button", "toggle", "list heading", "label", "counter", "banner", "caption"]


#: The package's modules that hold no language.
_NOT_LANGUAGES = frozenset({"record", "interface"})


@functools.cache
def languages() -> tuple[Language, ...]:
    """Every language this package knows, ordered by code."""
    found: list[Language] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name in _NOT_LANGUAGES:
            continue
        record = getattr(importlib.import_module(f"{__name__}.{module.name}"), "LANGUAGE", None)
        if not isinstance(record, Language) or record.code != module.name:
            raise ConfigError(
                f"podclean.languages.{module.name} must define LANGUAGE = Language(code={module.name!r}, ...)"
            )
        found.append(record)
    return tuple(sorted(found, key=lambda record: record.code))


def language(code: str) -> Language:
    """The record of one language.

    >>> language("sv").name
    'Swedish'
    """
    for record in languages():
        if record.code == code:
            return record
    known = ", ".join(record.code for record in languages())
    raise ConfigError(f"no language {code!r}: add podclean/languages/{code}.py, or use one of {known}")


def alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of ``phrases``, longest first, so
    that no phrase is cut short by another it starts with.

    >>> alternation(["min", "minutes", "i dag"])
    'minutes|i\\\\ dag|min'
    """
    unique = dict.fromkeys(phrases)
    return "|".join(sorted((regex.escape(p) for p in unique), key=len, reverse=True))


@functools.cache
def words_of(field: WordField) -> Words:
    """One field's words in every language, each once, by language code.

    >>> words_of("ago_before")[:3]
    ('vor', 'hace', 'il y a')
    """
    return tuple(dict.fromkeys(word for record in languages() for word in getattr(record, field)))


def fold(word: str) -> str:
    """A word as the tables of this package key it: lower-case.

    Every table also keys each word as written in capitals and lowered
    again, so that a page in capitals finds it: Turkish "YIL" lowers to
    "yil", not to the "yıl" the language writes.

    >>> fold("YIL"), fold("Juni")
    ('yil', 'juni')
    """
    return word.lower()


def _keys(word: str) -> tuple[str, ...]:
    """The keys one word has in a table: as written, and through capitals."""
    return tuple(dict.fromkeys((fold(word), fold(word.upper()))))


@functools.cache
def month_numbers() -> Mapping[str, int]:
    """Month name or abbreviation (with and without its dot) → month number.

    A name two languages give different months keeps the first language's.

    >>> month_numbers()["juni"], month_numbers()["mayis"]
    (6, 5)
    """
    table: dict[str, int] = {}
    for record in languages():
        for number, (name, *abbreviations) in enumerate(record.months, start=1):
            for key in _keys(name):
                table.setdefault(key, number)
            for short in abbreviations:
                for key in _keys(short):
                    table.setdefault(key, number)
                    table.setdefault(key + ".", number)
    return MappingProxyType(table)


@functools.cache
def month_words() -> Words:
    """Words that make a month of the number after them ("tháng 5"), lower-case."""
    return tuple(dict.fromkeys(key for word in words_of("month_words") for key in _keys(word)))


@functools.cache
def weekday_names() -> Words:
    """Every weekday name and abbreviation."""
    return tuple(dict.fromkeys(name for record in languages() for day in record.weekdays for name in day))


@functools.cache
def relative_units() -> Mapping[str, str]:
    """Word of a relative date → its unit (``"minute"`` … ``"year"``)."""
    table: dict[str, str] = {}
    for record in languages():
        for unit, unit_words in record.relative_units.items():
            for word in unit_words:
                for key in _keys(word):
                    table.setdefault(key, unit)
    return MappingProxyType(table)


@functools.cache
def day_offsets() -> Mapping[str, int]:
    """ "Today" and "yesterday" words → days before the capture."""
    table: dict[str, int] = {}
    fields: tuple[WordField, ...] = ("today", "yesterday")
    for offset, field in enumerate(fields):
        for word in words_of(field):
            for key in _keys(word):
                table.setdefault(key, offset)
    return MappingProxyType(table)


@functools.cache
def section_headings() -> Mapping[str, str]:
    """Section heading → the part it opens (``"chapters"``, ``"transcript"``…)."""
    table: dict[str, str] = {}
    for record in languages():
        for section, headings in record.sections.items():
            for heading in headings:
                table.setdefault(heading, section)
    return MappingProxyType(table)


@functools.cache
def episode_markers() -> frozenset[str]:
    """Words a list marks an episode with ("Bonus episode", "Season 3 Episode 43", "Trailer:"), case-folded."""
    fields: tuple[WordField, ...] = ("episode_words", "season_words", "episode_kinds")
    return frozenset(w.casefold() for field in fields for phrase in words_of(field) for w in phrase.split())


@functools.cache
def person_kinds() -> frozenset[str]:
    """Entity kinds that name a person."""
    return frozenset(words_of("person_kinds"))


@functools.cache
def function_words() -> Mapping[str, frozenset[str]]:
    """Language → its function words, for the languages that list any."""
    return MappingProxyType(
        {record.code: frozenset(record.function_words) for record in languages() if record.function_words}
    )


@functools.cache
def letter_hints() -> Mapping[str, tuple[str, ...]]:
    """Telling letter → the languages that use it."""
    table: dict[str, list[str]] = {}
    for record in languages():
        for letter in record.letters:
            table.setdefault(letter, []).append(record.code)
    return MappingProxyType({letter: tuple(codes) for letter, codes in table.items()})


# Interface text reads the tables above; it is its own module, re-exported
# here because every stage asks ``languages.interface_text``.
from podclean.languages.interface import InterfaceMatch, interface_text, show_in_heading  # noqa: E402
