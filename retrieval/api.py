"""The one object the front ends talk to: answers, search, indexing, the article list, context, removal
and uploads over one corpus, each with a typed result (:mod:`retrieval.models`).

``bot/`` imports nothing else of ``retrieval/`` but this module, :mod:`retrieval.models` and
:mod:`retrieval.errors`. The methods below stay small: each hands its work to the stage that does it
(corpus, index, search, answer, attribution, uploads) and turns what comes back into a model.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from retrieval import analysis, blas, corpus, memory, uploads
from retrieval.answer import Answerer
from retrieval.answer.guard import default_guard
from retrieval.attribution import attribute
from retrieval.corpus import LoadResult
from retrieval.embedding import engine_of, get_embedder, words
from retrieval.embedding.e5file import wheel
from retrieval.indexer import WORKERS, Indexer
from retrieval.models import (
    Answer,
    Article,
    Attribution,
    Hit,
    IndexReport,
    IndexStats,
    Language,
    QuoteContext,
    Removal,
    SourceEntry,
)
from retrieval.nlp import QUOTE_CHARS
from retrieval.question import clean, prepare
from retrieval.search import Searcher
from retrieval.store import Store, StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int], None]  # called with the number of articles just indexed
Total = Callable[[int], None]  # called once with the number of articles to index
CONTEXT_CHARS = 300  # about this many characters of the article either side of a quote


class Belegbot:
    """Index, search and answer over one corpus; safe to share between threads."""

    def __init__(self, index_dir: Path, model: str, chroma_url: str | None = None) -> None:
        # The first question needs the language identifier and the tagger: load them beside the index; and
        # the index's vectors, loaded beside the rest of the start-up (Chroma reads them outside the GIL).
        memory.few_arenas()
        blas.few_threads()  # the answer's small products on one thread, beside the embedding engine's (``blas``)
        threading.Thread(target=prepare, name="belegbot-prepare", daemon=True).start()
        # the question guard's two layers, widened from the wheel's weights (0.2 s of numpy, outside the GIL), beside
        # loading the engine and opening the index instead of after them
        guard = threading.Thread(target=_guard, name="belegbot-guard", daemon=True)
        guard.start()
        self.embedder = get_embedder(model)
        self.store = Store(
            index_dir, self.embedder, chroma_url, analysis_version=analysis.VERSION, analyser=analysis.analyse
        )
        threading.Thread(target=self._warm, name="belegbot-warm").start()  # not a daemon: see OpenVinoE5
        self.indexer = Indexer(self.store, self.embedder, analysis.analyse, analysis.VERSION, workers=WORKERS)
        self.searcher = Searcher(self.store, self.embedder)
        guard.join()
        self.answerer = Answerer(self.searcher)  # with the guard the thread made (``default_guard`` keeps it)
        memory.collect_as_usual()  # started: from now on the collector finds garbage (``memory``)

    # asking ----------------------------------------------------------------------------------------
    def answer(self, question: str, language: str = "en") -> Answer:
        """The answer to ``question`` (control characters removed); ``language`` is the reply's language
        when the question does not show its own."""
        text = clean(question)
        try:
            return self._current(lambda: self.answerer.answer(text, default_language=language))
        finally:
            memory.give_back()
            # the words of the corpus, which a question's typos are read as (``Searcher.corrected``): read after
            # the first answer of a generation, not beside it or at start-up, where they cost either 0.5-1 s
            self.searcher.warm()

    def search(self, query: str, k: int = 5, language: Language | None = None) -> list[Hit]:
        """The ``k`` passages that best answer ``query``, best first."""
        return self._current(lambda: self.searcher.search(query, k=k, language=language).hits)

    # indexing --------------------------------------------------------------------------------------
    def index_paths(
        self,
        paths: Sequence[Path],
        prune: bool = False,
        progress: Progress | None = None,
        on_total: Total | None = None,
        *,
        prune_others: bool = True,
    ) -> IndexReport:
        """Index the article files in ``paths`` (unchanged ones are skipped; ``prune`` removes the rest).

        With ``prune_others=False``, ``prune`` removes only articles indexed from a file inside ``paths``
        that is gone or no longer holds them (the bot's ``/reindex``: articles that ``belegbot index``
        took from elsewhere stay). Raises :class:`~retrieval.errors.IndexBusy` at once if another writer
        holds the index lock.
        """
        loaded = _load(paths, on_total)
        prunable = None if prune_others else self._from(paths)
        return self.indexer.sync(loaded.articles, loaded.errors, prune=prune, progress=progress, prunable=prunable)

    def _from(self, paths: Sequence[Path]) -> Callable[[str], bool]:
        """Whether an indexed article's source file is (or was) one of ``paths`` or inside one of them."""
        roots = [Path(path).resolve() for path in paths]

        def inside(doc_id: str) -> bool:
            article = self.store.article(doc_id)
            if article is None or not article.source_path:
                return False
            source = Path(article.source_path).resolve()
            return any(source == root or source.is_relative_to(root) for root in roots)

        return inside

    def upload(self, folder: Path, name: str, data: bytes, progress: Progress | None = None) -> IndexReport:
        """Save ``data`` as ``folder/name`` and index it; a file that yields no article is not kept.

        Raises :class:`~retrieval.uploads.UploadRefused` (nothing saved) for too many articles, or an id
        or text that an article from another file already has. ``progress`` is called after each article;
        what it raises cancels the upload (the file is not kept, its articles are taken out again)."""
        return uploads.add(folder, name, data, lambda paths: self.index_paths(paths, progress=progress), self)

    def forget(self, doc_ids: Sequence[str]) -> None:
        """Take articles out of the index, leaving their files alone (a cancelled upload's)."""
        for doc_id in doc_ids:
            try:
                self.indexer.remove(doc_id)
            except Exception as error:  # the next /reindex removes what is left
                log.error("could not take %s out of the index again: %s", doc_id, error)

    def remove(self, doc_id: str, folder: Path | None = None) -> Removal | None:
        """Take one article out of the index (None if it was not indexed) and delete its file from
        ``folder`` when the file holds only that article."""
        article = self.store.article(doc_id)
        if article is None or not self.indexer.remove(doc_id):
            return None
        name, deleted = uploads.delete(folder, article.source_path) if folder else (None, False)
        return Removal(doc_id=doc_id, title=article.title, file=name, file_deleted=deleted)

    # reading ---------------------------------------------------------------------------------------
    def article(self, doc_id: str) -> Article | None:
        return self.store.article(doc_id)

    def context(self, doc_id: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> QuoteContext | None:
        """``article.text[start:end]`` with about ``chars`` characters either side; None if the article is
        no longer indexed or the span is not in it."""
        article = self.store.article(doc_id)
        if article is None or not 0 <= start <= end <= len(article.text):
            return None
        return _context(article, start, end, chars)

    def sources(self) -> list[SourceEntry]:
        """Every indexed article, by id."""
        return self.store.listing()

    def stats(self) -> IndexStats:
        stats = self.store.stats()
        return IndexStats(
            articles=stats.articles,
            sentences=stats.sentences,
            passages=stats.passages,
            model=self.embedder.name,
            engine=engine_of(self.embedder),
        )

    def _current(self, ask: Callable[[], T]) -> T:
        """Run ``ask`` on the current generation; once more if its generation was dropped meanwhile."""
        self.store.refresh()
        try:
            return ask()
        except StoreError:
            if not self.store.refresh(force=True):
                raise
            log.info("the index switched generations during a search: asking again")
            return ask()

    def _warm(self) -> None:
        try:
            self.store.warm()
            words.encoder().vectors(["warm"])  # USE-m3, the second encoder (about 1.2 s)
        except Exception as error:  # only a head start: the first question loads what is missing
            log.debug("could not load the vector index ahead of the first question: %s", error)

    def close(self) -> None:
        self.searcher.close()
        self.store.close()


def _guard() -> None:
    try:
        wheel()  # the engine reads it too: opened here first, while the engine is still importing OpenVINO
        default_guard()
    except Exception as error:  # only a head start: ``Answerer`` builds it again and fails as it always did
        log.debug("could not build the question guard ahead of the answerer: %s", error)


def rebuild(
    index_dir: Path,
    model: str,
    paths: Sequence[Path],
    chroma_url: str | None = None,
    progress: Progress | None = None,
    on_total: Total | None = None,
) -> IndexReport:
    """Re-embed the articles in ``paths`` into a new generation of the index (works after a model change,
    when the current generation cannot be opened with ``model``)."""
    embedder = get_embedder(model)
    loaded = _load(paths, on_total)
    return Indexer.rebuild(
        index_dir,
        embedder,
        loaded.articles,
        loaded.errors,
        chroma_url,
        analyser=analysis.analyse,
        analysis_version=analysis.VERSION,
        progress=progress,
        workers=WORKERS,
    )


def quotes(text: str) -> list[Attribution]:
    """Who says what in ``text``: quotes (direct or reported) with speaker and cue, by position."""
    return attribute(text)


def unquoted(text: str) -> str:
    """``text`` without the quotation marks (of any language) and spaces around it."""
    return text.strip().strip(QUOTE_CHARS).strip()


def _load(paths: Sequence[Path], on_total: Total | None) -> LoadResult:
    loaded = corpus.load(paths)
    if on_total is not None:
        on_total(len(loaded.articles))
    return loaded


def _context(article: Article, start: int, end: int, chars: int) -> QuoteContext:
    """The quote with the text around it; neither side starts or ends in the middle of a word."""
    text = article.text
    first = _word_start(text, max(0, start - chars))
    last = _word_end(text, min(len(text), end + chars))
    return QuoteContext(
        doc_id=article.id,
        title=article.title,
        start=start,
        end=end,
        before=text[first:start],
        quote=text[start:end],
        after=text[end:last],
        cut_before=first > 0,
        cut_after=last < len(text),
    )


def _word_start(text: str, index: int) -> int:
    """Move ``index`` forward to the start of a word (so context never begins mid-word)."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = re.search(r"\s", text[index:])
    return index + space.end() if space else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text) or text[index].isspace():
        return index
    space = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index))
    return space if space > 0 else index
