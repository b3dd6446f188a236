"""Records, reports and signatures as plain JSON values, and back, checked.

What the catalog stores is data only: JSON text and packed integers, never
pickles, so reading a catalog someone else wrote cannot run their code.
Reading is strict: a value of the wrong shape or type raises
:class:`Malformed` (which the store turns into a
:class:`~podclean.errors.CatalogError`), rather than an error of some later
stage on a half-built value.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from podclean.model import Block, CaptureReport, Chapter, Entity, Record, RelativeDate, Turn
from podclean.resolve import Rank
from podclean.resolve.signatures import Signature

_T = TypeVar("_T")


class Malformed(ValueError):
    """A stored value does not have the shape podclean writes."""


def dumps(value: object) -> str:
    """Compact, deterministic JSON; ASCII, so a lone surrogate (a file name's) survives."""
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def loads(text: object) -> Any:
    """JSON text back to a value (:class:`Malformed` for anything else)."""
    if not isinstance(text, str):
        raise Malformed(f"expected JSON text, found {type(text).__name__}")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise Malformed(f"not JSON ({error})") from error


def _field(data: object, key: str) -> object:
    if not isinstance(data, dict) or key not in data:
        raise Malformed(f"missing field {key!r}")
    return data[key]


def _str(data: object, key: str) -> str:
    value = _field(data, key)
    if not isinstance(value, str):
        raise Malformed(f"field {key!r} is not text")
    return value


def _int(data: object, key: str) -> int:
    value = _field(data, key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Malformed(f"field {key!r} is not an integer")
    return value


def _bool(data: object, key: str) -> bool:
    value = _field(data, key)
    if not isinstance(value, bool):
        raise Malformed(f"field {key!r} is not true or false")
    return value


def _optional(read: Callable[[object, str], _T], data: object, key: str) -> _T | None:
    return None if _field(data, key) is None else read(data, key)


def _optional_str(data: object, key: str) -> str | None:
    return _optional(_str, data, key)


def _optional_int(data: object, key: str) -> int | None:
    return _optional(_int, data, key)


def _items(data: object, key: str) -> list[object]:
    value = _field(data, key)
    if not isinstance(value, list):
        raise Malformed(f"field {key!r} is not a list")
    return value


def _texts(data: object, key: str) -> tuple[str, ...]:
    items = _items(data, key)
    if not all(isinstance(item, str) for item in items):
        raise Malformed(f"field {key!r} holds something other than text")
    return tuple(str(item) for item in items)


def _numbered_lines(data: object, key: str) -> tuple[tuple[int, str], ...]:
    lines = []
    for item in _items(data, key):
        if not (isinstance(item, list) and len(item) == 2 and type(item[0]) is int and isinstance(item[1], str)):
            raise Malformed(f"field {key!r} holds something other than [line, text] pairs")
        lines.append((item[0], item[1]))
    return tuple(lines)


def _present(data: object, key: str) -> bool:
    """Whether a field that older catalogs lack is there."""
    return isinstance(data, dict) and key in data


#: How a field that JSON holds as it is, bar tuples for lists, is read back.
_Fields = Mapping[str, Callable[[object, str], Any]]


def _plain_json(value: object, fields: _Fields) -> dict[str, object]:
    """The attributes ``fields`` names, tuples (of tuples) as lists."""

    def plain(v: object) -> object:
        return [plain(item) for item in v] if isinstance(v, tuple) else v

    return {key: plain(getattr(value, key)) for key in fields}


def _plain_fields(data: object, fields: _Fields) -> dict[str, Any]:
    """Each field ``fields`` names, read and checked by its reader."""
    return {key: read(data, key) for key, read in fields.items()}


_BLOCK: _Fields = {
    "capture": _str,
    "site": _str,
    "start_line": _int,
    "end_line": _int,
    "title": _str,
    "show": _optional_str,
    "head": _numbered_lines,
    "body": _numbered_lines,
    "glued": _bool,
}


def _entity_to_json(entity: Entity) -> dict[str, object]:
    return {"name": entity.name, "kind": entity.kind, "note": entity.note, "label": entity.label}


def _entity(data: object) -> Entity:
    label = _str(data, "label") if _present(data, "label") else ""
    return Entity(name=_str(data, "name"), kind=_str(data, "kind"), note=_str(data, "note"), label=label)


_RECORD: _Fields = {
    "title": _str,
    "show": _optional_str,
    "published": _optional_str,
    "duration_s": _optional_int,
    "description": _str,
    "truncated": _bool,
    "tags": _texts,
    "links": _texts,
    "title_lang": _str,
    "description_lang": _str,
}


def record_to_json(record: Record) -> dict[str, object]:
    """A record as a JSON value (:func:`record_from_json` reads it back equal)."""
    relative = record.published_relative
    return {
        **_plain_json(record, _RECORD),
        "block": _plain_json(record.block, _BLOCK),
        "published_relative": None
        if relative is None
        else {"amount": relative.amount, "unit": relative.unit, "text": relative.text},
        "chapters": [{"start_s": c.start_s, "title": c.title, "summary": c.summary} for c in record.chapters],
        "transcript": [{"speaker": t.speaker, "start_s": t.start_s, "text": t.text} for t in record.transcript],
        "entities": [_entity_to_json(e) for e in record.entities],
        "people": [_entity_to_json(e) for e in record.people],
        "page_show": record.page_show,
    }


def _relative(data: object) -> RelativeDate | None:
    value = _field(data, "published_relative")
    if value is None:
        return None
    return RelativeDate(amount=_int(value, "amount"), unit=_str(value, "unit"), text=_str(value, "text"))


def record_from_json(data: object) -> Record:
    """The record :func:`record_to_json` wrote (:class:`Malformed` if it is not one)."""
    return Record(
        **_plain_fields(data, _RECORD),
        block=Block(**_plain_fields(_field(data, "block"), _BLOCK)),
        published_relative=_relative(data),
        chapters=tuple(
            Chapter(start_s=_int(c, "start_s"), title=_str(c, "title"), summary=_str(c, "summary"))
            for c in _items(data, "chapters")
        ),
        transcript=tuple(
            Turn(speaker=_str(t, "speaker"), start_s=_int(t, "start_s"), text=_str(t, "text"))
            for t in _items(data, "transcript")
        ),
        entities=tuple(_entity(e) for e in _items(data, "entities")),
        # Records stored before people were read have none.
        people=tuple(_entity(e) for e in _items(data, "people")) if _present(data, "people") else (),
        # Records stored before pages' shows were read have none.
        page_show=_optional_str(data, "page_show") if _present(data, "page_show") else None,
    )


_REPORT: _Fields = {
    "capture": _str,
    "site": _str,
    "encoding": _str,
    "total_lines": _int,
    "episode_lines": _int,
    "chrome_lines": _int,
    "residue_lines": _int,
    "blocks": _int,
    "notes": _texts,
    "error": _optional_str,
}


def report_to_json(report: CaptureReport) -> dict[str, Any]:
    """The JSON form of one capture's accounting (what ``--report`` lists and the catalog stores)."""
    return {
        **_plain_json(report, _REPORT),
        "chrome_rules": dict(report.chrome_rules),
        "residue": [{"line": n, "text": t} for n, t in report.residue],
        "chrome": [{"line": n, "rule": rule, "text": t} for n, rule, t in report.chrome],
    }


def report_from_json(data: object) -> CaptureReport:
    """The report :func:`report_to_json` wrote (:class:`Malformed` if it is not one)."""
    rules = _field(data, "chrome_rules")
    if not isinstance(rules, dict) or not all(type(n) is int for n in rules.values()):
        raise Malformed("field 'chrome_rules' is not a table of line counts")
    return CaptureReport(
        **_plain_fields(data, _REPORT),
        chrome_rules={str(rule): int(count) for rule, count in rules.items()},
        residue=tuple((_int(line, "line"), _str(line, "text")) for line in _items(data, "residue")),
        # Catalogs written before reports listed their chrome lines have none.
        chrome=tuple(
            (_int(line, "line"), _str(line, "rule"), _str(line, "text"))
            for line in (_items(data, "chrome") if _present(data, "chrome") else [])
        ),
    )


_SIGNATURE: _Fields = {
    "title_hash": _int,
    "capture": _str,
    "title": _texts,
    "guests": _texts,
    "names": _texts,
    "chapters": _texts,
    "duration_s": _optional_int,
    "published": _optional_str,
    "show": _str,
    "season": _optional_int,
    "episode": _optional_int,
    "title_script": _str,
}


def resolution_to_json(sig: Signature, rank: Rank, sentences: tuple[int, tuple[int, ...]]) -> dict[str, object]:
    """A record's resolution state: its signature but the packed parts, its rank, its sentence hashes."""
    return {
        **_plain_json(sig, _SIGNATURE),
        "rank": list(rank),
        "episode_hash": sentences[0],
        "sentence_hashes": list(sentences[1]),
    }


def resolution_from_json(
    data: object, sketch: bytes | None, keys: bytes
) -> tuple[Signature, Rank, tuple[int, tuple[int, ...]]]:
    """What :func:`resolution_to_json` wrote, with the packed sketch and keys put back."""
    rank = _items(data, "rank")
    if not (len(rank) == 3 and isinstance(rank[0], str) and type(rank[1]) is int and type(rank[2]) is int):
        raise Malformed("field 'rank' is not [capture, line, title hash]")
    items = _items(data, "sentence_hashes")
    hashes = tuple(h for h in items if isinstance(h, int) and not isinstance(h, bool))
    if len(hashes) != len(items):
        raise Malformed("field 'sentence_hashes' holds something other than integers")
    signature = Signature(index=0, **_plain_fields(data, _SIGNATURE), sketch=sketch, keys=keys)
    return signature, (rank[0], rank[1], rank[2]), (_int(data, "episode_hash"), hashes)
