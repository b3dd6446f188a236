"""Durations: clock and written forms."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.durations import find_duration, parse_timestamp
from podclean.fields.meta import split_glued


def test_clock_and_written_forms() -> None:
    cases = {"1:24:44": 5084, "14:47": 887, "1h 23min": 4980, "1h 43 mins.": 6180, "54min": 3240, "1시간 5분": 3900}
    for text, seconds in cases.items():
        found = find_duration(text)
        assert found is not None and found.seconds == seconds, text


def test_glued_fields_are_parsed_apart() -> None:
    glued = split_glued("Agents — Kyle Daigle, GitHub 02.06.2026 1h 23minI'm excited to be here.", "DMY", 300)
    assert glued is not None
    assert glued.title == "Agents — Kyle Daigle, GitHub"
    assert glued.date.iso == "2026-06-02"
    assert glued.duration is not None and glued.duration.seconds == 4980
    assert glued.rest == "I'm excited to be here."


def test_minutes_past_sixty_in_chapter_stamps() -> None:
    assert parse_timestamp("[83:02]") == 83 * 60 + 2


@given(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59))
def test_clock_durations_round_trip(h: int, m: int, s: int) -> None:
    found = find_duration(f"{h}:{m:02d}:{s:02d}")
    assert found is not None and found.seconds == h * 3600 + m * 60 + s


@given(st.integers(1, 9), st.integers(0, 59))
def test_written_durations_round_trip(h: int, m: int) -> None:
    found = find_duration(f"{h}h {m}min")
    assert found is not None and found.seconds == h * 3600 + m * 60


@given(st.text(max_size=300))
def test_duration_parsing_never_raises(text: str) -> None:
    find_duration(text)
    find_duration(text, glued=True)
    parse_timestamp(text)


def test_written_durations_in_more_locales() -> None:
    cases = {
        "9 h y 12 min": 33120,
        "1 hour and 5 minutes": 3900,
        "1 u. 6 Min.": 3960,
        "1 t. 2 min.": 3720,
        "1 godz. 2 min": 3720,
        "1 sa 5 dk": 3900,
        "1 jam 4 mnt": 3840,
        "7 時間 32 分": 27120,
        "2 ч 5 мин": 7500,
    }
    for text, seconds in cases.items():
        found = find_duration(text)
        assert found is not None and found.seconds == seconds, text


def test_written_durations_in_traditional_chinese_vietnamese_hindi_and_ukrainian() -> None:
    cases = {"1小時5分鐘": 3900, "1 giờ 5 phút": 3900, "45 phút": 2700, "2 घंटे 5 मिनट": 7500, "1 година 5 хвилин": 3900}
    for text, seconds in cases.items():
        found = find_duration(text)
        assert found is not None and found.seconds == seconds, text


def test_minutes_glued_to_the_hour_commas_seconds_and_decimal_hours() -> None:
    cases = {
        "1h05": 3900,
        "1h05min": 3900,
        "1 hr, 5 min": 3900,
        "1 h 5 min 30 s": 3930,
        "1 hr 3 min 20 sec": 3800,
        "1,5 Std.": 5400,
        "1.5 hours": 5400,
    }
    for text, seconds in cases.items():
        found = find_duration(text)
        assert found is not None and found.seconds == seconds, text
    # A figure after the minutes that is no unit of time stays out of the length.
    found = find_duration("1 h 5 min 3 songs")
    assert found is not None and found.seconds == 3900


def test_iso_8601_lengths_from_structured_data() -> None:
    for text, seconds in (("PT1H5M", 3900), ("PT45M30S", 2730), ("PT2H", 7200), ('"duration": "PT52M"', 3120)):
        found = find_duration(text)
        assert found is not None and found.seconds == seconds, text
    assert find_duration("PT") is None and find_duration("APT1H5M") is None


@given(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=59), st.integers(0, 59))
def test_iso_8601_lengths_round_trip(h: int, m: int, s: int) -> None:
    text = "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "") + (f"{s}S" if s or not (h or m) else "")
    found = find_duration(text)
    assert found is not None and found.seconds == h * 3600 + m * 60 + s, text


def test_a_players_position_and_length_give_the_length() -> None:
    for text, seconds in (("0:00 / 1:05:12", 3912), ("12:03 / 45:10", 2710)):
        found = find_duration(text)
        assert found is not None and (found.seconds, found.start, found.end) == (seconds, 0, len(text)), text


def test_units_written_with_combining_marks() -> None:
    # Devanagari vowel signs are combining marks: "मिनट" is a unit, and a
    # unit with a mark after it is the start of a longer word.
    found = find_duration("45 मिनट")
    assert found is not None and found.seconds == 45 * 60
    assert find_duration("1 घंटा 5 मिनट") is not None and find_duration("1 घंटा 5 मिनट").seconds == 3900
    assert find_duration("45 मिनटों") is None


_MINUTE_UNITS = ("Min.", "min", "Min", "minutes", "мин.", "dk")


@given(
    st.integers(min_value=0, max_value=2),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(_MINUTE_UNITS),
    st.sampled_from(("", " ")),
)
def test_a_clock_with_a_minute_unit_is_a_length_with_its_unit(
    hours: int, minutes: int, seconds: int, unit: str, space: str
) -> None:
    clock = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
    text = f"{clock}{space}{unit}"
    for clock_allowed in (True, False):
        found = find_duration(text, clock=clock_allowed)
        assert found is not None, text
        assert (found.seconds, found.start, found.end) == (hours * 3600 + minutes * 60 + seconds, 0, len(text))


def test_a_clock_with_a_minute_unit_leaves_nothing_over_on_a_meta_line() -> None:
    from podclean.fields.meta import parse_meta

    for text, seconds in {"54:12 Min.": 3252, "0:00 / 48:30 Min.": 2910, "Dauer: 23:45 Min.": 1425}.items():
        meta = parse_meta(text, "DMY")
        assert meta is not None and meta.duration is not None, text
        assert (meta.duration.seconds, meta.leftover) == (seconds, ""), text
    # A word that only starts like a unit is no unit.
    assert find_duration("12:00 Minimal techno", clock=False) is None
