"""A person quoted far down a report still speaks on what its headline and lead announce; words told in the
pluperfect, as the report's background, do not."""

from __future__ import annotations

from dataclasses import replace

from conftest import article, said, topic_terms

from retrieval.answer.evidence import Pool
from retrieval.answer.features import off_topic
from retrieval.question import parse_question

FILLER = " ".join(
    f"Im Bezirk {n} gibt es nun {n * 40} Stellplätze, die Zahl der Anrainerkarten stieg um {n * 3} Prozent."
    for n in range(1, 9)
)
LEAD = "Stadt verteuert das Abstellen von Autos. Graz – Der Gemeinderat hat am Montag höhere Parkgebühren beschlossen."
REACTION = "Das trifft vor allem Pendler, kritisierte Klubsprecherin Anna Berger."
BACKGROUND = "Im Vorjahr hatte Klubsprecherin Anna Berger die Pendlerpauschale als zu niedrig bezeichnet."


def _off(text: str, words: str) -> set[str]:
    q = parse_question("Was sagt Klubsprecherin Anna Berger zu den Parkgebühren?")
    c = replace(said(words, "Klubsprecherin Anna Berger"), doc_id="a", start=text.index(words), dense=0.8)
    c = replace(c, end=c.start + len(words))
    qt = topic_terms(["parkgebühren"], ["anna", "berger"], {"parkgebühren": 1.0})
    return off_topic(q, qt, Pool(q, [c], None, {"a": article("a", text, title="Stadt verteuert das Abstellen")}), [1.0])


def test_words_far_below_a_lead_that_names_the_topic_answer_it() -> None:
    text = f"{LEAD} {FILLER} {REACTION}"
    assert text.index(REACTION) - text.index("Parkgebühren") > 400  # nowhere near the one naming of the topic
    assert _off(text, REACTION) == set()


def test_the_same_words_with_the_topic_named_only_in_passing_elsewhere_are_off_it() -> None:
    opening = "Stadt verteuert das Abstellen von Autos. Graz – Der Gemeinderat hat am Montag getagt."
    text = f"{opening} {FILLER} Auch die Parkgebühren kamen zur Sprache. {FILLER} {REACTION}"
    assert _off(text, REACTION) == {"a"}


def test_words_told_in_the_pluperfect_are_background_not_a_reaction_to_the_lead() -> None:
    text = f"{LEAD} {FILLER} {BACKGROUND}"
    assert _off(text, BACKGROUND) == {"a"}
