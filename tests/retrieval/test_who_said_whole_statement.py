"""An answer to "who said X?" keeps, right after its first claim, the sentences beside it where the same speaker goes on
by a verb of their own (named again or by a pronoun) and that the scorer finds answer on their own: a statement that
spans two sentences is answered by both, which the second look cut as a further claim of its own."""

from __future__ import annotations

import numpy as np
from conftest import AnalysedArticle, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

# Reactions to the refugee policy: a minister's verdict, an aside, the premier's verdict and his words after it by a
# pronoun, and a president on something else.
TEXT = (
    "Der ungarische Staatssekretär Gergely Pröhle nannte die Pläne Schwachsinn. "
    "Die Kommission wies das zurück. "
    "Der russische Regierungschef Dmitri Medwedew bezeichnete die Flüchtlingspolitik der EU als kolossalen Fehler. "
    "Mir scheint, dass die Union zur Geisel ihrer Migrationspolitik geworden ist, sagte er dem Magazin Time. "
    "Der serbische Präsident Tomislav Nikolić äußerte sich am Montag anders."
)
MEDWEDEW = "Der russische Regierungschef Dmitri Medwedew"
INFOS = {
    0: SentenceInfo(source="Der ungarische Staatssekretär Gergely Pröhle", shown="", how="reported"),
    2: SentenceInfo(source=MEDWEDEW, speaker=MEDWEDEW, cue="bezeichnete", how="reported", shown=MEDWEDEW),
    3: SentenceInfo(source=MEDWEDEW, speaker="er", cue="sagte", how="indirect", shown=MEDWEDEW),
    4: SentenceInfo(source="Der serbische Präsident Tomislav Nikolić", shown="", how="reported"),
}
SPANS = sentence_spans(TEXT)
ARTICLE = Article(id="d", title="Flüchtlinge", outlet="Blatt", text=TEXT)
LIBRARY = AnalysedArticle(TEXT, SPANS, INFOS, title="Flüchtlinge", outlet="Blatt")
QUESTION = "Wer bezeichnete die Flüchtlingspolitik der EU als kolossalen Fehler?"
LIKELY = [0.7, 0.2, 0.99, 0.9, 0.8]


def _answer(claims: list[int], p: list[float] = LIKELY) -> list[int]:
    """The sentences of a who-said answer whose claims were ``claims``, the sentences as likely as ``p``."""
    question = parse_question(QUESTION)
    candidates = [LIBRARY.candidate(i) for i in range(len(SPANS))]
    pool = Pool(question, candidates, None, {"d": ARTICLE})
    likely = np.array(p)
    answerer = Answerer(LIBRARY, listing=None)  # type: ignore[arg-type]
    listed = [answerer._listed(question, candidates[i], ARTICLE, float(likely[i])) for i in claims]
    return [item.candidate.index for item in answerer._whole_statement(pool, likely, listed)]


def test_the_speakers_next_sentence_comes_right_after_the_first_claim() -> None:
    assert _answer([2]) == [2, 3]
    assert _answer([2, 4]) == [2, 3, 4]


def test_the_speakers_sentence_before_comes_after_the_first_claim() -> None:
    assert _answer([3]) == [3, 2]


def test_a_sentence_beside_the_scorer_finds_no_answer_is_not_added() -> None:
    assert _answer([2], [0.7, 0.2, 0.99, 0.3, 0.8]) == [2]


def test_another_speakers_sentence_beside_is_not_added() -> None:
    assert _answer([4]) == [4]
    assert _answer([0]) == [0]


def test_a_sentence_already_listed_is_not_listed_twice() -> None:
    assert _answer([2, 3]) == [2, 3]
