"""The type of answer a which- or name-question asks for, and whether a sentence names one of it."""

from __future__ import annotations

import pytest
from conftest import OneSentenceLibrary, sentence_candidate

from retrieval.answer.answer_type import asks_person, asks_place, kind_names, named_things, person_named
from retrieval.answer.answerer import Answerer
from retrieval.answer.reporting import names_in
from retrieval.question import parse_question
from retrieval.question.asked import asked_action, asked_thing, asks_who_asked


def test_asked_thing_is_the_noun_phrase_up_to_its_head() -> None:
    assert asked_thing("Into which Russian units are the North Korean soldiers to be integrated?", "en") == (
        "russian",
        "units",
    )
    assert asked_thing(
        "What is the name of the North Korean special forces unit reportedly among the troops?", "en"
    ) == (
        "north",
        "korean",
        "special",
        "forces",
        "unit",
    )
    assert asked_thing("whats the name of the russian ambassador seoul summoned", "en") == ("russian", "ambassador")
    assert asked_thing("welche uniformen kriegen die nordkoreaner in sergievsky", "de") == ("uniformen",)
    assert asked_thing("Welcher nordkoreanische General befehligt die Truppen?", "de") == ("nordkoreanische", "general")
    assert asked_thing("Wie viele Soldaten sind es?", "de") is None


def test_adjectives_joined_by_and_or_or_stay_in_the_noun_phrase() -> None:
    assert asked_thing("what are the names of the danish and swedish sailors who were rescued", "en") == (
        "danish",
        "swedish",
        "sailors",
    )
    assert asked_thing("Welche italienischen oder spanischen Winzer haben gewonnen?", "de") == (
        "italienischen",
        "spanischen",
        "winzer",
    )
    assert asked_thing("which sailors and fishermen were rescued", "en") == ("sailors",)  # two things: the first


def test_the_head_tells_a_person_a_place_or_a_thing() -> None:
    assert asks_person(("cnn", "reporter"), "en")
    assert asks_person(("russian", "ambassador"), "en")
    assert asks_person(("kanadische", "priester"), "de") or asks_person(("nordkoreanische", "general"), "de")
    assert not asks_person(("russian", "units"), "en")
    assert asks_place(("country",)) and not asks_place(("units",))


def test_a_thing_is_named_by_a_name_beside_the_noun_of_its_kind() -> None:
    q = "What is the name of the North Korean special forces unit reportedly among the troops?"
    # a place's name comes with the noun of its kind, for the caller to match against the kind asked
    assert named_things(
        "Es soll nordkoreanische Soldaten zeigen, die auf dem russischen Truppenübungsplatz Sergievsky Uniformen "
        "und Ausrüstung erhalten.",
        q,
    ) == [("Truppenübungsplatz", "Sergievsky")]
    # a person's name after their role or with a given name, and the question's own places: no thing's
    assert not named_things("…, nach denen Nordkoreas Machthaber Kim Jong-un seine Soldaten an die Front schickt.", q)
    assert not named_things("…, sagte er bei einer Pressekonferenz mit seinem Amtskollegen John Healey.", q)
    assert not named_things(
        "Sollte Nordkorea Soldaten zur Unterstützung Russlands in den Krieg entsenden, wäre dies", q
    )
    assert named_things("Unter ihnen sei auch die Spezialeinheit Achmat.", q) == [("Spezialeinheit", "Achmat")]
    assert named_things(
        "Eines davon wurde vom „Centre for Strategic Communication“ verbreitet, einer ukrainischen "
        "Regierungsorganisation.",
        q,
    ) == [("Regierungsorganisation", "Centre for Strategic Communication")]


def test_a_person_asked_for_needs_a_name_the_question_does_not_give() -> None:
    q = "which cnn reporter geolocated the second video"
    assert not person_named("Ein CNN-Reporter hat das Video geolokalisiert.", q)
    assert person_named("CNN-Reporter Frederik Pleitgen hat das Video geolokalisiert.", q)
    assert kind_names(("country",), "en", "Irgendein Satz.", "which country") is True


def test_who_did_something_asks_the_doer_of_its_verb() -> None:
    assert asked_action("wer hat das video verbreitet, auf dem nordkoreaner uniformen bekommen?", "de") == "verbrei"
    assert asked_action("Wer hat in Wien den russischen Botschafter einbestellt?", "de") == "bestell"
    assert asked_action("wer hat den film gedreht", "de") == "dreh"
    # who said something, holds a view, or whose words a description is: no deed
    assert asked_action("wer hat gesagt, das war eine riesenvorstellung", "de") is None
    assert (
        asked_action("Wer vertritt in der Berichterstattung die Einschätzung, Russland brauche Soldaten?", "de") is None
    )
    assert asked_action("Von wem stammt die Beschreibung Nordkoreas als abgeschottetes Regime?", "de") is None
    assert asked_action("Welche Organisation hat das Video verbreitet?", "de") == "verbrei"
    assert asked_action("Welche Partei meinte, das sei falsch?", "de") is None
    assert asked_action("who spread the video", "en") is None  # an English verb is not the article's


def test_a_verb_followed_by_what_was_said_is_one_of_saying() -> None:
    # reported speech in the first subjunctive, or a dependent question, after the verb: the deed is a statement
    assert (
        asked_action("wer hat gewitzelt, er nehme am g7-treffen in bayern teil, wenn ihn keiner hindert?", "de") is None
    )
    assert asked_action("Welcher Minister versicherte, eine Orbansierung Österreichs finde nicht statt?", "de") is None
    assert asked_action("wer bei porsche hat begründet, warum der lehrling gehen musste?", "de") is None
    assert asked_action("wer hat gespottet, die polizei sei überfordert", "de") is None
    # a relative clause, a clause of time or an infinitive after the verb says nothing: the deed stays
    assert asked_action("wer hat das video verbreitet, das die soldaten zeigt?", "de") == "verbrei"
    assert asked_action("wer hat das video verbreitet, als die soldaten ankamen?", "de") == "verbrei"
    assert asked_action("Welcher Präsident hat die Nato aufgefordert, Maßnahmen zu ergreifen?", "de") == "forder"
    assert asked_action("wer hat gewitzelt", "de") == "witzel"
    assert asked_action("wer hat gefragt, ob trainer mair gelassen blieb", "de") == "frag"  # asking: its "?" or verb


def test_a_name_after_a_noun_of_a_place_is_no_one_who_acts() -> None:
    assert (
        names_in("Es soll Soldaten zeigen, die auf dem russischen Truppenübungsplatz Sergievsky Uniformen erhalten.")
        is None
    )
    assert names_in("Eines davon wurde vom „Centre for Strategic Communication“ verbreitet.") is not None


def test_a_question_of_who_asked_something_is_told_by_its_verb() -> None:
    assert asks_who_asked("wer hat auf der pressekonferenz gefragt: wozu das alles?", "de")
    assert asks_who_asked("Wer fragte, ob die Brücke rechtzeitig fertig wird?", "de")
    assert not asks_who_asked("wer hat die brücke gesprengt", "de")
    assert not asks_who_asked("wer hat gesagt, die brücke sei sicher", "de")
    assert not asks_who_asked("who asked whether the bridge is safe", "en")  # an English verb is not the article's


@pytest.mark.parametrize(
    "question",
    [
        "wer hat die neue Steuer mit einem Fass ohne Boden verglichen",
        "Welcher Wirt beschwert sich, dass die Gäste ausbleiben?",
        "wer hat den Vorwurf der Bürgerliste zurückgewiesen",
        "wer will dass der Bauplatz verkauft wird",  # the deed is wanting; what is to be done is the statement
    ],
)
def test_a_who_question_whose_verb_is_a_statement_asks_no_deed(question: str) -> None:
    assert asked_action(question, "de") is None


def test_a_statement_verb_lets_a_sentence_that_words_it_otherwise_answer() -> None:
    q = parse_question("wer hat die neue Steuer mit einem Fass ohne Boden verglichen")
    answerer = Answerer(OneSentenceLibrary(), listing=None)  # type: ignore[arg-type]
    said = sentence_candidate(
        "Die neue Steuer sei wie ein Fass ohne Boden, sagte der Wirtesprecher Karl Huber.", source="Karl Huber"
    )
    assert answerer.usable(q, said)
    # a deed still needs a sentence that tells of it
    built = parse_question("wer hat das Video vom Hochwasser verbreitet")
    assert not answerer.usable(
        built, sentence_candidate("Das Hochwasser sei schlimm, sagte Karl Huber.", source="Karl Huber")
    )
