"""Where a chapter heading ends and the summary glued after it begins.

Summary sites write ``## [06:00] Heading Summary sentence. More…`` on one
line. The heading is a title (title case, sentence case, or a noun phrase in
a language without case); the summary is prose whose first sentence opens
with a subject. The boundary is found from evidence any page has, never
from the words of a particular title (``docs/fields.md``, "Chapters"):

- the text ends no sentence: it is all heading;
- in a cased script, a capitalised word in the middle of the line where the
  heading cannot have one: a capitalised article or preposition after a
  lower-case word, a word the page elsewhere writes lower-case after a
  lower-case heading word, a name run followed by a verb, a restatement of
  a heading word; a subtitle after ``:`` or a dash stays in the heading;
- in a title-cased heading, the subject just before the first lower-case
  content word (the verb) — as many of its words as the page repeats;
- where the summary changes script (an English heading, a Chinese summary);
- in Korean, the subject with its particle (``Mira는``) after a heading
  that ends on no linking particle, unless the heading is itself a clause
  that ends (``…않다``, ``…?``).

Language words (small title words, particles, function words) come from
:mod:`podclean.languages`.
"""

from __future__ import annotations

import functools

import regex

from podclean import languages
from podclean.fields.page_words import (
    CLOSING,
    HAN_OR_KANA,
    PUNCTUATED,
    SCAN_WORDS,
    HeadingEvidence,
    bare,
    first_sentence_end,
    has_prose,
    is_acronym,
    is_camel,
    is_capitalised,
    is_content,
    is_lower,
    opens_subtitle,
    restates,
    stem,
    uncased_majority,
)
from podclean.fields.particles import before_other_script, uncased_cut

__all__ = ["HeadingEvidence", "split_heading"]

#: A summary's subject is at most this many words of a heading's name run.
_MAX_SUBJECT_WORDS = 3
#: A question or exclamation this close to the start is the heading's own
#: ("Can AI Innovate?"); one further on is the summary's.
_QUESTION_WORDS = 12
_DASH = regex.compile(r"--|—|–")
_EMPHASIS = regex.compile(r"[_*]\p{L}")
#: A name the page writes this often is one name ("Chris Merrick"), even where
#: it is not seen opening a clause.
_NAME_REPEATS = 3


def split_heading(text: str, evidence: HeadingEvidence) -> tuple[str, str]:
    """Split "Heading Summary…" into ``(heading, summary)``.

    >>> split_heading("Hook Ana opens mid-sentence. Then more.", HeadingEvidence.of(""))
    ('Hook', 'Ana opens mid-sentence. Then more.')
    >>> split_heading("Why robots are hard The hosts disagree.", HeadingEvidence.of(""))
    ('Why robots are hard', 'The hosts disagree.')
    >>> split_heading("Safety is a property of the whole system", HeadingEvidence.of(""))
    ('Safety is a property of the whole system', '')
    """
    tokens = text.split()
    # A bullet or dash before the heading is a list marker, not a word of it.
    while tokens and not any(c.isalnum() for c in tokens[0]):
        tokens = tokens[1:]
    if not tokens:
        return "", ""
    if not has_prose(tokens):
        return " ".join(tokens), ""
    cut = uncased_cut(tokens, evidence) if uncased_majority(text) else _cased_cut(tokens, evidence)
    cut = max(1, min(cut, len(tokens)))
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


# --- cased scripts -----------------------------------------------------------


def _name_run_end(words: list[str], tokens: list[str], i: int, small: frozenset[str]) -> int | None:
    """The index after a run of capitalised words from ``i`` ("Brandon y RJ" counts as one), or
    ``None`` where the run ends a clause of its own ("Ask Ana?")."""
    j = i
    while j < len(words) and j - i < 6:
        word = words[j]
        if is_capitalised(word) or (word[:1].isdigit() and j > i):
            j += 1
            initial = len(word.rstrip(".")) == 1 and tokens[j - 1].endswith(".")  # "Michael I. Jordan"
            if tokens[j - 1].rstrip(CLOSING).endswith(PUNCTUATED) and not initial:
                return None
        elif word in small and j + 1 < len(words) and is_capitalised(words[j + 1]) and j > i:
            j += 1
        else:
            break
    return j


@functools.cache
def _role_words() -> frozenset[str]:
    """Words that name a role before a name ("Host", "Guest"), in every language."""
    return frozenset(
        w.casefold()
        for record in languages.languages()
        for w in (*record.host_words, *record.guest_words)
        if " " not in w
    )


def _cased_cut(tokens: list[str], ev: HeadingEvidence) -> int:
    first = first_sentence_end(tokens)
    if first < len(tokens) and tokens[first - 1].rstrip(CLOSING)[-1:] in "?!" and first <= _QUESTION_WORDS:
        # A question or exclamation stays in the heading ("Can AI Innovate?"); the
        # heading goes on unless a sentence starts right after it.
        rest = tokens[first:]
        restated = _restated_first(tokens, first, ev)
        if restated is not None:
            return restated
        if _opens_sentence([bare(t) for t in rest], ev):
            return first
        return first + _cased_cut(rest, ev) if len(rest) > 1 else first
    words = [bare(t) for t in tokens]
    # The summary starts before its first sentence ends, and where it changes
    # script: at the first place any of the rules says so.
    limit = min(first, SCAN_WORDS)
    # A dash before an emphasised aside ("-- _Note: …_") ends the heading.
    aside = next(
        (i for i in range(1, limit - 1) if _DASH.fullmatch(tokens[i]) and _EMPHASIS.match(tokens[i + 1])), None
    )
    if aside is not None:
        limit = aside
    other = next((i for i in range(1, limit) if HAN_OR_KANA.search(tokens[i])), None)
    if other is not None:
        limit = before_other_script(words, tokens, other, ev)
    cut = min(_scan_cut(tokens, words, ev, limit), _subject_cut(tokens, words, ev, limit))
    # A heading ends on no small word after a name ("… Optimization Companies
    # like | Acme and …"): that word and the capitalised one before it open
    # the summary's subject.
    if (
        3 <= cut < len(words)
        and words[cut - 1] in ev.small
        and is_lower(words[cut - 1])
        and is_capitalised(words[cut - 2])
        and is_capitalised(words[cut - 3])
        and not is_acronym(words[cut - 2])
    ):
        return cut - 2
    return cut


def _restated_first(tokens: list[str], start: int, ev: HeadingEvidence) -> int | None:
    """Where the summary restates the heading's first word (a name) in the same sentence
    after ``start`` ("Acme S-1 torn down! Breaking down … Acme filed …"): the heading's
    exclamation was part of it, and it runs to that word. Not where a name opens the
    next sentence ("… joins the show! Ana opens …"): a word the page writes
    capitalised after a lower-case one."""
    head = stem(bare(tokens[0]))
    if len(head) < 3 or not is_capitalised(head) or head.casefold() in _role_words():
        return None
    opener = bare(tokens[start]) if start < len(tokens) else ""
    if not opener or regex.search(rf"(?<!\S)\p{{Ll}}[\p{{L}}\p{{N}}'’\-]*,?\s+{regex.escape(opener)}(?!\S)", ev.text):
        return None
    end = first_sentence_end(tokens[start:]) + start
    for k in range(start + 1, min(end, start + _QUESTION_WORDS * 2)):
        if stem(bare(tokens[k])) == head and not tokens[k - 1].rstrip(CLOSING).endswith(PUNCTUATED):
            return k
    return None


def _opens_sentence(words: list[str], ev: HeadingEvidence) -> bool:
    """Whether words open a sentence: "The hosts…", "Tomas opens…", "zed is…"."""
    if len(words) < 2 or not words[0]:
        return False
    first, second = words[0], words[1]
    if first.casefold() in ev.openers and is_capitalised(first):
        return True
    if is_capitalised(first) and any(HAN_OR_KANA.search(w) for w in words[1:3]):
        return True  # "Mira 2016 年加入…": a name opening a summary in another script
    return (is_capitalised(first) or first in ev.starters) and is_lower(second) and second not in ev.starters


def _scan_cut(tokens: list[str], words: list[str], ev: HeadingEvidence, limit: int) -> int:
    n = len(words)
    sentence_case = False  # a lower-case content word has been seen in the heading
    for i in range(1, limit):
        word, prev = words[i], words[i - 1]
        # A lower-case word in a list ("npm, Webhooks") may be a name; one in running words is not.
        if is_content(prev, ev) and not tokens[i - 1].endswith(","):
            sentence_case = True
        if not word:
            continue
        if HAN_OR_KANA.search(tokens[i]):
            return before_other_script(words, tokens, i, ev)
        if opens_subtitle(tokens[i - 1]):
            continue
        following = words[i + 1] if i + 1 < n else ""
        after_small = is_lower(prev) and prev.casefold() in ev.small
        punctuated = tokens[i].rstrip(CLOSING).endswith(PUNCTUATED)
        if is_capitalised(word):
            folded = word.casefold()
            if folded in ev.openers and not is_acronym(word):
                # "The", "Los", "After": a capitalised small word mid-line opens a
                # sentence, unless the page capitalises every word of its titles.
                # After "and the", a capital opens a title word ("and the New AI…").
                if not (after_small and is_capitalised(following)) and (
                    sentence_case or any(w in ev.small for w in words[1:i]) or is_content(following, ev)
                ):
                    return i
                continue
            if is_content(prev, ev) and tokens[i].endswith(":") and not is_acronym(word):
                return i  # a label after the heading ("… round Books: …")
            if after_small or punctuated:
                continue
            if _doubled(words, i):
                return i
            if (
                sentence_case
                and is_capitalised(prev)
                and i + 1 < n
                and words[i + 1] != word
                and restates(words, i + 1)
                and not (is_acronym(word) or is_camel(word))
            ):
                # "… beyond Acme Using Acme and …": the summary restating the
                # heading's name opens with the word before it.
                return i
            after_following = words[i + 2] if i + 2 < n else ""
            if restates(words, i) and (
                is_content(following, ev)
                or following[:1].isdigit()
                or (following in ev.small and is_content(after_following, ev))
            ):
                return i
            if (
                sentence_case
                and folded in ev.lowercase
                and is_lower(following)
                and not is_acronym(word)
                and not is_camel(word)
            ):
                return i
            if (
                sentence_case
                and is_content(prev, ev)
                and is_lower(following)
                and following not in ev.starters
                and not (is_acronym(word) or is_camel(word))
            ):
                # In a sentence-case heading a name does not sit between lower-case
                # words ("… components Default to …"): a sentence starts.
                return i
            if is_content(prev, ev) and not is_acronym(word):
                end = _name_run_end(words, tokens, i, ev.small)
                if end is not None and end < n and _is_verb(words[end], ev) and words[end] not in ev.starters:
                    # The whole run is the subject ("Host Tim Scarfe introduces"), unless
                    # it opens with a brand that ends the heading ("left Acmeco Ines's note").
                    if not (is_camel(word) or is_acronym(word)) or end - i == 1:
                        return i
                    return _subject_start(tokens, words, ev, i, end) or i
        elif word in ev.starters and is_lower(following) and word.casefold() not in ev.openers:
            # A name the page writes lower-case ("zed asks"): it opens sentences elsewhere.
            return i
    return limit


def _is_verb(word: str, ev: HeadingEvidence) -> bool:
    """A lower-case word that can follow a subject: a content word or an auxiliary ("is", "has")."""
    return is_lower(word) and word.casefold() not in ev.small


def _doubled(words: list[str], i: int) -> bool:
    """Whether the words from ``i`` repeat the words just before it ("… Sam Altman Sam Altman:")."""
    return any(
        i - m >= 1 and [stem(w) for w in words[i : i + m]] == [stem(w) for w in words[i - m : i]] for m in range(1, 4)
    )


def _subject_start(tokens: list[str], words: list[str], ev: HeadingEvidence, r: int, j: int) -> int | None:
    """Where the subject in the name run ``words[r:j]`` starts: its last word, or as many
    of its words as the page repeats together ("Ship Yard"), never a word that
    follows a small word ("con Acme Mira": Acme is the heading's). ``None`` where
    the subject is the heading's own ("Ana Ruiz joins…", "La Marea Alta llega…")."""
    start = j - 1
    # A capitalised first word joins the run it heads ("Ana Ruiz joins").
    r0 = 0 if r == 1 and is_capitalised(words[0]) and words[0].casefold() not in ev.openers else r
    for size in range(min(_MAX_SUBJECT_WORDS, j - r0), 1, -1):
        at = j - size
        if at == r and r >= 1 and is_lower(words[r - 1]) and words[r - 1].casefold() in ev.small:
            continue
        # The page makes the whole name a subject elsewhere ("Ship Yard builds").
        phrase = " ".join(tokens[at:j])
        as_subject = regex.compile(rf"(?<!\S){regex.escape(phrase)}\s+\p{{Ll}}")
        if words[at].casefold() in ev.lowercase and not is_acronym(words[at]):
            # A word the page writes lower-case is a title word, not the
            # start of a name ("… Generated Code Acme built"), however often
            # the two stand together.
            continue
        # …or lists it as a name of its own ("**Ana Ruiz** (person)").
        listed = f"**{phrase}**" in ev.text
        if listed or len(as_subject.findall(ev.text)) >= 2 or ev.text.count(phrase) >= _NAME_REPEATS:
            start = at
            break
    if start >= 2 and is_capitalised(words[start - 1]) and words[start - 1].casefold() in _role_words():
        start -= 1  # "Host Ana Ruiz introduces": the role opens the summary with the name
    if start < 1 or (start == 1 and words[0].casefold() in ev.openers):
        return None
    return start


def _subject_cut(tokens: list[str], words: list[str], ev: HeadingEvidence, limit: int) -> int:
    """The summary starts with the subject of its first verb: the last capitalised word
    before it, or as many words of that name as the page repeats ("Ship Yard")."""
    for k in range(2, limit):
        if not _is_verb(words[k], ev) or words[k] in ev.starters or opens_subtitle(tokens[k - 1]):
            continue
        auxiliary = not is_content(words[k], ev)
        if auxiliary and not (k + 1 < len(words) and is_lower(words[k + 1])):
            continue  # "RL is Greenfield": a small word inside a title, not a verb
        j = k
        # Over the auxiliaries before a verb ("Actions has evolved"), not over
        # articles or prepositions ("Acmeco and the shift" is no clause).
        while j - 1 >= 1 and is_lower(words[j - 1]) and words[j - 1].casefold() in ev.openers - ev.small:
            j -= 1
        if j - 1 < 1 or not is_capitalised(words[j - 1]) or tokens[j - 1].rstrip(CLOSING).endswith(PUNCTUATED):
            continue
        r = j - 1
        while r - 1 >= 1 and is_capitalised(words[r - 1]) and not tokens[r - 1].rstrip(CLOSING).endswith(PUNCTUATED):
            r -= 1
        if opens_subtitle(tokens[r - 1]):
            continue  # "update: Flashing red…" is a subtitle, not a subject
        if words[r - 1].casefold() in ev.openers and j - r == 1:
            # "Michael and Harrison trace", "Strominger, Guevara, and Skinner had":
            # a joined subject; "to AI's impact", "How AI is": a name in the heading.
            x = r - 2
            if x >= 1 and is_capitalised(words[x]) and is_lower(words[r - 1]) and words[r - 1] in ev.small:
                while x - 1 >= 1 and tokens[x - 1].endswith(",") and is_capitalised(words[x - 1]):
                    x -= 1
                return x
            continue
        start = _subject_start(tokens, words, ev, r, j)
        if start is None:
            continue
        # Right after a small word, a name may be the heading's object ("with
        # Acme-5"): the subject must then be a word the page opens sentences with.
        weak = is_lower(words[start - 1]) and words[start - 1] in ev.small
        sentence_case = any(is_content(w, ev) for w in words[1:r])
        if sentence_case and is_acronym(words[start]):
            continue  # "whether AI can…": the heading's clause
        if (weak or sentence_case) and not auxiliary and words[start] not in ev.starters:
            continue  # "to Acme Code like…": the heading's object, not a subject the page opens sentences with
        return start
    return limit
