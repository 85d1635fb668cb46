"""Write a question set again the way readers type in a chat, to measure how much the answers depend on care.

    python bench/chat_variants.py OUT_DIR NAME=QUESTIONS.jsonl [NAME=QUESTIONS.jsonl ...]

For each set, two variants next to each other in OUT_DIR, with ids, gold and types unchanged and only the question
text rewritten:

- ``NAME.lower.jsonl``: all lower case ("did amilcar pop say …");
- ``NAME.bare.jsonl``: lower case without question and exclamation marks and without quotation marks ("hat scholz
  gesagt wir schaffen das").

Answer them with ``bench/eval_answers.py --only --set NAME.lower=...`` beside the set as typed; what passes as typed
and fails as a variant is what a careless reader loses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

# Quotation marks a reader may leave out, the apostrophe too ("dont", "merkels" are common in a chat).
QUOTATION_MARKS = "„“”\"'’‘‚»«›‹"
_DROPPED = re.compile("[?!¿¡" + re.escape(QUOTATION_MARKS) + "]")


def lower(question: str) -> str:
    """The question all lower case."""
    return question.lower()


def bare(question: str) -> str:
    """The question lower case, without ?, ! and quotation marks (spaces left as they are, doubled ones joined)."""
    return re.sub(r"[ \t]{2,}", " ", _DROPPED.sub("", question.lower())).strip()


VARIANTS: dict[str, Callable[[str], str]] = {"lower": lower, "bare": bare}


def write_variants(questions: Path, out_dir: Path, name: str) -> list[Path]:
    """Write each variant of ``questions`` as ``out_dir/NAME.VARIANT.jsonl``; the paths written."""
    rows = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = []
    for variant, rewrite in VARIANTS.items():
        path = out_dir / f"{name}.{variant}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps({**row, "question": rewrite(row["question"])}, ensure_ascii=False) + "\n")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("sets", nargs="+", metavar="NAME=PATH")
    args = parser.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for spec in args.sets:
        name, _, path = spec.partition("=")
        if not path:
            parser.error(f"{spec!r}: give NAME=PATH")
        for written in write_variants(Path(path), args.out_dir, name.replace("/", "-")):
            print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
