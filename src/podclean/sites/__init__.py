"""Site profiles: site knowledge as data, and how a capture finds its site.

Each site is a small module with one :class:`SiteProfile`; :data:`PROFILES`
lists them. :func:`detect` scores every profile against the first lines of a
page and falls back to the generic profile when none is sure.
"""

from __future__ import annotations

from collections.abc import Sequence

from podclean.sites import apple_podcasts, generic, hear_the_voice, laidub, radio_net
from podclean.sites.profile import DATE_ORDERS, KINDS, LAYOUTS, DateOrder, Kind, Layout, SiteProfile

PROFILES: tuple[SiteProfile, ...] = (
    laidub.PROFILE,
    hear_the_voice.PROFILE,
    apple_podcasts.PROFILE,
    radio_net.PROFILE,
)
GENERIC = generic.PROFILE

#: Lines read to recognise a site: headers and footers, not every line.
_SNIFF_LINES = 60
#: Characters of each of those lines: recognising marks are chrome lines,
#: short; a glued transcript line of 100 kB says nothing about the site.
_SNIFF_CHARS = 300


def detect(lines: Sequence[str], profiles: Sequence[SiteProfile] = PROFILES) -> SiteProfile:
    """The profile that best recognises a page, or the generic one.

    >>> detect(["LaiDub", "", "Title", "1:02:03", "EN/ZH", "Watch with Captions"]).name
    'laidub'
    """
    sample = [s for line in (*lines[:_SNIFF_LINES], *lines[-_SNIFF_LINES:]) if (s := line[:_SNIFF_CHARS].strip())]
    best, best_score = GENERIC, 0
    for profile in profiles:
        score = sum(1 for pattern in profile.recognise_patterns if any(pattern.search(s) for s in sample))
        if score >= profile.min_score and score > best_score:
            best, best_score = profile, score
    return best


__all__ = [
    "DATE_ORDERS",
    "GENERIC",
    "KINDS",
    "LAYOUTS",
    "PROFILES",
    "DateOrder",
    "Kind",
    "Layout",
    "SiteProfile",
    "detect",
]
