"""Repair: mojibake, invisibles, NFC, whitespace — and idempotence."""

from __future__ import annotations

import contextlib
import unicodedata

import ftfy
import ftfy.bad_codecs
from ftfy.badness import is_bad
from hypothesis import assume, example, given
from hypothesis import strategies as st

from podclean.config import Config
from podclean.errors import CaptureError
from podclean.model import Capture
from podclean.read import decode
from podclean.repair import FTFY_CONFIG, fix_text, looks_bad, repair_document, repair_line
from podclean.testing import assert_idempotent, mojibaked, texts

words = texts()


def testmojibaked_and_entities_are_fixed_but_typography_kept() -> None:
    assert repair_line(mojibaked("GitHub’s plan — “agents”")) == "GitHub’s plan — “agents”"
    assert repair_line("Q&amp;A with &lt;guests&gt;") == "Q&A with <guests>"


def test_invisible_and_bidi_characters_are_removed() -> None:
    assert repair_line("abc\u202edef\u200b ghi\u2066") == "abcdef ghi"
    assert repair_line("Hola\u00a0mundo") == "Hola mundo"


def test_emoji_joiners_survive() -> None:
    assert repair_line("👨\u200d💻 dev") == "👨\u200d💻 dev"


def test_repair_is_idempotent() -> None:
    assert_idempotent(
        repair_line, st.one_of(st.text(max_size=200), words.map(mojibaked)).map(lambda s: s.replace("\n", " "))
    )


@given(words)
def test_utf8_read_as_cp1252_comes_back(text: str) -> None:
    clean = repair_line(text)
    assume(clean and any(ord(c) > 0x7F for c in clean))
    assert repair_line(mojibaked(clean)) == clean


@given(st.lists(words, min_size=1, max_size=6))
def test_per_linemojibaked_crlf_bom_nfd_and_zero_width_come_back(lines: list[str]) -> None:
    clean = [repair_line(line) for line in lines]
    assume(all(clean))
    damaged = [
        mojibaked(line) if i % 2 else unicodedata.normalize("NFD", line).replace(" ", " \u200b", 1)
        for i, line in enumerate(clean)
    ]
    data = ("\ufeff" + "\r\n".join(damaged)).encode("utf-8")
    document = repair_document(decode(Capture(name="t", data=data), Config()))
    assert list(document.lines) == clean


@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_never_raises_unexpectedly(data: bytes) -> None:
    with contextlib.suppress(CaptureError):
        decode(Capture(name="t", data=data), Config())


@given(st.one_of(st.text(max_size=300), words, words.map(mojibaked)))
def test_the_ftfy_fast_path_gives_ftfys_answer(text: str) -> None:
    assert fix_text(text) == ftfy.fix_text(text, FTFY_CONFIG)


_BADNESS_ALPHABET = st.sampled_from(
    list("ab Z.,?!\n\t") + list("ÃÂâ€™œž¦ØÙВГРСβāšÅ½Ñ©®»”—’“–…ôéàü中가ЁЯαﬁ") + ["\xa0", "\x85", "\u200b", "\x1b"]
)


@given(st.lists(st.text(alphabet=_BADNESS_ALPHABET, max_size=40), min_size=1, max_size=12), st.integers(0, 3000))
def test_windowed_badness_agrees_with_ftfy(pieces: list[str], padding: int) -> None:
    text = ("x" * padding).join(pieces) + "y" * 2000
    assert looks_bad(text) == bool(is_bad(text))


@given(st.one_of(st.text(max_size=300), words, words.map(mojibaked), st.text(alphabet=_BADNESS_ALPHABET, max_size=80)))
@example("  • Show  notes ")
@example("\u3000 Ã© “quoted”  ")
@example("Q&A &amp; more ")
def test_repair_line_fast_paths_give_the_full_answer(text: str) -> None:
    text = text.replace("\n", " ")
    assert repair_line(text) == repair_line(text, fast=False)


# Made-up page lines in the kana-heavy Japanese a show's own site carries.
_JAPANESE_PAGE = (
    "ひだまり科学ラジオ　公式サイト\n"
    "トップ｜番組について｜出演者\n"
    "第７回　星の見えない夜に考えること\n"
    "2026年5月30日配信　再生時間 32分\n"
    "今週はリスナーのみなさんからのおたよりを紹介しました。\n"
)


@given(st.sampled_from(["shift_jis", "euc_jp", "gb18030", "big5", "euc_kr"]))
def test_a_legacy_cjk_page_is_read_in_its_own_code_page(encoding: str) -> None:
    # Shift JIS bytes are valid GB18030 too, and a detector may propose only
    # the latter: every code page that decodes the bytes competes.
    text = {
        "gb18030": "晨光科学电台\n第七期 夜空里看不见的星星\n本周我们介绍了听众的来信，也回答了一些问题。\n",
        "big5": "晨光科學電台\n第七集 夜空裡看不見的星星\n本週我們介紹了聽眾的來信，也回答了一些問題。\n",
        "euc_kr": "햇살 과학 라디오\n제7회 밤하늘에 보이지 않는 별\n이번 주에는 청취자 여러분의 사연을 소개했습니다.\n",
    }.get(encoding, _JAPANESE_PAGE)
    document = decode(Capture(name="page.txt", data=text.encode(encoding)), Config())
    assert "\n".join(document.lines) == text.rstrip("\n")
