"""One show under many names: the fullest name any page gives, across a run.

"Harbor Lights" and "Harbor Lights: Stories of the Coast" are one show;
"Harbor Lights" and "Tide Tables" are two, and an episode's pages voting
between them is a conflict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from podclean.text import title_key


def _extends(longer: str, shorter: str) -> bool:
    """Whether the words of key ``shorter`` begin key ``longer``."""
    return longer == shorter or longer.startswith(shorter + " ")


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each show name mapped to the fullest name it is a short form of.

    A name maps to the longest name its words begin, when all the names it
    begins lie on one line of extension ("A" → "A B" → "A B: C"); where two
    fuller names branch apart ("A B" and "A C"), it stays as it is. Of names
    with the same key, the most frequent spelling wins (ties: the first in
    sorted order).

    >>> canonical_names(["Harbor Lights", "Harbor Lights: Stories of the Coast"])["Harbor Lights"]
    'Harbor Lights: Stories of the Coast'
    """
    counts = Counter(names)
    spelling: dict[str, str] = {}
    for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        spelling.setdefault(title_key(name), name)
    keys = set(spelling)
    extensions: dict[str, list[str]] = {}
    for key in keys:
        words = key.split()
        for k in range(1, len(words)):
            prefix = " ".join(words[:k])
            if prefix in keys:
                extensions.setdefault(prefix, []).append(key)
    result: dict[str, str] = {}
    for name in counts:
        key = title_key(name)
        longer = extensions.get(key, [])
        target = key
        if longer:
            longest = max(longer, key=lambda k: (len(k), k))
            if all(_extends(longest, k) for k in longer):
                target = longest
        result[name] = spelling[target]
    return result


def fullest(names: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    """One episode's show from the names its pages give, and the conflicting names.

    Names that are short forms of one another are one show and the fullest
    wins; shows that are not are voted on (most pages, then the fullest),
    and every distinct show is returned as a conflict.

    >>> fullest(["Harbor Lights", "Harbor Lights: Stories of the Coast", "Harbor Lights"])
    ('Harbor Lights: Stories of the Coast', ())
    >>> fullest(["Harbor Lights", "Tide Tables", "Harbor Lights"])
    ('Harbor Lights', ('Harbor Lights', 'Tide Tables'))
    """
    if not names:
        return None, ()
    canon = canonical_names(names)
    votes = Counter(canon[n] for n in names)
    if len(votes) == 1:
        return next(iter(votes)), ()
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return ranked[0][0], tuple(name for name, _ in ranked)


def canonical_show(show: str | None, names: Mapping[str, str]) -> str | None:
    """``show`` under the run's :func:`canonical_names` (itself when the run has no fuller name)."""
    return names.get(show, show) if show else show
