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

import attrs
import regex

from podclean.config import Config
from podclean.lang.evidence import SAMPLE_CHARS, UNKNOWN, WORD, latin_language, ngram_probabilities
from podclean.model import LanguageGuess

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


_SENTENCE = regex.compile(r"[^.!?。！？\n]+[.!?。！？]*")
#: Share of a text's sentences (by characters) a second language needs.
SECONDARY_SHARE = 0.2
SECONDARY_SENTENCES = 12


def _secondary(text: str, main: str, config: Config) -> str | None:
    """A second language that holds a real share of a mixed text, if any.

    Each sentence (up to :data:`SECONDARY_SENTENCES` of them) is identified
    on its own; a language other than the main one that covers at least
    :data:`SECONDARY_SHARE` of the sentences' characters is reported.
    """
    shares: Counter[str] = Counter()
    counted = 0
    for m in _SENTENCE.finditer(text[: SAMPLE_CHARS * 2]):
        sentence = m.group(0).strip()
        if len(WORD.findall(sentence)) < 5 and len(sentence) < 15:
            continue
        guess = _primary(sentence, config)
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


def detect_language(
    text: str, *, seed: int = 0, secondary: bool = True, fast: bool = True, config: Config | None = None
) -> LanguageGuess:
    """The language of ``text`` as an ISO 639-1 code, with its evidence.

    ``config`` gives the langdetect seed and whether fast paths are taken
    (``Config.seed``, ``Config.fast_paths``); without it, ``seed`` and
    ``fast`` do.

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
    config = config or _config(seed, fast)
    guess = _primary(text, config)
    if not secondary or guess.code == UNKNOWN or len(text) < 80:
        return guess
    return attrs.evolve(guess, secondary=_secondary(text, guess.code, config))


@functools.lru_cache(maxsize=8)
def _config(seed: int, fast: bool) -> Config:
    """The configuration a call that names only ``seed`` and ``fast`` runs with."""
    return Config(seed=seed, fast_paths=fast)


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
    words = WORD.findall(cleaned)
    # Units comparable across scripts: a Latin word, ~1.5 Han characters,
    # a Hangul word, ~2 kana.
    if cleaned.isascii():
        hangul_words, latin_words = 0, sum(1 for w in words if w.strip("'"))
    else:
        hangul_words = sum(1 for w in words if _SCRIPTS["Hangul"].search(w))
        latin_words = sum(1 for w in words if _SCRIPTS["Latin"].search(w))
    cjk_units = scripts["Han"] / 1.5 + scripts["Kana"] / 2 + hangul_words
    return _ScriptProfile(cleaned=cleaned, words=words, scripts=scripts, cjk_units=cjk_units, latin_units=latin_words)


#: Texts whose main language is remembered. The same description or title
#: comes back on every page that lists its episode (a show's page, its
#: season pages, a copy of the capture), and a guess is a pure function of
#: the text and the configuration, so it is worked out once per process.
_PRIMARY_MEMO = 1 << 14


@functools.lru_cache(maxsize=_PRIMARY_MEMO)
def _primary(text: str, config: Config, ngrams: bool = True) -> LanguageGuess:
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
        code, confidence, reason = latin_language(cleaned, config, ngrams, profile.words)
        return LanguageGuess(code=code, confidence=round(confidence, 3), reason=reason)
    if not ngrams:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="needs character n-grams")
    found = ngram_probabilities(cleaned, config.seed)
    if not found:
        return LanguageGuess(code=UNKNOWN, confidence=0.0, reason="no evidence")
    code, probability = max(found.items(), key=lambda kv: (kv[1], kv[0]))
    return LanguageGuess(code=code, confidence=round(probability, 3), reason="character n-grams")


def main_script(text: str) -> str | None:
    """The script most of a text's letters are in ("Latin", "Cyrillic"…; "CJK" for Han, kana and Hangul).

    >>> main_script("Gemini on World Models"), main_script("휴대폰에 작은 언어 모델"), main_script("2026")
    ('Latin', 'CJK', None)
    """
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
    main_a = main_script(a)
    return main_a is not None and main_a == main_script(b)


#: A title stands on its own evidence from this confidence (rounded, as guesses are).
TITLE_CONFIDENCE = 0.6
# The highest rounded bound that surely leaves the real confidence below
# TITLE_CONFIDENCE once rounded too (the two are summed in other orders).
_MOST_BELOW = TITLE_CONFIDENCE - 0.0015


def title_language(
    title: str,
    description: str,
    description_guess: LanguageGuess,
    *,
    seed: int = 0,
    fast: bool = True,
    config: Config | None = None,
) -> LanguageGuess:
    """A title's language, from its own evidence or its block's.

    A title too short to decide takes its description's language when both
    are written in the same script. ``config``, ``seed`` and ``fast`` are
    as for :func:`detect_language`.
    """
    config = config or _config(seed, fast)
    borrow = bool(description) and description_guess.code != UNKNOWN and same_script(title, description)
    if config.fast_paths and borrow:
        # Without a telling script, or function words that n-grams could lift
        # to TITLE_CONFIDENCE, the title's own guess cannot stand whatever
        # langdetect says: skip it (2-10 ms a title; short texts converge slowly).
        words = _primary(title, config, ngrams=False)
        if words.reason != "script" and ("function words" not in words.reason or words.confidence < _MOST_BELOW):
            return _borrowed(description_guess)
    own = detect_language(title, secondary=False, config=config)
    if own.reason == "script" or ("function words" in own.reason and own.confidence >= TITLE_CONFIDENCE):
        return own
    return _borrowed(description_guess) if borrow else own


def _borrowed(description_guess: LanguageGuess) -> LanguageGuess:
    return LanguageGuess(
        code=description_guess.code,
        confidence=description_guess.confidence,
        reason="from its description (title too short to decide)",
    )
