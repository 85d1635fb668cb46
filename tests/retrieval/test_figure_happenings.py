"""A figure of the thing asked, but in a clause that tells another happening, does not answer
(``retrieval/answer/happenings.py``)."""

from __future__ import annotations

import pytest
from conftest import one_sentence_row

from retrieval.answer.features import NAMES, violates
from retrieval.answer.happenings import clash, clause_of, happenings, occasion_verbs, tells_any
from retrieval.question import parse_question


def _row(question: str, sentence: str, language: str = "de") -> list[float]:
    return one_sentence_row(question, sentence, language)


@pytest.mark.parametrize(
    ("question", "sentence", "language"),
    [
        (
            "wie viele bewohner mussten nach dem hangrutsch evakuiert werden",
            "Bei dem Hangrutsch in Tirol kamen mindestens drei Bewohner ums Leben.",
            "de",
        ),
        (
            "How many residents had to be evacuated after the landslide?",
            "Bei dem Hangrutsch in Tirol kamen mindestens drei Bewohner ums Leben.",
            "en",
        ),
        (
            "how much did the city pay out to the flood victims last year",
            "Die Stadt hat für die Flutopfer einen Hilfsfonds mit zehn Millionen Euro eingerichtet.",
            "en",
        ),
        (
            "wie viel fordert die familie vom spital als entschädigung",
            "Das Spital habe der Familie 40.000 Euro bezahlt, hieß es.",
            "de",
        ),
        ("um wie viel prozent sind die mieten in graz gestiegen", "Die Mieten in Graz sanken um drei Prozent.", "de"),
    ],
)
def test_a_figure_in_a_clause_of_another_happening_is_ruled_out(question: str, sentence: str, language: str) -> None:
    row = _row(question, sentence, language)
    assert row[NAMES.index("predicate")] == -1.0 and violates(row)


@pytest.mark.parametrize(
    ("question", "sentence", "language"),
    [
        # the happening asked
        ("wie viele bewohner mussten evakuiert werden", "Nach dem Hangrutsch wurden 120 Bewohner evakuiert.", "de"),
        # another happening, but of another figure's clause
        (
            "how many residents were evacuated",
            "Drei Bewohner starben, 120 Bewohner wurden in Sicherheit gebracht.",
            "en",
        ),
        # a clause that names no happening: words cannot tell what the figure is of
        ("how many residents had to be evacuated", "Rund 120 Bewohner sind von dem Hangrutsch betroffen.", "en"),
        # a change may be how an amount spent is given
        (
            "wie viel hat die gemeinde für die sanierung ausgegeben",
            "Die Kosten der Sanierung stiegen zuletzt auf vier Millionen Euro.",
            "de",
        ),
        # an event that describes whom a sum is of is no happening the sum must be of
        (
            "how much was the driver fined who injured two cyclists",
            "Der Lenker muss nun eine Geldstrafe von 800 Euro zahlen.",
            "en",
        ),
    ],
)
def test_a_figure_of_the_happening_asked_or_of_none_named_stays(question: str, sentence: str, language: str) -> None:
    row = _row(question, sentence, language)
    assert not violates(row)


def test_the_happenings_of_a_text_come_from_its_verbs_and_the_event_classes() -> None:
    assert happenings("Die Feuerwehr hat 40 Menschen evakuiert.", "de") == {"evacuated"}
    assert happenings("Zwei Menschen wurden getötet.", "de") == {"dead"}
    assert happenings("Rund 120 Bewohner sind betroffen.", "de") == set()


def test_the_clause_of_a_figure_ends_at_a_comma_or_a_joining_word() -> None:
    text = "Drei Bewohner starben und 120 wurden evakuiert, teilte die Polizei mit."
    at = text.index("120")
    assert clause_of(text, at, at + 3).strip() == "120 wurden evakuiert"


@pytest.mark.parametrize(
    ("asked", "told", "clashes"),
    [
        ({"evacuated"}, {"dead"}, True),
        ({"evacuated"}, set(), False),
        ({"dead", "fell"}, {"dead"}, False),
        ({"paid"}, {"rose"}, False),
        ({"rose"}, {"paid"}, False),
        ({"rose"}, {"fell"}, True),
    ],
)
def test_happenings_clash_when_none_is_shared_and_a_change_only_with_a_change(
    asked: set[str], told: set[str], clashes: bool
) -> None:
    assert clash(asked, told) is clashes


def test_a_second_predicate_of_the_same_subject_stays_in_the_clause() -> None:
    text = "Vier Wanderer verirrten sich im Nebel und mussten von der Bergrettung gerettet werden, hieß es."
    assert clause_of(text, 0, 13).endswith("gerettet werden")
    row = _row("how many hikers had to be evacuated from the mountain", text, "en")
    assert violates(row)


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("wie alt war die sängerin, als ihr der preis verliehen wurde", ["verleihen"]),
        ("Wie viel Geld hatte der Verein auf dem Konto, als er den Stürmer verkaufte?", ["verkaufen"]),
        ("wie schwer war der hund als ihn die feuerwehr aus dem schacht gerettet hat", ["retten"]),
        # "als" that opens no clause: a role, a rank, a clause with no full verb, an English question
        ("wie viel verdient sie als bürgermeisterin", []),
        ("um wie viel prozent stieg die aktie, als klar war, dass der chef bleibt", []),
        ("how old was the singer when she was given the award", []),
    ],
)
def test_the_verbs_of_a_questions_temporal_clause(question: str, verbs: list[str]) -> None:
    q = parse_question(question, default_language="de")
    assert occasion_verbs(q) == verbs


@pytest.mark.parametrize(
    ("question", "sentence", "vetoed"),
    [
        # her age now, not when she got the prize
        (
            "wie alt war die sängerin aus linz, als ihr der preis verliehen wurde",
            "Die 34 Jahre alte Sängerin aus Linz tritt am Samstag im Brucknerhaus auf.",
            True,
        ),
        # the prize of another year
        (
            "Mit wie viel Geld war der Preis dotiert, als ihn die Autorin bekam?",
            "Heuer ist der Preis mit 20.000 Euro dotiert, er geht an einen Lyriker.",
            True,
        ),
        # the sentence tells the happening: by the verb, by a noun of its stem
        (
            "wie alt war die sängerin aus linz, als ihr der preis verliehen wurde",
            "Der Preis wurde der damals 29 Jahre alten Sängerin aus Linz verliehen.",
            False,
        ),
        (
            "wie alt war der bauer, als ihm das bein amputiert wurde",
            "Die Amputation des Beins erfolgte, als der Bauer 61 Jahre alt war.",
            False,
        ),
    ],
)
def test_a_figure_of_another_occasion_than_the_questions_clause_is_ruled_out(
    question: str, sentence: str, vetoed: bool
) -> None:
    row = _row(question, sentence, "de")
    assert (row[NAMES.index("predicate")] == -1.0) is vetoed
    assert violates(row) is vetoed


def test_a_verb_is_told_by_its_forms_its_stem_and_its_base_verb() -> None:
    assert tells_any(["festhalten"], "Der Mann hatte die Frau festgehalten.")
    assert tells_any(["festhalten"], "Er hielt sie fest.")
    assert tells_any(["zahlen"], "Die Stadt hat 300 Euro gezahlt.")
    assert not tells_any(["amputieren"], "Ihm wurden neue Hände transplantiert.")
