"""USE-m3 as the second opinion of a quote check: a claim in other words is a paraphrase of the person's sentence
when its words are the sentence's words in other letters or in another language ("Bad News" for "schlechte
Nachrichten"), which e5 alone cannot tell from words on the same topic that say something else."""

from __future__ import annotations

import re

from conftest import SaidArticle

from retrieval.answer.quotecheck import _reworded, _synonyms, fold
from retrieval.question import parse_question
from retrieval.search import ScoredSentence


def _pool(text: str, dense: float) -> list[ScoredSentence]:
    return [ScoredSentence("d", 0, 0, len(text), 0, dense)]


_ASKED = "Hat Bürgermeisterin Anna Berger geschrieben, die Zeitung folge dem Motto"
_MOTTO = "Das Blatt arbeite frei nach dem Motto: Nur Bad News sind Good News, schreibt Berger."


def _reworded_verdict(question: str, printed: str, dense: float) -> str | None:
    q = parse_question(question)
    library = SaidArticle(printed, "Anna Berger", "sagte")
    match = _reworded(q, fold(q.claimed_quote or ""), _pool(printed, dense), library)  # type: ignore[arg-type]
    return None if match is None else match.verdict


def test_words_the_sentence_prints_in_another_language_are_words_of_the_same_meaning() -> None:
    # "Nachrichten" is "News", "gute" is "Good": no letter of them is printed
    assert _synonyms(["Nachrichten", "gute"], re.findall(r"\w+", _MOTTO)) == 2


def test_a_word_only_loosely_related_to_the_sentences_words_is_not_one_of_the_same_meaning() -> None:
    assert _synonyms(["Lehrer", "Schüler", "Grundsatz"], re.findall(r"\w+", _MOTTO)) == 0


def test_a_claim_that_puts_the_sentences_english_words_in_german_is_its_paraphrase() -> None:
    claim = f"{_ASKED}, dass nur schlechte Nachrichten gute Nachrichten sind?"
    assert _reworded_verdict(claim, _MOTTO, 0.915) == "paraphrase"


def test_a_claim_on_the_same_topic_that_says_something_else_is_no_paraphrase() -> None:
    claim = f"{_ASKED}, dass nur Lehrer ihre Schüler verstehen?"
    assert _reworded_verdict(claim, _MOTTO, 0.915) is None


def test_a_name_set_off_by_commas_after_the_description_is_part_of_the_person_asked_about() -> None:
    q = parse_question(
        "Hat die Leiterin der Volkshochschule, Eva Maria Gruber, nach der Eröffnung gesagt, sie sei froh?"
    )
    assert (q.kind, q.person, q.claimed_quote) == (
        "quote_check",
        "die Leiterin der Volkshochschule, Eva Maria Gruber",
        "sie sei froh",
    )


def test_words_between_commas_that_are_no_name_leave_the_person_as_it_was() -> None:
    q = parse_question("Hat die Leiterin, wie berichtet, gesagt, sie sei froh?")
    assert q.person != "die Leiterin, wie berichtet"
