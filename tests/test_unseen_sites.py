"""The generic fallback on sites podclean has no profile for.

The pages in tests/data/unseen are written by us in the shapes of sites we
have not profiled (a podcast app, a German and a Japanese platform, a video
site); none of their chrome or layout appears in any profile.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import podclean

UNSEEN = Path(__file__).parent / "data" / "unseen"

EXPECTED = {
    # file: [(title start, published, duration_s, language)]
    "pocket.txt": [
        ("Why Soil Matters", "2026-06-02", 4320, "en"),
        ("Composting in Small Spaces", "2026-05-26", 2880, "en"),
    ],
    "german.txt": [
        ("Folge 12: Wie Gletscher", "2026-06-02", 2700, "de"),
        ("Folge 11: Die Geschichte", "2026-05-26", 3900, "de"),
    ],
    "japanese.txt": [
        ("AIと著作権のこれから", "2026-06-02", 3120, "ja"),
        ("量子コンピュータ入門", "2026-05-26", 3900, "ja"),
    ],
    "youtube.txt": [
        ("How we rebuilt our database", "2026-06-02", 3753, "en"),
        ("The truth about serverless costs", "2026-05-29", 2830, "en"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_generic_pages_give_their_episodes_and_fields(name: str) -> None:
    result = podclean.clean_report([UNSEEN / name], captured_at=dt.date(2026, 6, 5))
    report = result.reports[0]
    assert report.site == "generic" and report.error is None
    found = sorted((e.title, e.published, e.duration_s, e.language) for e in result.episodes)
    expected = sorted(EXPECTED[name])
    assert len(found) == len(expected)
    for (title, published, duration, language), (start, e_published, e_duration, e_language) in zip(
        found, expected, strict=True
    ):
        assert title.startswith(start)
        assert (published, duration, language) == (e_published, e_duration, e_language)


CHROME_LINES = {
    "Share   Download   Subscribe",
    "© 2026 Pocket Listener",
    "Sort by newest",
    "Discover   Podcasts   Profile",
    "Anmelden",
    "ログイン",
    "Home",
    "Shorts",
    "Subscriptions",
    "Videos",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_generic_chrome_stays_out_of_descriptions(name: str) -> None:
    result = podclean.clean_report([UNSEEN / name])
    for episode in result.episodes:
        for text in episode.localized.values():
            assert not CHROME_LINES & set((text.description or "").split("\n"))
    page_chrome = CHROME_LINES & {line.strip() for line in (UNSEEN / name).read_text(encoding="utf-8").splitlines()}
    assert result.reports[0].chrome_rules.get("generic-chrome", 0) >= len(page_chrome)
