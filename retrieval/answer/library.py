"""The ``Library`` the answer stage reads through, over the index and its searcher."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from retrieval.analysis import SentenceInfo, sentence_info
from retrieval.embedding import Vectors
from retrieval.index import Index
from retrieval.models import Article, Language
from retrieval.search import ScoredSentence, Searcher

SEARCH_PASSAGES = 10
CACHED_ARTICLES = 512


class IndexLibrary:
    """Search, articles, analyses, the embedder and word statistics of one open index."""

    def __init__(self, index: Index, searcher: Searcher) -> None:
        self._index = index
        self._searcher = searcher
        self._infos: OrderedDict[str, dict[int, SentenceInfo]] = OrderedDict()

    def search(self, text: str, language: Language) -> tuple[list[ScoredSentence], Vectors | None]:
        result = self._searcher.search(text, k=SEARCH_PASSAGES, language=language)
        return result.sentences, result.vector

    def spelled_alike(self, prefixes: list[str], vector: Vectors) -> Sequence[ScoredSentence]:
        return self._searcher.spelled_alike(prefixes, vector)

    def article_sentences(self, doc_id: str, vector: Vectors) -> Sequence[ScoredSentence]:
        return self._searcher.article_sentences(doc_id, vector)

    def article(self, doc_id: str) -> Article | None:
        return self._index.article(doc_id)

    def sentence_info(self, doc_id: str) -> dict[int, SentenceInfo]:
        infos = self._infos.get(doc_id)
        if infos is None:
            analysis = self._index.store.analysis(doc_id)
            infos = {int(i): sentence_info(analysis, int(i)) for i in (analysis.get("sentences") or {})}
            self._infos[doc_id] = infos
            if len(self._infos) > CACHED_ARTICLES:
                self._infos.popitem(last=False)
        return infos

    def spans(self, doc_id: str) -> list[tuple[int, int]]:
        return [(start, end) for _, start, end, _ in self._index.store.sentences(doc_id)]

    def embed_queries(self, texts: list[str]) -> Vectors:
        return self._index.embedder.queries(texts)

    def embed_passages(self, texts: list[str]) -> Vectors:
        return self._index.embedder.passages(texts)

    def document_frequency(self, words: Sequence[str]) -> dict[str, int]:
        return self._index.store.document_frequency(words)

    def count(self) -> int:
        return self._index.count()
