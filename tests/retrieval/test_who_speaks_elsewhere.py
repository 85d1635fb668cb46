"""What-said questions: where the person asked about speaks under their full name only in sentences another condition
rules out (another place), a sentence whose speaker names them in part, in another article, is not ruled out as
someone else's words; where their full name speaks in an admissible sentence, it still is."""

from __future__ import annotations

import dataclasses

import numpy as np
from conftest import sentence_candidate

from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES, Featurizer, terms, violates
from retrieval.answer.persons import names_asked
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

_OTHER = NAMES.index("other_speaker")
_PERSON = NAMES.index("person")

CRASH = "Wien – Ein Mädchen starb in Simmering bei einem Unfall mit einem Lkw."
HUBER = "Für das Mädchen kam jede Hilfe zu spät, sagte Andreas Huber, Sprecher der Wiener Berufsrettung."
POLICE = "Der Lenker habe das Kind übersehen, sagte Polizeisprecher Max Berger."
BATH = "Der Mann war in der Donaustadt laut Wiener Berufsrettung lange unter Wasser."
ARRIVED = "Die Wiener Berufsrettung war rasch vor Ort."
OWN = "Das Mädchen in Simmering war sofort tot, teilte die Wiener Berufsrettung mit."


def _spoken(text: str, source: str, doc_id: str, index: int) -> Candidate:
    c = sentence_candidate(text, index=index, info=SentenceInfo(source=source, speaker=source, how="indirect"))
    return dataclasses.replace(c, doc_id=doc_id, source=source)


def _rows(articles: dict[str, str], candidates: list[Candidate]) -> list[list[float]]:
    q = parse_question("Was sagte die Wiener Berufsrettung zum Unfall in Simmering?", default_language="de")
    pool = Pool(q, candidates, None, {d: Article(id=d, title="Wien", text=t) for d, t in articles.items()})
    qt = terms(q, lambda words: dict.fromkeys(words, 1), 100)
    featurizer = Featurizer(
        lambda keys: {k: np.ones(2, dtype=np.float32) for k in keys}, lambda head: np.ones(2, dtype=np.float32)
    )
    return featurizer.rows(pool, qt)


def test_a_speaker_naming_the_body_in_part_is_not_ruled_out_where_the_body_speaks_only_on_another_place() -> None:
    huber = _spoken(HUBER, "Andreas Huber", "crash", 1)
    police = _spoken(POLICE, "Polizeisprecher Max Berger", "crash", 2)
    bath = _spoken(BATH, "Wiener Berufsrettung", "bath", 0)
    rows = _rows({"crash": f"{CRASH} {HUBER} {POLICE}", "bath": BATH}, [huber, police, bath])
    assert rows[2][_PERSON] == 1.0 and violates(rows[2])  # the body's full name speaks, in the Donaustadt
    assert 0.0 < rows[0][_PERSON] < 1.0  # Huber is the body's speaker only in part
    assert rows[0][_OTHER] == 0.0 and not violates(rows[0])
    # a speaker who is not the body at all is still someone else's word
    assert rows[1][_PERSON] < 0.0 and rows[1][_OTHER] == -1.0


def test_a_sentence_that_names_the_body_but_gives_no_ones_words_stays_ruled_out() -> None:
    arrived = dataclasses.replace(sentence_candidate(ARRIVED, index=1), doc_id="crash")
    bath = _spoken(BATH, "Wiener Berufsrettung", "bath", 0)
    rows = _rows({"crash": f"{CRASH} {ARRIVED}", "bath": BATH}, [arrived, bath])
    assert rows[0][_PERSON] > 0.0 and rows[0][_OTHER] == -1.0


def test_where_the_full_name_speaks_on_what_is_asked_a_partial_match_elsewhere_is_still_another_speaker() -> None:
    huber = _spoken(HUBER, "Andreas Huber", "crash", 1)
    own = _spoken(OWN, "die Wiener Berufsrettung", "report", 0)
    rows = _rows({"crash": f"{CRASH} {HUBER}", "report": f"{CRASH} {OWN}"}, [huber, own])
    assert rows[1][_PERSON] == 1.0 and not violates(rows[1])
    assert 0.0 < rows[0][_PERSON] < 1.0 and rows[0][_OTHER] == -1.0


def test_the_speaker_must_be_named_with_the_body_asked_about_not_only_with_its_office() -> None:
    assert names_asked(["berufsrettung"], f"Andreas Huber {HUBER}")
    griss = "Das gab die ehemalige Präsidentin des Obersten Gerichtshofs am Donnerstag bekannt."
    assert not names_asked(["universitätenkonferenz|uniko"], griss)
    assert names_asked(["universitätenkonferenz|uniko"], "Die neue Uniko-Präsidentin sagte das.")
