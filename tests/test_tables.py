"""Derived tables: the cached, memory-mapped copies hold exactly what their sources give."""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from podclean import tables
from podclean.lang import evidence


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PODCLEAN_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_cached_table_maps_the_same_arrays_it_was_built_from(cache: Path) -> None:
    built = tables.load("lexicon-test", "v1", evidence._merged_lexicon)
    assert len(list(cache.glob("lexicon-test-*.table"))) == 1
    mapped = tables.load("lexicon-test", "v1", lambda: pytest.fail("the cached file was not used"))
    assert built.keys() == mapped.keys()
    for name in built:
        assert built[name].dtype == mapped[name].dtype and np.array_equal(built[name], mapped[name])


def test_the_lexicon_answers_every_word_as_wordfreq_does() -> None:
    from wordfreq import get_frequency_dict

    lexicon = evidence._lexicon()
    for k, code in enumerate(evidence.LEXICON_LANGUAGES.values()):
        for word, freq in list(get_frequency_dict(code, wordlist="small").items())[::53]:
            found = lexicon.get(word)
            assert found is not None and (k, round(math.log10(freq) + 9, 2)) in found


@given(st.text(max_size=12))
def test_the_lexicon_knows_no_word_wordfreq_does_not(word: str) -> None:
    from wordfreq import get_frequency_dict

    known = any(word in get_frequency_dict(code, wordlist="small") for code in evidence.LEXICON_LANGUAGES.values())
    assert (evidence._lexicon().get(word) is not None) == known


def test_the_ngram_table_is_langdetects_own() -> None:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    ours = evidence._factory()
    order = [ours.langlist.index(code) for code in factory.langlist]
    assert sorted(ours.langlist) == sorted(factory.langlist)
    assert len(ours.word_lang_prob_map) == len(factory.word_lang_prob_map)
    for gram, probabilities in factory.word_lang_prob_map.items():
        row = ours.word_lang_prob_map[gram]
        assert [row[i] for i in order] == probabilities


def test_a_damaged_table_file_is_rebuilt(cache: Path) -> None:
    tables.load("damaged", "v1", lambda: {"a": np.arange(3)})
    (path,) = cache.glob("damaged-*.table")
    path.write_bytes(b"not a table")
    again = tables.load("damaged", "v1", lambda: {"a": np.arange(3)})
    assert again["a"].tolist() == [0, 1, 2]
    assert tables.load("damaged", "v1", lambda: pytest.fail("not rewritten"))["a"].tolist() == [0, 1, 2]


def test_an_unwritable_cache_only_means_building_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("PODCLEAN_CACHE_DIR", str(blocked / "cache"))
    assert tables.load("blocked", "v1", lambda: {"a": np.arange(2)})["a"].tolist() == [0, 1]
    assert not any(name.startswith(".tmp-") for name in os.listdir(tmp_path))
