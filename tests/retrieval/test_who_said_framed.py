"""A who-said answer names whom its own sentence names as saying the words asked about (``said.framed_speaker``), not
the speaker the index gives the sentence: the interviewee who cites someone ("Konrad hat recht, wenn er sagt: …"),
the spokesman whose report it carries on, the person of the main clause ("Rutte telefonierte mit Yoon, der die Nato
aufforderte, …"). And a question asking whose account it is, or typing a preposition in lower case, pins no term the
answer must print (``pinned``)."""

from __future__ import annotations

import pytest

from retrieval.answer.pinned import in_scope, pinned_terms
from retrieval.answer.said import framed_speaker
from retrieval.api import Belegbot
from retrieval.question import parse_question

CITED = "Bürgermeister Anton Berger hat recht, wenn er sagt: Die Brücke ist ein Denkmal für die ganze Region."
ANSWERED = (
    "Auf die Frage der Behörden, ob er bereue, habe Pfarrer Jakob Leitner geantwortet: Das ist kein Fehler, "
    "sondern eine Pflicht gegenüber der Gemeinde."
)
RELATIVE = (
    "Zuvor hatte die Ministerin mit dem Landeshauptmann Peter Gruber telefoniert, der den Bund dazu aufforderte, "
    "rasch neue Lehrer für die Volksschulen einzustellen."
)


@pytest.mark.parametrize(
    ("sentence", "question", "speaker"),
    [
        (CITED, "wer hat gesagt die brücke sei ein denkmal für die region", "Anton Berger"),
        (ANSWERED, "wer hat gesagt das sei kein fehler sondern eine pflicht gegenüber der gemeinde", "Jakob Leitner"),
        (RELATIVE, "wer hat den bund aufgefordert neue lehrer für die volksschulen einzustellen", "Peter Gruber"),
        # the words asked about come before the frame: the sentence's own speaker stands
        (CITED, "wer hat recht, sagte der bürgermeister berger", None),
        # the name after a preposition is where the words are printed, not who says them
        (
            "Dazu wird Watzke auf der Internetseite von Borussia Dortmund zitiert: Wir haben den Verein gerettet.",
            "wer sagte wir haben den verein gerettet",
            "Watzke",
        ),
        # "aufhält" is no "hält" of saying: a separable particle before a verb of saying of six letters or more only
        (
            "Kommissar Louis Michel, der sich in Myanmar aufhält, besucht das Lager der Helfer am Fluss.",
            "wer besucht das lager der helfer",
            None,
        ),
        # no verb of saying frames the words
        ("Bürgermeister Anton Berger eröffnet heute die Brücke: Sie ist ein Denkmal.", "wer sagte das denkmal", None),
    ],
)
def test_the_speaker_a_sentence_names_for_the_words_it_frames(
    sentence: str, question: str, speaker: str | None
) -> None:
    assert framed_speaker(sentence, question) == speaker


def test_whose_account_it_is_asks_about_words() -> None:
    asked = parse_question("In mehreren Meldungen ist von 1500 Soldaten die Rede. Laut wem eigentlich?", "de")
    assert not in_scope(asked)
    assert not in_scope(parse_question("According to whom is prevention 'not in our DNA' in Italy?", "en"))


def test_a_preposition_typed_in_lower_case_is_no_pinned_noun() -> None:
    q = parse_question("wer hat die sanktionen gefordert wegen der waffen", default_language="de")
    weights = {"sanktionen": 0.7, "wegen": 0.6, "waffen": 0.6}
    assert pinned_terms(q, list(weights), weights) == ["sanktionen", "waffen"]
    # typed with a capital, it reads as the noun (HanTa: the plural of "Weg")
    capital = parse_question("Wer hat über die Wegen im Wald gesprochen?", default_language="de")
    assert pinned_terms(capital, ["wegen"], {"wegen": 0.6}) == ["wegen"]


@pytest.mark.parametrize(
    "question",
    [
        "wer hat die nato aufgefordert konkrete maßnahmen zu ergreifen wegen russland und nordkorea",
        "which president asked nato to take concrete measures over the russia north korea cooperation",
    ],
)
def test_the_president_who_asked_nato_not_the_secretary_general_he_phoned(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert answer.found and answer.claims
    assert "Yoon" in (answer.claims[0].source or "")
    assert "aufforderte" in answer.claims[0].quote
