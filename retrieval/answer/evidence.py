"""The candidate sentences for one question, with what a reader would see around each of them.

The answer stage reads the corpus only through a ``Library`` (search, a typed article and analysis lookup,
the embedder and word statistics), never the store. ``gather`` asks it for the sentences that hybrid search
ranks highest, and reads the best articles whole (their figures and sources sit in sentences ranked lower);
every candidate carries its sentence, the sentence before it, its article's title and lead, and its
index-time analysis (source, figures, page furniture).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from retrieval.embedding import Vectors
from retrieval.models import Article, ArticleAnalysis, Language, Question, SentenceInfo
from retrieval.nlp import analyze
from retrieval.sources import shown_source

if TYPE_CHECKING:
    from retrieval.answer.features import QuestionTerms

SEARCH_PASSAGES = 10
ARTICLES_READ_WHOLE = 3
MAX_CANDIDATES = 120
LEAD_CHARS = 400  # the characters an article opens with: its subtitle and dateline ("Wien – …")


class Scored(Protocol):
    """A sentence as search ranks it (``retrieval.search.ScoredSentence``)."""

    @property
    def doc_id(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def dense(self) -> float: ...
    @property
    def lexical(self) -> float: ...


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Located(Spanned, Protocol):
    """A sentence's offsets, and which sentence of which article it is."""

    @property
    def doc_id(self) -> str: ...
    @property
    def index(self) -> int: ...


class Found(Protocol):
    """What a search returns (``retrieval.search.SearchResult``)."""

    @property
    def sentences(self) -> Sequence[Scored]: ...
    @property
    def vector(self) -> Vectors | None: ...


class Library(Protocol):
    """What the answer stage may read of the corpus (``retrieval.search.Searcher`` is one)."""

    def search(self, query: str, k: int = 5, language: Language | None = None) -> Found: ...

    def written(self, query: str) -> str: ...

    def printed(self, query: str) -> str: ...

    def corrected(self, query: str) -> str: ...

    def embed_ahead(self, *queries: str) -> None: ...

    def query_vector(self, query: str) -> Vectors: ...

    def spelled_alike(self, prefixes: Sequence[str], vector: Vectors, limit: int = 40) -> Sequence[Scored]: ...

    def article_sentences(self, doc_id: str, vector: Vectors) -> Sequence[Scored]: ...

    def article(self, doc_id: str) -> Article | None: ...

    def analysis(self, doc_id: str) -> ArticleAnalysis: ...

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> Sequence[Located]: ...

    def embed_queries(self, texts: Sequence[str]) -> Vectors: ...

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...

    def question_states(self, text: str) -> Vectors | None: ...

    def sentence_vectors(self, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], Vectors]: ...

    def unit_vectors(self, words: Sequence[str]) -> dict[str, Vectors]: ...

    def document_frequency(self, words: Sequence[str]) -> dict[str, int]: ...

    def beside_figures(self, word: str) -> tuple[int, int]: ...

    def count(self) -> int: ...


@dataclass(frozen=True)
class Candidate:
    """One sentence that may answer, with its context."""

    doc_id: str
    index: int
    start: int
    end: int
    dense: float  # cosine similarity of question and sentence
    lexical: float  # normalised BM25 of the sentence (German questions)
    text: str
    before: str  # the previous sentence of the article, or ""
    title: str
    lead: str  # the article's first ``LEAD_CHARS`` characters
    published: str | None
    info: SentenceInfo
    previous_info: SentenceInfo | None = None
    source: str | None = None  # ``info.source`` as a reader can use it (``sources.readable``)

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc_id, self.index)

    @property
    def context(self) -> str:
        """The sentence with the one before it: where a source or a place named just before carries over."""
        return f"{self.before} {self.text}"


@dataclass
class Pool:
    """The candidates of one question, best dense similarity first."""

    question: Question
    candidates: list[Candidate]
    vector: Vectors | None
    articles: dict[str, Article] = field(default_factory=dict)
    unnamed: frozenset[str] = frozenset()  # articles naming none of the names the question asks about
    # the articles that have every rare word of an English question that German text can show (``on_topic_en``);
    # None: the feature rows' rare-word evidence decides
    on_topic: frozenset[str] | None = None
    off_topic: frozenset[str] = frozenset()  # articles with none of the question's rare words, beside one with all
    terms: QuestionTerms | None = None  # the question's terms, once ``Answerer.pool`` has made the rows
    # the question guard's tuned question vector, computed beside the feature rows (``Answerer.pool``); None: on demand
    guard_vector: Future[Vectors | None] | None = None

    @property
    def top(self) -> float:
        return max((c.dense for c in self.candidates), default=0.0)


def gather(question: Question, library: Library, prefixes: list[str] | None = None) -> Pool:
    """The candidates for ``question``: search hits, cognate hits (English questions), and the sentences of the
    articles that rank highest, each scored against the question."""
    result = library.search(question.text, k=SEARCH_PASSAGES, language=question.language)
    vector = result.vector
    scored: dict[tuple[str, int], Scored] = {}
    _merge(scored, result.sentences)
    if vector is None:
        return Pool(question, [], None)
    if prefixes:
        _merge(scored, library.spelled_alike(prefixes, vector))
    best = _best_articles(scored.values(), ARTICLES_READ_WHOLE)
    read: dict[str, Article] = {}
    for doc_id in best:
        _merge(scored, library.article_sentences(doc_id, vector))
        if (whole := library.article(doc_id)) is not None:
            read[doc_id] = whole
            _carry_back(scored, doc_id, whole.text)
    ranked = sorted(scored.values(), key=lambda s: s.dense, reverse=True)
    # The best article is read whole: what a person said there sits in sentences search ranks low.
    ranked = ranked[:MAX_CANDIDATES] + [s for s in ranked[MAX_CANDIDATES:] if s.doc_id == best[0]]
    articles: dict[str, Article] = {}
    infos: dict[str, dict[int, SentenceInfo]] = {}
    for doc_id in dict.fromkeys(s.doc_id for s in ranked):
        if (article := read.get(doc_id) or library.article(doc_id)) is not None:
            articles[doc_id] = article
            infos[doc_id] = library.analysis(doc_id).sentences
    ranked = [s for s in ranked if s.doc_id in articles]
    # the sentence before each candidate: one of the scored sentences, or all the others in one lookup
    wanted = [(s.doc_id, s.index - 1) for s in ranked if s.index]
    before: dict[tuple[str, int], Located] = {key: scored[key] for key in wanted if key in scored}
    before |= {(r.doc_id, r.index): r for r in library.sentences_of([key for key in wanted if key not in scored])}
    candidates = [
        as_candidate(s, articles[s.doc_id], before.get((s.doc_id, s.index - 1)), infos[s.doc_id]) for s in ranked
    ]
    return Pool(question, candidates, vector, articles)


# A sentence whose figure counts what the sentence before named: it opens on a demonstrative ("Diese verteilten sich
# auf …", "Dieser Wert liegt …"), or gives the number or value of something it names by a possessive or demonstrative
# only ("Medien schätzten ihre Zahl auf …", "Auch das Wifo kommt auf dieselbe Zahl"), not of what follows it ("diese
# Zahl der Toten").
ANAPHORIC = re.compile(
    r"^(?:(?:Auch|Und|Doch|Aber|Damit)\s+)?(?:Dies|Diese|Dieser|Dieses|Diesen|Diesem)\b"
    r"|\b(?:ihre|seine|deren|dessen|diese[rnms]?|dieselbe|derselbe|dasselbe)\s+"
    r"(?:Zahl|Anzahl|Wert|Anteil|Summe|Betrag|Quote|Höhe|Menge)\b(?!\s+(?:der|des|von|an)\b)"
)


@dataclass(frozen=True)
class _CarriedBack:
    """A sentence scored as relevant as the one before it (``_carry_back``)."""

    doc_id: str
    index: int
    start: int
    end: int
    dense: float
    lexical: float


def _carry_back(scored: dict[tuple[str, int], Scored], doc_id: str, text: str) -> None:
    """Each scored sentence of an article read whole that is ``ANAPHORIC`` is as relevant as the sentence before it:
    its own vector lacks what it counts, so search ranks it far below the sentence that names it."""
    for (doc, index), s in list(scored.items()):
        before = scored.get((doc, index - 1))
        if doc == doc_id and before is not None and before.dense > s.dense and ANAPHORIC.search(text[s.start : s.end]):
            scored[(doc, index)] = _CarriedBack(s.doc_id, s.index, s.start, s.end, before.dense, s.lexical)


def unique(scored: Sequence[Scored]) -> list[Scored]:
    """Each sentence once, at its best similarity, best first."""
    into: dict[tuple[str, int], Scored] = {}
    _merge(into, scored)
    return sorted(into.values(), key=lambda s: s.dense, reverse=True)


def _merge(into: dict[tuple[str, int], Scored], more: Sequence[Scored]) -> None:
    for s in more:
        key = (s.doc_id, s.index)
        if key not in into or s.dense > into[key].dense:
            into[key] = s


def _best_articles(sentences: Iterable[Scored], n: int) -> list[str]:
    best: dict[str, float] = {}
    for s in sentences:
        best[s.doc_id] = max(best.get(s.doc_id, 0.0), s.dense)
    return sorted(best, key=best.__getitem__, reverse=True)[:n]


def as_candidate(s: Scored, article: Article, previous: Spanned | None, infos: dict[int, SentenceInfo]) -> Candidate:
    """A scored sentence with its context: the sentence before, its analysis and the source shown for it."""
    text = article.text
    before = text[previous.start : previous.end] if previous else ""
    info = infos.get(s.index) or SentenceInfo()  # built only where needed: ``get``'s default is built every call
    source = shown_source(s.index, infos, article)
    if source and wrong_pronoun(pronoun_and_cue(s.index, infos), source):
        source = None  # "appellierte sie" is not "Arbeiterkammer-Präsident Rudolf Kaske"
    if source and misread_relative(info.speaker, source, text[s.start : s.end], text):
        source = None  # "… von Kern, der auch als ÖBB-Chef dafür bekannt war": not Kaske
    if source and any(source in f.text for f in info.figures):
        source = None  # "Tausende Nationalisten" is what is counted, not who counts it
    return Candidate(
        doc_id=s.doc_id,
        index=s.index,
        start=s.start,
        end=s.end,
        dense=float(s.dense),
        lexical=float(s.lexical),
        text=text[s.start : s.end],
        before=before,
        title=article.title,
        lead=text[:LEAD_CHARS],
        published=article.published,
        info=info,
        previous_info=infos.get(s.index - 1),
        source=source,
    )


# A noun that names a person by office or trade, as the head of a German compound; with "-in" a woman's.
_ROLE = re.compile(
    r"(?:politiker|sprecher|chef|minister|präsident|kanzler|leiter|direktor|sekretär|botschafter|bürgermeister|"
    r"anwalt|anwält|ökonom|forscher|analyst|kommissar|gouverneur|senator|richter|trainer|manager|gründer|autor|"
    r"kandidat|funktionär|diplomat|ermittler|premier|obmann|obfrau|schauspieler|sänger|regisseur|vorstand)(in)?$"
)
_WOMAN = frozenset({"obfrau"})
_RELATIVE = frozenset({"der", "die", "das", "welcher", "welche", "welches"})


def pronoun_and_cue(index: int, infos: dict[int, SentenceInfo]) -> tuple[str, str]:
    """How the sentence names its speaker and its verb of saying, read from the sentence it carries its source over
    from where it has none of its own ("An diesen seien gute Lösungen … gescheitert." after "…, appellierte sie")."""
    info = infos.get(index)
    while info is not None and info.how == "carried_over" and index > 0:
        index -= 1
        info = infos.get(index)
    return ((info.speaker or "").lower(), (info.cue or "").lower()) if info else ("", "")


def wrong_pronoun(said_as: tuple[str, str], source: str) -> bool:
    """Is the speaker a pronoun that cannot stand for ``source``: "er" for a woman's office ("Pressesprecherin
    Barbara Riedl"), a singular "sie" ("appellierte sie", not "appellierten sie") for a man's ("Arbeiterkammer-
    Präsident Rudolf Kaske")? Attribution resolved the pronoun to the nearest earlier source; a person named in
    between without words of their own ("Für den ÖGB reagierte Vizepräsidentin Renate Anderl.") is missed."""
    pronoun, cue = said_as
    if pronoun not in ("er", "sie"):
        return False
    roles = [m for w in re.findall(r"[\w-]+", source) if (m := _ROLE.search(w.lower()))]
    if not roles:
        return False
    role = roles[-1]
    woman = bool(role.group(1)) or role.group(0) in _WOMAN
    if pronoun == "er":
        return woman
    verb = cue.split()[0] if cue.split() else ""
    return bool(verb) and not verb.endswith("n") and not woman and role.group(0) not in _WOMAN


def misread_relative(speaker: str | None, source: str, sentence: str, article: str = "") -> bool:
    """Is the speaker a relative pronoun after a name ("Es gehört Anton Wieser, der dem STANDARD … bestätigt, …",
    "Privatbeteiligtenvertreterin Lorenz, die … fordert", "von Kern, der auch als ÖBB-Chef dafür bekannt war")
    resolved to another source, named sentences before? After a common noun ("Reisenden, die sich versichern") the
    pronoun names no speaker, and the source may be right."""
    if speaker not in _RELATIVE:  # as written: lower case inside the sentence
        return False
    names = re.findall(r"[\w-]+", source)
    if not names:
        return False
    for m in re.finditer(rf"(?:(\S+)\s+)?(\S+?)\W{{0,2}},\s*{speaker}\b", sentence):
        before, word = m.group(1) or "", m.group(2).strip("()")
        if word == names[-1]:
            return False
        if _name_like(before, word, article):
            return True
    return False


def _name_like(before: str, word: str, article: str) -> bool:
    """Does ``word`` read as a name: an acronym, a proper name by HanTa, or a word that follows a first name or an
    office, here ("Anton Wieser") or elsewhere in the article ("Christian Kern" for "Kern")?"""
    if not word[:1].isupper() or not re.fullmatch(r"[\w-]+", word):
        return False
    if word.isupper() or analyze(word, "de")[1] == "NE":
        return True
    if _first_name_or_office(before):
        return True
    return any(_first_name_or_office(m.group(1)) for m in re.finditer(rf"(\S+)\s+{re.escape(word)}\b", article))


def _first_name_or_office(word: str) -> bool:
    return word[:1].isupper() and (analyze(word, "de")[1] == "NE" or _ROLE.search(word.lower()) is not None)
