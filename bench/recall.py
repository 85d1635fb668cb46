"""Recall@k of `belegbot search --batch` output against a question file with gold `doc_id`s.

belegbot search --batch ../shared/eval/xquad/questions.jsonl -k 5 --json > hits.jsonl
python bench/recall.py ../shared/eval/xquad/questions.jsonl hits.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def main(questions_path: str, hits_path: str) -> None:
    gold = {}
    lang = {}
    with Path(questions_path).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["id"]] = record["doc_id"]
            lang[record["id"]] = record.get("lang", "?")
    ranks: dict[str, list[int | None]] = defaultdict(list)
    with Path(hits_path).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs = [hit["doc_id"] for hit in record["hits"]]
            target = gold[record["id"]]
            ranks[lang[record["id"]]].append(docs.index(target) + 1 if target in docs else None)
    for language, found in sorted(ranks.items()):
        n = len(found)
        line = "  ".join(f"R@{k} {sum(1 for r in found if r and r <= k) / n:.3f}" for k in (1, 5))
        print(f"{language}: {n} questions  {line}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
