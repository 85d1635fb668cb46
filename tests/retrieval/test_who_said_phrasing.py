"""Who said it, asked in other words: the phrasings of a what-said question and the person they ask about."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import candidate_at, said, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate
from retrieval.answer.persons import identifying_words, person_match
from retrieval.answer.said import run_on
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Mit welchen Worten warnte die britische Botschafterin vor einem EU-Austritt?", "die britische Botschafterin"),
        ("Mit welchen Worten hat Merkel gewarnt?", "Merkel"),
        ("Welche Worte fand Merkel für die Flüchtlingskrise?", "Merkel"),
        ("Wovor warnte die britische Botschafterin?", "die britische Botschafterin"),
        ("Womit begründete Merkel den Schritt?", "Merkel"),
        ("How did Merkel react to the vote?", "Merkel"),
        ("What words did merkel use to warn against Brexit?", "merkel"),
        ("With what words did the ambassador warn against Brexit?", "the ambassador"),
        ("what were klitschko's words about fury", "klitschko"),
        ("was sagt selenskyj dazu", "selenskyj"),
        ("Wie hat Merkel auf die Kritik reagiert?", "Merkel"),
        ("Wie hat sich der Minister zu den Vorwürfen geäußert?", "der Minister"),
        ("wie hat der bürgermeister das begründet", "der bürgermeister"),
        ("Welche Meinung hat Merkel zur Obergrenze?", "Merkel"),
        ("Was erzählte Iggy Pop über das Album?", "Iggy Pop"),
        ("what was klitschko's take on fury", "klitschko"),
    ],
)
def test_other_phrasings_ask_what_someone_said(question: str, person: str) -> None:
    q = parse_question(question)
    assert (q.intent, q.person, q.claimed_quote) == ("what_said", person, None)


@pytest.mark.parametrize("question", ["Wie hat sich die Zahl der Flüchtlinge entwickelt?", "Wie hat man das erklärt?"])
def test_how_something_went_is_not_what_someone_said(question: str) -> None:
    assert parse_question(question).intent != "what_said"


@pytest.mark.parametrize(
    "question",
    ["Hat Merkel gesagt, dass wir das schaffen?", "Merkel said we can do it, right?", "Did Merkel say we can do it?"],
)
def test_a_claimed_statement_is_still_checked(question: str) -> None:
    q = parse_question(question)
    assert (q.intent, q.person) == ("quote_check", "Merkel")


@pytest.mark.parametrize(
    ("person", "words"),
    # "der chef der bka": "bka" qualifies the office, see test_who.test_the_body_after_a_german_office_qualifies_it
    [("lee sedol", ["lee", "sedol"]), ("der chef der bka", ["chef"]), ("der ikg-präsident", ["ikg-präsident"])],
)
def test_a_short_word_typed_in_lower_case_still_names_the_person(person: str, words: list[str]) -> None:
    assert identifying_words(person, "de") == words


def test_a_person_asked_about_by_full_name_speaks_under_a_short_name() -> None:
    person = identifying_words("lee sedol", "de")
    lee = said("Lee räumte am Samstag ein, unter Stress gestanden zu haben.", "Südkoreaner Lee")
    assert person_match(person, lee) == 1.0


def test_a_short_name_is_a_word_of_its_own() -> None:
    assert person_match(["lee"], said("Die Allee wird gesperrt, sagte er.", "Anrainer an der Allee")) == -1.0


@pytest.mark.parametrize(
    "source", ["BKA-Chef Holger Münch", "IWF-Direktorin Christine Lagarde", "AK-Präsident Rudolf Kaske"]
)
def test_the_head_of_a_body_speaks_under_any_of_the_german_nouns_for_it(source: str) -> None:
    person = identifying_words("the head of germany's federal criminal police office", "en")
    assert person_match(person, said("Das bereitet uns große Sorgen, sagte er.", source)) == 1.0


def test_the_head_of_a_body_is_not_any_chairman() -> None:
    person = identifying_words("the head of germany's federal criminal police office", "en")
    assert person_match(person, said("Das ist feige, erklärte Rose.", "sein Vorsitzender Romani Rose")) == -1.0


RUN = (
    "Die Zahl stieg auf 92. "
    "Das bereitet uns große Sorgen, sagte BKA-Chef Holger Münch. "
    "Die Taten müssen verfolgt werden. "
    "Letztere sei der Nährboden für Fremdenhass.\n"
    "Das Ausmaß der Gewalt ist erschreckend, erklärte Maas."
)
MUENCH = SentenceInfo(source="BKA-Chef Holger Münch", speaker="BKA-Chef Holger Münch", cue="sagte", how="indirect")


def test_a_persons_words_run_on_into_the_sentences_carried_over_and_between() -> None:
    spans = sentence_spans(RUN)
    carried = MUENCH.model_copy(update={"how": "carried_over", "cue": None})
    infos = {1: MUENCH, 3: carried, 4: SentenceInfo(source="Maas", speaker="Maas", cue="erklärte", how="indirect")}
    article = Article(id="d", title="T", text=RUN)
    following = {i: spans[i] for i in (2, 3)}
    assert run_on(1, spans[1][1], "BKA-Chef Holger Münch", infos, article, following) == [2, 3]


def test_narration_after_a_persons_words_is_not_theirs() -> None:
    spans = sentence_spans(RUN)
    infos = {1: MUENCH}
    article = Article(id="d", title="T", text=RUN)
    assert run_on(1, spans[1][1], "BKA-Chef Holger Münch", infos, article, {2: spans[2]}) == []


def test_a_new_paragraph_ends_a_persons_words() -> None:
    spans = sentence_spans(RUN)
    infos = {3: MUENCH}
    article = Article(id="d", title="T", text=RUN)
    assert run_on(3, spans[3][1], "BKA-Chef Holger Münch", infos, article, {4: spans[4]}) == []


class _Library:
    """One article of four sentences: narration, a speaker's sentence, then narration again."""

    text = "Weiss kam auf Platz 16. Das Ergebnis war zweitrangig, sagte Weiss. Die Teilnahme hatte für Kritik gesorgt."

    def __init__(self, infos: dict[int, SentenceInfo]) -> None:
        self.infos = infos

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", outlet="DER STANDARD", text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def sentences_of(self, keys: list[tuple[str, int]]) -> list[Candidate]:
        return [_sentence(self.text, i, self.infos) for _, i in keys if i in sentence_spans(self.text)]


def _sentence(text: str, index: int, infos: dict[int, SentenceInfo]) -> Candidate:
    return candidate_at(text, sentence_spans(text)[index], index, infos)


def test_who_said_a_sentence_right_after_a_speakers_words_is_answered_by_that_speaker() -> None:
    weiss = SentenceInfo(source="Weiss", speaker="Weiss", cue="sagte", how="indirect", shown="Michael Weiss")
    infos = {1: weiss}
    answerer = Answerer(_Library(infos), listing=None)  # type: ignore[arg-type]
    narration = _sentence(_Library.text, 2, infos)
    assert answerer.usable(parse_question("wer hat gesagt, die Teilnahme habe für Kritik gesorgt?"), narration)
    assert not answerer.usable(parse_question("Was sagte Weiss?"), narration)  # his words are not narration


@pytest.mark.parametrize(
    "question",
    [
        "Whose words are these: the economy will grow?",
        "Wessen Worte sind das: die Wirtschaft wird wachsen?",
        "Which expert considers the theory pure speculation?",
    ],
)
def test_whose_words_or_who_considers_asks_who_said_it(question: str) -> None:
    assert parse_question(question).intent == "who_said"


@pytest.mark.parametrize(
    ("person", "source"),
    [
        ("the project leader", "Projektleiterin Anna Berg"),
        ("the film director", "Regisseur Michael Haneke"),
        ("the oxford professor", "Professorin Jane Doe"),
        ("the historian", "Historiker Oliver Rathkolb"),
        ("the bank's analyst", "Bank-Analyst Peter Brezinschek"),
    ],
)
def test_english_roles_name_their_german_office(person: str, source: str) -> None:
    words = identifying_words(person, "en")
    assert person_match(words, said("Das ist ein Meilenstein, sagte er.", source)) == 1.0


class _Visit(_Library):
    """A minister speaking on a visit, then whom he met there."""

    text = (
        "Die Lage bleibt ernst, sagte Innenminister Herbert Kranzl am Rande eines Besuchs in Graz. "
        "Dort traf Kranzl den Bürgermeister Anton Leitner."
    )


def test_who_did_something_is_not_answered_by_a_sentence_naming_only_those_the_question_names() -> None:
    kranzl = SentenceInfo(source="Innenminister Herbert Kranzl", speaker="Kranzl", cue="sagte", how="indirect")
    infos = {0: kranzl}
    answerer = Answerer(_Visit(infos), listing=None)  # type: ignore[arg-type]
    q = parse_question("who did kranzl meet in graz")
    assert (q.kind, q.intent) == ("who_said", "who_said")
    spoke = replace(_sentence(_Visit.text, 0, infos), source=kranzl.source)
    met = _sentence(_Visit.text, 1, infos)
    assert not answerer.usable(q, spoke)  # he speaks there: no one he met
    assert answerer.usable(q, met)
