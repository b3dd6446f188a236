"""The show an episode belongs to: where pages say it, and which name is canonical.

Pages name the show in a header above the episode list (the line before an
"Episodes" heading, a ``Podcast: X`` label, the last crumb of a breadcrumb,
the line above a byline such as "A podcast by X"), and in the notes on a
host ("host of X", "X 팟캐스트 진행자"). The words of those cues are data,
per language, in the tables below.

Sites shorten names differently: "Latent Space" on one page is "Latent
Space: The AI Engineer Podcast" on another. A name whose words begin a
longer name is the same show, and the fuller name wins (:func:`fullest`,
:func:`canonical_names`).

This module finds and reconciles names; it does not decide which lines of a
page are its header (segmentation does) nor which entities are hosts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence

import regex

from podclean.text import title_key

#: Headings that open a show page's list of episodes, by language. The show's
#: name is the line above (after any byline).
EPISODE_HEADINGS: Mapping[str, tuple[str, ...]] = {
    "en": ("episodes", "all episodes", "latest episodes", "recent episodes", "videos"),
    "es": ("episodios", "todos los episodios", "últimos episodios"),
    "pt": ("episódios", "todos os episódios"),
    "fr": ("épisodes", "tous les épisodes"),
    "de": ("folgen", "episoden", "alle folgen"),
    "it": ("episodi", "tutti gli episodi"),
    "nl": ("afleveringen",),
    "sv": ("avsnitt", "alla avsnitt"),
    "da": ("episoder", "alle episoder"),
    "nb": ("episoder",),
    "fi": ("jaksot",),
    "pl": ("odcinki",),
    "ko": ("에피소드", "전체 에피소드"),
    "ja": ("エピソード", "すべてのエピソード"),
    "zh": ("剧集", "单集", "节目列表", "全部单集"),
}

#: Labels that put the show's name after them ("Podcast: X"), by language.
SHOW_LABELS: Mapping[str, tuple[str, ...]] = {
    "en": ("podcast", "show", "series", "program"),
    "es": ("pódcast", "podcast", "programa", "serie"),
    "pt": ("podcast", "programa", "série"),
    "fr": ("podcast", "émission", "série"),
    "de": ("podcast", "sendung", "reihe"),
    "it": ("podcast", "programma", "serie"),
    "nl": ("podcast", "programma"),
    "sv": ("podd", "podcast", "program"),
    "da": ("podcast", "program"),
    "ko": ("팟캐스트", "프로그램"),
    "ja": ("ポッドキャスト", "番組"),
    "zh": ("播客", "节目"),
}

#: Bylines that follow the show's name ("A podcast by X" names its maker).
BYLINES: Mapping[str, tuple[str, ...]] = {
    "en": ("a podcast by", "a podcast from", "a show by", "hosted by", "presented by"),
    "es": ("un pódcast de", "un podcast de", "un programa de", "presentado por"),
    "pt": ("um podcast de", "um podcast da", "um podcast do", "apresentado por"),
    "fr": ("un podcast de", "un podcast par", "une émission de", "présenté par"),
    "de": ("ein podcast von", "ein podcast der", "eine sendung von", "präsentiert von"),
    "it": ("un podcast di", "un podcast a cura di", "condotto da"),
    "nl": ("een podcast van", "gepresenteerd door"),
    "sv": ("en podd av", "en podcast av", "en podcast från"),
    "da": ("en podcast af", "en podcast fra"),
    "nb": ("en podkast av", "en podcast av"),
}

#: How a note on a host names the show: the name after ("host of X") or
#: before ("X 팟캐스트 진행자") the cue, by language.
HOST_OF_BEFORE: Mapping[str, tuple[str, ...]] = {
    "en": ("host of", "co-host of", "cohost of", "presenter of", "narrator of", "narrator for"),
    "es": ("presentador de", "presentadora de", "conductor de", "anfitrión de"),
    "pt": ("apresentador do", "apresentadora do", "apresentador de"),
    "fr": ("animateur de", "animatrice de", "présentateur de"),
    "de": ("moderator von", "moderatorin von", "host von", "gastgeber von"),
}
HOST_OF_AFTER: Mapping[str, tuple[str, ...]] = {
    "ko": ("팟캐스트 진행자", "진행자", "호스트"),
    "ja": ("ポッドキャストのホスト", "のホスト", "の司会"),
    "zh": ("播客主持人", "主持人", "主理人"),
}

#: Words after a name that say what kind of programme it is, not its name.
PROGRAMME_KINDS = frozenset(
    {"course", "series", "tutorial series", "video series", "podcast series", "newsletter", "programme", "program"}
)


def _alternation(table: Mapping[str, tuple[str, ...]]) -> str:
    words = sorted({w for ws in table.values() for w in ws}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in words)


_HEADINGS = frozenset(w for ws in EPISODE_HEADINGS.values() for w in ws)
SHOW_LABEL = regex.compile(rf"(?i)^(?:{_alternation(SHOW_LABELS)})\s*[:：]\s*(?P<show>\S.{{0,118}})$")
#: A byline, or a channel's handle line ("@harborlights · 12K subscribers").
BYLINE = regex.compile(rf"(?i)^(?:(?:{_alternation(BYLINES)})\s+\S|@[\w.\-]+\s*[·•|])")
#: Breadcrumbs: three or more crumbs between ">", "›", "»", "/" or "|".
BREADCRUMB = regex.compile(r"^(?:[^>›»/|]{1,60}\s[>›»/|]\s){2,}(?P<show>[^>›»/|]{2,120})$")
_NOTE_PART = regex.compile(r"[;；,，。(（)）]|\s[-–—]\s")
HOST_NOTE_BEFORE = regex.compile(
    rf"(?:^|\s)(?i:{_alternation(HOST_OF_BEFORE)})\s+(?:the\s+)?(?P<show>[\p{{Lu}}\p{{N}}].*)$"
)
HOST_NOTE_AFTER = regex.compile(
    rf"^(?P<show>[\p{{Lu}}\p{{N}}][^\p{{Hangul}}\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]*?)\s*(?:{_alternation(HOST_OF_AFTER)})$"
)
_POSSESSIVE_OWNER = regex.compile(r"^\p{Lu}[\p{L}\p{N}.\-]*['’]s\s+(?=\S+\s+\S)")
#: Lower-case words that may sit inside a show's name ("Tides of the North").
_NAME_CONNECTORS = frozenset({"of", "the", "and", "&", "in", "on", "for", "de", "la", "el", "y", "et", "und", "der"})
_MAX_SHOW_CHARS = 120


def is_episode_heading(text: str) -> bool:
    """Whether a line is a heading over a show's list of episodes.

    >>> is_episode_heading("Avsnitt"), is_episode_heading("Harbor Lights")
    (True, False)
    """
    return text.strip().rstrip(":：").casefold() in _HEADINGS


def _plausible(text: str) -> bool:
    text = text.strip()
    return 2 <= len(text) <= _MAX_SHOW_CHARS and any(c.isalpha() for c in text) and not is_episode_heading(text)


def header_show(header: Sequence[tuple[int, str]], chrome: Container[int] = ()) -> tuple[int, str] | None:
    """The show a page's header names, with its line number, if any cue says so.

    ``header`` is the page's non-blank lines above its first episode, as
    (line number, stripped text); lines in ``chrome`` may be cues (an
    "Episodes" heading is chrome) but never the name. A label or breadcrumb
    names the show on its own line; an "Episodes" heading or a byline names
    it on the nearest line above that is neither chrome nor a byline.

    >>> header_show([(1, "Wavecatcher Podcasts"), (2, "Sign in"), (3, "Harbor Lights"), (4, "Episodes")])
    (3, 'Harbor Lights')
    >>> header_show([(1, "Podcast: Harbor Lights")])
    (1, 'Harbor Lights')
    """
    for i, (number, text) in enumerate(header):
        if number not in chrome:
            label = SHOW_LABEL.match(text) or BREADCRUMB.match(text)
            if label and _plausible(label.group("show")):
                return number, label.group("show").strip()
        if BYLINE.match(text) or is_episode_heading(text):
            for number_above, candidate in reversed(header[:i]):
                if number_above in chrome or BYLINE.match(candidate):
                    continue
                if _plausible(candidate):
                    return number_above, candidate
                break
    return None


def show_in_host_note(note: str) -> str | None:
    """The show a note on a host names ("host of Harbor Lights; sailor").

    >>> show_in_host_note("Sailor and writer; host of Harbor Lights")
    'Harbor Lights'
    >>> show_in_host_note("Coastal Trust 이사; Harbor Lights 팟캐스트 진행자")
    'Harbor Lights'
    >>> show_in_host_note("Host, founder of a shipyard") is None
    True
    """
    for part in _NOTE_PART.split(note):
        part = part.strip()
        m = HOST_NOTE_BEFORE.search(part) or HOST_NOTE_AFTER.match(part)
        if not m:
            continue
        show = _name_part(m.group("show").strip(" .:"))
        if _plausible(show):
            return show
    return None


def _name_part(text: str) -> str:
    """The capitalised name at the start of ``text``, without a kind word after it.

    "No Priors and venture capitalist" → "No Priors"; "the Harbor Lights
    podcast" → "Harbor Lights"; "Acme's Harbor Lights course" → "Harbor
    Lights" (the owner of a course is not its name).
    """
    words = text.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        # "a16z", "iOS": only a plain lower-case word ends the name.
        if not (word.isalpha() and word.islower()) or not kept:
            kept.append(word)
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in _NAME_CONNECTORS and following[:1].isupper():
            kept.append(word)
            continue
        if " ".join(words[i : i + 2]).casefold() in PROGRAMME_KINDS or word.casefold() in PROGRAMME_KINDS:
            return _POSSESSIVE_OWNER.sub("", " ".join(kept))
        break
    return " ".join(kept)


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
