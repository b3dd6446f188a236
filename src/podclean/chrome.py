"""Chrome: the lines and sentences a page wraps around its episodes.

Three sources of evidence, each reported under its own rule name:

* the site profile's chrome and list-end patterns (``profile:<site>``,
  ``profile-footer:<site>``);
* feed boilerplate that any site may carry because it comes with the feed
  (``feed:<platform>``), removed as whole lines or as trailing sentences;
* repetition inside the capture: a short line that recurs on the page and
  carries no field is a button or a label (``repeated``).
"""

from __future__ import annotations

import functools
import itertools
from array import array
from collections import Counter
from collections.abc import Container, Mapping, Sequence

import numpy as np
import regex

from podclean import languages
from podclean.config import Config
from podclean.feeds import strip_boilerplate
from podclean.fields.meta import parse_meta
from podclean.fields.shapes import is_tab_row, is_tags, is_turn, section_of
from podclean.model import Document
from podclean.sites.profile import SiteProfile
from podclean.text import sentences, stable_hash

#: Chrome that any site may show, in the languages we know: app
#: advertisements, sign-in and subscribe buttons, cookie notices.
_BUTTONS = languages.alternation(languages.words_of("buttons"))
_COOKIES = languages.alternation(languages.words_of("cookie_notices"))
#: Each is compiled only inside the one pattern below: compiling them one
#: by one as well cost ~0.1 s at every start (the button alternation alone
#: is ~1000 phrases), and nothing matched with them alone.
GENERIC_CHROME: tuple[str, ...] = (
    r"(?:get|download|install|open) (?:the|our)(?: free)? .{0,40}\bapp\b.{0,40}",
    # One button, or a row of them ("Share   Download   Subscribe").
    rf"(?:(?:{_BUTTONS})(?:\s*[|·•/]\s*|\s{{2,}}|\s(?=\S))?){{1,8}}",
    r"(?:sort|sorted|filter) by .{1,30}",
    rf"(?:{_COOKIES}).{{0,300}}",
    r"(?:©|\(c\)|copyright)\s*\d{4}.{0,80}",
    r"(?:privacy policy|terms of (?:use|service)|cookie policy)(?:\s*[|·•]\s*.{0,40})*",
)
# As one pattern: a line is chrome when it fullmatches any of them. Anchored:
# it is only matched against whole lines, and a thousand button words tried
# at every position of a long line add up.
_ANY_GENERIC_CHROME = regex.compile(r"\A(?:" + "|".join(f"(?:{p})" for p in GENERIC_CHROME) + ")", regex.IGNORECASE)
_TIME = regex.compile(r"\d:\d\d")
#: Repeated lines longer than this are content quoted twice, not chrome.
_MAX_REPEATED_CHARS = 80


#: A sentence is corpus boilerplate when this many different episodes carry it.
BOILERPLATE_MIN_EPISODES = 3
#: Shorter sentences ("Thanks.", "Enjoy!") repeat by chance, not as boilerplate.
BOILERPLATE_MIN_CHARS = 25


def sentence_hashes(episode_key: str, text: str) -> tuple[int, tuple[int, ...]]:
    """The hash of an episode key and of each long enough sentence of one of its descriptions."""
    hashes = tuple(stable_hash(s) for s in sentences(text) if len(s) >= BOILERPLATE_MIN_CHARS)
    return stable_hash(episode_key), hashes


class BoilerplateCounter:
    """Counts how many different episodes carry each sentence, in 16 bytes a sentence.

    Sentences are kept as 64-bit hashes in numpy arrays, each with the
    description (its owner) it came from, and each owner with the hash of its
    episode's key, so that a run of a million descriptions does not hold
    their text to find the few sentences they share, and can tell which
    descriptions carry them.
    """

    def __init__(self) -> None:
        self._sentences = array("q")
        self._owners = array("q")
        self._episodes = array("q")

    def add(self, episode_key: str, text: str) -> int:
        """Count the sentences of one description of the episode ``episode_key``; return its owner number."""
        return self.add_hashes(*sentence_hashes(episode_key, text))

    def add_hashes(self, episode: int, hashes: tuple[int, ...]) -> int:
        """Count one description by :func:`sentence_hashes` (computed where the text is).

        Descriptions are numbered in the order they are added, from 0; the
        number is returned.
        """
        owner = len(self._episodes)
        self._episodes.append(episode)
        self._sentences.extend(hashes)
        self._owners.extend(itertools.repeat(owner, len(hashes)))
        return owner

    def _owned(self) -> np.ndarray:
        """Rows (sentence hash, owner), as added."""
        # Copied out (np.stack copies): a view would pin the arrays' buffers
        # and forbid adding to them afterwards.
        return np.stack((np.frombuffer(self._sentences, np.int64), np.frombuffer(self._owners, np.int64)), axis=1)

    def boilerplate(self) -> SentenceSet:
        """The sentences at least :data:`BOILERPLATE_MIN_EPISODES` episodes carry."""
        owned = self._owned()
        if not len(owned):
            return SentenceSet(frozenset())
        episodes = np.frombuffer(self._episodes, dtype=np.int64)[owned[:, 1]]
        pairs = np.unique(np.stack((owned[:, 0], episodes), axis=1), axis=0)
        hashes, counts = np.unique(pairs[:, 0], return_counts=True)
        return SentenceSet(frozenset(hashes[counts >= BOILERPLATE_MIN_EPISODES].tolist()))

    def carriers(self, found: SentenceSet) -> set[int]:
        """The numbers of the descriptions that carry any of ``found``."""
        owned = self._owned()
        if not found.hashes or not len(owned):
            return set()
        wanted = np.isin(owned[:, 0], np.fromiter(found.hashes, dtype=np.int64, count=len(found.hashes)))
        return set(owned[wanted, 1].tolist())


class SentenceSet:
    """A set of sentences known by their hashes."""

    def __init__(self, hashes: frozenset[int]) -> None:
        self.hashes = hashes

    def __contains__(self, sentence: object) -> bool:
        return isinstance(sentence, str) and stable_hash(sentence) in self.hashes

    def __len__(self) -> int:
        return len(self.hashes)


def corpus_boilerplate(texts_by_episode: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """Sentences that recur in the descriptions of many different episodes.

    ``texts_by_episode`` maps an episode key (its normalised title) to its
    descriptions. Promotions and sign-offs that a show or a site pastes under
    every episode show up here; a sentence two pages share about one episode
    does not, because it counts once per episode.
    """
    counter = BoilerplateCounter()
    for key, texts in texts_by_episode.items():
        for text in texts:
            counter.add(key, text)
    found = counter.boilerplate()
    return frozenset(s for texts in texts_by_episode.values() for t in texts for s in sentences(t) if s in found)


def remove_sentences(text: str, boilerplate: Container[str]) -> str:
    """``text`` without the given sentences, lines kept."""
    if not boilerplate:
        return text
    lines = []
    for line in text.split("\n"):
        found = sentences(line)
        kept = [s for s in found if s not in boilerplate]
        if kept or not line.strip():
            lines.append(" ".join(kept) if len(kept) != len(found) else line)
    return "\n".join(lines).strip()


@functools.cache
def _comment_heading() -> regex.Pattern[str]:
    headings = languages.words_of("comment_headings")
    whole = languages.alternation(h for h in headings if "…" not in h)
    titled = languages.alternation(h.replace("…", "").strip() for h in headings if h.endswith("…"))
    # "2 responses to “Episode 27”": a count may stand before a titled heading.
    # "Comments (4)", "Comments:": a count or a colon may follow a heading.
    return regex.compile(
        rf"(?:{whole})\s*(?:\(\d{{1,6}}\)|:)?|(?:\d+\s+)?(?:{titled})\s+\S.{{0,200}}", regex.IGNORECASE
    )


def _opens_comments(text: str) -> bool:
    """Whether a line opens a post's comments ("Leave a comment", "2 réponses à « … »")."""
    return len(text) <= 240 and bool(_comment_heading().fullmatch(text))


def _opens_list(text: str) -> bool:
    match = languages.interface_text(text)
    return match is not None and match.kind == "list heading"


def classify(document: Document, profile: SiteProfile, config: Config, order: str) -> Mapping[int, str]:
    """Which lines of a document are chrome, and by which rule.

    Returns ``{line_number: rule}`` for chrome lines only (1-based numbers).
    Blank lines are not chrome here: the accounting decides what they belong to.
    """
    rules: dict[int, str] = {}
    chrome = profile.chrome_pattern
    ends = profile.list_end_pattern
    marker = profile.marker_pattern
    ended = False
    comments = content = False
    for number, line in enumerate(document.lines, start=1):
        text = line.strip()
        if not text:
            continue
        if ended:
            rules[number] = f"profile-footer:{profile.name}"
            continue
        # Readers' comments and reviews run to the next list (recent posts) or the end.
        if comments and _opens_list(text):
            comments = False
        elif comments or (content and _opens_comments(text)):
            comments = True
            rules[number] = "comments"
            continue
        content = True
        if ends and ends.fullmatch(text):
            rules[number] = f"profile-footer:{profile.name}"
            ended = True
        elif chrome and chrome.fullmatch(text):
            rules[number] = f"profile:{profile.name}"
        elif len(text) <= 200 and _ANY_GENERIC_CHROME.fullmatch(text):
            rules[number] = "generic-chrome"
        elif is_tab_row(text):
            rules[number] = "tab-row"
        elif number in document.rows and not _TIME.search(text):
            # A menu or a tab bar; a row with a date or a length in it is meta.
            if parse_meta(text, order) is None:
                rules[number] = "menu-row"
        elif not strip_boilerplate(text)[0]:
            rules[number] = strip_boilerplate(text)[1][0]
    counts = Counter(line.strip() for n, line in enumerate(document.lines, 1) if n not in rules)
    for number, line in enumerate(document.lines, start=1):
        text = line.strip()
        if number in rules or not text or counts[text] < config.repeated_line_min:
            continue
        if len(text) > _MAX_REPEATED_CHARS or (marker and marker.fullmatch(line)):
            continue
        if section_of(text) or is_tags(text) or is_turn(text) or parse_meta(text, order):
            continue
        rules[number] = "repeated"
    return rules
