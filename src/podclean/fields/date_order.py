"""A page's numeric date order, from the locale that wrote it.

"02.06.2026" is 2 June on a German page and February 6 on an American
one. A date that can only be read one way decides; otherwise the page's
own interface phrases (its buttons, labels, headings) say which locale
wrote it, and then the language of its text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs
import regex

from podclean import languages
from podclean.fields.dates import NUMERIC_DATE
from podclean.lang import detect_language
from podclean.lang.evidence import SAMPLE_CHARS
from podclean.sites.profile import DateOrder, SiteProfile


#: Whole interface phrases (a button, a toggle, a list heading, a field's
#: label) → the languages that write them; a page's own interface says
#: which locale wrote its numeric dates, whatever language its episodes are in.
def _phrase_languages() -> Mapping[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for record in languages.languages():
        for phrase in (
            *record.buttons,
            *record.read_more,
            *record.read_less,
            *record.list_headings,
            *record.labels,
            *record.published_labels,
            *record.duration_labels,
            *record.reading_labels,
            *record.expiry_labels,
        ):
            codes = table.setdefault(phrase.casefold().rstrip(":："), [])
            if record.code not in codes:
                codes.append(record.code)
    return MappingProxyType({phrase: tuple(codes) for phrase, codes in table.items()})


PHRASE_LANGUAGES = _phrase_languages()


#: The labels of a published date, lower-case, for the label before a date.
_PUBLISHED_LABELS = frozenset(label.casefold() for label in languages.words_of("published_labels"))


# A published label opening a line, before its date ("Publié le 02/04/2026").
_PUBLISHED_LABEL = regex.compile(
    rf"(?P<label>{languages.alternation(_PUBLISHED_LABELS)})(?=\s*[:：]?\s*\d)", regex.IGNORECASE
)


# Pieces of an interface line: a row of buttons ("Inicio   Explorar"), or a
# label and its value ("Fecha de lanzamiento: 02-04-2026").
_INTERFACE_PIECES = regex.compile(r"\s{2,}|\s*[|·•]\s*|\s*[:：]\s*")


#: Longest line read for interface phrases, and how many lines are read.
_MAX_PHRASE_LINE = 80


_MAX_LANGUAGE_LINES = 400


# A published label beside a date is the locale of that very date, so it
# outweighs a menu's words; the language of the page's text breaks ties.
_LABEL_WEIGHT = 3.0


_TEXT_WEIGHT = 1.0


@attrs.frozen(kw_only=True)
class DateOrderEvidence:
    """A page's numeric date order and why: ``reason`` names the evidence."""

    order: DateOrder
    reason: str


def page_language(lines: Sequence[str], seed: int = 0, *, text: bool = True) -> str | None:
    """The language of a page's interface, from its buttons, labels and text.

    Every interface phrase on a line of its own (or in a row of them) votes
    for the languages that write it, shared among them; a published-date
    label counts more, and (with ``text``) the language of the page's text
    breaks ties. ``None`` when the votes tie or there are none.

    >>> page_language(["Inicio   Explorar", "Fecha de lanzamiento: 02-04-2026", "Una historia del mar."])
    'es'
    """
    votes: dict[str, float] = {}
    kept: list[str] = []
    for line in lines[:_MAX_LANGUAGE_LINES]:
        stripped = line.strip()
        if not stripped:
            continue
        kept.append(stripped)
        if len(stripped) > _MAX_PHRASE_LINE:
            continue
        label = _PUBLISHED_LABEL.match(stripped)
        pieces = [label.group("label")] if label else _INTERFACE_PIECES.split(stripped)
        for piece in pieces:
            codes = PHRASE_LANGUAGES.get(piece.casefold(), ())
            weight = _LABEL_WEIGHT if piece.casefold() in _PUBLISHED_LABELS else 1.0
            for code in codes:
                votes[code] = votes.get(code, 0.0) + weight / len(codes)
    if text:
        guess = detect_language(" ".join(kept)[:SAMPLE_CHARS], seed=seed, secondary=False)
        if guess.code in _KNOWN:
            votes[guess.code] = votes.get(guess.code, 0.0) + _TEXT_WEIGHT
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_KNOWN = frozenset(record.code for record in languages.languages())


def language_date_order(code: str) -> DateOrder:
    """How pages in language ``code`` write a numeric date with its year last.

    Year-first languages (``2026/01/26``) have no such order of their own:
    ``"auto"``, only unambiguous dates are read. An unknown code is a
    :class:`~podclean.errors.ConfigError`.

    >>> language_date_order("de"), language_date_order("en"), language_date_order("ja")
    ('DMY', 'MDY', 'auto')
    """
    order = languages.language(code).date_order
    return "auto" if order == "YMD" else order


def explain_date_order(lines: Sequence[str], profile: SiteProfile, seed: int = 0) -> DateOrderEvidence:
    """The page's numeric date order and the evidence that decided it.

    In turn: the profile's order; the page's unambiguous dates
    (``13/05/2026`` is day first, ``05/13/2026`` month first); dotted dates,
    day first wherever they are written; and, where an ambiguous date
    (``02-04-2026``) is left, the usual order of the page's language
    (:func:`page_language`). Otherwise ``"auto"``: only unambiguous dates
    are read.

    >>> from podclean.sites.generic import PROFILE
    >>> explain_date_order(["Duración: 45 min", "Fecha de lanzamiento: 02-04-2026"], PROFILE)
    DateOrderEvidence(order='DMY', reason='page language es')
    """
    if profile.date_order != "auto":
        return DateOrderEvidence(order=profile.date_order, reason=f"profile {profile.name}")
    day_first = month_first = dotted = ambiguous = 0
    for line in lines:
        for m in NUMERIC_DATE.finditer(line):
            if len(m.group(1)) == 4:
                continue
            a, b = int(m.group(1)), int(m.group(3))
            day_first += a > 12
            month_first += b > 12
            dotted += m.group(2) == "."
            ambiguous += a <= 12 and b <= 12 and a != b
    if day_first and not month_first:
        return DateOrderEvidence(order="DMY", reason="a date with its day over 12 first")
    if month_first and not day_first:
        return DateOrderEvidence(order="MDY", reason="a date with its day over 12 second")
    if dotted and not month_first:
        return DateOrderEvidence(order="DMY", reason="dotted dates")
    if ambiguous and not (day_first or month_first):
        code = page_language(lines, seed)
        order = language_date_order(code) if code is not None else "auto"
        if order != "auto":
            return DateOrderEvidence(order=order, reason=f"page language {code}")
    return DateOrderEvidence(order="auto", reason="no evidence: only unambiguous dates are read")


def infer_date_order(lines: Sequence[str], profile: SiteProfile) -> DateOrder:
    """The page's numeric date order (:func:`explain_date_order` says why).

    >>> from podclean.sites.generic import PROFILE
    >>> infer_date_order(["Released: 02-04-2026", "Subscribe"], PROFILE), infer_date_order(["13/05/2026"], PROFILE)
    ('MDY', 'DMY')
    """
    return explain_date_order(lines, profile).order
