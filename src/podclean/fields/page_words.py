"""What a page says about its words: the evidence for where a heading ends.

Shared by :mod:`podclean.fields.headings` (cased scripts) and
:mod:`podclean.fields.particles` (scripts without case): word shapes (case,
acronyms, sentence ends) and :class:`HeadingEvidence`, read once from a
page's whole text. Language words come from :mod:`podclean.languages`.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

import attrs
import regex

from podclean import languages

STRIP = "\"'“”‘’()[]*_«»「」『』,;"
_UNCASED_LETTER = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Thai}]")
_CASED_LETTER = regex.compile(r"[\p{Lu}\p{Ll}]")
HAN_OR_KANA = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
HANGUL = regex.compile(r"\p{Hangul}")
HANGUL_END = regex.compile(r"\p{Hangul}$")
CASED_WORD = regex.compile(
    r"^[\p{Latin}\p{Greek}\p{Cyrillic}\p{N}][\p{Latin}\p{Greek}\p{Cyrillic}\p{N}\p{M}.'’\-&+/]*$"
)
# Tokens after which a capital opens a subtitle, not a sentence.
_SUBTITLE_OPENERS = frozenset(":—–-|/&+")
# A sentence ends on one of these, before closing quotes and emphasis.
_SENTENCE_END = regex.compile(r"[.!?。！？…](?:[\"'”’)\]*_»」』]*)$")
# "I.", "U.S.", "e.g.": an initial or a dotted abbreviation ends no sentence
# (nor does a small title word written with its dot, "vs.").
_ABBREVIATION = regex.compile(r"^(?:\p{Lu}|\p{L}(?:\.\p{L})+)\.$")
# The words of a page read for evidence; later ones change no decision.
_EVIDENCE_CHARS = 400_000
# The summary's first sentence starts within this many words.
SCAN_WORDS = 40


def bare(token: str) -> str:
    return token.strip(STRIP)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_lower(word: str) -> bool:
    return bool(word) and word[0].islower() and word == word.lower()


def is_acronym(word: str) -> bool:
    """ "AI", "XR-5", "CI/CD": every letter a capital."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def is_camel(word: str) -> bool:
    """ "iPhone", "eBay", "YouTube": a capital inside makes a name."""
    return any(c.isupper() for c in word[1:]) and not is_acronym(word)


@functools.cache
def _cased_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Language → (small title words, small words and function words)."""
    table = {}
    for record in languages.languages():
        small = frozenset(record.title_small_words)
        if small or record.function_words:
            table[record.code] = (small, small | frozenset(record.function_words))
    return table


@attrs.frozen(kw_only=True)
class HeadingEvidence:
    """What a page says about its words, for telling headings from prose.

    Built once per body from all its text (:meth:`of`): the words the page
    writes lower-case (a capitalised one mid-line is then a sentence start),
    the words that open its sentences, how often each phrase comes back, and
    the small title words of the page's language.
    """

    lowercase: frozenset[str]
    starters: frozenset[str]
    text: str
    small: frozenset[str]
    openers: frozenset[str]

    @classmethod
    def of(cls, text: str) -> HeadingEvidence:
        """The evidence of one page's (or one block's) text.

        >>> e = HeadingEvidence.of("The hosts talk. zed asks why. Hardware is hard.")
        >>> "hardware" in e.lowercase, "zed" in e.starters, "the" in e.openers
        (False, True, True)
        """
        text = text[:_EVIDENCE_CHARS]
        tokens = text.split()
        lowercase: set[str] = set()
        starters: set[str] = set()
        after_end = True
        for token in tokens:
            word = bare(token)
            if word:
                if after_end:
                    starters.add(word)
                elif is_lower(word):
                    lowercase.add(word)
            after_end = ends_sentence(token)
        small, openers = _language_words(w.casefold() for w in tokens[:2000])
        return cls(
            lowercase=frozenset(lowercase),
            starters=frozenset(starters),
            text=text,
            small=small,
            openers=openers,
        )


def _language_words(words: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The small title words and sentence openers of the language these words are in."""
    table = _cased_words()
    counts = Counter(words)
    best = max(table, key=lambda code: (sum(counts[w] for w in table[code][1]), code == "en", code), default=None)
    if best is None:
        return frozenset(), frozenset()
    return table[best]


def ends_sentence(token: str) -> bool:
    if not _SENTENCE_END.search(token):
        return False
    word = token.rstrip("\"'”’)]*_»」』").lstrip(STRIP)
    return not (_ABBREVIATION.match(word) or word.casefold() in _dotted_small_words())


@functools.cache
def _dotted_small_words() -> frozenset[str]:
    return frozenset(w for record in languages.languages() for w in record.title_small_words if w.endswith("."))


def has_prose(tokens: list[str]) -> bool:
    """Whether the text holds a sentence: a full stop somewhere, or ?/! before more words."""
    return any(
        ends_sentence(t) and (i < len(tokens) - 1 or t.rstrip("\"'”’)]*_»」』")[-1:] in ".。…")
        for i, t in enumerate(tokens)
    )


def opens_subtitle(token: str) -> bool:
    return token in _SUBTITLE_OPENERS or token.endswith((":", "：")) or token.endswith(("(", "—", "–"))


def uncased_majority(text: str) -> bool:
    return len(_UNCASED_LETTER.findall(text)) > len(_CASED_LETTER.findall(text))


CLOSING = "\"'”’)]*_»」』"
PUNCTUATED = (",", ";", ":", "?", "!", ".", "：")


def first_sentence_end(tokens: list[str]) -> int:
    """The index after the first word that ends a sentence (the whole text if none does)."""
    return next((i + 1 for i, t in enumerate(tokens) if ends_sentence(t)), len(tokens))


def is_content(word: str, ev: HeadingEvidence) -> bool:
    """A lower-case word that is not a small word: a noun, adjective or verb."""
    return is_lower(word) and word.casefold() not in ev.openers


def restates(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` repeats a capitalised heading word (the summary restating its subject)."""
    word = stem(words[i]).casefold()
    return len(word) > 2 and any(stem(w).casefold() == word and is_capitalised(w) for w in words[:i])


def stem(word: str) -> str:
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word.rstrip(":")
