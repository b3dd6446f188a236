"""Scale-out: the Ray engine with 1 and 2 local workers beside ``podclean clean -j 1`` and ``-j 2``.

    python benchmarks/scale_bench.py [--blocks 6000] [--repeat 1]

In one run, on the same generated pages (benchmarks/corpus.py) written as
files: each engine as a whole command-line process, the way users run it,
with its wall time, throughput (blocks a second), the peak memory of the
driving process (its own VmHWM, not Ray's workers or the pool's), and
whether its output is byte-identical to ``-j 1``'s. Ray starts a local
instance in every run (``--engine ray -j N``); its start-up is measured on
a one-page corpus and the throughput beyond it is printed beside the whole.
Requires the ray extra (``pip install 'podclean[ray]'``).

Quote the ratios: machines here are shared and noisy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.perf_bench import _CLEAN, _WRITE_PAGES  # noqa: E402

ENGINES = {
    "local -j 1": ["-j", "1"],
    "local -j 2": ["-j", "2"],
    "ray, 1 worker": ["--engine", "ray", "-j", "1"],
    "ray, 2 workers": ["--engine", "ray", "-j", "2"],
}


def _run(folder: Path, out: Path, options: list[str]) -> tuple[float, float, str]:
    """Seconds, driver peak MiB and the sha256 of the output of one whole run."""
    command = [sys.executable, "-c", _CLEAN, "clean", str(folder), "-o", str(out), "--quiet", *options]
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    usage = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, usage["peak_kib"] / 1024, hashlib.sha256(out.read_bytes()).hexdigest()


def _pages(folder: Path, blocks: int) -> int:
    folder.mkdir()
    subprocess.run([sys.executable, "-c", _WRITE_PAGES, str(ROOT), str(blocks), str(folder)], check=True)
    return blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--blocks", type=int, default=6000, help="generated blocks")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of every engine in turn; the fastest counts")
    args = parser.parse_args()
    try:
        import ray  # noqa: F401
    except ImportError:
        sys.exit("scale_bench needs the ray extra: pip install -e '.[ray]'")
    with tempfile.TemporaryDirectory() as tmp:
        blocks = _pages(Path(tmp) / "pages", args.blocks)
        _pages(Path(tmp) / "tiny", 25)
        start_up = {
            name: _run(Path(tmp) / "tiny", Path(tmp) / "tiny.jsonl", options)[0] for name, options in ENGINES.items()
        }
        # Rounds of every engine in turn, so that a slow spell of a shared
        # machine falls on all of them rather than on one.
        runs: dict[str, list[tuple[float, float, str]]] = {name: [] for name in ENGINES}
        for _ in range(args.repeat):
            for name, options in ENGINES.items():
                runs[name].append(_run(Path(tmp) / "pages", Path(tmp) / "out.jsonl", options))
        rows = [(name, *min(found)) for name, found in runs.items()]
    _, baseline_seconds, _, baseline_sha = rows[0]
    print(f"{blocks} generated blocks, whole command-line runs (start-up measured on one page)")
    print(
        f"{'engine':16} {'seconds':>8} {'blocks/s':>9} {'vs -j 1':>8} {'start-up s':>10} "
        f"{'blocks/s beyond':>16} {'driver MiB':>11} {'identical':>9}"
    )
    for name, seconds, peak, sha in rows:
        beyond = blocks / max(seconds - start_up[name], 1e-9)
        print(
            f"{name:16} {seconds:8.1f} {blocks / seconds:9.0f} {baseline_seconds / seconds:7.2f}× "
            f"{start_up[name]:10.1f} {beyond:16.0f} {peak:11.0f} {'yes' if sha == baseline_sha else 'NO':>9}"
        )
    ray_one, ray_two = rows[2][1], rows[3][1]
    print(f"ray 2 workers vs 1: {ray_one / ray_two:.2f}× whole runs (target ≥ 1.5×)")


if __name__ == "__main__":
    main()
