"""Text repair: mojibake, HTML entities, invisible characters, NFC, spaces.

The one door to ftfy. Repair works line by line and never adds or removes a
line, so line numbers stay those of the decoded capture. It keeps typographic
quotes, dashes and full-width CJK punctuation as the page meant them.

Repair is idempotent: ftfy alone is not always (one pass can leave text that a
second pass changes again), so :func:`repair_line` iterates to a fixed point.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet

import ftfy

# Importing ftfy.bad_codecs registers "sloppy-windows-1252" for read and tests.
import ftfy.bad_codecs
import regex
from ftfy.badness import BADNESS_RE, badness, is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES

from podclean.model import Document

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# Format characters that carry no text: zero-width spaces and joiners, word
# joiners, soft hyphens, BOMs, the bidi marks, embeddings, overrides and
# isolates that Trojan-Source text uses to reorder what a reader sees (the
# Arabic letter mark U+061C among them), and the rest of Unicode's
# default-ignorable characters that pages use to hide text or pad a name:
# the combining grapheme joiner, Hangul jamo fillers, Khmer inherent vowels,
# variation selectors, shorthand format controls, musical formatting, and the
# tag characters. A zero width joiner inside an emoji sequence, a variation
# selector after a character that has an emoji form, and the tags of a flag
# (🏴 and a region's tags, ended by U+E007F) are kept: they are the emoji.
_IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2065\u2066-\u2069\u3164\ufe00-\ufe0d\ufeff\uffa0\ufff0-\ufff8\ufff9-\ufffb"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
# A selector after a character with no emoji form, or after a keycap's
# digit, # or * that no keycap mark (U+20E3) follows.
_STRAY_SELECTOR = r"(?<!\p{Emoji})[\ufe0e\ufe0f]|(?<=[0-9#*])[\ufe0e\ufe0f](?!\u20e3)"
INVISIBLE = regex.compile(
    r"(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)"
    f"|[{_IGNORABLE}]"
    r"|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})"
    f"|{_STRAY_SELECTOR}"
)
# C0/C1 controls other than tab; tabs and line/paragraph separators become
# spaces because a line never contains a line break.
CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The blank braille pattern is drawn as a letter-wide blank: pages use it as
# a space that nothing collapses, and here it is one.
ODD_SPACE = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u2800\u3000\u0085]")
SPACE_RUN = regex.compile(r"(?<=\S) {2,}")
# Lines that ftfy cannot change: printable ASCII with no HTML entity.
_ASCII_SAFE = regex.compile(r"[ -~]*")

_MAX_ROUNDS = 4


LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


# Any character one of the substitutions below acts on (a superset: a zero
# width joiner is kept inside an emoji sequence, a flag's tags are kept).
# The emoji variation selectors are not among them: they follow most emoji
# in titles, and are looked for apart (:data:`STRAY_SELECTOR`).
_STRIPPABLE_CHARS = (
    "\t\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\u0085\u2800"
    "\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f" + _IGNORABLE
)
_STRIPPABLE = re.compile(f"[{_STRIPPABLE_CHARS}]|  ")
#: A text or emoji variation selector outside an emoji.
STRAY_SELECTOR = regex.compile(_STRAY_SELECTOR)


def _stray_selector(text: str) -> bool:
    return ("\ufe0f" in text or "\ufe0e" in text) and STRAY_SELECTOR.search(text) is not None


def _kept_flag(match: regex.Match[str]) -> str:
    return match.group(1) or ""


def _strip_invisible(text: str) -> str:
    if not _STRIPPABLE.search(text) and not _stray_selector(text):
        return text.rstrip()
    text = ODD_SPACE.sub(" ", text)
    text = LONE_SURROGATE.sub("\ufffd", text)
    text = CONTROL.sub("", text)
    text = INVISIBLE.sub(_kept_flag, text)
    return str(SPACE_RUN.sub(" ", text)).rstrip()


# A UTF-8 lead byte (0xC2–0xF4) read as Windows-1252 is one of Â…ô: a line
# without one cannot be UTF-8 mojibake, whatever else it holds.
_LEAD_BYTE_RANGE = "\u00c2-\u00f4"
_LEAD_BYTE_CHARS = regex.compile(f"[{_LEAD_BYTE_RANGE}]")


def _undo_whole_line_mojibake(text: str) -> str:
    """Decode a line that is UTF-8 read as Windows-1252 from end to end.

    ftfy wants enough evidence before it decodes, so a short line ("ë§›")
    can slip through. A line whose every character maps back to a byte and
    whose bytes are valid UTF-8 with multi-byte sequences is mojibake beyond
    doubt: natural text almost never has that shape by accident.
    """
    if not _LEAD_BYTE_CHARS.search(text):
        return text
    try:
        decoded = text.encode("sloppy-windows-1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return decoded if decoded != text else text


# Characters some ftfy fixer acts on (besides mojibake, which is_bad spots):
# HTML entities, C1 controls, ligatures, surrogates, terminal escapes and the
# control characters ftfy removes.
_FTFY_TRIGGER_CHARS = "\x1b\x80-\x9f\ud800-\udfff" + "".join(
    re.escape(chr(c)) for c in sorted(set(LIGATURES) | set(CONTROL_CHARS))
)
_FTFY_TRIGGERS = re.compile(f"[{_FTFY_TRIGGER_CHARS}]")


#: Characters frequent in clean text: an anchor made of them would send
#: most lines of a Spanish or typographically quoted page to the full check.
_COMMON_IN_CLEAN_TEXT = {ord(c) for c in "“”‘’•–—…"} | {c for c in range(0xE0, 0x100) if chr(c).isalpha()}


def _badness_anchors() -> str:
    """The characters (as a class body) at least one of which every ftfy badness match holds.

    For each alternative of ftfy's BADNESS_RE, the smallest character set
    among its required positions: text without any of these characters
    cannot be bad. Derived from ftfy's own pattern, so that it follows ftfy's
    updates (~290 characters; curly apostrophes and dashes are not among them).
    """
    from re import _parser  # type: ignore[attr-defined]  # re.compile's parser; no public equivalent

    (branch, (_, alternatives)), *rest = _parser.parse(BADNESS_RE.pattern, re.VERBOSE)
    if branch is not _parser.BRANCH or rest:
        raise ImportError("ftfy's BADNESS_RE changed shape: podclean.repair needs updating")

    def charset(item: tuple[object, object]) -> set[int] | None:
        op, argument = item
        if op is _parser.LITERAL:
            return {int(argument)}  # type: ignore[call-overload]
        if op is not _parser.IN:
            return None
        found: set[int] = set()
        for kind, value in argument:  # type: ignore[attr-defined]
            if kind is _parser.LITERAL:
                found.add(value)
            elif kind is _parser.RANGE:
                found.update(range(value[0], value[1] + 1))
            else:  # a category (\s, \w) or a negation: not a small set
                return None
        return found

    def cost(chars: AbstractSet[int]) -> tuple[bool, int, int]:
        # Prefer a set without ASCII ("[a-z]\\s?[ÃÂ][ ]" must anchor on Ã, not
        # on spaces), then one without what clean text is full of (curly
        # quotes, accented small letters), then the smallest.
        return min(chars) < 0x80, len(chars & _COMMON_IN_CLEAN_TEXT), len(chars)

    anchors: set[int] = set()
    for alternative in alternatives:
        candidates = (s for s in map(charset, alternative) if s is not None)
        anchors |= min(candidates, key=cost)
    return "".join(re.escape(chr(c)) for c in sorted(anchors))


# Every BADNESS_RE match spans at most seven characters around its anchor:
# windows this wide around the anchors see every possible match.
_BADNESS_ANCHOR_CHARS = _badness_anchors()
_BADNESS_ANCHOR = re.compile(f"[{_BADNESS_ANCHOR_CHARS}]")
_BADNESS_CONTEXT = 8
# Characters that ftfy's fixers other than mojibake, or _strip_invisible,
# always act on.
_ALWAYS_ACTED_ON = re.compile(f"[{_FTFY_TRIGGER_CHARS}{_STRIPPABLE_CHARS}]")


# The anchors and the always-acted-on characters in one class, so that
# _settled scans a long line once for both.
_ANCHOR_OR_ACTED_ON = re.compile(f"[{_BADNESS_ANCHOR_CHARS}{_FTFY_TRIGGER_CHARS}{_STRIPPABLE_CHARS}]")


def looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, computed on windows around suspects.

    ftfy scans the whole text with a large pattern (~5 MB/s); mojibake can
    only sit around the few hundred characters that mojibake is made of, so
    finding those with a character class and scanning small windows around
    them is exact and much faster.
    """
    return _bad_around(text, _BADNESS_ANCHOR, acted_on=False)


def _bad_or_acted_on(text: str) -> bool:
    """``looks_bad(text) or _ALWAYS_ACTED_ON.search(text)``, in one scan."""
    return _bad_around(text, _ANCHOR_OR_ACTED_ON, acted_on=True)


def _bad_around(text: str, suspects: re.Pattern[str], *, acted_on: bool) -> bool:
    # One pass over the suspects: a suspect within the current window
    # extends it, so that one run of mojibake is scanned once, whole.
    start = end = -1
    for anchor in suspects.finditer(text):
        if acted_on and _ALWAYS_ACTED_ON.match(anchor.group()):
            return True
        if anchor.start() <= end:
            end = anchor.end() + _BADNESS_CONTEXT
            continue
        if end >= 0 and is_bad(text[start:end]):
            return True
        start, end = max(0, anchor.start() - _BADNESS_CONTEXT), anchor.end() + _BADNESS_CONTEXT
    return end >= 0 and bool(is_bad(text[start:end]))


def fix_text(text: str, fast: bool = True) -> str:
    """``ftfy.fix_text`` with our settings, skipped where it cannot change anything.

    ftfy leaves text alone that is not ``is_bad`` (its mojibake heuristic),
    already NFC, and free of the characters its other fixers act on; checking
    that is much cheaper than running it. The result is identical either way
    (a property test and benchmarks/perf_bench.py check it).
    """
    if (
        fast
        and not _FTFY_TRIGGERS.search(text)
        and not HTML_ENTITY_RE.search(text)
        and unicodedata.is_normalized("NFC", text)
        and not looks_bad(text)
    ):
        return text
    return str(ftfy.fix_text(text, FTFY_CONFIG))


def _settled(text: str) -> bool:
    """Whether every repair step but the right strip gives ``text`` back unchanged.

    The steps' own tests, in one place and cheapest first, without building
    any new text: a line that passes comes out of :func:`repair_line` as
    itself, right-stripped.
    """
    # Leading indentation is left alone; a double space after anything else
    # is either collapsed (after a non-space) or acted on (after odd space).
    return (
        "  " not in text.lstrip(" ")
        and ("&" not in text or not HTML_ENTITY_RE.search(text))
        and unicodedata.is_normalized("NFC", text)
        and _undo_whole_line_mojibake(text) is text
        and not _bad_or_acted_on(text)
        and not _stray_selector(text)
    )


def repair_line(text: str, fast: bool = True) -> str:
    """Repair one line of text; the result is a fixed point of this function.

    >>> repair_line("GitHubâ€™s plan &amp; the\\u200b agents")
    'GitHub’s plan & the agents'
    """
    if fast and _ASCII_SAFE.fullmatch(text) and not HTML_ENTITY_RE.search(text):
        return str(SPACE_RUN.sub(" ", text)).rstrip()
    if fast and _settled(text):
        stripped = text.rstrip()
        if stripped is text or _settled(stripped):
            return stripped
    for _ in range(_MAX_ROUNDS):
        fixed = _strip_invisible(fix_text(_undo_whole_line_mojibake(text), fast))
        if fixed == text:
            break
        text = fixed
    return text


def repair_document(document: Document, fast: bool = True) -> Document:
    """Repair every line of a document, keeping the line count (and which lines were rows)."""
    return Document(
        name=document.name,
        lines=tuple(repair_line(line, fast) for line in document.lines),
        encoding=document.encoding,
        notes=document.notes,
        rows=frozenset(n for n, line in enumerate(document.lines, start=1) if "  " in line and is_row(line)),
        cells=tuple(
            (n, tuple(repair_line(cell, fast).strip() for cell in line.strip().split("\t")))
            for n, line in enumerate(document.lines, start=1)
            if line.count("\t") >= _MIN_TABLE_CELLS - 1
        ),
    )


#: A table row has this many cells or more.
_MIN_TABLE_CELLS = 3


_WIDE_GAP = re.compile(r"\t|[ \u00a0\u3000]{2,}")
#: A row's pieces are menu items, tabs or buttons: a few short words each.
_MIN_ROW_PIECES = 3
_MAX_PIECE_WORDS = 4
_MAX_PIECE_CHARS = 32


def is_row(line: str) -> bool:
    """Whether a raw line is three or more short pieces set apart by wide gaps (a menu, tabs, buttons).

    >>> is_row("All   Season 3   Season 2   Bonus"), is_row("Knots for wet ropes  (part two)")
    (True, False)
    """
    pieces = [p for p in _WIDE_GAP.split(line.strip()) if p]
    return len(pieces) >= _MIN_ROW_PIECES and all(
        len(p) <= _MAX_PIECE_CHARS and len(p.split()) <= _MAX_PIECE_WORDS for p in pieces
    )


def mojibake_score(text: str) -> float:
    """How much mojibake a text seems to hold, per 1000 characters.

    Used to choose between decodings; 0 for clean text.
    """
    if not text:
        return 0.0
    return 1000.0 * badness(text) / len(text)


def explain_repair(text: str) -> tuple[tuple[str, str], ...]:
    """Each step of :func:`repair_line` that changed ``text``: what it did, and the text after it.

    ftfy's own steps are named as :func:`ftfy.fix_and_explain` names them.
    The last text is ``repair_line(text)``; no step means the line was clean.

    >>> explain_repair("caf&eacute; &amp; tea")
    (('ftfy: apply unescape_html', 'café & tea'),)
    """
    steps: list[tuple[str, str]] = []
    for _ in range(_MAX_ROUNDS):
        start = text
        undone = _undo_whole_line_mojibake(text)
        if undone != text:
            steps.append(("undo mojibake of the whole line", undone))
        explained = ftfy.fix_and_explain(undone, FTFY_CONFIG._replace(explain=True))
        if explained.text != undone:
            actions = ", ".join(f"{step.action} {step.parameter}" for step in explained.explanation or ())
            steps.append((f"ftfy: {actions}" if actions else "ftfy", explained.text))
        stripped = _strip_invisible(explained.text)
        if stripped != explained.text:
            steps.append(("remove invisible characters, normalise spaces", stripped))
        text = stripped
        if text == start:
            break
    return tuple(steps)
