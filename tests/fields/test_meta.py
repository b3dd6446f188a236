"""Meta lines: labelled, glued and multilingual dates, durations and numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from podclean import languages
from podclean.fields.meta import parse_meta


def _read(text: str, order: str = "auto") -> tuple[str | None, int | None, str]:
    meta = parse_meta(text, order)
    assert meta is not None, text
    return (meta.date.iso if meta.date else None, meta.duration.seconds if meta.duration else None, meta.leftover)


def test_meta_lines_in_the_locales_apps_use() -> None:
    cases = {
        "2 Haziran 2026 • 45 dk": ("2026-06-02", 2700),
        "26 Mayıs 2026 • 1 sa 5 dk": ("2026-05-26", 3900),
        "12 maja 2026 · 48 min": ("2026-05-12", 2880),
        "5 maja 2026 · 1 godz. 2 min": ("2026-05-05", 3720),
        "5. maj 2026 · 1 t. 2 min.": ("2026-05-05", 3720),
        "27 Mei 2026 · 1 jam 4 mnt": ("2026-05-27", 3840),
        "28 de mai. de 2026": ("2026-05-28", None),
        "Sep 30 2025": ("2025-09-30", None),
        "2026/01/26": ("2026-01-26", None),
        "35 分": (None, 2100),
        "48 m": (None, 2880),
    }
    for text, (iso, seconds) in cases.items():
        assert _read(text) == (iso, seconds, ""), text


def test_labels_say_which_field_follows_and_are_no_show_name() -> None:
    cases = {
        "Duration: 01:39:10": (None, 5950),
        "Duración: 9 h y 12 min": (None, 33120),
        "Duur: 1 u. 6 min.": (None, 3960),
        "再生時間: 7 時間 32 分": (None, 27120),
        "Published: May 28, 2026": ("2026-05-28", None),
        "Publicado el 28 de mayo de 2026": ("2026-05-28", None),
        "Gepubliceerd op 14 mei 2026": ("2026-05-14", None),
        "配信日: 2026/01/26": ("2026-01-26", None),
        "May 28, 2026Duration: 1:05:12": ("2026-05-28", 3912),
    }
    for text, (iso, seconds) in cases.items():
        assert _read(text) == (iso, seconds, ""), text


def test_a_reading_time_is_no_duration_but_is_kept() -> None:
    for text, seconds in (("Read time: 6 min", 360), ("読了時間 5分", 300), ("Okuma süresi: 4 dk", 240)):
        meta = parse_meta(text, "auto")
        assert meta is not None and meta.duration is None, text
        assert meta.reading is not None and meta.reading.seconds == seconds and meta.leftover == "", text


def test_an_episode_number_on_a_meta_line_is_read_not_taken_for_the_show() -> None:
    meta = parse_meta("EP05April 22, 2026 01:03:39", "auto")
    assert meta is not None and meta.number is not None and meta.number.episode == 5
    assert (meta.date and meta.date.iso, meta.duration and meta.duration.seconds, meta.leftover) == (
        "2026-04-22",
        3819,
        "",
    )
    meta = parse_meta("Latent Space #12 · 45 min", "auto")
    assert meta is not None and meta.number is not None and meta.number.episode == 12
    assert meta.leftover == "Latent Space"


def test_an_iso_datetime_keeps_its_time_out_of_the_duration() -> None:
    assert _read("2026-05-28T10:00:00Z") == ("2026-05-28", None, "")
    assert _read("2026-05-28T10:00:00+02:00 · 45 min") == ("2026-05-28", 2700, "")


def test_a_bare_time_after_a_date_is_reported_unread_not_guessed() -> None:
    meta = parse_meta("28.05.2026, 10:00", "DMY")
    assert meta is not None and meta.duration is None and meta.unparsed == ("10:00",)
    meta = parse_meta("Jun 4, 2026 9:30 pm", "auto")
    assert meta is not None and meta.duration is None and meta.unparsed == ()


def test_a_chapter_line_is_no_meta_line_but_a_labelled_clock_is() -> None:
    assert parse_meta("00:01:25 From sensors to soil", "auto") is None
    assert parse_meta("Length: 1:05:12", "auto") is not None


def test_a_title_that_starts_with_a_label_word_is_no_meta_line() -> None:
    assert parse_meta("Date night with the tide tables", "auto") is None


@given(st.text(max_size=150))
def test_meta_parsing_never_raises(text: str) -> None:
    parse_meta(text, "auto")
    parse_meta(text, "DMY")


def test_a_date_glued_to_its_duration_is_read_apart() -> None:
    cases = {
        "Jun 22, 202653 min": ("2026-06-22", 3180),
        "26 may 202652 min": ("2026-05-26", 3120),
        "Jun 04, 202651 min": ("2026-06-04", 3060),
        "May 28, 20261 hr 5 min": ("2026-05-28", 3900),
    }
    for text, (iso, seconds) in cases.items():
        assert _read(text) == (iso, seconds, ""), text
    meta = parse_meta("EP05April 22, 202601:03:39", "auto", dt.date(2026, 6, 5))
    assert meta is not None and meta.number is not None and meta.number.episode == 5
    assert (meta.date and meta.date.iso, meta.duration and meta.duration.seconds) == ("2026-04-22", 3819)


def test_a_time_of_day_after_a_date_is_never_a_duration() -> None:
    marked = {
        "3. Juni 2026, 18:00 Uhr": "2026-06-03",
        "3. Juni 2026 um 18:00": "2026-06-03",
        "Jun 3, 2026 9:30 pm": "2026-06-03",
        "Jun 3, 2026 at 14:30": "2026-06-03",
        "3 juin 2026 à 18h00": "2026-06-03",
        "5. juni 2026 kl. 18.00": "2026-06-05",
        "2025. 10. 2. 오후 3:00": "2025-10-02",
        "2026-06-03 09:00:00": "2026-06-03",
    }
    for text, iso in marked.items():
        assert _read(text) == (iso, None, ""), text
    # Without a word or a marker, the clock is reported, never read as a length.
    for text, iso, clock in (("Jun 3, 2026 14:30", "2026-06-03", "14:30"), ("2026-06-03 09:00", "2026-06-03", "09:00")):
        meta = parse_meta(text, "auto")
        assert meta is not None and meta.date is not None and meta.date.iso == iso, text
        assert meta.duration is None and meta.unparsed == (clock,), text


def test_a_length_after_a_dated_time_is_still_read() -> None:
    assert _read("3. Juni 2026 um 18:00 · 1 Std. 5 Min.") == ("2026-06-03", 3900, "")
    assert _read("Jun 4, 2026 9:30 pm · 1:02:03") == ("2026-06-04", 3723, "")
    assert _read("Jun 22, 2026 1:03:39") == ("2026-06-22", 3819, "")


_TIME_DATES = ("Jun {d}, 2026", "{d}. Juni 2026", "2026-06-{d:02d}", "{d:02d}.06.2026", "2026. 6. {d}.")


@given(
    st.integers(min_value=1, max_value=30),
    st.sampled_from(_TIME_DATES),
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(("", " Uhr", " h", " pm")),
)
def test_no_time_of_day_after_a_date_becomes_a_duration(
    day: int, form: str, hour: int, minute: int, marker: str
) -> None:
    from podclean import parse_duration

    if marker == " pm" and not 1 <= hour <= 12:
        return
    text = f"{form.format(d=day)} {hour}:{minute:02d}{marker}"
    meta = parse_meta(text, "DMY")
    assert meta is not None and meta.date is not None and meta.duration is None, text
    assert parse_duration(text) is None, text
    assert parse_duration(f"{text} · 45 min") == 2700, text


def test_a_single_digit_hour_glued_to_its_minutes_after_a_date_is_a_length() -> None:
    assert _read("Jun 4, 2026 1h05") == ("2026-06-04", 3900, "")
    assert _read("3 juin 2026 à 18h00 · 1h05") == ("2026-06-03", 3900, "")
    meta = parse_meta("3 juin 2026 18h00", "auto")
    assert meta is not None and meta.duration is None and meta.unparsed == ("18h00",)


def test_a_label_before_a_month_name_written_with_marks() -> None:
    meta = parse_meta("प्रकाशित जून 3, 2026", "auto")
    assert meta is not None and meta.date is not None and meta.date.iso == "2026-06-03"
    assert meta.labels == ("published",) and meta.leftover == ""


_EXPIRY_LABELS = [(record.code, label) for record in languages.languages() for label in record.expiry_labels]


@given(
    st.sampled_from(_EXPIRY_LABELS),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from((str, str.capitalize, str.upper)),
)
def test_an_availability_date_is_never_the_published_date(
    label: tuple[str, str], day: dt.date, case: Callable[[str], str]
) -> None:
    code, phrase = label
    text = f"{case(phrase)} {day:%d.%m.%Y}"
    meta = parse_meta(text, "DMY")
    assert meta is not None and meta.date is None, (code, text)
    assert meta.expiry is not None and meta.expiry.iso == day.isoformat(), (code, text)
    assert meta.leftover == "" and meta.labels == ("expiry",), (code, text)


def test_an_availability_date_beside_the_published_date_in_either_order() -> None:
    for text in (
        "Sendung vom 3. Juni 2026, 19:05 Uhr · Verfügbar bis 3. Juni 2027",
        "Verfügbar bis 03.06.2027 · Sendung vom 03.06.2026",
        "Available until June 3, 2027 | Published June 3, 2026",
    ):
        meta = parse_meta(text, "DMY")
        assert meta is not None and meta.date is not None and meta.expiry is not None, text
        assert (meta.date.iso, meta.expiry.iso, meta.leftover) == ("2026-06-03", "2027-06-03", ""), text


def test_a_broadcast_label_is_a_published_label_not_a_show() -> None:
    meta = parse_meta("Sendung vom 02.06.2026, 19:05 Uhr", "DMY")
    assert meta is not None and meta.date is not None
    assert (meta.date.iso, meta.leftover, meta.labels) == ("2026-06-02", "", ("published",))
