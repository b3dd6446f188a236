"""Interface text: buttons, toggles, list headings, labels, counters, banners and captions.

A line is interface text when it is one of a language's phrases of one
kind, or a row of them, with what may stand around each kind (a count
before a counter, a value after a label). Phrases are language data
(:mod:`podclean.languages`); patterns are built per kind and language the
first time a line could match them.
"""

from __future__ import annotations

import functools

import attrs
import regex

from podclean.languages import InterfaceKind, Words, language, languages
from podclean.languages.record import Language


@attrs.frozen(kw_only=True)
class InterfaceMatch:
    """Why a line is interface text: its kind, the language and phrase."""

    kind: InterfaceKind
    language: str
    phrase: str


# What may follow or surround each kind's phrase on its line.
_ROW_SEPARATOR = r"(?:\s*[|·•/]\s*|\s+)"
# French, Nordic and Slavic pages group thousands with a (narrow, no-break)
# space: "1 204 auditeurs".
_COUNT = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|[\d.,]+)\s*[KkMm万千]?\+?\s*"
_COUNT_STARTS = tuple("0123456789.,")
# A label's value follows a colon, or is a bare figure ("Read time 6 min"),
# its unit letters with their marks ("पढ़ने का समय 6 मिनट").
_LABEL_VALUE = r"(?:\s*[:：]\s*.{0,80}|\s+[\d.,:]+(?:\s*\p{L}[\p{L}\p{M}]{0,7}\.?)?|\s*[:：]?)"
_PHRASE_SLOT = ".{1,40}?"
# What stands between a cover's caption and the title it repeats.
_CAPTION_SEPARATOR = r"\s*[:：]\s*|\s+[|–—-]\s+"


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a pattern: "…" stands for a page's own name or number."""
    return _PHRASE_SLOT.join(r"\s+".join(regex.escape(part) for part in piece.split()) for piece in phrase.split("…"))


def _kind_phrases(kind: InterfaceKind, record: Language) -> Words:
    if kind == "button":
        return record.buttons
    if kind == "toggle":
        return (*record.read_more, *record.read_less, *record.toggles)
    if kind == "list heading":
        return record.list_headings
    if kind == "label":
        # A reading time is interface text; the labels of a meta line's own
        # date and duration are not: their lines are meta lines.
        return (*record.labels, *record.reading_labels)
    if kind == "counter":
        return record.counters
    if kind == "caption":
        return record.cover_captions
    return record.banners


def _kind_pattern(kind: InterfaceKind, phrases: Words) -> str:
    alternatives = "|".join(sorted(map(_phrase_pattern, phrases), key=len, reverse=True))
    if kind in ("button", "toggle"):
        return rf"(?:{alternatives})(?:{_ROW_SEPARATOR}(?:{alternatives}))*"
    if kind == "list heading":
        return rf"(?:{alternatives})(?:\s*\(?\d+\)?)?\s*[:：]?"
    if kind == "label":
        return rf"(?:{alternatives}){_LABEL_VALUE}"
    if kind == "counter":
        return rf"{_COUNT}(?:{alternatives})"
    if kind == "caption":
        # Alone, before the title it repeats, or after it.
        return (
            rf"(?:{alternatives})(?:(?:{_CAPTION_SEPARATOR}).{{1,{MAX_INTERFACE_CHARS}}})?"
            rf"|.{{1,{MAX_INTERFACE_CHARS}}}?(?<!\s)\s+[|–—-]\s+(?:{alternatives})"
        )
    return rf"(?:{alternatives})[.!]?"


# A heading first: "Episodes" or "Folgen" is also a tab or a follow button,
# and read as a heading it still marks where a page's list starts.
_KINDS: tuple[InterfaceKind, ...] = ("list heading", "button", "toggle", "label", "counter", "banner", "caption")


@functools.cache
def _interface_index() -> tuple[tuple[InterfaceKind, str, tuple[str, ...]], ...]:
    """``(kind, language, starts)`` in the order lines are tried against them.

    ``starts`` are the first words the kind's phrases begin with (empty where
    a line may begin with anything, as with a banner's name), so
    that a line is tried only against the few patterns it could match, and
    each pattern is compiled the first time a line could match it: all of
    them at once take about half a second, more than a capture's budget.
    """
    index = []
    for kind in _KINDS:
        for record in languages():
            phrases = _kind_phrases(kind, record)
            if not phrases:
                continue
            firsts = [phrase.split("…")[0].split(" ")[0].casefold() for phrase in phrases]
            if kind == "counter":
                starts = _COUNT_STARTS
            elif kind == "caption":
                # A caption may end the line as well as open it (_caption_edges).
                starts = ()
            elif all(firsts):
                starts = tuple(dict.fromkeys(firsts))
            else:
                starts = ()
            index.append((kind, record.code, starts))
    return tuple(index)


@functools.cache
def _interface_pattern(kind: InterfaceKind, code: str) -> regex.Pattern[str]:
    return regex.compile(_kind_pattern(kind, _kind_phrases(kind, language(code))), regex.IGNORECASE)


@functools.cache
def _interface_candidates(first: str) -> tuple[tuple[InterfaceKind, str, tuple[str, ...]], ...]:
    """The entries of :func:`_interface_index` a line starting with ``first`` may match."""
    return tuple(entry for entry in _interface_index() if not entry[2] or any(s[:1] == first for s in entry[2]))


@functools.cache
def _caption_edges(code: str) -> tuple[str, ...]:
    """A language's cover captions, lower-case: a caption line starts or ends with one."""
    return tuple(phrase.casefold() for phrase in language(code).cover_captions)


#: Interface lines are short; longer text is content that mentions them.
MAX_INTERFACE_CHARS = 160
_EDGES = " \t›»>→←<«‹▸▶…·|■□◆◇●○★☆"


def interface_text(text: str) -> InterfaceMatch | None:
    """Whether a whole line is interface text, and why; ``None`` if not.

    >>> interface_text("Mostrar más · Ver menos").kind
    'toggle'
    >>> interface_text("24 episodios").language
    'es'
    >>> interface_text("How we ship agents at scale") is None
    True
    """
    line = text.strip(_EDGES)
    if not line or len(line) > MAX_INTERFACE_CHARS:
        return None
    folded = line.casefold()
    for kind, code, starts in _interface_candidates(folded[:1]):
        if starts and not folded.startswith(starts):
            continue
        if kind == "caption" and not (folded.startswith(edges := _caption_edges(code)) or folded.endswith(edges)):
            continue
        if _interface_pattern(kind, code).fullmatch(line):
            return InterfaceMatch(kind=kind, language=code, phrase=line)
    return None


@functools.cache
def _naming_headings() -> tuple[str, ...]:
    """The list headings that name a show after them ("more episodes from …"), longest first."""
    found = {h.split("…")[0].strip() for record in languages() for h in record.list_headings if h.endswith("…")}
    return tuple(sorted(found, key=len, reverse=True))


def show_in_heading(text: str) -> str | None:
    """The show a list heading names ("More episodes from Harbor Lights" → "Harbor Lights").

    >>> show_in_heading("Weitere Folgen von Harbor Lights"), show_in_heading("More episodes")
    ('Harbor Lights', None)
    """
    folded = text.casefold()
    prefix = next((p for p in _naming_headings() if folded.startswith(p + " ")), None)
    if prefix is None:
        return None
    match = interface_text(text)
    if match is None or match.kind != "list heading":
        return None
    return text[len(prefix) :].strip(" :") or None
