"""Signatures: what each record offers as evidence of identity.

Language-independent evidence first: Latin-script words of the title (names
of people and organisations survive translation), numbers with units
("14x", "200M", "80%"), emoji, durations, dates, the show, names in the
description, chapter titles; and a MinHash of the description's shingles
for same-language near-duplicates. Built once per record.
"""

from __future__ import annotations

import functools
import itertools
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs
import numpy as np
import regex
from datasketch import LeanMinHash, MinHash

from podclean.lang.evidence import FUNCTION_WORDS
from podclean.model import Record
from podclean.text import show_key, stable_hash, title_key

#: MinHash size: 64 permutations estimate Jaccard within ±0.06 (1 s.d. at
#: J=0.5), enough to find near-duplicates that scoring then confirms.
NUM_PERM = 64
MINHASH_SEED = 7
#: Tokens of a description that are shingled; beyond them a near-duplicate
#: is already obvious and the rest only costs time.
SHINGLE_TOKENS = 400
SHINGLE_SIZE = 3

_LATIN_WORD = regex.compile(r"[\p{Latin}\p{N}][\p{Latin}\p{M}\p{N}'’]*")
_EMOJI = regex.compile(r"\p{Extended_Pictographic}")
_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Latin}\p{M}\p{N}'’\-]+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:]\s+|\n)\s*$")
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_TOKEN = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]|[\p{L}\p{M}\p{N}]+")
_STOPWORDS = frozenset().union(*FUNCTION_WORDS.values()) | {"s", "vs", "x", "ft", "feat", "w"}


def _stem(word: str) -> str:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=1 << 13)
def title_features(text: str) -> frozenset[str]:
    """Language-independent features of a title.

    >>> sorted(title_features("🔬 단백질에도 쓴맛 교훈이 온다 — Alex Rives, BioHub"))
    ['alex', 'biohub', 'emoji:🔬', 'rive']
    """
    text = unicodedata.normalize("NFKC", text)
    features = {f"emoji:{e}" for e in _EMOJI.findall(text)}
    for raw in _LATIN_WORD.findall(text):
        for part in raw.replace("’", "'").split("'s"):
            word = _stem(part.strip("'").casefold())
            if (len(word) > 1 and word not in _STOPWORDS and not word.isdigit()) or (
                word.isdigit() and len(word) >= 2 and not (len(word) == 4 and word.startswith("20"))
            ):
                features.add(word)
    return frozenset(features)


# "Title — Guest Name, Org": the guest segment follows the last dash.
_GUEST_SEGMENT = regex.compile(r"\s[—–\-|]\s(?!.*\s[—–\-|]\s)(?P<guests>.+)$")
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{Latin}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{Latin}\p{M}'’\-]*+)+"
)


_GUEST_SPLIT = regex.compile(r"\s(?:&|and|y|e|und|et|x|with|w/)\s", regex.IGNORECASE)


def guest_names(title: str) -> frozenset[str]:
    """Full names (capitalised word pairs) of the guests a title names.

    The guest segment follows the last dash ("Title — Ann Lee, Org & Bo
    Chen"); each guest is the text before a comma in an "&"-separated part,
    so the organisation after the comma is not taken for a person.

    >>> sorted(guest_names("Async Agents — Cognition's Walden Yan & Cole Murray, OpenInspect"))
    ["cognition's walden", 'cole murray', 'walden yan']
    """
    m = _GUEST_SEGMENT.search(unicodedata.normalize("NFKC", title))
    if not m:
        return frozenset()
    pairs: set[str] = set()
    for part in _GUEST_SPLIT.split(m.group("guests")):
        person = part.split(",")[0]
        for run in _CAPITALISED_RUN.findall(person):
            words = run.casefold().split()
            pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return frozenset(pairs)


def name_features(text: str, limit: int = 4000) -> frozenset[str]:
    """Capitalised Latin-script words of a description (names, products).

    Sentence-initial words are skipped: in Latin-script prose they are
    capitalised whatever they are.
    """
    found = set()
    text = text[:limit]
    for m in _NAME.finditer(text):
        if _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]) and not _CJK_CHAR.search(
            text[max(0, m.start() - 1) : m.start()]
        ):
            continue
        word = _stem(m.group(0).casefold())
        if word not in _STOPWORDS and len(word) > 2:
            found.add(word)
    return frozenset(found)


def shingles(text: str) -> list[bytes]:
    """Word (or CJK character) 3-grams of a normalised text, as bytes."""
    found = _TOKEN.finditer(unicodedata.normalize("NFKC", text).casefold())
    tokens = [m.group(0) for m in itertools.islice(found, SHINGLE_TOKENS)]
    if len(tokens) < SHINGLE_SIZE:
        return [" ".join(tokens).encode()] if tokens else []
    return [" ".join(tokens[i : i + SHINGLE_SIZE]).encode() for i in range(len(tokens) - SHINGLE_SIZE + 1)]


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=_crc32)
#: The dtype of the hash values of ``_TEMPLATE``'s scheme (32-bit for affine32).
SKETCH_DTYPE = _TEMPLATE.hashvalues.dtype


def minhash(text: str) -> LeanMinHash | None:
    """A MinHash of a description's shingles (``None`` for an empty text)."""
    grams = shingles(text)
    if len(grams) < 2:
        return None
    sketch = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=_crc32,
        permutations=_TEMPLATE.permutations,
        scheme=_TEMPLATE.scheme,
    )
    sketch.update_batch(grams)
    return LeanMinHash(sketch)


def lean_minhash(sketch: bytes) -> LeanMinHash:
    """The datasketch MinHash of a signature's packed sketch."""
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=np.frombuffer(sketch, SKETCH_DTYPE), scheme=_TEMPLATE.scheme)


Features = tuple[str, ...]
_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class Signature:
    """The identity evidence of one record.

    Kept compact, since a run holds one per block: feature sets are sorted
    tuples (a frozenset of a few strings costs several times more), and the
    MinHash is its hash values packed as bytes.
    """

    index: int
    #: 64-bit hash of the normalised title (0 for an empty one).
    title_hash: int
    capture: str
    title: Features
    guests: Features
    names: Features
    chapters: Features
    duration_s: int | None
    published: str | None
    show: str
    sketch: bytes | None = attrs.field(eq=False)
    #: The candidate index's keys (:func:`blocking_keys`) packed as int64,
    #: hashed where the record was cleaned; b"" once indexed.
    keys: bytes = attrs.field(default=b"", eq=False)

    def hashvalues(self) -> np.ndarray | None:
        """The MinHash hash values of the description, or ``None``."""
        return None if self.sketch is None else np.frombuffer(self.sketch, SKETCH_DTYPE)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two descriptions' shingles."""
        if self.sketch is None or other.sketch is None:
            return 0.0
        mine, theirs = np.frombuffer(self.sketch, SKETCH_DTYPE), np.frombuffer(other.sketch, SKETCH_DTYPE)
        return int(np.count_nonzero(mine == theirs)) / NUM_PERM


def _title_hash(title: str) -> int:
    key = title_key(title)
    return stable_hash(key) if key else 0


def _features(found: Iterable[str]) -> Features:
    return tuple(sorted(set(found)))


def signature(index: int, record: Record) -> Signature:
    """Build a record's signature (the costly part: shingling, hashing)."""
    chapter_features: set[str] = set()
    for chapter in record.chapters:
        chapter_features |= title_features(chapter.title)
    sketch = minhash(record.description)
    title_hash = _title_hash(record.title)
    title = _features(title_features(record.title))
    guests = _features(guest_names(record.title))
    return Signature(
        index=index,
        title_hash=title_hash,
        capture=record.block.capture,
        title=title,
        guests=guests,
        names=_features(name_features(record.description)),
        chapters=_features(chapter_features),
        duration_s=record.duration_s,
        published=record.published,
        show=show_key(record.show),
        sketch=None if sketch is None else sketch.hashvalues.tobytes(),
        keys=np.array(blocking_keys(title_hash, guests, title), dtype=np.int64).tobytes(),
    )


def blocking_keys(title_hash: int, guests: Features, title: Features) -> list[int]:
    """The candidate index's keys of a record, as sorted 64-bit hashes.

    The exact title, each guest's full name and each title feature; they
    are hashed apart ("g:", "t:"), so a guest and a word never share a key.
    """
    keys = {title_hash} if title_hash else set()
    keys |= {stable_hash(f"g:{g}") for g in guests}
    keys |= {stable_hash(f"t:{f}") for f in title}
    return sorted(keys)


def _interned(features: Features) -> Features:
    return tuple(map(sys.intern, features)) if features else features


def shared(sig: Signature, index: int, *, keys: bool = True) -> Signature:
    """``sig`` renumbered as ``index``, with its strings interned.

    Signatures come from worker processes (or one capture at a time), so
    equal feature words arrive as separate objects; at a million blocks one
    copy of each is the difference between gigabytes and a few hundred MB.
    ``keys=False`` drops the packed blocking keys (once indexed).
    """
    return _rebuilt(sig, index, sig.keys if keys else b"", sys.intern, _interned)


def renumbered(sig: Signature, index: int) -> Signature:
    """``sig`` renumbered as ``index``, without its packed blocking keys."""
    return _rebuilt(sig, index, b"", _same, _same)


def _same(value: _T) -> _T:
    return value


def _rebuilt(
    sig: Signature,
    index: int,
    keys: bytes,
    text: Callable[[str], str],
    features: Callable[[Features], Features],
) -> Signature:
    # Built directly rather than with ``attrs.evolve`` (several times
    # slower): the merging process does this for every record, twice.
    return Signature(
        index=index,
        title_hash=sig.title_hash,
        capture=text(sig.capture),
        title=features(sig.title),
        guests=features(sig.guests),
        names=features(sig.names),
        chapters=features(sig.chapters),
        duration_s=sig.duration_s,
        published=None if sig.published is None else text(sig.published),
        show=text(sig.show),
        sketch=sig.sketch,
        keys=keys,
    )


def signatures(records: Iterable[Record], start: int = 0) -> list[Signature]:
    """Signatures of records numbered from ``start``."""
    return [signature(start + i, r) for i, r in enumerate(records)]
