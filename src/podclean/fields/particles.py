"""Heading boundaries in scripts without case, and where a summary changes script.

Korean headings are noun phrases or short clauses; the summary's first
sentence opens with a subject marked by a particle (``Rives는``). An English
heading before a Chinese summary ends where the Chinese starts, or before
the name that opens it (``Oriol 用…``). Particles and clause endings come
from :mod:`podclean.languages`.
"""

from __future__ import annotations

import functools

import regex

from podclean import languages
from podclean.fields.page_words import (
    CASED_WORD,
    CLOSING,
    HAN_OR_KANA,
    HANGUL,
    HANGUL_END,
    SCAN_WORDS,
    HeadingEvidence,
    bare,
    is_capitalised,
    is_content,
    opens_subtitle,
    restates,
)


@functools.cache
def _clause_end() -> regex.Pattern[str]:
    """A word that ends a clause: a verb ending with no full stop after it, or ? or !."""
    endings = {e for record in languages.languages() for e in record.clause_endings}
    verbs = rf"\p{{L}}(?:{languages.alternation(endings)})[!?]?$|" if endings else ""
    return regex.compile(rf"{verbs}[!?？！]$")


@functools.cache
def _particles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Subject particles and linking particles, longest first."""
    subject = {p for record in languages.languages() for p in record.subject_particles}
    linking = {p for record in languages.languages() for p in record.linking_particles}
    return tuple(sorted(subject, key=len, reverse=True)), tuple(sorted(linking, key=len, reverse=True))


def before_other_script(words: list[str], tokens: list[str], i: int, ev: HeadingEvidence) -> int:
    """Where a summary in another script starts: before the lower-case words that lead
    into it, and the name it opens with if the page writes that name before such text
    elsewhere ("Oriol 用…")."""
    j = i
    while j - 1 >= 1 and (is_content(words[j - 1], ev) or words[j - 1][:1].isdigit()):
        j -= 1
    if (
        (j == i or words[j][:1].isdigit())
        and j - 1 >= 1
        and is_capitalised(words[j - 1])
        and not opens_subtitle(tokens[j - 2])
        and words[j - 2].casefold() not in ev.small
    ):
        name = words[j - 1]
        before_script = regex.compile(rf"(?<!\S){regex.escape(name)}\s+[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]")
        if restates(words, j - 1) or len(before_script.findall(ev.text)) >= 2:
            return j - 1
    return j


def _strip_particle(word: str, particles: tuple[str, ...]) -> tuple[str, str] | None:
    for particle in particles:
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)], particle
    return None


def _is_subject(words: list[str], i: int) -> bool:
    subject, _ = _particles()
    found = _strip_particle(words[i], subject)
    if not found:
        return False
    stem, _ = found
    # A one-syllable stem is as often a verb form ("가는") as a noun, unless
    # a name before it makes it a compound ("BioHub 팀은").
    return bool(CASED_WORD.match(stem)) or len(stem) >= 2 or bool(i and CASED_WORD.match(words[i - 1]))


def _links(word: str) -> bool:
    _, linking = _particles()
    return bool(HANGUL_END.search(word)) and _strip_particle(word, linking) is not None


def uncased_cut(tokens: list[str], ev: HeadingEvidence) -> int:
    words = [bare(t) for t in tokens]
    n = len(words)
    # An English heading before a Chinese or Japanese summary.
    if words and CASED_WORD.match(words[0]):
        for i in range(1, min(n, SCAN_WORDS)):
            if HAN_OR_KANA.search(tokens[i]):
                return before_other_script(words, tokens, i, ev)
            if words[i] and not CASED_WORD.match(words[i]):
                break
    first_stop = next((i for i, t in enumerate(tokens) if t.rstrip(CLOSING).endswith((".", "。"))), n)
    # A heading that is a clause of its own ends on its verb or its ? or !,
    # with a tag ("— 미리보기") after it.
    for i in range(min(first_stop, SCAN_WORDS)):
        if i < n - 1 and _clause_end().search(tokens[i].rstrip(CLOSING)):
            if i + 2 < n and tokens[i + 1] in ("—", "–", "-"):
                return i + 3
            return i + 1
    for i in range(1, min(n, SCAN_WORDS)):
        if not HANGUL.search(words[i]) or not _is_subject(words, i):
            continue
        j = i
        found = _strip_particle(words[i], _particles()[0])
        stem = found[0] if found else words[i]
        # The subject's name runs back over the Latin words the page repeats
        # with it ("Jacob Effron은"), and over a name joined by a particle
        # ("Mira Murati의 Thinking Machines가"); a summary restating the
        # heading's name ("… AI Tapestry는") starts at it.
        if not any(stem in w for w in words[:i]):
            while j - 1 >= 0 and CASED_WORD.match(words[j - 1]):
                if not CASED_WORD.match(stem) or ev.text.count(" ".join(tokens[j - 1 : i])) >= 2:
                    j -= 1
                else:
                    break
        while j - 1 >= 0 and _joins_name(words[j - 1]):
            j -= 1
            while j - 1 >= 0 and CASED_WORD.match(words[j - 1]):
                j -= 1
        if j >= 1 and not _links(words[j - 1]):
            return j
    return min(n, 8)


def _joins_name(word: str) -> bool:
    """ "Murati의", "España에서": a name with a linking particle inside the subject's phrase."""
    found = _strip_particle(word, _particles()[1])
    return bool(found and CASED_WORD.match(found[0]))
