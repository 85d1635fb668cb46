"""A sentence the article attributes to no one, asked about by a who-said question that paraphrases it, is the words
of the person the paragraph named last before it when it points back to them: by their surname alone, or by a
pronoun after the words ("…, erzählte sie")."""

from __future__ import annotations

from conftest import PlainArticle, candidate_at

from retrieval.answer.answerer import Answerer
from retrieval.answer.said import names_again, pronoun_after_words
from retrieval.question import parse_question

# A mayor is named in full, then by his surname alone, opening the sentence that gives his view.
MAYOR = (
    "Am Sonntag wurde die neue Brücke über die Enns feierlich eröffnet. "
    "Die Eröffnung übernahm Bürgermeister Anton Berger persönlich. "
    "Berger sieht das Verkehrsproblem der Gemeinde damit endgültig gelöst."
)
# A painter is named, then her words with a pronoun and a verb the lexicon of saying need not know after them.
PAINTER = (
    "Die Malerin Anna Kofler zeigt ihre Bilder ab Freitag in einer kleinen Galerie. "
    "Erst sah ich nur Nebel über dem See, dann kamen die Farben, notierte sie in ihrem Tagebuch."
)
# The same painter, then the reporter's account of the exhibition: it points back to no one.
GALLERY = (
    "Die Malerin Anna Kofler zeigt ihre Bilder ab Freitag in einer kleinen Galerie. "
    "Die Ausstellung umfasst vierzig Ölbilder und ist bis Ende Jänner geöffnet."
)


def _judged(asked: str, text: str, index: int) -> tuple[bool, str | None]:
    """Whether sentence ``index`` can answer ``asked``, and the source its claim shows."""
    library = PlainArticle(text, {}, title="Bericht", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question(asked, default_language="de")
    c = candidate_at(text, library.spans[index], index, {})
    usable = answerer.usable(question, c)
    return usable, answerer._listed(question, c, library.article("d"), 0.9).source if usable else None


def test_a_surname_alone_points_back_to_the_person_named_in_full() -> None:
    assert names_again("Bürgermeister Anton Berger", "Berger sieht das anders.")
    assert names_again("Historikerin Eva Lindmayr (Universität Linz)", "Für Lindmayr ist das kein Rätsel.")
    assert not names_again("Bürgermeister Anton Berger", "Der Gemeinderat sieht das anders.")
    assert not names_again("die Gemeinde", "Die Gemeinde sieht das anders.")  # a body has no surname
    # a label that reads as a name, its last word a common noun the sentence tells of
    assert not names_again("Neuer Rekord", "Der Rekord hielt nur eine Woche.")


def test_a_pronoun_after_the_words_points_back() -> None:
    assert pronoun_after_words("Erst sah ich nur Nebel, dann kamen die Farben, notierte sie in ihrem Tagebuch.")
    assert pronoun_after_words("Ich bin zufrieden, meinte er.")
    assert pronoun_after_words("Das sei nicht leicht, meinte er.")
    assert not pronoun_after_words("Als es dunkel wurde, ging sie nach Hause.")  # narration: no one's words before
    assert not pronoun_after_words("Ich bin zufrieden, die Sonne scheint.")  # no verb with a pronoun after them
    assert not pronoun_after_words("Die Ausstellung ist bis Ende Jänner geöffnet.")


def test_the_view_of_a_person_named_again_by_surname_answers_who_holds_it() -> None:
    usable, source = _judged("welcher bürgermeister hält das verkehrsproblem für gelöst", MAYOR, 2)
    assert usable
    assert source is not None and "Berger" in source


def test_words_a_pronoun_after_them_points_back_are_the_person_named_before() -> None:
    usable, source = _judged("wer hat geschrieben, dass sie zuerst nur nebel sah", PAINTER, 1)
    assert usable
    assert source is not None and "Kofler" in source


def test_the_reporters_account_after_a_person_is_named_is_no_ones_words() -> None:
    usable, _ = _judged("wer hat gesagt, dass die ausstellung bis jänner geöffnet ist", GALLERY, 1)
    assert not usable
