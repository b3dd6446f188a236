"""Which code page wrote a page's bytes, and how wrong a reading of them looks.

A real detector (charset_normalizer, imported only for a file that is not
UTF-8) proposes; every CJK code page that decodes the bytes strictly
competes too; the reading with the least mojibake wins. A legacy
double-byte page read as Windows-1252 and saved as UTF-8 is read back.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from podclean.repair import mojibake_score

# Tie-breaking order among decodings that look equally clean: roughly how
# common each legacy encoding is on the web, so that an ambiguous byte string
# is read the way a browser would most likely have read it.
_WEB_PREFERENCE = (
    "utf_8",
    "cp1252",
    "latin_1",
    "cp1251",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
    "euc_jp",
    "cp1250",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1256",
    "koi8_r",
)


#: The multi-byte code pages of East Asian pages. Single-byte code pages
#: decode any bytes, so a strict decode only tells these apart.
_MULTIBYTE = ("gb18030", "big5", "shift_jis", "euc_kr", "euc_jp")


_MULTIBYTE_NAMES = frozenset(codecs.lookup(e).name for e in _MULTIBYTE)


def _rank(encoding: str) -> int:
    normal = codecs.lookup(encoding).name.replace("-", "_")
    for i, name in enumerate(_WEB_PREFERENCE):
        if codecs.lookup(name).name.replace("-", "_") == normal:
            return i
    return len(_WEB_PREFERENCE)


def detect(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode non-UTF-8 bytes: a real detector proposes, mojibake decides."""
    # Imported where a file is not UTF-8 (~40 ms at every start otherwise).
    import charset_normalizer
    from charset_normalizer.cd import coherence_ratio
    from charset_normalizer.md import mess_ratio

    matches = charset_normalizer.from_bytes(data[:200_000], cp_isolation=None)
    best_chaos = min((m.chaos for m in matches), default=1.0)
    proposed = [m.encoding for m in matches if m.chaos <= best_chaos + 0.1]
    # The detector may propose one multi-byte code page where another reads
    # the bytes as well (Shift JIS bytes are valid GB18030): every CJK code
    # page that decodes the bytes strictly competes too.
    names = {codecs.lookup(e).name: e for e in reversed((*proposed, *_MULTIBYTE))}.values()
    candidates: list[tuple[float, float, float, int, str, str]] = []
    for encoding in names:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = text[:50_000]
        # Least mojibake first; then the text that reads as a language:
        # the detector's own measures of disorder and of coherence.
        coherence = max((ratio for _, ratio in coherence_ratio(sample[:5_000])), default=0.0)
        candidates.append(
            (mojibake_score(sample), round(mess_ratio(sample, 1.0), 2), -coherence, _rank(encoding), encoding, text)
        )
    if not candidates:
        # Every byte string decodes as cp1252-with-holes; say so rather than fail.
        text = data.decode("cp1252", errors="replace")
        return text, "cp1252", ("no encoding detected; decoded as cp1252 with replacements",)
    candidates.sort(key=lambda c: c[:5])
    encoding, text = candidates[0][4:]
    return text, encoding, (f"decoded as {encoding} (detected)",)


#: What Windows-1252 reads the bytes past ASCII as: a legacy double-byte
#: page read so is made of them (EUC-KR "방송" reads "¹æ¼Û").
_HIGH_BYTES = "".join(sorted(set(bytes(range(0x80, 0x100)).decode("sloppy-windows-1252"))))


_HIGH_LATIN = re.compile(f"[{re.escape(_HIGH_BYTES)}]")


_HIGH_LATIN_RUN = re.compile(f"[{re.escape(_HIGH_BYTES)}]{{2,}}")


_MIN_HIGH_LATIN = 12


_HIGH_LATIN_SHARE = 0.9


#: Share of them in runs of two or more (Big5 and Shift JIS trail bytes may be ASCII).
_PAIRED_SHARE = 0.5


def undo_legacy_read_as_cp1252(text: str, name: str, notes: list[str]) -> str:
    """A page in a legacy double-byte code page read as Windows-1252 and saved as UTF-8, read back.

    ftfy undoes UTF-8 read as Windows-1252, not EUC-KR, Shift JIS or GBK
    read so. The lines that hold such characters are turned back into their
    bytes and decoded by :func:`detect`; the reading is kept only when
    every line decodes strictly, and it reads better than the text it
    replaces (by :func:`reads`, beside the scripts of the other lines).
    """
    high = len(_HIGH_LATIN.findall(text[:_SAMPLE]))
    if high < _MIN_HIGH_LATIN:
        return text
    wide = sum(1 for ch in text[:_SAMPLE] if ord(ch) > 0x7F)
    # Each character of such a page is two bytes, so two signs in a row:
    # Spanish or French accents seldom stand so.
    paired = sum(map(len, _HIGH_LATIN_RUN.findall(text[:_SAMPLE])))
    if high < _HIGH_LATIN_SHARE * wide or paired < _PAIRED_SHARE * high:
        return text
    lines = text.split("\n")
    marked = [i for i, line in enumerate(lines) if _HIGH_LATIN.search(line)]
    try:
        raw = [lines[i].encode("sloppy-windows-1252") for i in marked]
    except UnicodeEncodeError:
        return text
    _, encoding, _ = detect(b"\n".join(raw), name)
    # UTF-8 read so is ftfy's to undo, with its explanations.
    if codecs.lookup(encoding).name not in _MULTIBYTE_NAMES:
        return text
    try:
        read = [line.decode(encoding) for line in raw]
    except UnicodeDecodeError:
        return text
    rest = scripts_of("\n".join(line for i, line in enumerate(lines) if i not in set(marked)))
    before = "\n".join(lines[i] for i in marked)
    after = "\n".join(read)
    scripts = rest | scripts_of(after)
    if reads(after, scripts)[:3] >= reads(before, scripts)[:3]:
        return text
    for i, line in zip(marked, read, strict=True):
        lines[i] = line
    notes.append(f"{len(marked)} line(s) were {encoding} read as Windows-1252; read back as {encoding}")
    return "\n".join(lines)


#: How much of a text the measures of a reading look at.
_SAMPLE = 50_000


def _ranked(text: str) -> tuple[float, int]:
    """How wrong a decoding looks: mojibake first, then replacement characters."""
    return mojibake_score(text), text.count("\ufffd")


def scripts_of(text: str) -> frozenset[str]:
    """The scripts of the letters past ASCII in a text ("LATIN", "CJK", "HANGUL"…)."""
    return frozenset(
        unicodedata.name(ch, "?").split()[0] for ch in set(text[:_SAMPLE]) if ord(ch) > 0x7F and ch.isalpha()
    )


def reads(text: str, scripts: frozenset[str]) -> tuple[float, int, float, float]:
    """How wrong a reading of some lines looks beside the rest of the file: lower is better.

    Mojibake, replacements and disorder first; then the share of its letters
    in scripts the rest of the file does not use, since an accidental
    reading lands in unrelated ones (GB18030's 一一 is valid UTF-8: Cyrillic һһ).
    """
    from charset_normalizer.md import mess_ratio  # as in detect, which ran first

    sample = text[:_SAMPLE]
    letters = [ch for ch in sample if ord(ch) > 0x7F and ch.isalpha()]
    foreign = sum(1 for ch in letters if unicodedata.name(ch, "?").split()[0] not in scripts)
    return (*_ranked(sample), round(mess_ratio(sample, 1.0), 2), foreign / len(letters) if letters else 0.0)
