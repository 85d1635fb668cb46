"""What a person said, without someone else's words: a sentence the index carries their words over to, that names a
speaker of its own at its end, and a document's finding the index shows with the speaker named before it."""

from __future__ import annotations

import pytest
from conftest import candidate_at, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import names_own_speaker, others_dropped
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question

# A report on a bypass road: the mayor's words, her words going on, a councillor's words the index took for hers
# (carried over), a survey's finding the index shows with her name, and her words on the cost.
TEXT = (
    "Die Umfahrung muss rasch gebaut werden, sagte Bürgermeisterin Eva Lindner. "
    "Der Verkehr im Ort sei unerträglich geworden. "
    "Wir stehen voll hinter dem Projekt, versicherte am Abend Landesrat Markus Hofer. "
    "Ein weiteres Ergebnis des Gutachtens ist, dass der Lärm stark zunimmt. "
    "Die Kosten trage das Land, sagte Lindner."
)
LINDNER = "Bürgermeisterin Eva Lindner"
SAID = SentenceInfo(source=LINDNER, speaker="Lindner", cue="sagte", how="indirect")
CARRIED = SentenceInfo(source=LINDNER, speaker="Lindner", how="carried_over", shown=LINDNER)
FINDING = SentenceInfo(source="des Gutachtens", how="evidence", shown=LINDNER)
INFOS = {0: SAID, 1: CARRIED, 2: CARRIED, 3: FINDING, 4: SAID}
QUESTION = "Was sagte Bürgermeisterin Lindner zur Umfahrung?"


class _Library:
    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="Umfahrung", outlet="Bezirksblatt", text=TEXT)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=INFOS)

    def sentences_of(self, keys: list[tuple[str, int]]) -> list[Candidate]:
        spans = sentence_spans(TEXT)
        return [candidate_at(TEXT, spans[i], i, INFOS) for _, i in keys if i in spans]


def _listed(index: int) -> Listed:
    row = [0.0] * len(NAMES)
    row[NAMES.index("person")] = 1.0
    return Listed(candidate_at(TEXT, sentence_spans(TEXT)[index], index, INFOS), 0.9, [], LINDNER, row=row)


def _what_said(*claims: int) -> list[int]:
    answerer = Answerer(_Library(), listing=None)  # type: ignore[arg-type]
    question = parse_question(QUESTION)
    assert question.intent == "what_said"
    return [item.candidate.index for item in answerer._what_said([_listed(i) for i in claims], question)]


def test_words_run_on_into_a_sentence_naming_another_speaker_are_not_theirs() -> None:
    # her words run on into sentence 1 (hers) and 2 (the councillor's, carried over by the index): only 1 stays
    assert _what_said(0, 4) == [0, 4, 1]


def test_a_documents_finding_shown_with_the_persons_name_is_not_their_words() -> None:
    assert 3 not in _what_said(0, 3)


def test_the_first_claim_stays_whoever_it_names() -> None:
    assert others_dropped([_listed(2)], "Bürgermeisterin Lindner", "de") == [_listed(2)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Wir stehen voll hinter dem Projekt, versicherte am Abend Landesrat Markus Hofer.", "Markus Hofer"),
        ("Für die Opposition antwortete Gemeinderätin Susanne Pichler.", "Susanne Pichler"),
        ("Das Angebot bleibt aufrecht, bestätigte die Lufthansa.", "Lufthansa"),
    ],
)
def test_a_sentence_names_its_own_speaker_at_its_end(sentence: str, speaker: str) -> None:
    assert names_own_speaker(sentence, ["lindner", "eva", "bürgermeisterin"]) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Das Projekt sei ein Erfolg von Markus Hofer.",  # governed by a preposition
        "Schuld an der Verzögerung sei Markus Hofer.",  # the predicate of "sein"
        "Die Straße werde im Gespräch mit Markus Hofer geplant.",  # the name is not at the end
        "Weitere Staus gab es nahe der Stadt Bregenz.",  # a place
        "Die Firma sichert sich einen schweren Deal.",  # a word alone, no article
        "Die Umfahrung komme, versprach Bürgermeisterin Eva Lindner.",  # the person asked
        "Der Verkehr im Ort sei unerträglich geworden.",  # no name at all
    ],
)
def test_a_sentence_names_no_other_speaker(sentence: str) -> None:
    assert names_own_speaker(sentence, ["lindner", "eva", "bürgermeisterin"]) is None
