"""A which-question asks for a kind of speaker ("which organisation", "welcher Minister"): where a claim's source names
that kind, the claims of speakers of another kind are no answer beside it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import OneSentenceLibrary, sentence_candidate

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.said import kind_asked, kind_only, names_kind
from retrieval.models import SentenceInfo
from retrieval.question import parse_question


def test_the_kind_asked_is_the_two_words_after_which() -> None:
    assert kind_asked("Which association blamed the farmers for the floods?") == ("association", "blamed")
    assert kind_asked("welche Ministerin hat vor einem Bahnstreik gewarnt?") == ("ministerin", "hat")
    assert kind_asked("which eu official said the talks would go on") == ("eu", "official")
    assert kind_asked("who said the talks would go on") == ()
    assert kind_asked("Wer hat vor einem Bahnstreik gewarnt?") == ()


@pytest.mark.parametrize(
    ("kind", "source", "named"),
    [
        (("association", "blamed"), "Der Bauernverband Association Rural", True),  # the word itself
        (("organisation", "blamed"), "Die Hilfsorganisation Caritas", True),  # the head of a compound
        (("ministerin", "hat"), "Verkehrsministerin Petra Lang", True),
        (("eu", "official"), "EU-Kommissar Jan Berg", True),  # a short word opens a compound
        (("eu", "official"), "die EU", False),  # ... the body itself is no official of it
        (("eu", "official"), "Europas Bauern", False),
        (("organisation", "blamed"), "Landwirt Paul Maier", False),
        (("organisation", "blamed"), None, False),
    ],
)
def test_a_source_names_the_kind_by_a_word_or_the_head_of_a_compound(
    kind: tuple[str, ...], source: str | None, named: bool
) -> None:
    assert names_kind(kind, source) is named


def _listed(text: str, source: str) -> Listed:
    return Listed(sentence_candidate(text, source=source), 0.9, [], source)


def test_only_the_claims_of_the_kind_asked_stay_where_one_names_it() -> None:
    farmer = _listed("Die Flut sei hausgemacht, sagte Landwirt Paul Maier.", "Landwirt Paul Maier")
    caritas_text = "Die Hilfsorganisation Caritas warf den Bauern Versäumnisse vor."
    caritas = _listed(caritas_text, "Die Hilfsorganisation Caritas")
    asked = "Which organisation blamed the farmers for the floods?"
    assert kind_only(asked, [farmer, caritas]) == [caritas]
    assert kind_only("Who blamed the farmers for the floods?", [farmer, caritas]) == [farmer, caritas]
    assert kind_only("Which politician blamed the farmers for the floods?", [farmer, caritas]) == [farmer, caritas]


def _row() -> list[float]:
    return [0.0] * len(NAMES)


def test_select_lists_the_speaker_of_the_kind_asked_though_the_scorer_likes_another_more() -> None:
    question = parse_question("Which organisation blamed the farmers for the floods?")
    farmer_text = "Die Flut sei hausgemacht, sagte Landwirt Paul Maier."
    caritas_text = "Die Hilfsorganisation Caritas warf den Bauern Versäumnisse vor."
    farmer = sentence_candidate(
        farmer_text, source="Landwirt Paul Maier", info=SentenceInfo(source="Landwirt Paul Maier", how="indirect")
    )
    caritas = replace(
        sentence_candidate(
            caritas_text,
            source="Die Hilfsorganisation Caritas",
            info=SentenceInfo(source="Die Hilfsorganisation Caritas", how="indirect"),
        ),
        index=1,
    )
    library = OneSentenceLibrary()
    pool = Pool(question, [farmer, caritas], None, {"d": library.article("d")})
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    listed = answerer.select(question, pool, [_row(), _row()], np.array([0.99, 0.98]))
    assert [item.candidate.index for item in listed] == [1]
