"""Hypothesis strategies shared by the tests: realistic multilingual text."""

from __future__ import annotations

from hypothesis import strategies as st

#: Letters that real captures are made of: ASCII, accented Latin, Hangul,
#: Han, kana, and the punctuation and emoji podcast titles use.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("áéíóúñçãõâêôàèìòùäöüßåøæ")
    + list("단백질에도쓴맛교훈이온다")
    + list("世界模型为什么是联合负责人")
    + list("のはをにがでとアイウエオ")
    + list(" ,.:;!?-—–’“”()&%$#@+*/")
    + ["🔬", "⚡", "\ufe0f", "🎙"]
)

words = st.text(alphabet=ALPHABET, min_size=1, max_size=80)
