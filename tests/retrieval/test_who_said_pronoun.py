"""A who-said claim whose sentence names its speaker by a pronoun alone ("Er warnte …", "…, sagt sie") is the words of
the one person the sentences right before name (``said.pronoun_speaker``), not of the earlier speaker the index takes
the pronoun for; and a sentence in the first person that names no one, right after one that names a single person
and gives no words of theirs, is that person's (``said.first_person_after``), whatever the question's wording."""

from __future__ import annotations

import dataclasses

from conftest import PlainArticle

from retrieval.answer.answerer import Answerer
from retrieval.answer.said import first_person_after, pronoun_speaker
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A minister speaks, then the UN commissioner is named beside him without words of his own, then "Er" warns.
WARNED = (
    "Der deutsche Innenminister Thomas Brandner sagte, die Rückführungen seien rechtlich einwandfrei. "
    "Bedenken hat dagegen der UN-Hochkommissar für Menschenrechte, Peter Gruber. "
    "Er warnte in Genf davor, dass Kollektivausweisungen illegal sind."
)
# A mayor is named in full, the one thing he did told, then his words in the first person, named by no one.
APPEALED = (
    "Das Gericht wies den Antrag der Gemeinde am Montag ab. "
    "Dagegen legte Bürgermeister Anton Berger Beschwerde ein. "
    "Es widerspräche jedem Recht, wenn ich die Brücke für den Verkehr sperren muss."
)


def test_a_pronoun_speaker_is_the_person_named_just_before() -> None:
    third = WARNED.index("Er warnte")
    sentence = WARNED[third:]
    er = SentenceInfo(speaker="Er", cue="warnte")
    assert pronoun_speaker(sentence, er, "Thomas Brandner", WARNED, third) == "Peter Gruber"
    # the sentence names its speaker itself: the pronoun stands for that name
    cited = "Kommissar Peter Gruber hat recht, wenn er sagt: Das ist illegal."
    assert (
        pronoun_speaker(
            cited, SentenceInfo(speaker="er", cue="sagt"), "Thomas Brandner", WARNED + " " + cited, len(WARNED) + 1
        )
        is None
    )
    # a speaker named by name, not by a pronoun, stays the index's
    named = "Brandner warnte in Genf davor."
    assert (
        pronoun_speaker(
            named,
            SentenceInfo(speaker="Brandner", cue="warnte"),
            "Thomas Brandner",
            WARNED + " " + named,
            len(WARNED) + 1,
        )
        is None
    )


def test_the_first_person_after_a_sentence_naming_one_person_is_theirs() -> None:
    third = APPEALED.index("Es widerspräche")
    second = APPEALED[APPEALED.index("Dagegen") : third].strip()
    assert first_person_after(APPEALED[third:], second, APPEALED, third) == "Bürgermeister Anton Berger"
    # the person is named further back than the sentence right before: whose words they are is not told
    first = APPEALED[: APPEALED.index("Dagegen")].strip()
    text = f"{second} {first} {APPEALED[third:]}"
    at = text.index("Es widerspräche")
    assert first_person_after(text[at:], first, text, at) is None
    # no first person: the reporter's words
    assert first_person_after("Die Brücke bleibt bis Mai gesperrt.", second, APPEALED, third) is None


def _listed(text: str, index: int, infos: dict[int, SentenceInfo], asked: str) -> tuple[bool, str | None]:
    """Whether sentence ``index`` of ``text`` can answer ``asked``, and the source its claim shows."""
    library = PlainArticle(text, infos, title="Bericht", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question(asked, default_language="de")
    start, end = library.spans[index - 1]
    # as the index shows it (``sources.readable``), the pronoun taken for the speaker before
    c = dataclasses.replace(
        library.candidate(index), before=text[start:end], source=infos.get(index, SentenceInfo()).source
    )
    usable = answerer.usable(question, c)
    return usable, answerer._listed(question, c, library.article("d"), 0.9).source if usable else None


def test_who_warned_is_the_commissioner_the_pronoun_stands_for() -> None:
    minister = SentenceInfo(source="Der deutsche Innenminister Thomas Brandner", cue="sagte", how="indirect")
    # the index took "Er" for the minister, the speaker two sentences up
    warned = SentenceInfo(
        source="Der deutsche Innenminister Thomas Brandner", speaker="Er", cue="warnte", how="indirect"
    )
    usable, source = _listed(WARNED, 2, {0: minister, 2: warned}, "wer hat in genf vor kollektivausweisungen gewarnt")
    assert usable
    assert source is not None and "Gruber" in source


def test_words_in_the_first_person_after_the_mayor_is_named_are_his() -> None:
    usable, source = _listed(APPEALED, 2, {}, "wer sagte, eine sperre der brücke widerspräche jedem recht")
    assert usable
    assert source is not None and "Berger" in source
