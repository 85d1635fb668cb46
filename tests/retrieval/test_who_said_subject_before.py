"""A who-said claim in the first person, or naming its speaker by a pronoun alone, right after a sentence that names
several people: the words are those of the one no preposition governs there, the sentence's subject
(``speakers.subject_just_before``: "Im Moment des Triumphs dachte Kohlschreiber auch noch an Dominic Thiem, …. Ich
hoffe, …" -> Kohlschreiber, not Thiem), for ``said.pronoun_speaker`` and ``said.first_person_after`` alike."""

from __future__ import annotations

from retrieval.answer.said import first_person_after, pronoun_speaker
from retrieval.attribution.speakers import person_just_before, subject_just_before
from retrieval.models import SentenceInfo

WON = (
    "Der Tennisspieler Philipp Kohlschreiber gewann am Sonntag das Turnier in Kitzbühel. "
    "Im Moment des Triumphs dachte Kohlschreiber auch noch an Dominic Thiem, den er am Freitag besiegt hatte. "
    "Ich hoffe, ich habe gestern nicht zu viele österreichische Fans verloren."
)
TOURS = (
    "Der Akkordeonist Krzysztof Dobrek spielt seit Jahren in Wien. "
    "Dobrek selbst ist noch immer mit Sängerin Maria Bill unterwegs, seit 18 Jahren schon. "
    "Würde ich 20-mal jährlich mit ihr spielen, wäre es zu viel."
)


def _at(text: str, words: str) -> tuple[str, int]:
    start = text.index(words)
    return text[start:], start


def test_the_subject_of_a_sentence_naming_two_is_the_one_no_preposition_governs() -> None:
    _, start = _at(WON, "Ich hoffe")
    assert person_just_before(WON, start) is None  # two people named: the last one is not told
    assert (subject_just_before(WON, start) or "").endswith("Philipp Kohlschreiber")
    _, start = _at(TOURS, "Würde ich")
    assert (subject_just_before(TOURS, start) or "").endswith("Krzysztof Dobrek")


def test_no_subject_where_two_are_free_or_a_pronoun_is_the_subject() -> None:
    both = WON.replace(
        "dachte Kohlschreiber auch noch an Dominic Thiem", "umarmten Kohlschreiber und Dominic Thiem sich"
    )
    assert subject_just_before(both, both.index("Ich hoffe")) is None
    pronoun = WON.replace("dachte Kohlschreiber auch noch an Dominic Thiem", "besiegte er Dominic Thiem")
    assert subject_just_before(pronoun, pronoun.index("Ich hoffe")) is None
    # a paragraph ends before the words: they may be anyone's
    broken = WON.replace("hatte. Ich", "hatte.\nIch")
    assert subject_just_before(broken, broken.index("Ich hoffe")) is None


def test_the_first_person_after_it_is_the_subject_s() -> None:
    sentence, start = _at(WON, "Ich hoffe")
    ich = SentenceInfo(source="Ich", speaker="Ich", cue="hoffe", how="indirect")
    assert (pronoun_speaker(sentence, ich, "Ich", WON, start) or "").endswith("Philipp Kohlschreiber")
    sentence, start = _at(TOURS, "Würde ich")
    before = TOURS[TOURS.index("Dobrek selbst") : start].strip()
    assert (first_person_after(sentence, before, TOURS, start) or "").endswith("Krzysztof Dobrek")
