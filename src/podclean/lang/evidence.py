"""The evidence that decides a Latin-script text's language.

Function words and telling letters from :mod:`podclean.languages`, word
frequencies from wordfreq's lists, and langdetect's character n-grams, each
with its weight; the tables behind them are built once and mapped from
podclean's cache (:mod:`podclean.tables`).
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections import Counter
from collections.abc import Mapping
from importlib import metadata

import numpy as np
import regex
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

from podclean import languages, tables
from podclean.config import Config

UNKNOWN = "und"
#: Characters of a long text that decide its language; beyond that, more text
#: costs time and changes nothing (measured in benchmarks/lang_bench.py).
SAMPLE_CHARS = 1500
WORD = regex.compile(r"[\p{L}\p{M}'’]+")

#: Latin-script languages the word lexicon (wordfreq) scores, by our code
#: and wordfreq's.
LEXICON_LANGUAGES = {
    "en": "en",
    "es": "es",
    "pt": "pt",
    "ca": "ca",
    "fr": "fr",
    "de": "de",
    "it": "it",
    "nl": "nl",
    "sv": "sv",
    "no": "nb",
    "da": "da",
    "pl": "pl",
    "ro": "ro",
    "tr": "tr",
    "id": "id",
    "fi": "fi",
    "cs": "cs",
    "hu": "hu",
    "vi": "vi",
}
#: Words of a text the lexicon looks at: beyond them the answer is settled.
LEXICON_WORDS = 40
#: Known words up to which the lexicon counts with its base weight.
LEXICON_TITLE_WORDS = 8
#: How much each kind of evidence counts in the Latin-script blend: the mean
#: word frequency (Zipf scale, 0–8) of the text's words in each language, a
#: function word, a telling letter, and langdetect's probability (0–1).
#: Set on benchmarks/data/lang_eval.tsv and the seeds (benchmarks/lang_bench.py).
LEXICON_WEIGHT = 1.0
FUNCTION_WORD_WEIGHT = 0.5
LETTER_WEIGHT = 0.3
NGRAM_WEIGHT = 1.5
NGRAM_FULL_WORDS = 25


@functools.cache
def _word_evidence() -> tuple[Mapping[str, frozenset[str]], frozenset[str], Mapping[str, tuple[str, ...]]]:
    """Function words per language, all of them in one set, and telling letters.

    Function words are frequent words chosen to tell close languages apart
    (es/pt/ca, sv/no/da, de/nl); a shared word scores for every language
    that lists it, so only distinctive hits move the decision. A telling
    letter is one only some languages use.
    """
    function_words = languages.function_words()
    return function_words, frozenset().union(*function_words.values()), languages.letter_hints()


def _profiles() -> dict[str, np.ndarray]:
    """langdetect's n-gram table, as :mod:`podclean.tables` keeps it.

    Its profiles are read in file-name order: langdetect lists the folder as
    the file system returns it, which differs between machines, and the
    order of languages is the order probabilities are summed in.
    """
    factory = DetectorFactory()
    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
    for index, name in enumerate(names):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            factory.add_profile(LangProfile(**json.load(handle)), index, len(names))
    arrays = tables.row_map_arrays(factory.word_lang_prob_map, len(names))
    languages, offsets = tables.pack_strings(factory.langlist)
    return {**arrays, "languages": languages, "language_offsets": offsets}


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    # One factory per process, with a private table: the library's global
    # factory is left untouched. The table is mapped from podclean's cache
    # (building it from langdetect's profiles took ~0.3 s a start); its rows
    # are tuples, which the garbage collector does not track, so full
    # collections stay cheap and forked workers do not copy their pages.
    arrays = tables.load("langdetect", f"langdetect {metadata.version('langdetect')}", _profiles)
    factory = DetectorFactory()
    factory.word_lang_prob_map = tables.RowMap(arrays)
    blob, offsets = arrays["languages"], arrays["language_offsets"]
    factory.langlist = [tables.strings(blob, offsets, i) for i in range(len(offsets) - 1)]
    return factory


def ngram_probabilities(text: str, seed: int) -> dict[str, float]:
    """langdetect's probabilities for a bounded sample of ``text``."""
    detector = _factory().create()
    detector.seed = seed
    detector.append(text[:SAMPLE_CHARS])
    try:
        probabilities = detector.get_probabilities()
    except LangDetectException:
        return {}
    found: dict[str, float] = {}
    for item in probabilities:
        code = {"zh-cn": "zh", "zh-tw": "zh"}.get(item.lang, item.lang)
        found[code] = found.get(code, 0.0) + float(item.prob)
    return found


def _merged_lexicon() -> dict[str, np.ndarray]:
    """The word lexicon's arrays, built from wordfreq's lists."""
    from wordfreq import get_frequency_dict  # only where the table is built: ~0.1 s to import

    merged: dict[str, tuple[tuple[int, float], ...]] = {}
    for k, code in enumerate(LEXICON_LANGUAGES.values()):
        # wordfreq's lists are binned: a few hundred distinct frequencies.
        pair_of: dict[float, tuple[int, float]] = {}
        for word, freq in get_frequency_dict(code, wordlist="small").items():
            pair = pair_of.get(freq)
            if pair is None:
                pair = pair_of[freq] = (k, round(math.log10(freq) + 9, 2))
            found = merged.get(word)
            merged[word] = (pair,) if found is None else (*found, pair)
    return tables.lexicon_arrays(merged)


@functools.cache
def _lexicon() -> tables.Lexicon:
    """Word → (language, Zipf frequency) for each lexicon language that knows it.

    Built once (then mapped from podclean's cache, see :mod:`podclean.tables`).
    The "small" lists (words of Zipf ≥ ~3, ~30k words each) hold what decides
    a language; the large ones cost ~30 MiB per language (measured: 365 vs
    61 MiB for eleven languages) and change no answer on the benchmark set.
    Languages are numbered in the order of :data:`LEXICON_LANGUAGES`. One
    merged table answers a word in one look-up instead of one per language,
    and looking words up directly skips wordfreq's per-call tokenizer.
    """
    sources = f"wordfreq {metadata.version('wordfreq')} small {','.join(LEXICON_LANGUAGES.values())}"
    return tables.Lexicon(tables.load("lexicon", sources, _merged_lexicon))


def latin_language(
    text: str, config: Config, ngrams: bool = True, words: list[str] | None = None
) -> tuple[str, float, str]:
    """Blend function words, telling letters and character n-grams (unless ``ngrams`` is false).

    ``words`` are ``text``'s words when already found.
    """
    if words is None:
        words = WORD.findall(text)
    function_words, any_function_word, letter_hints = _word_evidence()
    scores: dict[str, float] = {}
    reasons: set[str] = set()
    # Each distinct word once, in order of first appearance: languages enter
    # the scores in the same order as word by word, and sums of halves are
    # exact, so the scores are the same floats.
    for word, count in Counter(words).items():
        w = word.casefold()
        if w in any_function_word:
            for language, vocabulary in function_words.items():
                if w in vocabulary:
                    scores[language] = scores.get(language, 0.0) + FUNCTION_WORD_WEIGHT * count
                    reasons.add("function words")
    folded = text.casefold()
    letters = sorted((at, letter) for letter in letter_hints if (at := folded.find(letter)) >= 0)
    for _, letter in letters:
        count = folded.count(letter)
        for language in letter_hints[letter]:
            scores[language] = scores.get(language, 0.0) + LETTER_WEIGHT * min(count, 3)
            reasons.add("letters")
    lexicon = _lexicon()
    # A word no lexicon knows (a name, a product) is no evidence for any
    # language; counting it would only shrink every language's mean.
    known = [found for w in words[:LEXICON_WORDS] if len(w) > 1 and (found := lexicon.get(w.casefold()))]
    if known:
        # More known words are more evidence: the mean counts once for a
        # title's worth of words and grows by one for each doubling beyond.
        weight = LEXICON_WEIGHT * (1 + math.log2(max(1.0, len(known) / LEXICON_TITLE_WORDS)))
        # Summed word by word, in order: the same floats whatever Python's
        # sum() does (3.12 compensates its rounding).
        totals = [0.0] * len(LEXICON_LANGUAGES)
        for pairs in known:
            for k, zipf in pairs:
                totals[k] += zipf
        for language, total in zip(LEXICON_LANGUAGES, totals, strict=True):
            mean = total / len(known)
            if mean:
                scores[language] = scores.get(language, 0.0) + weight * mean
                reasons.add("word frequencies")
    # Character n-grams are confidently wrong on short text ("Your first
    # Claude Code prompt" → French at 0.99999), so they count in proportion
    # to length, up to full weight at NGRAM_FULL_WORDS words.
    ngram_weight = NGRAM_WEIGHT * min(1.0, len(words) / NGRAM_FULL_WORDS)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if config.fast_paths and ranked and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] > ngram_weight):
        # Words alone decide: n-gram probabilities sum to 1, so they cannot
        # move any language by more than ngram_weight, and langdetect (~2 ms
        # a call) could not change the answer.
        return ranked[0][0], ranked[0][1] / sum(scores.values()), " + ".join(sorted(reasons))
    if not ngrams:
        # Words alone; the confidence is the most n-grams could raise it to:
        # all their weight on the leader.
        if not ranked:
            return UNKNOWN, 0.0, "no evidence"
        total = sum(scores.values())
        return ranked[0][0], (ranked[0][1] + ngram_weight) / (total + ngram_weight), " + ".join(sorted(reasons))
    for language, probability in ngram_probabilities(text, config.seed).items():
        scores[language] = scores.get(language, 0.0) + ngram_weight * probability
        reasons.add("character n-grams")
    if not scores:
        return UNKNOWN, 0.0, "no evidence"
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    total = sum(scores.values())
    return best, top / total, " + ".join(sorted(reasons))
