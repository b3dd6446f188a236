"""Language identification: accuracy and time per call, beside plain langdetect.

    python benchmarks/lang_bench.py

Data: benchmarks/data/lang_eval.tsv (12 languages, written by the podclean
developers; paragraphs are three sentences of one language joined), and every
title and description block of the seed captures, labelled in
tests/seed_expectations.py. The baseline is plain ``langdetect.detect`` with
its documented seed set, which is how most pipelines call it.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from langdetect import DetectorFactory, detect  # noqa: E402
from langdetect.lang_detect_exception import LangDetectException  # noqa: E402

import podclean  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "lang_eval.tsv"
KINDS = ("word", "title", "sentence", "paragraph")


def load() -> list[tuple[str, str, str]]:
    rows = []
    sentences: dict[str, list[str]] = defaultdict(list)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lang, kind, text = line.split("\t")
        rows.append((lang, kind, text))
        if kind == "sentence":
            sentences[lang].append(text)
    for lang, items in sentences.items():
        for i in range(len(items)):
            rows.append((lang, "paragraph", " ".join(items[(i + k) % len(items)] for k in range(3))))
    return rows


def plain_langdetect(text: str) -> str:
    DetectorFactory.seed = 0
    try:
        code = str(detect(text))
    except LangDetectException:
        return "und"
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


def ours(text: str) -> str:
    return podclean.detect_language(text).code


def seed_rows() -> list[tuple[str, str, str]]:
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        print(f"No seed captures at {seeds}: their rows are left out.")
        return []
    from tests.seed_expectations import BLOCK_TITLE_LINES, NON_ENGLISH_BLOCKS, NON_ENGLISH_TITLES

    from podclean.config import Config
    from podclean.model import Capture
    from podclean.pipeline import clean_capture

    rows = []
    for path in sorted(seeds.glob("*.txt")):
        prefix = path.name[:3]
        for r in clean_capture(Capture(name=path.name, data=path.read_bytes()), Config()).records:
            line = next(n for n in BLOCK_TITLE_LINES[prefix] if r.block.start_line <= n <= r.block.end_line)
            rows.append((NON_ENGLISH_TITLES[prefix].get(line, "en"), "seed title", r.title))
            if r.description:
                rows.append((NON_ENGLISH_BLOCKS[prefix].get(line, "en"), "seed description", r.description))
    return rows


def evaluate(
    rows: list[tuple[str, str, str]], detector: Callable[[str], str]
) -> tuple[dict[tuple[str, str], list[int]], dict[str, list[float]]]:
    correct: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    timing: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for lang, kind, text in rows:
        start = time.perf_counter()
        got = detector(text)
        timing[kind][0] += time.perf_counter() - start
        timing[kind][1] += 1
        cell = correct[(kind, lang)]
        cell[0] += got == lang
        cell[1] += 1
    return correct, timing


def main() -> None:
    rows = load() + seed_rows()
    ours("warm up")
    plain_langdetect("warm up")
    results = {"podclean": evaluate(rows, ours), "langdetect": evaluate(rows, plain_langdetect)}
    kinds = [k for k in (*KINDS, "seed title", "seed description") if any(r[1] == k for r in rows)]
    languages = sorted({lang for _, _, lang in ((0, 0, r[0]) for r in rows)})
    print("Accuracy per language (podclean / plain langdetect)\n")
    print(f"{'kind':<18}" + "".join(f"{lang:>12}" for lang in languages) + f"{'mean':>14}")
    for kind in kinds:
        cells, means = [], []
        for lang in languages:
            pair = []
            for name in ("podclean", "langdetect"):
                ok, n = results[name][0].get((kind, lang), [0, 0])
                pair.append(ok / n if n else None)
            cells.append("-" if pair[0] is None else f"{pair[0]:.2f}/{pair[1]:.2f}")
        for name in ("podclean", "langdetect"):
            scores = [ok / n for (k, _), (ok, n) in results[name][0].items() if k == kind and n]
            means.append(sum(scores) / len(scores))
        print(f"{kind:<18}" + "".join(f"{c:>12}" for c in cells) + f"{means[0]:>7.3f}/{means[1]:.3f}")
    print("\nTime per call (µs)\n")
    print(f"{'kind':<18}{'podclean':>10}{'langdetect':>12}{'ratio':>8}")
    for kind in kinds:
        ours_t = results["podclean"][1][kind]
        base_t = results["langdetect"][1][kind]
        a, b = 1e6 * ours_t[0] / ours_t[1], 1e6 * base_t[0] / base_t[1]
        print(f"{kind:<18}{a:>10.0f}{b:>12.0f}{b / a:>7.1f}×")


if __name__ == "__main__":
    main()
