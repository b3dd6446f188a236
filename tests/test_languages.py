"""The language records: well-formed, consistent with each other, and the
interface lexicon telling a page's own text from its episodes'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podclean import languages
from podclean.errors import ConfigError
from podclean.model import Result
from podclean.testing import texts

generated_words = texts()


def test_at_least_twenty_interface_languages_each_in_its_own_file() -> None:
    records = languages.languages()
    assert len(records) >= 20
    assert [r.code for r in records] == sorted({r.code for r in records})
    with_interface = [r.code for r in records if r.list_headings and r.labels and r.counters and r.banners]
    assert len(with_interface) >= 20, with_interface


def test_an_unknown_language_names_the_file_to_add() -> None:
    with pytest.raises(ConfigError, match=r"languages/xx\.py"):
        languages.language("xx")


def test_no_two_languages_give_one_month_name_different_months() -> None:
    table = languages.month_numbers()
    for record in languages.languages():
        for number, names in enumerate(record.months, start=1):
            for name in names:
                assert table[name] == number, (record.code, name)


def test_no_relative_word_means_two_units() -> None:
    table = languages.relative_units()
    for record in languages.languages():
        for unit, unit_words in record.relative_units.items():
            for word in unit_words:
                assert table[word] == unit, (record.code, word)


def test_every_word_is_written_as_pages_match_it() -> None:
    for record in languages.languages():
        phrases = [
            *record.read_more,
            *record.read_less,
            *record.toggles,
            *record.list_headings,
            *record.labels,
            *record.counters,
            *record.banners,
            *record.bylines,
            *record.person_kinds,
            *record.function_words,
        ]
        for phrase in phrases:
            assert phrase == phrase.strip() and phrase == phrase.lower(), (record.code, phrase)


def _as_shown(kind: str, phrase: str) -> str:
    shown = phrase.replace("…", "Acme")
    if kind == "label":
        return f"{shown.title()}: 7"
    if kind == "counter":
        return f"1,204 {shown}"
    return shown.capitalize()


def test_every_interface_phrase_is_recognised_as_a_page_shows_it() -> None:
    for record in languages.languages():
        fields = {
            "toggle": (*record.read_more, *record.read_less, *record.toggles),
            "list heading": record.list_headings,
            "label": record.labels,
            "counter": record.counters,
            "banner": record.banners,
        }
        for kind, phrases in fields.items():
            for phrase in phrases:
                shown = _as_shown(kind, phrase)
                assert languages.interface_text(shown) is not None, (record.code, kind, shown)


@pytest.mark.parametrize(
    ("line", "kind", "language"),
    [
        ("Más Menos", "toggle", "es"),
        ("続きを読む 一部表示", "toggle", "ja"),
        ("Latest episodes", "list heading", "en"),
        ("Read time: 6 min", "label", "en"),
        ("Last refreshed: 2 hours ago", "label", "en"),
        ("Categorías: Ciencia, Historia", "label", "es"),
        ("Download the Quillcast app", "banner", "en"),
        ("Click to read the full transcript", "banner", "en"),
        ("312 afleveringen", "counter", "nl"),
        ("Alle Folgen (48)", "list heading", "de"),
    ],
)
def test_interface_lines_in_many_languages(line: str, kind: str, language: str) -> None:
    found = languages.interface_text(line)
    assert found is not None and (found.kind, found.language) == (kind, language)


@pytest.mark.parametrize(
    "title",
    [
        "More than a feeling: the science of taste",
        "Read time is dead, long live listening",
        "Episode 12: Latest episodes of a forgotten radio drama",
        "Cómo ver más allá del ruido",
        "Download speeds and why your app feels slow",
    ],
)
def test_titles_that_mention_interface_words_are_not_interface_text(title: str) -> None:
    assert languages.interface_text(title) is None


def test_no_seed_episode_title_is_interface_text(seed_result: Result) -> None:
    titles = [e.title for e in seed_result.episodes]
    assert titles
    assert [t for t in titles if languages.interface_text(t)] == []


@given(st.text(max_size=300) | generated_words)
def test_interface_matching_never_raises(text: str) -> None:
    found = languages.interface_text(text)
    assert found is None or found.phrase in text
