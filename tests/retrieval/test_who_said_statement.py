"""A who-said answer puts first the sentence that says what the question quotes, where one stands out from the rest:
an English question that paraphrases German words shares none of them, and the scorer ranks it below the topic."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import PlainArticle, candidate_at, sentence_spans

import retrieval.answer.answerer as answerer_module
from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import (
    STANDS_APART,
    STANDS_OUT,
    said_clauses,
    stands_apart,
    stands_out,
    statement_asked,
    statement_clauses,
)
from retrieval.models import SentenceInfo
from retrieval.question import parse_question

# A council report: the topic first, then a councillor whose saying runs on into the sentence after hers, the mayor.
TEXT = (
    "Der Gemeinderat hat am Dienstag lange über den neuen Vertrag für die Stadtbusse beraten. "
    "Der Vertrag sei viel zu teuer, sagte Stadträtin Anna Berger. "
    "Niemand kauft ein Pferd, ohne ihm vorher ins Maul zu schauen. "
    "Die Entscheidung über die Busse fällt erst im Herbst, kündigte Bürgermeister Franz Huber an."
)
BERGER = SentenceInfo(source="Stadträtin Anna Berger", speaker="Stadträtin Anna Berger", cue="sagte", how="indirect")
HUBER = SentenceInfo(source="Bürgermeister Franz Huber", speaker="Franz Huber", cue="kündigte an", how="indirect")
INFOS = {1: BERGER, 3: HUBER}
SPANS = sentence_spans(TEXT)
QUESTION = "who said nobody buys a horse without looking into its mouth first, about the bus contract?"


def _answer(
    p: list[float], asked: str = QUESTION, text: str = TEXT, infos: dict[int, SentenceInfo] = INFOS
) -> list[Listed]:
    """``_statement_first`` over the four sentences with the scorer's probabilities ``p``, the claims chosen before
    being the likeliest two."""
    question = parse_question(asked)
    library = PlainArticle(text, infos, title="Busvertrag", outlet="Stadtblatt")
    candidates = [candidate_at(text, library.spans[i], i, infos) for i in range(4)]
    pool = Pool(question, candidates, None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    likely = sorted(range(4), key=lambda i: -p[i])[:2]
    listed = [answerer._listed(question, candidates[i], library.article("d"), p[i]) for i in likely]
    return answerer._statement_first(question, pool, rows, np.array(p), listed)


def test_the_statement_asked_is_the_question_without_who() -> None:
    assert statement_asked("who said they could not find the keys") == "said they could not find the keys"
    assert statement_asked("Which union warned of strikes?") == "warned of strikes?"
    assert statement_asked("welcher Trainer hat das Spiel mit einem Krimi verglichen") == (
        "hat das Spiel mit einem Krimi verglichen"
    )
    assert statement_asked("Wer hat gesagt, dass die Brücke hält?") == "hat gesagt, dass die Brücke hält?"


def test_only_a_sentence_far_ahead_of_the_next_stands_out() -> None:
    assert stands_out([0.2, 0.45, 0.3]) == 1
    assert stands_out([0.2, 0.45, 0.45 - STANDS_OUT / 2]) is None  # two alike: the scorer's order holds
    assert stands_out([0.5]) is None


def test_the_paraphrased_saying_goes_first_with_its_speakers_sentence() -> None:
    # the scorer likes the topic and the mayor; the saying, in other words than the question's, comes last; the
    # scorer's own first choice stays behind them, since a sentence can stand out and still be the wrong one
    claims = _answer([0.9, 0.4, 0.3, 0.8])
    assert [item.candidate.index for item in claims] == [2, 1, 0]
    assert claims[0].source == "Stadträtin Anna Berger"  # the words run on from her sentence
    assert claims[0].continued


def test_the_saying_that_stands_out_is_the_answer_alone() -> None:
    # first already, the mayor's words beside it answer nothing: only who said it (the sentence before) stays
    claims = _answer([0.5, 0.4, 0.95, 0.9])
    assert [item.candidate.index for item in claims] == [2, 1]


def test_a_saying_the_scorer_finds_unlikely_stays_behind() -> None:
    claims = _answer([0.9, 0.4, 0.1, 0.8])
    assert [item.candidate.index for item in claims] == [0, 3]


def test_a_german_question_keeps_the_scorers_order() -> None:
    # its words are the article's: the scorer's lexical evidence has weighed them already
    german = "Wer hat gesagt, niemand kaufe ein Pferd, ohne ihm vorher ins Maul zu schauen?"
    claims = _answer([0.9, 0.4, 0.3, 0.8], german)
    assert [item.candidate.index for item in claims] == [0, 3]


def test_a_saying_no_one_is_quoted_with_stays_behind() -> None:
    # the saying is the reporter's now, about a farmer it names but does not quote: no one's words to answer "who"
    text = TEXT.replace(
        "Niemand kauft ein Pferd, ohne ihm vorher ins Maul zu schauen.",
        "Wie auf dem Hof von Bauer Karl Moser kauft niemand ein Pferd, ohne ihm vorher ins Maul zu schauen.",
    ).replace(", sagte Stadträtin Anna Berger.", " für die Stadt.")
    claims = _answer([0.9, 0.4, 0.3, 0.8], text=text, infos={3: HUBER})
    assert [item.candidate.index for item in claims] == [0, 3]


class _Encoder:
    """Vectors whose similarity to the statement asked (the first text) is the one given for each sentence."""

    def __init__(self, similar: dict[str, float]) -> None:
        self.similar = similar

    def vectors(self, texts: list[str]) -> np.ndarray:
        rows = [[1.0, 0.0]]
        for text in texts[1:]:
            s = next((v for k, v in self.similar.items() if k in text), 0.0)
            rows.append([s, float(np.sqrt(1.0 - s * s))])
        return np.array(rows)


def _with_similarities(monkeypatch: pytest.MonkeyPatch, similar: dict[str, float]) -> None:
    monkeypatch.setattr(answerer_module, "encoder", lambda: _Encoder(similar))


def test_a_sentence_no_one_is_quoted_with_is_no_rival_to_the_saying(monkeypatch: pytest.MonkeyPatch) -> None:
    # the report's own topic sentence comes nearly as close to the question as the saying; it gives no one's words,
    # so it cannot answer "who said" and does not keep the saying from standing out against the spoken sentences
    _with_similarities(monkeypatch, {"Gemeinderat": 0.40, "Pferd": 0.45, "zu teuer": 0.2, "Herbst": 0.1})
    claims = _answer([0.9, 0.4, 0.3, 0.8])
    assert [item.candidate.index for item in claims] == [2, 1, 0]


def test_a_close_spoken_sentence_still_keeps_the_scorers_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # the mayor's words come as close as the saying: neither stands out
    _with_similarities(monkeypatch, {"Gemeinderat": 0.40, "Pferd": 0.45, "zu teuer": 0.2, "Herbst": 0.40})
    claims = _answer([0.9, 0.4, 0.3, 0.8])
    assert [item.candidate.index for item in claims] == [0, 3]


# A longer report on the same buses: ten sentences on the topic by several speakers, and the councillor's doubt in
# words of her own, its subject a pronoun ("sie"): the question names the topic, the sentence does not.
BUSES = (
    "Die neuen Busse der Stadt fahren seit Montag auf allen Linien. "
    "Die neuen Busse seien leiser und sauberer als die alten, sagte Bürgermeister Franz Huber. "
    "Die Stadtwerke haben zwanzig neue Busse gekauft, teilte ein Sprecher mit. "
    "Die neuen Busse fahren elektrisch und werden nachts geladen, erklärte Technikchef Paul Wagner. "
    "„Ob sie wirklich pünktlich sind? Das bleibt abzuwarten“, sagte Stadträtin Anna Berger. "
    "Die Fahrgäste loben die neuen Busse, berichtete der Fahrgastverband. "
    "Die Busse kosten die Stadt vier Millionen Euro, rechnete Kämmerer Otto Lang vor. "
    "Die neuen Busse haben mehr Platz für Kinderwagen, betonte Stadträtin Eva Roth. "
    "Auch die Fahrer sind mit den neuen Bussen zufrieden, sagte Betriebsrat Max Gruber. "
    "Die alten Busse werden an eine Nachbarstadt verkauft, kündigte Huber an. "
    "Die neuen Busse sollen auf allen Linien im Takt fahren, versprach Verkehrsstadtrat Karl Bauer."
)
BUS_SPEAKERS = {
    1: "Bürgermeister Franz Huber",
    2: "ein Sprecher",
    3: "Technikchef Paul Wagner",
    4: "Stadträtin Anna Berger",
    5: "der Fahrgastverband",
    6: "Kämmerer Otto Lang",
    7: "Stadträtin Eva Roth",
    8: "Betriebsrat Max Gruber",
    9: "Huber",
    10: "Verkehrsstadtrat Karl Bauer",
}
BUS_INFOS = {i: SentenceInfo(source=s, speaker=s, cue="sagte", how="indirect") for i, s in BUS_SPEAKERS.items()}
DOUBT = "who said it remains to be seen whether the new buses really run on time?"


def _bus_answer() -> list[Listed]:
    """``_statement_first`` over the bus report, the councillor's doubt the scorer's least likely sentence."""
    question = parse_question(DOUBT)
    library = PlainArticle(BUSES, BUS_INFOS, title="Neue Busse", outlet="Stadtblatt")
    candidates = [candidate_at(BUSES, library.spans[i], i, BUS_INFOS) for i in range(len(library.spans))]
    p = [0.9 - 0.01 * i for i in range(len(candidates))]
    p[4] = 0.5
    pool = Pool(question, candidates, None, {"d": library.article("d")})
    rows = [[0.0] * len(NAMES) for _ in candidates]
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = [answerer._listed(question, candidates[i], library.article("d"), p[i]) for i in (0, 1)]
    return answerer._statement_first(question, pool, rows, np.array(p), listed)


def test_the_statement_asked_is_compared_clause_by_clause() -> None:
    assert statement_clauses(DOUBT) == ["it remains to be seen", "whether the new buses really run on time"]
    assert statement_clauses("Which union warned of strikes?") == ["of strikes"]
    assert statement_clauses("wer hat gesagt, dass die Brücke hält") == ["die Brücke hält"]
    # the speaker's name is no part of what was said; a clause of one word ("sagte") tells nothing
    assert said_clauses(BUSES.split(". ")[4] + ".", "Stadträtin Anna Berger") == [
        "Ob sie wirklich pünktlich sind",
        "Das bleibt abzuwarten",
    ]


def test_a_clause_close_to_one_sentence_alone_stands_apart() -> None:
    # the topic's clause is as close to every sentence; the statement's clause to one only: that one scores highest
    closest = np.array([[0.7, 0.72, 0.69, 0.3, 0.71], [0.1, 0.12, 0.08, 0.6, 0.11]])
    apart = stands_apart(closest)
    assert max(range(5), key=lambda k: apart[k]) == 3
    assert stands_out(apart, STANDS_APART) == 3
    assert stands_out(stands_apart(closest[:1]), STANDS_APART) is None  # the topic alone singles none out


def test_a_paraphrased_doubt_in_pronouns_goes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # the whole sentences closest to the question are those on the new buses; the doubt names them "sie"
    claims = _bus_answer()
    assert claims[0].candidate.index == 4
    assert claims[0].source == "Stadträtin Anna Berger"
    monkeypatch.setattr(answerer_module, "APART_POOL", 100)  # too few candidates to tell the topic: the scorer's order
    assert _bus_answer()[0].candidate.index == 0
