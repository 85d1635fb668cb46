"""Figure answers on phrasing the development sets have few of: who gives a figure when the sentence after names
a speaker first, and when a speaker phrase runs on past "nach eigenen Angaben"."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.reporting import referred_measure, says_first
from retrieval.constraints import predicates
from retrieval.figures import extract_figures
from retrieval.models import Article
from retrieval.sources import readable


@pytest.mark.parametrize(
    ("sentence", "cue", "first"),
    [
        ("Die Bank erklärte, die dubiosen Kredite seien zu 60 Prozent gedeckt.", "erklärte", True),
        ("Die Polizei teilte am Sonntag mit, dass zwei Menschen verletzt wurden.", "teilte mit", True),
        ("Vier weitere werden vermisst, berichtete das griechische Staatsfernsehen.", "berichtete", False),
        ("Baubeginn ist noch im Sommer, wie das Unternehmen am Freitag mitteilte.", "wie mitteilte", False),
        ("Das sagte er am Montag.", "sagte", False),  # no words of its own after a comma
    ],
)
def test_a_sentence_that_names_its_speaker_first_gives_its_own_words(sentence: str, cue: str, first: bool) -> None:
    assert says_first(sentence, cue) is first


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("eigenen Angaben größten Windpark im Süden Österreichs", None),  # the phrase ran on past "Angaben"
        ("eigenem Bekunden guter Absicht", None),
        ("eigenen Angaben", None),
        ("Angaben der Polizei", "Angaben der Polizei"),
    ],
)
def test_a_source_that_opens_on_eigene_angaben_names_nobody_whatever_follows(source: str, shown: str | None) -> None:
    article = Article(id="a", title="T", text="Die Energie Steiermark AG investiert rund 58 Mio. Euro.")
    assert readable(source, 0, {}, article) == shown


def test_an_owner_is_no_own_word() -> None:
    article = Article(id="a", title="T", text="Der Eigentümer sagte es.")
    assert readable("Eigentümer Max Meier", 0, {}, article) == "Eigentümer Max Meier"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("27-Jähriger erschoss zwölf Menschen bei Batman-Premiere", {"dead"}),
        ("Der Attentäter tötete drei Menschen und verletzte fünf.", {"dead", "injured"}),
        ("Er erstach seine Frau.", {"dead"}),
        ("how many people did the shooter kill and wound?", {"dead", "injured"}),
    ],
)
def test_deaths_and_injuries_in_the_preterite_and_as_english_verbs(text: str, events: set[str]) -> None:
    assert predicates(text) == events


@pytest.mark.parametrize(
    ("before", "sentence", "source"),
    [
        (
            "Dass die Branche schon besser dastand, zeigt auch der Werbeklimaindex des Wifo für das zweite Quartal.",
            "Der Index ist deutlich von 23 Punkten auf nunmehr 8 Punkte gesunken.",
            "der Werbeklimaindex des Wifo",
        ),
        (
            "Eine Umfrage der Arbeiterkammer wurde am Montag vorgestellt.",
            "Die Umfrage ergab 30 Prozent.",
            "Eine Umfrage der Arbeiterkammer",
        ),
        ("Der Werbeklimaindex ist ein Maß der Stimmung.", "Der Index ist auf 8 Punkte gesunken.", None),  # whose?
        ("Die Baufirma Alpine ging pleite.", "Die Firma hatte 4.900 Mitarbeiter.", None),  # no measure
    ],
)
def test_a_sentence_opening_on_a_measure_named_before_gives_its_figures(
    before: str, sentence: str, source: str | None
) -> None:
    assert referred_measure(sentence_candidate(sentence, index=1, before=before)) == source


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1000 bei Protestzug gegen deutsche Asylpolitik in Freilassing.", "count"),
        ("Laut Polizei kamen 1000 zur Demo.", "count"),
        ("Die Kirche wurde im Jahr 1500 erbaut.", "year"),  # a cue makes it a year
        ("Die Stadt wurde 1520 gegründet.", "year"),  # not a round hundred
        ("Im Jahr 2000 kamen 50 Menschen.", "year"),
    ],
)
def test_a_round_hundred_before_1900_alone_is_an_amount(text: str, kind: str) -> None:
    assert extract_figures(text, 0, len(text))[0].kind == kind
