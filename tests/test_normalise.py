"""The public normalisation primitives, driven by podclean.testing's strategies."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.model import RelativeDate
from podclean.testing import (
    MOJIBAKE_CODECS,
    DateCase,
    DurationCase,
    assert_idempotent,
    assert_round_trips,
    dates,
    durations,
    mojibaked,
    texts,
)


@given(dates())
def test_every_written_date_form_gives_its_date(case: DateCase) -> None:
    parsed = podclean.parse_date(case.text, order=case.order, captured_at=case.captured_at)  # type: ignore[arg-type]
    assert parsed == dt.date.fromisoformat(case.iso), case


@given(durations())
def test_every_written_duration_form_gives_its_seconds(case: DurationCase) -> None:
    assert podclean.parse_duration(case.text) == case.seconds, case


def test_a_relative_date_without_a_capture_time_stays_relative() -> None:
    parsed = podclean.parse_date("3일 전")
    assert isinstance(parsed, RelativeDate) and (parsed.amount, parsed.unit) == (3, "day")


def test_an_unknown_date_order_is_a_config_error() -> None:
    with pytest.raises(podclean.ConfigError, match="order"):
        podclean.parse_date("01/02/2026", order="YMD")  # type: ignore[arg-type]


def test_repair_text_is_idempotent_on_noisy_text() -> None:
    noisy = st.one_of(texts(min_size=0), texts().map(mojibaked), st.text(max_size=200))
    assert_idempotent(podclean.repair_text, noisy, max_examples=80)


@pytest.mark.parametrize("codec", MOJIBAKE_CODECS)
def test_mojibake_in_every_code_page_the_kit_makes_comes_back(codec: str) -> None:
    clean = texts().map(podclean.repair_text).filter(lambda s: s.strip() and not s.isascii())
    assert_round_trips(lambda s: mojibaked(s, codec), podclean.repair_text, clean, max_examples=80)


def test_title_keys_are_idempotent() -> None:
    assert_idempotent(podclean.title_key, max_examples=80)


def test_the_invariants_fail_on_a_function_that_breaks_them() -> None:
    with pytest.raises(AssertionError, match="not idempotent"):
        assert_idempotent(lambda s: s + "x")
    with pytest.raises(AssertionError, match="round-trip"):
        assert_round_trips(str, lambda s: int(s) + 1, st.integers())


def test_an_ambiguous_numeric_date_reads_in_the_order_of_the_page_language() -> None:
    for text in ("02-04-2026", "02/04/2026"):
        assert podclean.parse_date(text, language="de") == dt.date(2026, 4, 2)
        assert podclean.parse_date(text, language="es") == dt.date(2026, 4, 2)
        assert podclean.parse_date(text, language="en") == dt.date(2026, 2, 4)
        assert podclean.parse_date(text) is None
    # The line's own label says which locale wrote it; an explicit order wins.
    assert podclean.parse_date("Fecha de lanzamiento: 02-04-2026") == dt.date(2026, 4, 2)
    assert podclean.parse_date("Released: 02-04-2026") == dt.date(2026, 2, 4)
    assert podclean.parse_date("02-04-2026", order="MDY", language="de") == dt.date(2026, 2, 4)


def test_an_unknown_page_language_is_a_config_error() -> None:
    with pytest.raises(podclean.ConfigError, match="no language 'xx'"):
        podclean.parse_date("02-04-2026", language="xx")


def test_pages_in_the_pipeline_read_ambiguous_dates_in_their_language_order() -> None:
    page = (
        "{nav}\n"
        "Salt and Lanterns\n"
        "{label} 02-04-2026\n"
        "A keeper of a small lighthouse talks about the winter storms and the boats that came home late.\n"
        "\n"
        "Harbour Clocks\n"
        "{label} 09-03-2026\n"
        "How the clocks of the old ports ordered trade, tides and the working day of the harbour towns.\n"
    )
    for nav, label, first in (
        ("Startseite   Entdecken   Abonnieren", "Veröffentlicht am", dt.date(2026, 4, 2)),
        ("Sign in   Subscribe   Share", "Released:", dt.date(2026, 2, 4)),
    ):
        capture = podclean.Capture(name="page.txt", data=page.format(nav=nav, label=label))
        episodes = podclean.clean([capture])
        published = {e.title: e.published for e in episodes}
        assert published.get("Salt and Lanterns") == first.isoformat(), published


def test_the_date_forms_of_unprofiled_pages() -> None:
    cases = {
        "2025. 10. 2.": dt.date(2025, 10, 2),
        "2025.10.02": dt.date(2025, 10, 2),
        "2026/01/26": dt.date(2026, 1, 26),
        "Sep 30 2025": dt.date(2025, 9, 30),
        "April 22, 2026": dt.date(2026, 4, 22),
        "Sep 30 2025 · 45 min": dt.date(2025, 9, 30),
        "Jun 3, 2026 14:30": dt.date(2026, 6, 3),
        "2026-06-03 09:00": dt.date(2026, 6, 3),
        "3. Juni 2026, 18:00 Uhr": dt.date(2026, 6, 3),
    }
    for text, day in cases.items():
        assert podclean.parse_date(text) == day, text


def test_the_duration_forms_of_unprofiled_pages() -> None:
    cases = {
        "9 h y 12 min": 33120,
        "1 t. 2 min.": 3720,
        "41 mnt": 2460,
        "35 分": 2100,
        "48 m": 2880,
        "1 u. 6 Min.": 3960,
        "Duration: 01:39:10": 5950,
        "1 Std. 5 Min.": 3900,
        "2 hrs 3 mins": 7380,
        "1시간 5분": 3900,
        "1時間5分": 3900,
        "April 22, 2026 · 1:03:39": 3819,
    }
    for text, seconds in cases.items():
        assert podclean.parse_duration(text) == seconds, text
    for text in ("Jun 3, 2026 14:30", "2026-06-03 09:00", "3. Juni 2026, 18:00 Uhr", "2026-06-03 09:00:00"):
        assert podclean.parse_duration(text) is None, text
