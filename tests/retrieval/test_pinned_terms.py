"""The question's pinned terms must be said by the answer (``retrieval.answer.pinned``): a question only words can
answer, on the topic of the articles but about something none of the claims says, is answered "nothing found"."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.evidence import Pool
from retrieval.answer.pinned import (
    in_scope,
    measure_owner,
    measured_noun,
    pinned_terms,
    stated_predicates,
    unmet,
    unmet_nearby,
)
from retrieval.models import Article
from retrieval.nlp import english_frequency
from retrieval.question import parse_question


def _pool(question: str, text: str, title: str = "Truppen für Russland") -> Pool:
    q = parse_question(question, default_language="en")
    return Pool(q, [], None, articles={"d": Article(id="d", title=title, text=text)})


@pytest.mark.parametrize(
    ("question", "scoped"),
    [
        ("who actually filmed that clip from the training ground", True),  # a deed, not words
        ("anything about the navy going on higher alert over this", True),  # general
        ("who said the find shows the old town was much bigger than people thought", False),  # a statement asked
        ("Wer bestreitet, dass die Soldaten an der Front eingesetzt werden?", False),  # a verb of saying
        ("How many soldiers is the country sending?", False),  # a figure verifies the answer
        ("According to which asylum law expert are sentences for asylum seekers not milder?", False),  # a source
        ("Laut welchem Experten sind die Strafen nicht milder?", False),
    ],
)
def test_only_questions_that_words_alone_can_answer(question: str, scoped: bool) -> None:
    assert in_scope(parse_question(question, default_language="en")) is scoped


def test_everyday_and_unknown_english_words_are_not_pinned() -> None:
    q = parse_question("who r the navy's other allies besides the people in the press conf", default_language="en")
    words = ["navy's", "allies", "people", "press", "conf"]
    terms = pinned_terms(q, words, {})
    assert "allies" in terms  # specific
    assert "people" not in terms and "press" not in terms  # everyday: some word of any article says them
    assert "conf" not in terms and "navy's" not in terms  # a word the lexicon does not list, a genitive
    assert (english_frequency("people") or 0.0) > (english_frequency("allies") or 0.0)


def test_german_pinned_terms_are_rare_nouns_less_the_names() -> None:
    q = parse_question("Wer hat die Lieferung der Panzer an Kiew in Lemberg gefilmt?", default_language="de")
    weights = {"lieferung": 0.6, "panzer": 0.7, "kiew": 0.8, "lemberg": 0.9, "jahr": 0.1, "gefilmt": 0.9}
    terms = pinned_terms(q, list(weights), weights, excluded=["Kiew", "Lemberg"])
    assert terms == ["lieferung", "panzer"]


def test_a_term_met_by_its_letters_in_the_claim_or_what_carries_over() -> None:
    claim = sentence_candidate("Die Verbündeten schicken weitere Truppen.", before="Die Lage ist ernst.")
    pool = _pool("who are the allies", claim.text)
    assert unmet(["verbündeten"], "de", [claim], pool) == []
    heading = sentence_candidate("Weitere Truppen werden erwartet.", title="Panzerlieferung an die Front")
    assert unmet(["panzer"], "de", [heading], _pool("q", heading.text)) == []  # a compound part of the title
    assert unmet(["wertschöpfung"], "de", [claim], pool) == ["wertschöpfung"]


def test_an_english_term_met_across_languages_by_word_similarity() -> None:
    claim = sentence_candidate("Russland setze nordkoreanische Raketen in der Ukraine ein, sagten Experten.")
    pool = _pool("who claims russia is using north korean missiles", claim.text)
    assert unmet(["missiles"], "en", [claim], pool) == []  # "Raketen"


def test_a_near_miss_on_the_topic_is_not_an_answer() -> None:
    # the articles are on North Korea's troops for Russia; none says who its allies are
    text = (
        "Nordkorea schickt nach Angaben Südkoreas Tausende Soldaten nach Russland. "
        "Die Truppen sollen in Russland ausgebildet werden."
    )
    claim = sentence_candidate("Die Truppen sollen in Russland ausgebildet werden.", before=text.split(". ")[0])
    pool = _pool("so who r north koreas other allies besides russia", text)
    assert unmet(["allies"], "en", [claim], pool) == ["allies"]


def test_a_hyphenated_compound_is_read_by_its_parts() -> None:
    claim = sentence_candidate("Das sagte Nato-Sprecherin Farah Dakhlallah am Montag.")
    pool = _pool("whats the name of the nato spokeswoman", claim.text)
    assert unmet(["spokeswoman"], "en", [claim], pool) == []  # "Sprecherin"


def test_the_noun_of_a_place_phrase_is_the_place_not_a_pinned_term() -> None:
    english = parse_question("who filmed the rockets on polish soil", default_language="en")
    assert "soil" not in pinned_terms(english, ["rockets", "polish", "soil"], {})
    assert "rockets" in pinned_terms(english, ["rockets", "polish", "soil"], {})
    german = parse_question("Wer hat die Drohnen auf polnischem Boden gefilmt?", default_language="de")
    weights = {"drohnen": 0.7, "boden": 0.6}
    assert pinned_terms(german, list(weights), weights) == ["drohnen"]
    bare = parse_question("Wer hat den Boden des Sees untersucht?", default_language="de")
    assert pinned_terms(bare, ["boden"], {"boden": 0.6}) == ["boden"]  # no country adjective: a thing asked about


def test_whose_figure_a_report_cites_asks_about_words() -> None:
    question = parse_question("whose confirmation of the rockets does the ministry cite", default_language="en")
    assert not in_scope(question)


def test_a_what_said_question_pins_its_topic_but_not_the_words_asked_for() -> None:
    question = parse_question("Was war die Reaktion der Bürgermeisterin auf die Schließung des Bades?", "de")
    assert in_scope(question)
    weights = {"reaktion": 0.6, "schließung": 0.7, "bades": 0.8}
    assert pinned_terms(question, list(weights), weights, excluded=["Bürgermeisterin"]) == ["schließung", "bades"]


def test_the_person_speaking_on_another_topic_does_not_answer_what_they_said_on_this_one() -> None:
    # the minister is quoted, but only on the mood at the border; the articles never speak of a tax reform
    claim = sentence_candidate("Die Lage an der Grenze sei angespannt, sagte die Ministerin am Dienstag.")
    pool = _pool("Was hat die Ministerin zur Steuerreform gesagt?", claim.text, title="Ministerin besucht Grenze")
    assert unmet(["steuerreform"], "de", [claim], pool, topic=True) == ["steuerreform"]


def test_the_topic_of_a_what_said_question_is_said_where_the_person_speaks() -> None:
    # the article names the barbed wire as a detail of the plan; the minister speaks only of a guidance system
    text = (
        "Die Regierung präsentierte den Zaun. Dazu sollen in Containern Stacheldrahtrollen bereitliegen. "
        "Das Wording fiel unterschiedlich aus. Verteidigungsminister Klug sprach von einem Leitsystem."
    )
    claim = sentence_candidate(
        "Verteidigungsminister Klug sprach von einem Leitsystem.", before="Das Wording fiel unterschiedlich aus."
    )
    pool = _pool("Was sagte Klug zu den Stacheldrahtrollen?", text, title="Grenzbarriere wird 3,7 Kilometer lang")
    assert unmet(["stacheldrahtrollen"], "de", [claim], pool, topic=True) == ["stacheldrahtrollen"]
    assert unmet(["stacheldrahtrollen"], "de", [claim], pool) == []  # a pinned term of a deed: the article says it
    headed = sentence_candidate(claim.text, before=claim.before, title="Stacheldrahtrollen an der Grenze")
    assert unmet(["stacheldrahtrollen"], "de", [headed], pool, topic=True) == []  # what the article is about


def test_the_topic_of_a_what_said_question_may_be_said_in_other_words() -> None:
    claim = sentence_candidate("Die Entlassungen im Werk seien ein schwerer Schlag, sagte die Ministerin.")
    pool = _pool("Was hat die Ministerin zu den Kündigungen gesagt?", claim.text, title="Werk in der Krise")
    assert unmet(["kündigungen"], "de", [claim], pool, topic=True) == []  # "Entlassungen"
    assert unmet(["kündigungen"], "de", [claim], pool) == ["kündigungen"]  # a deed's noun is met by its letters


@pytest.mark.parametrize(
    ("question", "scoped"),
    [
        ("Was sagte die Gewerkschaftschefin zum Streik der Lokführer?", True),
        ("Wie kommentierte der Bürgermeister die Schließung des Hallenbads?", True),
        # the German article says "Streik", "Schließung": USE-m3 puts an English topic word too far from its German one
        ("what did the union boss say about the train drivers strike", False),
        ("how did the mayor comment on the pool closing", False),
    ],
)
def test_only_a_german_what_said_question_pins_its_topic(question: str, scoped: bool) -> None:
    parsed = parse_question(question, default_language="en")
    assert parsed.intent == "what_said"
    assert in_scope(parsed) is scoped


def test_the_verb_a_german_question_types_in_lower_case_is_no_pinned_term() -> None:
    # "anwerben" is HanTa's noun "Anwerben" only once capitalised: the deed, which the article words as "rekrutieren"
    q = parse_question(
        "wer fand es verzweifelt, falls moskau in nordkorea soldaten anwerben muss", default_language="de"
    )
    weights = {"soldaten": 0.6, "anwerben": 0.9}
    assert pinned_terms(q, list(weights), weights) == ["soldaten"]
    noun = parse_question("wer hat das anwerben von soldaten in nordkorea organisiert", default_language="de")
    assert "anwerben" in pinned_terms(noun, list(weights), weights)  # after an article: the noun
    typed = parse_question("Wer hat das Anwerben von Soldaten organisiert?", default_language="de")
    assert "anwerben" in pinned_terms(typed, list(weights), weights)


def test_a_german_statement_pins_what_it_says_a_thing_is() -> None:
    q = parse_question("Wer hat behauptet, die Videos vom Truppenübungsplatz seien gefälscht?", default_language="de")
    weights = {"behauptet": 0.9, "videos": 0.6, "truppenübungsplatz": 0.9, "seien": 0.9, "gefälscht": 0.9}
    assert stated_predicates(q, list(weights), weights) == ["gefälscht"]  # not the verb of saying, nor the nouns
    pool = _pool(q.text, "Die Videos konnten bislang nicht unabhängig überprüft werden.")
    claim = sentence_candidate("Die Videos konnten bislang nicht unabhängig überprüft werden.")
    assert unmet(["gefälscht"], "de", [claim], pool) == ["gefälscht"]  # a statement nobody makes
    said = _pool(q.text, "Das Ministerium nannte die Videos gefälscht.")
    assert unmet(["gefälscht"], "de", [claim], said) == []  # the claim's article prints it


@pytest.mark.parametrize(
    ("question", "weights"),
    [
        ("Wer hat gesagt, die Videos seien gefälscht?", {"gefälscht": 0.2}),  # a word most articles print
        ("who said the videos were faked", {"faked": 0.9}),  # English: met only across languages
        ("Wer hat die Videos gefälscht?", {"gefälscht": 0.9}),  # a deed, no statement (``pinned_terms``)
    ],
)
def test_no_stated_predicate_where_the_check_cannot_tell(question: str, weights: dict[str, float]) -> None:
    assert stated_predicates(parse_question(question, default_language="de"), list(weights), weights) == []


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("wie hoch war die wahlbeteiligung bei der volksbefragung in gabcikovo?", "wahlbeteiligung"),
        ("Wie viel Prozent der Erwachsenen rauchen?", "erwachsenen"),  # whose share
        ("Wie hoch ist der jährliche Sanierungsbedarf der Stadt?", "sanierungsbedarf"),  # past its adjective
        ("Wie viele Zuschauer waren im Ziel?", None),  # a count: named by the figure's own noun (module doc)
        ("what was the turnout in the referendum", None),  # English: module doc
        ("Wann war die Volksbefragung?", None),  # no figure question
    ],
)
def test_the_measure_a_german_figure_question_names(question: str, noun: str | None) -> None:
    assert measured_noun(parse_question(question, default_language="en")) == noun


def test_the_measure_asked_is_met_nearby_only() -> None:
    other = sentence_candidate(
        "Bei der Volksbefragung hatten sich rund 97 Prozent der Teilnehmer gegen die Aufnahme ausgesprochen.",
        title="Volksbefragung in Gabcikovo",
    )
    assert unmet_nearby(["wahlbeteiligung"], [other]) == ["wahlbeteiligung"]  # a share of the votes, not turnout
    before = sentence_candidate("Sie lag bei 42 Prozent.", before="Die Wahlbeteiligung war gering.")
    assert unmet_nearby(["wahlbeteiligung"], [other, before]) == []  # one claim that names it is enough
    assert unmet_nearby(["schulden"], [sentence_candidate("Die Überschuldung beträgt 20 Millionen Euro.")]) == []
    assert unmet_nearby([], [other]) == []


def test_whose_measure_is_named_nearby_by_letters() -> None:
    q = parse_question("Wie hoch war die Strafe für Spar wegen Preisabsprachen?", default_language="de")
    noun = measured_noun(q)
    assert noun == "strafe"
    owner = measure_owner(q, noun)
    assert owner == ["Spar"]
    another = sentence_candidate(
        "Das Kartellgericht hat über die Pfeiffer HandelsgmbH eine Geldbuße in der Höhe von 562.500 Euro verhängt.",
        title="Geldbuße für Pfeiffer",
    )
    assert unmet_nearby([noun], [another], owner) == ["Spar"]  # a fine, but another's
    theirs = sentence_candidate("Spar muss eine Geldbuße von drei Millionen Euro zahlen.")
    assert unmet_nearby([noun], [another, theirs], owner) == []
    # no name after the measure: no owner ("die Schulden von dem Fleischhersteller")
    plain = parse_question("wie hoch sind die schulden von dem fleischhersteller?", default_language="de")
    assert measure_owner(plain, "schulden") == []
