"""Who-said questions where the index finds no speaker of the person's words, or only an epithet: the person named as
the subject right after their words by a verb the lexicon of saying lacks, and "so der Forscher" right after a
sentence naming them."""

from __future__ import annotations

from dataclasses import replace

from conftest import said, sentence_candidate

from retrieval.answer.persons import epithet_named, named_after_words, person_match
from retrieval.models import SentenceInfo

OPERA = (
    "Sie kennt das Haus sehr gut und brennt für die Oper, ist klug, kreativ, hat Sinn für Eleganz, streute der "
    "verlängerungswillige Operndirektor seiner Wunsch-Ballmutti Rosen: Sie ist gut vernetzt."
)
PLANTS = "Dass die Pflanzenvielfalt Österreichs unterschätzt wird, glaubt Schneeweiß nicht."


def test_the_person_named_as_subject_right_after_their_words_speaks_there() -> None:
    assert named_after_words(["direktor"], OPERA) == "der Operndirektor"
    assert named_after_words(["botaniker", "gerald", "schneeweiß"], PLANTS) == "Schneeweiß"
    assert named_after_words(["robin", "wright"], "Wir haben viel gelacht, sagt Robin Wright über den Dreh.") == (
        "Robin Wright"
    )
    opera = sentence_candidate(OPERA)
    assert person_match(["direktor"], opera) == 1.0
    # a clause of its own before the comma: the narration's verb ("Nachdem …, reiste der Minister ab")
    narration = "Nachdem die Wahl geschlagen war, reiste der Innenminister nach Brüssel ab."
    assert named_after_words(["innenminister"], narration) is None
    assert person_match(["innenminister"], sentence_candidate(narration)) == 0.5
    # an adverbial before the comma, no words: "Nach dem Spiel, das 2:1 endete, jubelte der Trainer"
    assert named_after_words(["trainer"], "Nach dem Spiel, das klar endete, jubelte der Trainer ausgelassen.") is None
    # a verb it is not ("…, als der Minister kam"), and someone else the subject
    assert named_after_words(["minister"], "Die Lage war ruhig und alle saßen, als der Minister kam.") is None
    assert named_after_words(["direktor"], OPERA.replace("Operndirektor", "Sänger")) is None
    # the body of an office asked about must be named with it, as with any speaker
    assert person_match(["chef"], sentence_candidate(OPERA.replace("Operndirektor", "ÖVP-Chef")), ["ögb"]) < 1.0


def test_an_epithet_speaker_right_after_a_sentence_naming_the_person_is_theirs() -> None:
    words = ["botaniker", "gerald", "schneeweiß"]
    forscher = said("Es gibt noch neue Arten zu erkennen, so der Forscher.", "der Forscher", before=PLANTS)
    assert person_match(words, forscher) == 1.0
    # the sentence before gives someone else's words: the epithet may stand for the one they spoke of
    quoted = replace(forscher, previous_info=SentenceInfo(source="Anna Berg", speaker="Anna Berg"))
    assert person_match(words, quoted) < 1.0
    # an office asked about: an epithet may be anyone the sentence before named with it
    assert (
        person_match(
            ["direktor", "ferrari"],
            said("Wir siegen, sagte der 28-Jährige.", "der 28-Jährige", "Ferrari-Pilot Vettel."),
        )
        < 1.0
    )
    text = f"Der Botaniker Gerald Schneeweiß ist Forscher der Uni Wien. {PLANTS} Es gibt neue Arten, so der Forscher."
    assert epithet_named(words, text, text.index("Es gibt")) == "Botaniker Gerald Schneeweiß"


def test_an_epithet_the_analysis_resolved_to_another_person_is_not_the_one_asked_about() -> None:
    # "der 52-Jährige" after a sentence whose subject is Berger and that names Huber too: the index made it Berger
    before = "Berger, die zehn Jahre mit Karl Huber arbeitete, sieht viele Parallelen."
    text = "Beide geben nie auf, wenn es schwierig wird, sagt die 52-Jährige."
    info = SentenceInfo(speaker="die 52-Jährige")
    resolved = sentence_candidate(text, before=before, info=info, source="Chefärztin Anna Berger")
    unresolved = sentence_candidate(text, before=before, info=info)
    assert person_match(["karl", "huber"], resolved) == 0.25  # named in the sentence before, speaking elsewhere
    assert person_match(["anna", "berger"], resolved) == 1.0
    assert person_match(["karl", "huber"], unresolved) == 1.0  # no one else given: the person named before
