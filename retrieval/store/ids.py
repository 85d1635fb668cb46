"""Record ids: the article's content hash and the unit's index, so an unchanged article keeps its ids and
an edited one gets new ones. Only the store makes them; everybody else names a record ``(doc_id, index)``."""

from __future__ import annotations


def sentence_id(digest: str, index: int) -> str:
    return f"{digest}-s{index}"


def passage_id(digest: str, index: int) -> str:
    return f"{digest}-p{index}"


def parse(record_id: str) -> tuple[str, int]:
    """The content hash and unit index of a sentence or passage id."""
    digest, _, unit = record_id.rpartition("-")
    return digest, int(unit[1:])
