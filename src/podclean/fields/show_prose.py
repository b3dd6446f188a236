"""The show a text names in passing: a host's note, an episode's description.

"Sailor and writer; host of Harbor Lights", "This episode of Harbor Lights
finishes …": the phrases are language data (``host_of``, ``episode_of``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from podclean import languages
from podclean.fields.show import NOTE_PART, alternation, is_show_name, name_part, patterns, plausible
from podclean.model import Entity


def show_in_host_note(note: str) -> str | None:
    """The show a note on a host names ("host of Harbor Lights; sailor").

    >>> show_in_host_note("Sailor and writer; host of Harbor Lights")
    'Harbor Lights'
    >>> show_in_host_note("Coastal Trust 이사; Harbor Lights 팟캐스트 진행자")
    'Harbor Lights'
    >>> show_in_host_note("Host, founder of a shipyard") is None
    True
    """
    _, _, before, after = patterns()
    for part in NOTE_PART.split(note):
        part = part.strip()
        m = before.search(part) or after.match(part)
        if not m:
            continue
        show = name_part(m.group("show").strip(" .:"))
        if plausible(show):
            return show
    return None


@functools.cache
def _episode_of() -> regex.Pattern[str]:
    phrases = [p.replace("…", "").strip() for p in languages.words_of("episode_of") if p.endswith("…")]
    return regex.compile(
        rf"(?:^|(?<=[\s.!?]))(?i:{alternation(phrases)})\s+(?:the\s+)?(?P<show>[\p{{Lu}}\p{{N}}][^.!?,;:()]{{0,80}})"
    )


def show_in_description(description: str | None) -> str | None:
    """The show a description names as its own ("This episode of Harbor Lights finishes …").

    >>> show_in_description("This episode of Harbor Lights finishes a two-part look at marshes.")
    'Harbor Lights'
    >>> show_in_description("Ann Lee on this episode of hers.") is None
    True
    """
    if not description:
        return None
    found = _episode_of().search(description[:600])
    if found is None:
        return None
    show = name_part(found.group("show").strip())
    return show if plausible(show) and is_show_name(show) else None


def show_of_hosts(people: Iterable[Entity]) -> str | None:
    """The show the first person whose note calls them its host names, if any."""
    for person in people:
        show = show_in_host_note(person.note)
        if show:
            return show
    return None
