"""A kit for property-testing normalisation code: noisy inputs with their truth, and invariants.

Hypothesis strategies that generate what podcast captures are made of —
multilingual text, mojibake in several code pages, dates and durations in
every written form podclean reads, whole captures of a made-up show on
several sites with chrome, glued fields and truncated descriptions — each
with the value a careful reader would take from it; and the invariants such
code should keep, as functions. Needs hypothesis (``pip install
'podclean[testing]'``).

>>> from hypothesis import given
>>> import podclean
>>> from podclean.testing import durations
>>> @given(durations())
... def test_durations_come_back(case):
...     assert podclean.parse_duration(case.text) == case.seconds
>>> test_durations_come_back()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - only without the extra
    raise ImportError("podclean.testing needs hypothesis: pip install 'podclean[testing]'") from error

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy code pages)

_T = TypeVar("_T")
_U = TypeVar("_U")

#: Letters that real captures are made of: ASCII, accented Latin, Hangul,
#: Han, kana, and the punctuation and emoji podcast titles use.
ALPHABET = (
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("áéíóúñçãõâêôàèìòùäöüßåøæ")
    + list("단백질에도쓴맛교훈이온다")
    + list("世界模型为什么是联合负责人")
    + list("のはをにがでとアイウエオ")
    + list(" ,.:;!?-—–’“”()&%$#@+*/")
    + ["🔬", "⚡", "\ufe0f", "🎙"]
)

#: Code pages that UTF-8 text is wrongly decoded with on real pages, and
#: that podclean's repair undoes.
MOJIBAKE_CODECS = ("sloppy-windows-1252",)


def texts(*, min_size: int = 1, max_size: int = 80) -> st.SearchStrategy[str]:
    """Short multilingual texts in the alphabet real captures use (one line)."""
    return st.text(alphabet=st.sampled_from(ALPHABET), min_size=min_size, max_size=max_size)


def mojibaked(text: str, codec: str = "sloppy-windows-1252") -> str:
    """``text`` as a page shows it when its UTF-8 bytes were decoded with ``codec``.

    >>> mojibaked("GitHub’s")
    'GitHubâ€™s'
    """
    return text.encode("utf-8").decode(codec)


@attrs.frozen(kw_only=True)
class DateCase:
    """A written date and what it means: ``iso``, read with the page's ``order``."""

    text: str
    iso: str
    order: str = "auto"
    captured_at: dt.date | None = None


@attrs.frozen(kw_only=True)
class DurationCase:
    """A written duration and its length in seconds."""

    text: str
    seconds: int


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")  # fmt: skip
_MONTHS_TR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
              "Aralık")  # fmt: skip
# Polish dates name the month in the genitive ("12 maja 2026").
_MONTHS_PL = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia")  # fmt: skip
_MONTHS_PT_SHORT = ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez")

#: Each written form of an absolute date: (page order, render).
_DATE_FORMS: tuple[tuple[str, Callable[[dt.date], str]], ...] = (
    ("auto", lambda d: d.isoformat()),
    ("DMY", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
    ("DMY", lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"),
    ("MDY", lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}"),
    ("auto", lambda d: f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}"),
    ("auto", lambda d: f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"),
    ("auto", lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"),
    ("auto", lambda d: f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}"),
    ("auto", lambda d: f"{d.day} {_MONTHS_ES[d.month - 1]} {d.year}"),
    ("auto", lambda d: f"{d.year}년 {d.month}월 {d.day}일"),
    ("auto", lambda d: f"{d.year}年{d.month}月{d.day}日"),
    ("auto", lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}"),
    ("auto", lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day} {d.year}"),
    ("auto", lambda d: f"{d.isoformat()}T{d.day % 24:02d}:30:00Z"),
    ("auto", lambda d: f"Published: {_MONTHS_EN[d.month - 1]} {d.day}, {d.year}"),
    ("auto", lambda d: f"Publicado el {d.day} de {_MONTHS_ES[d.month - 1]} de {d.year}"),
    ("auto", lambda d: f"{d.day} de {_MONTHS_PT_SHORT[d.month - 1]}. de {d.year}"),
    ("auto", lambda d: f"{d.day} {_MONTHS_TR[d.month - 1]} {d.year}"),
    ("auto", lambda d: f"{d.day} {_MONTHS_PL[d.month - 1]} {d.year}"),
    ("DMY", lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
    # A date with the episode's length glued to its year, as web players write it.
    ("auto", lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}{d.day + 20} min"),
    ("auto", lambda d: f"{d.day} {_MONTHS_ES[d.month - 1][:3]} {d.year}1:0{d.month % 10}:00"),
)
#: Relative forms: (render n days ago). They need the capture's date.
_RELATIVE_FORMS: tuple[Callable[[int], str], ...] = (
    lambda n: f"{n} days ago",
    lambda n: f"{n}일 전",
    lambda n: f"hace {n} días",
    lambda n: f"vor {n} Tagen",
    lambda n: f"{n}天前",
    lambda n: f"{n} dagen geleden",
    lambda n: f"{n} gün önce",
    lambda n: f"{n} dni temu",
    lambda n: f"{n} hari yang lalu",
    lambda n: f"{n} giorni fa",
)


@st.composite
def dates(draw: st.DrawFn, *, relative: bool = True) -> DateCase:
    """A date written in one of the forms podclean reads, with its meaning.

    Numeric forms carry the page order that makes them unambiguous; relative
    ones ("3일 전") carry the capture date they count back from.
    """
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)))
    if relative and draw(st.booleans()):
        days = draw(st.integers(min_value=2, max_value=60))
        form = draw(st.sampled_from(_RELATIVE_FORMS))
        return DateCase(text=form(days), iso=day.isoformat(), captured_at=day + dt.timedelta(days=days))
    order, render = draw(st.sampled_from(_DATE_FORMS))
    return DateCase(text=render(day), iso=day.isoformat(), order=order)


#: Written durations: (render, whether it keeps seconds).
_DURATION_FORMS: tuple[tuple[Callable[[int, int, int], str], bool], ...] = (
    (lambda h, m, s: f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}", True),
    (lambda h, m, s: f"{h:02d}:{m:02d}:{s:02d}", True),
    (lambda h, m, s: f"{h}h {m}min" if h else f"{m}min", False),
    (lambda h, m, s: f"{h}h {m:02d}m" if h else f"{m}m", False),
    (lambda h, m, s: f"{h} hr {m} min" if h else f"{m} min", False),
    (lambda h, m, s: f"{h * 60 + m} mins.", False),
    (lambda h, m, s: f"{h}시간 {m}분" if h else f"{m}분", False),
    (lambda h, m, s: f"{h}時間{m}分" if h else f"{m}分", False),
    (lambda h, m, s: f"{h} Std. {m} Min." if h else f"{m} Min.", False),
    (lambda h, m, s: f"Duration: {h:02d}:{m:02d}:{s:02d}", True),
    (lambda h, m, s: f"{h} h y {m} min" if h else f"{m} min", False),
    (lambda h, m, s: f"{h} u. {m} min." if h else f"{m} min.", False),
    (lambda h, m, s: f"{h} t. {m} min." if h else f"{m} min.", False),
    (lambda h, m, s: f"{h} godz. {m} min" if h else f"{m} min", False),
    (lambda h, m, s: f"{h} sa {m} dk" if h else f"{m} dk", False),
    (lambda h, m, s: f"{h} jam {m} mnt" if h else f"{m} mnt", False),
    (lambda h, m, s: f"{h} 時間 {m} 分" if h else f"{m} 分", False),
    (lambda h, m, s: f"{h * 60 + m} m", False),
    (lambda h, m, s: f"Jun 4, 2026{h} hr {m} min" if h else f"Jun 4, 2026{m} min", False),
    (lambda h, m, s: f"EP05April 22, 2026{h:02d}:{m:02d}:{s:02d}", True),
)


@st.composite
def durations(draw: st.DrawFn) -> DurationCase:
    """A duration written in one of the forms podclean reads, with its seconds.

    Forms in hours and minutes mean whole minutes, so their seconds are 0.
    """
    render, keeps_seconds = draw(st.sampled_from(_DURATION_FORMS))
    h = draw(st.integers(min_value=0, max_value=9))
    m = draw(st.integers(min_value=1 if not h else 0, max_value=59))
    s = draw(st.integers(min_value=0, max_value=59)) if keeps_seconds else 0
    return DurationCase(text=render(h, m, s), seconds=h * 3600 + m * 60 + s)


def assert_idempotent(
    fn: Callable[[_T], _T], values: st.SearchStrategy[_T] | None = None, *, max_examples: int = 100
) -> None:
    """Check that ``fn(fn(x)) == fn(x)`` for generated ``x`` (texts by default).

    >>> assert_idempotent(str.strip)
    """
    strategy: st.SearchStrategy[Any] = values if values is not None else texts(min_size=0)

    @settings(max_examples=max_examples, deadline=None, derandomize=True, database=None)
    @given(strategy)
    def check(value: _T) -> None:
        once = fn(value)
        twice = fn(once)
        assert twice == once, f"not idempotent: {value!r} → {once!r} → {twice!r}"

    check()


def assert_round_trips(
    encode: Callable[[_T], _U],
    decode: Callable[[_U], _T],
    values: st.SearchStrategy[_T],
    *,
    max_examples: int = 100,
) -> None:
    """Check that ``decode(encode(x)) == x`` for generated ``x``.

    >>> assert_round_trips(str, int, st.integers())
    """

    @settings(max_examples=max_examples, deadline=None, derandomize=True, database=None)
    @given(values)
    def check(value: _T) -> None:
        back = decode(encode(value))
        assert back == value, f"does not round-trip: {value!r} → {encode(value)!r} → {back!r}"

    check()


__all__ = [
    "ALPHABET",
    "MOJIBAKE_CODECS",
    "DateCase",
    "DurationCase",
    "assert_idempotent",
    "assert_round_trips",
    "dates",
    "durations",
    "mojibaked",
    "texts",
]
