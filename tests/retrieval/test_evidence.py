"""retrieval.answer.evidence: the candidates of a question and the context each carries, on the seed index."""

from __future__ import annotations

import pytest

from retrieval.answer.evidence import ANAPHORIC, gather
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


def test_a_sentence_that_opens_on_a_demonstrative_is_as_relevant_as_the_one_before(seed_searcher: Searcher) -> None:
    # "Diese berichtete …, dass Pjöngjang insgesamt vier Brigaden mit 12.000 Soldaten …": "Diese" is Yonhap, which
    # the sentence before names; alone, search ranks the sentence far below that one
    question = "Welche Nachrichtenagentur hat die Berichte über die Entsendung nordkoreanischer Soldaten bestätigt?"
    pool = gather(parse_question(question), seed_searcher)
    by_key = {c.key: c for c in pool.candidates}
    this = next(c for c in pool.candidates if c.text.startswith("Diese berichtete"))
    assert this.dense == by_key[(this.doc_id, this.index - 1)].dense


@pytest.mark.parametrize(
    ("sentence", "anaphoric"),
    [
        ("Diese verteilten sich auf knapp 2,2 Milliarden Liter Benzin.", True),
        ("Dieser Wert liegt nach Berechnung der Statistik bei 1,2 Prozent.", True),
        ("Medien schätzten ihre Zahl auf zwischen 700 und 2.000.", True),
        ("Auch das Institut kommt auf dieselbe Zahl.", True),
        ("Die Zahl der Toten stieg auf 50.", False),  # what it counts follows
        ("Medien schätzten diese Zahl der Toten auf 50.", False),
        ("Die Polizei nahm 161 Personen fest.", False),
    ],
)
def test_what_a_figure_sentence_counts_may_be_named_before_it(sentence: str, anaphoric: bool) -> None:
    assert bool(ANAPHORIC.search(sentence)) is anaphoric
