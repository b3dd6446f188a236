"""People: an episode's guests and hosts, and one vocabulary for what entities are.

Pages name people in three places: the title's guest segment ("Title — Ann
Lee, Org & Bo Chen", "… with Ann Lee"), the description ("Ann Lee joins
Bo", "Today's guest Ann", "Bo sits down with Ann Lee", a description that
opens with a listed person's name), and entity lists ("**Ann Lee** (Person):
host of …", "**Ann Lee** (인물): 이번 에피소드 게스트"). Each person gets one role of
``guest``, ``host`` or ``person``; other entities one kind of
``organization``, ``product``, ``concept``, ``place`` or ``other``. The
page's own word for the kind stays beside it (``Entity.label``). The words
of every cue are the language records' (``guest_cues``, ``guest_words``,
``host_words``, ``honorifics`` and the ``*_kinds`` lists).

This module reads one block's title, description and entity list; merging
the people of an episode's pages is :mod:`podclean.merge`'s.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterable, Sequence

import attrs
import regex

from podclean import languages
from podclean.model import Entity, Turn
from podclean.text import title_key

#: Roles a person can have, strongest first: a page that calls someone the
#: host outweighs one that only names them, and a guest outweighs a mention.
ROLES = ("host", "guest", "person")
#: What a non-person entity can be; anything else is ``other``.
KINDS = ("organization", "product", "concept", "place")

# "Title — Guest Name, Org": the guest segment follows the last dash.
_GUEST_SEGMENT = regex.compile(r"\s[—–\-|]\s(?!.*\s[—–\-|]\s)(?P<guests>.+)$")
_FIRST_SEGMENT = regex.compile(r"^(?P<guests>.+?)\s[—–\-|]\s")
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{Latin}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{Latin}\p{M}'’\-]*+)+"
)
_GUEST_SPLIT = regex.compile(r"\s(?:&|and|y|e|und|et|x|with|w/)\s", regex.IGNORECASE)
_WITH = regex.compile(r"(?:^|\s)(?:with|w/|con|mit|avec|com)\s+(?P<rest>.+)$", regex.IGNORECASE)
_PARENTHESES = regex.compile(r"[(（][^)）]{0,120}[)）]")
_POSSESSIVE = regex.compile(r"^\S+['’]s\s+")
_AFFILIATION = regex.compile(r"(?<=\S)\s(?:of|at|from|de|von|du)\s+\p{Lu}")
#: A name's word: "Ann", "LeCun", "Fan-yun", an initial "I."; a Latin word
#: glued to a particle of another script ("LeCun이") keeps only its letters.
_NAME_WORD = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’]*(?:[\-\p{Lu}][\p{L}\p{M}'’]*)*\.?|\p{Lu}\.")
_ACRONYM = regex.compile(r"\p{Lu}{2,}")
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "du", "del", "la", "le", "bin", "al"})
_LATIN_PREFIX = regex.compile(r"^[\p{Latin}\p{M}'’.\-]+")
_MAX_NAME_WORDS = 4


def guest_names(title: str) -> frozenset[str]:
    """Pairs of words of the guests' full names a title names, for matching.

    The guest segment follows the last dash ("Title — Ann Lee, Org & Bo
    Chen"); each guest is the text before a comma in an "&"-separated part,
    so the organisation after the comma is not taken for a person.

    >>> sorted(guest_names("Async Agents — Cognition's Walden Yan & Cole Murray, OpenInspect"))
    ["cognition's walden", 'cole murray', 'walden yan']
    """
    m = _GUEST_SEGMENT.search(unicodedata.normalize("NFKC", title))
    if not m:
        return frozenset()
    pairs: set[str] = set()
    for part in _GUEST_SPLIT.split(m.group("guests")):
        person = part.split(",")[0]
        for run in _CAPITALISED_RUN.findall(person):
            words = run.casefold().split()
            pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return frozenset(pairs)


@functools.cache
def _words(field: languages.WordField) -> frozenset[str]:
    return frozenset(languages.words_of(field))


@functools.cache
def _word_pattern(field: languages.WordField) -> regex.Pattern[str]:
    # Whole words only: "host" is in "host of", not in "hosting".
    # Scripts without spaces between words have no such edge ("联合主持人").
    words = languages.alternation(languages.words_of(field))
    return regex.compile(rf"(?i)(?<![\p{{Latin}}\-])(?:{words})(?![\p{{Latin}}\-])")


@functools.cache
def _cue_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Description cues with the name after them ("today's guest …") and before them ("… joins")."""
    cues = languages.words_of("guest_cues")
    after = [c.replace("…", "").strip() for c in cues if c.endswith("…")]
    before = [c.replace("…", "").strip() for c in cues if c.startswith("…")]
    # An initial has a dot; a word ending in one ends a sentence ("… in May. Bo …").
    word = r"\p{Lu}(?:\.|[\p{L}\p{M}'’\-]*+)"
    name = rf"{word}(?:\s{word}){{0,3}}"
    honorific = rf"(?:(?i:{languages.alternation(languages.words_of('honorifics'))})\s+)?"
    return (
        regex.compile(
            rf"(?i:(?<![\p{{L}}])(?:{languages.alternation(after)}))\s+{honorific}(?P<name>{name})"
            # "… with Ann Lee (Harbor Labs) and Bo Chen": a second name.
            rf"(?:\s*[(（][^)）]{{0,80}}[)）])?(?:\s+(?:and|y|&)\s+{honorific}(?P<second>{name}))?"
        ),
        regex.compile(rf"(?P<name>{name})\s+(?i:(?:{languages.alternation(before)}))(?![\p{{L}}])"),
    )


def clean_name(text: str) -> str | None:
    """A person's name as a page gives it, without honorific, affiliation or glued particle.

    >>> clean_name("Prof. Michael I. Jordan"), clean_name("Cognition's Walden Yan")
    ('Michael I. Jordan', 'Walden Yan')
    >>> clean_name("CEO Ann Lee of Harbor Labs"), clean_name("Ann Lee이"), clean_name("Harbor") is None
    ('Ann Lee', 'Ann Lee', True)
    """
    text = _PARENTHESES.sub("", unicodedata.normalize("NFKC", text)).strip(" ,;:.!?\"'“”‘’")
    text = _POSSESSIVE.sub("", text)
    affiliation = _AFFILIATION.search(text)
    if affiliation:
        text = text[: affiliation.start()]
    words = text.split()
    honorifics = _words("honorifics")
    while words and (words[0].casefold() in honorifics or _ACRONYM.fullmatch(words[0].rstrip("."))):
        words = words[1:]
    # "GitHub COO Ann Lee": a title before the name ends what comes before it.
    for i in range(len(words) - 2, 0, -1):
        if _ACRONYM.fullmatch(words[i]):
            words = words[i + 1 :]
            break
    if words:
        m = _LATIN_PREFIX.match(words[-1])
        words[-1] = m.group(0) if m else ""
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(w) or w in _NAME_PARTICLES for w in words):
        return None
    if words[0] in _NAME_PARTICLES or words[-1] in _NAME_PARTICLES:
        return None
    return " ".join(words)


def _names_in(segment: str, strict: bool = False) -> tuple[list[str], list[str]]:
    """Guests and hosts named in a title segment ("Ann Lee, Org & Guest Host Bo Chen").

    ``strict``: every part must be a name, or the segment names no one.
    """
    guests: list[str] = []
    hosts: list[str] = []
    host_words = _word_pattern("host_words")
    for part in _GUEST_SPLIT.split(_PARENTHESES.sub("", segment)):
        person = part.split(",")[0].strip()
        m = host_words.match(person)
        if m:
            host = clean_name(person[m.end() :])
            if host:
                hosts.append(host)
            continue
        name = clean_name(person)
        if name:
            guests.append(name)
        elif strict:
            return [], []
    return guests, hosts


def title_people(title: str, show: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The guests and hosts a title names: its guest segment, or who it is "with".

    >>> title_people("Knots at Sea — Ann Lee, Harbor Labs & Guest Host Bo Chen")
    (('Ann Lee',), ('Bo Chen',))
    >>> title_people("Tides Explained with Prof. Ina Berg")
    (('Ina Berg',), ())
    >>> title_people("Knots at Sea | Harbor Hour", show="Harbor Hour")
    ((), ())
    """
    title = unicodedata.normalize("NFKC", title)
    # The last segment names guests after the topic; a first segment
    # ("Ann Lee - Why …") only when it is nothing but names.
    for found, strict in ((_GUEST_SEGMENT.search(title), False), (_FIRST_SEGMENT.search(title), True)):
        if found is None or (show and title_key(found.group("guests")) == title_key(show)):
            continue
        segment = found.group("guests")
        with_ = _WITH.search(segment)
        guests, hosts = _names_in(with_.group("rest") if with_ else segment, strict and not with_)
        if guests or hosts:
            return tuple(guests), tuple(hosts)
    with_ = _WITH.search(title)
    if with_:
        guests, hosts = _names_in(with_.group("rest"))
        return tuple(guests), tuple(hosts)
    return (), ()


def description_guests(description: str, limit: int = 2000) -> tuple[str, ...]:
    """Names the description's cues call guests ("Ann Lee joins Bo", "Today's guest Ann").

    A single first name is kept as it is; :func:`people` finds its full form.

    >>> description_guests("Today's guest Ann first came on in May. Bo Chen joins us to talk tides.")
    ('Ann', 'Bo Chen')
    """
    text = description[:limit]
    after, before = _cue_patterns()
    found: list[tuple[int, str]] = []
    host_words = _word_pattern("host_words")
    for pattern in (after, before):
        for m in pattern.finditer(text):
            name = m.group("name").strip(" .,")
            if host_words.match(name) or host_words.search(text, max(0, m.start("name") - 1), m.start("name")):
                continue
            words = name.split()
            if pattern is after and host_words.fullmatch(words[0]):
                continue
            found.append((m.start(), name if len(words) == 1 else (clean_name(name) or "")))
            second = m.groupdict().get("second")
            if second:
                found.append((m.start("second"), clean_name(second) or ""))
    return tuple(dict.fromkeys(name for _, name in sorted(found) if name and not _ACRONYM.fullmatch(name)))


def entity_kind(label: str) -> str:
    """One English lower-case kind for a page's own label ("인물" → ``person``).

    >>> entity_kind("Persona"), entity_kind("소프트웨어/데이터베이스"), entity_kind("Shortcut")
    ('person', 'product', 'other')
    """
    word = label.split("/")[0].strip().casefold()
    if word in _words("person_kinds"):
        return "person"
    for kind in KINDS:
        if word in _kind_words(kind):
            return kind
    return "other"


@functools.cache
def _kind_words(kind: str) -> frozenset[str]:
    field: languages.WordField
    if kind == "organization":
        field = "organization_kinds"
    elif kind == "product":
        field = "product_kinds"
    elif kind == "concept":
        field = "concept_kinds"
    else:
        field = "place_kinds"
    return _words(field)


def role_in_note(note: str) -> str:
    """The role a note on a person gives them: ``host``, ``guest`` or ``person``.

    >>> role_in_note("Boat builder; episode guest"), role_in_note("Guest host for this episode")
    ('guest', 'host')
    >>> role_in_note("Harbor Hour 팟캐스트 진행자"), role_in_note("Hosting platform engineer")
    ('host', 'person')
    """
    if _word_pattern("host_words").search(note):
        return "host"
    if _word_pattern("guest_words").search(note):
        return "guest"
    return "person"


def _key(name: str) -> str:
    return title_key(clean_name(name) or name)


@attrs.frozen(kw_only=True)
class _Known:
    name: str
    role: str
    label: str = ""
    note: str = ""


def stronger(a: str, b: str) -> str:
    """The stronger of two roles (:data:`ROLES`)."""
    return a if ROLES.index(a) <= ROLES.index(b) else b


def people(
    title: str,
    description: str,
    entities: Sequence[Entity],
    transcript: Sequence[Turn] = (),
    show: str | None = None,
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """The block's people with their roles, and its other entities with their kinds.

    Listed people keep their page label and note; a name the title or the
    description gives as a guest becomes a guest (a listed person whose note
    says host stays the host); speakers of the transcript are people too.
    A first name alone ("Today's guest Ann") takes the one full name of the
    block that begins with it.

    >>> found, _ = people("Knots — Ann Lee, Harbor Labs", "", [Entity(name="Bo Chen", kind="Person", note="Host")])
    >>> [(p.name, p.kind, p.label) for p in found]
    [('Bo Chen', 'host', 'Person'), ('Ann Lee', 'guest', '')]
    """
    known: dict[str, _Known] = {}
    others: list[Entity] = []
    not_people: set[str] = set()
    for item in entities:
        kind = entity_kind(item.kind)
        if kind != "person":
            others.append(attrs.evolve(item, kind=kind, label=item.kind))
            not_people.add(title_key(item.name))
            continue
        name = clean_name(item.name) or item.name.strip()
        known.setdefault(
            title_key(name), _Known(name=name, role=role_in_note(item.note), label=item.kind, note=item.note)
        )
    guests, hosts = title_people(title, show)
    # A listed person whose name (or surname) the title holds is who the
    # title is about ("Notion's Ivan Zhao: …", "… Benioff: …").
    title_k = title_key(title)
    listed_in_title = [k.name for k in known.values() if k.role == "person" and _named_in(k.name, title_k)]
    opening = _opening_person(description, known)
    said = [*guests, *listed_in_title, *([opening] if opening else []), *description_guests(description)]
    # A first name alone expands to a full name the block gives: a listed
    # person, a name of the title, or of the opening of the description.
    runs = _CAPITALISED_RUN.findall(f"{title} {description[:600]}")
    spelled = {title_key(n): n for n in filter(None, map(clean_name, runs))}
    spelled.update({title_key(n): n for n in (*guests, *hosts, *said) if " " in n})
    spelled.update({key: entry.name for key, entry in known.items()})
    full_names = list(spelled)
    for name, role in [*((h, "host") for h in hosts), *((g, "guest") for g in said)]:
        key = _expand(title_key(name), full_names)
        if key is None or key in not_people:
            continue
        if key in known:
            entry = known[key]
            known[key] = attrs.evolve(entry, role=stronger(entry.role, role) if entry.role != "person" else role)
        else:
            known[key] = _Known(name=spelled.get(key) or clean_name(name) or name, role=role)
    for turn in transcript:
        name = turn.speaker.strip()
        key = _expand(title_key(name), list(known)) or title_key(name)
        if name and key not in known and key not in not_people:
            known[key] = _Known(name=name, role="person")
    found = tuple(Entity(name=k.name, kind=k.role, note=k.note, label=k.label) for k in known.values())
    return found, tuple(others)


def _named_in(name: str, title: str) -> bool:
    """Whether a title key holds a full name's key, or its surname (a particle may follow it: "LeCun이")."""
    words = title_key(name).split()
    if len(words) < 2:
        return False
    for part in (" ".join(words), words[-1] if len(words[-1]) > 3 else None):
        if part and regex.search(rf"(?<![\p{{L}}]){regex.escape(part)}(?![\p{{Latin}}])", title):
            return True
    return False


def _opening_person(description: str, known: dict[str, _Known]) -> str | None:
    """A listed person the description opens with ("Ann Lee, head of …, explains")."""
    head = title_key(description[:120])
    for key, entry in known.items():
        if entry.role == "person" and " " in key and head.startswith(key):
            return entry.name
    return None


def _expand(key: str, full: Iterable[str]) -> str | None:
    """A name's key, or the one full name that begins with a lone first name."""
    if " " in key:
        return key
    matches = {f for f in full if f.startswith(key + " ")}
    return matches.pop() if len(matches) == 1 else None
