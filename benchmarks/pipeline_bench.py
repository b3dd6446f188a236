"""Throughput and peak memory of the whole pipeline, beside its baseline.

    python benchmarks/pipeline_bench.py [CAPTURE_DIR] [--repeat N]

Each job runs in a fresh interpreter so that peak memory (max RSS) is its
own. Jobs, over the same text:

* ``podclean``: the whole pipeline (``podclean.clean``) on the captures;
* ``baseline``: plain ``ftfy.fix_text`` on every line plus ``langdetect`` on
  every line of 200+ characters (what a naive cleaner would call);
* ``import only``: the interpreter with the libraries imported, to read the
  memory figures against.

Throughput is MB of capture text per second of wall time (best of N runs);
quote the ratio, not the seconds: machines here are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"

_JOB = r"""
import json, resource, sys, time
from pathlib import Path
paths = sorted(Path(p) for p in sys.argv[2:])
data = [p.read_bytes() for p in paths]
kind = sys.argv[1]
if kind == "podclean":
    import podclean
    captures = [podclean.Capture(name=p.name, data=d) for p, d in zip(paths, data)]
    podclean.detect_language("warm up the language profiles")
    start = time.perf_counter()
    episodes = podclean.clean(captures)
    elapsed = time.perf_counter() - start
    extra = {"episodes": len(episodes)}
elif kind == "baseline":
    import ftfy
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException
    DetectorFactory.seed = 0
    detect("warm up the language profiles")
    start = time.perf_counter()
    n = 0
    for d in data:
        for line in d.decode("utf-8", "replace").splitlines():
            fixed = ftfy.fix_text(line)
            if len(fixed) >= 200:
                try:
                    detect(fixed)
                except LangDetectException:
                    pass
                n += 1
    elapsed = time.perf_counter() - start
    extra = {"paragraphs": n}
else:
    import podclean, ftfy, langdetect  # noqa
    elapsed, extra = 0.0, {}
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_mib": peak_kib / 1024, **extra}))
"""


def run_job(kind: str, paths: list[Path]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _JOB, kind, *map(str, paths)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(p for p in Path(args.folder).iterdir() if p.is_file())
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(f"{len(paths)} captures, {megabytes:.2f} MB, best of {args.repeat} runs\n")
    rows = {}
    for kind in ("podclean", "baseline", "import only"):
        runs = [run_job(kind, paths) for _ in range(args.repeat if kind != "import only" else 1)]
        best = min(runs, key=lambda r: r["seconds"])
        best["peak_mib"] = max(r["peak_mib"] for r in runs)
        rows[kind] = best
    base = rows["baseline"]
    print(f"{'job':<14}{'MB/s':>10}{'× baseline':>12}{'peak MiB':>11}")
    for kind, row in rows.items():
        if row["seconds"]:
            speed = megabytes / row["seconds"]
            ratio = base["seconds"] / row["seconds"]
            print(f"{kind:<14}{speed:>10.2f}{ratio:>12.2f}{row['peak_mib']:>11.1f}")
        else:
            print(f"{kind:<14}{'-':>10}{'-':>12}{row['peak_mib']:>11.1f}")


if __name__ == "__main__":
    main()
