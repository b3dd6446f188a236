"""Feed boilerplate: what hosting platforms append to every episode of a feed.

Knowledge of platforms as data, read by chrome detection (whole lines) and by
body parsing (trailing sentences); neither stage owns it, so it sits below both.
"""

from __future__ import annotations

import regex

#: Boilerplate that hosting platforms append to every episode of a feed.
FEED_BOILERPLATE: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(pattern))
    for name, pattern in (
        (
            "substack",
            r"This is a public episode\. If you(?:'|’)d like to discuss this with other subscribers or get access to bonus episodes, visit \S+?\.?(?=$|\s|\p{Lu})",
        ),
        ("substack", r"Get full access to .{1,80}? at \S+substack\.com\S*"),
        ("acast", r"Hosted on Acast\. See acast\.com/privacy for more information\."),
        ("megaphone", r"Learn more about your ad choices\. Visit \S+"),
        ("anchor", r"Support this podcast: \S+"),
        ("omny", r"See omnystudio\.com/listener for privacy information\."),
        ("simplecast", r"Privacy policy and California privacy notice: \S+"),
    )
)


def _literal_start(pattern: str) -> str:
    """The literal text a pattern (without flags) starts with: "" if none."""
    end = next((i for i, ch in enumerate(pattern) if ch in "\\.^$*+?{}[]()|"), len(pattern))
    # A quantifier applies to the character before it, which is then optional.
    return pattern[: end - 1] if pattern[end : end + 1] in ("*", "?", "{") else pattern[:end]


# What each pattern's matches start with: a line without it cannot match,
# and the substring test is many times cheaper than the search.
_FEED_STARTS = tuple(_literal_start(pattern.pattern) for _, pattern in FEED_BOILERPLATE)


def strip_boilerplate(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove feed boilerplate from a text; return the text and the rules used.

    >>> strip_boilerplate("Great talk. Hosted on Acast. See acast.com/privacy for more information.")
    ('Great talk.', ('feed:acast',))
    """
    rules: list[str] = []
    for (name, pattern), start in zip(FEED_BOILERPLATE, _FEED_STARTS, strict=True):
        if start in text and pattern.search(text):
            text = pattern.sub("", text)
            rules.append(f"feed:{name}")
    return text.strip(), tuple(rules)
