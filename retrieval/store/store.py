"""The store: Chroma for vectors (sentences, passages, articles), SQLite for texts, BM25, every sentence's
offsets and a copy of its vector (what search reads for its candidates, faster than Chroma's metadata and
``get`` by id), behind one typed API. It is the only code that touches Chroma or SQLite.

Record ids come from the article's content hash (:mod:`retrieval.store.ids`), so writing an unchanged
article is a no-op and an edited one replaces all of its old records. The index lives in generations
(:mod:`retrieval.store.generations`): a reader follows the pointer to the current one (:meth:`Store.refresh`);
writes go into it under the writer lock (:meth:`Store.writing`, :mod:`retrieval.store.lock`), and
:meth:`Store.build` fills a new one and switches only when it is complete.

The SQLite side heals: when it is missing, damaged (:mod:`retrieval.store.lexical`) or out of step, it is
rebuilt from Chroma's stored documents, and the rebuilt articles are analysed by the ``analyser`` the store
was given (without one they are served unanalysed, with a warning). Stale analyses of articles that were
not rebuilt are served as they are, with a warning; ``belegbot index`` (the indexer) re-analyses them.
Chroma is the source of truth: a generation whose collections are gone while its lexical side or the
pointer says it held articles is :class:`~retrieval.store.chroma.IndexDataLost`, never an empty index.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.base_types import InclusionExclusionOperator, LiteralValue, Where
from chromadb.errors import InternalError

from retrieval.embedding import Embedder, Vectors
from retrieval.models import Article, ArticleAnalysis, Passage, Sentence, SourceEntry
from retrieval.store import chroma
from retrieval.store.generations import (
    LEGACY,
    ChromaPointer,
    Current,
    FilePointer,
    Pointer,
    drop_generations,
    lexical_files,
    lexical_path,
    new_generation,
)
from retrieval.store.ids import parse, passage_id, sentence_id
from retrieval.store.lexical import LexicalStore
from retrieval.store.lock import IndexLock
from retrieval.store.rows import (
    Family,
    Key,
    LexicalHit,
    PassageHit,
    SentenceHit,
    StoredPassage,
    StoredSentence,
    StoreStats,
)

log = logging.getLogger(__name__)

CHECK_EVERY = 1.0  # seconds between two looks at the generation pointer
DROP_AFTER = 3 * CHECK_EVERY  # seconds the old generation outlives a switch, for searches still on it
RETIRE_AFTER = 60.0  # seconds a replaced generation stays open for searches still running on it
ANALYSIS_STATE = "analysis_version"  # the state key older readers compare with their analysis version
VECTORS_STATE = "vectors"  # how the passage and article vectors were made (the indexer's VECTORS)

Analyser = Callable[[Article, list[Sentence]], ArticleAnalysis]
Metadata = dict[str, Any]


@dataclass(frozen=True)
class ArticleRecords:
    """What :meth:`Store.write` stores of one article: its sentences and passages, their vectors (the sentences',
    the passages' and the article's, one row) and its analysis."""

    article: Article
    sentences: list[Sentence]
    passages: list[Passage]
    vectors: tuple[Vectors, Vectors, Vectors]
    analysis: ArticleAnalysis


@dataclass
class _View:
    """One generation, open: its collections and its lexical store."""

    generation: str
    collections: dict[str, Collection]
    lexical: LexicalStore
    analyser: Analyser | None = None
    retired: float = field(default=0.0)

    def chroma_hashes(self) -> dict[str, str]:
        got = self.collections["articles"].get(include=["metadatas"])
        return {i: str((m or {}).get("hash", "")) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    def reconcile(self) -> None:
        """Make the SQLite side match Chroma (it is derived; Chroma may have been filled elsewhere, or the
        SQLite file was lost or damaged). Articles taken from Chroma are analysed by ``analyser`` if there
        is one; otherwise they stay unanalysed until the indexer adds it."""
        remote = self.chroma_hashes()
        local = self.lexical.hashes()
        if remote == local:
            return
        log.info("lexical index out of step with Chroma (%d vs %d articles): rebuilding it", len(local), len(remote))
        for doc_id in set(local) - set(remote):
            self.lexical.delete(doc_id)
        stale = [doc_id for doc_id, digest in remote.items() if local.get(doc_id) != digest]
        for start in range(0, len(stale), 100):
            got = self.collections["articles"].get(ids=stale[start : start + 100], include=["documents", "metadatas"])
            for doc_id, text, meta in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True):
                article = chroma.article_from_record(doc_id, text, meta)
                rows, vectors = self.chroma_sentences(doc_id)
                units = stored_units(article, rows)
                analysis = self.analyser(article, units) if self.analyser else ArticleAnalysis()
                self.lexical.put(article, units, [r.passage for r in rows], analysis, vectors)

    def chroma_sentences(self, doc_id: str) -> tuple[list[StoredSentence], Vectors]:
        """The sentences Chroma holds for one article, in order, and their vectors."""
        got = self.collections["sentences"].get(where={"doc_id": doc_id}, include=["metadatas", "embeddings"])
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        rows = sorted(
            (
                (chroma.stored_sentence(m), np.asarray(e, dtype=np.float32))
                for m, e in zip(got["metadatas"] or [], embeddings, strict=True)
                if m
            ),
            key=lambda row: row[0].index,
        )
        return [row for row, _ in rows], np.asarray([vector for _, vector in rows], dtype=np.float32)


class Store:
    """Open (or create) the store for ``embedder`` under ``index_dir`` or on a Chroma server.

    Without ``generation`` it follows the pointer (readers and incremental writers); with one it is
    pinned to that generation (see :meth:`build`). ``command`` is what the writer lock records.
    ``analysis_version``, when given, is the analysis readers expect: stale ones are logged once.
    ``analyser`` analyses the articles the SQLite side gets back from Chroma when it is rebuilt.
    """

    def __init__(
        self,
        index_dir: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        *,
        generation: str | None = None,
        check_every: float = CHECK_EVERY,
        command: str | None = None,
        analysis_version: str | None = None,
        analyser: Analyser | None = None,
    ) -> None:
        if check_every < 0:
            raise ValueError(f"check_every must be >= 0, got {check_every}")
        self.embedder = embedder
        self.index_dir = Path(index_dir)
        self.chroma_url = chroma_url
        self.check_every = check_every
        self.command = command
        self.analysis_version = analysis_version
        self.analyser = analyser
        self.token = uuid.uuid4().hex[:12]  # names this object's writes in the pointer
        self._client = chroma.connect(self.index_dir, chroma_url)
        self._pointer = _pointer_for(self.index_dir, chroma_url, self._client)
        self._pinned = generation is not None
        self._current = Current(generation=generation) if generation is not None else self._pointer.read()
        self._view = self._open_view(self._current)
        self._retired: list[_View] = []
        self._switching = threading.Lock()
        self._checked = time.monotonic()
        self._changed = False

    @classmethod
    def drop(cls, index_dir: Path, chroma_url: str | None = None) -> None:
        """Delete belegbot's collections and lexical files of every generation (holds the writer lock)."""
        client = chroma.connect(Path(index_dir), chroma_url)
        with IndexLock(Path(index_dir)):
            drop_generations(client, Path(index_dir), chroma.lexical_stem(chroma_url), keep="")
            _pointer_for(Path(index_dir), chroma_url, client).write(Current())

    @classmethod
    @contextmanager
    def build(
        cls, index_dir: Path, embedder: Embedder, chroma_url: str | None = None, command: str | None = None
    ) -> Iterator[Store]:
        """``with Store.build(...) as store:`` fill ``store``, a new generation; it becomes current when the
        block ends without an error, and the old one is dropped. Holds the writer lock throughout."""
        index_dir = Path(index_dir)
        client = chroma.connect(index_dir, chroma_url)
        pointer = _pointer_for(index_dir, chroma_url, client)
        stem = chroma.lexical_stem(chroma_url)
        with _writes_to(index_dir), IndexLock(index_dir, command):
            serving = pointer.read()
            drop_generations(client, index_dir, stem, keep=serving.generation)  # a killed rebuild's leftovers
            builder = cls(index_dir, embedder, chroma_url, generation=new_generation(), command=command)
            try:
                yield builder
            finally:
                builder.close()
            pointer.write(Current(generation=builder.generation, writer=builder.token))
            log.info("generation %s is current (was %s)", builder.generation, serving.generation)
            time.sleep(DROP_AFTER)  # readers look at the pointer every CHECK_EVERY s: let their searches end
            drop_generations(client, index_dir, stem, keep=builder.generation)

    def _open_view(self, current: Current, lexical: LexicalStore | None = None) -> _View:
        generation = current.generation
        chroma.check_model(self._client, generation, self.embedder.name)
        stem = chroma.lexical_stem(self.chroma_url)
        if not self._pinned and not chroma.has_generation(self._client, generation):
            self._check_not_lost(current, stem)
        lexical = lexical or LexicalStore(lexical_path(self.index_dir, stem, generation))
        view = _View(
            generation, chroma.open_collections(self._client, generation, self.embedder), lexical, self.analyser
        )
        lexical.on_heal = view.reconcile
        view.reconcile()
        if self.analysis_version is not None and (stale := view.lexical.stale_analyses(self.analysis_version)):
            log.warning(
                "%d of %d articles were analysed by another version of the analysis than %s (or not at all): "
                "answers use what is stored; run `belegbot index` to re-analyse them (no re-embedding)",
                len(stale),
                view.lexical.count(),
                self.analysis_version,
            )
        return view

    def _check_not_lost(self, current: Current, stem: str) -> None:
        """Raise :class:`~retrieval.store.chroma.IndexDataLost` if Chroma has no collections for ``generation``
        although the pointer or a lexical file says articles were indexed (Chroma's database was deleted or
        emptied): the index must be rebuilt, and the SQLite side must not be wiped to match an empty Chroma."""
        generation = current.generation
        recorded = current.revision > 0 or generation != LEGACY
        indexed = sum(
            _articles_in(path) for path, _ in lexical_files(self.index_dir, stem).items() if path.suffix == ".sqlite"
        )
        if recorded or indexed:
            where = self.chroma_url or self.index_dir / "chroma"
            raise chroma.IndexDataLost(
                f"the index data in {where} is lost (Chroma has no collections for generation {generation}, "
                f"although {indexed or 'some'} articles were indexed): rebuild it with `belegbot index --rebuild`"
            )

    # following the pointer -------------------------------------------------------------------------
    @property
    def generation(self) -> str:
        return self._view.generation

    @property
    def collections(self) -> dict[str, Collection]:
        """The open generation's Chroma collections, for diagnostics and tests; the typed API is below."""
        return self._view.collections

    @property
    def lexical(self) -> LexicalStore:
        return self._view.lexical

    def refresh(self, force: bool = False) -> bool:
        """Follow the pointer (at most every ``check_every`` seconds unless ``force``): open the generation
        that became current, or take in what another writer changed. True when something changed.

        Searches already running finish on the generation they started with; one that fails because
        its generation was dropped meanwhile can simply be asked again.
        """
        if self._pinned or (not force and time.monotonic() - self._checked < self.check_every):
            return False
        if not self._switching.acquire(blocking=force):
            return False  # another thread is switching right now; keep answering from the open view
        try:
            self._checked = time.monotonic()
            current = self._pointer.read()
            if current == self._current:
                return False
            self._follow(current)
            return True
        finally:
            self._switching.release()

    def _follow(self, current: Current) -> None:
        foreign = current.writer != self.token
        if foreign and not self.chroma_url:
            self._client = chroma.connect(self.index_dir, self.chroma_url, fresh=True)
        if current.generation != self.generation:
            log.info("switching from generation %s to %s", self.generation, current.generation)
            self._replace_view(self._open_view(current))
        elif foreign and not self.chroma_url:
            self._replace_view(self._open_view(current, lexical=self.lexical))
        else:
            self._view.reconcile()
        self._current = current

    def _replace_view(self, view: _View) -> None:
        old, self._view = self._view, view
        old.retired = time.monotonic()
        if old.lexical is not view.lexical:
            self._retired.append(old)
        self._close_retired(older_than=RETIRE_AFTER)

    def _close_retired(self, older_than: float) -> None:
        now = time.monotonic()
        for view in [v for v in self._retired if now - v.retired >= older_than]:
            view.lexical.close()
            self._retired.remove(view)

    def close(self) -> None:
        self._close_retired(older_than=0.0)
        self.lexical.close()

    # reading ---------------------------------------------------------------------------------------
    def count(self) -> int:
        """How many articles are indexed."""
        return self.lexical.count()

    def stats(self) -> StoreStats:
        return StoreStats(
            articles=self.lexical.count(),
            passages=self.collections["passages"].count(),
            sentences=self.collections["sentences"].count(),
            model=self.embedder.name,
            generation=self.generation,
        )

    def article(self, doc_id: str) -> Article | None:
        return self.lexical.article(doc_id)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return self.lexical.analysis(doc_id)

    def hashes(self) -> dict[str, str]:
        """doc_id -> content hash of every indexed article."""
        return self.lexical.hashes()

    def chroma_hashes(self) -> dict[str, str]:
        """The same, as Chroma has it (the source of truth the SQLite side is rebuilt from)."""
        return self._view.chroma_hashes()

    def listing(self) -> list[SourceEntry]:
        return self.lexical.listing()

    def sentences(self, doc_id: str) -> list[StoredSentence]:
        return self.lexical.sentences(doc_id)

    def sentences_at(self, doc_id: str, indices: Sequence[int]) -> list[StoredSentence]:
        return self.lexical.sentences_at(doc_id, indices)

    def sentences_of(self, keys: Sequence[Key]) -> list[StoredSentence]:
        """The sentences named by ``(doc_id, index)`` (of articles still indexed), in one query."""
        return self.lexical.sentences_of(keys)

    def stale_analyses(self, version: str) -> list[str]:
        return self.lexical.stale_analyses(version)

    def texts(self) -> list[str]:
        """The text of every article of the open generation."""
        return self.lexical.texts()

    def document_frequency(self, words: Sequence[str]) -> dict[str, int]:
        """For each word, how many articles contain it (its German or English stems): how rare it is."""
        return self.lexical.document_frequency(words)

    def beside_figures(self, word: str) -> tuple[int, int]:
        """How many sentences print ``word`` and how many of them a number beside it (``LexicalStore``)."""
        return self.lexical.beside_figures(word)

    def lexical_search(self, words: Iterable[str], limit: int) -> list[LexicalHit]:
        """Sentences by BM25 for any of ``words`` (matched by their German and English stems)."""
        return self.lexical.search(self.lexical.stems.query_terms(words), limit)

    def prefix_search(self, prefixes: Sequence[str], limit: int) -> list[LexicalHit]:
        """Sentences by BM25 with words whose stems begin like ``prefixes``."""
        return self.lexical.search(prefixes, limit, prefix=True)

    @overload
    def query(self, family: Literal["sentences"], vector: Vectors, k: int) -> list[SentenceHit]: ...

    @overload
    def query(self, family: Literal["passages"], vector: Vectors, k: int) -> list[PassageHit]: ...

    def query(self, family: Family, vector: Vectors, k: int) -> list[SentenceHit] | list[PassageHit]:
        """The ``k`` nearest sentences or passages to ``vector``, most similar first (of articles still indexed).

        Chroma gives ids and distances only; the rows come from SQLite, which holds every sentence's offsets
        and passage: Chroma's metadata would cost 2-4x the whole vector search (measured 6.8 vs 2.0 ms for 60
        sentences of 22.6k)."""
        if k <= 0:
            return []
        got = self.collections[family].query(  # fewer records than k is fine: Chroma returns what it has
            query_embeddings=[vector.tolist()], n_results=k, include=["distances"]
        )
        found = [
            (parse(i), i, 1.0 - float(d)) for i, d in zip(got["ids"][0], (got["distances"] or [[]])[0], strict=True)
        ]
        doc_ids = self.lexical.doc_ids({digest for (digest, _), _, _ in found})
        keys = [
            ((doc_ids[digest], index), i, similarity) for (digest, index), i, similarity in found if digest in doc_ids
        ]
        if family == "sentences":
            sentences = {(r.doc_id, r.index): r for r in self.lexical.sentences_of([key for key, _, _ in keys])}
            return [
                SentenceHit(id=i, similarity=similarity, **sentences[key].model_dump())
                for key, i, similarity in keys
                if key in sentences
            ]
        passages = {(r.doc_id, r.index): r for r in self.lexical.passages_of([key for key, _, _ in keys])}
        return [
            PassageHit(id=i, similarity=similarity, **passages[key].model_dump())
            for key, i, similarity in keys
            if key in passages
        ]

    def warm(self) -> None:
        """Load the searched collections' vector indexes now: Chroma reads a collection's HNSW files at its first
        query, which would otherwise fall to the first question (0.13 s each for 150 articles, beside other jobs)."""
        probe = np.full((1, self.embedder.dim), self.embedder.dim**-0.5, dtype=np.float32)
        for family in ("sentences", "passages"):
            # a query, not a count() first: Chroma loads what a first query needs outside the GIL, but holding it
            # for a first count() (0.3-1 s for gnad's 22,604 sentences), when a starting bot's main thread, which
            # opens this thread, stood still; over an empty collection a query finds nothing
            self.collections[family].query(query_embeddings=probe, n_results=1, include=[])

    def vectors(self, family: Family, keys: Iterable[Key]) -> dict[Key, Vectors]:
        """The stored vectors of the given sentences or passages (of articles still indexed); sentences' from
        SQLite's copy where it has one."""
        keys = list(keys)
        found = self.lexical.vectors_of(keys) if family == "sentences" else {}
        return found | self._chroma_vectors(family, [key for key in keys if key not in found])

    def _chroma_vectors(self, family: Family, keys: Iterable[Key]) -> dict[Key, Vectors]:
        ids = self._ids(family, keys)
        if not ids:
            return {}
        got = self.collections[family].get(ids=list(ids), include=["embeddings"])
        embeddings = got["embeddings"] if got["embeddings"] is not None else []
        return {ids[i]: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embeddings, strict=True)}

    def unit_vectors(self, words: Sequence[str]) -> dict[str, Vectors]:
        """The vectors indexing made of the given counted nouns (those it made)."""
        return self.lexical.unit_vectors(words)

    def passages(self, keys: Iterable[Key]) -> dict[Key, StoredPassage]:
        """The given passages (of articles still indexed)."""
        return {(p.doc_id, p.index): p for p in self.lexical.passages_of(list(keys))}

    def _ids(self, family: Family, keys: Iterable[Key]) -> dict[str, Key]:
        make = sentence_id if family == "sentences" else passage_id
        digests = self.hashes()
        return {make(digests[doc_id], index): (doc_id, index) for doc_id, index in keys if doc_id in digests}

    # writing (the indexer's API) -------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock; start from what is current (dropping a killed rebuild's leftovers) and
        bump the pointer's revision afterwards if anything changed. Raises ``IndexBusy`` at once if
        another writer holds the lock. A store being built (:meth:`build`) is already under its lock."""
        if self._pinned:
            yield
            return
        with _writes_to(self.index_dir), IndexLock(self.index_dir, self.command):
            self.refresh(force=True)
            drop_generations(self._client, self.index_dir, chroma.lexical_stem(self.chroma_url), keep=self.generation)
            before = self._current
            self._changed = False
            try:
                yield
            finally:
                if self._changed:
                    self._current = Current(self.generation, before.revision + 1, self.token)
                    self._pointer.write(self._current)

    def write(self, records: Sequence[ArticleRecords]) -> None:
        """Replace the records of a few articles in one call per collection and step (Chroma's calls cost about
        30 ms each beyond their records: 8 articles' records in one call took 0.7x the time of 8 calls). The
        article records, which carry the content hashes, go into Chroma after their sentences and passages, and
        SQLite comes last, so an interrupted write is redone by the next sync."""
        if not records:
            return
        self._changed = True
        doc_ids = [r.article.id for r in records]
        self._delete_records(doc_ids)
        sentences, passages = [], []
        for r in records:
            digest = r.article.content_hash
            sentences += [
                (sentence_id(digest, s.index), s.text, chroma.sentence_meta(s, p))
                for s, p in zip(r.sentences, _passage_of(r.sentences, r.passages), strict=True)
            ]
            passages += [(passage_id(digest, p.index), p.text, chroma.passage_meta(p)) for p in r.passages]
        self._upsert("sentences", sentences, np.vstack([r.vectors[0] for r in records]))
        self._upsert("passages", passages, np.vstack([r.vectors[1] for r in records]))
        articles = [(r.article.id, r.article.text, chroma.article_meta(r.article)) for r in records]
        self._upsert("articles", articles, np.vstack([r.vectors[2] for r in records]))
        for r in records:
            self.lexical.put(r.article, r.sentences, _passage_of(r.sentences, r.passages), r.analysis, r.vectors[0])

    def _upsert(self, family: str, rows: list[tuple[str, str, Metadata]], vectors: Vectors) -> None:
        """Upsert ``(id, document, metadata)`` rows with their vectors, in calls Chroma accepts."""
        size = self._client.get_max_batch_size()
        for first in range(0, len(rows), size):
            ids, documents, metadatas = zip(*rows[first : first + size], strict=True)
            self.collections[family].upsert(
                ids=list(ids),
                embeddings=vectors[first : first + size],
                documents=list(documents),
                metadatas=list(metadatas),
            )

    def delete(self, doc_id: str) -> bool:
        """Delete one article and all of its records; False if it was not indexed."""
        if self.lexical.article(doc_id) is None and not self.collections["articles"].get(ids=[doc_id])["ids"]:
            return False
        self._changed = True
        self._delete_records([doc_id])
        self.lexical.delete(doc_id)
        return True

    def _delete_records(self, doc_ids: list[str]) -> None:
        self.collections["articles"].delete(ids=doc_ids)  # first: without it an article is not indexed
        among: dict[InclusionExclusionOperator, list[LiteralValue]] = {"$in": [*doc_ids]}
        where: Where = {"doc_id": among}
        for name in ("sentences", "passages"):
            self.collections[name].delete(where=where)

    def set_pooled_vectors(
        self, sentences: dict[Key, Vectors], passages: dict[Key, Vectors], articles: dict[str, Vectors]
    ) -> None:
        """Replace the vectors of the given passages and articles (one row each; texts and metadata stay) and
        copy the given sentence vectors into SQLite, in one call per collection (Chroma's ``update`` costs
        about 20 ms a call whatever its size)."""
        digests = self.hashes()
        passages = {key: vector for key, vector in passages.items() if key[0] in digests}
        articles = {doc_id: vector for doc_id, vector in articles.items() if doc_id in digests}
        self._changed = True
        self.lexical.set_vectors(sentences)
        if passages:
            ids = [passage_id(digests[doc_id], index) for doc_id, index in passages]
            self.collections["passages"].update(ids=ids, embeddings=np.vstack(list(passages.values())))
        if articles:
            self.collections["articles"].update(ids=list(articles), embeddings=np.vstack(list(articles.values())))

    def unvectored_nouns(self) -> list[str]:
        """The nouns the stored figures count that have no vector yet (see :meth:`set_unit_vectors`)."""
        return self.lexical.unvectored_nouns()

    def set_unit_vectors(self, vectors: dict[str, Vectors]) -> None:
        """Store the passage vectors of counted nouns, which answering compares with what a question counts."""
        self.lexical.set_unit_vectors(vectors)

    def start_word_analyses(self, model: str, scheme: str) -> bool:
        """Make ready to store HanTa's word analyses of ``model`` that ``scheme`` names; False if the stored
        articles' words have none so yet (see :meth:`LexicalStore.start_word_analyses`)."""
        return self.lexical.start_word_analyses(model, scheme)

    def finish_word_analyses(self, model: str, scheme: str) -> None:
        """Name the stored word analyses complete (see :meth:`LexicalStore.finish_word_analyses`)."""
        self.lexical.finish_word_analyses(model, scheme)

    def add_word_analyses(self, analyses: dict[str, str]) -> None:
        """Store HanTa's analyses of words of the stored articles, which answering looks up before computing."""
        self.lexical.add_word_analyses(analyses)

    def vector_scheme(self) -> str | None:
        """How the stored passage and article vectors were made (None: not recorded, as in older indexes)."""
        return self.lexical.state(VECTORS_STATE)

    def mark_vectors(self, scheme: str) -> None:
        """Record that every passage and article vector is now made the ``scheme`` way."""
        self.lexical.set_state(VECTORS_STATE, scheme)

    def set_analysis(self, doc_id: str, analysis: ArticleAnalysis) -> None:
        self.lexical.set_analysis(doc_id, analysis)

    def mark_analysed(self, version: str) -> None:
        """Record that every article now has the analysis of ``version`` (read by older readers)."""
        self.lexical.set_state(ANALYSIS_STATE, version)


@contextmanager
def _writes_to(index_dir: Path) -> Iterator[None]:
    """Turn a write the operating system refused (a full disk, a file size limit, a read-only folder) into
    one :class:`~retrieval.store.chroma.IndexWriteFailed` naming the folder."""
    try:
        yield
    except (OSError, sqlite3.OperationalError, InternalError) as error:
        reason = (error.strerror if isinstance(error, OSError) else None) or str(error).splitlines()[0]
        raise chroma.IndexWriteFailed(
            f"cannot write the index in {index_dir} ({reason}): is the disk full or the folder read-only? "
            "What was indexed before still serves; run the command again when it can be written"
        ) from error


def _articles_in(path: Path) -> int:
    """How many articles a lexical file holds, read without writing (0 when it cannot be read)."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _pointer_for(index_dir: Path, chroma_url: str | None, client: ClientAPI) -> Pointer:
    """Where the current generation is recorded: on the server when there is one, else in ``index_dir``."""
    return ChromaPointer(client) if chroma_url else FilePointer(index_dir)


def stored_units(article: Article, rows: Sequence[StoredSentence]) -> list[Sentence]:
    """The sentences of ``article`` as the store holds them (whatever the segmenter does today)."""
    return [
        Sentence(doc_id=article.id, index=r.index, start=r.start, end=r.end, text=article.text[r.start : r.end])
        for r in rows
    ]


def _passage_of(units: list[Sentence], chunks: list[Passage]) -> list[int]:
    owner = {}
    for chunk in chunks:
        for i in range(chunk.first_sentence, chunk.last_sentence + 1):
            owner[i] = chunk.index
    return [owner[s.index] for s in units]
