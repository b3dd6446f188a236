"""Duplicate resolution: every grouping on the seeds, both ways; invariances."""

from __future__ import annotations

import random
import unicodedata

import attrs
import ftfy.bad_codecs  # noqa: F401
import numpy as np
import pytest
from benchmarks.hostile import similar_captures
from hypothesis import given, settings
from hypothesis import strategies as st

import podclean
from podclean.config import Config
from podclean.io import dumps
from podclean.model import Capture, Result
from podclean.pipeline import clean_capture
from podclean.resolve import candidates
from podclean.resolve.candidates import CandidateIndex, _run_pairs
from podclean.resolve.scoring import MATCH, Weights, matching_total, may_match, score, upper_bound
from podclean.resolve.signatures import Signature, renumbered, shared, signatures
from tests.conftest import SAMPLES
from tests.resolve_expectations import DIFFERENT_EPISODES, EPISODE_COUNT, SAME_EPISODE
from tests.seed_expectations import BLOCK_TITLE_LINES


def _episode_of(result: Result) -> dict[tuple[str, int], str]:
    """(capture prefix, title line) → episode id, for every seed block."""
    found = {}
    for episode in result.episodes:
        for source in episode.sources:
            prefix = source.capture[:3]
            lines = [n for n in BLOCK_TITLE_LINES[prefix] if source.start_line <= n <= source.end_line]
            assert len(lines) == 1
            found[(prefix, lines[0])] = episode.id
    return found


def test_one_episode_per_real_episode_on_the_seeds(seed_result: Result) -> None:
    assert len(seed_result.episodes) == EPISODE_COUNT


@pytest.mark.parametrize("group", SAME_EPISODE, ids=lambda g: f"{g[0][0]}:{g[0][1]}")
def test_same_episode_across_sites_titles_and_languages_merges(seed_result: Result, group: tuple) -> None:
    ids = _episode_of(seed_result)
    assert len({ids[block] for block in group}) == 1


@pytest.mark.parametrize("pair", DIFFERENT_EPISODES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_lookalike_episodes_stay_apart(seed_result: Result, pair: tuple) -> None:
    ids = _episode_of(seed_result)
    assert ids[pair[0]] != ids[pair[1]]


def test_every_other_block_is_its_own_episode(seed_result: Result) -> None:
    ids = _episode_of(seed_result)
    grouped = {block for group in SAME_EPISODE for block in group}
    singles = [ids[b] for b in ids if b not in grouped]
    assert len(singles) == len(set(singles))
    assert not set(singles) & {ids[b] for b in grouped}


def test_canonical_episode_prefers_the_publisher_and_the_exact_duration(seed_result: Result) -> None:
    ids = _episode_of(seed_result)
    episode = next(e for e in seed_result.episodes if e.id == ids[("003", 13)])
    assert episode.language == "en"
    assert episode.title == "🔬ESM: The Bitter Lesson is Coming for Proteins - Alex Rives, BioHub"
    assert {"en", "es", "ko"} <= set(episode.localized)
    assert episode.published == "2026-05-27"
    # "1h 10min" on two pages is the "1:10:12" of the third, rounded: no conflict.
    assert episode.duration_s == 4212
    assert "duration_s" not in episode.conflicts
    assert len(episode.sources) == 4


def test_a_dated_source_beats_a_relative_one(seed_result: Result) -> None:
    ids = _episode_of(seed_result)
    episode = next(e for e in seed_result.episodes if e.id == ids[("000", 5)])
    assert episode.published == "2026-06-02"
    assert episode.published_relative is None


def _corrupt(data: bytes, how: int) -> bytes:
    text = data.decode("utf-8")
    if how == 0:
        return text.encode("utf-8").decode("sloppy-windows-1252", errors="replace").encode("utf-8")
    if how == 1:
        return text.replace("\n", "\r\n").encode("utf-8")
    if how == 2:
        return unicodedata.normalize("NFD", text).encode("utf-8")
    return text.replace(" — ", " \u200b— ").replace(". ", ".\u200b ").encode("utf-8")


def _sample_captures() -> list[Capture]:
    return [Capture(name=p.name, data=p.read_bytes()) for p in sorted(SAMPLES.iterdir()) if p.is_file()]


@given(st.randoms(use_true_random=False), st.integers(1, 3), st.integers(0, 3))
@settings(max_examples=15)
def test_shuffling_batching_and_corruption_leave_groups_and_ids_unchanged(
    rng: random.Random, parts: int, how: int
) -> None:
    captures = _sample_captures()
    expected = [dumps(e) for e in podclean.clean(captures)]
    shuffled = captures[:]
    rng.shuffle(shuffled)
    corrupted = [Capture(name=c.name, data=_corrupt(c.data, how)) for c in shuffled]  # type: ignore[arg-type]
    assert [dumps(e) for e in podclean.clean(corrupted)] == expected
    catalog = podclean.Catalog()
    for k in range(parts):
        catalog.add(corrupted[k::parts])
    assert [dumps(e) for e in catalog.episodes()] == expected


def test_seed_batches_in_a_persisted_catalog_equal_one_run(seed_captures: list[Capture], tmp_path) -> None:
    expected = [dumps(e) for e in podclean.clean(seed_captures)]
    podclean.Catalog(tmp_path).add(seed_captures[3:])
    reopened = podclean.Catalog(tmp_path)
    reopened.add(seed_captures[:3])
    assert [dumps(e) for e in podclean.Catalog(tmp_path).episodes()] == expected


def test_a_title_alone_stays_alone_without_strong_evidence() -> None:
    page = "Claude on the Go — Ann Lee\n\n" + "Ann Lee talks about mobile apps and more. " * 8 + "\nAgents Everywhere\n"
    other = "Agents Everywhere, Part Two — Bo Chen\n" + "Bo Chen explains agents in retail stores today. " * 8
    episodes = podclean.clean([Capture(name="a.txt", data=page), Capture(name="b.txt", data=other)])
    assert len({e.id for e in episodes}) == len(episodes)


def _seed_signatures(captures: list[Capture]) -> list[Signature]:
    records = [r for c in captures for r in clean_capture(c, Config()).records]
    return signatures(records)


def test_compact_band_index_proposes_what_datasketch_lsh_proposes(seed_captures: list[Capture]) -> None:
    sigs = _seed_signatures(seed_captures)
    # Blocks repeated under new numbers: every description then has exact
    # near-duplicates, so the LSH has pairs to find.
    sigs += [attrs.evolve(s, index=s.index + len(sigs)) for s in sigs]
    compact, lsh = CandidateIndex(), CandidateIndex(storage_config={"type": "dict"})
    for index in (compact, lsh):
        index.add(sigs[: len(sigs) // 3])
        index.add(sigs[len(sigs) // 3 :])
    assert lsh.text_pairs, "the datasketch index found no near-duplicate"
    assert list(compact.pairs()) == list(lsh.pairs())


@given(st.lists(st.integers(0, 6), min_size=2, max_size=40), st.lists(st.integers(0, 40), min_size=2, max_size=40))
def test_run_pairs_pairs_owners_of_shared_keys(keys: list[int], owners: list[int]) -> None:
    n = min(len(keys), len(owners))
    keys, owners = keys[:n], list(dict.fromkeys(owners[:n]))
    keys = keys[: len(owners)]
    found = {tuple(p) for p in _run_pairs(np.array(keys, dtype=np.int64), np.array(owners, dtype=np.int64), 3).tolist()}
    by_key: dict[int, list[int]] = {}
    for k, o in zip(keys, owners, strict=True):
        by_key.setdefault(k, []).append(o)
    expected = {
        (min(a, b), max(a, b))
        for members in by_key.values()
        if 1 < len(members) <= 3
        for x, a in enumerate(members)
        for b in members[x + 1 :]
    }
    assert found == expected


def test_the_bounds_never_rule_out_a_match(seed_captures: list[Capture]) -> None:
    from benchmarks.corpus import generate

    seed = _seed_signatures(seed_captures)
    generated = signatures(generate(300, seed=3)[0])
    for sigs in (seed, generated):
        weights = Weights.from_signatures(sigs)
        codes = np.array([i << 32 | j for i in range(len(sigs)) for j in range(i + 1, len(sigs))], dtype=np.int64)
        keep, jaccards = may_match(sigs, codes)
        kept = dict(zip(codes.tolist(), keep.tolist(), strict=True))
        estimates = dict(zip(codes.tolist(), jaccards.tolist(), strict=True))
        below = tighter = 0
        for i, a in enumerate(sigs):
            for j in range(i + 1, len(sigs)):
                b = sigs[j]
                total = score(a, b, weights).total
                assert estimates[i << 32 | j] == a.jaccard(b)
                assert upper_bound(a, b) >= total, (i, j)
                if upper_bound(a, b) >= MATCH:
                    expected = total if total >= MATCH else None
                    assert matching_total(a, b, weights, a.jaccard(b), upper_bound(a, b)) == expected, (i, j)
                assert kept[i << 32 | j] or total < MATCH, (i, j)
                below += not kept[i << 32 | j]
                tighter += not kept[i << 32 | j] and upper_bound(a, b) >= MATCH
        assert below, "the bound never rules a pair out"
        # Disjoint feature sets: pairs the scalar bound keeps are ruled out.
        assert tighter, "the feature masks never rule out a pair upper_bound keeps"


def test_shared_signatures_keep_every_field(seed_captures: list[Capture]) -> None:
    for sig in _seed_signatures(seed_captures):
        copy = shared(sig, sig.index + 7)
        assert copy == attrs.evolve(sig, index=sig.index + 7)
        assert (copy.sketch, copy.keys) == (sig.sketch, sig.keys)
        for bare in (shared(sig, 3, keys=False), renumbered(sig, 3)):
            assert bare == attrs.evolve(sig, index=3)
            assert (bare.sketch, bare.keys) == (sig.sketch, b"")


def _similar(n: int) -> list[Capture]:
    return [Capture(name=name, data=text) for name, text in similar_captures(n)]


def test_numbered_episodes_with_one_stock_description_stay_apart() -> None:
    episodes = podclean.clean(_similar(300))
    assert len(episodes) == 300
    assert len({e.title for e in episodes}) == 300


def test_a_run_warns_of_the_descriptions_it_could_not_pair(caplog: pytest.LogCaptureFixture) -> None:
    count = candidates.MAX_BUCKET + 20
    with caplog.at_level("WARNING", logger="podclean"):
        assert len(podclean.clean(_similar(count))) == count
    assert any(f"{count} records share near-identical descriptions" in r.getMessage() for r in caplog.records)


def test_different_episode_numbers_cannot_link_even_through_a_description(monkeypatch: pytest.MonkeyPatch) -> None:
    # With the bucket cap out of the way every pair is proposed and scored:
    # the numbers alone keep them apart.
    monkeypatch.setattr(candidates, "MAX_BUCKET", 10**9)
    assert len(podclean.clean(_similar(60))) == 60


def _sketched(count: int) -> list[Signature]:
    sig = signatures(clean_capture(_similar(1)[0], Config()).records)[0]
    return [attrs.evolve(sig, index=k, title_hash=k + 1, capture=f"{k}.txt", title=(), guests=()) for k in range(count)]


@pytest.mark.parametrize("count", [candidates.MAX_BUCKET, candidates.MAX_BUCKET + 1])
def test_a_crowded_band_bucket_is_reported_not_squared(count: int) -> None:
    index = CandidateIndex()
    index.add(_sketched(count))
    pairs = index.pair_codes()
    if count <= candidates.MAX_BUCKET:
        assert len(pairs) == count * (count - 1) // 2
        assert index.hot.note() is None
    else:
        assert len(pairs) == 0
        assert (index.hot.buckets, index.hot.records) == (index.bands, count)
        assert f"{count} records" in (index.hot.note() or "")
