"""Behaviour on the real captures in ../shared/seeds (see seed_expectations)."""

from __future__ import annotations

import datetime as dt

import pytest

import podclean
from podclean.model import Capture, Result
from tests.seed_expectations import (
    BLOCK_TITLE_LINES,
    CHROME_STRINGS,
    DATES,
    DURATIONS,
    NON_ENGLISH_BLOCKS,
    NON_ENGLISH_TITLES,
    RELATIVE_DAYS,
)


def _sources(result: Result, prefix: str) -> dict[int, tuple[podclean.Episode, podclean.Source]]:
    found: dict[int, tuple[podclean.Episode, podclean.Source]] = {}
    for episode in result.episodes:
        for source in episode.sources:
            if source.capture.startswith(prefix):
                assert source.start_line not in found, f"{prefix}:{source.start_line} is in two episodes"
                found[source.start_line] = (episode, source)
    return found


def _title_line(source: podclean.Source, expected: tuple[int, ...]) -> int:
    """The expected title line inside a source's span (radio.net blocks open with a show bullet)."""
    inside = [n for n in expected if source.start_line <= n <= source.end_line]
    assert len(inside) == 1, f"{source} covers title lines {inside}"
    return inside[0]


@pytest.mark.parametrize("prefix", sorted(BLOCK_TITLE_LINES))
def test_every_block_found_exactly_once(seed_result: Result, prefix: str) -> None:
    sources = _sources(seed_result, prefix)
    titles = sorted(_title_line(s, BLOCK_TITLE_LINES[prefix]) for _, s in sources.values())
    assert titles == sorted(BLOCK_TITLE_LINES[prefix])


def test_no_chrome_in_titles_or_descriptions(seed_result: Result) -> None:
    for episode in seed_result.episodes:
        texts = [episode.title] + [t for loc in episode.localized.values() for t in (loc.title, loc.description) if t]
        for text in texts:
            for chrome in CHROME_STRINGS:
                assert chrome not in text, f"{chrome!r} survived in {episode.title!r}"


@pytest.mark.parametrize("prefix", sorted(DATES))
def test_day_first_dates_on_european_sites(per_capture: Result, prefix: str) -> None:
    expected = DATES[prefix]
    seen = {}
    for episode, source in _sources(per_capture, prefix).values():
        line = _title_line(source, tuple(expected))
        seen[line] = episode.published
    assert seen == expected


def test_relative_dates_stay_relative_without_a_capture_time(per_capture: Result) -> None:
    for line, (episode, _) in _sources(per_capture, "000").items():
        if episode.published is None:
            assert episode.published_relative is not None
            assert episode.published_relative.unit == "day"
            assert episode.published_relative.amount == RELATIVE_DAYS[line]


def test_relative_dates_resolve_against_the_capture_time(seed_files: list) -> None:
    captured = dt.date(2026, 6, 3)
    capture = Capture(name="000.txt", data=seed_files[0].read_bytes())
    episodes = podclean.clean([capture], captured_at=captured)
    by_line = {e.sources[0].start_line: e for e in episodes}
    for line, days in RELATIVE_DAYS.items():
        assert by_line[line].published == (captured - dt.timedelta(days=days)).isoformat()


@pytest.mark.parametrize("prefix", sorted(DURATIONS))
def test_durations_in_seconds(per_capture: Result, prefix: str) -> None:
    expected = DURATIONS[prefix]
    seen = {}
    for episode, source in _sources(per_capture, prefix).values():
        seen[_title_line(source, tuple(expected))] = episode.duration_s
    assert seen == expected


@pytest.mark.parametrize("prefix", sorted(NON_ENGLISH_BLOCKS))
def test_block_languages(per_capture: Result, prefix: str) -> None:
    expected_blocks = NON_ENGLISH_BLOCKS[prefix]
    expected_titles = NON_ENGLISH_TITLES[prefix]
    for _, source in _sources(per_capture, prefix).values():
        line = _title_line(source, BLOCK_TITLE_LINES[prefix])
        assert source.lang == expected_blocks.get(line, "en"), (prefix, line, source.title)
        assert source.title_lang == expected_titles.get(line, "en"), (prefix, line, source.title)


def test_chinese_description_full_of_english_names_is_chinese(per_capture: Result) -> None:
    episode, source = _sources(per_capture, "002")[3]
    assert source.lang == "zh" and source.title_lang == "en"
    assert episode.localized["zh"].description
    assert episode.localized["en"].title == source.title


def test_korean_titles_with_latin_names_are_korean() -> None:
    for title in ("AlphaGo를 처음부터 만들기 – Eric Jang", "Yann LeCun이 말하는 LLM 이후의 세계"):
        assert podclean.detect_language(title).code == "ko"


def test_every_line_is_accounted_for(seed_result: Result) -> None:
    for report in seed_result.reports:
        assert report.error is None
        assert report.episode_lines + report.chrome_lines + report.residue_lines == report.total_lines


def test_fields_parsed_on_the_captioning_page(per_capture: Result) -> None:
    episode, _ = _sources(per_capture, "000")[5]
    assert episode.show == "Latent Space"
    assert episode.tags == ("github", "copilot", "ai-agents")
    assert episode.chapters[0].start_s == 0 and episode.chapters[0].title == "Hook"
    assert episode.chapters[1].start_s == 81 and episode.chapters[1].title == "Introduction"
    assert any(p.name == "Kyle Daigle" for p in episode.people)


def test_transcript_and_chapters_on_the_directory_pages(per_capture: Result) -> None:
    episode, _ = _sources(per_capture, "004")[11]
    assert episode.transcript[0].speaker == "Swyx" and episode.transcript[0].start_s == 0
    assert episode.chapters[1].start_s == 85 and episode.chapters[1].title == "From NVIDIA Cosmos to xAI"
    assert "https://x.com/EthanHe_42" in episode.links


def test_output_is_independent_of_input_order(seed_captures: list[Capture]) -> None:
    forward = [podclean.io.dumps(e) for e in podclean.clean(seed_captures)]
    backward = [podclean.io.dumps(e) for e in podclean.clean(list(reversed(seed_captures)))]
    assert forward == backward
