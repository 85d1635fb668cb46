"""Who an answer names for a sentence that no verb of saying attributes: the bodies and names it gives."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import all_named_in, named_in
from retrieval.answer.reporting import names_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das Auswärtige Amt bestellte den Geschäftsträger in Berlin ein.", None),  # where, not who
        ("Die Delegation flog nach Moskau und aus Kairo zurück.", None),
        ("Das bestreitet Sergej Lawrow in Genf.", "Sergej Lawrow"),
    ],
)
def test_a_name_after_a_preposition_of_place_is_no_actor(sentence: str, expected: str | None) -> None:
    assert names_in(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Das Auswärtige Amt zog Konsequenzen und bestellte den Geschäftsträger ein.", "Auswärtige Amt"),
        ("Bis Juni wird die Europäische Kommission 300 Millionen Euro zahlen.", "Europäische Kommission"),
        ("Neue Behörden zählten 400 Anträge.", "Behörden"),  # a capital at the start of a sentence names nothing
    ],
)
def test_a_body_is_named_with_the_adjective_of_its_name(sentence: str, expected: str) -> None:
    assert named_in(sentence, 0, []) == expected


def test_every_body_a_sentence_names_is_read_for_who_did_something() -> None:
    sentence = "Das hat die Bundesregierung auf den Plan gerufen: Das Auswärtige Amt bestellte den Botschafter ein."
    assert all_named_in(sentence, 0, []) == ["Bundesregierung", "Auswärtige Amt"]
    assert named_in(sentence, 0, []) == "Bundesregierung"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Europaweit will GE 6.500 Stellen streichen.", "GE"),
        ("Zwei Millionen Euro hat die FPÖ nach eigenen Angaben investiert.", "FPÖ"),
        ("Die Sprachen: Bosnisch/Kroatisch/Serbisch (BKS, 2.761) und Albanisch (417).", None),  # no verb
        ("Die Provinz Sinai des IS hatte sich zum Absturz bekannt, alle 224 Insassen starben.", None),  # genitive
        ("Die LLI habe ein Angebot über 29,6 Prozent angenommen.", None),  # someone else's report
        ("Trummer, Direktor des Kunsthauses Bregenz (KUB), präsentierte zwölf Ausstellungen.", None),
        ("Die USA wollen 500 Soldaten schicken.", None),  # a place
        ("Andreas Khol von der ÖVP kommt mit minus zwölf Punkten auf Rang fünf.", None),  # after a preposition
        ("Selbst in den Reihen der SPÖ schüttelten 20 Abgeordnete den Kopf.", None),  # a genitive
        ("Der vom VKI unterstützte Kläger hatte 2003 um 5.000 Euro einen Fonds gekauft.", None),
        ("Die ÖVP will das Pensionsalter von 60 auf 65 Jahre anheben.", "ÖVP"),
    ],
)
def test_initials_name_a_body_only_as_the_subject_of_an_indicative_verb(sentence: str, expected: str | None) -> None:
    assert named_in(sentence, 0, []) == expected
