"""What the answer stage reads a question as asking, against what its set says it asks: a confusion table.

    python bench/asked_kinds.py ANSWERS [--half NAME ...] [--show]

ANSWERS is a folder ``eval_answers.py --out`` wrote: each set's answers (``NAME.jsonl``, every answer carries the
``intent`` the question parser read) beside its questions (``NAME.questions.jsonl`` for a packed set, else the file
``eval_answers.SETS`` names). Rows are the sets' types, a who-said or quote-check question split by whether a gold
sentence prints a digit ("+digit"); columns are the intents read; a cell is ``questions/passed``. ``--half`` names
the sets of half A (the rest are half B): a table for each. ``--show`` lists the answerable questions read as another
kind of the answer contract (``intent.KIND_OF``: a figure question read as general, who-said, when, …), each with
whether it passed: never on a hold-out set.

Stop 52, the 1,268 studied questions at 7f823b0: 19 of 364 figure questions read as another kind (general 4, when 7,
who_said 6, where 1, what_said 1), 9 of them missed; 4 of 256 who-said questions read as general, all missed; 2 quote
checks read as general, both missed; no who-said or quote-check question read as a figure one. With the rules of
stop 52 (``intent``: a person's "-chef" and English agent nouns, a topic typed before "who", "wo liegt die <figure
noun>", "print run"; ``amounts.BOUND_TIME``): 16 figure questions read as another kind, 6 missed; 1 who-said one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.eval_answers import CORPORA, SETS, _file, scorer
from retrieval.question.intent import KIND_OF

KINDS = {str(intent): str(kind) for intent, kind in KIND_OF.items()}  # the kind of the contract each intent is of


def row_of(item: dict[str, Any], docs: dict[str, str], rules: Any) -> str:
    """The table row of a question: its type, "+digit" for a who-said or quote-check one whose gold sentence prints a
    digit (a figure beside the words asked about)."""
    kind = str(item["type"])
    if kind not in ("who_said", "quote_check"):
        return kind
    texts = [docs[g["doc_id"]][span[0] : span[1]] for g in item["gold"] if (span := rules.span_of(docs, g))]
    return kind + ("+digit" if any(re.search(r"\d", t) for t in texts) else "")


def questions_of(answers: Path, name: str) -> Path:
    """The questions of the set whose answers are ``answers/NAME.jsonl``."""
    packed = answers / f"{name}.questions.jsonl"
    if packed.exists():
        return packed
    return next(path for set_name, path, _ in SETS if _file(set_name) == name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("answers", type=Path)
    parser.add_argument("--half", nargs="*", default=None, help="the sets of half A (file names: dev2-gnad, dev86)")
    parser.add_argument("--show", action="store_true", help="list the questions off the diagonal")
    args = parser.parse_args()
    rules = scorer()
    docs = rules.load_corpus([str(c) for c in CORPORA])
    cells: Counter[tuple[str, str, str]] = Counter()
    passed: Counter[tuple[str, str, str]] = Counter()
    shown: list[str] = []
    for path in sorted(args.answers.glob("*.jsonl")):
        name = path.name.removesuffix(".jsonl")
        if name.endswith(".questions"):
            continue
        items = [json.loads(line) for line in questions_of(args.answers, name).read_text(encoding="utf-8").splitlines()]
        answers = {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        ok = {r["id"]: r["got"] == r["need"] for r in rules.score(items, answers, docs)["rows"]}
        half = "" if args.half is None else "A" if name in args.half else "B"
        for item in items:
            intent = str(answers[item["id"]].get("intent"))
            cell = (half, row_of(item, docs, rules), intent)
            cells[cell] += 1
            passed[cell] += ok[item["id"]]
            if args.show and item["type"] != "no_answer" and KINDS.get(intent) != item["type"]:
                mark = "pass" if ok[item["id"]] else "miss"
                shown.append(f"{item['id']:12s} {item['type']:11s} read {intent:11s} {mark}  {item['question'][:90]}")
    for half in sorted({c[0] for c in cells}):
        print(f"half {half}" if half else "all sets")
        print(table({(r, i): (n, passed[(h, r, i)]) for (h, r, i), n in cells.items() if h == half}))
    print("\n".join(shown))
    return 0


def table(cells: dict[tuple[str, str], tuple[int, int]]) -> str:
    """Rows by type, columns by intent read, each cell ``questions/passed`` ("." where none)."""
    rows = sorted({r for r, _ in cells})
    columns = sorted({i for _, i in cells})
    lines = [f"{'':18s}" + "".join(f"{c:>12s}" for c in columns)]
    for r in rows:
        shown = [f"{cells[(r, c)][0]}/{cells[(r, c)][1]}" if (r, c) in cells else "." for c in columns]
        lines.append(f"{r:18s}" + "".join(f"{s:>12s}" for s in shown))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
