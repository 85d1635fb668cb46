"""A figure of someone else than the person a figure question names by first name and surname (``substituted``)."""

from __future__ import annotations

from conftest import figures_of, sentence_candidate

from retrieval.answer.evidence import Candidate
from retrieval.answer.substituted import asked_person, of_another_person
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

YUEKSEKDAG = parse_question("Wie viele Jahre Haft drohen der HDP-Ko-Chefin Figen Yüksekdag?")


def _with(text: str, source: str | None = None, cue: str | None = None, before: str = "") -> Candidate:
    info = SentenceInfo(figures=figures_of(text).figures, source=source, speaker=source, cue=cue)
    return sentence_candidate(text, before=before, info=info, source=source)


def test_a_first_name_and_surname_of_a_german_question_name_a_person() -> None:
    assert asked_person(YUEKSEKDAG) == "juksekdag"
    assert asked_person(parse_question("Wie viel Preisgeld erhielt Jan Frodeno beim Ironman auf Hawaii?")) == "frodeno"


def test_a_thing_or_an_english_question_names_no_person() -> None:
    assert (
        asked_person(parse_question("Wie viele Dissidenten wurden beim Besuch von Papst Franziskus festgenommen?"))
        is None
    )
    assert asked_person(parse_question("How many people died when the Costa Concordia capsized?")) is None
    assert asked_person(parse_question("Wie viele Mitarbeiter hat die Deutsche Post?")) is None


def test_the_figure_of_another_named_person_is_not_the_one_asked() -> None:
    text = "Sollte es zu einem Prozess kommen, drohen Demirtaş bis zu 24 Jahre Haft."
    # the attribution reads "drohen" as a verb of saying: its "source" holds the figure in the figure's own clause
    assert of_another_person(YUEKSEKDAG, _with(text, source="Demirtaş", cue="drohen"), None)


def test_the_person_asked_named_or_pointed_back_to_answers() -> None:
    assert not of_another_person(YUEKSEKDAG, _with("Yüksekdag drohen bis zu zehn Jahre Haft, sagte Demirtaş."), None)
    before = "Gegen Figen Yüksekdag wird ermittelt."
    assert not of_another_person(YUEKSEKDAG, _with("Ihr drohen zehn Jahre Haft.", before=before), None)


def test_a_source_giving_the_figure_names_no_other_holder() -> None:
    text = "Ihr drohen bis zu zehn Jahre Haft, teilte Anwalt Ramazan Demir mit."
    assert not of_another_person(YUEKSEKDAG, _with(text, source="Ramazan Demir", cue="teilte mit"), None)
    text = "Laut Ramazan Demir drohen der Politikerin bis zu zehn Jahre Haft."
    assert not of_another_person(YUEKSEKDAG, _with(text, source="Ramazan Demir", cue="Laut"), None)


HAYBOECK = parse_question("wie weit ist hayböck in lahti im ersten durchgang gesprungen")
LAHTI = (
    "Michael Hayböck hat das Weltcupspringen in Lahti gewonnen. Hayböck segelte im Finale mit 129 m nach oben. "
    "Peter Prevc fiel nach einem 123 m-Sprung zurück. Das Turnier der Nordic Tournament Series ist mit 100.000 "
    "Euro dotiert."
)


def test_a_question_typed_in_lower_case_names_the_person_its_article_writes_in_full() -> None:
    assert asked_person(HAYBOECK) is None  # the question alone tells no name
    assert asked_person(HAYBOECK, LAHTI) == "hajbokk"
    question = parse_question("how many passing yards did peyton manning throw in super bowl 50")
    assert asked_person(question, "Peyton Manning gewann die Super Bowl.") == "manning"


def test_a_thing_a_place_or_a_first_name_of_the_article_is_no_surname_asked() -> None:
    question = parse_question("How many people died when the Costa Concordia capsized?")
    assert asked_person(question, "Die Costa Concordia kenterte vor Giglio.") is None  # "the Costa Concordia"
    question = parse_question("wie schwer ist eishockey-talent thomas vanek")
    assert asked_person(question, "Thomas Vanek wiegt viel. Auch Michael Thomas spielt.") == "vanek"
    question = parse_question("wie viele jobs will die firma streichen")
    assert asked_person(question, "Steve Jobs. Hans Will. Maria Firma.") is None  # everyday words, no surnames


def test_a_sentence_naming_another_person_of_the_article_answers_not_for_the_one_asked() -> None:
    text = "Peter Prevc fiel nach einem 123 m-Sprung zurück."
    assert of_another_person(HAYBOECK, _with(text), LAHTI)
    assert not of_another_person(HAYBOECK, _with("Hayböck segelte im Finale mit 129 m nach oben."), LAHTI)
    # a name the article gives no first name is no person's ("Nordic Tournament Series")
    text = "Das Turnier der Nordic Tournament Series ist mit 100.000 Euro dotiert."
    assert not of_another_person(HAYBOECK, _with(text), LAHTI)
