"""A percentage asked of a whole of one country ("what % of german companies") is that country's share: a sentence
giving the shares of French and British respondents, and naming no Germany nor Germans around it, does not answer
it. A country's people named by their noun ("Syrer", "Österreicher") name the country."""

from __future__ import annotations

import pytest
from conftest import figures_of, sentence_candidate

from retrieval import constraints
from retrieval.answer.features import origin_match
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "origin"),
    [
        ("what % of german companies reported economic crime in the pwc survey", "Germany"),
        ("Wie viel Prozent der österreichischen Unternehmenschefs sorgen sich um Cyberkriminalität?", "Österreich"),
        ("what share of the syrian refugees are highly qualified", "Syria"),
        ("what % of north korean soldiers died", "North Korea"),
        ("wie viel prozent der österreicher heizen mit öl", None),  # people, no adjective: the whole is all of them
        ("Wie viel Prozent der Deutschen Bank gehören Katar?", None),  # a name, not a nationality
        ("wie viel prozent der haushalte heizen mit öl", None),
    ],
)
def test_the_nationality_of_a_share_s_whole_is_its_origin(question: str, origin: str | None) -> None:
    q = parse_question(question, default_language="en")
    assert q.measure == "percent"
    assert q.origin == origin


def test_a_share_of_other_countries_does_not_answer() -> None:
    q = parse_question("what % of german companies reported economic crime in the pwc survey", default_language="en")
    other = "So hätten 68 Prozent der französischen und 55 Prozent der britischen Befragten Fälle gemeldet."
    assert origin_match(q.origin, sentence_candidate(other, info=figures_of(other))) < 0
    own = "In Deutschland meldeten 49 Prozent der Unternehmen Fälle."
    assert origin_match(q.origin, sentence_candidate(own, info=figures_of(own))) == 0


@pytest.mark.parametrize(
    ("place", "text", "named"),
    [
        ("Syria", "Weniger als zehn Prozent der Syrer können als hoch qualifiziert gelten.", True),
        ("Syrien", "Eine Syrerin erzählt.", True),
        ("Austria", "Zwei Drittel der Österreicher heizen mit Gas.", True),
        ("Afghanistan", "Die meisten Afghanen blieben.", True),
        ("Britain", "55 Prozent der Briten", True),
        ("Germany", "68 Prozent der Franzosen", False),
    ],
)
def test_a_country_s_people_name_it(place: str, text: str, named: bool) -> None:
    assert constraints.names_people(place, text) is named
