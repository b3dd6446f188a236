"""Per-field accuracy on the seed captures against their hand labels.

    python benchmarks/fields_bench.py

Each seed is cleaned on its own and its episodes are compared with the
labels in ``tests/seed_fields.py`` (read off the pages by hand). Beside each
figure is the floor ``tests/test_seed_fields.py`` holds it to, and the
target a careful reader would sign off on.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.field_scores import score  # noqa: E402
from tests.test_seed_fields import FLOORS, MOST_GLUED_MARKERS  # noqa: E402

import podclean  # noqa: E402
from podclean.model import Capture  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
TARGETS = {
    "chapter titles": 0.97,
    "chapter starts": 1.0,
    "turns": 0.97,
    "speakers F1": 0.97,
    "links precision": 0.98,
    "links recall": 0.98,
}


def main() -> None:
    if not SEEDS.is_dir():
        print(f"seed captures not found at {SEEDS}: nothing to measure")
        return
    episodes: list[podclean.Episode] = []
    for path in sorted(SEEDS.glob("*.txt")):
        episodes.extend(podclean.clean_report([Capture(name=path.name, data=path.read_bytes())]).episodes)
    scores = score(episodes, SEEDS)
    print(f"{'field':<18}{'measured':>10}{'floor':>8}{'target':>8}")
    for field, value in scores.figures().items():
        print(f"{field:<18}{value:>10.3f}{FLOORS[field]:>8.2f}{TARGETS[field]:>8.2f}")
    print(f"{'glued markers':<18}{scores.glued_markers:>10d}{MOST_GLUED_MARKERS:>8d}{0:>8d}")


if __name__ == "__main__":
    main()
