"""Text helpers every stage shares: normalised keys, stable hashes, sentences.

The lowest module of the package: it imports nothing of podclean, so that
segmentation, chrome, fields, resolution and merging can all use one
definition of "the same title" or "a sentence" without importing each other.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import regex

_APOSTROPHES = regex.compile(r"['’`´]")
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")


# Segmenting, signatures and merging each key the same titles again (six to
# eight times a block); a small memo makes the repeats free.
@functools.lru_cache(maxsize=1 << 12)
def title_key(text: str) -> str:
    """A normalised form of a title for exact comparisons.

    >>> title_key("GitHub’s  Plan — for AGENTS!")
    'githubs plan for agents'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    return " ".join(_NOT_ALNUM.sub(" ", text).split())


def show_key(show: str | None) -> str:
    """A normalised show name for exact comparisons ("" when unknown)."""
    return title_key(show) if show else ""


# A sentence ends at ". " (not inside "example.org"), at CJK full stops, or
# at the end of a line.
# The standard library's engine splits on this pattern four times faster;
# its class spells out the Unicode White_Space that regex's \s means (re's
# \s would also take the separators U+001C-U+001F).
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SENTENCE_BREAK = re.compile(f"(?<=[.!?])[{WHITE_SPACE}]+|(?<=[。！？])|\n")
# Where SENTENCE_BREAK can cut: after a full stop that white space follows,
# after a CJK full stop, at a line break. Found with one scan for their first
# character, which is several times faster than trying the pattern's
# lookbehinds at every position.
_SENTENCE_CUT = re.compile(f"[.!?](?=[{WHITE_SPACE}])|[。！？]|\n")


def sentences(text: str) -> list[str]:
    """Split a text into sentences (roughly; good enough to spot repeats).

    The non-empty, stripped pieces of ``SENTENCE_BREAK.split(text)``: a cut
    after a full stop leaves the white space after it to the next piece,
    which stripping removes as the split would.
    """
    pieces = []
    start = 0
    for cut in _SENTENCE_CUT.finditer(text):
        if cut.group(0) == "\n":
            pieces.append(text[start : cut.start()])
        else:
            pieces.append(text[start : cut.end()])
        start = cut.end()
    pieces.append(text[start:])
    return [s for s in (piece.strip() for piece in pieces) if s]


def stable_hash(text: str) -> int:
    """A 64-bit hash of a text, the same in every process (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)
