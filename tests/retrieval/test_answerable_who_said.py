"""Answerable who-said questions the bot used to abstain on: a common word of the question is no topic the person
must speak on."""

from __future__ import annotations

from dataclasses import replace

from conftest import article, topic_terms

from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import QuestionTerms, off_topic
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

FILLER = " ".join(f"Die Pensionsprognose zeigt steigende Kosten, Teil {k}." for k in range(8))


def test_a_word_in_most_articles_names_no_topic() -> None:
    words = "Deplatziert findet die Vorsitzende der Jungen Industrie, Therese Niss, jeglichen Jubel über die Prognose."
    text = f"{words} {FILLER} Die neuen Zahlen kamen am Montag."
    start = text.index(words)
    source = "die Vorsitzende der Jungen Industrie, Therese Niss"
    c = Candidate(
        "d",
        0,
        start,
        start + len(words),
        0.8,
        0.0,
        words,
        "",
        "T",
        "",
        None,
        SentenceInfo(source=source),
        source=source,
    )
    q = parse_question("was sagt die junge industrie zur neuen pensionsprognose?")

    def qt(neuen: float) -> QuestionTerms:
        weights = {"neuen": neuen, "pensionsprognose": 0.9}
        return replace(
            topic_terms(["neuen", "pensionsprognose"], ["junge", "industrie"], weights), rare=["pensionsprognose"]
        )

    pool = Pool(q, [c], None, {"d": article("d", text)})
    assert off_topic(q, qt(0.15), pool, [1.0]) == set()  # "neuen": in most articles, no topic
    assert off_topic(q, qt(0.6), pool, [1.0]) == {"d"}  # a rarer word named once, far from her words, would be one
