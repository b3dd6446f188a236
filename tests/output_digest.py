"""The digest of podclean's output on fixed corpora, to tell refactors from behaviour changes.

A change that only reshapes the code must leave every digest as it is; a
change that means to alter the output rewrites them in the same commit
(``python -m tests.output_digest --write``) and says in its message what
changed and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus import generate, render_pages

import podclean
from podclean.io import dumps, report_to_dict
from tests.conftest import SAMPLES, seed_paths

STORED = Path(__file__).parent / "data" / "output_digest.json"


def _captures_of(paths: list[Path]) -> list[podclean.Capture]:
    # Named by file name only, so the digest does not depend on where the checkout is.
    return [podclean.Capture(name=p.name, data=p.read_bytes()) for p in paths]


def _generated() -> list[podclean.Capture]:
    return [podclean.Capture(name=name, data=text) for name, text in render_pages(generate(300, seed=3)[0])]


CORPORA: dict[str, Callable[[], list[podclean.Capture]]] = {
    "seeds": lambda: _captures_of(seed_paths()),
    "samples": lambda: _captures_of(sorted(SAMPLES.glob("*.txt"))),
    "generated-300": _generated,
}


def digest(captures: list[podclean.Capture]) -> str:
    """sha256 of the JSON Lines output and the reports of one run over ``captures``."""
    result = podclean.clean_report(captures)
    sha = hashlib.sha256()
    for episode in result.episodes:
        sha.update((dumps(episode) + "\n").encode("utf-8"))
    for report in result.reports:
        sha.update(json.dumps(report_to_dict(report), ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return sha.hexdigest()


def current() -> dict[str, str]:
    """The digest of every corpus, computed now."""
    return {name: digest(make()) for name, make in CORPORA.items()}


def stored() -> dict[str, str]:
    """The digests recorded in the repository."""
    found: dict[str, str] = json.loads(STORED.read_text(encoding="utf-8"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="record the current digests")
    args = parser.parse_args()
    now = current()
    if args.write:
        STORED.write_text(json.dumps(now, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for name, value in now.items():
        print(f"{name:15} {value}")


if __name__ == "__main__":
    main()
