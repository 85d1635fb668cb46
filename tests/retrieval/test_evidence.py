"""retrieval.answer.evidence: the candidates of a question and the context each carries, on the seed index."""

from __future__ import annotations

from retrieval.answer.evidence import gather
from retrieval.question import parse_question
from retrieval.search import Searcher


def test_each_candidate_carries_the_sentence_before_it(seed_searcher: Searcher) -> None:
    pool = gather(parse_question("Wie viele Soldaten schickt Nordkorea, und wer sagt das?"), seed_searcher)
    assert len({c.doc_id for c in pool.candidates}) > 1  # the sentences before come from several articles at once
    firsts = 0
    for c in pool.candidates:
        article = pool.articles[c.doc_id]
        spans = [(row.start, row.end) for row in seed_searcher.store.sentences(c.doc_id)]
        assert c.text == article.text[c.start : c.end] and (c.start, c.end) == spans[c.index]
        assert c.before == (article.text[slice(*spans[c.index - 1])] if c.index else "")
        firsts += c.index == 0
    assert 0 < firsts < len(pool.candidates)  # both kinds: an article's first sentence, and later ones
