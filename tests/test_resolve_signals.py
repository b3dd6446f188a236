"""Every matching signal's bounds are at least its score; our MinHash and banding are datasketch's."""

from __future__ import annotations

import math
import subprocess
import sys
import zlib

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from podclean.config import Config
from podclean.fields.numbers import find_number
from podclean.model import Capture
from podclean.pipeline import clean_capture
from podclean.resolve.candidates import LSH_THRESHOLD, banding
from podclean.resolve.scoring import MATCH, matching_total, may_match, score, upper_bound
from podclean.resolve.signals import CANNOT_LINK, SIGNALS, Pairs
from podclean.resolve.signals.description import MINHASH_SEED, NUM_PERM, SKETCH_DTYPE, hasher, shingles
from podclean.resolve.signatures import Signature
from podclean.resolve.weights import Weights

# Small pools, so that generated pairs share titles, words, guests and
# captures often enough for every part to show up.
_WORDS = st.sampled_from(["ann", "lee", "bo", "chen", "sea", "14x", "emoji:🔬", "acme", "42"])
_FEATURES = st.lists(_WORDS, max_size=4, unique=True).map(lambda f: tuple(sorted(f)))
_SKETCH = st.none() | st.lists(st.integers(0, 2), min_size=NUM_PERM, max_size=NUM_PERM).map(
    lambda values: np.array(values, dtype=SKETCH_DTYPE).tobytes()
)


@st.composite
def _signatures(draw: st.DrawFn) -> list[Signature]:
    count = draw(st.integers(2, 7))
    return [
        Signature(
            index=k,
            title_hash=draw(st.sampled_from([0, 11, 12, -13])),
            capture=draw(st.sampled_from(["a.txt", "b.txt", "c.txt"])),
            title=draw(_FEATURES),
            guests=draw(_FEATURES),
            names=draw(_FEATURES),
            chapters=draw(_FEATURES),
            duration_s=draw(st.none() | st.integers(1, 8000)),
            published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
            show=draw(st.sampled_from(["", "the show", "the show extra", "other"])),
            season=draw(st.none() | st.integers(1, 2)),
            episode=draw(st.none() | st.integers(1, 3)),
            sketch=draw(_SKETCH),
        )
        for k in range(count)
    ]


def _pairs(sigs: list[Signature]) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(sigs)) for j in range(i + 1, len(sigs))]


@given(_signatures())
def test_every_signal_bound_is_at_least_its_score(sigs: list[Signature]) -> None:
    weights = Weights.from_signatures(sigs)
    pairs = _pairs(sigs)
    i = np.array([p[0] for p in pairs], dtype=np.int64)
    j = np.array([p[1] for p in pairs], dtype=np.int64)
    arrays = Pairs(i=i, j=j, jaccard=np.array([sigs[a].jaccard(sigs[b]) for a, b in pairs]))
    for signal in SIGNALS:
        vector = signal.bounds(signal.columns(sigs), arrays)
        assert vector.shape == (len(pairs),)
        for k, (a, b) in enumerate(pairs):
            jaccard = sigs[a].jaccard(sigs[b])
            part = signal.score(sigs[a], sigs[b], weights, jaccard)
            points = part[1] if part else 0.0
            bound = signal.bound(sigs[a], sigs[b], jaccard)
            assert bound >= points - 1e-9, (signal, a, b)
            assert bound == points or not signal.exact, (signal, a, b)
            assert vector[k] >= points - 1e-9, (signal, a, b)
            assert not math.isnan(vector[k])


@given(_signatures())
def test_the_composed_bounds_never_rule_out_a_match(sigs: list[Signature]) -> None:
    weights = Weights.from_signatures(sigs)
    pairs = _pairs(sigs)
    codes = np.array([a << 32 | b for a, b in pairs], dtype=np.int64)
    keep, jaccards = may_match(sigs, codes)
    for k, (a, b) in enumerate(pairs):
        found = score(sigs[a], sigs[b], weights)
        assert jaccards[k] == sigs[a].jaccard(sigs[b])
        bound = upper_bound(sigs[a], sigs[b])
        assert bound >= found.total
        assert keep[k] or found.total < MATCH
        expected = found.total if found.total >= MATCH else None
        assert matching_total(sigs[a], sigs[b], weights, jaccards[k], bound) == expected
        if found.total == CANNOT_LINK:
            assert len(found.parts) == 1


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=60))
def test_our_minhash_is_datasketchs(words: list[str]) -> None:
    from datasketch import MinHash

    grams = [w.encode("utf-8", "surrogatepass") for w in words]
    theirs = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=zlib.crc32)
    theirs.update_batch(grams)
    ours = hasher().hashvalues(grams)
    assert ours.dtype == theirs.hashvalues.dtype == SKETCH_DTYPE
    assert ours.tolist() == theirs.hashvalues.tolist()


def test_our_minhash_is_datasketchs_on_the_seed_descriptions(seed_captures: list[Capture]) -> None:
    from datasketch import MinHash

    records = [r for c in seed_captures for r in clean_capture(c, Config()).records]
    sketched = 0
    for record in records:
        grams = shingles(record.description)
        if len(grams) < 2:
            continue
        theirs = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=zlib.crc32)
        theirs.update_batch(grams)
        assert hasher().hashvalues(grams).tolist() == theirs.hashvalues.tolist()
        sketched += 1
    assert sketched > len(records) // 2


@pytest.mark.parametrize("threshold", [0.1, 0.3, LSH_THRESHOLD, 0.7, 0.9])
@pytest.mark.parametrize("num_perm", [16, NUM_PERM, 128])
def test_our_banding_is_datasketchs(threshold: float, num_perm: int) -> None:
    from datasketch.lsh import _optimal_param

    assert banding(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_importing_podclean_imports_neither_datasketch_nor_scipy() -> None:
    code = "import sys, podclean; print(sorted({m.split('.')[0] for m in sys.modules} & {'datasketch', 'scipy'}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@given(
    st.sampled_from(["Episode", "Ep.", "Folge", "Épisode", "Эпизод", "Part"]),
    st.integers(0, 9999),
    st.sampled_from([" — ", ": ", " | ", " · "]),
    st.text(alphabet="abc XYZ", max_size=20),
)
def test_a_word_and_a_number_leading_a_title_number_its_episode(word: str, number: int, dash: str, rest: str) -> None:
    found = find_number(f"{word} {number}{dash}{rest}")
    assert found is not None and (found.season, found.episode) == (None, number)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("S2E14 · Rivers", (2, 14)),
        ("Rivers (S02E04)", (2, 4)),
        ("The long road #37", (None, 37)),
        ("12 ways to cook rice", None),
        ("Apollo 11 and the moon", None),
        ("The 2026 outlook — Ann Lee", None),
    ],
)
def test_episode_numbers_are_read_only_where_the_title_marks_them(title: str, expected: tuple | None) -> None:
    found = find_number(title)
    assert (found and (found.season, found.episode)) == expected


def _listing(title: str, day: str, length: str, about: str) -> str:
    return f"{title}\n{day} · {length}\n{about}\n"


_EN = "Ann Lee talks with a keeper about the sea and the lamps it needs."
_KO = "앤 리가 등대지기와 함께 바다와 등불에 대해 이야기합니다."


def test_a_translated_page_with_the_date_and_exact_length_is_the_same_episode() -> None:
    import podclean

    english = podclean.Capture(name="en.txt", data=_listing("Keeping the Lamp Lit", "2026-05-28", "1:05:12", _EN))
    korean = podclean.Capture(name="ko.txt", data=_listing("등대의 불을 지키는 법", "2026-05-28", "1:05:12", _KO))
    (episode,) = podclean.clean([english, korean])
    assert {s.capture for s in episode.sources} == {"en.txt", "ko.txt"}


def test_two_episodes_of_one_day_with_a_length_in_whole_minutes_stay_apart() -> None:
    import podclean

    one = podclean.Capture(name="a.txt", data=_listing("Keeping the Lamp Lit", "2026-05-28", "1:05:00", _EN))
    other = podclean.Capture(name="b.txt", data=_listing("등대의 불을 지키는 법", "2026-05-28", "1:05:00", _KO))
    assert len(podclean.clean([one, other])) == 2
