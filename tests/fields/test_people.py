"""People: guests and hosts from titles, descriptions and entity lists; one vocabulary of kinds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.people import (
    ROLES,
    clean_name,
    description_guests,
    entity_kind,
    people,
    role_in_note,
    title_people,
)
from podclean.model import Entity, Turn


def test_the_title_guest_segment_names_guests_not_their_organisations() -> None:
    guests, hosts = title_people("Rope at Sea — Ferrylabs's Ina Berg & Tom Vale, Harbor Labs")
    assert guests == ("Ina Berg", "Tom Vale")
    assert hosts == ()


def test_a_guest_host_in_the_title_is_a_host() -> None:
    assert title_people("Tides — Ina Berg, Harbor Labs & Guest Host Tom Vale, Quayside") == (
        ("Ina Berg",),
        ("Tom Vale",),
    )


def test_with_names_guests_and_honorifics_are_not_part_of_the_name() -> None:
    assert title_people("Why Salt Marshes Climb with Prof. Ina Berg")[0] == ("Ina Berg",)
    assert title_people("Knots: a deep dive — w/ Ina Berg & Tom Vale")[0] == ("Ina Berg", "Tom Vale")


def test_a_topic_before_a_dash_is_not_a_guest_and_a_show_segment_is_no_one() -> None:
    assert title_people("How Sailors Build for Storms and Quiet Harbors | Harbor Hour", show="Harbor Hour") == ((), ())
    assert title_people("Ina Berg - Why knots still matter")[0] == ("Ina Berg",)


def test_description_cues_in_two_languages_name_guests() -> None:
    assert description_guests("Harbor COO Ina Berg joins Tom to talk about ropes.") == ("Ina Berg",)
    assert description_guests("En este episodio, Tom conversa con Ina Berg sobre nudos.") == ("Ina Berg",)
    assert description_guests("Tom sits down with Col. Ina Berg (Harbor Police) and Ari Lund to talk.") == (
        "Ina Berg",
        "Ari Lund",
    )


def test_a_first_name_takes_the_full_name_the_block_gives() -> None:
    found, _ = people("Knots with Ina Berg", "Today's guest Ina first sailed at six.", [])
    assert [(p.name, p.kind) for p in found] == [("Ina Berg", "guest")]


def test_listed_people_keep_their_label_and_notes_decide_hosts() -> None:
    entities = [
        Entity(name="Tom Vale", kind="인물", note="Harbor Hour 팟캐스트 진행자"),
        Entity(name="Ina Berg", kind="인물", note="조선소 대표; 이번 에피소드 게스트"),
        Entity(name="Ropewalk", kind="소프트웨어", note="매듭 도구"),
    ]
    found, others = people("매듭의 모든 것", "", entities)
    assert {(p.name, p.kind, p.label) for p in found} == {("Tom Vale", "host", "인물"), ("Ina Berg", "guest", "인물")}
    assert [(e.name, e.kind, e.label) for e in others] == [("Ropewalk", "product", "소프트웨어")]


def test_a_listed_person_the_title_or_the_opening_names_is_a_guest() -> None:
    entities = [
        Entity(name="Ina Berg", kind="person", note="Founder of Harbor Labs"),
        Entity(name="Tom Vale", kind="person"),
    ]
    found, _ = people("Ina Berg이 말하는 매듭", "", entities)
    assert {p.name: p.kind for p in found} == {"Ina Berg": "guest", "Tom Vale": "person"}
    found, _ = people("Rope without fear", "Ina Berg, founder of Harbor Labs, explains knots.", entities)
    assert {p.name: p.kind for p in found}["Ina Berg"] == "guest"


def test_speakers_are_people() -> None:
    found, _ = people("Knots", "", [], [Turn(speaker="Ina Berg", start_s=0, text="Hello.")])
    assert [(p.name, p.kind) for p in found] == [("Ina Berg", "person")]


def test_kinds_map_to_one_english_vocabulary_in_every_seed_language() -> None:
    labels = {"Person": "person", "인물": "person", "人物": "person", "Concepto": "concept", "개념": "concept"}
    labels |= {"概念": "concept", "Organization": "organization", "조직": "organization", "产品": "product"}
    assert {label: entity_kind(label) for label in labels} == labels
    assert role_in_note("Hosting platform engineer") == "person"


@given(st.text(max_size=200), st.text(max_size=300))
def test_reading_people_never_raises_and_gives_known_roles(title: str, description: str) -> None:
    found, others = people(title, description, [Entity(name=title[:20], kind=description[:10], note=description)])
    assert all(p.kind in ROLES for p in found)
    assert all(e.kind in ("organization", "product", "concept", "place", "other") for e in others)
    for name in (clean_name(title), *description_guests(description)):
        assert name is None or name.strip() == name
