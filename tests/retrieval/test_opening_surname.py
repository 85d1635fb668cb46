"""A sentence that opens with its subject's surname names that person, though every German sentence opens with a
capital and HanTa tags many surnames as nouns ("Baier", "Dornhelm"): the article's own use decides, a surname it
prints elsewhere after a first name, a role or a title (``reporting.opening_name``, read by ``names_in`` with the
article), and a who-said question can take such a sentence where the index tags no speaker (``Answerer.usable``)."""

from __future__ import annotations

from conftest import PlainArticle

from retrieval.answer.answerer import Answerer
from retrieval.answer.reporting import names_in, opening_name
from retrieval.question import parse_question

ARTICLE = (
    "Der Politologe Gerald Baier sieht das anders. "
    "Baier ist überzeugt, dass die Regierung scheitern wird. "
    "Regisseur Harald Dornhelm hat einen Film gedreht. "
    "Dornhelm ist kein Tatort-Kenner, in seinem Leben habe er nur einen gesehen. "
    "Wien – Die Stadt plant neue Radwege. "
    "Die Polizei ermittelt. "
    "Polizei und Rettung waren vor Ort."
)


def test_an_opening_surname_the_article_prints_after_a_first_name_or_role_is_a_name() -> None:
    assert names_in("Baier ist überzeugt, dass die Regierung scheitern wird.", ARTICLE) == "Baier"
    assert names_in("Dornhelm ist kein Tatort-Kenner, in seinem Leben habe er nur einen gesehen.", ARTICLE) == (
        "Dornhelm"
    )
    # without the article the first word is never read: it is capitalised whatever it is
    assert names_in("Baier ist überzeugt, dass die Regierung scheitern wird.") is None


def test_no_name_for_a_dateline_a_noun_or_a_word_the_article_never_prints_in_a_name() -> None:
    assert opening_name("Wien – Die Stadt plant neue Radwege.", "Bürgermeister Wien sagt das.") == 0
    assert opening_name("Polizei und Rettung waren vor Ort.", ARTICLE + " Landespolizeidirektor Polizei") == 0
    assert opening_name("Regierung und Opposition streiten.", ARTICLE) == 0
    # a genitive before its noun tells of a thing ("Baiers Stärke"), however the article prints the name
    assert opening_name("Baiers Stärke ist die Geduld.", ARTICLE + " Politologe Gerald Baiers") == 0


def test_a_name_goes_on_over_a_particle_the_article_prints_with_it() -> None:
    article = "Bundespräsident Alexander Van der Bellen gewann. Van der Bellen büßte zwei Punkte ein."
    assert names_in("Van der Bellen büßte zwei Punkte ein.", article) == "Van der Bellen"
    assert names_in("Mark Rutte ist seit Oktober Generalsekretär.", "Nato-Chef Mark Rutte. Mark Rutte ist …") == (
        "Mark Rutte"
    )


def test_a_who_said_question_takes_the_sentence_that_opens_with_the_speakers_surname() -> None:
    library = PlainArticle(ARTICLE, {})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question("wer hat in seinem leben nur einen tatort gesehen", default_language="de")
    c = library.candidate(3)
    assert answerer.usable(question, c)
    listed = answerer._listed(question, c, library.article("d"), 0.9)
    assert "Dornhelm" in (listed.source or "")
