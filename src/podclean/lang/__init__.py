"""Language identification, deterministic and script-aware.

The one door to langdetect. Scripts decide where they can: Hangul is Korean,
kana is Japanese, Han without kana is Chinese — even when the text is full of
Latin product and person names, which langdetect weighs far too heavily.
Latin-script text is decided by function words first (reliable on short
titles where character n-grams are not), then by a seeded langdetect run on a
bounded sample. Nothing here is random: the same text gets the same answer in
every process.
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections import Counter
from importlib import metadata

import attrs
import numpy as np
import regex
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.lang_profile import LangProfile

from podclean import languages, tables
from podclean.model import LanguageGuess

UNKNOWN = "und"
#: Characters of a long text that decide its language; beyond that, more text
#: costs time and changes nothing (measured in benchmarks/lang_bench.py).
SAMPLE_CHARS = 1500

# An e-mail address starts after a space: starting inside a long run of
# non-space characters would rescan the run from every position.
_NOISE_LINK = r"(?:https?://|www\.)\S+"
_NOISE_MAIL = r"(?<!\S)[^\s@]++@[^\s@]++"
_NOISE_REST = r"#[\w-]+|\*\*|\[\d[\d:]*\]|\d[\d:.,/%]*|[_*>#|]"
_NOISE = regex.compile("|".join((_NOISE_LINK, _NOISE_MAIL, _NOISE_REST)))
# The same without the alternatives a text cannot match (no "@", no link
# start): dropping an alternative that matches nowhere changes no match,
# and the address alternative, tried at every word, is most of the cost.
_NOISE_WITHOUT = {
    (False, False): regex.compile(_NOISE_REST),
    (True, False): regex.compile("|".join((_NOISE_LINK, _NOISE_REST))),
    (False, True): regex.compile("|".join((_NOISE_MAIL, _NOISE_REST))),
    (True, True): _NOISE,
}


def _without_noise(text: str) -> str:
    """``text`` with links, addresses, hashtags, timestamps and markup made spaces."""
    pattern = _NOISE_WITHOUT[("://" in text or "www." in text), "@" in text]
    return pattern.sub(" ", text)


_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
_SCRIPTS = {
    "Hangul": regex.compile(r"\p{Hangul}+"),
    "Kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]+"),
    "Han": regex.compile(r"\p{Han}+"),
    "Latin": regex.compile(r"\p{Latin}+"),
    "Cyrillic": regex.compile(r"\p{Cyrillic}+"),
    "Arabic": regex.compile(r"\p{Arabic}+"),
    "Hebrew": regex.compile(r"\p{Hebrew}+"),
    "Greek": regex.compile(r"\p{Greek}+"),
    "Thai": regex.compile(r"\p{Thai}+"),
    "Devanagari": regex.compile(r"\p{Devanagari}+"),
}
#: Scripts that name their language outright.
_SCRIPT_LANGUAGE = {"Hangul": "ko", "Kana": "ja", "Han": "zh", "Hebrew": "he", "Greek": "el", "Thai": "th"}

#: Letters that only some languages use, and which ones.
LETTER_HINTS = languages.letter_hints()
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

#: Frequent function words per language, chosen to tell close languages
#: apart (es/pt/ca, sv/no/da, de/nl). Shared words score for every language
#: that lists them, so only distinctive hits move the decision.
FUNCTION_WORDS = languages.function_words()
_ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())


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


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    # ASCII holds no letter of any script but Latin.
    scripts = ("Latin",) if text.isascii() else _SCRIPTS
    for name in scripts:
        pattern = _SCRIPTS[name]
        n = sum(map(len, pattern.findall(text)))
        if n:
            counts[name] = n
    return counts


def _langdetect(text: str, seed: int) -> dict[str, float]:
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


def _latin_language(
    text: str, seed: int, fast: bool = True, ngrams: bool = True, words: list[str] | None = None
) -> tuple[str, float, str]:
    """Blend function words, telling letters and character n-grams (unless ``ngrams`` is false).

    ``words`` are ``text``'s words when already found.
    """
    if words is None:
        words = _WORD.findall(text)
    scores: dict[str, float] = {}
    reasons: set[str] = set()
    # Each distinct word once, in order of first appearance: languages enter
    # the scores in the same order as word by word, and sums of halves are
    # exact, so the scores are the same floats.
    for word, count in Counter(words).items():
        w = word.casefold()
        if w in _ALL_FUNCTION_WORDS:
            for language, vocabulary in FUNCTION_WORDS.items():
                if w in vocabulary:
                    scores[language] = scores.get(language, 0.0) + FUNCTION_WORD_WEIGHT * count
                    reasons.add("function words")
    folded = text.casefold()
    letters = sorted((at, letter) for letter in LETTER_HINTS if (at := folded.find(letter)) >= 0)
    for _, letter in letters:
        count = folded.count(letter)
        for language in LETTER_HINTS[letter]:
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
    if fast and ranked and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] > ngram_weight):
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
    for language, probability in _langdetect(text, seed).items():
        scores[language] = scores.get(language, 0.0) + ngram_weight * probability
        reasons.add("character n-grams")
    if not scores:
        return UNKNOWN, 0.0, "no evidence"
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    total = sum(scores.values())
    return best, top / total, " + ".join(sorted(reasons))


_SENTENCE = regex.compile(r"[^.!?。！？\n]+[.!?。！？]*")
#: Share of a text's sentences (by characters) a second language needs.
SECONDARY_SHARE = 0.2
SECONDARY_SENTENCES = 12


def _secondary(text: str, main: str, seed: int) -> str | None:
    """A second language that holds a real share of a mixed text, if any.

    Each sentence (up to :data:`SECONDARY_SENTENCES` of them) is identified
    on its own; a language other than the main one that covers at least
    :data:`SECONDARY_SHARE` of the sentences' characters is reported.
    """
    shares: Counter[str] = Counter()
    counted = 0
    for m in _SENTENCE.finditer(text[: SAMPLE_CHARS * 2]):
        sentence = m.group(0).strip()
        if len(_WORD.findall(sentence)) < 5 and len(sentence) < 15:
            continue
        guess = _primary(sentence, seed)
        if guess.code != UNKNOWN:
            shares[guess.code] += len(sentence)
        counted += 1
        if counted >= SECONDARY_SENTENCES:
            break
    total = sum(shares.values())
    others = sorted(((n, code) for code, n in shares.items() if code != main), reverse=True)
    if total and others and others[0][0] / total >= SECONDARY_SHARE:
        return others[0][1]
    return None


def detect_language(text: str, *, seed: int = 0, secondary: bool = True, fast: bool = True) -> LanguageGuess:
    """The language of ``text`` as an ISO 639-1 code, with its evidence.

    ``secondary`` names a second language when one holds a real share of a
    mixed text (a Korean description quoting English sentences); pass
    ``secondary=False`` to skip that sentence-by-sentence pass when only the
    main language is needed.

    >>> quoted = ("En este episodio hablamos con el equipo sobre el lanzamiento del producto. "
    ...           "Nos contaron todo lo que salió mal durante la primera semana. "
    ...           '"We shipped too early and we learned a lot from our users about it."')
    >>> guess = detect_language(quoted)
    >>> guess.code, guess.secondary
    ('es', 'en')
    >>> detect_language("Yann LeCun이 말하는 LLM 이후의 세계").code
    'ko'
    """
    guess = _primary(text, seed, fast)
    if not secondary or guess.code == UNKNOWN or len(text) < 80:
        return guess
    return attrs.evolve(guess, secondary=_secondary(text, guess.code, seed))


@attrs.frozen
class _ScriptProfile:
    cleaned: str
    words: list[str]
    scripts: Counter[str]
    cjk_units: float
    latin_units: int


@functools.lru_cache(maxsize=256)
def _script_profile(text: str) -> _ScriptProfile:
    """A text's letters by script, in units comparable across scripts.

    Cached: a block's description is profiled for its own language and again
    when its title borrows that language.
    """
    cleaned = _without_noise(text[: SAMPLE_CHARS * 4])
    scripts = _script_counts(cleaned)
    words = _WORD.findall(cleaned)
    # Units comparable across scripts: a Latin word, ~1.5 Han characters,
    # a Hangul word, ~2 kana.
    if cleaned.isascii():
        hangul_words, latin_words = 0, sum(1 for w in words if w.strip("'"))
    else:
        hangul_words = sum(1 for w in words if _SCRIPTS["Hangul"].search(w))
        latin_words = sum(1 for w in words if _SCRIPTS["Latin"].search(w))
    cjk_units = scripts["Han"] / 1.5 + scripts["Kana"] / 2 + hangul_words
    return _ScriptProfile(cleaned=cleaned, words=words, scripts=scripts, cjk_units=cjk_units, latin_units=latin_words)


def _primary(text: str, seed: int, fast: bool = True, ngrams: bool = True) -> LanguageGuess:
    """The main language of ``text`` (no secondary).

    With ``ngrams=False`` langdetect is not run; a Latin-script guess that
    it could still change then carries the highest confidence it could
    reach, and other scripts that need it come back unknown.

    >>> detect_language("Yann LeCun이 말하는 LLM 이후의 세계").code
    'ko'
    >>> detect_language("Why the AI cloud may look more like Stripe than AWS").code
    'en'
    """
    profile = _script_profile(text)
    cleaned, scripts, cjk_units, latin_units = profile.cleaned, profile.scripts, profile.cjk_units, profile.latin_units
    if not scripts:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="no letters")
    total = (
        cjk_units + latin_units + sum(v for k, v in scripts.items() if k not in ("Han", "Kana", "Hangul", "Latin")) / 5
    )
    if cjk_units and cjk_units >= 0.2 * total:
        if scripts["Kana"] >= max(2, 0.05 * (scripts["Han"] + scripts["Kana"])):
            code = "ja"
        elif scripts["Hangul"] >= scripts["Han"] * 0.5 and scripts["Hangul"]:
            code = "ko"
        else:
            code = "zh"
        share = cjk_units / total
        return LanguageGuess(code=code, confidence=round(min(0.99, 0.6 + share / 2), 3), reason="script")
    dominant = max(scripts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if dominant in _SCRIPT_LANGUAGE:
        return LanguageGuess(code=_SCRIPT_LANGUAGE[dominant], confidence=0.95, reason="script")
    if dominant == "Latin":
        code, confidence, reason = _latin_language(cleaned, seed, fast, ngrams, profile.words)
        return LanguageGuess(code=code, confidence=round(confidence, 3), reason=reason)
    if not ngrams:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="needs character n-grams")
    found = _langdetect(cleaned, seed)
    if not found:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="no evidence")
    code, probability = max(found.items(), key=lambda kv: (kv[1], kv[0]))
    return LanguageGuess(code=code, confidence=round(probability, 3), reason="character n-grams")


def _main_script(text: str) -> str | None:
    profile = _script_profile(text)
    if not profile.scripts:
        return None
    if profile.cjk_units and profile.cjk_units >= 0.2 * (profile.cjk_units + profile.latin_units):
        return "CJK"
    return max(profile.scripts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def same_script(a: str, b: str) -> bool:
    """Whether two texts are written mainly in the same script (CJK as one).

    >>> same_script("Gemini on World Models", "Oriol 在 Google I/O 第二天坐下来")
    False
    """
    main_a = _main_script(a)
    return main_a is not None and main_a == _main_script(b)


#: A title stands on its own evidence from this confidence (rounded, as guesses are).
TITLE_CONFIDENCE = 0.6
# The highest rounded bound that surely leaves the real confidence below
# TITLE_CONFIDENCE once rounded too (the two are summed in other orders).
_MOST_BELOW = TITLE_CONFIDENCE - 0.0015


def title_language(
    title: str, description: str, description_guess: LanguageGuess, *, seed: int = 0, fast: bool = True
) -> LanguageGuess:
    """A title's language, from its own evidence or its block's.

    A title too short to decide takes its description's language when both
    are written in the same script.
    """
    borrow = bool(description) and description_guess.code != UNKNOWN and same_script(title, description)
    if fast and borrow:
        # Without a telling script, or function words that n-grams could lift
        # to TITLE_CONFIDENCE, the title's own guess cannot stand whatever
        # langdetect says: skip it (2-10 ms a title; short texts converge slowly).
        words = _primary(title, seed, fast, ngrams=False)
        if words.reason != "script" and ("function words" not in words.reason or words.confidence < _MOST_BELOW):
            return _borrowed(description_guess)
    own = detect_language(title, seed=seed, secondary=False, fast=fast)
    if own.reason == "script" or ("function words" in own.reason and own.confidence >= TITLE_CONFIDENCE):
        return own
    return _borrowed(description_guess) if borrow else own


def _borrowed(description_guess: LanguageGuess) -> LanguageGuess:
    return LanguageGuess(
        code=description_guess.code,
        confidence=description_guess.confidence,
        reason="from its description (title too short to decide)",
    )
