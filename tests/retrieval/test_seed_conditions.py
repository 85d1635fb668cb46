"""Near misses whose matching sentence fails a condition the question sets: a figure asked of a source that gives
none, the content of something the text only mentions ("welche … genau", "which concrete …"), a day of the week or a
start time the sentence does not give."""

from __future__ import annotations

import pytest
from conftest import figures_of, said, sentence_candidate

from retrieval.answer.answer_type import named_things
from retrieval.answer.answerer import (
    asks_commentary,
    asks_specifics,
    names_bare,
)
from retrieval.answer.listing import asks_across
from retrieval.answer.occasion import asked_platform, asked_weekday, bounds_asked, names_platform, on_day
from retrieval.constraints import checkable_source, predicates, same_source
from retrieval.question import parse_question
from retrieval.question.asked import asked_thing


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "how many … does X say": the subject of "say" gives the figure asked
        ("Into how many brigades does Kyiv say the North Korean force is organised?", "Kyiv"),
        ("How many people does the police say were injured?", "police"),
        ("what does kyiv say about the soldiers, how many are there", None),  # "what does X say": no condition
        # a German question opening on the verb that gives a figure: its subject, "das" too, without the object typed
        ("nennt das auswärtige amt ne zahl wie viele nordkoreaner schon in russland sind", "auswärtige amt"),
        ("Nennt das Ministerium eine Zahl der Toten?", "Ministerium"),
        ("Welche Zahl nennt das?", None),
        # the perfect, its participle before what the figure counts
        ("hat yoon selbst ne zahl genannt wie viele nordkoreaner geschickt werden", "yoon"),
        ("Hat die Polizei eine Zahl genannt, wie viele Menschen kamen?", "Polizei"),
        # a topic typed first and taken up by a pronoun is the subject that gives the figure
        (
            "the ozd commentary part – does it give its own estimate of how many soldiers pyongyang is sending",
            "ozd commentary part",
        ),
        ("and the police: do they say how many people were hurt", "police"),
        ("how many soldiers - does it say?", None),
    ],
)
def test_a_figure_asked_of_a_source_names_the_source(text: str, source: str | None) -> None:
    assert parse_question(text).source == source


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("welche sanktionen meint der ozd-kommentar da genau", "general"),  # what it refers to, not who said it
        ("Which sanctions does the commentary mean exactly?", "general"),
        ("Welcher Minister meinte, die Lage sei ernst?", "who_said"),
        ("Welche Partei meinte, das sei falsch?", "who_said"),
    ],
)
def test_what_someone_means_by_a_thing_asks_its_content(text: str, intent: str) -> None:
    assert parse_question(text).intent == intent


def test_exactly_which_is_not_answered_by_a_thing_named_with_a_vague_adjective() -> None:
    sentence = "Russland braucht Soldaten, besonders angesichts der westlichen Sanktionen und der Belastungen."
    assert asks_specifics("welche sanktionen meint der ozd-kommentar da genau")
    assert not asks_specifics("welche sanktionen gibt es")
    assert names_bare("sanktionen", sentence, exactly=True)
    assert not names_bare("sanktionen", sentence)  # asked which, not exactly which: "westliche" tells
    assert not names_bare("sanktionen", "Die EU beschloss Sanktionen gegen Banken wie die Sberbank.", exactly=True)


def test_which_concrete_things_is_not_answered_by_a_sentence_calling_them_concrete() -> None:
    question = "Which concrete measures did President Yoon ask NATO to take?"
    assert asks_specifics(question)
    bare = "Yoon forderte die Nato auf, konkrete Maßnahmen angesichts der Zusammenarbeit zu ergreifen."
    assert not named_things(bare, question)  # names no measure: the general check of the answer type (answer_type)


def test_what_someone_said_on_a_day_needs_that_day() -> None:
    assert asked_weekday("What did NATO spokeswoman Farah Dakhlallah say on Monday?") == "montag"
    assert asked_weekday("Was sagte Rutte am Montag?") == "montag"
    assert asked_weekday("Was sagte Rutte?") is None
    article = "Verbündete hätten es bestätigt, erklärte Farah Dakhlallah am Mittwoch. Der Rat werde beraten."
    wednesday = said("Verbündete hätten es bestätigt, erklärte Farah Dakhlallah am Mittwoch.", "Farah Dakhlallah")
    assert not on_day("montag", wednesday, article)  # another day, and an article that names no Monday
    assert on_day("mittwoch", wednesday, article)
    later = said("Der Rat werde beraten, erklärte Dakhlallah.", "Dakhlallah")
    assert not on_day("montag", later, article)
    assert on_day("montag", later, article + " Rutte warnte am Montag.")  # no day in the sentence: may be that one
    assert on_day("montag", later, article + " Rutte warnte am Montagabend.")
    evening = said("Das sagte Dakhlallah am Mittwochabend.", "Dakhlallah")
    assert not on_day("montag", evening, article + " Rutte warnte am Montag.")
    # a day that dates what is reported, not the statement: it may have been told on the day asked
    told = said(
        "Nach Angaben der Polizei überschritten am Sonntagabend 350 Menschen die Grenze.", "Angaben der Polizei"
    )
    assert on_day("dienstag", told, "Die Polizei sagte am Dienstag …")


def test_since_when_is_not_answered_by_a_deadline() -> None:
    question = "seit wann warnt der südkoreanische geheimdienst eigentlich schon vor den truppen"
    deadline = "Der Geheimdienst geht davon aus, dass Nordkorea bis Dezember 10.000 Soldaten schicken wird."
    assert not bounds_asked(question, sentence_candidate(deadline, info=figures_of(deadline)))
    assert bounds_asked("wann warnte der geheimdienst", sentence_candidate(deadline, info=figures_of(deadline)))
    since = "Der Geheimdienst warnt seit August vor den Truppen."
    assert bounds_asked(question, sentence_candidate(since, info=figures_of(since)))


def test_a_figure_asked_of_a_commentary_is_the_commentary_s_own() -> None:
    assert asks_commentary("ozd commentary part")
    assert asks_commentary("OZD-Kommentar")
    assert not asks_commentary("Auswärtiges Amt")
    assert not asks_commentary(None)


@pytest.mark.parametrize(
    ("text", "intent", "person"),
    [
        # the thing asked for is the object of someone's words: what they said, and they are the person asked about
        ("What countermeasures has Washington announced in response to the deployment?", "what_said", "Washington"),
        ("what steps has the government announced", "what_said", "the government"),
        ("Which minister announced the measures?", "who_said", None),  # the subject asked for: who
    ],
)
def test_what_someone_announced_asks_their_words(text: str, intent: str, person: str | None) -> None:
    q = parse_question(text)
    assert (q.intent, q.person) == (intent, person)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a source's figure named by its genitive
        ("kyivs 12k figure, is that troops already in russia or how many pyongyang could send", "kyiv"),
        ("what is the police's estimate of how many came", "police"),
        ("was ist kiews zahl, wie viele soldaten", "kiew"),
        ("what's the UN's estimate for how many north korean troops are in russia?", "UN"),  # a two-letter owner
        ("what is the eu's estimate of how many came", "eu"),
        ("it's estimate was lower, how many", None),
        ("is this figure right, how many", None),
        ("Wie hoch ist die Zahl der Toten?", None),
    ],
)
def test_a_source_s_figure_named_by_its_genitive_names_the_source(text: str, source: str | None) -> None:
    assert parse_question(text).source == source


def test_a_place_read_as_the_counted_noun_before_a_verb_is_the_subject() -> None:
    assert parse_question("how many pyongyang could send, is it 12k").counted is None
    assert parse_question("wie viele Russland schickt").counted is None
    assert parse_question("how many countries could send troops").counted == "countries"


def test_a_place_s_english_name_is_the_source_its_german_name_gives() -> None:
    assert same_source("kyiv", "Die Regierung in Kiew")
    assert same_source("Kyiv", "Die Regierung in Kiew")
    assert not same_source("kyiv", "der Nachrichtenagentur Yonhap")
    assert checkable_source("kyiv", "en")
    assert not checkable_source("the different estimates", "en")


def test_whether_troops_clashed_needs_a_sentence_reporting_fighting() -> None:
    assert "fought" in predicates("have ukrainian troops already clashed with the north koreans")
    assert "fought" not in predicates("Sollten diese Truppen für den Kampf in der Ukraine bestimmt sein, …")
    assert "fought" not in predicates("Soldaten, um an der Seite russischer Truppen zu kämpfen")
    assert "fought" in predicates("Ukrainische Einheiten lieferten sich Gefechte mit nordkoreanischen Soldaten.")


def test_words_asked_of_a_social_network_need_a_sentence_naming_it() -> None:
    asked = "Wer hat sich laut den beiden Berichten auf der Plattform X zu möglichen Truppen geäußert?"
    assert asked_platform(asked) == "x"
    assert asked_platform("Who posted on twitter about it?") == "x"  # X was Twitter
    assert asked_platform("Was sagte Malcolm X?") is None  # a capital X alone is no network
    assert names_platform("x", "… bedeuten“, schrieb Rutte auf der Plattform X.")
    assert names_platform("x", "…, erklärte das Ministerium am Mittwoch im Onlinedienst X.")
    assert not names_platform("x", "Beide Länder bestreiten jedoch den Einsatz von Truppen.")


def test_the_articles_asked_about_are_no_source_and_ask_for_each_article_s_words() -> None:
    asked = "Wer hat sich laut den beiden Berichten auf der Plattform X zu möglichen Truppen geäußert?"
    assert parse_question(asked).source is None
    assert parse_question("Wie viele Soldaten sind laut Berichten schon dort?").source == "Berichten"
    assert asks_across(asked)
    assert asks_across("Does either report say how many are there already?")
    assert not asks_across("Wer hat das gesagt?")


def test_what_is_given_in_return_needs_a_thing_named() -> None:
    question = "Which military technology is Russia giving North Korea in return for the troops?"
    assert asked_thing(question, "en") == ("military", "technology")
    assert not named_things("Experten gehen davon aus, dass Russland nordkoreanische Raketen einsetzt.", question)
