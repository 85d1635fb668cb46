"""A learned chooser of a figure's source among the candidates ``bench/figsrc_ceiling.py --out`` wrote: out of fold.

    python bench/figsrc_train.py ROWS.jsonl [--c 1.0]

Logistic regression on one row per candidate other than today's own source (label: the scorer's ``source_ok``
accepts it), trained without today's choice so that it judges every candidate on its context. Three ways to use it,
each out of fold (leave one whole set out) and across halves (A = dev, dev2, dev19..dev28, seed20..seed27;
B = dev29..dev38, dev43, seed28..seed35; trained on one, checked on the other):
  alone     the likeliest candidate in place of today's source, for every item
  fill      where today gives no source: the likeliest named candidate, when its probability is above t
  override  where today names a source: the likeliest other candidate (or none), when it beats the probability of
            the candidate that matches today's source by more than a margin
Prints items accepted; for fill / override the net change (newly accepted minus newly rejected) per threshold.
Result at stop 36: no way gains out of fold on both halves (see the stop's report).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ORIGINS = ("none", "indexed", "name", "body", "headline")
DISTANCES = (-1, 0, 1, 2, 3, 9)
HOWS = ("", "evidence", "indirect", "direct", "laut", "carried_over")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)

Items = dict[str, list[dict[str, Any]]]


def features(row: dict[str, Any]) -> list[float]:
    """One candidate's features: where it comes from, how far before the figure's sentence, what the two sentences
    say of speech (index-time cue and how, "laut"/"zufolge"/verbs of saying, subjunctive), whether they share a
    paragraph, whether the candidate is a full name, an acronym, named in the headline, often in the article."""
    words = row["source"].split()
    near = row["distance"] in (1, 2, 3)
    context = [row["same_par"], row["cand_cue"], row["cand_speech"], row["subjunctive"], row["opens_back"]]
    context += [row["par_start"], row["gold_indexed"]]
    f: list[Any] = [row["origin"] == o for o in ORIGINS]
    f += [row["distance"] == d for d in DISTANCES]
    f += [row["same_how"] == h for h in HOWS]
    f += [row["cue"], row["laut"], row["in_title"], math.log1p(row["mentions"]), len(words)]
    f += [sum(w[:1].isupper() for w in words) >= 2, any(len(w) > 1 and w.isupper() for w in words)]
    for o in ORIGINS:  # interactions that let an item's context weigh an origin
        f += [row["origin"] == o and row["cue"], row["origin"] == o and row["laut"]]
    f += [row["origin"] == "indexed" and row["distance"] == d for d in DISTANCES]
    f += [row["origin"] == "name" and row["distance"] == d for d in DISTANCES]
    f += context
    f += [near and x for x in context]  # a source before: only when the context carries it over
    f += [row["distance"] == 0 and x for x in context]
    f += [row["cand_how"] == h for h in HOWS]
    return [float(x) for x in f]


def load(path: Path) -> Items:
    items: Items = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        items[row["set"] + "/" + row["id"]].append(row)
    return items


def others(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["origin"] != "given"]


def fit(items: Items, keys: list[str], c: float) -> LogisticRegression:
    x = [features(r) for k in keys for r in others(items[k])]
    y = [r["ok"] for k in keys for r in others(items[k])]
    return LogisticRegression(C=c, max_iter=3000).fit(np.array(x), np.array(y))


def judged(model: LogisticRegression, rows: list[dict[str, Any]]) -> tuple[float, float, bool, bool, bool]:
    """(p of the best candidate, p of the one matching today's source or -1, is the best accepted, is today's
    accepted, is the best a named one)."""
    cands = others(rows)
    p = model.predict_proba(np.array([features(r) for r in cands]))[:, 1]
    best = int(np.argmax(p))
    given = rows[0]["source"]
    same = [
        p[j] for j, r in enumerate(cands) if r["source"] and given and (r["source"] in given or given in r["source"])
    ]
    if not given:
        same = [p[j] for j, r in enumerate(cands) if r["origin"] == "none"]
        named = [j for j, r in enumerate(cands) if r["origin"] != "none"]
        if named:
            best = max(named, key=lambda j: p[j])
    return float(p[best]), float(max(same, default=-1.0)), cands[best]["ok"], rows[0]["ok"], bool(cands[best]["source"])


def report(name: str, items: Items, keys: list[str], judge: dict[str, Any]) -> None:
    today = sum(items[k][0]["ok"] for k in keys)
    alone = sum(judge[k][2] for k in keys if items[k][0]["source"]) + sum(
        (judge[k][2] if judge[k][0] > judge[k][1] else items[k][0]["ok"]) for k in keys if not items[k][0]["source"]
    )
    empty = [k for k in keys if not items[k][0]["source"]]
    named = [k for k in keys if items[k][0]["source"]]
    fills = []
    for t in THRESHOLDS:
        chosen = [k for k in empty if judge[k][0] > t]
        fills.append(f"{t}:{len(chosen)}/{sum(judge[k][2] - judge[k][3] for k in chosen):+d}")
    overrides = []
    for m in MARGINS:
        chosen = [k for k in named if judge[k][0] - max(judge[k][1], 0.0) > m]
        overrides.append(f"{m}:{len(chosen)}/{sum(judge[k][2] - judge[k][3] for k in chosen):+d}")
    print(f"{name}: items {len(keys)}, today accepted {today}, chooser alone {alone}")
    print(f"   fill (today none, {len(empty)} items) t:fills/net  {' '.join(fills)}")
    print(f"   override (today named, {len(named)} items) margin:overrides/net  {' '.join(overrides)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=Path)
    parser.add_argument("--c", type=float, default=1.0)
    args = parser.parse_args()
    items = load(args.rows)
    keys = list(items)
    sets = sorted({k.split("/")[0] for k in keys})
    oof: dict[str, Any] = {}
    for s in sets:
        model = fit(items, [k for k in keys if not k.startswith(s + "/")], args.c)
        oof |= {k: judged(model, items[k]) for k in keys if k.startswith(s + "/")}
    halves = {h: [k for k in keys if items[k][0]["half"] == h] for h in "AB"}
    for h in "AB":
        report(f"leave-one-set-out, half {h}", items, halves[h], oof)
    for train, test in (("A", "B"), ("B", "A")):
        model = fit(items, halves[train], args.c)
        report(
            f"trained on {train}, checked on {test}",
            items,
            halves[test],
            {k: judged(model, items[k]) for k in halves[test]},
        )


if __name__ == "__main__":
    main()
