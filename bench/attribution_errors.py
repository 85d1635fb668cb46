"""The remaining attribution errors by kind, counted, so the next step can be chosen from them.

    python bench/attribution_errors.py PREDICTIONS [--gold ../shared/eval/attribution/train.jsonl]

PREDICTIONS is what ``bench/eval_attribution.py --pred FILE`` writes. Quotes are matched to gold quotes the
way the dataset's scorer matches them (``score.py``: at least half of the gold quote covered); then every gold
quote not found is counted by its gold type, every prediction that matches nothing by the kind of cue that
made it, and every matched quote whose speaker is wrong by what went wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "attribution"
PRONOUNS = frozenset("er sie es ihm ihr ihnen ihn man wir ich du they he she".split())


def _scorer(gold: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("attribution_score", gold.parent / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _speaker_error(predicted: str | None, gold: str) -> str:
    if not predicted:
        return "speaker missing"
    if gold.lower() in PRONOUNS:
        return "gold speaker is a pronoun"
    if predicted.lower() in PRONOUNS:
        return "our speaker is a pronoun"
    if re.search(r"\d", predicted):
        return "our speaker holds a number"
    return "another speaker"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--gold", type=Path, default=SHARED / "train.jsonl")
    args = parser.parse_args()
    score = _scorer(args.gold)
    gold = {d["id"]: d for d in map(json.loads, args.gold.open(encoding="utf-8"))}
    pred = {d["id"]: d.get("quotes", []) for d in map(json.loads, args.predictions.open(encoding="utf-8"))}
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    speaker: Counter[str] = Counter()
    for doc_id, doc in gold.items():
        golds, preds = doc["quotes"], pred.get(doc_id, [])

        def overlap(p: dict, g: dict) -> float | None:  # type: ignore[type-arg]
            cov = sum(max(0, min(p["quote_end"], b) - max(p["quote_start"], a)) for a, b in g["quote_spans"])
            tot = sum(b - a for a, b in g["quote_spans"])
            return cov / (tot + p["quote_end"] - p["quote_start"] - cov) if cov >= 0.5 * tot else None

        pairs = score.match(preds, golds, overlap)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        missed.update(g["type"] for j, g in enumerate(golds) if j not in matched_g)
        spurious.update(p.get("kind") or "?" for i, p in enumerate(preds) if i not in matched_p)
        for i, j in pairs:
            p, g = preds[i], golds[j]
            if g["speaker"] and not score.speaker_ok(p, g):
                speaker[_speaker_error(p.get("speaker"), g["speaker"])] += 1
            elif not g["speaker"] and p.get("speaker"):
                speaker["a speaker where the gold has none"] += 1
    print("| error | kind | count |\n|---|---|---|")
    for title, counts in (("gold quote missed", missed), ("quote not in gold", spurious), ("speaker wrong", speaker)):
        for kind, n in counts.most_common():
            print(f"| {title} | {kind} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
