"""Heading boundaries in scripts without case, and where a summary changes script.

Korean headings are noun phrases or short clauses; the summary's first
sentence opens with a subject marked by a particle (``Mira는``). An English
heading before a Chinese summary ends where the Chinese starts, or before
the name that opens it (``Mira 用…``). Particles and clause endings come
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
    is_acronym,
    is_capitalised,
    is_content,
    opens_subtitle,
    restates,
)

#: A heading that is a clause of its own ends within this many words.
_CLAUSE_WORDS = 10
#: Particles that join a name to the next word as "and" does.
_TYING = frozenset({"와", "과", "하고", "및"})


@functools.cache
def _clause_end() -> regex.Pattern[str]:
    """A word that ends a clause: a verb ending with no full stop after it, or ? or !."""
    endings = {e for record in languages.languages() for e in record.clause_endings}
    verbs = rf"\p{{L}}(?:{languages.alternation(endings)})[!?]?$|" if endings else ""
    return regex.compile(rf"{verbs}[!?？！]$")


@functools.cache
def _particles() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Subject, linking and genitive particles, longest first."""
    records = languages.languages()

    def longest_first(found: set[str]) -> tuple[str, ...]:
        return tuple(sorted(found, key=len, reverse=True))

    return (
        longest_first({p for record in records for p in record.subject_particles}),
        longest_first({p for record in records for p in record.linking_particles}),
        longest_first({p for record in records for p in record.genitive_particles}),
    )


def before_other_script(words: list[str], tokens: list[str], i: int, ev: HeadingEvidence) -> int:
    """Where a summary in another script starts: before the lower-case words that lead
    into it, and the name it opens with if the page writes that name before such text
    elsewhere ("Mira 用…")."""
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
    subject = _particles()[0]
    found = _strip_particle(words[i], subject)
    if not found:
        return False
    stem, _ = found
    # A one-syllable stem is as often a verb form ("가는") as a noun, unless
    # a name before it makes it a compound ("Acme 팀은").
    return bool(CASED_WORD.match(stem)) or len(stem) >= 2 or bool(i and CASED_WORD.match(words[i - 1]))


def _links(word: str) -> bool:
    linking = _particles()[1]
    return bool(HANGUL_END.search(word)) and _strip_particle(word, linking) is not None


def uncased_cut(tokens: list[str], ev: HeadingEvidence) -> int:
    words = [bare(t) for t in tokens]
    n = len(words)
    # An English heading before a Chinese or Japanese summary.
    if words and CASED_WORD.match(words[0]):
        for i in range(1, min(n, SCAN_WORDS)):
            if HAN_OR_KANA.search(tokens[i]):
                return before_other_script(words, tokens, i, ev)
            if words[i] and not CASED_WORD.match(words[i].rstrip("?!.,:;")):
                break
    first_stop = next((i for i, t in enumerate(tokens) if t.rstrip(CLOSING).endswith((".", "。"))), n)
    scan = min(first_stop, SCAN_WORDS)
    subject = next((j for j in (_subject_phrase(words, tokens, i, ev) for i in range(1, scan)) if j is not None), None)
    # A heading that is a clause of its own ends on its question or
    # exclamation, or on its verb (a short heading, and no subject of the
    # summary before it unless the verb is that subject's own: "교훈이 온다").
    for i in range(min(scan, _CLAUSE_WORDS)):
        token = tokens[i].rstrip(CLOSING)
        if i >= n - 1 or not _clause_end().search(token) or _links(token):
            continue
        question = token[-1:] in "?!？！"
        if not question and subject is not None and subject < i - 1:
            break
        if i + 2 < n and tokens[i + 1] in ("—", "–", "-"):
            # A tag after a dash ("— 미리보기") is the heading's, a number is the summary's.
            if tokens[i + 2][:1].isdigit():
                break
            return i + 3
        return i + 1
    return _latin_opening(words, tokens, min(n, 8) if subject is None else subject)


def _latin_opening(words: list[str], tokens: list[str], subject: int) -> int:
    """Where a summary opens on a name before its subject's phrase ("… 설명 Acme 4 소형 모델의
    핵심 설계는"): a Latin word right after a bare noun that ends the heading — no particle,
    no modifier ending ("어려운 Acme", "자주적 Acme" are the heading's), no comma of a list,
    no conjunction ("및") — and not the subject's own last word before it."""
    linking = _particles()[1]
    for p in range(1, subject):
        word, prev = words[p], words[p - 1]
        if tokens[p - 1] != prev or not HANGUL_END.search(prev) or prev in linking or _links(prev):
            continue
        if _QUOTE_OPENING.match(tokens[p]) and not prev.endswith("적"):
            return p
        if p < subject - 1 and _latin_head(word) and not _modifies(prev):
            return p
    return subject


#: A quotation that opens a summary after the heading (""월드 모델"이라는 말이…").
_QUOTE_OPENING = regex.compile(r"[\"“‘'「『]\p{Hangul}")


def _latin_head(word: str) -> bool:
    """A Latin-script name, bare or with a particle that does not tie it to the next word
    ("Acme", "Acme에서"; not "Acme의", "Acme와")."""
    if CASED_WORD.match(word):
        return word[:1].isalpha()
    _, linking, genitive = _particles()
    found = _strip_particle(word, linking)
    if not found or not CASED_WORD.match(found[0]) or not found[0][:1].isalpha():
        return False
    return found[1] not in genitive and found[1] not in _TYING


def _modifies(word: str) -> bool:
    """Whether a Hangul word ends as a form that modifies the next word: a verb's final ㄴ
    or ㄹ ("만난", "할"), or the determiner suffix 적 ("자주적")."""
    return word.endswith("적") or (ord(word[-1]) - 0xAC00) % 28 in (4, 8)


def _subject_phrase(words: list[str], tokens: list[str], i: int, ev: HeadingEvidence) -> int | None:
    """Where the subject phrase ending at ``words[i]`` starts, if the word is a subject
    (``Mira는``, or a name's genitive the page uses as a subject: ``Ana의 …``) that can
    open a summary after a heading that ends on no linking particle."""
    if not HANGUL.search(words[i]):
        return None
    if not _is_subject(words, i):
        after_noun = HANGUL_END.search(words[i - 1]) and not _links(words[i - 1])
        return i if after_noun and _attested_genitive(words[i], ev) else None
    j = i
    found = _strip_particle(words[i], _particles()[0])
    stem = found[0] if found else words[i]
    # The subject's name runs back over the Latin words the page repeats
    # with it ("Ana Ruiz는"), over a name joined by a particle ("Ana
    # Ruiz의 Harbour Lab이", "Acme의 핵심 통찰은"), and over the
    # heading's own words it restates ("… 트렌드 파인튜닝 커뮤니티는").
    while j - 1 >= 0 and CASED_WORD.match(words[j - 1]):
        if not CASED_WORD.match(stem) or ev.text.count(" ".join([*tokens[j - 1 : i], stem])) >= 2:
            j -= 1
        else:
            break
    if (
        j == i
        and not CASED_WORD.match(stem)
        and j - 2 >= 0
        and _genitive_name(words[j - 2])
        and not _links(words[j - 1])
    ):
        j -= 1
    while j - 1 >= 0 and _joins_name(words[j - 1]):
        j -= 1
        while j - 1 >= 0 and CASED_WORD.match(words[j - 1]):
            j -= 1
    j -= _restated_opening(words, j)
    if j >= 1 and not _links(words[j - 1]):
        return j
    return None


def _restated_opening(words: list[str], j: int) -> int:
    """How many words before ``j`` restate the heading's first words ("현재 로봇공학 … 현재 로봇공학 시연은")."""
    for m in range(min(3, j // 2), 0, -1):
        if all(HANGUL.search(words[j - m + k]) and words[k].startswith(words[j - m + k]) for k in range(m)):
            return m
    return 0


def _genitive_name(word: str) -> str | None:
    """The name in "Acme의", "Ana의": a Latin-script name with a genitive particle."""
    found = _strip_particle(word, _particles()[2])
    return found[0] if found and CASED_WORD.match(found[0]) else None


def _attested_genitive(word: str, ev: HeadingEvidence) -> bool:
    """ "Ana의": a name in the genitive that the page elsewhere makes a subject ("Ana가")."""
    name = _genitive_name(word)
    if not name or is_acronym(name):
        return False
    return any(f"{name}{particle}" in ev.text for particle in _particles()[0])


def _joins_name(word: str) -> bool:
    """ "Ruiz의", "Madrid에서": a name with a linking particle inside the subject's phrase."""
    found = _strip_particle(word, _particles()[1])
    return bool(found and CASED_WORD.match(found[0]))
