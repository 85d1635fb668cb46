"""A verb of saying that closes a sentence after a comma, with its subject and at most a time, a place or an
addressee after it ("…, sagte X am Montag in Y."), names who said the words before it: also when those words hold no
main clause the tagger finds (a fragment, a misread verb), and also when a verb of saying stands inside the words
without a subject of its own."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute


def _speaker_of(text: str, words: str) -> str | None:
    return next((a.speaker for a in attribute(text) if words in text[a.quote_start : a.quote_end]), None)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Und zwar jeden Tag aufs Neue, sagte Lindqvist.", "jeden Tag", "Lindqvist"),
        (
            "Wobei eigentlich viel mehr Geld in die Pflege fließen müsste, meinte Hoferer am Dienstag in Linz.",
            "in die Pflege",
            "Hoferer",
        ),
        (
            "Schade, dass niemand die alten Brücken pflegt, sagte die Bürgermeisterin Anna Pichlbauer dem Lokalradio.",
            "alten Brücken",
            "die Bürgermeisterin Anna Pichlbauer",
        ),
    ],
)
def test_a_closing_frame_names_the_speaker_of_words_without_a_main_clause(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Sollten die Gläubiger den Plan ablehnen, werde die Firma schließen müssen, sagte Brandauer am Freitag in "
            "Graz.",
            "die Firma",
            "Brandauer",
        ),
        (
            "Das ist nur ein Gerücht, weil doch jeder weiß, dass ich nicht mehr kandidiere, sagte Obernauer im Radio.",
            "nur ein Gerücht",
            "Obernauer",
        ),
        (
            "Die Zahlen scheinen eine Wende anzukündigen, in der die Mieter endlich entlastet werden, sagte Kowalczyk "
            "und fügte hinzu, die Vermieter würden das kaum hinnehmen.",
            "die Vermieter",
            "Kowalczyk",
        ),
    ],
)
def test_a_closing_frame_wins_over_a_verb_of_saying_with_no_subject_inside_the_words(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Als der Zug endlich ankam, erklärte Huber am Bahnsteig seinen Rücktritt.",
        "Nachdem der Regen aufgehört hatte, sagte Huber am Abend ab.",
    ],
)
def test_no_closing_frame_after_a_subordinate_clause_or_with_an_object(text: str) -> None:
    assert _speaker_of(text, "der") != "Huber" or all(a.kind != "indirect" for a in attribute(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Was damals im Dorf geschah, erzählt Arte seit Montag in sechs Folgen.", "im Dorf"),
        ("Den Angeklagten, die jede Schuld bestreiten, drohen Geldstrafen.", "jede Schuld"),
    ],
)
def test_no_closing_frame_for_a_free_relative_or_an_inflected_noun(text: str, words: str) -> None:
    assert _speaker_of(text, words) not in ("Arte", "Geldstrafen")


def test_no_closing_frame_for_a_clause_after_a_label() -> None:
    text = "Titel\nFrage: Dass die Bahn pünktlich ist, sagt der Vorstand schon lange.\nAntwort: Das stimmt so nicht."
    doc = article("d", text)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith("Antwort")]
    info = analyse(doc, units).sentences.get(index)
    assert info is None or info.source != "der Vorstand"


def test_the_stored_sentence_takes_the_speaker_of_its_closing_frame() -> None:
    text = (
        "Titel\nDer Tag begann ruhig. Und zwar wirklich jedes Mal, betonte Sandrieser am Abend.\nDann ging es weiter."
    )
    doc = article("d", text)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith("Und zwar")]
    info = analyse(doc, units).sentences.get(index)
    assert info is not None and info.source == "Sandrieser"
