"""A question for several figures, each with whoever gives it ("who gives which number?", "bitte jede Zahl mit
Quelle"): it is a figure question, and what it says of one figure (a place, a date, the number it starts from) rules
none of the others out (``Question.several``, ``features.SOFT_IN_SEVERAL``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import one_article_bot

from retrieval.answer.features import NAMES, violates
from retrieval.question import parse_question


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei spricht von 800 Demonstranten, die Veranstalter von viel mehr. Wer nennt welche Zahl?",
        "the city counted 800 marchers and the organisers far more - who's behind each of the two numbers",
        "Wie viele Besucher kamen am Samstag und am Sonntag? Bitte jede Zahl mit ihrer Quelle.",
        "list every estimate of the crowd in the report, and who each one comes from",
        "welche zwei besucherzahlen nennt der bericht, und wer ist jeweils die quelle",
        "Wie viele Fans reisten an und wie viele blieben draußen? Bitte beide Zahlen mit Quelle.",
        "how many tickets were sold and how many people came?? and whose numbers are those",
    ],
)
def test_a_question_for_each_figure_with_its_source_asks_several_figures(text: str) -> None:
    q = parse_question(text)
    assert q.several and q.intent == "figure" and q.compound


@pytest.mark.parametrize(
    "text",
    [
        "How many visitors came, and who counted them?",
        "wie viel Dünger wird jedes Jahr ausgebracht, und wer sagt das?",
        "Von wie vielen Bergsteigern fehlt jede Spur, laut wem?",
        "Wer sagte, jeder Euro zähle?",
        "who said that both teams deserved to win",
        "Welche Zahl nennt die Feuerwehr?",
        "which of the two mayors spoke first",
        "who decides which team plays on sunday",
        "did both of them say who will lead the party",
        "Wer entscheidet jeweils, welche Straße gesperrt wird?",
    ],
)
def test_a_question_for_one_figure_or_for_words_asks_no_several(text: str) -> None:
    assert not parse_question(text).several


def test_several_figures_rule_out_by_no_place_year_event_or_stated_number() -> None:
    row = [0.0] * len(NAMES)
    for name in ("place", "year", "predicate", "measure", "counted"):
        other = list(row)
        other[NAMES.index(name)] = -1.0
        assert violates(other) and not violates(other, several=True)
    silent = list(row)
    silent[NAMES.index("person_article")] = -1.0  # the person asked about speaks nowhere in the article
    assert violates(silent, several=True)


ARTICLE = (
    "Streit um die Zahl der Gäste beim Stadtfest\n"
    "Die Polizei zählte am Samstag rund 800 Besucher auf dem Hauptplatz. "
    "Die Veranstalter sprachen dagegen von 5000 Gästen in der ganzen Innenstadt. "
    "Der Tourismusverband meldete bis Sonntag insgesamt 12.000 Übernachtungen im Bezirk. "
    "Das Fest endete am Sonntagabend mit einem Feuerwerk."
)


@pytest.fixture(scope="module")
def fest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with one_article_bot(tmp_path_factory.mktemp("fest"), "fest", ARTICLE) as bot:
        yield bot


@pytest.mark.parametrize(
    "text",
    [
        # the source named for one figure ("laut den Veranstaltern") is not the source of the other
        "Die Polizei zählte 800 Besucher auf dem Hauptplatz. Wie viele waren es laut den Veranstaltern, "
        "und wer nennt jeweils welche Zahl?",
        # the number and the place the question starts from belong to one figure only
        "the police counted 800 people on the main square - how many came to the city centre per the organisers? "
        "who's behind each of the two numbers",
    ],
)
def test_each_figure_with_its_source_is_listed_whatever_the_question_says_of_another(fest: Any, text: str) -> None:
    answer = fest.answer(text)
    figures = [c.figure or "" for c in answer.claims]
    assert answer.found
    assert any("800" in f for f in figures) and any("5000" in f for f in figures), figures
