"""Chapter titles: the features of every chapter's title, shared by both records."""

from __future__ import annotations

from podclean.model import Record
from podclean.resolve.signals.base import FULL_EVIDENCE, Features, SharedFeatures
from podclean.resolve.signals.title import title_features


def extract(record: Record) -> Features:
    """The title features of all the record's chapters, as one set."""
    found: set[str] = set()
    for chapter in record.chapters:
        found |= title_features(chapter.title)
    return tuple(sorted(found))


#: +2·h·c for chapter titles shared (overlap h), weighed as title words are.
SIGNAL = SharedFeatures("chapters", "title", "chapter titles", 2.0, 2 * FULL_EVIDENCE)
