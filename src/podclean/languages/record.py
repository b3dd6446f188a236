"""What podclean knows about one language, as one frozen value.

A language file (``languages/xx.py``) holds one :class:`Language` named
``LANGUAGE``. Every word is written lower-case as a page shows it (accents
kept), except duration units, which are matched as written (a capital can
change what a letter means: ``M`` is no minute); the tables built from them (:mod:`podclean.languages`) decide how
they are matched. A field a language does not need stays empty.
"""

from __future__ import annotations

from typing import Literal

import attrs

Words = tuple[str, ...]
#: Numeric date order a language's pages use when they give no other evidence.
DateOrder = Literal["DMY", "MDY", "YMD"]


def words(text: str) -> Words:
    """Words or phrases written one after another, ``|`` between them.

    >>> words("read more | show more")
    ('read more', 'show more')
    """
    return tuple(word.strip() for word in text.split("|") if word.strip())


def calendar(text: str) -> tuple[Words, ...]:
    """Months or weekdays: ``|`` between them, spaces between one's names.

    >>> calendar("january jan | february feb")[1]
    ('february', 'feb')
    """
    return tuple(tuple(entry.split()) for entry in text.split("|"))


def _twelve(instance: object, attribute: attrs.Attribute[tuple[Words, ...]], value: tuple[Words, ...]) -> None:
    if value and (len(value) != 12 or not all(value)):
        raise ValueError(f"{attribute.name} needs twelve months, each with at least one name")


def _seven(instance: object, attribute: attrs.Attribute[tuple[Words, ...]], value: tuple[Words, ...]) -> None:
    if value and (len(value) != 7 or not all(value)):
        raise ValueError(f"{attribute.name} needs seven days, Monday first, each with at least one name")


def _named_words(value: RelativeUnits | Sections) -> tuple[tuple[str, Words], ...]:
    return tuple((field.name, getattr(value, field.name)) for field in attrs.fields(type(value)))


@attrs.frozen(kw_only=True)
class RelativeUnits:
    """The words for each unit of a relative date ("3 *days* ago"), every
    inflection a count can take."""

    minute: Words = ()
    hour: Words = ()
    day: Words = ()
    week: Words = ()
    month: Words = ()
    year: Words = ()

    def items(self) -> tuple[tuple[str, Words], ...]:
        """``(unit, words)`` pairs, shortest unit first."""
        return _named_words(self)


@attrs.frozen(kw_only=True)
class Sections:
    """Headings that open a part of an episode's body."""

    chapters: Words = ()
    transcript: Words = ()
    description: Words = ()
    #: "Key insights", "Takeaways": a summary's points, part of the description.
    insights: Words = ()

    def items(self) -> tuple[tuple[str, Words], ...]:
        """``(section, headings)`` pairs."""
        return _named_words(self)


@attrs.frozen(kw_only=True)
class Language:
    """One language's words, as podcast pages and apps use them.

    Phrases may hold ``…`` where a page puts a name or a number of its own
    ("download the … app").
    """

    #: ISO 639-1 code, the same as the file's name.
    code: str
    #: English name, for messages.
    name: str
    date_order: DateOrder = "DMY"
    #: Twelve entries, January first: full names (every case a date uses),
    #: then abbreviations, written without their dot.
    months: tuple[Words, ...] = attrs.field(default=(), validator=_twelve)
    #: Seven entries, Monday first: full names, then abbreviations.
    weekdays: tuple[Words, ...] = attrs.field(default=(), validator=_seven)
    #: Words a written date puts between its parts ("14 *de* marzo *de* 2026").
    date_joiners: Words = ()
    #: Words that name a month with its number after them, where a language
    #: numbers its months instead of naming them (Vietnamese "12 *tháng* 5, 2026").
    month_words: Words = ()
    #: Units of written durations ("1 *hr* 5 *min*").
    hour_units: Words = ()
    minute_units: Words = ()
    second_units: Words = ()
    #: Words a written duration puts between hours and minutes ("9 h *y* 12 min").
    duration_joiners: Words = ()
    relative_units: RelativeUnits = RelativeUnits()
    #: Words before a relative amount ("*hace* 2 días") and after it ("2 days *ago*").
    ago_before: Words = ()
    ago_after: Words = ()
    today: Words = ()
    yesterday: Words = ()
    sections: Sections = Sections()
    #: Labels of buttons and menu items, alone or in a row on a line.
    buttons: Words = ()
    #: Toggles that open and close a cut text ("read more", "show less").
    read_more: Words = ()
    read_less: Words = ()
    #: Bare toggle words, alone or paired on a line ("más", "menos").
    toggles: Words = ()
    #: Headings of a page's lists ("latest episodes", "you may also like").
    list_headings: Words = ()
    #: Labels followed by a value on the same line ("categories", "language").
    labels: Words = ()
    #: Labels of a meta line's fields, each also a label above: the published
    #: date ("published on"), the episode's length ("duration"), and a figure
    #: in minutes that is not the episode's length ("read time").
    published_labels: Words = ()
    duration_labels: Words = ()
    reading_labels: Words = ()
    #: Labels of a date that is not the episode's: when a catch-up page takes
    #: it down ("available until"). A meta line may carry it beside the
    #: published date; it is never the published date.
    expiry_labels: Words = ()
    #: Words before an episode's or a season's number ("*episode* 12",
    #: "*staffel* 2"); abbreviations without their dot.
    episode_words: Words = ()
    season_words: Words = ()
    #: What follows a show's name on its own site's heading ("… official
    #: site", "… 公式サイト"): the name before it is the show.
    official_sites: Words = ()
    #: How a description names its own show, ``…`` standing for the name
    #: ("this episode of …", "in dieser Folge von …").
    episode_of: Words = ()
    #: How a cookie notice opens ("we use cookies"): the rest of its line is the notice.
    cookie_notices: Words = ()
    #: Headings that open a post's comments ("Leave a comment", "2 responses
    #: to …"; ``…`` for the post's title): what follows is readers', not the episode's.
    comment_headings: Words = ()
    #: Words before a post's author on its date line ("Published June 3
    #: *by* Ann Lee"): what follows names a person, not the show.
    author_words: Words = ()
    #: Kinds of episode a list marks beside the date ("bonus episode",
    #: "trailer"): with the episode words, no show's name.
    episode_kinds: Words = ()
    #: Words before a book's place in its series ("Die Inselchroniken,
    #: *Teil* 1"): a line naming the series under a title is not a title.
    series_parts: Words = ()
    #: Words after a count that make the line a counter ("24 *episodes*").
    counters: Words = ()
    #: App and store banners, links to other views ("download the … app").
    banners: Words = ()
    #: An image's alt text shown as a line: a cover's caption, alone or
    #: before or after the title it repeats ("podcast episode cover",
    #: "Обкладинка подкасту: Title", "Title - podcast episode cover").
    cover_captions: Words = ()
    #: Phrases before the name of a show's maker or host ("a podcast by",
    #: "hosted by"); the show's name is the line above or before them.
    bylines: Words = ()
    #: Labels before the show's own name ("podcast:", "show:").
    show_labels: Words = ()
    #: Headings over a show's list of episodes ("all episodes"); the show's
    #: name is the line above them.
    episode_headings: Words = ()
    #: How a note on a host names the show, ``…`` standing for its name
    #: ("host of …", "… 팟캐스트 진행자").
    host_of: Words = ()
    #: Words after a name that say what kind of programme it is, not its
    #: name ("the Knots 101 *course*").
    programme_kinds: Words = ()
    #: Entity kinds that name a person ("guest", "host", "persona").
    person_kinds: Words = ()
    #: Entity kinds of each other kind podclean names (``organization``,
    #: ``product``, ``concept``, ``place``), as pages label them.
    organization_kinds: Words = ()
    product_kinds: Words = ()
    concept_kinds: Words = ()
    place_kinds: Words = ()
    #: Words in a note on a person that make them a guest, or a host.
    guest_words: Words = ()
    host_words: Words = ()
    #: Phrases that name a guest in a description, ``…`` standing for the
    #: name ("today's guest …", "… joins").
    guest_cues: Words = ()
    #: Titles before a name that are not part of it ("prof.", "dr.").
    honorifics: Words = ()
    #: Frequent short words that tell this language from its neighbours.
    function_words: Words = ()
    #: Short words a title leaves lower-case: articles, prepositions,
    #: conjunctions. Capitalised in the middle of a line, one opens a sentence.
    title_small_words: Words = ()
    #: Particles written after a word that make it a clause's subject or
    #: topic (Korean "는", "가"): where a summary's first sentence starts.
    subject_particles: Words = ()
    #: Particles written after a word that tie it to the next word (Korean
    #: "의", "와"): a heading never ends on one.
    linking_particles: Words = ()
    #: Particles that make a word the owner of the next (Korean "의"): a name
    #: with one can open a summary ("Jacob의 질문…").
    genitive_particles: Words = ()
    #: Endings of a finished clause's verb (Korean "-다"): a heading that ends
    #: on one with no full stop after it is a clause of its own.
    clause_endings: Words = ()
    #: Letters few other languages use.
    letters: str = ""
