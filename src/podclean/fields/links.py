"""Links: the URLs a body names, each ending where its URL ends.

Glued pages run a link into whatever follows it: a name
(``https://x.com/annleeBob Roe:``), a label (``…/in/annlee X:``), a section
heading (``…/annleeTimestamps00:00:00``) or a bullet. A URL has no end mark,
so where it ends is read from evidence every page has: host names are
written in lower case; a handle written in lower case does not turn into a
capitalised word; a capitalised word right before a ``:`` or before the
rest of a ``Name Surname:`` is a label or a name, and a known section
heading is a heading. A label glued to a handle is cut where the page's own
labels say (the words it writes before its other links), and a handle that
opens with a capital below a folder (``…/in/AnnLeeX:``) keeps its name. A
list of sites is never consulted.
"""

from __future__ import annotations

import regex

from podclean.fields.shapes import URL, may_link, section_of

_TRAILING_PUNCT = ".,;:!?)]}'\"”’"
# A capitalised word glued to what comes before it (a lower-case letter, a
# digit, "_" or "/"), or the last capital of an upper-case run ("HQJane").
_GLUED_WORD = regex.compile(r"(?<=[\p{Ll}\p{N}_/]|\p{Lu}(?=\p{Lu}\p{Ll}))\p{Lu}\p{Ll}+")
# What a glued heading may run into: its own digits ("Timestamps00:00:00").
_HEADING_TAIL = regex.compile(r"[\d:]*")
# After the URL: the rest of a "Name Surname:" label or of a name line.
_NAME_AFTER = regex.compile(r" \p{Lu}[\p{Ll}\p{M}'’\-]+(?::|\*|$| [\p{Lu}“\"(])")
_LABEL_AFTER = regex.compile(r"\s*:")
_LONE_CAPITAL = regex.compile(r"\p{Lu}")
# Where a label's word may start inside a path segment ("…/annleeX", "…/4140Website").
_LABEL_START = regex.compile(r"(?<=[\p{Ll}\p{N}_/])\p{Lu}")
# A label the page writes before a link ("* LinkedIn: https://…"): the words a
# glued label may be, read off the page itself.
# A surname ending a "Name Surname: https://…" line is no label.
_PAGE_LABEL = regex.compile(
    r"(?:^|(?<=[\s*\-•·(]))(?<!(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}'’\-]*\s)(\p{Lu}[\p{L}\p{N}]{0,19}):\s*(?i:https?://|www\.)"
)


# A scheme glued to what came before it, not after "/" or "=".
_INNER_SCHEME = regex.compile(r"(?<=[^/=])https?://", regex.IGNORECASE)


def _host_end(url: str) -> int:
    scheme = url.find("://")
    start = scheme + 3 if scheme >= 0 else 0
    slash = url.find("/", start)
    return slash if slash >= 0 else len(url)


def _label_cut(url: str, host_end: int, labels: frozenset[str]) -> int | None:
    """Where a label glued to the end of ``url``'s last path segment starts, if one is."""
    segment_start = max(url.rfind("/", host_end) + 1, host_end)
    capitals = [m.start() for m in _LABEL_START.finditer(url, segment_start)]
    if not capitals:
        return None
    # The longest label the page writes elsewhere that the segment ends with.
    for capital in capitals:
        if url[capital:] in labels:
            return capital
    if capitals[0] != segment_start:
        # A lower-case handle goes on in its label at the first capital ("annleeX:").
        return capitals[0]
    if len(capitals) == 1:
        return capitals[0]  # "…/X:": the segment is the label
    # A handle that opens with a capital is mixed case ("AnnLee"): its label
    # starts at the last capital. Below a folder ("…/in/AnnLeeX:") that is
    # always so, a folder alone being no one's link; at the root only a
    # one-letter label says so, "…/LinkedIn:" being the host's link and a label.
    if url[host_end:segment_start].strip("/") or _LONE_CAPITAL.fullmatch(url[capitals[-1] :]):
        return capitals[-1]
    return segment_start


def _cut(url: str, after: str, labels: frozenset[str] = frozenset()) -> int:
    """Where ``url`` (as matched, trailing punctuation removed) really ends; ``after`` follows it."""
    host_end = _host_end(url)
    for word in _GLUED_WORD.finditer(url, 0, host_end):
        # Host names are lower case: "example.orgAnn" is a host and a name.
        if url[word.start() - 1] != "/":
            return word.start()
    # A label glued to the link: "…/annleeX:", "…/annleeLinkedIn:" (the
    # colon is in ``after``): in a lower-case handle it starts at the first
    # capital, in a mixed-case one at the last.
    if _LABEL_AFTER.match(after):
        label = _label_cut(url, host_end, labels)
        if label is not None:
            return label
    words = list(_GLUED_WORD.finditer(url, host_end))
    for word in words:
        tail = url[word.end() :]
        if section_of(word.group()) and _HEADING_TAIL.fullmatch(tail):
            return word.start()
    if not words:
        return len(url)
    last = words[-1]
    if last.end() != len(url):
        return len(url)
    segment = url[url.rfind("/", 0, last.start()) + 1 : last.start()]
    # A handle in lower case does not go on in a capitalised word
    # ("annleeBob"); a mixed-case handle ("AnnLee") is one name.
    if segment[:1].islower() and segment == segment.lower() and len(last.group()) >= 3:
        return last.start()
    # The first word of a name whose rest follows ("…/RailwayBob Roe:", "…/in/ann/Bob Roe").
    name_after = _NAME_AFTER.match(after)
    if (
        name_after
        and (not segment or segment[-1:].islower() or segment[-1:].isupper())
        # "… Site:" where the page writes "Site:" before its links is a label, not a surname.
        and name_after.group().strip(' :*"“(').split(" ")[0] not in labels
    ):
        return last.start()
    return len(url)


def links_in(text: str) -> list[str]:
    """Every URL in ``text``, each cut where the URL ends.

    >>> links_in("* X: https://x.com/annleeTimestamps00:00 Intro* Site: https://example.org/Bob Roe: host")
    ['https://x.com/annlee', 'https://example.org/']
    """
    if not may_link(text):
        return []
    found = []
    labels = frozenset(m.group(1) for m in _PAGE_LABEL.finditer(text))
    for match in URL.finditer(text):
        for start, stop in _pieces(match.group(0)):
            url = match.group(0)[start:stop]
            stripped = url.rstrip(_TRAILING_PUNCT)
            at = match.start() + stop
            after = url[len(stripped) :] + text[at : at + 80]
            end = _cut(stripped, after, labels)
            link = stripped[:end].rstrip(_TRAILING_PUNCT)
            if link and link.casefold() not in ("https://", "http://", "www."):
                found.append(link)
    return found


def _pieces(url: str) -> list[tuple[int, int]]:
    """Where the links glued into one match start and stop ("…/annleeX:https://…" is two).

    A scheme inside a path after "/" or in a query after "=" belongs to the
    link (an archive's or a redirect's); anywhere else it starts the next one.
    """
    query = url.find("?")
    starts = [0]
    for inner in _INNER_SCHEME.finditer(url, 1):
        if query < 0 or inner.start() < query:
            starts.append(inner.start())
    return list(zip(starts, [*starts[1:], len(url)], strict=True))
