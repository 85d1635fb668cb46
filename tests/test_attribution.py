"""Tests for retrieval.attribution with the real SoMaJo and HanTa models (no mocks)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.attribution import attribute, resolve_speaker, speaker_for_span
from retrieval.models import Attribution


def _find(atts: list[Attribution], text: str, quote_part: str) -> Attribution:
    """The attribution whose quote contains ``quote_part``."""
    for a in atts:
        if quote_part in text[a.quote_start : a.quote_end]:
            return a
    raise AssertionError(f"no attribution covers {quote_part!r}: {atts}")


def _check_offsets(text: str, atts: list[Attribution]) -> None:
    n = len(text)
    for a in atts:
        assert 0 <= a.quote_start < a.quote_end <= n
        if a.speaker is not None:
            assert a.speaker_start is not None and a.speaker_end is not None
            assert 0 <= a.speaker_start < a.speaker_end <= n
            assert text[a.speaker_start : a.speaker_end] == a.speaker
        if a.cue_start is not None:
            assert a.cue_end is not None and 0 <= a.cue_start < a.cue_end <= n


@pytest.mark.parametrize(
    ("text", "quote_part", "speaker", "cue", "kind"),
    [
        ("Der Minister sagte: „Wir sind bereit.“", "Wir sind bereit", "Der Minister", "sagte", "direct"),
        (
            "„Wir sind bereit“, sagte der Minister am Montag.",
            "Wir sind bereit",
            "der Minister",
            "sagte",
            "direct",
        ),
        (
            "„Das ist ein großer Erfolg für uns alle“, so die Ministerin.",
            "großer Erfolg",
            "die Ministerin",
            "so",
            "direct",
        ),
        (
            "Der Sprecher sagte, dass die Lage ernst sei.",
            "die Lage ernst",
            "Der Sprecher",
            "sagte",
            "indirect",
        ),
        (
            "Kreml-Sprecher Dmitri Peskow erklärte, die Kooperation müsse fortgesetzt werden.",
            "Kooperation müsse",
            "Kreml-Sprecher Dmitri Peskow",
            "erklärte",
            "indirect",
        ),
        (
            "Wir sind zu allen gleich streng, so der Kommissionsvertreter.",
            "gleich streng",
            "der Kommissionsvertreter",
            "so",
            "indirect",
        ),
        (
            "Die Lage ist ernst, sagte der Bürgermeister.",
            "Lage ist ernst",
            "der Bürgermeister",
            "sagte",
            "indirect",
        ),
        ("Laut Polizei gab es drei Verletzte.", "drei Verletzte", "Polizei", "laut", "according_to"),
        (
            "Nach Angaben der Feuerwehr brannte das Haus vollständig ab.",
            "brannte das Haus",
            "Angaben der Feuerwehr",
            "Nach",
            "according_to",
        ),
        (
            "Unter den Passagieren befanden sich Berichten zufolge 75 Kinder.",
            "75 Kinder",
            "Berichten",
            "zufolge",
            "according_to",
        ),
        (
            "Wie die Polizei mitteilte, wurde der Täter gefasst.",
            "Täter gefasst",
            "die Polizei",
            "wie mitteilte",
            "according_to",
        ),
        (
            "Die Regierung in Kiew sprach sogar von 12.000 Soldaten.",
            "12.000 Soldaten",
            "Die Regierung in Kiew",
            "sprach von",
            "reported",
        ),
        (
            "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea Soldaten schicken wird.",
            "Nordkorea Soldaten",
            "Der südkoreanische Geheimdienst",
            "geht davon aus",
            "indirect",
        ),
        (
            "Sonia und Willy Bogner teilten daraufhin mit, dass sie trauern.",
            "sie trauern",
            "Sonia und Willy Bogner",
            "teilten mit",
            "indirect",
        ),
    ],
)
def test_constructions(text: str, quote_part: str, speaker: str, cue: str, kind: str) -> None:
    atts = attribute(text)
    _check_offsets(text, atts)
    a = _find(atts, text, quote_part)
    assert a.speaker == speaker
    assert a.cue is not None and a.cue.lower() == cue.lower()
    assert a.kind == kind


def test_berufung_chain_keeps_reporter_and_resolves_demonstrative() -> None:
    text = (
        "Die Berichte wurden von der südkoreanischen Nachrichtenagentur Yonhap bestätigt. "
        "Diese berichtete unter Berufung auf den Geheimdienst, dass Pjöngjang insgesamt vier Brigaden "
        "mit 12.000 Soldaten entsenden wolle."
    )
    atts = attribute(text)
    a = _find(atts, text, "vier Brigaden")
    assert a.speaker == "Diese"
    assert resolve_speaker(text, a, atts) == "der südkoreanischen Nachrichtenagentur Yonhap"


def test_unter_berufung_auf_without_speech_verb() -> None:
    text = "Unter Berufung auf Regierungskreise sollen 500 Soldaten verlegt werden."
    a = _find(attribute(text), text, "500 Soldaten")
    assert a.speaker == "Regierungskreise"
    assert a.cue == "Unter Berufung auf"
    assert a.kind == "according_to"


def test_carry_over_after_speech_verb() -> None:
    text = (
        "Der südkoreanische Geheimdienst geht davon aus, dass Nordkorea bis Dezember insgesamt 10.000 "
        "Soldaten nach Russland schicken wird. 3000 von ihnen sollen sich bereits im Land befinden. "
        "Die Lage sei ernst."
    )
    atts = attribute(text)
    for part in ("3000 von ihnen", "Die Lage sei ernst"):
        a = _find(atts, text, part)
        assert a.kind == "carried_over"
        assert a.speaker == "Der südkoreanische Geheimdienst"


def test_pronoun_speaker_kept_as_written() -> None:
    text = "Der Minister kam nach Berlin. Er sagte, die Verhandlungen seien gescheitert."
    atts = attribute(text)
    a = _find(atts, text, "Verhandlungen seien")
    assert a.speaker == "Er"
    assert resolve_speaker(text, a, atts) in ("Der Minister", "Minister")


def test_name_in_quotation_marks_is_not_a_quote() -> None:
    text = "Das Raumschiff „Shenzhou 6“ startete am Morgen."
    assert attribute(text) == []


def test_nbsp_offsets_are_exact() -> None:
    text = "Der\u00a0Sprecher sagte, dass\u00a0Nordkorea\u00a0Soldaten schicken werde."
    atts = attribute(text)
    _check_offsets(text, atts)
    assert _find(atts, text, "Nordkorea").speaker == "Der\u00a0Sprecher"


def test_english_constructions() -> None:
    text = (
        "The minister said the talks had failed. According to the police, three people were injured. "
        '"We will not give up," the mayor said.'
    )
    atts = attribute(text)
    _check_offsets(text, atts)
    assert _find(atts, text, "talks had failed").speaker == "The minister"
    assert _find(atts, text, "three people").speaker == "the police"
    assert _find(atts, text, "We will not give up").speaker == "the mayor"


def test_sorted_and_deterministic() -> None:
    text = "Laut Polizei gab es Tote. Der Sprecher sagte, die Lage sei ernst. Sie werde sich bessern."
    first = attribute(text)
    assert first == attribute(text)
    assert [a.quote_start for a in first] == sorted(a.quote_start for a in first)


def test_speaker_for_span() -> None:
    text = "Der Sprecher sagte, die Lage sei ernst. Es regnete."
    atts = attribute(text)
    start = text.index("die Lage")
    hit = speaker_for_span(atts, 0, text.index(".") + 1)
    assert hit is not None and hit.speaker == "Der Sprecher"
    assert speaker_for_span(atts, start, start + 5) is hit
    assert speaker_for_span(atts, text.index("Es regnete"), len(text)) is None
    assert speaker_for_span([], 0, 10) is None


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", "\x00\x01\x02", "„", "„“", '"""', "»«" * 50, "a" * 100_000]
)
def test_odd_inputs(text: str) -> None:
    _check_offsets(text, attribute(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                [
                    "„",
                    "“",
                    '"',
                    "»",
                    "«",
                    ", sagte er.",
                    " laut Polizei ",
                    " zufolge ",
                    ", so der Sprecher.",
                    "Er sagte, ",
                    " sei ",
                    "\u00a0",
                    "\n",
                    ". ",
                    ": ",
                ]
            ),
        ),
        max_size=25,
    ).map("".join)
)
def test_never_raises_and_offsets_valid(text: str) -> None:
    _check_offsets(text, attribute(text))
