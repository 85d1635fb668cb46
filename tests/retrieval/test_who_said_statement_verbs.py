"""Who-said questions whose verb or words the fixed lists do not read as a statement: a question answered by someone's
words pins no terms (``Answerer._pinned_unmet``), a short sentence the question prints whole is the words asked about
(``said.prints_whole``) and its speaker carried over keeps the office written before the name (``said.kind_only``),
a person the question names is not who said it (``said.addressed_last``), and a question
after an opening clause of time still asks who (``question.intent.CLAUSE``)."""

from __future__ import annotations

import pytest
from conftest import PlainArticle, candidate_at, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import terms
from retrieval.answer.listing import Listed
from retrieval.answer.said import addressed, addressed_last, gives_words, kind_only, prints_whole
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

LAMP = "Dieser Teil von Pluto verhält sich wie eine Lavalampe, sagte der Nasa-Geologe William McKinnon."
ASKED = "which NASA scientist compared part of pluto to a lava lamp"


def _unmet(info: SentenceInfo) -> list[str]:
    """The pinned terms the lava-lamp claim leaves unmet, its sentence analysed as ``info``."""
    question = parse_question(ASKED, default_language="en")
    pool = Pool(question, [], None, articles={"d": Article(id="d", title="Pluto", text=LAMP)})
    pool.terms = terms(question, lambda ws: dict.fromkeys(ws, 1), 1000)  # every word rare
    claim = sentence_candidate(LAMP, info=info, source=info.source)
    return Answerer._pinned_unmet(question, pool, [Listed(claim, 0.9, [], info.source)])


def test_a_who_question_answered_by_someones_words_pins_no_terms() -> None:
    assert _unmet(SentenceInfo()) != []  # "compared" is no listed verb of saying: the statement's nouns are pinned
    spoken = SentenceInfo(source="der Nasa-Geologe William McKinnon", cue="sagte", how="indirect")
    assert _unmet(spoken) == []  # answered by his words: a statement asked for, paraphrased freely


# A coach is named by what he did, then his words stand alone, without a verb of saying.
COACH = (
    "Köln kam in der Nachspielzeit zum Ausgleich. "
    "Köln-Trainer Peter Stöger lobte nach dem Remis die Moral seiner Mannschaft. "
    "Diese Truppe gibt nie auf."
)


def test_a_short_sentence_printed_whole_gives_its_words() -> None:
    assert prints_whole('wer hat nach dem spiel gesagt "diese truppe gibt nie auf"?', "Diese Truppe gibt nie auf.")
    assert prints_whole("wer hat gesagt: ja wo samma denn?", "Und dann das im Fernsehen: Ja, wo samma denn?")
    assert not prints_whole("wer hat gesagt, die truppe gibt auf", "Diese Truppe gibt nie auf.")  # not as it stands
    assert not gives_words("wer hat gesagt, gut so", "Gut so.")  # two words tell no statement
    # the conjunction that ties the sentence to the one before need not be typed, but three words must be
    assert prints_whole("wer meinte im prozess salze verderben nicht", "Und Salze verderben nicht.")
    assert not prints_whole("wer meinte im prozess gut so", "Und gut so.")
    library = PlainArticle(COACH, {}, title="Remis", outlet="Landblatt")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    question = parse_question('wer hat nach dem 1:1 gesagt "diese truppe gibt nie auf"?', default_language="de")
    c = candidate_at(COACH, library.spans[2], 2, {})
    assert answerer.usable(question, c)
    assert "Stöger" in (answerer._listed(question, c, library.article("d"), 0.9).source or "")


def _claim(source: str) -> Listed:
    return Listed(sentence_candidate(f"Das sagte {source}."), 0.9, [], source)


def test_a_person_the_question_names_goes_behind_the_speaker() -> None:
    asked = "Wer hat Mikl-Leitners Argument als 'vorgeschoben' bezeichnet?"
    assert addressed(asked, "Innenministerin Johanna Mikl-Leitner (ÖVP)")
    assert addressed("who called Khol's result a fiasco", "Andreas Khol, ÖVP")
    assert not addressed("welcher adac-experte meinte …", "Christoph Hecht vom Autoclub ADAC")  # a body asked for
    assert not addressed("who from the kremlin said putin …", "der Sprecher von Präsident Wladimir Putin")
    listed = [_claim("Innenministerin Johanna Mikl-Leitner"), _claim("Reinhard Kreissl")]
    assert [item.source for item in addressed_last(asked, listed)] == ["Reinhard Kreissl", listed[0].source]
    alone = [_claim("Innenministerin Johanna Mikl-Leitner")] * 2
    assert addressed_last(asked, alone) == alone  # nobody else: the order stands


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("after losing the 3rd game to alphago, who said the defeat was his own?", "who_said"),
        ("when ai weiwei found bugs in his studio, who played it down saying they were old?", "who_said"),
        ("wer hat beim haus der geschichte gesagt, er wisse zwar wie groß die zahl pi ist", "who_said"),
        ("when did the ministers meet, and who was there?", "when"),  # a when-question's own clause
        ("wer sagt, wie viele Soldaten in Russland sind?", "figure"),  # the figure and its source
    ],
)
def test_who_after_a_clause_of_time_and_words_before_the_verb_of_saying(text: str, intent: str) -> None:
    assert parse_question(text).intent == intent


def test_the_kind_asked_is_read_before_the_name_carried_over() -> None:
    stoeger = Listed(sentence_candidate("Diese Truppe gibt nie auf."), 0.9, [], "Peter Stöger")
    other = Listed(
        Candidate(
            "e",
            0,
            0,
            9,
            0.8,
            0.0,
            "Jedes Spiel ist ein Finale, sagte Trainer Josep Guardiola.",
            "",
            "T",
            "",
            None,
            SentenceInfo(),
        ),
        0.8,
        [],
        "Trainer Josep Guardiola",
    )
    articles = {"d": Article(id="d", title="Remis", text=COACH), "e": Article(id="e", title="Bayern", text="x")}
    asked = 'welcher trainer hat nach dem 1:1 gesagt "diese truppe gibt nie auf"?'
    assert kind_only(asked, [stoeger, other], articles) == [stoeger, other]  # "Köln-Trainer Peter Stöger lobte …"
    assert kind_only(asked, [stoeger, other], {}) == [other]  # the article unread: his name alone names no trainer
