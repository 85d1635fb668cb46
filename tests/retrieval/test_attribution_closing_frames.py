"""Frames that close a speaker's words and must win over what stands inside them: a "so X" after words in the
first person, and a feeling verb whose frame goes on with what the
speaker felt about ("…, ärgerte sich X darüber, dass …") as the sentence's source."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute
from retrieval.models import SentenceInfo


def _analysed(text: str, opening: str) -> SentenceInfo | None:
    """The stored analysis of the sentence of ``text`` that opens with ``opening`` (None: nothing to store)."""
    doc = article("d", text)
    units = segment.sentences(doc)
    (index,) = [i for i, s in enumerate(units) if s.text.startswith(opening)]
    return analyse(doc, units).sentences.get(index)


def _speaker_of(text: str, words: str) -> str | None:
    return next((a.speaker for a in attribute(text) if words in text[a.quote_start : a.quote_end]), None)


@pytest.mark.parametrize(
    "text",
    [
        "Danach wusste ich, dass ich Dirigent werden wollte, so Dudamel, der von klein auf Musik hörte.",
        "Ich glaube, wir schaffen das, so Müller.",
    ],
)
def test_a_so_speaker_frames_words_in_the_first_person(text: str) -> None:
    speakers = [a.speaker for a in attribute(text)]
    assert speakers[0] in ("Dudamel", "Müller")


def test_a_feeling_frame_that_goes_on_gives_the_whole_sentence_its_speaker() -> None:
    text = (
        "Titel\nReichelt wurde Vierter. Der war miserabel, ärgerte sich der 35-jährige Routinier darüber, dass er bei "
        "den ersten Anschüben und Schlittschuhschritten am Start gepatzt hatte.\nDann ging es weiter."
    )
    info = _analysed(text, "Der war")
    assert info is not None and info.source == "der 35-jährige Routinier"


def test_a_short_quote_inside_a_narrating_sentence_does_not_give_it_a_source() -> None:
    text = (
        "Titel\nDer Minister, der seit drei Jahren im Amt ist und zuvor die Bank leitete, nannte die Reform am Montag "
        'vor Journalisten in Wien "gut".\nDann ging es weiter.'
    )
    info = _analysed(text, "Der Minister")
    assert info is None or info.source is None or info.how != "direct"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aber wenn die Leute ihn sehen, sagt Dedovic, springen sie auf.", "Dedovic"),
        ("Das Problem, sagt Dedovic, ist die Politik.", "Dedovic"),
        ("Wenn es regnet, sagt der Trainer, spielen wir nicht.", "der Trainer"),
    ],
)
def test_a_frame_set_in_commas_inside_the_words_frames_all_of_them(text: str, speaker: str) -> None:
    found = attribute(text)
    assert [(a.speaker, text[a.quote_start : a.quote_end].startswith(text[:8])) for a in found] == [(speaker, True)]
    assert found[0].quote_end >= len(text) - 2  # the words go on after the frame


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Manahl sieht die Aufnahme von Flüchtlingen als Verpflichtung.", "Manahl"),
        ("Die Ministerin sah den Entwurf als ersten Schritt.", "Die Ministerin"),
    ],
)
def test_seeing_something_as_something_is_a_view(text: str, speaker: str) -> None:
    assert [a.speaker for a in attribute(text)] == [speaker]


def test_seeing_someone_when_something_happened_is_no_view() -> None:
    # the "als" after a comma opens a clause of time, not a judgement
    assert attribute("Die Polizei sah den Mann, als er floh.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dass die Reform noch kommt, glaubt Müller nicht.", "Müller"),
        ("Dass die Reform kommt, glaubt der Minister.", "der Minister"),
        ("Dass die Reform kommt, bezweifelt die Sprecherin.", "die Sprecherin"),
    ],
)
def test_a_fronted_dass_clause_is_the_words_of_the_person_who_says_or_believes_it(text: str, speaker: str) -> None:
    found = attribute(text)
    assert [a.speaker for a in found] == [speaker]
    assert text[found[0].quote_start : found[0].quote_end].startswith("Dass die Reform")


def test_a_fronted_dass_clause_takes_no_time_or_thing_for_a_speaker() -> None:
    assert attribute("Dass die Firma Geld verlor, enthüllte vergangenes Jahr die Initiative.") == []


def test_a_fronted_dass_clause_takes_no_pronoun_for_its_speaker() -> None:
    # "er" may stand for a body the sentence before named; only a name or a role holds the view
    text = "Dass so große Gewinne nicht vorhersehbar gewesen seien, meinte er."
    assert all(a.speaker != "er" for a in attribute(text))


def test_a_second_frame_after_a_verb_in_commas_is_the_speaker() -> None:
    text = "Dass die Kandidaten bei uns starten, bestätigt diese Vorreiter-Rolle, meinte Milborn."
    assert [a.speaker for a in attribute(text)] == ["Milborn"]


def test_seeing_something_in_a_clause_set_off_with_als_is_no_view() -> None:
    assert (
        attribute("Wir denken vorausschauend, sehen die Herausforderungen, die vor uns als Gesellschaft liegen.") == []
    )
