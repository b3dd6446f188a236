"""Whole-pipeline performance: throughput, parallelism, scaling, identity.

    python benchmarks/perf_bench.py [--blocks 2000] [--scale 1000 10000 100000] [--skip-scale]

All in one run, side by side:

1. Throughput (MB/s on one core) of ``podclean.clean`` on the seed captures,
   on the seeds fully mojibaked (every line UTF-8 read as Windows-1252), and
   on generated pages (benchmarks/corpus.py); beside plain ``ftfy.fix_text``
   on every line of the same text, and the naive composition (ftfy +
   langdetect + a datasketch MinHash per block, all-pairs comparison).
2. ``workers=1`` against ``workers=2`` on the generated pages.
3. Scaling: time and peak memory per block for growing generated corpora,
   each size in a fresh interpreter so that peak RSS is its own.
4. Identity: ``Config(fast_paths=True)`` output equals ``fast_paths=False``.

Quote the ratios: machines here are shared and noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402
import ftfy.bad_codecs  # noqa: E402
from datasketch import MinHash  # noqa: E402
from langdetect import DetectorFactory, detect  # noqa: E402
from langdetect.lang_detect_exception import LangDetectException  # noqa: E402

import podclean  # noqa: E402
from benchmarks.corpus import generate, render_pages  # noqa: E402
from podclean.config import Config  # noqa: E402
from podclean.io import dumps  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def seed_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def mojibaked(pages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, text.encode("utf-8").decode("sloppy-windows-1252")) for name, text in pages]


def generated(blocks: int) -> list[tuple[str, str]]:
    records, _ = generate(blocks, seed=blocks)
    return render_pages(records)


def _megabytes(pages: list[tuple[str, str]]) -> float:
    return sum(len(text.encode("utf-8")) for _, text in pages) / 1e6


def run_podclean(pages: list[tuple[str, str]], workers: int = 1, fast: bool = True) -> tuple[float, list[str]]:
    captures = [podclean.Capture(name=name, data=text) for name, text in pages]
    start = time.perf_counter()
    episodes = podclean.clean(captures, workers=workers, config=Config(fast_paths=fast))
    return time.perf_counter() - start, [dumps(e) for e in episodes]


def run_ftfy(pages: list[tuple[str, str]]) -> float:
    start = time.perf_counter()
    for _, text in pages:
        for line in text.split("\n"):
            ftfy.fix_text(line)
    return time.perf_counter() - start


def run_naive(pages: list[tuple[str, str]], all_pairs_max: int = 2000) -> tuple[float, int]:
    """ftfy on every line, langdetect and a MinHash on every paragraph, all pairs."""
    DetectorFactory.seed = 0
    start = time.perf_counter()
    sketches = []
    for _, text in pages:
        for line in text.split("\n"):
            fixed = ftfy.fix_text(line)
            if len(fixed) >= 200:
                with contextlib.suppress(LangDetectException):
                    detect(fixed)
                sketch = MinHash(num_perm=64)
                sketch.update_batch(fixed[i : i + 5].encode() for i in range(0, len(fixed) - 4))
                sketches.append(sketch)
    if len(sketches) <= all_pairs_max:
        for i, a in enumerate(sketches):
            for b in sketches[i + 1 :]:
                a.jaccard(b)
    return time.perf_counter() - start, len(sketches)


_SCALE_JOB = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from benchmarks.corpus import generate, render_pages
import podclean
blocks = int(sys.argv[2])
pages = render_pages(generate(blocks, seed=blocks)[0])
captures = [podclean.Capture(name=n, data=t) for n, t in pages]
podclean.clean(captures[:1])
start = time.perf_counter()
result = podclean.clean_report(captures, workers=int(sys.argv[3]))
elapsed = time.perf_counter() - start
found = sum(r.blocks for r in result.reports)
print(json.dumps({"blocks": found, "seconds": elapsed,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def scale_job(blocks: int, workers: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _SCALE_JOB, str(ROOT), str(blocks), str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blocks", type=int, default=4000, help="generated blocks for throughput and -j")
    parser.add_argument("--scale", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    podclean.clean([podclean.Capture(name="warm.txt", data="Warm up — A B\n1:00:00\n" + "warm words " * 40)])

    corpora = []
    if SEEDS.is_dir():
        corpora += [("seeds", seed_texts()), ("seeds, mojibaked", mojibaked(seed_texts()))]
    corpora.append((f"generated {args.blocks}", generated(args.blocks)))

    print("1. Throughput on one core (MB/s), and podclean's ratio to each baseline\n")
    print(f"{'corpus':<20}{'MB':>6}{'podclean':>10}{'ftfy':>8}{'naive':>8}{'× ftfy':>9}{'× naive':>9}")
    identity = []
    for name, pages in corpora:
        mb = _megabytes(pages)
        ours, fast_out = run_podclean(pages)
        plain = run_ftfy(pages)
        naive, _ = run_naive(pages)
        print(
            f"{name:<20}{mb:>6.2f}{mb / ours:>10.2f}{mb / plain:>8.2f}{mb / naive:>8.2f}"
            f"{plain / ours:>9.2f}{naive / ours:>9.2f}"
        )
        _, slow_out = run_podclean(pages, fast=False)
        identity.append((name, fast_out == slow_out, len(fast_out)))

    print("\n2. Parallel workers on the generated pages\n")
    pages = corpora[-1][1]
    one, out_one = run_podclean(pages, workers=1)
    two, out_two = run_podclean(pages, workers=2)
    print(f"workers=1 {one:.2f} s, workers=2 {two:.2f} s: {one / two:.2f}× faster, identical: {out_one == out_two}")

    if not args.skip_scale:
        print("\n3. Scaling (generated; whole pipeline; fresh interpreter per size)\n")
        print(f"{'blocks':>9}{'µs/block':>10}{'peak MiB':>10}{'KiB/block':>11}{'time × smallest':>17}")
        first = None
        for size in args.scale:
            row = scale_job(size, 1)
            per = 1e6 * row["seconds"] / row["blocks"]
            first = first or per
            kib = 1024 * row["peak_mib"] / row["blocks"]
            print(f"{int(row['blocks']):>9}{per:>10.0f}{row['peak_mib']:>10.0f}{kib:>11.1f}{per / first:>17.2f}")

    print("\n4. Identity: fast paths against everything run\n")
    for name, same, count in identity:
        print(f"{name:<20} {count:>5} episodes  identical: {same}")


if __name__ == "__main__":
    main()
