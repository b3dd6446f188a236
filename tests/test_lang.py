"""Language identification: scripts, close languages, short titles, determinism."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podclean import detect_language
from podclean.lang import title_language

CASES = [
    ("AlphaGo를 처음부터 만들기 – Eric Jang", "ko"),
    ("Yann LeCun이 말하는 LLM 이후의 세계", "ko"),
    (
        "Oriol Vinyals(Google DeepMind VP of Research、Gemini 联合负责人)在 Google I/O 第二天坐下来,把 I/O 上发布的产品背后的研究路线一条条摊开",
        "zh",
    ),
    ("今回はOpenAIの研究者と、GPT-5やCodex、agentsのevaluationについて話しました。", "ja"),
    ("Your first Claude Code prompt", "en"),
    ("Por qué los mejores fundadores siguen escribiendo su propio código", "es"),
    ("Por que os melhores fundadores ainda escrevem o próprio código", "pt"),
    ("Per què els millors fundadors encara escriuen el seu propi codi", "ca"),
    ("Varför de bästa grundarna fortfarande skriver sin egen kod", "sv"),
    ("Hvorfor de beste gründerne fortsatt skriver sin egen kode", "no"),
    ("Hvorfor de bedste iværksættere stadig skriver deres egen kode", "da"),
    ("Warum die besten Gründer immer noch selbst programmieren", "de"),
    ("Pourquoi les meilleurs fondateurs écrivent encore leur propre code", "fr"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_short_mixed_and_non_latin_texts(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_a_korean_description_quoting_english_has_a_secondary_language() -> None:
    text = (
        "이번 에피소드에서는 작은 팀이 어떻게 더 빨리 움직이는지 이야기한다. 게스트는 회의를 줄이는 방법을 설명한다. "
        '"We stopped having meetings on Mondays and everything got faster for the whole team."'
    )
    guess = detect_language(text)
    assert (guess.code, guess.secondary) == ("ko", "en")


def test_a_title_too_short_to_decide_takes_its_descriptions_language() -> None:
    description = (
        "Nos sentamos con el equipo detrás de la aplicación para hablar de lo que salió mal durante el lanzamiento."
    )
    guess = title_language("Kubernetes", description, detect_language(description))
    assert guess.code == "es"


def test_a_title_in_another_script_keeps_its_own_language() -> None:
    description = "我们和应用背后的团队坐下来，聊了聊发布期间出了什么问题。"
    guess = title_language("How the launch went wrong", description, detect_language(description))
    assert guess.code == "en"


@given(st.text(max_size=300))
def test_detection_never_raises_and_is_repeatable(text: str) -> None:
    assert detect_language(text) == detect_language(text)


def test_same_answer_in_two_interpreters() -> None:
    texts = [text for text, _ in CASES] + ["Installing Claude Code", "morgen", "entrevista", "Lena Park"]
    program = "import json, sys, podclean; print(json.dumps([podclean.detect_language(t).code for t in json.load(sys.stdin)]))"
    answers = []
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", program],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": hash_seed, "PATH": ""},
        )
        answers.append(json.loads(done.stdout))
    assert answers[0] == answers[1]


@given(st.text(max_size=200))
def test_the_language_fast_path_gives_the_full_answer(text: str) -> None:
    assert detect_language(text, fast=True).code == detect_language(text, fast=False).code


_TITLE_WORDS = st.sampled_from(
    [
        "Agents",
        "the",
        "and",
        "Harbor",
        "Lights",
        "für",
        "und",
        "el",
        "modelos",
        "Ann",
        "Lee",
        "—",
        "🔬",
        "AI",
        "날씨",
        "天气",
    ]
)


@given(
    st.lists(_TITLE_WORDS, min_size=1, max_size=8).map(" ".join),
    st.sampled_from(
        [
            "",
            "We talk with the team about the launch of the product and what went wrong in the first week.",
            "Hablamos con el equipo sobre el lanzamiento del producto y lo que salió mal en la primera semana.",
            "우리는 제품 출시와 첫 주에 무엇이 잘못되었는지에 대해 팀과 이야기합니다.",
        ]
    ),
)
def test_a_titles_language_is_the_same_on_the_fast_path(title: str, description: str) -> None:
    guess = detect_language(description, secondary=False)
    fast = title_language(title, description, guess, fast=True)
    assert fast.code == title_language(title, description, guess, fast=False).code


_NOISY = st.sampled_from([*"ab A1:.@/#*_[]|%w -\u00e9", "http://", "www.", "https://x.y"])


@given(st.lists(_NOISY, max_size=30).map("".join))
def test_noise_is_removed_as_by_the_full_pattern(text: str) -> None:
    from podclean.lang import _NOISE, _without_noise

    assert _without_noise(text) == _NOISE.sub(" ", text)
