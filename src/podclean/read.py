"""Bytes to text: encoding detection, BOMs, newlines, NUL bytes.

This is one of the few stages that sees raw bytes. It does not repair text
(mojibake inside valid UTF-8 is :mod:`podclean.repair`'s job); it only picks
the decoding that makes the most sense and splits the result into lines.
"""

from __future__ import annotations

import codecs
import re

from podclean.codepages import detect, reads, scripts_of, undo_legacy_read_as_cp1252
from podclean.config import Config
from podclean.errors import CaptureTooLarge, DecodeError
from podclean.html_text import html_to_text, looks_like_html
from podclean.model import Capture, Document
from podclean.repair import mojibake_score

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
    text = undo_legacy_read_as_cp1252(text, capture.name, notes)
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
    text, encoding, detected_notes = detect(data, name)
    notes.extend(detected_notes)
    return text, encoding


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
    :func:`detect` finds for all of them at once (a few short lines are
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
    _, encoding, _ = detect(b"".join(legacy), name)
    utf8 = b"".join(line for line, kind in zip(lines, kinds, strict=True) if kind == "utf_8")
    as_utf8 = utf8.decode("utf-8")
    try:
        as_legacy = utf8.decode(encoding)
    except UnicodeDecodeError:
        as_legacy = None
    if as_legacy is not None:
        scripts = scripts_of(b"".join(legacy).decode(encoding, errors="replace"))
        if reads(as_legacy, scripts) < reads(as_utf8, scripts):
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
