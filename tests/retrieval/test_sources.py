"""Sources a reader can use: which report a sentence no one is named for takes its source from."""

from __future__ import annotations

import pytest

from retrieval.attribution import attribute
from retrieval.models import Article, SentenceInfo
from retrieval.sources import reported_after

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
