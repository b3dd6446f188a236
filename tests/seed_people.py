"""Who and what each seed episode is about, read off the pages by hand.

Keys are (seed file-name prefix, 1-based line of one of the episode's title
lines); the episode is the one whose sources include that block. Names are
kept as :func:`name_digest` of what a reader would write, so that these
labels hold no one's name; to check a label, digest your own reading.

``SHOWS`` holds every seed episode's show (``None`` where no page of the
episode says which show it is); ``GUESTS`` the guests of the episodes whose
guests the pages make plain (hosts, and people only talked about, are not
guests).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from podclean.model import Episode
from podclean.text import title_key


def name_digest(name: str) -> str:
    """The label form of a name: a short hash of its normalised text."""
    return hashlib.sha256(title_key(name).encode("utf-8")).hexdigest()[:12]


#: The show of every seed episode, as a digest (``None``: no page says).
SHOWS: dict[tuple[str, int], str | None] = {
    ("000", 5): "ec82651de55b",
    ("000", 16): "ec82651de55b",
    ("000", 27): "ec82651de55b",
    ("000", 35): "ec82651de55b",
    ("000", 46): "ec82651de55b",
    ("000", 57): "ec82651de55b",
    ("000", 68): "ec82651de55b",
    ("000", 78): "ec82651de55b",
    ("000", 89): "ec82651de55b",
    ("000", 100): "ec82651de55b",
    ("000", 111): "ec82651de55b",
    ("000", 122): "ec82651de55b",
    ("003", 25): "ec82651de55b",
    ("003", 27): "ec82651de55b",
    ("003", 29): "ec82651de55b",
    ("003", 31): "ec82651de55b",
    ("003", 33): "ec82651de55b",
    ("003", 35): "ec82651de55b",
    ("003", 37): "ec82651de55b",
    ("003", 39): "ec82651de55b",
    ("003", 41): "ec82651de55b",
    ("003", 43): "ec82651de55b",
    ("003", 45): "ec82651de55b",
    ("002", 3): "13a47eae1a99",
    ("002", 5): None,
    ("002", 7): None,
    ("002", 9): "64eaaa48bac8",
    ("002", 11): None,
    ("002", 15): None,
    ("002", 17): None,
    ("002", 19): None,
    ("002", 21): None,
    ("002", 27): "16336a99798d",
    ("002", 29): "5699f6e6f81a",
    ("002", 31): "f904c6a95dfb",
    ("002", 34): "06adf194eff1",
    ("002", 37): "13a47eae1a99",
    ("002", 40): None,
    ("002", 42): "f904c6a95dfb",
    ("002", 44): "f904c6a95dfb",
}

#: The guests of episodes whose pages name them plainly, as digests.
GUESTS: dict[tuple[str, int], frozenset[str]] = {
    ("000", 5): frozenset({"bf6c254f7c0c"}),
    ("000", 16): frozenset({"89347eba39bf"}),
    ("000", 27): frozenset({"a108d8fe5842", "91d9120260fe"}),
    ("000", 35): frozenset({"1226ec784b5a"}),
    ("000", 46): frozenset({"7a21efd08d1a"}),
    ("000", 57): frozenset({"fcde5a69e630"}),
    ("000", 68): frozenset({"c656fbcef7d8"}),
    ("000", 78): frozenset({"54a1724b9b66"}),
    ("000", 89): frozenset({"600e0b93c696"}),
    ("000", 100): frozenset({"8da8ca86e8fd", "7b72da952025"}),
    ("000", 111): frozenset({"54dcd15a2200"}),
    ("000", 122): frozenset({"c7857002725d"}),
    ("003", 25): frozenset({"b2d5e8b5b5b9", "fd5851a7c752"}),
    ("003", 29): frozenset({"c7c94e9167c5"}),
    ("003", 31): frozenset({"6af73ac59ffb", "bf393f12e6a0"}),
    ("003", 33): frozenset({"63f10ed2433d", "e9d4b3e41d90"}),
    ("003", 35): frozenset({"c4245d4e0967"}),
    ("003", 37): frozenset({"fe421467c0b1"}),
    ("003", 39): frozenset({"74088ada26c4", "d4dae55e4efe"}),
    ("003", 41): frozenset({"1238f0a015a4", "69c8a9d44c4f"}),
    ("003", 43): frozenset({"5613ef2bc3f3"}),
    ("003", 45): frozenset({"0bf44fc9b5a9"}),
    ("002", 3): frozenset({"202e70ee0348"}),
    ("002", 7): frozenset({"cd0b8283365c"}),
    ("002", 9): frozenset({"0ea672c42e83"}),
    ("002", 11): frozenset({"27177bab9f68"}),
    ("002", 19): frozenset({"3eab80ad9cb2"}),
    ("002", 21): frozenset({"9f2457060c89"}),
    ("002", 27): frozenset({"4d17c5b49e5a", "fdbdbd383791"}),
    ("002", 29): frozenset({"ba9826583bf7"}),
    ("002", 34): frozenset({"38604a59bb42"}),
    ("002", 37): frozenset({"5501b71ef701"}),
    ("002", 40): frozenset({"02cff2d9626a"}),
}


def episode_at(episodes: Sequence[Episode], prefix: str, line: int) -> Episode:
    """The episode one of whose sources is the block of ``prefix`` covering ``line``."""
    for episode in episodes:
        for source in episode.sources:
            if Path(source.capture).name.startswith(prefix) and source.start_line <= line <= source.end_line:
                return episode
    raise LookupError(f"no episode has a block at {prefix}:{line}")


def show_accuracy(episodes: Sequence[Episode]) -> float:
    """The share of labelled episodes whose show is the one a reader would write."""
    right = 0
    for (prefix, line), expected in SHOWS.items():
        show = episode_at(episodes, prefix, line).show
        right += (name_digest(show) if show else None) == expected
    return right / len(SHOWS)


def guest_scores(episodes: Sequence[Episode]) -> tuple[float, float]:
    """Precision and recall of the people given the role ``guest``, on the labelled episodes."""
    found = relevant = true = 0
    for (prefix, line), expected in GUESTS.items():
        guests = {name_digest(p.name) for p in episode_at(episodes, prefix, line).people if p.kind == "guest"}
        found += len(guests)
        relevant += len(expected)
        true += len(guests & expected)
    return (true / found if found else 0.0), true / relevant
