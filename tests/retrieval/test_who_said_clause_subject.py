"""A who-said answer names the speaker its own sentence names where the lexicon of saying lacks the verb: the person
subject of a clause whose colon opens the words asked about ("…, wies Kammerpräsident Huber ebenfalls zurück: …",
``said.clause_subject``), and the subject after the words of a sentence the index gave the speaker before it
("Das stelle eine unzulässige Diskriminierung dar, attestiert Hauer.", ``persons.named_after_words``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import one_article_bot

from retrieval.answer.persons import named_after_words
from retrieval.answer.said import clause_subject, framed_speaker

REJECTED = (
    "Den Vorschlag des Ministers, die Frist zu verlängern, wies Kammerpräsident Huber ebenfalls zurück: Es gibt "
    "keinen Grund für eine längere Frist."
)
PRAGMATIC = "Doch die Ökonomin, die an der Universität Wien lehrt, sieht es nüchtern: Wachstum ist kein Naturgesetz."


@pytest.mark.parametrize(
    ("sentence", "question", "speaker"),
    [
        # the object comes first, the subject after the verb whose particle closes the clause
        (REJECTED, "welcher präsident sagte, es gebe keinen grund für eine längere frist", "Kammerpräsident Huber"),
        # the question names the topic the clause gives too: the words after the colon it has more of decide
        (
            REJECTED,
            "wer wies den vorschlag des ministers zurück, es gebe keinen grund für längere fristen",
            "Kammerpräsident Huber",
        ),
        # a role, with a relative clause between it and its verb that names a place
        (PRAGMATIC, "wer sagte wachstum sei kein naturgesetz", "die Ökonomin"),
        # a heading's colon: no verb, no person
        (
            "Pikant: Der Minister hat nie widersprochen und schweigt dazu.",
            "wer hat nie widersprochen und schweigt",
            None,
        ),
        # the body after a preposition, "man" the subject: no person to name
        ("Bei den Behörden wiegelte man ab: Das ist noch von früher.", "wer sagte das sei noch von früher", None),
    ],
)
def test_the_person_subject_of_a_clause_whose_colon_opens_the_words(
    sentence: str, question: str, speaker: str | None
) -> None:
    assert framed_speaker(sentence, question) == speaker


def test_a_clause_subject_is_a_person_named_by_its_last_word() -> None:
    assert clause_subject("Roman Stiftner, Präsident der Bundesvereinigung Logistik, sieht das anders") == (
        "Roman Stiftner"
    )
    assert clause_subject("Der steirische FPÖ-Chef titelte in einer Aussendung") == "Der steirische FPÖ-Chef"
    # a possessive before a common noun names no person ("Sobotkas Wunsch")
    assert clause_subject("Sobotkas Wunsch wies das Ministerium zurück") is None


def test_a_subject_after_the_words_past_a_phrase_of_time_or_a_surname_the_article_gave_in_full() -> None:
    sentence = "Wir haben Flugblätter in Händen, erklärte am späten Montagabend der Sprecher des Krisenstabes in Athen."
    assert named_after_words((), sentence) == "der Sprecher"
    hauer = "Das stelle eine unzulässige Diskriminierung dar, attestiert Hauer."
    assert named_after_words((), hauer) is None  # HanTa reads "Hauer" as a common noun
    assert named_after_words((), hauer, "ein Gutachten des Juristen Andreas Hauer") == "Hauer"


WESTBAHN = (
    "Westbahn legt Gutachten zum Taktfahrplan vor\n"
    "Wien – Die Westbahn hat am Montag ein Gutachten des Verwaltungsrechtlers Andreas Hauer von der Universität Linz "
    "vorgelegt. Laut dem Gutachten hätte die ÖBB beim neuen Taktfahrplan immer Vorrang. Für die Konkurrenz blieben "
    "dann nur schlechtere Trassen ohne Anschlusszüge übrig. Das stelle eine unzulässige Diskriminierung dar, "
    "attestiert Hauer."
)


def test_words_whose_sentence_names_their_speaker_after_them_are_not_the_carried_over_source(tmp_path: Path) -> None:
    with one_article_bot(tmp_path, "westbahn", WESTBAHN) as bot:
        # the index carries "laut dem Gutachten" over to the last sentence
        last = max(bot.searcher.analysis("westbahn").sentences.items())[1]
        assert last.how == "carried_over"
        answer = bot.answer("wer sagt, dass der vorrang für die öbb eine unzulässige diskriminierung wäre")
    assert answer.found and answer.claims
    assert "attestiert" in answer.claims[0].quote
    assert "Andreas Hauer" in (answer.claims[0].source or "")
