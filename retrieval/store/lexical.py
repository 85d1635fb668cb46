"""The local SQLite side of the index: article texts, sentence offsets and an FTS5 index over stems.

Chroma holds the vectors and is the source of truth; this store is derived from what is indexed
(and can be rebuilt from Chroma's stored documents). It answers the lexical half of hybrid search
(BM25 over Snowball-stemmed sentences, so "Soldaten" finds "Soldat") and hands out article texts,
which every quote is an offset into, and a copy of each sentence's vector (float32, in a table of its
own: rows of 1.5 KB bloat a WITHOUT ROWID table): search scores every sentence of its candidate passages,
and reading those ~250 vectors here takes a fraction of the 9 ms that Chroma's ``get`` by id takes (files
written before the copy have none: the store asks Chroma for those).

Because it is derived, a damaged file heals itself: when SQLite says the file is corrupt ("database disk
image is malformed", "file is not a database"), on opening or in any later call, the store logs one
warning, deletes the file, starts an empty one, calls ``on_heal`` (the store refills it from Chroma) and
runs the call again.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import numpy as np
import Stemmer

from retrieval import nlp
from retrieval.embedding import Vectors
from retrieval.models import Article, ArticleAnalysis, Sentence, SourceEntry
from retrieval.store.rows import LexicalHit, StoredPassage, StoredSentence

_WORD = re.compile(r"\w+", re.UNICODE)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT, url TEXT,
    published TEXT, language TEXT NOT NULL, text TEXT NOT NULL, source_path TEXT,
    analysis TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    passage INTEGER NOT NULL, PRIMARY KEY (doc_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sentence_vectors (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (doc_id, idx));
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(
    stems, doc_id UNINDEXED, idx UNINDEXED, tokenize = "unicode61 remove_diacritics 2");
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
_SENTENCE = "SELECT doc_id, idx, start, end, passage FROM sentences"
SentenceRow = tuple[str, int, int, int, int]  # a row of _SENTENCE, as cached
# The vectors of the nouns that stored figures count ("Soldat", "Euro"), made at indexing: answering a figure
# question compares every candidate figure's noun with what the question counts, and embedding those nouns at
# query time cost about a fifth of an answer. Created by the first write, so that a reader leaves an older
# index as it is (and embeds the nouns itself).
_UNITS = "CREATE TABLE IF NOT EXISTS unit_vectors (word TEXT PRIMARY KEY, vector BLOB NOT NULL)"
# HanTa's analyses of the words of the stored articles (``retrieval.nlp.consult``): key -> stored text, recorded when
# the articles were analysed at indexing; consulted only when ``WORD_MODEL_STATE`` names the HanTa models in use.
# Created by the first write, like ``unit_vectors``.
_WORDS = "CREATE TABLE IF NOT EXISTS word_analyses (key TEXT PRIMARY KEY, analysis TEXT NOT NULL) WITHOUT ROWID"
WORD_MODEL_STATE = "word_analyses_model"
WORD_SCHEME_STATE = "word_analyses_scheme"  # which analyses of the words were recorded (``nlp.STORED_WORDS``)
# Each figure's counted noun as the answer stage names it (``features.unit_key``: the lemma, else the noun as
# written), read from the stored analyses (which leave out fields that are None).
_COUNTED_NOUNS = """
SELECT DISTINCT coalesce(nullif(json_extract(f.value, '$.unit_lemma'), ''), nullif(json_extract(f.value, '$.unit'), ''))
FROM articles AS a, json_each(a.analysis, '$.sentences') AS s, json_each(s.value, '$.figures') AS f
"""
# Read caches, emptied when full: the articles of a newsroom's recent questions (answering reads those of the 20-40
# articles its candidates come from), and how many articles contain a word (each question asks for all of its words).
ARTICLES_CACHED = 2048
# The analyses, validated, of the articles read last (least recently read dropped first). One takes 28 KB as pydantic
# models (from 2.8 KB of JSON, validated in 0.16 ms): a bot that had answered the bench's 300 questions held 925 of
# gnad's 1030, 26 MB. Of 256, answering those questions twice reads 9.6 a question again (5 with 512, 1.5 with 1024).
ANALYSES_CACHED = 256
FREQUENCIES_CACHED = 65536
ROWS_CACHED = 65536  # sentence rows (offsets): search and the answer stage read about 400 of them a question
# How many sentences naming a noun ``LexicalStore.beside_figures`` reads: enough to tell whether most of them print a
# figure beside it, few enough for one query of a millisecond or two.
BESIDE_SENTENCES = 200
# A number in the stems of a sentence, not a year ("2015"): a figure printed beside a word.
_NOT_A_YEAR = re.compile(r"(?!(?:19|20)\d\d$)\d+")


class Stems:
    """Snowball stems of words, German and English (a word gets both, so either language matches)."""

    def __init__(self) -> None:
        self._de = Stemmer.Stemmer("german")
        self._en = Stemmer.Stemmer("english")

    def words(self, text: str) -> list[str]:
        return [w.lower() for w in _WORD.findall(text)]

    def of(self, text: str) -> str:
        words = self.words(text)
        return " ".join(self._de.stemWords(words))

    def query_terms(self, words: Iterable[str]) -> list[str]:
        stems: list[str] = []
        for word in words:
            for stem in (self._de.stemWord(word.lower()), self._en.stemWord(word.lower())):
                if stem and stem not in stems:
                    stems.append(stem)
        return stems


def is_corrupt(error: sqlite3.Error) -> bool:
    """True for SQLite's "the file is damaged" errors (SQLITE_CORRUPT*, SQLITE_NOTADB), not for a full disk,
    a locked or read-only file."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def healing(method: Callable[Concatenate[LexicalStore, P], R]) -> Callable[Concatenate[LexicalStore, P], R]:
    """Run ``method``; if the file turns out to be corrupt, rebuild it (:meth:`LexicalStore.heal`) and run it again."""

    @functools.wraps(method)
    def run(self: LexicalStore, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as error:
                if not is_corrupt(error) or self._healing:
                    raise
                self.heal(error)
            return method(self, *args, **kwargs)

    return run


class LexicalStore:
    """Articles, sentence offsets and BM25 search, in one SQLite file (thread-safe).

    ``on_heal`` is called after a corrupt file was replaced by an empty one, to fill it again.
    """

    def __init__(self, path: Path, on_heal: Callable[[], None] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.on_heal = on_heal
        self._lock = threading.RLock()
        self._healing = False
        self._articles: dict[str, Article] = {}  # read caches, emptied on every write
        self._analyses: OrderedDict[str, ArticleAnalysis] = OrderedDict()  # least recently read first
        self._frequencies: dict[str, int] = {}
        self._count: int | None = None  # how many articles (``count``), until a write
        self._units = False  # whether the file has the table of unit vectors, once seen (``_has_units``)
        # Sentence rows as plain tuples ``(doc_id, index, start, end, passage)``, made into StoredSentence on
        # the way out: 175 bytes a row instead of 1,095 (a serving process caches all 22.6k of gnad's).
        self._rows: dict[tuple[str, int], SentenceRow] = {}
        self._documents: dict[str, list[SentenceRow]] = {}  # each sentence of an article, in order
        self._hashes: dict[str, str] | None = None
        self._by_hash: dict[str, str] = {}
        self._words: bool | None = None  # does the file hold word analyses of the HanTa models in use
        self.stems = Stems()
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError as error:
            if not is_corrupt(error):
                raise
            self._db = self._replace(error)
        nlp.consult(self.word_analysis)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def _replace(self, error: sqlite3.Error) -> sqlite3.Connection:
        """Delete the corrupt file (it is derived data) and open an empty one."""
        log.warning("the lexical index %s is damaged (%s): rebuilding it from Chroma", self.path, error)
        for suffix in ("", "-wal", "-shm", "-journal"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        return self._connect()

    def heal(self, error: sqlite3.Error) -> None:
        """Replace the corrupt file by an empty one and let ``on_heal`` fill it again."""
        with self._lock:
            self._db.close()
            self._clear_caches()
            self._db = self._replace(error)
            if self.on_heal is not None:
                self._healing = True
                try:
                    self.on_heal()
                finally:
                    self._healing = False

    def close(self) -> None:
        nlp.forget(self.word_analysis)
        with self._lock:
            self._db.close()

    def _clear_caches(self) -> None:
        self._articles.clear()
        self._analyses.clear()
        self._frequencies.clear()
        self._count = None
        self._units = False
        self._rows.clear()
        self._documents.clear()
        self._hashes = None
        self._by_hash = {}
        self._words = None

    # writing -------------------------------------------------------------------------------------
    @healing
    def put(
        self,
        article: Article,
        sentences: Sequence[Sentence],
        passage_of: Sequence[int],
        analysis: ArticleAnalysis,
        vectors: Vectors | None = None,
    ) -> None:
        """Store (or replace) one article with its sentences (and their ``vectors``, row by row), in one
        transaction."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._delete(article.id)
                self._db.execute(
                    "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        article.id,
                        article.content_hash,
                        article.title,
                        article.outlet,
                        article.url,
                        article.published,
                        article.language,
                        article.text,
                        article.source_path,
                        _dump(analysis),
                    ),
                )
                self._db.executemany(
                    "INSERT INTO sentences VALUES (?,?,?,?,?)",
                    [(s.doc_id, s.index, s.start, s.end, p) for s, p in zip(sentences, passage_of, strict=True)],
                )
                if vectors is not None:
                    self._db.executemany(
                        "INSERT INTO sentence_vectors VALUES (?,?,?)",
                        [(s.doc_id, s.index, _blob(v)) for s, v in zip(sentences, vectors, strict=True)],
                    )
                self._db.executemany(
                    "INSERT INTO sentence_fts (stems, doc_id, idx) VALUES (?,?,?)",
                    [(self.stems.of(s.text), s.doc_id, s.index) for s in sentences],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @healing
    def set_analysis(self, doc_id: str, analysis: ArticleAnalysis) -> None:
        with self._lock:
            self._analyses.pop(doc_id, None)
            self._db.execute("UPDATE articles SET analysis = ? WHERE id = ?", (_dump(analysis), doc_id))

    @healing
    def delete(self, doc_id: str) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            self._delete(doc_id)
            self._db.execute("COMMIT")

    def _delete(self, doc_id: str) -> None:
        self._clear_caches()
        self._db.execute("DELETE FROM articles WHERE id = ?", (doc_id,))
        self._db.execute("DELETE FROM sentences WHERE doc_id = ?", (doc_id,))
        self._db.execute("DELETE FROM sentence_vectors WHERE doc_id = ?", (doc_id,))
        self._db.execute("DELETE FROM sentence_fts WHERE doc_id = ?", (doc_id,))

    @healing
    def set_vectors(self, vectors: dict[tuple[str, int], Vectors]) -> None:
        """Store the vectors of the sentences named by ``(doc_id, index)``."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO sentence_vectors VALUES (?,?,?)",
                    [(doc_id, index, _blob(v)) for (doc_id, index), v in vectors.items()],
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @healing
    def set_unit_vectors(self, vectors: dict[str, Vectors]) -> None:
        """Store the vectors of counted nouns (see ``_UNITS``)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute(_UNITS)
                self._db.executemany(
                    "INSERT OR REPLACE INTO unit_vectors VALUES (?,?)", [(w, _blob(v)) for w, v in vectors.items()]
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @healing
    def start_word_analyses(self, model: str, scheme: str) -> bool:
        """Make ready to store word analyses of HanTa ``model``, those ``scheme`` names (see ``_WORDS``): True if
        the stored ones are so; else False: the stored articles' words must be recorded again (the table is emptied
        when it holds another model's; the rows of another scheme of the same model stay and are consulted). Which
        model and scheme the rows are of is written once they are all stored (``finish_word_analyses``): a sync that
        stops midway leaves them to be recorded by the next."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                same = self._has_table("word_analyses") and self._state(WORD_MODEL_STATE) == model
                complete = same and self._state(WORD_SCHEME_STATE) == scheme
                self._db.execute(_WORDS)
                if not same:
                    self._db.execute("DELETE FROM word_analyses")
                    self._db.execute("DELETE FROM state WHERE key = ?", (WORD_SCHEME_STATE,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._words = None
        return complete

    @healing
    def finish_word_analyses(self, model: str, scheme: str) -> None:
        """Name the stored word analyses complete for HanTa ``model`` and ``scheme`` (after a whole sync)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO state VALUES (?, ?)",
                    ((WORD_MODEL_STATE, model), (WORD_SCHEME_STATE, scheme)),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._words = None

    @healing
    def add_word_analyses(self, analyses: dict[str, str]) -> None:
        """Store word analyses recorded by ``retrieval.nlp.recording`` (after ``start_word_analyses``)."""
        if not analyses:
            return
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany("INSERT OR REPLACE INTO word_analyses VALUES (?,?)", analyses.items())
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def word_analysis(self, key: str) -> str | None:
        """The stored word analysis of ``key`` (see ``retrieval.nlp.consult``); None if there is none, or the file
        holds none of the HanTa models in use, or cannot be read (the word is then analysed as before)."""
        try:
            with self._lock:
                if self._words is None:
                    model = nlp.model_fingerprint()
                    self._words = self._has_table("word_analyses") and self._state(WORD_MODEL_STATE) == model
                if not self._words:
                    return None
                row = self._db.execute("SELECT analysis FROM word_analyses WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def _has_table(self, name: str) -> bool:
        found = self._db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return found.fetchone() is not None

    def _state(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @healing
    def set_state(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    @healing
    def state(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # reading -------------------------------------------------------------------------------------
    @healing
    def hashes(self) -> dict[str, str]:
        with self._lock:
            return dict(self._hashes_cached())

    @healing
    def doc_ids(self, digests: Iterable[str]) -> dict[str, str]:
        """content hash -> doc_id of each of ``digests`` that an indexed article has."""
        with self._lock:
            self._hashes_cached()
            by_hash = self._by_hash
        return {digest: by_hash[digest] for digest in digests if digest in by_hash}

    def _hashes_cached(self) -> dict[str, str]:
        if self._hashes is None:
            self._hashes = dict(self._db.execute("SELECT id, hash FROM articles").fetchall())
            self._by_hash = {digest: doc_id for doc_id, digest in self._hashes.items()}
        return self._hashes

    @healing
    def count(self) -> int:
        """How many articles are stored; read once and kept until a write (an answer asks three times, and each
        ``SELECT count(*)`` took 0.3 ms over the gnad index under profile; stop 52)."""
        with self._lock:
            if self._count is None:
                self._count = int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])
            return self._count

    @healing
    def article(self, doc_id: str) -> Article | None:
        cached = self._articles.get(doc_id)
        if cached is not None:
            return cached
        with self._lock:
            row = self._db.execute(
                "SELECT id, title, outlet, url, published, language, text, source_path FROM articles WHERE id = ?",
                (doc_id,),
            ).fetchone()
        if row is None:
            return None
        keys = ("id", "title", "outlet", "url", "published", "language", "text", "source_path")
        article = Article(**dict(zip(keys, row, strict=True)))
        if len(self._articles) >= ARTICLES_CACHED:
            self._articles.clear()
        self._articles[doc_id] = article
        return article

    @healing
    def analysis(self, doc_id: str) -> ArticleAnalysis:
        """The stored analysis of one article (empty if there is none), validated once while it is among the
        ``ANALYSES_CACHED`` read last."""
        with self._lock:
            cached = self._analyses.get(doc_id)
            if cached is not None:
                self._analyses.move_to_end(doc_id)
                return cached
            row = self._db.execute("SELECT analysis FROM articles WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return ArticleAnalysis()
        analysis = ArticleAnalysis.model_validate_json(row[0])
        with self._lock:
            self._analyses[doc_id] = analysis
            while len(self._analyses) > ANALYSES_CACHED:
                self._analyses.popitem(last=False)
        return analysis

    @healing
    def texts(self) -> list[str]:
        """The text of every article (in no particular order): what a record of how words are written reads."""
        with self._lock:
            return [text for (text,) in self._db.execute("SELECT text FROM articles").fetchall()]

    @healing
    def stale_analyses(self, version: str) -> list[str]:
        """The articles whose stored analysis was made by another version (or never made), by id."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id FROM articles WHERE json_extract(analysis, '$.version') IS NOT ? ORDER BY id", (version,)
            ).fetchall()
        return [doc_id for (doc_id,) in rows]

    @healing
    def listing(self) -> list[SourceEntry]:
        """id, title, outlet, url, published and length of every article, by id."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, title, outlet, url, published, length(text) FROM articles ORDER BY id"
            ).fetchall()
        keys = ("id", "title", "outlet", "url", "published", "chars")
        return [SourceEntry(**dict(zip(keys, row, strict=True))) for row in rows]

    def sentences(self, doc_id: str) -> list[StoredSentence]:
        """Each sentence of one article, in order."""
        with self._lock:
            rows = self._documents.get(doc_id)
            if rows is None:
                rows = self._rows_of(f"{_SENTENCE} WHERE doc_id = ? ORDER BY idx", (doc_id,))
                if len(self._documents) >= ARTICLES_CACHED:
                    self._documents.clear()
                self._documents[doc_id] = rows
                self._remember(rows)
        return [_sentence(row) for row in rows]

    def sentences_at(self, doc_id: str, indices: Sequence[int]) -> list[StoredSentence]:
        """The given sentences of one article, in order."""
        marks = ",".join("?" * len(indices))
        return self._sentences(f"{_SENTENCE} WHERE doc_id = ? AND idx IN ({marks}) ORDER BY idx", (doc_id, *indices))

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> list[StoredSentence]:
        """The sentences named by ``(doc_id, index)``, of several articles in one query (those that exist)."""
        if not keys:
            return []
        with self._lock:
            found = {key: self._rows[key] for key in keys if key in self._rows}
            missing = [key for key in dict.fromkeys(keys) if key not in found]
            if missing:
                rows = self._rows_of(
                    f"{_SENTENCE} AS s JOIN ({_values(missing)}) AS k ON s.doc_id = k.column1 AND s.idx = k.column2",
                    [v for k in missing for v in k],
                )
                found.update(((r[0], r[1]), r) for r in rows)
                self._remember(rows)
        return [_sentence(found[key]) for key in keys if key in found]

    def _remember(self, rows: list[SentenceRow]) -> None:
        if len(self._rows) + len(rows) > ROWS_CACHED:
            self._rows.clear()
        self._rows.update(((r[0], r[1]), r) for r in rows)

    @healing
    def vectors_of(self, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], Vectors]:
        """The stored vectors of the sentences named by ``(doc_id, index)`` (those that have one)."""
        if not keys:
            return {}
        with self._lock:
            rows = self._db.execute(
                f"SELECT doc_id, idx, vector FROM sentence_vectors AS s JOIN ({_values(keys)}) AS k "
                "ON s.doc_id = k.column1 AND s.idx = k.column2",
                [v for k in keys for v in k],
            ).fetchall()
        return {(d, i): np.frombuffer(b, dtype=np.float32) for d, i, b in rows}

    @healing
    def unit_vectors(self, words: Sequence[str]) -> dict[str, Vectors]:
        """The stored vectors of the given counted nouns (those that have one; none in an older index)."""
        if not words:
            return {}
        marks = ",".join("?" * len(words))
        with self._lock:
            if not self._has_units():
                return {}
            query = f"SELECT word, vector FROM unit_vectors WHERE word IN ({marks})"
            rows = self._db.execute(query, list(words)).fetchall()
        return {word: np.frombuffer(blob, dtype=np.float32) for word, blob in rows}

    @healing
    def unvectored_nouns(self) -> list[str]:
        """The counted nouns of the stored figures that have no stored vector yet, sorted."""
        with self._lock:
            nouns = {word for (word,) in self._db.execute(_COUNTED_NOUNS).fetchall() if word}
            have = self._db.execute("SELECT word FROM unit_vectors").fetchall() if self._has_units() else []
        return sorted(nouns - {word for (word,) in have})

    def _has_units(self) -> bool:
        """Has the file the table of unit vectors? Asked of SQLite's schema (1.4 ms) until it has: a table is never
        dropped but by a heal, which clears the caches (stop 53: 146 schema reads per 300 questions, 0.2 s)."""
        if not self._units:
            self._units = self._has_table("unit_vectors")
        return self._units

    @healing
    def passages_of(self, keys: Sequence[tuple[str, int]]) -> list[StoredPassage]:
        """The passages named by ``(doc_id, index)``, made from their sentences' rows (a passage is a run of
        consecutive sentences, from the first one's start to the last one's end)."""
        if not keys:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT doc_id, passage, min(start), max(end), min(idx), max(idx) FROM sentences AS s "
                f"JOIN ({_values(keys)}) AS k ON s.doc_id = k.column1 AND s.passage = k.column2 "
                "GROUP BY doc_id, passage",
                [v for k in keys for v in k],
            ).fetchall()
        return [StoredPassage(doc_id=d, index=p, start=a, end=b, first=f, last=la) for d, p, a, b, f, la in rows]

    def _sentences(self, query: str, parameters: Sequence[object]) -> list[StoredSentence]:
        return [_sentence(row) for row in self._rows_of(query, parameters)]

    @healing
    def _rows_of(self, query: str, parameters: Sequence[object]) -> list[SentenceRow]:
        with self._lock:
            return self._db.execute(query, parameters).fetchall()

    @healing
    def search(self, terms: Sequence[str], limit: int, prefix: bool = False) -> list[LexicalHit]:
        """Sentences by BM25 for any of ``terms`` (stems, or with ``prefix`` the beginnings of stems)."""
        if not terms or limit <= 0:
            return []
        star = " *" if prefix else ""
        query = " OR ".join('"' + t.replace('"', "") + '"' + star for t in terms)
        with self._lock:
            rows = self._db.execute(
                "SELECT doc_id, idx, -bm25(sentence_fts) FROM sentence_fts WHERE sentence_fts MATCH ? "
                "ORDER BY bm25(sentence_fts) LIMIT ?",
                (query, limit),
            ).fetchall()
        return [LexicalHit(doc_id=d, index=int(i), score=float(s)) for d, i, s in rows]

    @healing
    def beside_figures(self, word: str) -> tuple[int, int]:
        """How many sentences print ``word`` (its German or English stems, whole; the first ``BESIDE_SENTENCES``),
        and in how many of them a number stands within five words of it (a year not counted): a noun the corpus
        prints beside a figure in most of its sentences names a quantity ("einen Marktanteil von 35 Prozent", "vor
        3.100 Zuschauern"), whatever the noun."""
        terms = set(self.stems.query_terms([word]))
        if not terms:
            return 0, 0
        query = " OR ".join('"' + t.replace('"', "") + '"' for t in sorted(terms))
        with self._lock:
            rows = self._db.execute(
                "SELECT stems FROM sentence_fts WHERE sentence_fts MATCH ? LIMIT ?", (query, BESIDE_SENTENCES)
            ).fetchall()
        named = beside = 0
        for (stems,) in rows:
            tokens = stems.split()
            at = [i for i, t in enumerate(tokens) if t in terms]
            named += bool(at)
            beside += any(_NOT_A_YEAR.fullmatch(t) for i in at for t in tokens[max(0, i - 5) : i + 6])
        return named, beside

    @healing
    def document_frequency(self, words: Sequence[str]) -> dict[str, int]:
        """For each word, how many articles contain it (any of its German or English stems, as a prefix
        for words of six letters or more, so that compounds and inflections count): how rare a word is."""
        out: dict[str, int] = {}
        with self._lock:
            for word in words:
                if (known := self._frequencies.get(word)) is not None:
                    out[word] = known
                    continue
                terms = self.stems.query_terms([word])
                if not terms:
                    continue
                star = " *" if len(word) >= 6 else ""
                query = " OR ".join('"' + t.replace('"', "") + '"' + star for t in terms)
                row = self._db.execute(
                    "SELECT count(DISTINCT doc_id) FROM sentence_fts WHERE sentence_fts MATCH ?", (query,)
                ).fetchone()
                out[word] = int(row[0]) if row else 0
                if len(self._frequencies) >= FREQUENCIES_CACHED:
                    self._frequencies.clear()
                self._frequencies[word] = out[word]
        return out


def _blob(vector: Vectors) -> bytes:
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def _sentence(row: SentenceRow) -> StoredSentence:
    doc_id, index, start, end, passage = row
    return StoredSentence(doc_id=doc_id, index=index, start=start, end=end, passage=passage)


def _values(keys: Sequence[tuple[str, int]]) -> str:
    """A VALUES list of ``(doc_id, index)`` pairs to join on: SQLite looks each one up by the primary key (with
    ``(doc_id, idx) IN (...)`` it scans the whole table instead)."""
    return "VALUES " + ",".join(["(?,?)"] * len(keys))


def _dump(analysis: ArticleAnalysis) -> str:
    """The stored JSON of an analysis, as it has always been written (sentence indices as string keys)."""
    sentences = {str(i): info.model_dump(mode="json", exclude_defaults=True) for i, info in analysis.sentences.items()}
    return json.dumps({"version": analysis.version, "sentences": sentences}, ensure_ascii=False)
