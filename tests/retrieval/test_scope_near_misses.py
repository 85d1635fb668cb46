"""Near misses of scope: a figure of another place, of one region where a whole country is asked about, or of the
year before the one asked about (or after it), is no answer."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.features import english_time_words, place_match, subject_place, time_words, year_match
from retrieval.constraints import mentions, placed_elsewhere, placed_inside
from retrieval.question import parse_question
from retrieval.question.scope import asks_whole, subject_places, wide_place


def test_a_short_place_name_is_named_only_as_a_word_of_its_own() -> None:
    assert mentions("US", "Die US-Regierung widerspricht.")
    assert mentions("US", "Das kostet in den USA 400 Dollar.")
    assert not mentions("US", "Die Ware kommt aus Schweden und muss verzollt werden.")  # "aus", "muss"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the headline names the US, the sentence puts its price in another country
        ("Das Tablet soll in Frankreich ab 300 Euro erhältlich sein.", -1.0),
        ("Das Tablet soll in den USA ab 300 Dollar erhältlich sein.", 1.0),
        ("Das Tablet soll ab 300 Dollar erhältlich sein.", 1.0),  # no place of its own: the headline's
        ("Das Tablet soll in Wien ab 300 Euro erhältlich sein.", -1.0),  # a city of another country
    ],
)
def test_a_sentence_that_puts_its_figure_in_another_place_does_not_answer_for_the_headline_s(
    sentence: str, expected: float
) -> None:
    candidate = sentence_candidate(sentence, index=5, title="Streit mit der US-Regierung", lead="Ein neues Tablet.")
    assert place_match(["US"], candidate, True) == expected


def test_a_place_asked_about_beside_another_is_not_elsewhere() -> None:
    assert not placed_elsewhere(["Ungarn", "Serbien"], "In Serbien wurden 300 Anträge gestellt.")
    assert not placed_elsewhere(["Österreich"], "In der Steiermark wurden 300 Anträge gestellt.")  # inside it
    assert placed_elsewhere(["Ungarn"], "In Serbien wurden 300 Anträge gestellt.")


def test_a_country_s_whole_is_asked_by_its_adverb_of_scope() -> None:
    question = parse_question("wie viele Lehrlinge gab es heuer deutschlandweit", default_language="de")
    assert [p.lower() for p in question.places] == ["deutschland"]
    assert asks_whole(question.text)
    assert asks_whole("How many schools closed nationwide?")
    assert asks_whole("Wie viele Schulen gibt es in ganz Österreich?")
    assert not asks_whole("Wie viele Menschen hungern weltweit?")  # a wider area, no country
    assert not asks_whole("Wie viele Schulen gibt es in Österreich?")
    assert wide_place("weltweit") is None
    assert wide_place("europaweit") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In der Steiermark fielen rund 15 Prozent der Prüfungen negativ aus.", -1.0),  # one region of it
        ("In der Steiermark fielen 15 Prozent negativ aus, österreichweit waren es zwölf Prozent.", 1.0),
        ("Rund zwölf Prozent der Prüfungen fielen negativ aus.", 1.0),  # the headline names Austria
    ],
)
def test_one_region_s_figure_does_not_answer_for_the_whole_country(sentence: str, expected: float) -> None:
    candidate = sentence_candidate(sentence, index=4, title="Prüfungen in Österreich", lead="Wien – Die Ergebnisse.")
    assert placed_inside(["Österreich"], "In der Steiermark fielen 15 Prozent negativ aus.")
    assert place_match(["Österreich"], candidate, True, whole=True) == expected
    assert place_match(["Österreich"], candidate, True) == 1.0  # Austria asked, not as a whole: any region of it


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Im Vorjahr hatten etwa acht Prozent der Kandidaten nicht bestanden.", -1.0),  # the year before
        ("Heuer fielen zwölf Prozent durch, im Vorjahr waren es acht Prozent.", 1.0),
        ("Damit fielen mehr Kandidaten durch als im Vorjahr.", 0.0),  # compared with it: no year of its own
        ("Zwölf Prozent fielen durch.", 0.0),
    ],
)
def test_a_figure_of_the_year_before_does_not_answer_for_this_year(sentence: str, expected: float) -> None:
    candidate = sentence_candidate(sentence, index=3, title="Prüfung", lead="Die Ergebnisse der Prüfung.")
    assert year_match([], candidate, sentence, time_words(["heuer"])) == expected


def test_a_figure_of_this_year_does_not_answer_for_last_year() -> None:
    sentence = "Heuer wurden bisher 40 Fälle gemeldet."
    candidate = sentence_candidate(sentence, index=3, title="Fälle", lead="Neue Fälle.")
    assert year_match([], candidate, sentence, english_time_words(["last year"])) == -1.0


def test_a_town_the_lists_do_not_know_may_lie_in_the_country_a_sentence_names() -> None:
    assert not placed_elsewhere(["Yola"], "In Nigeria wurden 30 Menschen verletzt.")


@pytest.mark.parametrize(
    ("sentence", "before", "expected"),
    [
        # a total, with nothing near it naming Italy: the chain's, over all its countries
        ("Im Vorjahr eröffnete die Kette 40 neue Filialen, insgesamt sind es nun 900.", "Der Gewinn stieg.", -1.0),
        ("Die Gesamtkosten des Umbaus liegen bei rund zwei Milliarden Euro.", "Der Gewinn stieg.", -1.0),
        ("Demnach schrumpfte die Ackerfläche der Erde um drei Millionen Hektar.", "", -1.0),  # the world's
        ("Die Studie meldete, die Erde habe 2019 drei Millionen Hektar Ackerland verloren.", "", -1.0),
        # the same total beside a sentence that names the place asked: Italy's
        ("Insgesamt sind es nun 900 Filialen.", "In Italien eröffnete die Kette 40 neue.", 1.0),
        # neither a total nor a place: the article's other sentences tell (neutral, as before)
        ("Im Vorjahr eröffnete die Kette 40 neue Filialen.", "Der Gewinn stieg.", 0.0),
    ],
)
def test_a_whole_far_from_the_place_asked_is_not_that_place_s(sentence: str, before: str, expected: float) -> None:
    candidate = sentence_candidate(
        sentence, index=6, before=before, title="Handelskette wächst", lead="Zürich – Die Handelskette legt zu."
    )
    assert place_match(["Italien"], candidate, True) == expected  # the article names Italy further on
    assert place_match(["Italien"], candidate, False) == (-0.5 if expected < 1 else 1.0)  # one that never names it


def test_a_total_under_a_lead_placed_inside_the_country_asked_stays_open() -> None:
    # "Graz –" opens the article: a total there may be Austria's
    candidate = sentence_candidate("Insgesamt wurden 300 Fälle gemeldet.", index=3, lead="Graz – Ein Bericht.")
    assert place_match(["Österreich"], candidate, True) == 0.0


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Wie viel Hektar Wald verliert Indonesien jährlich?", ["Indonesien"]),  # the subject after the verb
        ("Wie viele Brigaden will Pjöngjang nach Russland schicken?", ["Pjöngjang"]),  # Russland: a place already
        ("Wie viel Geld zahlt Russland an Nordkorea?", ["Russland"]),
        ("Wie viele Soldaten hat Nordkorea geschickt?", []),  # after "hat": one of the question's places
        ("Wer bezeichnete Klagenfurt als weißen Fleck auf der Landkarte?", []),  # "wer" asks the subject
    ],
)
def test_a_country_right_after_the_verb_of_a_german_wie_question_is_its_subject(text: str, subjects: list[str]) -> None:
    assert subject_places(text, "de") == subjects


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sie meldete, die Erde habe 2014 rund 18 Millionen Hektar Wald verloren.", -1.0),  # the world's
        ("In Brasilien gingen jährlich 984.000 Hektar Wald verloren.", -1.0),  # another country's
        ("Indonesien verlor jährlich 684.000 Hektar Wald.", 0.0),  # the subject's: the other places decide
    ],
)
def test_a_figure_of_the_world_or_another_country_does_not_answer_for_the_subject(
    sentence: str, expected: float
) -> None:
    question = parse_question("Wie viel Hektar Wald verliert Indonesien jährlich?", default_language="de")
    assert question.places == []
    candidate = sentence_candidate(
        sentence, index=6, title="Waldverlust verlangsamt sich", lead="Der Weltwaldbericht der FAO zählt die Verluste."
    )
    assert subject_place(subject_places(question.text, "de"), candidate, 0.0) == expected
