"""A post embedded from a social network is no one's words in a who-said answer where only the post itself names
someone: news archives strip the line that names its author, and the sentence splitter runs the post on into the
article's next sentence. The article's own verb of saying after the post's link, or a speaker it carries over from
the sentences before, still makes the sentence someone's words."""

from __future__ import annotations

from dataclasses import replace

from conftest import AnalysedArticle, spans_in

from retrieval.answer.answerer import Answerer
from retrieval.answer.said import post_unattributed
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A report on a new ferry: the dateline sentence, a post quoted with its link and run on into the next sentence, the
# harbour master's words, a post run on into a sentence that names its own speaker after the link, and the mayor's
# post in English after her German words.
SENTENCES = [
    "Lindau – Die neue Fähre hat am Montag zum ersten Mal abgelegt.",
    "Endlich unterwegs: Die Bodensee-Fähre legt ab https://t.co/Ab12Cd34 pic.twitter.com/Ef56Gh78 "
    "Die Überfahrt dauerte eine Stunde.",
    "Das ist ein großer Tag für die Stadt, sagte Hafenmeister Paul Winter.",
    "So schön ist der See pic.twitter.com/Ij90Kl12 Die Fähre sei pünktlich gewesen, lobte Bürgermeisterin Eva Roth.",
    "Wir sind stolz auf die Fähre.",
    "We are proud of our ferry. https://t.co/Mn34Op56 Die Stadt zahlte die Hälfte.",
]
TEXT = " ".join(SENTENCES)
SPANS = spans_in(SENTENCES, TEXT)
ROTH = "Bürgermeisterin Eva Roth"
INFOS = {
    1: SentenceInfo(source="Endlich unterwegs", speaker="Endlich unterwegs", how="headline"),
    2: SentenceInfo(source="Hafenmeister Paul Winter", speaker="Hafenmeister Paul Winter", cue="sagte", how="indirect"),
    3: SentenceInfo(source=ROTH, speaker=ROTH, cue="lobte", how="indirect"),
    4: SentenceInfo(source=ROTH, speaker=ROTH, how="carried_over"),
    5: SentenceInfo(source=ROTH, speaker=ROTH, how="carried_over"),
}


LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Fähre", outlet="Seeblatt")
_candidate = LIBRARY.candidate


def test_a_post_that_names_its_speaker_only_in_itself_is_no_ones_words() -> None:
    assert post_unattributed(_candidate(1))  # "Endlich unterwegs:" heads the post, not the article's sentence
    unanalysed = replace(_candidate(1), info=SentenceInfo(), source=None)
    assert post_unattributed(unanalysed)  # a post no one is named for at all


def test_the_article_names_the_speaker_after_the_post_or_before_it() -> None:
    assert not post_unattributed(_candidate(3))  # "…, lobte Bürgermeisterin Eva Roth" after the link
    assert not post_unattributed(_candidate(5))  # her words run on from the sentences before
    assert not post_unattributed(_candidate(2))  # no post at all


def test_who_said_passes_over_the_post_and_keeps_the_sentences_of_the_article() -> None:
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    question = parse_question("Wer hat gesagt, dass die Fähre endlich unterwegs ist?")
    assert question.intent == "who_said"
    usable = {i: answerer.usable(question, _candidate(i)) for i in (1, 2, 3, 5)}
    assert usable == {1: False, 2: True, 3: True, 5: True}
    other = parse_question("Was ist mit der Bodensee-Fähre los?")
    assert other.intent not in ("who_said", "what_said")
    assert answerer.usable(other, _candidate(1))  # a question not after someone's words reads it as before
