"""The cost of adding to a persisted catalog, as it grows.

    python benchmarks/catalog_bench.py [--sizes 500 5000] [--repeat 5]

A catalog folder is filled with generated pages (benchmarks/corpus.py) up to
each size, then one more page of 25 episodes is added, ``--repeat`` times.
Beside every figure, the baseline measured in the same run: the same page
added to a catalog kept in memory, which cleans and indexes it but stores
nothing. "store ms" is the difference, what keeping the catalog on disk
costs an add; it should follow the page added, not the size of the catalog.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate, render_pages  # noqa: E402
from podclean import Capture, Catalog  # noqa: E402


def _captures(blocks: int) -> list[Capture]:
    records, _ = generate(blocks, seed=3)
    return [Capture(name=name, data=text) for name, text in render_pages(records)]


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _median_add_ms(catalog: Catalog, pages: list[Capture]) -> float:
    times = []
    for page in pages:
        start = time.perf_counter()
        catalog.add([page])
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def _row(label: str, fill: list[Capture], extra: list[Capture], size: int | None) -> None:
    """Fill a catalog (two pages an add, up to ``size`` records), then time adding ``extra``."""
    with tempfile.TemporaryDirectory() as folder:
        on_disk, in_memory = Catalog(folder), Catalog()
        records = 0
        for start in range(0, len(fill), 2):
            reports = on_disk.add(fill[start : start + 2])
            in_memory.add(fill[start : start + 2])
            records += sum(report.blocks for report in reports)
            if size is not None and records >= size:
                break
        disk_ms = _median_add_ms(on_disk, extra)
        memory_ms = _median_add_ms(in_memory, extra)
        print(
            f"{label:<11}{records:>8}{disk_ms:>15.1f}{memory_ms:>17.1f}{disk_ms - memory_ms:>10.1f}"
            f"{_folder_bytes(Path(folder)) / 2**20:>12.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = parser.parse_args()
    print(f"{'corpus':<11}{'records':>8}{'add ms (disk)':>15}{'add ms (memory)':>17}{'store ms':>10}{'folder MiB':>12}")
    for size in args.sizes:
        # Pages hold up to 25 records: enough pages to fill, and the extras.
        captures = _captures(size + 25 * (args.repeat + 40))
        _row("generated", captures[: -args.repeat], captures[-args.repeat :], size)
    if args.seeds.is_dir():
        seeds = [Capture(name=p.name, data=p.read_bytes()) for p in sorted(args.seeds.glob("*.txt"))]
        _row("seeds", seeds, _captures(25 * (args.repeat + 1))[: args.repeat], None)
    else:
        print(f"seeds: not found in {args.seeds} (--seeds DIR); their row is left out")


if __name__ == "__main__":
    main()
