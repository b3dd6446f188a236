"""Repair: mojibake, invisibles, NFC, whitespace — and idempotence."""

from __future__ import annotations

import contextlib
import unicodedata

import ftfy
import ftfy.bad_codecs
from ftfy.badness import is_bad
from hypothesis import assume, example, given
from hypothesis import strategies as st

import podclean
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


# Made-up lines in French, Spanish and German, with every accent pairing they have.
_WESTERN_LINES = (
    "Été brûlant à la plage : la façade du phare, naïve et fière.",
    "Año nuevo en la montaña: el señor y la niña cantan canciones.",
    "Größere Straßen führen über die Brücke zum Hafen hinüber.",
    "Çà et là, l’œuvre « Noël » — ¿Qué? ¡Sí! — Übergrößenträgerinnen.",
)
_LEGACY_PAGES = {
    "gb18030": "晨光科学电台\n第七期 夜空里看不见的星星\n本周我们介绍了听众的来信，也回答了一些问题。\n",
    "big5": "晨光科學電台\n第七集 夜空裡看不見的星星\n本週我們介紹了聽眾的來信，也回答了一些問題。\n",
    "euc_kr": "햇살 과학 라디오\n제7회 밤하늘에 보이지 않는 별\n이번 주에는 청취자 여러분의 사연을 소개했습니다.\n",
    "shift_jis": _JAPANESE_PAGE,
}


@given(st.sampled_from(sorted(_LEGACY_PAGES)), st.sampled_from(["Home | Shows", "EP.7 | 2026. 6. 2. | 38:00"]))
def test_a_legacy_cjk_page_read_as_cp1252_and_saved_as_utf8_reads_back(encoding: str, ascii_line: str) -> None:
    # A crawler that took the page for Windows-1252 keeps its bytes as
    # Latin-1 letters ("¹ãÀÇ"), then saves them as UTF-8.
    page = ascii_line + "\n" + _LEGACY_PAGES[encoding]
    try:
        garbled = page.encode(encoding).decode("sloppy-windows-1252")
    except UnicodeDecodeError:
        assume(False)
    document = decode(Capture(name="page.txt", data=garbled.encode("utf-8")), Config())
    assert "\n".join(document.lines) == page.rstrip("\n")
    assert any("read as Windows-1252" in note for note in document.notes)


@given(
    st.lists(
        st.sampled_from(
            _CP1252_SENTENCES_LATER := (
                "Été brûlant à la plage : la façade du phare, naïve et fière.",
                "Año nuevo en la montaña: el señor y la niña cantan canciones.",
                "Größere Straßen führen über die Brücke zum Hafen hinüber.",
            )
        ),
        min_size=1,
        max_size=8,
    )
)
def test_a_western_page_is_never_read_as_a_legacy_cjk_page(lines: list[str]) -> None:
    text = "\n".join(lines)
    document = decode(Capture(name="page.txt", data=text.encode("utf-8")), Config())
    assert "\n".join(document.lines) == text


# Made-up sentences as a Western European editor saves them (cp1252): each
# has letters past ASCII, so none is valid UTF-8 by accident.
_CP1252_SENTENCES = (
    "Été brûlant à la plage : la façade du phare, naïve et fière.",
    "L’hôtel de la côte ferme — dernière saison, écrit l’hôtesse.",
    "Año nuevo en la montaña: el señor y la niña cantan canciones.",
    "Größere Straßen führen über die Brücke zum Hafen hinüber.",
    "Les élèves étudient l’été, à côté de la forêt.",
)


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("cp1252"), st.sampled_from(_CP1252_SENTENCES)),
            st.tuples(st.just("utf-8"), words.filter(lambda t: not t.isascii())),
            st.tuples(st.just("ascii"), st.text(alphabet="abc XYZ 123.,:", min_size=1, max_size=30)),
        ),
        min_size=2,
        max_size=12,
    ).filter(lambda parts: {"cp1252", "utf-8"} <= {kind for kind, _ in parts})
)
def test_each_part_of_a_mixed_file_is_decoded_by_what_it_is(parts: list[tuple[str, str]]) -> None:
    data = b"".join(text.encode(kind) + b"\n" for kind, text in parts)
    document = decode(Capture(name="mixed.txt", data=data), Config())
    assert list(document.lines) == [text for _, text in parts]
    # German reads the same in cp1250: the code page named may be either.
    assert document.encoding.startswith("utf_8+cp125")
    assert any("mixed encodings" in note for note in document.notes)


def test_a_capture_pasted_together_from_cp1252_and_utf8_reads_right_throughout() -> None:
    # A listing template in UTF-8 around episodes an editor typed in cp1252,
    # one run of lines each, with Windows line ends in the cp1252 part.
    template = "Radio Phare — toutes les émissions\nÉcouter · S’abonner\n".encode()
    episodes = (
        "Épisode 12 — Les marées d’équinoxe avec Hélène Roux\r\n48:10\r\n"
        "Hélène raconte les grandes marées, la pêche à pied et les phares de la côte.\r\n"
    ).encode("cp1252")
    footer = "Épisode 13 — Où dorment les mouettes ? avec Zoë Lefèvre\n52:00\nZoë suit les oiseaux.\n".encode()
    document = decode(Capture(name="phare.txt", data=template + episodes + footer), Config())
    assert document.lines == (
        "Radio Phare — toutes les émissions",
        "Écouter · S’abonner",
        "Épisode 12 — Les marées d’équinoxe avec Hélène Roux",
        "48:10",
        "Hélène raconte les grandes marées, la pêche à pied et les phares de la côte.",
        "Épisode 13 — Où dorment les mouettes ? avec Zoë Lefèvre",
        "52:00",
        "Zoë suit les oiseaux.",
    )
    titles = {e.title for e in podclean.clean([Capture(name="phare.txt", data=template + episodes + footer)])}
    assert "Épisode 12 — Les marées d’équinoxe avec Hélène Roux" in titles


def test_a_legacy_line_that_is_valid_utf8_by_accident_stays_in_its_code_page() -> None:
    # GB18030's 一一 is the bytes of UTF-8 һһ (Cyrillic): the file is one code page.
    text = "晨光科学电台\n一一\n本周我们介绍了听众的来信，也回答了一些问题。\n"
    document = decode(Capture(name="page.txt", data=text.encode("gb18030")), Config())
    assert "\n".join(document.lines) == text.rstrip("\n")
    assert document.encoding == "gb18030"


def test_broken_utf8_in_a_utf8_file_is_marked_not_read_as_a_code_page() -> None:
    good = "Über Größe — Straße\n日本語のタイトル\n".encode()
    lost_byte = good + "Un café, une crème brûlée à côté".encode().replace(b"\xc3\xa8", b"\xc3") + b"\n"
    truncated = good + "Un café crè".encode()[:-1]
    assert decode(Capture(name="a", data=lost_byte), Config()).lines[-1] == "Un café, une cr\ufffdme brûlée à côté"
    document = decode(Capture(name="b", data=truncated), Config())
    assert document.lines[-1] == "Un café cr\ufffd" and document.encoding == "utf_8"


# Characters that pages use to hide text or pad a name, and which a title
# must not keep: each alone, and as runs of them.
_HIDDEN = [
    "\u061c",  # Arabic letter mark
    "\U000e0001",  # language tag
    "\U000e0041",  # tag Latin capital A
    "\U000e007f",  # cancel tag
    "\ufe00",  # variation selector 1
    "\ufe0f",  # emoji presentation, after a letter
    "\ufe0e",  # text presentation, after a letter
    "\U000e0100",  # variation selector 17
    "\u3164",  # Hangul filler
    "\uffa0",  # half-width Hangul filler
    "\u115f",  # Hangul choseong filler
    "\u034f",  # combining grapheme joiner
    "\u200b",
    "\u2060",
]
_PLAIN = st.text(alphabet=st.sampled_from(list("abcXYZ 019.,—’éß가中の")), min_size=1, max_size=40)


@given(_PLAIN, st.lists(st.tuples(st.integers(0, 40), st.sampled_from(_HIDDEN)), max_size=8))
def test_hidden_characters_anywhere_in_a_line_are_removed(text: str, inserts: list[tuple[int, str]]) -> None:
    hidden = text
    for at, char in sorted(inserts, reverse=True):
        hidden = hidden[:at] + char + hidden[at:]
    assert repair_line(hidden) == repair_line(text)
    assert not set(repair_line(hidden)) & set(_HIDDEN)


def test_blank_braille_is_a_space() -> None:
    assert repair_line("Owls\u2800at\u2800\u2800dusk\u2800") == "Owls at dusk"


@example("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f flag")
@example("👁️\u200d🗨️ eye in speech bubble")
@example("1️⃣ #️⃣ keycaps")
@example("❤️ ☺︎ ©️ presentation selectors")
@example("👩🏽\u200d🔬 scientist")
@given(st.sampled_from(["🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "🎙️", "🧑\u200d🚀", "☎︎"]))
def test_emoji_sequences_keep_their_joiners_selectors_and_tags(text: str) -> None:
    assert repair_line(text) == text
    assert repair_line(f"Ep. 4 {text} talk") == f"Ep. 4 {text} talk"
