"""Config refuses values that cannot be limits, with errors that say which field."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.config import Config

LIMITS = ("max_capture_bytes", "max_line_chars", "max_seconds_per_capture", "max_title_chars", "min_description_chars")


@pytest.mark.parametrize("name", LIMITS)
@given(bad=st.integers(max_value=0) | st.floats(max_value=0.0) | st.just(float("nan")) | st.booleans() | st.text())
def test_every_limit_must_be_a_positive_number(name: str, bad: object) -> None:
    with pytest.raises(podclean.ConfigError, match=rf"Config\.{name}"):
        Config(**{name: bad})  # type: ignore[arg-type]


@given(st.integers(min_value=1, max_value=10**9))
def test_positive_limits_are_kept(value: int) -> None:
    assert attrs.asdict(Config(max_title_chars=value, max_seconds_per_capture=value / 7))["max_title_chars"] == value


@pytest.mark.parametrize("bad", [-1, 1.5, "0", True])
def test_the_seed_is_a_whole_number(bad: object) -> None:
    with pytest.raises(podclean.ConfigError, match=r"Config\.seed"):
        Config(seed=bad)  # type: ignore[arg-type]


def test_fast_paths_is_a_flag() -> None:
    with pytest.raises(podclean.ConfigError, match=r"Config\.fast_paths"):
        Config(fast_paths="no")  # type: ignore[arg-type]


def test_a_capture_time_dates_the_run_by_its_day() -> None:
    assert Config(captured_at=dt.datetime(2026, 6, 3, 23, 59)).captured_at == dt.date(2026, 6, 3)
    with pytest.raises(podclean.ConfigError, match="captured_at"):
        Config(captured_at="2026-06-03")  # type: ignore[arg-type]


def test_an_unknown_error_policy_is_refused_before_any_work() -> None:
    with pytest.raises(podclean.ConfigError, match="'report' or 'raise'"):
        podclean.clean([podclean.Capture(name="a.txt", data="x")], errors="ignore")  # type: ignore[arg-type]
