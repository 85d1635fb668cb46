"""``bench/xenc_train.py``: writing the answer stage's question guard from a cache of candidate pools."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from retrieval.answer.guard import QuestionGuard
from retrieval.embedding.e5file import wheel
from retrieval.embedding.e5tokens import QUERY, E5Tokens


def _cache(folder: Path) -> None:
    """A cache as xenc_extract writes it: two answerable questions (one figure, one who-said) and two the corpus does
    not answer, six candidates each with random stored vectors, the first candidate of an answerable one gold."""
    rng = np.random.default_rng(1)
    questions = [
        ("figure", "figure", "Wie viele Brücken ließ die Gemeinde sanieren?"),
        ("who_said", "who_said", "Wer lobte den neuen Radweg am Kanal?"),
        ("no_answer", "figure", "Wie teuer war der Umbau des Rathauses?"),
        ("no_answer", "who_said", "Who criticised the closing of the pool?"),
    ]
    ids = E5Tokens(wheel().vocab).ids([text for *_, text in questions], QUERY)
    n = 6
    s = rng.normal(size=(len(questions) * n, 384)).astype(np.float32)
    s /= np.linalg.norm(s, axis=1, keepdims=True)
    label = np.zeros(len(questions) * n, bool)
    label[0] = label[n] = True
    np.savez_compressed(
        folder / "tiny.npz",
        qi=np.repeat(np.arange(len(questions)), n).astype(np.int32),
        p=rng.uniform(0.3, 0.99, len(questions) * n).astype(np.float32),
        label=label,
        usable=np.ones(len(questions) * n, bool),
        rank=np.tile(np.arange(n), len(questions)).astype(np.int32),
        s=s,
        sprev=np.zeros_like(s),
        q=np.zeros((len(questions), 384), np.float32),
        tok=np.concatenate([np.array(x, np.int32) for x in ids]),
        toklen=np.array([len(x) for x in ids], np.int32),
        qtype=np.array([t for t, *_ in questions]),
        qkind=np.array([k for _, k, _ in questions]),
        npool=np.full(len(questions), n),
        goldin=np.array([1, 1, 0, 0]),
    )


def _saved_guard(tmp_path: Path) -> tuple[Any, list[Any], Path]:
    """A guard trained for nothing on the tiny cache and saved: the model, its questions and the file."""
    from bench import xenc_train
    from bench.xenc_model import E5Torch

    _cache(tmp_path)
    questions = xenc_train.load(tmp_path, "tiny")
    model = E5Torch(tuned=2, rank=4)
    xenc_train.bottoms(model, questions)
    out = tmp_path / "guard.npz"
    xenc_train.save(out, model, questions, argparse.Namespace(epochs=1, lr=2e-3))
    return model, questions, out


def test_save_writes_a_guard_the_answer_stage_loads(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    _, _, out = _saved_guard(tmp_path)
    guard = QuestionGuard(out)
    assert guard.first == 10
    assert set(guard.veto) == set(guard.lift) == {"figure", "other"}
    assert np.isfinite(guard.combination("figure", 0.9, 0.8))


def test_a_heavier_no_answer_loss_weighs_only_the_questions_the_corpus_does_not_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--na-weight``: the loss of a question the corpus does not answer (its "nothing" entry) is multiplied by it,
    that of an answerable one (its gold candidates) stays as it was."""
    torch = pytest.importorskip("torch")
    from bench import xenc_train

    _cache(tmp_path)
    questions = {q.type: q for q in xenc_train.load(tmp_path, "tiny")}
    lp = torch.log_softmax(torch.tensor([2.0, 0.5, -1.0, 0.3, 0.1, 0.0, 1.0]), 0)
    losses = {}
    for weight in (1.0, 3.0):
        monkeypatch.setattr(xenc_train, "NA_WEIGHT", [weight])
        losses[weight] = {t: float(xenc_train.question_loss(q, lp)) for t, q in questions.items()}
    assert losses[3.0]["no_answer"] == pytest.approx(3 * losses[1.0]["no_answer"])
    assert losses[3.0]["figure"] == pytest.approx(losses[1.0]["figure"])
    assert losses[1.0]["no_answer"] == pytest.approx(-float(lp[-1]))


def test_simulate_judges_a_saved_guard_by_its_own_bars_or_another_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--simulate NPZ[:BARS_NPZ]``: the saved guard's deltas score the cached questions; bars that neither veto nor
    lift leave p's decisions (as many passes as p alone), bars that veto everything and lift nothing leave only the
    two questions the corpus does not answer passing."""
    pytest.importorskip("torch")
    from bench import xenc_train

    model, questions, out = _saved_guard(tmp_path)
    for name, lift, veto in (("neutral", np.inf, -np.inf), ("silent", np.inf, np.inf)):
        np.savez(tmp_path / f"{name}.npz", lift=np.full(2, lift, np.float32), veto=np.full(2, veto, np.float32))
    capsys.readouterr()
    for name in ("neutral", "silent"):
        xenc_train.simulate(model, f"{out}:{tmp_path / name}.npz", {"tiny": questions})
    totals = re.findall(r"p alone (\d+), guard sim pass (\d+) NA (\d+)", capsys.readouterr().out)
    (alone, neutral, _), (_, silent, silent_na) = ((int(x) for x in row) for row in totals)
    assert neutral == alone
    assert silent == silent_na == 2
    # the deltas in the model are the saved ones (fp16)
    lin: Any = model.layers[model.split].lin["q"]  # type: ignore[index]
    saved = np.load(out)[f"l{model.split}.q.b"].astype(np.float32)
    assert np.allclose(lin.u.detach().numpy() * lin.scale, saved, atol=1e-2)


def test_the_answer_stage_can_be_measured_with_a_saved_guard(tmp_path: Path) -> None:
    """``eval_answers.py --guard FILE`` gives every bot the guard ``--save`` wrote (stop 51: a retrained guard answers
    the sets it never saw in the real answer stage)."""
    from types import SimpleNamespace

    from bench.eval_answers import use_guard

    pytest.importorskip("torch")
    _, _, path = _saved_guard(tmp_path)
    bots = [SimpleNamespace(answerer=SimpleNamespace(guard=None)) for _ in range(2)]
    use_guard(bots, path)  # type: ignore[arg-type]
    assert isinstance(bots[0].answerer.guard, QuestionGuard) and bots[1].answerer.guard is bots[0].answerer.guard
    assert bots[0].answerer.guard.veto == QuestionGuard(path).veto
