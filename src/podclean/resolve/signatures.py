"""Signatures: what each record offers as evidence of identity.

One field (or two) per matching signal of :mod:`podclean.resolve.signals`,
which extracts it; language-independent evidence first, and a MinHash of
the description's shingles for same-language near-duplicates. Built once
per record.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TypeVar

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve import signals
from podclean.resolve.signals.base import Features
from podclean.text import stable_hash

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
    #: The season and episode numbers the title gives (``None`` where it gives none).
    season: int | None = None
    episode: int | None = None
    #: The script most of the title is written in ("" when it has no letters).
    title_script: str = ""
    sketch: bytes | None = attrs.field(eq=False)
    #: The candidate index's keys (:func:`blocking_keys`) packed as int64,
    #: hashed where the record was cleaned; b"" once indexed.
    keys: bytes = attrs.field(default=b"", eq=False)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two descriptions' shingles."""
        return signals.description.jaccard(self.sketch, other.sketch)


def signature(index: int, record: Record) -> Signature:
    """Build a record's signature (the costly part: shingling, hashing)."""
    title_hash, title_features = signals.title.extract(record)
    guest_names = signals.guests.extract(record)
    season, number = signals.episode.extract(record)
    length = signals.duration.extract(record)
    published = signals.date.extract(record)
    show = signals.show.extract(record)
    return Signature(
        index=index,
        title_hash=title_hash,
        capture=signals.capture.extract(record),
        title=title_features,
        guests=guest_names,
        names=signals.names.extract(record),
        chapters=signals.chapters.extract(record),
        duration_s=length,
        published=published,
        show=show,
        title_script=signals.show.title_script(record),
        season=season,
        episode=number,
        sketch=signals.description.extract(record),
        keys=np.array(
            blocking_keys(title_hash, guest_names, title_features, evidence_keys(published, length, show)),
            dtype=np.int64,
        ).tobytes(),
    )


def exact_length(published: str | None, duration_s: int | None) -> str | None:
    """A record's date and length to the second, where its length is not whole minutes.

    Two pages of one episode in two languages share no title word, but
    they copy the feed's date and exact length: that pair finds them.
    """
    if published is None or not duration_s or duration_s % 60 == 0:
        return None
    return f"{published}/{duration_s}"


def evidence_keys(published: str | None, duration_s: int | None, show: str) -> tuple[str, ...]:
    """The keys that pair pages whose titles share nothing, as prefixed strings.

    The :func:`exact_length`; and where the show is known, the show with
    its date and the show with its length in minutes: a summary in another
    script names the show and copies one of the two, seldom both.
    """
    keys = []
    if (exact := exact_length(published, duration_s)) is not None:
        keys.append(f"l:{exact}")
    if show and published:
        keys.append(f"d:{show}/{published}")
    if show and duration_s:
        keys.append(f"m:{show}/{round(duration_s / 60)}")
    return tuple(keys)


def blocking_keys(title_hash: int, guests: Features, title: Features, evidence: Iterable[str] = ()) -> list[int]:
    """The candidate index's keys of a record, as sorted 64-bit hashes.

    The exact title, each guest's full name, each title feature and the
    :func:`evidence_keys`; they are hashed apart ("g:", "t:", and the
    evidence keys' own prefixes), so a guest and a word never share a key.
    """
    keys = {title_hash} if title_hash else set()
    keys |= {stable_hash(key) for key in evidence}
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
        season=sig.season,
        episode=sig.episode,
        title_script=text(sig.title_script),
        sketch=sig.sketch,
        keys=keys,
    )


def signatures(records: Iterable[Record], start: int = 0) -> list[Signature]:
    """Signatures of records numbered from ``start``."""
    return [signature(start + i, r) for i, r in enumerate(records)]
