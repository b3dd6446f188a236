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
from collections import Counter

import regex
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from podclean.model import LanguageGuess

UNKNOWN = "und"
#: Characters of a long text that decide its language; beyond that, more text
#: costs time and changes nothing (measured in benchmarks/lang_bench.py).
SAMPLE_CHARS = 1500

_NOISE = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|#[\w-]+|\*\*|\[\d[\d:]*\]|\d[\d:.,/%]*|[_*>#|]")
_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
_SCRIPTS = {
    "Hangul": regex.compile(r"\p{Hangul}"),
    "Kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "Han": regex.compile(r"\p{Han}"),
    "Latin": regex.compile(r"\p{Latin}"),
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Arabic": regex.compile(r"\p{Arabic}"),
    "Hebrew": regex.compile(r"\p{Hebrew}"),
    "Greek": regex.compile(r"\p{Greek}"),
    "Thai": regex.compile(r"\p{Thai}"),
    "Devanagari": regex.compile(r"\p{Devanagari}"),
}
#: Scripts that name their language outright.
_SCRIPT_LANGUAGE = {"Hangul": "ko", "Kana": "ja", "Han": "zh", "Hebrew": "he", "Greek": "el", "Thai": "th"}

#: Frequent function words per language, chosen to tell close languages
#: apart (es/pt/ca, sv/no/da, de/nl). Shared words score for every language
#: that lists them, so only distinctive hits move the decision.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to in is that for with on are this from by be as at we how what why your you it its not our more new about into who can will has was they their which",
        "es": "el la los las de del que y en es por para con una un su se lo como más pero sus al este esta entre cuando también sobre qué cómo por qué porque hay son ya muy sin",
        "pt": "o a os as de do da dos das que e em é para com um uma seu sua não se mais como mas por pelo pela ao também sobre quando são há muito sem isso este esta",
        "ca": "el la els les de del que i en és per amb un una seu no es més com però també sobre quan són hi molt sense això aquest aquesta dels",
        "fr": "le la les de des du que et en est pour avec un une son sa ne pas se plus comme mais par sur au aux qui dans ce cette sont il elle nous vous",
        "de": "der die das und in ist zu den mit von für auf nicht ein eine sich des dem im auch wie aber aus bei nach über wir sie es wird sind oder",
        "it": "il lo la i gli le di del della che e è per con un una non si più come ma da sul al nel sono anche questo questa perché",
        "nl": "de het een en van in is dat op te met voor niet zijn aan er ook als maar bij door om uit wat naar deze hoe wij",
        "sv": "och att det som en på är av för med till den har inte om ett vi jag de men från kan så när hur också eller där efter",
        "no": "og at det som en på er av for med til den har ikke om et vi jeg de men fra kan så når hvordan også eller der etter",
        "da": "og at det som en på er af for med til den har ikke om et vi jeg de men fra kan så når hvordan også eller der efter",
    }.items()
}
_ALL_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())


@functools.lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    # One factory per process: loading langdetect's profiles costs ~100 ms,
    # and a private factory leaves the library's global one untouched.
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPTS.items():
        n = len(pattern.findall(text))
        if n:
            counts[name] = n
    return counts


def _latin_only(text: str) -> str:
    return " ".join(w for w in _WORD.findall(text) if _SCRIPTS["Latin"].search(w))


def _function_word_guess(words: list[str]) -> tuple[str, float, int] | None:
    hits: Counter[str] = Counter()
    for word in words:
        w = word.casefold()
        if w in _ALL_FUNCTION_WORDS:
            for language, vocabulary in FUNCTION_WORDS.items():
                if w in vocabulary:
                    hits[language] += 1
    if not hits:
        return None
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score < 2 and not (score == 1 and runner_up == 0 and len(words) <= 6):
        return None
    if score <= runner_up:
        return None
    return best, (score - runner_up) / max(score, 1), score


def _langdetect(text: str, seed: int) -> tuple[str, float] | None:
    detector = _factory().create()
    detector.seed = seed
    detector.append(text[:SAMPLE_CHARS])
    try:
        probabilities = detector.get_probabilities()
    except LangDetectException:
        return None
    if not probabilities:
        return None
    top = probabilities[0]
    code = {"zh-cn": "zh", "zh-tw": "zh"}.get(top.lang, top.lang)
    return code, float(top.prob)


def _latin_language(text: str, seed: int) -> tuple[str, float, str]:
    words = _WORD.findall(text)
    by_words = _function_word_guess(words)
    by_ngrams = _langdetect(text, seed) if len(text) >= 12 else None
    if by_words and (by_ngrams is None or by_ngrams[0] == by_words[0] or by_words[2] >= 3 or by_ngrams[1] < 0.9):
        return by_words[0], min(0.99, 0.5 + 0.1 * by_words[2]), "function words"
    if by_ngrams:
        return by_ngrams[0], by_ngrams[1], "character n-grams (langdetect)"
    return UNKNOWN, 0.0, "no evidence"


def _secondary(text: str, main: str, seed: int) -> str | None:
    """A second language with a real share of a mixed text, if any."""
    latin = _latin_only(text)
    words = latin.split()
    if len(words) < 8:
        return None
    guess = _function_word_guess(words)
    if guess and guess[2] >= 3 and guess[0] != main:
        return guess[0]
    return None


def detect_language(text: str, *, seed: int = 0) -> LanguageGuess:
    """The language of ``text`` as an ISO 639-1 code, with its evidence.

    >>> detect_language("Yann LeCun이 말하는 LLM 이후의 세계").code
    'ko'
    >>> detect_language("Why the AI cloud may look more like Stripe than AWS").code
    'en'
    """
    cleaned = _NOISE.sub(" ", text[: SAMPLE_CHARS * 4])
    scripts = _script_counts(cleaned)
    if not scripts:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="no letters")
    words = _WORD.findall(cleaned)
    # Units comparable across scripts: a Latin word, ~1.5 Han characters,
    # a Hangul word, ~2 kana.
    cjk_units = scripts["Han"] / 1.5 + scripts["Kana"] / 2 + sum(1 for w in words if _SCRIPTS["Hangul"].search(w))
    latin_units = sum(1 for w in words if _SCRIPTS["Latin"].search(w))
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
        secondary = _secondary(cleaned, code, seed) if latin_units / total >= 0.25 else None
        return LanguageGuess(
            code=code, confidence=round(min(0.99, 0.6 + share / 2), 3), secondary=secondary, reason="script"
        )
    dominant = max(scripts.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if dominant in _SCRIPT_LANGUAGE:
        return LanguageGuess(code=_SCRIPT_LANGUAGE[dominant], confidence=0.95, reason="script")
    if dominant == "Latin":
        code, confidence, reason = _latin_language(cleaned, seed)
        return LanguageGuess(code=code, confidence=round(confidence, 3), reason=reason)
    found = _langdetect(cleaned, seed)
    if found is None:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="no evidence")
    return LanguageGuess(code=found[0], confidence=round(found[1], 3), reason="character n-grams (langdetect)")


def _main_script(text: str) -> str | None:
    cleaned = _NOISE.sub(" ", text[: SAMPLE_CHARS * 4])
    scripts = _script_counts(cleaned)
    if not scripts:
        return None
    words = _WORD.findall(cleaned)
    cjk_units = scripts["Han"] / 1.5 + scripts["Kana"] / 2 + sum(1 for w in words if _SCRIPTS["Hangul"].search(w))
    latin_units = sum(1 for w in words if _SCRIPTS["Latin"].search(w))
    if cjk_units and cjk_units >= 0.2 * (cjk_units + latin_units):
        return "CJK"
    return max(scripts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def same_script(a: str, b: str) -> bool:
    """Whether two texts are written mainly in the same script (CJK as one).

    >>> same_script("Gemini on World Models", "Oriol 在 Google I/O 第二天坐下来")
    False
    """
    main_a = _main_script(a)
    return main_a is not None and main_a == _main_script(b)


def title_language(title: str, description: str, description_guess: LanguageGuess, *, seed: int = 0) -> LanguageGuess:
    """A title's language, from its own evidence or its block's.

    A title too short to decide takes its description's language when both
    are written in the same script.
    """
    own = detect_language(title, seed=seed)
    if own.reason == "script" or (own.reason == "function words" and own.confidence >= 0.7):
        return own
    if description and description_guess.code != UNKNOWN and same_script(title, description):
        return LanguageGuess(
            code=description_guess.code,
            confidence=description_guess.confidence,
            reason="from its description (title too short to decide)",
        )
    return own
