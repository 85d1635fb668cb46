"""Evaluate :func:`retrieval.attribution.attribute` on the quotation-attribution dev split.

Usage: python bench/eval_attribution.py [--gold PATH] [--pred OUT.jsonl] [--json]

Writes one prediction line per gold document (``{"id", "quotes": [...]}``) and runs the dataset's
own scorer (``score.py`` next to the gold file), printing its output.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

# Score the checkout this script sits in, not whatever ``retrieval`` the interpreter finds first (a
# worktree run with the shared venv would otherwise measure the main checkout's code).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from retrieval.attribution import attribute

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "attribution" / "dev.jsonl"


def predict(gold: Path, out: Path) -> tuple[int, float]:
    """Attribute every gold document's text; write predictions to ``out``. Returns (docs, seconds)."""
    t0 = time.perf_counter()
    n = 0
    with gold.open(encoding="utf-8") as fin, out.open("w", encoding="utf-8") as fout:
        for line in fin:
            doc = json.loads(line)
            quotes = [
                {
                    "quote_start": a.quote_start,
                    "quote_end": a.quote_end,
                    "speaker": a.speaker,
                    "speaker_start": a.speaker_start,
                    "speaker_end": a.speaker_end,
                    "cue": a.cue,
                    "kind": a.kind,
                }
                for a in attribute(doc["text"])
            ]
            fout.write(json.dumps({"id": doc["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
            n += 1
    return n, time.perf_counter() - t0


def main() -> None:
    """Predict, then score with the dataset's scorer."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--pred", type=Path, default=Path("/tmp/attribution_dev_pred.jsonl"))
    ap.add_argument("--json", action="store_true", help="pass --json to the scorer")
    args = ap.parse_args()
    n, secs = predict(args.gold, args.pred)
    print(f"attributed {n} documents in {secs:.1f}s -> {args.pred}")
    scorer = args.gold.parent / "score.py"
    cmd = [sys.executable, str(scorer), str(args.pred), "--gold", str(args.gold)]
    if args.json:
        cmd.append("--json")
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(res.stdout, end="")
    if res.stderr:
        print(res.stderr, end="", file=sys.stderr)
    sys.exit(res.returncode)


if __name__ == "__main__":
    main()
