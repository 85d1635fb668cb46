"""Exploration (stop 38, xcross): the veto of bench/xcross_train.py at other bars, from a run's dump (``--dump RUN``
writes RUN.NAME.pkl): per group (figure / other), how the first claims of no_answer questions the product answers
and of questions it answers right are told apart (AUC), and what a veto at a bar (a quantile of the training right
answers' cross scores, or the bar of the most passes on the training sets in sample) removes on the training sets
(in sample) and on the test sets. Numbers: bench/xcross_train.py's docstring.
    xcross_bars.py RUN.NAME.pkl
("train" here: the scored sets outside the run's TEST, its bar sets unless ``--score-all``.)"""

import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score


def claim(q: dict) -> float | None:
    return None if q["claim_at"] is None else float(q["x"][q["claim_at"]])


def vetoes(qs: list[dict], bar: float) -> tuple[int, int, int]:
    """no_answer questions answered, right answers and wrong answers whose first claim scores below ``bar``."""
    below = [q for q in qs if (x := claim(q)) is not None and x < bar]
    na = sum(not q["answerable"] for q in below)
    right = sum(q["answerable"] and q["passed"] for q in below)
    return na, right, len(below) - na - right


def main() -> None:
    d = pickle.loads(Path(sys.argv[1]).read_bytes())  # our own dump
    for fig in (True, False):
        name = "figure" if fig else "other"
        held = set(d["test"])
        tr = [q for q in d["qs"] if q["set"] not in held and q["fig"] == fig and claim(q) is not None]
        te = [q for q in d["qs"] if q["set"] in held and q["fig"] == fig and claim(q) is not None]
        for part, qs in (("train (in sample)", tr), ("test", te)):
            right = [claim(q) for q in qs if q["answerable"] and q["passed"]]
            na = [claim(q) for q in qs if not q["answerable"]]
            auc = roc_auc_score([1] * len(right) + [0] * len(na), right + na) if right and na else float("nan")
            print(f"{name} {part}: right {len(right)}, no_answer answered {len(na)}: AUC {auc:.3f}")
        rights = np.array([claim(q) for q in tr if q["answerable"] and q["passed"]])
        for qu in (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3):
            bar = float(np.quantile(rights, qu))
            print(f"  q{qu}: bar {bar:.2f}  vetoes NA/right/wrong train {vetoes(tr, bar)} test {vetoes(te, bar)}")
        best, at = 0, -np.inf
        for c in sorted({claim(q) + 1e-6 for q in tr}):  # type: ignore[operator]
            true, false, _ = vetoes(tr, c)
            if true - false > best:
                best, at = true - false, c
        print(f"  most passes in sample: bar {at:.2f}  train {vetoes(tr, at)} test {vetoes(te, at)}")


if __name__ == "__main__":
    main()
