"""An article that prints none of a German question's rare nouns does not answer it where another candidate article
prints all of them: the question is on that article's topic, and a figure of the same kind elsewhere (a ticket price
of satellite TV packages for "was kostet eine karte für melnyk im radiokulturhaus"; a date of a Katrina victim's
mother for "an welchem tag genau hat die mutter in favoriten ihren sohn getötet") belongs to another event."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from conftest import OneSentenceLibrary, figures_of, sentence_candidate

from retrieval.answer.answerer import Answerer, off_topic_articles, topic_nouns
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.question import parse_question

CONCERT = "Lubomyr Melnyk spielt am Sonntag im Radiokulturhaus."
TV = "Sie kosten 69 bzw. 159 Euro."
ORF = "Das Radiokulturhaus des ORF wird renoviert."


def test_rare_words_printed_as_nouns_name_the_topic() -> None:
    assert topic_nouns(["melnyk", "radiokulturhaus"], [CONCERT, TV]) == ["melnyk", "radiokulturhaus"]
    # verbs say how the question is put, not what it is about
    assert topic_nouns(["gereist", "gezählt"], ["Sie sind gereist und wurden gezählt."]) == []


def test_an_article_with_none_of_the_rare_nouns_is_off_topic_beside_one_with_all() -> None:
    texts = {"concert": CONCERT, "tv": TV, "orf": ORF}
    assert off_topic_articles(["melnyk", "radiokulturhaus"], texts) == frozenset({"tv"})


def test_without_an_article_on_every_rare_noun_nothing_is_off_topic() -> None:
    assert off_topic_articles(["melnyk", "radiokulturhaus"], {"tv": TV, "orf": ORF}) == frozenset()


def test_one_rare_noun_does_not_mark_a_topic() -> None:
    assert off_topic_articles(["melnyk"], {"concert": CONCERT, "tv": TV}) == frozenset()


def _row(**values: float) -> list[float]:
    return [values.get(name, 0.0) for name in NAMES]


def _pool(question: str, texts: dict[str, str]) -> tuple[Pool, Answerer]:
    q = parse_question(question)
    candidates = [
        replace(sentence_candidate(text, info=figures_of(text)), doc_id=doc_id) for doc_id, text in texts.items()
    ]
    library = OneSentenceLibrary()
    pool = Pool(q, candidates, None, {doc_id: library.article(doc_id) for doc_id in texts})
    return pool, Answerer(library, listing=None)  # type: ignore[arg-type]


def test_a_figure_off_the_topic_does_not_answer() -> None:
    pool, answerer = _pool("Wie viel kostet eine Karte für das Konzert?", {"tv": TV, "concert": "Es kostet 30 Euro."})
    p = np.array([0.99, 0.5])
    rows = [_row(), _row()]
    assert [i.candidate.doc_id for i in answerer.select(pool.question, pool, rows, p)] == ["tv"]
    pool.off_topic = frozenset({"tv"})
    assert answerer.select(pool.question, pool, rows, p) == []  # the concert's own figure is too unlikely


def test_the_figure_on_the_topic_is_listed_where_the_one_off_it_would_have_answered() -> None:
    pool, answerer = _pool("Wie viel kostet eine Karte für das Konzert?", {"tv": TV, "concert": "Es kostet 30 Euro."})
    pool.off_topic = frozenset({"tv"})
    listed = answerer.select(pool.question, pool, [_row(), _row()], np.array([0.99, 0.8]))
    assert [i.candidate.doc_id for i in listed] == ["concert"]  # found only on the 0.99 beside it: listed at 0.8
    assert answerer.select(pool.question, pool, [_row(), _row()], np.array([0.9, 0.8])) == []
