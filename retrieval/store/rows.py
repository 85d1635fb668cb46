"""What the store hands out: frozen rows, typed, never bare tuples or metadata dicts."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Family = Literal["sentences", "passages"]
Key = tuple[str, int]  # (doc_id, index) of a sentence or a passage: what callers name records by, never ids


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class StoredSentence(_Row):
    """A sentence as indexed: its offsets into the article's text and the passage it belongs to."""

    doc_id: str
    index: int
    start: int
    end: int
    passage: int


class StoredPassage(_Row):
    """A passage as indexed: its offsets and its sentences ``first`` … ``last``."""

    doc_id: str
    index: int
    start: int
    end: int
    first: int
    last: int


class SentenceHit(StoredSentence):
    """One of the nearest sentences to a query vector, with its cosine similarity."""

    id: str
    similarity: float


class PassageHit(StoredPassage):
    """One of the nearest passages to a query vector, with its cosine similarity."""

    id: str
    similarity: float


class LexicalHit(_Row):
    """A sentence found by BM25; higher ``score`` is better."""

    doc_id: str
    index: int
    score: float


class StoreStats(_Row):
    """How much the open generation holds, and with which model."""

    articles: int
    passages: int
    sentences: int
    model: str
    generation: str
