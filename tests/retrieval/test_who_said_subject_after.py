"""A question asking who said words that a verb the lexicon of saying lacks closes ("…, schwärmte der scheidende
Intendant …"): the person the sentence names as the subject right after the words answers, by the name the article
gives them, not every name the sentence holds."""

from __future__ import annotations

from conftest import AnalysedArticle, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.persons import named_after_words
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

TEXT = (
    "Das Landestheater Linz hat eine neue Dramaturgin. "
    "Ihr Vertrag mit Theaterdirektor Rainer Hollweg wurde am Montag unterschrieben. "
    "Sie liest schnell, denkt genau und hat ein Gespür für Stoffe, schwärmte der scheidende Theaterdirektor "
    "von seiner Lieblings-Dramaturgin Jasmina Kruška. "
    "Die Premiere ist im Herbst."
)
SPANS = sentence_spans(TEXT)
# the index found no verb of saying in the third sentence
INFOS = {0: SentenceInfo(), 1: SentenceInfo(), 2: SentenceInfo(), 3: SentenceInfo()}
LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Neue Dramaturgin", outlet="Landesblatt")


def test_with_no_one_asked_the_subject_after_the_words_names_a_person() -> None:
    praise = LIBRARY.text[SPANS[2][0] : SPANS[2][1]]
    assert named_after_words((), praise) == "der Theaterdirektor"
    # a proper name after the words, with no article: a person
    assert named_after_words((), "Die Proben laufen gut und alle sind fit, jubelte Kowalczyk am Abend.") == "Kowalczyk"
    # an article before a noun that is no role, a place, or a name inside a phrase before the noun: no one speaking
    assert named_after_words((), "Das Haus war voll und der Applaus groß, titelte die Zeitung am Montag.") is None
    assert named_after_words((), "Die Mannschaft ist ungeschlagen und spielt stark, besiegte Salzburg zuletzt.") is None
    assert named_after_words((), "Er wollte nie weg, erinnert sich der in Innsbruck lebende Maler.") is None


def test_who_said_it_is_answered_by_the_subject_after_the_words_by_the_name_the_article_gives() -> None:
    question = parse_question("Wer hat gesagt, die neue Dramaturgin habe ein Gespür für Stoffe?")
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    candidate = LIBRARY.candidate(2)
    assert answerer.usable(question, candidate)
    item = answerer._listed(question, candidate, LIBRARY.article("d"), 0.9)
    assert item.source == "Theaterdirektor Rainer Hollweg"  # not "Jasmina Kruška", whom the words are about
    assert item.named_only  # no verb of saying names him: the note says to read it first
