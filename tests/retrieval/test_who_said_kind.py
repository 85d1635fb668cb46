"""A which-question asks for a kind of speaker ("which organisation", "welcher Minister"): where a claim's source names
that kind, the claims of speakers of another kind are no answer beside it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import body_asked, kind_asked, kind_only, names_body, names_kind
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


def test_the_kind_asked_is_the_two_words_after_which() -> None:
    assert kind_asked("Which association blamed the farmers for the floods?") == ("association", "blamed")
    assert kind_asked("welche Ministerin hat vor einem Bahnstreik gewarnt?") == ("ministerin", "hat")
    assert kind_asked("which eu official said the talks would go on") == ("eu", "official")
    assert kind_asked("who said the talks would go on") == ()
    assert kind_asked("Wer hat vor einem Bahnstreik gewarnt?") == ()


@pytest.mark.parametrize(
    ("kind", "source", "named"),
    [
        (("association", "blamed"), "Der Bauernverband Association Rural", True),  # the word itself
        (("organisation", "blamed"), "Die Hilfsorganisation Caritas", True),  # the head of a compound
        (("ministerin", "hat"), "Verkehrsministerin Petra Lang", True),
        (("eu", "official"), "EU-Kommissar Jan Berg", True),  # a short word opens a compound
        (("eu", "official"), "die EU", False),  # ... the body itself is no official of it
        (("eu", "official"), "Europas Bauern", False),
        (("organisation", "blamed"), "Landwirt Paul Maier", False),
        (("organisation", "blamed"), None, False),
    ],
)
def test_a_source_names_the_kind_by_a_word_or_the_head_of_a_compound(
    kind: tuple[str, ...], source: str | None, named: bool
) -> None:
    assert names_kind(kind, source) is named


def _listed(text: str, source: str) -> Listed:
    return Listed(sentence_candidate(text, source=source), 0.9, [], source)


def test_only_the_claims_of_the_kind_asked_stay_where_one_names_it() -> None:
    farmer = _listed("Die Flut sei hausgemacht, sagte Landwirt Paul Maier.", "Landwirt Paul Maier")
    caritas_text = "Die Hilfsorganisation Caritas warf den Bauern Versäumnisse vor."
    caritas = _listed(caritas_text, "Die Hilfsorganisation Caritas")
    asked = "Which organisation blamed the farmers for the floods?"
    assert kind_only(asked, [farmer, caritas]) == [caritas]
    assert kind_only("Who blamed the farmers for the floods?", [farmer, caritas]) == [farmer, caritas]
    assert kind_only("Which politician blamed the farmers for the floods?", [farmer, caritas]) == [farmer, caritas]


def _row() -> list[float]:
    return [0.0] * len(NAMES)


def test_select_lists_the_speaker_of_the_kind_asked_though_the_scorer_likes_another_more() -> None:
    question = parse_question("Which organisation blamed the farmers for the floods?")
    farmer_text = "Die Flut sei hausgemacht, sagte Landwirt Paul Maier."
    caritas_text = "Die Hilfsorganisation Caritas warf den Bauern Versäumnisse vor."
    farmer = sentence_candidate(
        farmer_text, source="Landwirt Paul Maier", info=SentenceInfo(source="Landwirt Paul Maier", how="indirect")
    )
    caritas = replace(
        sentence_candidate(
            caritas_text,
            source="Die Hilfsorganisation Caritas",
            info=SentenceInfo(source="Die Hilfsorganisation Caritas", how="indirect"),
        ),
        index=1,
    )
    library = OneSentenceLibrary()
    pool = Pool(question, [farmer, caritas], None, {"d": library.article("d")})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = answerer.select(question, pool, [_row(), _row()], np.array([0.99, 0.98]))
    assert [item.candidate.index for item in listed] == [1]


# A kind of body asked for ("which government", "welche Nachrichtenagentur") is named by the claims that answer it: a
# person's surname cannot be such a body, so where no claim names it, nothing answers.


def test_a_body_asked_for_is_read_with_the_country_that_qualifies_it() -> None:
    government = body_asked("Which government warned of a rail strike?")
    assert government is not None and "regierung" in government.heads and government.countries == ()
    agency = body_asked("welcher Auslandsgeheimdienst hat den Anschlag vorhergesagt")
    assert agency is not None and "geheimdienst" in agency.heads
    italian = body_asked("which italian news agency reported the dam broke")
    assert italian is not None and "nachrichtenagentur" in italian.heads
    assert italian.countries and any(p.startswith("itali") for p in italian.countries[0])
    assert body_asked("Wer warnte vor dem Bahnstreik - welche Einheit?") is not None  # asked again after a dash
    home = body_asked("which austrian ministry warned of a rail strike")  # news names its own country's bodies plainly
    assert home is not None and home.countries == ()
    assert body_asked("Which minister warned of a rail strike?") is None  # a person
    assert body_asked("welche Forscherin hat vor dem Bahnstreik gewarnt") is None
    assert body_asked("Who warned of a rail strike?") is None


def test_no_claim_answers_a_body_asked_for_that_none_names() -> None:
    asked = "Which news agency reported that the dam in the valley broke?"
    service = _listed("Der Landesgeheimdienst gehe von einem Bruch des Damms aus.", "Der Landesgeheimdienst")
    mayor = _listed("Der Damm ist gebrochen, sagte Bürgermeisterin Ida Brunner.", "Bürgermeisterin Ida Brunner")
    assert kind_only(asked, [service, mayor]) == []
    agency = _listed("Der Bruch wurde von der Nachrichtenagentur Talpress bestätigt.", "Talpress")
    assert kind_only(asked, [service, agency, mayor]) == [agency]  # named by its sentence
    assert kind_only("Who reported that the dam in the valley broke?", [service, mayor]) == [service, mayor]


def test_a_body_is_named_by_its_article_before_its_name_or_by_its_letters() -> None:
    asked = "welche Nachrichtenagentur meldete den Bruch des Damms"
    talpress = _listed("Talpress meldete am Abend den Bruch des Damms.", "Talpress")
    article = "Die Nachrichtenagentur Talpress berichtet seit Jahren aus dem Tal. Talpress meldete am Abend den Bruch."
    body = body_asked(asked)
    assert body is not None
    assert names_body(body, talpress, article)
    assert not names_body(body, talpress, "Talpress meldete am Abend den Bruch des Damms.")
    channel = body_asked("Which TV channel showed the video of the dam?")
    assert channel is not None
    assert names_body(channel, _listed("Der BTV zeigte das Video am Abend.", "der BTV"), "")
    assert not names_body(channel, _listed("Die USA zeigten sich besorgt.", "Die USA"), "")  # a country's letters


def test_a_body_of_the_country_asked_names_it_where_another_country_s_does_not() -> None:
    body = body_asked("Which Italian intelligence agency warned of the attack?")
    assert body is not None
    french = _listed("Der französische Geheimdienst habe gewarnt, hieß es.", "Der französische Geheimdienst")
    italian = _listed("Der italienische Geheimdienst habe gewarnt, hieß es.", "Der italienische Geheimdienst")
    assert not names_body(body, french, "")
    assert names_body(body, italian, "")
    government = _listed("Die Regierung in Rom habe gewarnt, hieß es.", "Die Regierung in Rom")
    assert not names_body(body, government, "")  # another kind of body


def test_the_kind_asked_keeps_the_words_its_speaker_says_under_the_surname_alone() -> None:
    # the mayor is named by office once, then quoted by surname: both are the mayor's words; the farmer's are not
    mayor = _listed("Bürgermeister Karl Moser steht noch unter dem Eindruck der Flut.", "Bürgermeister Karl Moser")
    again = _listed("Moser: Der Damm ist ein Signal, dass wir vorsorgen.", "Moser")
    farmer = _listed("Die Flut sei hausgemacht, sagte Landwirt Paul Maier.", "Landwirt Paul Maier")
    asked = "welcher bürgermeister hat gesagt, der damm sei ein signal"
    assert kind_only(asked, [mayor, farmer, again]) == [mayor, again]
    assert kind_only(asked, [farmer, again]) == [farmer, again]  # no claim names the kind: all stay
