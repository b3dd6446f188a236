"""Site profiles: data, checked when they are built."""

from __future__ import annotations

from typing import Any

import pytest

from podclean.errors import ConfigError
from podclean.sites import GENERIC, PROFILES, SiteProfile


@pytest.mark.parametrize(("field", "value"), [("layout", "columns"), ("kind", "store"), ("date_order", "YMD")])
def test_a_profile_with_an_unknown_value_is_a_config_error_naming_the_field(field: str, value: str) -> None:
    settings: dict[str, Any] = {field: value}
    with pytest.raises(ConfigError, match=rf"'made-up'.*{field}.*{value}"):
        SiteProfile(name="made-up", **settings)


def test_every_shipped_profile_is_valid_and_named_once() -> None:
    names = [p.name for p in (*PROFILES, GENERIC)]
    assert len(set(names)) == len(names)
    assert GENERIC.layout == "auto"
