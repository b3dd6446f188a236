"""Bytes to text: encoding detection, BOMs, newlines, NUL bytes.

This is one of the few stages that sees raw bytes. It does not repair text
(mojibake inside valid UTF-8 is :mod:`podclean.repair`'s job); it only picks
the decoding that makes the most sense and splits the result into lines.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from html.parser import HTMLParser

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from podclean.config import Config
from podclean.errors import CaptureTooLarge, DecodeError
from podclean.model import Capture, Document
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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

# A capture with more than this share of NUL bytes, or of other control
# characters, is binary data, not a page.
_MAX_NUL_SHARE = 0.3
_MAX_CONTROL_SHARE = 0.1
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")


class _TextExtractor(HTMLParser):
    """The visible text of an HTML page, one line per block element."""

    BLOCKS = frozenset(
        [
            "address",
            "article",
            "aside",
            "blockquote",
            "br",
            "dd",
            "div",
            "dl",
            "dt",
            "figcaption",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "td",
            "th",
            "tr",
            "ul",
        ]
    )
    HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether a capture is an HTML document rather than page text."""
    if _HTML_START.match(text[:2000]):
        return True
    sample = text[:20_000]
    tags = _TAG.findall(sample)
    return len(tags) >= 10 and sum(map(len, tags)) > 0.3 * len(sample)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, block elements on their own lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# CRLF, LF and CR end a line; so does CR CR LF, which a second CRLF
# conversion of an already converted file leaves behind.
_NEWLINE = re.compile(r"\r*\n|\r")


def _split_lines(text: str) -> tuple[str, ...]:
    if "\r" in text:  # the substitution costs ~10 ms/MB even with nothing to replace
        text = _NEWLINE.sub("\n", text)
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return ()
    return tuple(text.split("\n"))


#: The multi-byte code pages of East Asian pages. Single-byte code pages
#: decode any bytes, so a strict decode only tells these apart.
_MULTIBYTE = ("gb18030", "big5", "shift_jis", "euc_kr", "euc_jp")
_MULTIBYTE_NAMES = frozenset(codecs.lookup(e).name for e in _MULTIBYTE)


def _looks_utf16(data: bytes) -> str | None:
    """Spot BOM-less UTF-16: every other byte NUL in a mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.6 and even_nuls < 0.1:
        return "utf_16_le"
    if even_nuls > 0.6 and odd_nuls < 0.1:
        return "utf_16_be"
    return None


def _rank(encoding: str) -> int:
    normal = codecs.lookup(encoding).name.replace("-", "_")
    for i, name in enumerate(_WEB_PREFERENCE):
        if codecs.lookup(name).name.replace("-", "_") == normal:
            return i
    return len(_WEB_PREFERENCE)


def _detect(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
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


def _undo_legacy_read_as_cp1252(text: str, name: str, notes: list[str]) -> str:
    """A page in a legacy double-byte code page read as Windows-1252 and saved as UTF-8, read back.

    ftfy undoes UTF-8 read as Windows-1252, not EUC-KR, Shift JIS or GBK
    read so. The lines that hold such characters are turned back into their
    bytes and decoded by :func:`_detect`; the reading is kept only when
    every line decodes strictly, and it reads better than the text it
    replaces (by :func:`_reads`, beside the scripts of the other lines).
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
    _, encoding, _ = _detect(b"\n".join(raw), name)
    # UTF-8 read so is ftfy's to undo, with its explanations.
    if codecs.lookup(encoding).name not in _MULTIBYTE_NAMES:
        return text
    try:
        read = [line.decode(encoding) for line in raw]
    except UnicodeDecodeError:
        return text
    rest = _scripts("\n".join(line for i, line in enumerate(lines) if i not in set(marked)))
    before = "\n".join(lines[i] for i in marked)
    after = "\n".join(read)
    scripts = rest | _scripts(after)
    if _reads(after, scripts)[:3] >= _reads(before, scripts)[:3]:
        return text
    for i, line in zip(marked, read, strict=True):
        lines[i] = line
    notes.append(f"{len(marked)} line(s) were {encoding} read as Windows-1252; read back as {encoding}")
    return "\n".join(lines)


def decode(capture: Capture, config: Config) -> Document:
    """Turn a capture into a :class:`Document` of lines.

    UTF-8 is tried first; otherwise a detector proposes encodings and the one
    whose text holds the least mojibake wins. CRLF and CR become LF; NUL bytes
    are dropped (and reported in ``notes``).

    >>> decode(Capture(name="a", data=b"\\xef\\xbb\\xbfOne\\r\\nTwo"), Config()).lines
    ('One', 'Two')
    """
    data = capture.data
    notes: list[str] = []
    if isinstance(data, str):
        if len(data) > config.max_capture_bytes:
            raise CaptureTooLarge(
                capture.name,
                f"{len(data)} characters is over the limit of {config.max_capture_bytes}",
                "Raise Config.max_capture_bytes or split the capture.",
            )
        text, encoding = data.lstrip("\ufeff"), "str"
    else:
        if len(data) > config.max_capture_bytes:
            raise CaptureTooLarge(
                capture.name,
                f"{len(data)} bytes is over the limit of {config.max_capture_bytes}",
                "Raise Config.max_capture_bytes or split the capture.",
            )
        text, encoding = _decode_bytes(data, capture.name, notes)
    text = _undo_legacy_read_as_cp1252(text, capture.name, notes)
    nuls = text.count("\x00")
    if nuls:
        if len(text) and nuls / len(text) > _MAX_NUL_SHARE:
            raise DecodeError(
                capture.name,
                f"{nuls} of {len(text)} characters are NUL: this is binary data, not a page",
                "Check that the crawler saved the page text, not a binary file.",
            )
        text = text.replace("\x00", "")
        notes.append(f"removed {nuls} NUL characters")
    controls = len(_CONTROL.findall(text[:100_000]))
    if text and controls > _MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise DecodeError(
            capture.name,
            f"{controls} control characters in the first {min(len(text), 100_000)}: this is binary data, not a page",
            "Check that the crawler saved the page text, not a binary file.",
        )
    if looks_like_html(text):
        text = html_to_text(text)
        notes.append("converted from HTML to text; line numbers are those of the converted text")
    lines = _split_lines(text)
    long_lines = [n for n, line in enumerate(lines, start=1) if len(line) > config.max_line_chars]
    if long_lines:
        # Parsing a line costs time in proportion to its length; past the
        # limit a line is kept in the accounting but parsed only in part.
        lines = tuple(line[: config.max_line_chars] for line in lines)
        shown = ", ".join(map(str, long_lines[:5])) + (" …" if len(long_lines) > 5 else "")
        notes.append(
            f"{len(long_lines)} line(s) longer than {config.max_line_chars} characters (line {shown}); "
            "only their first Config.max_line_chars characters were parsed"
        )
    return Document(name=capture.name, lines=lines, encoding=encoding, notes=tuple(notes))


def _decode_bytes(data: bytes, name: str, notes: list[str]) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError as err:
        utf8_error = err
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    sample = data[:100_000]
    control_bytes = sum(sample.count(bytes([b])) for b in (*range(0, 9), 11, 12, *range(14, 32), 127))
    if control_bytes > _MAX_CONTROL_SHARE * len(sample):
        raise DecodeError(
            name,
            f"{control_bytes} of the first {len(sample)} bytes are control bytes and no text encoding fits: "
            "this is binary data, not a page",
            "Check that the crawler saved the page text, not a binary file.",
        )
    mixed = _decode_mixed(data, name, notes)
    if mixed is not None:
        return mixed
    # Mostly UTF-8 with a few broken bytes (a truncated download, one bad
    # paste) is still UTF-8: keep it, mark the holes, and say so. A legacy
    # encoding has no valid multi-byte sequences at all, so it never lands here.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    if bad <= max(3, len(data) // 10_000) and valid >= 4 * bad:
        notes.append(f"invalid UTF-8 at {bad} places ({utf8_error.reason}); replaced with U+FFFD")
        return replaced, "utf_8"
    text, encoding, detected_notes = _detect(data, name)
    notes.extend(detected_notes)
    return text, encoding


#: How much of a text the measures of a reading look at.
_SAMPLE = 50_000


def _ranked(text: str) -> tuple[float, int]:
    """How wrong a decoding looks: mojibake first, then replacement characters."""
    return mojibake_score(text), text.count("\ufffd")


def _scripts(text: str) -> frozenset[str]:
    """The scripts of the letters past ASCII in a text ("LATIN", "CJK", "HANGUL"…)."""
    return frozenset(
        unicodedata.name(ch, "?").split()[0] for ch in set(text[:_SAMPLE]) if ord(ch) > 0x7F and ch.isalpha()
    )


def _reads(text: str, scripts: frozenset[str]) -> tuple[float, int, float, float]:
    """How wrong a reading of some lines looks beside the rest of the file: lower is better.

    Mojibake, replacements and disorder first; then the share of its letters
    in scripts the rest of the file does not use, since an accidental
    reading lands in unrelated ones (GB18030's 一一 is valid UTF-8: Cyrillic һһ).
    """
    from charset_normalizer.md import mess_ratio  # as in _detect, which ran first

    sample = text[:_SAMPLE]
    letters = [ch for ch in sample if ord(ch) > 0x7F and ch.isalpha()]
    foreign = sum(1 for ch in letters if unicodedata.name(ch, "?").split()[0] not in scripts)
    return (*_ranked(sample), round(mess_ratio(sample, 1.0), 2), foreign / len(letters) if letters else 0.0)


def _broken_utf8(line: bytes, broken: str, read: str, *, last: bool) -> bool:
    """Whether a line that is not UTF-8 is UTF-8 with holes rather than another code page.

    It is when the code page reads it as mojibake and UTF-8 does not, when
    it has three valid multi-byte characters or more for each hole (a lost byte),
    or when it is the last line and only its last character is cut (a
    truncated download).
    """
    if mojibake_score(read) > mojibake_score(broken):
        return True
    holes = broken.count("\ufffd") - line.count("\ufffd".encode())
    # Legacy text valid as UTF-8 in places has far more holes than valid
    # characters: cp1251, GB18030 and Big5 lines reach three valid
    # per hole once in 6,500 generated short lines.
    if sum(1 for ch in broken if ord(ch) > 0x7F and ch != "\ufffd") >= 3 * holes:
        return True
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as error:
        return last and error.reason == "unexpected end of data"
    return False  # pragma: no cover - only lines that are not UTF-8 come here


def _decode_mixed(data: bytes, name: str, notes: list[str]) -> tuple[str, str] | None:
    """Decode a file that is part UTF-8, part a legacy code page, each part by what it is.

    A page pasted together from two sources (an editor saving in cp1252
    beside a template in UTF-8) is valid UTF-8 line by line but not as a
    whole. Lines that are not UTF-8 are decoded in the code page
    :func:`_detect` finds for all of them at once (a few short lines are
    too little evidence each); UTF-8 lines stay UTF-8 unless, all together,
    they read better in that code page (a legacy CJK line can be valid UTF-8
    by accident). ``None`` when the file is not such a mix.
    """
    # Each line with its end (CR, LF or CRLF), so that the lines join back into the bytes.
    lines = data.splitlines(keepends=True)
    kinds: list[str] = []
    for line in lines:
        if line.isascii():
            kinds.append("ascii")
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            kinds.append("legacy")
        else:
            kinds.append("utf_8")
    if "utf_8" not in kinds or "legacy" not in kinds:
        return None
    legacy = [line for line, kind in zip(lines, kinds, strict=True) if kind == "legacy"]
    _, encoding, _ = _detect(b"".join(legacy), name)
    utf8 = b"".join(line for line, kind in zip(lines, kinds, strict=True) if kind == "utf_8")
    as_utf8 = utf8.decode("utf-8")
    try:
        as_legacy = utf8.decode(encoding)
    except UnicodeDecodeError:
        as_legacy = None
    if as_legacy is not None:
        scripts = _scripts(b"".join(legacy).decode(encoding, errors="replace"))
        if _reads(as_legacy, scripts) < _reads(as_utf8, scripts):
            return None  # the UTF-8 lines are this code page too: the whole file is one
    parts: list[str] = []
    holes = in_code_page = 0
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True), start=1):
        if kind != "legacy":
            parts.append(line.decode("utf-8"))
            continue
        read = line.decode(encoding, errors="replace")
        broken = line.decode("utf-8", errors="replace")
        if _broken_utf8(line, broken, read, last=number == len(lines)):
            parts.append(broken)
            holes += 1
        else:
            parts.append(read)
            in_code_page += 1
    if in_code_page:
        notes.append(f"mixed encodings: {in_code_page} line(s) decoded as {encoding} (detected), the rest as UTF-8")
    if holes:
        notes.append(f"invalid UTF-8 in {holes} line(s); replaced with U+FFFD")
    return "".join(parts), "utf_8" if not in_code_page else f"utf_8+{encoding}"
