"""Indexing throughput next to the raw embedder, the unchanged re-index, and a cold start in a new process."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.config import Say
from bench.timing import ratio, rss_mb
from retrieval.indexer import EMBED_BATCH, embedded_texts
from retrieval.models import Article

TURN = 10  # articles embedded raw, then indexed, in turn


def measure_indexing(service: Any, articles: list[Article], sample: int, say: Say) -> dict[str, Any]:
    """Index the first ``sample`` new articles (timed), then the rest; embed the same texts raw (timed).

    The raw run embeds exactly the texts ``Indexer`` embeds, in batches of the same size but filled across
    articles; the gap to indexing is segmentation, analysis, Chroma and SQLite
    writes, and the partial batches of per-article embedding."""
    from retrieval import segment

    known = service.store.hashes()
    new = [a for a in articles if known.get(a.id) != a.content_hash]
    result: dict[str, Any] = {"articles": len(articles), "already_indexed": len(articles) - len(new)}
    if not new:
        result["note"] = "every article was already in --index-dir: throughput not measured this run"
        return result
    head, rest = new[:sample], new[sample:]
    say(f"indexing {len(head)} articles, each group of {TURN} also embedded directly first (the limit) …")
    texts: list[str] = []
    raw_s = index_s = 0.0
    passages = sentences = 0
    for first in range(0, len(head), TURN):  # in turns, so a burst of outside load hits both alike
        group = head[first : first + TURN]
        group_texts = []  # what Indexer embeds of each article
        for article in group:
            group_texts += embedded_texts(segment.sentences(article))
        began = time.perf_counter()
        for start in range(0, len(group_texts), EMBED_BATCH):
            service.embedder.passages(group_texts[start : start + EMBED_BATCH])
        raw_s += time.perf_counter() - began
        began = time.perf_counter()
        report = service.indexer.sync(group)
        index_s += time.perf_counter() - began
        passages, sentences = passages + report.passages_embedded, sentences + report.sentences_embedded
        texts += group_texts
    chars = sum(len(a.text) for a in head)
    result |= {
        "sample_articles": len(head),
        "sample_passages": passages,
        "sample_sentences": sentences,
        "sample_chars": chars,
        "embedded_texts": len(texts),
        "embedded_chars": sum(len(t) for t in texts),
        "index_s": round(index_s, 2),
        "raw_embed_s": round(raw_s, 2),
        "index_passages_per_s": round(passages / index_s, 2),
        "index_chars_per_s": round(chars / index_s, 1),
        "raw_passages_per_s": round(passages / raw_s, 2),
        "raw_chars_per_s": round(chars / raw_s, 1),
        "index_vs_raw": ratio(raw_s, index_s),
    }
    if rest:
        say(f"indexing the other {len(rest)} articles …")
        more = service.indexer.sync(rest)
        result |= {
            "rest_articles": len(rest),
            "rest_index_s": round(more.seconds, 2),
            "rest_passages": more.passages_embedded,
        }
    return result


def measure_reindex(service: Any, paths: Sequence[Path]) -> dict[str, Any]:
    began = time.perf_counter()
    report = service.index_paths(list(paths))
    seconds = time.perf_counter() - began
    return {
        "seconds": round(seconds, 2),
        "unchanged": report.unchanged,
        "added": report.added,
        "updated": report.updated,
    }


# A process's own peak RSS in KiB, as code for a child: its VmHWM. On Linux ``ru_maxrss`` survives ``exec`` and
# starts from the parent's peak (subprocess starts a child by vfork + exec), so the cold start reported the
# bench's 866 MB of indexing instead of the serving process's 476 MB. ``ru_maxrss`` only where there is no /proc.
PEAK_RSS = """
import re, resource
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = int(re.search(r"VmHWM:\\s*(\\d+)", status.read()).group(1))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
_CHILD = (
    """
import json, sys, time
from retrieval.api import Belegbot
bot = Belegbot(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
opened = time.time()
answer = bot.answer(sys.argv[3])
"""
    + PEAK_RSS
    + """
print(json.dumps({"opened": opened, "answered": time.time(), "found": answer.found, "maxrss": peak}))
"""
)


def measure_cold_start(index_dir: Path, model: str, question: str) -> dict[str, Any]:
    """A new Python process: interpreter start, imports, open the index, load the model, first answer."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(index_dir), model, question],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        return {"error": f"the cold-start process failed ({done.returncode}): {tail[0]}"}
    child = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "to_first_answer_s": round(child["answered"] - began, 2),
        "to_index_open_s": round(child["opened"] - began, 2),
        "first_answer_s": round(child["answered"] - child["opened"], 2),
        "answer_found": child["found"],
        "peak_rss_mb": rss_mb(int(child["maxrss"])),
    }


# A serving process's memory: a bot answering the bench's questions ``rounds`` times over (every article they
# lead to read, every cache filled), its resident set after each round and its peak.
_SERVING = (
    """
import json, re, sys
from retrieval.api import Belegbot
bot = Belegbot(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
questions = json.loads(open(sys.argv[3], encoding="utf-8").read())
after = []
for _ in range(int(sys.argv[4])):
    for question in questions:
        bot.answer(question)
    with open("/proc/self/status", encoding="ascii") as status:
        after.append(int(re.search(r"VmRSS:\\s*(\\d+)", status.read()).group(1)))
"""
    + PEAK_RSS
    + """
print(json.dumps({"after": after, "maxrss": peak}))
"""
)


def measure_serving_memory(index_dir: Path, model: str, questions: list[str], rounds: int) -> dict[str, Any]:
    """A new process answers ``questions`` ``rounds`` times: its RSS after each round (MB) and its peak."""
    if not Path("/proc/self/status").exists():
        return {"error": "needs /proc (Linux)"}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as listing:
        json.dump(questions, listing, ensure_ascii=False)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _SERVING, str(index_dir), model, listing.name, str(rounds)],
            capture_output=True,
            text=True,
            check=False,
            timeout=3600,
        )
    finally:
        Path(listing.name).unlink(missing_ok=True)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        return {"error": f"the serving process failed ({done.returncode}): {tail[0]}"}
    child = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "answers": len(questions) * rounds,
        "rss_after_rounds_mb": [rss_mb(kb) for kb in child["after"]],
        "rss_mb": rss_mb(child["after"][-1]),
        "peak_rss_mb": rss_mb(int(child["maxrss"])),
    }
