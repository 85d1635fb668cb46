"""A body of a foreign country's state asked about ("die kanadische Regierung", "the swedish embassy", "the us state
department") is answered only by a speaker of that country, not by another country's government or the home
country's ministry."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one_article_bot, said, sentence_candidate

from retrieval.answer.state_bodies import country_asked, for_country, place_asked, seat_named, speaks_for_country
from retrieval.api import Belegbot
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("person", "language", "country"),
    [
        ("die kanadische Regierung", "de", "kanada"),
        ("das schwedische Außenministerium", "de", "schweden"),
        ("Japans Regierung", "de", "japan"),
        ("die US-Regierung", "de", "usa"),
        ("die Regierung von Norwegen", "de", "norwegen"),
        ("the dutch government", "en", "niederlande"),
        ("the swedish embassy", "en", "schweden"),
        ("the government of Japan", "en", "japan"),
        ("the us state department", "en", "usa"),
        # a home country's body, an office, a body of no country: no condition
        ("die österreichische Regierung", "de", None),
        ("the german foreign ministry", "en", None),
        ("der kanadische Botschafter", "de", None),
        ("die Regierung", "de", None),
        ("the dutch coach", "en", None),
    ],
)
def test_the_country_of_a_state_body_asked_about(person: str, language: str, country: str | None) -> None:
    assert country_asked(person, language) == country


def test_a_verb_of_saying_after_a_country_is_the_first_noun_of_its_body() -> None:
    q = parse_question("what did the us state department say about the arrested student?")
    assert q.person == "the us state department"
    assert parse_question("how did the state department react to the verdict").person == "the state department"
    assert parse_question("did the minister state that the talks had failed?").person == "the minister"


def test_a_country_speaks_by_its_name_adjective_capital_seat_or_short_name() -> None:
    assert speaks_for_country("kanada", said("Man sei besorgt.", "Die kanadische Regierung"))
    assert speaks_for_country("kanada", said("Man sei besorgt.", "Die Regierung in Ottawa"))
    assert speaks_for_country("japan", said("Man sei besorgt.", "Die Regierung in Tokio"))
    assert speaks_for_country("usa", said("Man prüfe das.", "Eine Sprecherin des Weißen Hauses"))
    assert speaks_for_country("usa", said("Man prüfe das.", "US-Außenamtssprecher John Doe"))
    assert speaks_for_country("japan", sentence_candidate("Japan verurteilte den Test scharf."))
    assert not speaks_for_country("japan", sentence_candidate("Für Japan ist das ein Problem."))


def test_another_country_s_government_or_the_home_ministry_is_not_the_country() -> None:
    assert not speaks_for_country("schweden", said("Das sei ein Bruch.", "Die Regierung in Kiew"))
    assert not speaks_for_country("schweden", said("Das sei ein Bruch.", "Eine Sprecherin des Außenministeriums"))
    assert not speaks_for_country("schweden", said("Das sei ein Bruch.", "Alliance-Generalsekretär Erik Berg"))


def test_a_country_s_official_after_a_sentence_in_which_its_body_acts_speaks_for_it() -> None:
    acts = "Die schwedische Regierung bestellte am Dienstag den Gesandten ein."
    official = said("Er sprach von einem Bruch.", "Staatssekretärin Lina Berg", before=acts)
    assert speaks_for_country("schweden", official)
    assert for_country("schweden", ["regierung"], [0.25], [official]) == [1.0]
    elsewhere = said("Er sprach von einem Bruch.", "Staatssekretärin Lina Berg", before="Am Dienstag regnete es.")
    assert not speaks_for_country("schweden", elsewhere)
    kiev = said("Man rechne mit mehr.", "Die Regierung in Kiew")
    assert for_country("schweden", ["regierung"], [1.0], [kiev]) == [-1.0]


def test_a_country_s_body_no_article_quotes_finds_nothing(tmp_path: Path) -> None:
    text = (
        "Streit um Fischfang\nDie Regierung in Oslo kritisierte die neuen Fangquoten scharf. "
        "„Das ist ein schwerer Fehler“, sagte die norwegische Fischereiministerin Kari Lund. "
        "Eine Sprecherin des Außenministeriums nannte die Quoten in Berlin „nicht nachvollziehbar“. "
        "Die Regierung in Kopenhagen will die Quoten prüfen."
    )
    with one_article_bot(tmp_path, "f", text) as bot:
        swedish = bot.answer("Was sagte die schwedische Regierung zu den Fangquoten?")
        english = bot.answer("how did the swedish government react to the fishing quotas")
        norwegian = bot.answer("Was sagte die norwegische Regierung zu den Fangquoten?")
    assert not swedish.found and not english.found
    # the message names whom the articles quote instead, never as a claim
    assert "zitieren dazu" in swedish.message and "Lund" in swedish.message
    assert norwegian.found and all("Kopenhagen" not in c.quote for c in norwegian.claims)
    assert any("Oslo" in c.quote or "Lund" in c.quote for c in norwegian.claims)


def test_a_speaker_the_article_names_by_an_office_of_the_country_speaks_for_it() -> None:
    text = (
        "Die Gespräche zogen sich bis in die Nacht. Unter Vorsitz des schwedischen Regierungschefs Nils Holmqvist "
        "tagte das Kabinett. Man werde nicht nachgeben, sagte Holmqvist."
    )
    head = said("Man werde nicht nachgeben.", "Regierungschef Nils Holmqvist")
    assert not speaks_for_country("schweden", head)  # the sentence alone does not say whose he is
    assert speaks_for_country("schweden", head, text)
    assert not speaks_for_country("norwegen", head, text)
    elsewhere = "Die Gespräche zogen sich. Holmqvist, der schwedische Gast, blieb stumm. Die Firma Holmqvist wuchs."
    assert not speaks_for_country("schweden", head, elsewhere)  # no office before his name


def test_the_source_a_claim_shows_decides_whose_word_it_is() -> None:
    carried = sentence_candidate(
        "Das sei nicht hinnehmbar.",
        info=SentenceInfo(source="Außenminister Erik Berg", speaker="Die kanadische Regierung"),
        source="Außenminister Erik Berg",
    )
    assert not speaks_for_country("kanada", carried)


def test_a_body_named_by_its_seat_is_no_person_by_name() -> None:
    assert seat_named("the Kremlin") and seat_named("der Kreml-Sprecher") and seat_named("des Kremls")
    assert seat_named("the Pentagon chief") and seat_named("das Weiße Haus")
    assert not seat_named("Angela Merkel") and not seat_named("Premier Kremlinski")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did the Kremlin say?", "Kreml-Sprecher Dmitri Peskow erklärte"),
        ("What did the Pentagon chief say?", "sagte US-Verteidigungsminister Lloyd Austin"),
        (
            "What did the Russian foreign ministry say about South Korea's security interests?",
            "Das russische Außenministerium betonte",
        ),
    ],
)
def test_a_body_asked_by_its_seat_or_its_country_s_adjective_is_quoted_by_its_speaker(
    service: Belegbot, question: str, speaker: str
) -> None:
    """What a body said whose source names it in German or by its spokesperson ("Kreml-Sprecher Dmitri Peskow" for
    "the Kremlin", "Das russische Außenministerium" for "the Russian foreign ministry") is its own words: the words
    of the question ("kremlin", "russian") that the source's letters do not begin are no name the source must give."""
    answer = service.answer(question)
    assert answer.found
    assert any(speaker in claim.quote for claim in answer.claims)


@pytest.mark.parametrize(
    ("person", "place"),
    [
        ("south korea", "south korea"),
        ("the US", "us"),
        ("die USA", "usa"),
        ("Kiew", "kiew"),
        ("russland", "russland"),
        # a person, a body, an office: no place speaks
        ("Mark Rutte", None),
        ("die italienische Regierung", None),
        ("the us state department", None),
        ("der Kreml", None),
    ],
)
def test_a_place_asked_as_the_speaker_is_the_whole_person_asked(person: str, place: str | None) -> None:
    assert place_asked(person) == place


@pytest.mark.parametrize(
    ("question", "speakers"),
    [
        ("what did south korea say", ("Der südkoreanische Geheimdienst",)),
        ("what did kyiv say", ("Die Regierung in Kiew",)),
        ("what did ukraine say", ("Die Regierung in Kiew",)),
        ("Was sagt Russland?", ("Das russische Außenministerium", "Kreml-Sprecher Dmitri Peskow")),
        ("what did the united states say", ("Die USA bestätigen", "US-Verteidigungsminister Lloyd Austin")),
    ],
)
def test_a_country_or_capital_asked_speaks_through_its_offices(
    service: Belegbot, question: str, speakers: tuple[str, ...]
) -> None:
    """ "What did south korea say": its intelligence service's words, not "nothing found" because no source is called
    "South Korea" (the English name's letters begin no German source), nor "Russland" silent where its foreign
    ministry and the Kremlin's spokesman speak."""
    answer = service.answer(question)
    assert answer.found, answer.message
    quotes = " ".join(f"{claim.source} {claim.quote}" for claim in answer.claims)
    assert all(speaker in quotes for speaker in speakers)
    # another country's speaker is not the one asked
    assert "Rutte" not in quotes and "Pistorius" not in quotes


@pytest.mark.parametrize(
    "question",
    [
        "what did north korea say",  # named as the subject of a passive, a condition, an adjective: it says nothing
        "how did china react to the reports about north korean soldiers",
        "Wie hat China auf die Berichte über nordkoreanische Soldaten in Russland reagiert?",
    ],
)
def test_a_country_the_articles_name_but_never_quote_said_nothing(service: Belegbot, question: str) -> None:
    assert not service.answer(question).claims
