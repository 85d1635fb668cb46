"""A question that asks who wrote a work ("who wrote the editorial", "wer hat den Kommentar verfasst") asks its author:
a sentence that does not name the work names no author of it, however much it says of the same topic, and
whoever "schrieb" a post elsewhere in it wrote that post, not the work."""

from __future__ import annotations

from conftest import AnalysedArticle, spans_in

from retrieval.answer.answerer import Answerer
from retrieval.models import SentenceInfo
from retrieval.question import parse_question
from retrieval.question.asked import asked_work

# A report on a flooded valley, then a commentary without an author's line: the mayor's post, the water board's
# warning, the commentary's heading and one of its sentences, and a sentence that names the editorial's author.
SENTENCES = [
    "Das Hochwasser im Lechtal sei beherrschbar, schrieb Bürgermeister Anton Huber auf der Plattform X.",
    "Der Wasserverband warnte am Dienstag vor weiteren Überflutungen.",
    "Lechtal-Kommentar: Die Lehren aus der Flut",
    "Die Gemeinden haben zu lange mit dem Bau der Dämme gewartet.",
    "Den Leitartikel zur Flut verfasste Chefredakteurin Maria Berger.",
]
TEXT = " ".join(SENTENCES)
SPANS = spans_in(SENTENCES, TEXT)
HUBER = "Bürgermeister Anton Huber"
INFOS = {
    0: SentenceInfo(source=HUBER, speaker=HUBER, cue="schrieb", how="indirect"),
    1: SentenceInfo(source="Der Wasserverband", speaker="Der Wasserverband", cue="warnte", how="indirect"),
    4: SentenceInfo(source="Chefredakteurin Maria Berger", speaker="Chefredakteurin Maria Berger", how="other"),
}
LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Flut im Lechtal", outlet="Talbote")
_candidate = LIBRARY.candidate


def test_the_work_whose_author_is_asked() -> None:
    assert asked_work("who wrote the lechtal commentary about the flood") == ("kommentar",)
    assert asked_work("Wer hat den Lechtal-Kommentar zur Flut geschrieben?") == ("kommentar",)
    assert asked_work("wer ist eigentlich der autor des kommentars") == ("kommentar",)
    assert asked_work("Who is the author of the editorial on the dams?") == ("leitartikel", "kommentar")
    assert asked_work("wer hat den bericht über die dämme verfasst") == ("bericht",)


def test_whose_words_is_no_work_asked() -> None:
    assert asked_work("who wrote that the flood is under control") is None
    assert asked_work("who wrote 'das Hochwasser ist beherrschbar' on x") is None
    assert asked_work("Wer schrieb auf der Plattform X, das Hochwasser sei beherrschbar?") is None
    assert asked_work("wer hat gesagt, der Bericht sei falsch") is None
    assert asked_work("who warned of more flooding") is None


def test_only_a_sentence_that_names_the_work_names_its_author() -> None:
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    for text in ("who wrote the editorial on the flood", "Wer hat den Leitartikel zur Flut verfasst?"):
        question = parse_question(text)
        assert question.intent == "who_said"
        usable = {i: answerer.usable(question, _candidate(i)) for i in (0, 1, 4)}
        assert usable == {0: False, 1: False, 4: True}
    words = parse_question("Wer schrieb, das Hochwasser sei beherrschbar?")
    assert answerer.usable(words, _candidate(0))  # whose words: the post's author, as before
