"""Links end where the URL ends, whatever a glued page runs into them."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.body import parse_body
from podclean.fields.links import links_in

_LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)
_NAME = st.builds(lambda a, b: a.capitalize() + b, _LOWER, _LOWER)
# Hosts are lower case; handles either all lower case or mixed ("AnnLee").
_HOSTS = st.builds(lambda a, b: f"{a}.{b}", _LOWER, st.sampled_from(["com", "org", "io", "example"]))
_HANDLES = st.one_of(
    _LOWER,
    st.builds(lambda a, b: f"{a}_{b}", _LOWER, _LOWER),
    st.builds(lambda a, b: a + b, _NAME, _NAME),
)
_URLS = st.builds(
    lambda scheme, host, path, slash: f"{scheme}://{host}/{path}{slash}",
    st.sampled_from(["https", "http"]),
    _HOSTS,
    st.one_of(st.just(""), st.builds(lambda seg, h: f"{seg}/{h}", st.sampled_from(["in", "u", "c"]), _HANDLES)),
    st.sampled_from(["", "/"]),
)
# What glued pages put right after a link: the next item's label, a person's
# "Name Surname:" line, a section heading with its first time, a bullet.
_FOLLOWERS = st.one_of(
    st.builds(lambda n: f"{n}:* ", st.sampled_from(["X", "LinkedIn", "Website"])),
    st.builds(lambda a, b: f"{a} {b}:* ", _NAME, _NAME),
    st.builds(lambda h: f"{h}00:00:00 Intro", st.sampled_from(["Timestamps", "Transcript", "Chapters"])),
    st.just("* X: "),
    st.just(" and more"),
)


@given(_URLS, _FOLLOWERS)
def test_a_link_ends_where_its_url_ends(url: str, follower: str) -> None:
    found = links_in(f"* Site: {url}{follower}")
    assert found[:1] == [url], (url, follower, found)
    parts = urlsplit(found[0])
    assert parts.scheme in ("http", "https") and "." in parts.netloc


@given(_URLS, _FOLLOWERS, _URLS)
def test_two_glued_links_come_out_apart(first: str, follower: str, second: str) -> None:
    assert links_in(f"{first}{follower}{second}") == [first, second]


def test_a_mixed_case_handle_is_one_name() -> None:
    assert links_in("* X: https://x.example/AnnLee* LinkedIn: https://li.example/in/annlee/") == [
        "https://x.example/AnnLee",
        "https://li.example/in/annlee/",
    ]


def test_a_link_glued_to_a_host_name_ends_at_the_host() -> None:
    assert links_in("* Lab: https://lighthouse.orgBo Lund:* X: https://x.example/bolund") == [
        "https://lighthouse.org",
        "https://x.example/bolund",
    ]


def test_query_strings_keep_their_capitals() -> None:
    assert links_in("watch https://video.example/watch?v=aB3dEfGhIjK now") == [
        "https://video.example/watch?v=aB3dEfGhIjK"
    ]


def test_links_of_a_glued_body_are_cut_before_the_next_item() -> None:
    body = (
        "Show notes for the week.Ann Lee* LinkedIn: https://li.example/in/annleeX: https://x.example/annleeBo Lund:"
        "* X: https://x.example/BoLundTimestamps00:00:00 Hook00:01:10 Intro"
    )
    fields = parse_body([(1, body)], glued=True)
    assert fields.links == ("https://li.example/in/annlee", "https://x.example/annlee", "https://x.example/BoLund")


def test_a_mixed_case_handle_below_a_folder_keeps_its_name_before_a_glued_label() -> None:
    assert links_in("* LinkedIn: https://li.example/in/AnnLeeX:* https://ann.example/") == [
        "https://li.example/in/AnnLee",
        "https://ann.example/",
    ]


def test_a_label_the_page_writes_elsewhere_is_cut_off_a_mixed_case_handle() -> None:
    assert links_in(
        "* LinkedIn: https://li.example/in/bo* X: https://x.example/AnnLeeLinkedIn: https://li.example/in/ann"
    ) == [
        "https://li.example/in/bo",
        "https://x.example/AnnLee",
        "https://li.example/in/ann",
    ]


def test_a_label_glued_after_a_host_root_is_the_label() -> None:
    assert links_in("* Site: https://ann.example/Website: https://bo.example/") == [
        "https://ann.example/",
        "https://bo.example/",
    ]
