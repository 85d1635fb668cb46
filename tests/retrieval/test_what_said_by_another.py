"""What a person asked about by name said: an answer whose every claim gives another's words (the sentences name the
person, so search ranks them high) is no answer; a source that names the person, or the office asked about, is theirs,
and a person asked about by office or place alone is not checked."""

from __future__ import annotations

import pytest
from conftest import candidate_at, sentence_spans

from retrieval.answer.listing import Listed
from retrieval.answer.said import spoken_by_others
from retrieval.models import SentenceInfo

TEXT = (
    "Die Innenministerin hält daran fest, Eingriffe in Grundrechte durch den Rechtsschutzbeauftragten kontrollieren "
    "zu lassen. Die Politik schuldet der Rechtsprechung Respekt, mahnt Wolff."
)
WOLFF = "Rupert Wolff"


def _claims(*sources: str | None) -> list[Listed]:
    spans = sentence_spans(TEXT)
    infos = {i: SentenceInfo(source=s, how="indirect") for i, s in enumerate(sources)}
    return [Listed(candidate_at(TEXT, spans[i], i, infos), 0.9, [], s) for i, s in enumerate(sources)]


@pytest.mark.parametrize(
    ("person", "language", "sources"),
    [
        ("innenministerin mikl-leitner", "de", (WOLFF, WOLFF)),
        ("Johanna Mikl-Leitner", "de", ("Ein Sprecher von Erwin Pröll",)),
        ("rupert wolff's deputy mikl-leitner", "en", (None,)),
    ],
)
def test_another_speakers_words_do_not_answer_for_the_person_named(
    person: str, language: str, sources: tuple[str | None, ...]
) -> None:
    assert spoken_by_others(_claims(*sources), person, language)


@pytest.mark.parametrize(
    ("person", "language", "sources"),
    [
        ("innenministerin mikl-leitner", "de", (WOLFF, "Innenministerin Johanna Mikl-Leitner (ÖVP)")),
        ("kaske", "de", ("Arbeiterkammer-Präsident Rudolf Kaske",)),
        ("der OECD-Generalsekretär Panama", "de", ("OECD-Generalsekretär Ángel Gurría",)),  # the office: his words
        ("der ikg-präsident", "de", ("Oskar Deutsch",)),  # asked by office: not checked
        ("Britain's ambassador", "en", ("Susan le Jeune d'Allegeershecque",)),
        ("china", "de", ("Außenamtssprecherin Mao Ning",)),  # a place speaks through its officials
        ("die norwegische Regierung", "de", ("die norwegische Fischereiministerin Kari Lund",)),  # so does a body
    ],
)
def test_the_persons_own_words_or_an_office_asked_about_are_not_checked_away(
    person: str, language: str, sources: tuple[str | None, ...]
) -> None:
    assert not spoken_by_others(_claims(*sources), person, language)


def test_no_claims_is_nothing_to_rule_out() -> None:
    assert not spoken_by_others([], "Johanna Mikl-Leitner", "de")
