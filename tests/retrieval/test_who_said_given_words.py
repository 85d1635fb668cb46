"""A who-said question that gives the words of a sentence the article attributes to no one (news archives strip the
quotation marks) is answered by that sentence, as the words of the person the paragraph named last before it."""

from __future__ import annotations

from conftest import PlainArticle, candidate_at

from retrieval.answer.answerer import Answerer
from retrieval.answer.said import gives_words
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A vet's words run on over two sentences after the one that names her; then the reporter goes on.
VET = (
    "Wer so etwas einem Tier antut, gehört bestraft, sagt Tierärztin Maria Lechner. "
    "Das ist einfach grausam. "
    "Ein trauriger Tag für unsere ganze Gemeinde. "
    "Die Polizei ermittelt seit Montag gegen unbekannte Täter."
)
LECHNER = SentenceInfo(source="Tierärztin Maria Lechner", speaker="Maria Lechner", cue="sagt", how="indirect")
# A lawyer named by what he did, not by a verb of saying, then his words in the first person.
LAWYER = (
    "Das Gericht ordnete die Herausgabe aller Unterlagen an. "
    "Dagegen legte der Anwalt Peter Gruber Einspruch ein. "
    "Es wäre unzumutbar, wenn ich jede einzelne Seite der Akten schwärzen müsste."
)


def _judged(asked: str, text: str, infos: dict[int, SentenceInfo], index: int) -> tuple[bool, str | None]:
    """Whether sentence ``index`` can answer ``asked``, and the source its claim shows."""
    library = PlainArticle(text, infos, title="Bericht", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question(asked, default_language="de")
    c = candidate_at(text, library.spans[index], index, infos)
    usable = answerer.usable(question, c)
    return usable, answerer._listed(question, c, library.article("d"), 0.9).source if usable else None


def test_a_question_that_gives_most_of_the_sentences_words_gives_them() -> None:
    sentence = "Ein trauriger Tag für unsere ganze Gemeinde."
    assert gives_words("wer hat gesagt, das sei ein trauriger tag für die ganze gemeinde", sentence)
    # a name and a topic word in common: what was said about it, not the words
    assert not gives_words("was hat Lechner über die Gemeinde gesagt", sentence)
    assert not gives_words("wer hat gesagt, gut so", "Gut so.")  # too few words to tell a statement


def test_the_words_run_on_from_the_speaker_named_sentences_before() -> None:
    usable, source = _judged("wer hat gesagt, ein trauriger tag für die ganze gemeinde", VET, {0: LECHNER}, 2)
    assert usable
    assert source == "Tierärztin Maria Lechner"


def test_the_words_after_a_sentence_that_names_one_person_are_theirs() -> None:
    usable, source = _judged(
        "wer hat gesagt es wäre unzumutbar jede einzelne seite der akten schwärzen zu müssen", LAWYER, {}, 2
    )
    assert usable
    assert source is not None and "Gruber" in source


def test_a_question_that_does_not_give_the_words_finds_no_speaker_before() -> None:
    usable, _ = _judged("wer hat über die gemeinde und den tierarzt gesprochen", VET, {0: LECHNER}, 2)
    assert not usable


def test_no_speaker_is_looked_for_in_another_paragraph() -> None:
    text = VET.replace("Das ist einfach grausam. ", "Das ist einfach grausam.\n\n")
    usable, _ = _judged("wer hat gesagt, ein trauriger tag für die ganze gemeinde", text, {0: LECHNER}, 2)
    assert not usable


# A coach's words run on after the sentence that names him; the last of them is asked about in reported speech.
COACH = (
    "Das Spiel ist wichtig, sagte Trainer Hans Koller. "
    "Wir haben immer alles gegeben. "
    "Aber trotzdem lügt die Tabelle nicht."
)
KOLLER = SentenceInfo(source="Trainer Hans Koller", speaker="Hans Koller", cue="sagte", how="indirect")


def test_a_question_in_reported_speech_gives_the_words_in_another_form_of_their_verb() -> None:
    assert gives_words("wer hat gesagt, die tabelle lüge trotzdem nicht", "Aber trotzdem lügt die Tabelle nicht.")
    assert gives_words(
        "wer hat gesagt, die entscheidungen träfen andere leute", "Die Entscheidungen treffen aber andere Leute."
    )
    # another verb is no form of the sentence's: two words of three are not the words
    assert not gives_words("wer hat gesagt, die tabelle zeige trotzdem nichts", "Aber trotzdem lügt die Tabelle nicht.")
    usable, source = _judged("wer hat gesagt, die tabelle lüge trotzdem nicht", COACH, {0: KOLLER}, 2)
    assert usable
    assert source == "Trainer Hans Koller"


# A sentence names two people, the one it tells of as its subject; a sentence goes on with "Er"; then words.
FORMER = (
    "David Trezeguet, ein Ex-Klubkollege bei Juventus, sah die Motivation bei Zlatan Ibrahimovic vorhanden. "
    "Er will die Statistiken Lügen strafen. "
    "PSG braucht den besten Zlatan, und ich bin sicher, dass er entscheidend sein wird."
)


def test_the_words_after_a_sentence_that_tells_of_someone_among_others_are_its_subjects() -> None:
    usable, source = _judged("wer hat gesagt psg braucht den besten zlatan", FORMER, {}, 2)
    assert usable
    assert source is not None and "Trezeguet" in source


def test_the_words_right_after_a_sentence_that_names_several_are_no_ones() -> None:
    # no sentence goes on telling of the subject: whose words they are is not told
    text = FORMER.replace("Er will die Statistiken Lügen strafen. ", "")
    _, source = _judged("wer hat gesagt psg braucht den besten zlatan", text, {}, 1)
    assert source is None or "Trezeguet" not in source


def test_a_sentence_between_that_tells_of_something_else_keeps_the_words_no_ones() -> None:
    text = FORMER.replace("Er will die Statistiken Lügen strafen.", "Die Statistik spricht gegen ihn.")
    _, source = _judged("wer hat gesagt psg braucht den besten zlatan", text, {}, 2)
    assert source is None or "Trezeguet" not in source
