"""Exploration (stop 35, hprev): the question guard's decision studied from out-of-fold scores, without retraining.
``xenc_train.py CACHE --folds 4 --train gnad --sets … --dump OOF.pkl`` writes each question's out-of-fold tuned
scores (h, and hp: the same score of each candidate's previous sentence); this script fits the combination per
fold as xenc_train does and compares decisions, out of fold (4 folds by set) and across two groups of sets (A: dev,
dev2/gnad, dev19-dev26; B: dev27-dev34; bars chosen on one, checked on the other):
  p at the shipped bars; the guard with its strict bars (veto below the lowest combination any correctly answered
  training question reached, lift above the highest any no_answer one below the bar reached); the guard with a veto
  and/or lift bar moved to what passes most training questions; and trade curves (a fixed softer move of one bar).
The veto is judged on p's best usable candidate (as the answer stage does), a lift answers the best by the
combination.
    xenc_bars.py OOF.pkl [h|hx]

Result (2026-12-06, stop 35; 931 questions of dev, dev2/gnad, dev19..dev34 over gnad36, 4-fold out-of-fold h):
  4 folds: p 664 (NA 223, wrong abst 97), guard strict 673 (229, 99); best veto bar 666 (233, 112), best lift bar
  673 (221, 85), both 666.  A->B: p 268, strict 271, best veto 270, best lift 269, both 268.  B->A: p 396, strict
  397, best veto 391, best lift 389, both 383.  Bars chosen on the training sets do not carry over: the strict
  ones stay best.  Trade of a softer figure veto bar (+1 / +2 / +3 in the combination): group A NA +0 / +4 / +10
  against wrong abstentions +3 / +18 / +49; group B NA +1 / +10 / +18 against +3 / +7 / +22 (dev29-dev34: NA +1 /
  +8 / +14, wrong abst +3 / +7 / +17); the figure lift bar lowered by .5: A +3, B +2 (NA -2/-1, wrong abst -5/-5),
  but a bar chosen on B (-2.0) costs A 7."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from bench.xenc_train import FOUND_LOGIT, features, fit_combo, logit, outcome

GROUPS = ("figure", "other")
GROUP_A = ["dev", "dev2g"] + [f"dev{n}" for n in range(19, 27)]
Bars = dict[str, tuple[float, float, float]]  # group: (found on logit p, veto, lift on the combination)


def rows(qs: list[Any], combo: LogisticRegression, key: str) -> list[dict]:
    out = []
    for q in qs:
        if q.type == "quote_check":
            continue
        u = np.flatnonzero(q.usable) if len(q.p) else np.zeros(0, int)
        r: dict[str, Any] = {"set": q.set, "g": "figure" if q.fig else "other", "na": not q.answerable, "ok": len(u)}
        if len(u):
            lp = logit(q.p)
            c = combo.decision_function(features(q, key))
            top, best = u[np.argmax(q.p[u])], u[np.argmax(c[u])]
            r |= {"lp": lp[top], "ctop": c[top], "ltop": bool(q.label[top]), "cmax": c[best], "lmax": q.label[best]}
        out.append(r)
    return out


def decide(r: dict, bars: Bars, guard: bool = True) -> tuple[bool, bool]:
    """(answered, with a gold sentence)"""
    if not r["ok"]:
        return False, False
    found, veto, lift = bars[r["g"]]
    if r["lp"] >= found:
        return (True, r["ltop"]) if not guard or r["ctop"] >= veto else (False, False)
    return (True, bool(r["lmax"])) if guard and r["cmax"] > lift else (False, False)


def tally(rs: list[dict], bars: Bars, guard: bool = True) -> np.ndarray:
    """passes, no_answer passes, wrong abstentions, answered wrong"""
    total = np.zeros(4, int)
    for r in rs:
        answered, right = decide(r, bars, guard)
        total += outcome(not r["na"], answered, right)
    return total


def strict(rs: list[dict]) -> Bars:
    out = {}
    for g in GROUPS:
        f = FOUND_LOGIT[g]
        sub = [r for r in rs if r["g"] == g and r["ok"]]
        lift = max([r["cmax"] for r in sub if r["lp"] < f and r["na"]], default=np.inf)
        veto = min([r["ctop"] for r in sub if r["lp"] >= f and not r["na"] and r["ltop"]], default=-np.inf)
        out[g] = (f, veto, lift)
    return out


def best(rs: list[dict], start: Bars, which: tuple[str, ...] = ("veto", "lift")) -> Bars:
    """Each bar alone moved to what passes most of ``rs`` (ties: the nearer the strict one)."""
    out = dict(start)
    for g in GROUPS:
        sub = [r for r in rs if r["g"] == g and r["ok"]]
        f = start[g][0]
        for w in which:
            at = 1 if w == "veto" else 2
            values = sorted({r["ctop"] if w == "veto" else r["cmax"] for r in sub if (r["lp"] >= f) == (w == "veto")})
            first = out[g][at]
            top, chosen = tally(sub, out)[0], first
            for v in values:
                bar = v + 1e-9 if w == "veto" else v - 1e-9
                trial = dict(out)
                trial[g] = (f, bar, out[g][2]) if w == "veto" else (f, out[g][1], bar)
                k = tally(sub, trial)[0]
                if k > top or (k == top and abs(bar - first) < abs(chosen - first)):
                    top, chosen = k, bar
            out[g] = (f, chosen, out[g][2]) if w == "veto" else (f, out[g][1], chosen)
    return out


def main() -> None:
    # the dumped questions stand in for xenc_train's Question (the attributes fit_combo and features read)
    qs: list[Any] = [SimpleNamespace(**d) for d in pickle.loads(Path(sys.argv[1]).read_bytes())]
    key = sys.argv[2] if len(sys.argv) > 2 else "h"
    sets = list(dict.fromkeys(q.set for q in qs))
    splits = {
        "4 folds": [sets[i::4] for i in range(4)],
        "A->B": [[s for s in sets if s not in GROUP_A]],
        "B->A": [GROUP_A],
    }
    for title, folds in splits.items():
        total: dict[str, np.ndarray] = {}
        for fold in folds:
            train = [q for q in qs if q.set not in fold]
            combo = fit_combo(train, key)
            rtrain, rtest = rows(train, combo, key), rows([q for q in qs if q.set in fold], combo, key)
            st = strict(rtrain)
            variants = {
                "p shipped": (st, False),
                "guard strict": (st, True),
                "guard best veto": (best(rtrain, st, ("veto",)), True),
                "guard best lift": (best(rtrain, st, ("lift",)), True),
                "guard best both": (best(rtrain, st), True),
            }
            for n, (bars, guard) in variants.items():
                total[n] = total.get(n, np.zeros(4, int)) + tally(rtest, bars, guard)
        print(f"{title} (key {key})")
        for n, t in total.items():
            print(f"  {n:16s} pass {t[0]} NA {t[1]} wrong abst {t[2]} answered wrong {t[3]}")
    # trade curves: each fold's strict bars moved by a fixed step, out of fold, per group of sets
    per = []
    for fold in splits["4 folds"]:
        combo = fit_combo([q for q in qs if q.set not in fold], key)
        per.append(
            (
                strict(rows([q for q in qs if q.set not in fold], combo, key)),
                rows([q for q in qs if q.set in fold], combo, key),
            )
        )
    late = [f"dev{n}" for n in range(29, 35)]
    for g in GROUPS:
        for w in ("veto", "lift"):
            print(f"{g} {w} bar moved softer: pass NA wrong_abst answered_wrong   A | B | dev29-34")
            for step in (0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0):
                res = [np.zeros(4, int) for _ in range(3)]
                for st, rtest in per:
                    f, v, lift = st[g]
                    bars = dict(st)
                    bars[g] = (f, v + step, lift) if w == "veto" else (f, v, lift - step)
                    for j, keep in enumerate((lambda s: s in GROUP_A, lambda s: s not in GROUP_A, lambda s: s in late)):
                        res[j] += tally([r for r in rtest if keep(r["set"])], bars)
                print(f"  {step:4.2f}  " + " | ".join(" ".join(f"{x:3d}" for x in t) for t in res))


if __name__ == "__main__":
    main()
