"""Question sets kept in the project without the corpus's text: each gold quote as its place in the article.

The sets helpers write (``bench/QUESTION_SETS.md``) quote gnad sentences, and nothing of ../shared/eval is copied into
the project; kept outside it, 2,114 studied questions were lost with a machine at stop 49. Packed, a gold item keeps
``doc_id``, ``figure`` and ``source`` and replaces ``quote`` by ``at``, the ``[start, end)`` of its first occurrence
in the article (where the scorer looks for it), so the set can live in ``bench/sets/`` and be unpacked against
../shared's corpora whenever it is scored (``eval_answers.py`` does that itself for ``--set``/``--seed-set``).

    python bench/question_sets.py pack SET.jsonl bench/sets/NAME.jsonl
    python bench/question_sets.py unpack bench/sets/NAME.jsonl SET.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
CORPORA = (EVAL / "dev" / "corpus.jsonl", EVAL / "gnad" / "corpus.jsonl")


def texts(corpora: Iterable[Path] = CORPORA) -> dict[str, str]:
    """Every article's text by its id."""
    out: dict[str, str] = {}
    for corpus in corpora:
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                out[article["id"]] = article["text"]
    return out


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(rows: list[dict[str, Any]], path: Path) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def _without(item: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != key}


def _gold(question: dict[str, Any], convert: Any) -> dict[str, Any]:
    return {**question, "gold": [convert(question["id"], item) for item in question.get("gold") or []]}


def pack(questions: list[dict[str, Any]], articles: dict[str, str]) -> list[dict[str, Any]]:
    """The questions with each gold quote replaced by where it stands; a quote its article lacks is an error."""

    def placed(qid: str, item: dict[str, Any]) -> dict[str, Any]:
        quote = item["quote"]
        start = articles.get(item["doc_id"], "").find(quote)
        if start < 0:
            raise ValueError(f"{qid}: the gold quote is not in {item['doc_id']}")
        return {**_without(item, "quote"), "at": [start, start + len(quote)]}

    return [_gold(question, placed) for question in questions]


def unpack(questions: list[dict[str, Any]], articles: dict[str, str]) -> list[dict[str, Any]]:
    """The questions with each gold item's quote read back from its article (items that still quote are kept)."""

    def quoted(qid: str, item: dict[str, Any]) -> dict[str, Any]:
        if "at" not in item:
            return item
        start, end = item["at"]
        text = articles.get(item["doc_id"])
        if text is None or not 0 <= start < end <= len(text):
            raise ValueError(f"{qid}: no text at {start}:{end} of {item['doc_id']}")
        return {**_without(item, "at"), "quote": text[start:end]}

    return [_gold(question, quoted) for question in questions]


def packed(path: Path) -> bool:
    """Does the set at ``path`` place its gold quotes instead of quoting them?"""
    return any("at" in item for question in _lines(path) for item in question.get("gold") or [])


def unpacked(path: Path, out: Path, articles: dict[str, str] | None = None) -> Path:
    """``path`` itself where it quotes, else its questions unpacked into ``out`` (what the scorer reads)."""
    if not packed(path):
        return path
    _write(unpack(_lines(path), texts() if articles is None else articles), out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("pack", "unpack"))
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    convert = pack if args.action == "pack" else unpack
    _write(convert(_lines(args.source), texts()), args.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
