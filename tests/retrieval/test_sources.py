"""Sources a reader can use: which report or interview turn a sentence no one is named for takes its source from."""

from __future__ import annotations

import re

import pytest

from retrieval import segment
from retrieval.attribution import attribute
from retrieval.models import Article, SentenceInfo
from retrieval.sources import interview_turn, reported_after

_FACT = "Bei den Demonstrationen kamen rund 600 Personen zusammen."


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Wie die Polizei mitteilte, zogen 300 weiter.", "die Polizei"),  # "Wie X mitteilte": the report after
        ("300 zogen laut Polizei weiter.", "Polizei"),
        ("Laut Polizei zogen 300 Demonstranten weiter.", None),  # opens on the source of its own figures
        ("Nach Angaben der Polizei zogen 300 Demonstranten weiter.", None),
    ],
)
def test_a_fact_takes_the_source_of_the_next_sentence_only_where_that_one_reports_it(
    report: str, expected: str | None
) -> None:
    text = f"{_FACT} {report}"
    (found,) = [a for a in attribute(text) if a.speaker]
    infos = {1: SentenceInfo(source=found.speaker, cue=found.cue, how=found.kind)}
    assert reported_after(0, infos, Article(id="d", title="Demo", text=text)) == expected


_INTERVIEW = (
    "STANDARD: Soll der Bund die Mindestsicherung übernehmen? Stöger: Ja. Das ist eine spannende Idee. "
    "Vor der Neiddebatte graust mir. STANDARD: Und die Kosten? Die sind doch hoch."
)


def _turns(text: str, outlet: str | None) -> tuple[Article, dict[int, SentenceInfo]]:
    sentences = segment.sentence_spans(text)
    infos = {
        i: SentenceInfo(source=m.group(1), how="headline", shown=m.group(1))
        for i, (a, b) in enumerate(sentences)
        if (m := re.match(r"(\w+): ", text[a:b]))
    }
    return Article(id="i", title="Interview", text=text, outlet=outlet), infos


def test_an_interviewees_answer_runs_on_after_their_name_until_the_interviewer_asks() -> None:
    article, infos = _turns(_INTERVIEW, "DER STANDARD")
    spans = segment.sentence_spans(_INTERVIEW)
    by_sentence = {_INTERVIEW[a:b]: interview_turn(i, infos, article) for i, (a, b) in enumerate(spans)}
    assert by_sentence["Das ist eine spannende Idee."] == "Stöger"
    assert by_sentence["Vor der Neiddebatte graust mir."] == "Stöger"
    assert by_sentence["Die sind doch hoch."] is None  # the interviewer's turn


def test_colons_name_no_turns_outside_an_interview() -> None:
    article, infos = _turns(_INTERVIEW.replace("STANDARD", "Faymann"), "DER STANDARD")  # no interviewer turns
    assert all(interview_turn(i, infos, article) is None for i in range(8))
