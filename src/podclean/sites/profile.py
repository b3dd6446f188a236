"""The shape of a site profile: what podclean knows about one site, as data.

A profile says how to recognise the site, which of its lines are chrome, how
it writes numeric dates, and which layout its episode list uses. Adding a site
means adding a profile; no stage branches on a site's name.
"""

from __future__ import annotations

import typing
from typing import Literal

import attrs
import regex

from podclean.errors import ConfigError

#: How a page lays its episodes out (see :mod:`podclean.segment`).
Layout = Literal["auto", "stacked", "pairs", "glued"]
#: ``"directory"`` pages show episodes as published; ``"translation"``
#: sites re-publish them in other languages.
Kind = Literal["directory", "translation"]
#: How a page writes numeric dates: day first, month first, or unknown
#: until the page's own dates say.
DateOrder = Literal["DMY", "MDY", "auto"]
#: Layouts the segmenter understands.
LAYOUTS: tuple[Layout, ...] = typing.get_args(Layout)
KINDS: tuple[Kind, ...] = typing.get_args(Kind)
DATE_ORDERS: tuple[DateOrder, ...] = typing.get_args(DateOrder)


def _compile_all(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in patterns)


@attrs.frozen(kw_only=True)
class SiteProfile:
    """What podclean knows about one site.

    Patterns are regular expressions matched against whole stripped lines
    (``fullmatch``) unless said otherwise.
    """

    #: Short stable name, reported in every source (``"radio-net"``).
    name: str
    #: One of :data:`KINDS`.
    kind: Kind = "directory"
    #: Patterns searched in the first lines; each one found scores a point.
    recognise: tuple[str, ...] = ()
    #: Points needed before the profile applies.
    min_score: int = 1
    #: Whole lines that are site chrome (menus, app ads, buttons, counters).
    chrome: tuple[str, ...] = ()
    #: Lines that end the episode list: they and all after them are chrome.
    list_end: tuple[str, ...] = ()
    #: Numeric date order, one of :data:`DATE_ORDERS`.
    date_order: DateOrder = "auto"
    #: One of :data:`LAYOUTS`.
    layout: Layout = "auto"
    #: A line that starts each block; its ``show`` group names the show.
    block_marker: str | None = None
    #: Whether the first content line of the page names the show of every
    #: episode on it (show pages of podcast directories).
    show_from_header: bool = False

    def __attrs_post_init__(self) -> None:
        # The types say it to mypy; profiles built from data at run time
        # are checked here too.
        for field, value, allowed in (
            ("layout", self.layout, LAYOUTS),
            ("kind", self.kind, KINDS),
            ("date_order", self.date_order, DATE_ORDERS),
        ):
            if value not in allowed:
                raise ConfigError(
                    f"site profile {self.name!r}: {field} must be one of {', '.join(allowed)}, got {value!r}"
                )

    @property
    def recognise_patterns(self) -> tuple[regex.Pattern[str], ...]:
        return _compiled(self.recognise)

    @property
    def chrome_patterns(self) -> tuple[regex.Pattern[str], ...]:
        return _compiled(self.chrome)

    @property
    def list_end_patterns(self) -> tuple[regex.Pattern[str], ...]:
        return _compiled(self.list_end)

    @property
    def chrome_pattern(self) -> regex.Pattern[str] | None:
        """All :attr:`chrome` patterns as one (``None`` when there are none)."""
        return _any_of(self.chrome)

    @property
    def list_end_pattern(self) -> regex.Pattern[str] | None:
        """All :attr:`list_end` patterns as one (``None`` when there are none)."""
        return _any_of(self.list_end)

    @property
    def marker_pattern(self) -> regex.Pattern[str] | None:
        return _compiled((self.block_marker,))[0] if self.block_marker else None


_CACHE: dict[tuple[str, ...], tuple[regex.Pattern[str], ...]] = {}


def _compiled(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    # Profiles are immutable and few, so compiling each tuple once per process
    # is enough; the cache only ever grows by the number of profiles.
    found = _CACHE.get(patterns)
    if found is None:
        found = _CACHE[patterns] = _compile_all(patterns)
    return found


def _any_of(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    # One alternation fullmatches a line exactly when one of its patterns
    # does, at the cost of one call instead of one per pattern.
    return _compiled(("|".join(f"(?:{p})" for p in patterns),))[0] if patterns else None
