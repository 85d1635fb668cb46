"""An answer to "who said X?" whose first claim only names people (the report's sentence on the topic) keeps, beside
it, the sentence of its article among the likeliest that gives someone's words by a verb of its own: the statement
asked, which the second look cut as another's words far behind a first claim that gives none."""

from __future__ import annotations

import numpy as np
from conftest import AnalysedArticle, sentence_spans

from retrieval.answer.answerer import WORDS_POOL, Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

# A report on a puppet show: the topic with the people it names, another sentence that names a guest, the words asked
# (the kindergarten chief's), a sentence of narration and a councillor's praise.
TEXT = (
    "Das Kasperltheater, das im Betriebskindergarten des Innenministeriums über Kinderrechte aufklärt, gefällt "
    "Innenministerin Johanna Mikl-Leitner. "
    "Bei der Premiere saß auch Bürgermeister Michael Ludwig im Publikum. "
    "Man kann sich vorstellen, dass wir das Stück in weitere Kindergärten bringen, "
    "sagt Kindergartenchefin Monika Riha. "
    "Das Stück wurde von einer Expertin für Kinderrechte geschrieben. "
    "Landesrat Peter Gruber lobte das Projekt."
)
RIHA = "Kindergartenchefin Monika Riha"
INFOS = {
    0: SentenceInfo(),
    1: SentenceInfo(),
    2: SentenceInfo(source=RIHA, speaker=RIHA, cue="sagt", how="indirect"),
    3: SentenceInfo(),
    4: SentenceInfo(source="Landesrat Peter Gruber", speaker="Landesrat Peter Gruber", cue="lobte", how="reported"),
}
SPANS = sentence_spans(TEXT)
ARTICLE = Article(id="d", title="Kasperltheater", outlet="Stadtblatt", text=TEXT)
LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Kasperltheater", outlet="Stadtblatt")
QUESTION = "Wer möchte das Kasperltheater auf weitere Kindergärten ausweiten?"
LIKELY = [0.98, 0.6, 0.73, 0.5, 0.4]


def _answer(claims: list[int], p: list[float] = LIKELY) -> list[int]:
    """The sentences of a who-said answer whose claims were ``claims``, the sentences as likely as ``p``."""
    question = parse_question(QUESTION)
    candidates = [LIBRARY.candidate(i) for i in range(len(SPANS))]
    pool = Pool(question, candidates, None, {"d": ARTICLE})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    likely = np.array(p)
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    listed = [answerer._listed(question, candidates[i], ARTICLE, float(likely[i])) for i in claims]
    return [item.candidate.index for item in answerer._words_beside_names(question, pool, rows, likely, listed)]


def test_the_report_sentence_names_people_and_gives_no_words() -> None:
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    question = parse_question(QUESTION)
    assert answerer._listed(question, LIBRARY.candidate(0), ARTICLE, 0.98).named_only
    assert answerer._listed(question, LIBRARY.candidate(1), ARTICLE, 0.6).named_only
    words = answerer._listed(question, LIBRARY.candidate(2), ARTICLE, 0.73)
    assert not words.named_only and words.source == RIHA


def test_the_words_asked_go_beside_a_first_claim_that_only_names() -> None:
    assert _answer([0]) == [0, 2]


def test_a_further_claim_that_only_names_gives_way_to_the_words() -> None:
    assert _answer([0, 1]) == [0, 2]


def test_a_first_claim_of_someones_words_stays_as_it_is() -> None:
    assert _answer([2]) == [2]
    assert _answer([4]) == [4]  # the councillor's praise is his words: nothing is added to it


def test_words_beyond_the_likeliest_candidates_are_not_looked_for() -> None:
    assert WORDS_POOL == 3
    far = [0.98, 0.6, 0.3, 0.5, 0.2]  # Riha's words fourth, behind the guest and the narration
    assert _answer([0], far) == [0]


def test_words_already_listed_are_not_listed_twice() -> None:
    assert _answer([0, 2]) == [0, 2]


# The lead names the kindergarten chief without her words; the body gives her statement twice, the second time with
# her surname alone.
TWICE = (
    "Kindergartenchefin Monika Riha hat das Kasperltheater über Kinderrechte in den Betriebskindergarten geholt. "
    "Bei der Premiere saß auch Bürgermeister Michael Ludwig im Publikum. "
    "Man kann sich vorstellen, dass wir das Stück in weitere Kindergärten bringen, "
    "sagt Kindergartenchefin Monika Riha. "
    "Das Stück wurde von einer Expertin für Kinderrechte geschrieben. "
    "Wir können uns vorstellen, das Stück in weitere Kindergärten zu bringen, sagte Riha am Montag."
)
TWICE_INFOS = {
    0: SentenceInfo(),
    1: SentenceInfo(),
    2: SentenceInfo(source=RIHA, speaker=RIHA, cue="sagt", how="indirect"),
    3: SentenceInfo(),
    4: SentenceInfo(source="Riha", speaker="Riha", cue="sagte", how="indirect"),
}


def test_the_words_found_are_given_with_their_repetition() -> None:
    spans = sentence_spans(TWICE)
    library = AnalysedArticle(TWICE, spans, TWICE_INFOS, title="Kasperltheater", outlet="Stadtblatt")
    article = Article(id="d", title="Kasperltheater", outlet="Stadtblatt", text=TWICE)
    question = parse_question(QUESTION)
    candidates = [library.candidate(i) for i in range(len(spans))]
    pool = Pool(question, candidates, None, {"d": article})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    likely = np.array([0.98, 0.6, 0.73, 0.5, 0.7])
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    first = answerer._listed(question, candidates[0], article, 0.98)
    assert first.named_only
    listed = answerer._words_beside_names(question, pool, rows, likely, [first])
    assert [item.candidate.index for item in listed] == [2, 4]  # the statement twice, not the lead that names her
