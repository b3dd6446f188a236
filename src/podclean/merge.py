"""Records → canonical episodes.

Given groups of records that show the same episode, build one
:class:`~podclean.model.Episode` per group: texts per language (the most
complete wins), the original language, reconciled date and duration (with the
alternatives kept in ``conflicts``), and the union of chapters, people, tags
and links. The id is derived from the group's content, never from input order.

Which records form a group is decided elsewhere (:mod:`podclean.resolve`).
The show is the fullest name the episode's own lines give, else the fullest
its pages give elsewhere (a header, a host's note), then the run's fullest
form of that name (:mod:`podclean.fields.show`).
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from podclean.fields.people import stronger
from podclean.fields.show_names import canonical_show, fullest
from podclean.lang import detect_language, title_language
from podclean.model import Chapter, Entity, Episode, LanguageGuess, Localized, Record, Source
from podclean.text import show_key, title_key

UNKNOWN = "und"


def record_key(record: Record) -> str:
    """The exact-match key of a record: normalised title and show."""
    return f"{title_key(record.title)}|{show_key(record.show)}"


def _order(record: Record) -> tuple[str, int, str]:
    return (record.block.capture, record.block.start_line, record.title)


def episode_id(records: Sequence[Record]) -> str:
    """A stable id: a hash of the smallest record key in the group."""
    key = min(record_key(r) for r in records)
    return "ep-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


Value = str | int


def _precision(value: Value) -> int:
    """How precise a value is: durations to the second beat rounded minutes."""
    if isinstance(value, int):
        return 2 if value % 60 else (1 if value % 3600 else 0)
    return 0


def _agrees(rounded: Value, exact: Value) -> bool:
    """Whether a duration in whole minutes is ``exact`` rounded or cut to the minute.

    Pages round ("1h 10min" for 1:10:12) or cut (1:59 for 1:59:28); either
    way the exact value lies from half a minute before to a minute after.
    """
    if not isinstance(rounded, int) or not isinstance(exact, int):
        return False
    return _precision(rounded) < 2 <= _precision(exact) and rounded - 30 <= exact < rounded + 60


def _vote(values: Sequence[Value], what: str, conflicts: dict[str, tuple[Value, ...]]) -> Value | None:
    """The most common value (the most precise on a tie); others go to conflicts.

    A rounded duration counts for the exact one it agrees with, so the exact
    one wins and the two are no conflict.
    """
    if not values:
        return None
    if values.count(values[0]) == len(values):  # agreement, the usual case
        return values[0]
    counts = Counter(values)
    exact = sorted((v for v in counts if _precision(v) == 2), key=lambda v: (-counts[v], str(v)))
    meant = {v: next((e for e in exact if _agrees(v, e)), v) for v in counts}
    support = Counter[Value]()
    for value, count in counts.items():
        support[meant[value]] += count
    ranked = sorted(support.items(), key=lambda kv: (-kv[1], -_precision(kv[0]), str(kv[0])))
    if len(ranked) > 1:
        conflicts[what] = tuple(v for v, _ in ranked)
    return ranked[0][0]


def _original_language(records: Sequence[Record], directory_sites: frozenset[str]) -> str:
    pool = [r for r in records if r.block.site in directory_sites] or list(records)
    languages = [r.title_lang for r in pool if r.title_lang != UNKNOWN]
    if not languages:
        languages = [r.lang for r in pool if r.lang != UNKNOWN]
    if not languages:
        return UNKNOWN
    if languages.count(languages[0]) == len(languages):
        return languages[0]
    return sorted(Counter(languages).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _best_description(candidates: Sequence[Record]) -> Record | None:
    described = [r for r in candidates if r.description]
    if not described:
        return None
    return max(described, key=lambda r: (not r.truncated, len(r.description), _order_key(r)))


def _order_key(record: Record) -> tuple[str, int]:
    # Larger is preferred in max(); invert so that earlier sources win ties.
    return (_invert(record.block.capture), -record.block.start_line)


@functools.lru_cache(maxsize=1 << 12)  # capture names: few, met again and again
def _invert(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def _localized(records: Sequence[Record], directory_sites: frozenset[str]) -> dict[str, Localized]:
    languages = sorted({r.title_lang for r in records} | {r.description_lang for r in records if r.description})
    result: dict[str, Localized] = {}
    for language in languages:
        titled = [r for r in records if r.title_lang == language]
        titled.sort(key=lambda r: (r.block.site not in directory_sites, _order(r)))
        title = titled[0].title if titled else None
        best = _best_description([r for r in records if r.description_lang == language])
        if title or best:
            result[language] = Localized(
                title=title,
                description=best.description if best else None,
                truncated=best.truncated if best else False,
            )
    return result


def _union_entities(
    records: Sequence[Record],
) -> tuple[tuple[tuple[Entity, Record], ...], tuple[tuple[Entity, Record], ...]]:
    """The people and the other entities of the records, each with the record that listed it first."""
    people: dict[str, tuple[Entity, Record]] = {}
    for record in records:
        for person in record.people:
            key = title_key(person.name)
            found = people.get(key)
            if found is None:
                people[key] = (person, record)
                continue
            # One page's listing may say more (a note, a label), another
            # page the role: keep the first listing, with the strongest role.
            known, source = found
            role = stronger(known.kind, person.kind)
            note = known.note or person.note
            label = known.label or person.label
            # The note's language is that of the page that wrote it.
            source = source if known.note or not person.note else record
            people[key] = (attrs.evolve(known, kind=role, note=note, label=label), source)
    others: dict[str, tuple[Entity, Record]] = {}
    for record in records:
        for item in record.entities:
            others.setdefault(title_key(item.name), (item, record))
    return tuple(people.values()), tuple(e for k, e in others.items() if k not in people)


def _text_language(text: str, record: Record, seed: int) -> str:
    """The language of a chapter's or an entity's text, or its page's where the text cannot tell.

    A short text in the script of its page's description takes the
    description's language, as a title does (:func:`~podclean.lang.title_language`).
    """
    text = text.strip()
    if not text:
        return record.lang
    if len(text) >= _OWN_EVIDENCE_CHARS:
        code = detect_language(text, seed=seed, secondary=False).code
    else:
        page = LanguageGuess(code=record.description_lang, confidence=1.0) if record.description else _NO_GUESS
        code = title_language(text, record.description, page, seed=seed).code
    return record.lang if code == UNKNOWN else code


_NO_GUESS = LanguageGuess(code=UNKNOWN, confidence=0.0)
#: From this length a text is a sentence or more and decides on its own
#: evidence; shorter ones (a bare chapter title, a short note) borrow their
#: page's language when their own evidence is weak.
_OWN_EVIDENCE_CHARS = 40


def _with_language(entities: Sequence[tuple[Entity, Record]], seed: int) -> tuple[Entity, ...]:
    return tuple(attrs.evolve(e, lang=_text_language(e.note, record, seed)) for e, record in entities)


def _chapters(
    records: Sequence[Record], original: str, directory_sites: frozenset[str], seed: int = 0
) -> tuple[Chapter, ...]:
    with_chapters = [r for r in records if r.chapters]
    if not with_chapters:
        return ()
    # Sites cut chapters differently; interleaving two cuts helps nobody, so
    # take the publisher's list (a directory's, in the original language),
    # else the fullest.
    best = max(
        with_chapters,
        key=lambda r: (r.block.site in directory_sites, r.title_lang == original, len(r.chapters), _order_key(r)),
    )
    # Only chapters at the same time can repeat one another: the others
    # need no title key (normalising every title was most of merging).
    shared_starts = Counter(c.start_s for c in best.chapters)
    # Another page that lists the same times with bare titles says where
    # each glued heading ends.
    bare = [c for r in with_chapters if r is not best for c in r.chapters if not c.summary]
    chapters = [_corroborated(c, bare) for c in best.chapters] if bare else list(best.chapters)
    seen: dict[tuple[int, str], Chapter] = {}
    for chapter in chapters:
        key = title_key(chapter.title) if shared_starts[chapter.start_s] > 1 else ""
        seen.setdefault((chapter.start_s, key), chapter)
    return tuple(
        attrs.evolve(c, lang=_text_language(f"{c.title} {c.summary}", best, seed))
        for c in sorted(seen.values(), key=lambda c: (c.start_s, c.title))
    )


def _corroborated(chapter: Chapter, bare: Sequence[Chapter]) -> Chapter:
    """``chapter`` with its heading cut where a bare title of the same start ends, if one does."""
    words = f"{chapter.title} {chapter.summary}".split()
    for other in bare:
        size = len(other.title.split())
        if other.start_s != chapter.start_s or size == len(chapter.title.split()) or size >= len(words):
            continue
        if title_key(" ".join(words[:size])) == title_key(other.title):
            return Chapter(start_s=chapter.start_s, title=" ".join(words[:size]), summary=" ".join(words[size:]))
    return chapter


def _show(records: Sequence[Record], shows: Mapping[str, str], conflicts: dict[str, tuple[Value, ...]]) -> str | None:
    own = [r.show for r in records if r.show]
    show, others = fullest(own or [r.page_show for r in records if r.page_show])
    if others:
        conflicts["show"] = others
    return canonical_show(show, shows)


def build_episode(
    records: Sequence[Record], directory_sites: frozenset[str], shows: Mapping[str, str] | None = None, seed: int = 0
) -> Episode:
    """Merge the records of one episode into its canonical form.

    ``shows`` maps each show name of the run to its fullest form
    (:func:`~podclean.fields.show.canonical_names`); ``seed`` is the
    language identification's (:attr:`~podclean.Config.seed`).
    """
    records = sorted(records, key=_order)
    conflicts: dict[str, tuple[Value, ...]] = {}
    original = _original_language(records, directory_sites)
    localized = _localized(records, directory_sites)
    if original in localized and localized[original].title:
        title = localized[original].title or records[0].title
    else:
        title = records[0].title
    published = _vote([r.published for r in records if r.published], "published", conflicts)
    relatives = [r.published_relative for r in records if r.published_relative]
    duration = _vote([r.duration_s for r in records if r.duration_s], "duration_s", conflicts)
    show = _show(records, shows or {}, conflicts)
    transcripts = [r for r in records if r.transcript]
    transcript = max(transcripts, key=lambda r: (len(r.transcript), _order_key(r))).transcript if transcripts else ()
    people, entities = _union_entities(records)
    return Episode(
        id=episode_id(records),
        title=title,
        language=original,
        show=show,
        published=str(published) if published else None,
        duration_s=int(duration) if duration else None,
        localized=localized,
        chapters=_chapters(records, original, directory_sites, seed),
        transcript=transcript,
        tags=tuple(dict.fromkeys(t for r in records for t in r.tags)),
        people=_with_language(people, seed),
        entities=_with_language(entities, seed),
        links=tuple(dict.fromkeys(link for r in records for link in r.links)),
        sources=tuple(
            Source(
                capture=r.block.capture,
                site=r.block.site,
                start_line=r.block.start_line,
                end_line=r.block.end_line,
                lang=r.lang,
                title=r.title,
                title_lang=r.title_lang,
            )
            for r in records
        ),
        published_relative=relatives[0] if relatives and not published else None,
        conflicts={field: tuple(str(v) for v in values) for field, values in conflicts.items()},
        conflict_values=conflicts,
    )


def show_names(record: Record) -> tuple[str, ...]:
    """The show names a record gives (its own and its page's)."""
    return tuple(name for name in (record.show, record.page_show) if name)


def with_canonical_show(episode: Episode, shows: Mapping[str, str]) -> Episode:
    """``episode`` with its show in the run's fullest form (what ``build_episode`` gives with ``shows``)."""
    show = canonical_show(episode.show, shows)
    return episode if show == episode.show else attrs.evolve(episode, show=show)
