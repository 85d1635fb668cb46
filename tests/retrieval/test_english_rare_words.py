"""An English question's rare words in German articles: only a word an article prints as itself tells articles apart.

"state", "germany", "election" are rare in German text because they are English; the articles say "Landtagswahl"
and "Deutschland", and what they do have is a word that only looks like them ("statt", "Städte", "Germanwings").
Such look-alikes must neither mark the article that answers as lacking a rare word another has (``missing_rare``)
nor leave its share of the telling rare words (``cover_rare_article``) diluted by words no article prints.
"""

from __future__ import annotations

import pytest

from retrieval.answer.features import rare_evidence, terms
from retrieval.answer.words import Matcher, prints
from retrieval.models import Article
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("wanted", "word", "expected"),
    [
        ("kapsch", "kapschs", True),  # inflected
        ("minister", "ministerin", True),
        ("votes", "vote", True),
        ("korea", "nordkorea", True),  # the end of a compound
        ("stimmen", "vorzugsstimmen", True),
        ("korruption", "korruptionsvorwurfe", True),  # the beginning of a compound, six letters or more
        ("state", "statt", False),  # a shared beginning
        ("state", "stadte", False),  # a near ratio ("Städte")
        ("state", "statements", False),  # a short word is no compound's first part
        ("germany", "germanwings", False),
        ("handelsblatt", "handelt", False),
        ("2013", "20130", False),
    ],
)
def test_prints_tells_a_word_itself_from_a_word_like_it(wanted: str, word: str, expected: bool) -> None:
    assert prints(wanted, word) is expected


def test_printed_is_what_found_finds_as_itself() -> None:
    matcher = Matcher(["state", "germany", "kapsch", "handelsblatt"])
    text = "Statt Germanwings handelt Kapschs Anwalt in drei Städten, so das Handelsblatt."
    assert matcher.found(text) == {"state", "germany", "kapsch", "handelsblatt"}
    assert matcher.printed(text) == {"kapsch", "handelsblatt"}


QUESTION = "how many preference votes did tarik mete get in the 2013 state election"
ANSWERS = Article(
    id="mete",
    title="Der Umbau des Landtagsklubs",
    text="Tarik Mete, der bei der Landtagswahl 2013 immerhin 1.800 Vorzugsstimmen erreichte, rückt nach.",
)
OTHERS = [  # German articles with look-alikes of the English words only
    Article(id="statt", title="Budget", text="Statt der Städte zahlt nun das Land."),
    Article(id="wings", title="Germanwings", text="Die Germanwings-Maschine landete in Köln."),
]
DF = {"preference": 0, "votes": 1, "tarik": 2, "mete": 36, "state": 11, "election": 9}


def _evidence(question: str, articles: list[Article]) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    q = parse_question(question, default_language="en")
    qt = terms(q, lambda words: {w: DF[w] for w in words if w in DF}, 1000)
    rare = Matcher(qt.rare)
    rare.learn(text for a in articles for text in (a.title, a.text))
    return rare_evidence(qt, q.language, rare, {a.id: a for a in articles})


def test_an_english_word_only_looked_like_is_not_missing_from_the_answering_article() -> None:
    cover, missing = _evidence(QUESTION, [ANSWERS, *OTHERS])
    assert missing["mete"] == (0.0, 0.0)  # "statt" and "Städte" are not "state"
    assert missing["statt"][0] > 0  # ... but the article that lacks "Tarik" lacks a telling word
    assert cover["mete"] == 1.0  # "tarik" is the one rare word an article prints
    assert cover["statt"] == 0.0


def test_a_german_question_keeps_its_look_alikes() -> None:
    """German questions' words are German: a word like them is an inflection or a compound, as before."""
    q = parse_question("Wie viele Vorzugsstimmen bekam Tarik Mete bei der Landtagswahl?", default_language="de")
    df = {"vorzugsstimmen": 2, "tarik": 2, "mete": 36, "landtagswahl": 40}
    qt = terms(q, lambda words: {w: df[w] for w in words if w in df}, 1000)
    articles = {a.id: a for a in [ANSWERS, *OTHERS]}
    rare = Matcher(qt.rare)
    rare.learn(text for a in articles.values() for text in (a.title, a.text))
    cover, missing = rare_evidence(qt, q.language, rare, articles)
    assert cover["mete"] == 1.0
    assert missing["statt"][0] > 0
