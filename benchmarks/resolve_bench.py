"""Duplicate resolution: pairwise precision, recall, F1 and time per block.

    python benchmarks/resolve_bench.py [--sizes 1000 10000 100000] [--baseline-max 2000]

Runs on the seed captures (truth from tests/resolve_expectations.py) and on
generated corpora (benchmarks/corpus.py), side by side with a plain
all-pairs baseline (the same scoring on every pair, then the same
clustering) where that baseline still finishes. Time per block should stay
flat as the corpus grows; quote ratios, not seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402
from podclean.model import Record  # noqa: E402
from podclean.resolve import Resolver  # noqa: E402
from podclean.resolve.cluster import cluster  # noqa: E402
from podclean.resolve.scoring import Weights, score  # noqa: E402


def _pairs(labels: Sequence[int]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def pairwise_prf(predicted: Sequence[int], truth: Sequence[int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering, without listing pairs."""
    together = sum(n * (n - 1) // 2 for n in Counter(zip(predicted, truth, strict=True)).values())
    p_pairs, t_pairs = _pairs(predicted), _pairs(truth)
    precision = together / p_pairs if p_pairs else 1.0
    recall = together / t_pairs if t_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _labels(groups: list[list[int]], n: int) -> list[int]:
    labels = [0] * n
    for g, group in enumerate(groups):
        for i in group:
            labels[i] = g
    return labels


def run_podclean(records: list[Record]) -> tuple[list[int], float, float]:
    """Labels, seconds (untraced run) and peak MiB allocated (traced run)."""
    start = time.perf_counter()
    resolver = Resolver()
    resolver.add(records)
    groups = resolver.groups()
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    traced = Resolver()
    traced.add(records)
    traced.groups()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return _labels(groups, len(records)), elapsed, peak


def run_all_pairs(records: list[Record]) -> tuple[list[int], float]:
    start = time.perf_counter()
    resolver = Resolver()
    resolver.add(records)
    sigs = resolver.signatures
    weights = Weights.from_signatures(sigs)
    scored = [(i, j, score(sigs[i], sigs[j], weights).total) for i in range(len(sigs)) for j in range(i + 1, len(sigs))]
    groups = cluster(len(sigs), scored, lambda i, j: score(sigs[i], sigs[j], weights), resolver.ranks)
    return _labels(groups, len(records)), time.perf_counter() - start


def seed_records() -> tuple[list[Record], list[int]] | None:
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        print(f"No seed captures at {seeds}: their rows are left out.")
        return None
    from tests.resolve_expectations import SAME_EPISODE
    from tests.seed_expectations import BLOCK_TITLE_LINES

    from podclean.config import Config
    from podclean.model import Capture
    from podclean.pipeline import clean_capture

    records: list[Record] = []
    for path in sorted(seeds.glob("*.txt")):
        records.extend(clean_capture(Capture(name=path.name, data=path.read_bytes()), Config()).records)
    records.sort(key=lambda r: (r.block.capture, r.block.start_line))
    group_of = {block: g for g, group in enumerate(SAME_EPISODE) for block in group}
    truth = []
    for k, r in enumerate(records):
        prefix = r.block.capture[:3]
        line = next(n for n in BLOCK_TITLE_LINES[prefix] if r.block.start_line <= n <= r.block.end_line)
        truth.append(group_of.get((prefix, line), 1000 + k))
    return records, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--baseline-max", type=int, default=2000)
    args = parser.parse_args()
    header = f"{'corpus':<16}{'blocks':>8}{'method':>11}{'P':>7}{'R':>7}{'F1':>7}{'µs/block':>10}{'peak MiB':>10}"
    print(header)
    print("-" * len(header))
    corpora: list[tuple[str, list[Record], list[int]]] = []
    seeds = seed_records()
    if seeds:
        corpora.append(("seeds", *seeds))
    for size in args.sizes:
        corpora.append(("generated", *generate(size, seed=size)))
    for name, records, truth in corpora:
        labels, elapsed, peak = run_podclean(records)
        p, r, f = pairwise_prf(labels, truth)
        per = 1e6 * elapsed / len(records)
        print(f"{name:<16}{len(records):>8}{'podclean':>11}{p:>7.3f}{r:>7.3f}{f:>7.3f}{per:>10.0f}{peak:>10.1f}")
        if len(records) <= args.baseline_max:
            labels, elapsed = run_all_pairs(records)
            p, r, f = pairwise_prf(labels, truth)
            per_base = 1e6 * elapsed / len(records)
            print(f"{'':<16}{'':>8}{'all-pairs':>11}{p:>7.3f}{r:>7.3f}{f:>7.3f}{per_base:>10.0f}{'':>10}")
            print(f"{'':<16}{'':>8}{'speed-up':>11}{'':>21}{per_base / per:>10.1f}×")


if __name__ == "__main__":
    main()
