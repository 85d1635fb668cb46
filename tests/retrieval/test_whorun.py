"""Who said it: words someone has another told ("…, ließ er den ÖVP-Chef wissen") are theirs."""

from __future__ import annotations

import pytest
from conftest import article

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.attribution import attribute


def _speaker_of(text: str, words: str) -> str | None:
    return next((a.speaker for a in attribute(text) if words in text[a.quote_start : a.quote_end]), None)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Wir sind Teil der Lösung, nicht Teil des Problems, ließ Kaske den ÖVP-Chef wissen.", "Teil der", "Kaske"),
        ("Das kommt nicht infrage, ließ die Ministerin über ihren Sprecher wissen.", "kommt nicht", "die Ministerin"),
        ("Der Trainer lässt wissen, dass er bleiben will.", "bleiben", "Der Trainer"),
    ],
)
def test_wissen_lassen_frames_words(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_wissen_lassen_after_pronoun_is_the_one_named_before() -> None:
    text = (
        "Verschnupft reagierte auch Arbeiterkammer-Präsident Rudolf Kaske. Wir sind Teil der Lösung, nicht Teil "
        "des Problems, ließ er den ÖVP-Chef wissen."
    )
    doc = article("d", text)
    units = segment.sentences(doc)
    info = analyse(doc, units).sentences.get(1)
    assert info is not None and info.shown is not None and "Kaske" in info.shown


@pytest.mark.parametrize(
    "text",
    ["Die Ministerin ließ den Bericht prüfen.", "Sie lassen die Kinder spielen."],
)
def test_lassen_alone_frames_nothing(text: str) -> None:
    assert not [a for a in attribute(text) if a.speaker]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a woman's office after "der" is her dative: the one who reproaches her speaks
        ("Der Unterrichtsministerin wirft Lugar ideologische Gründe für das Konzept vor.", "ideologische", "Lugar"),
        ("Der Präsidentin widersprach der Sprecher: Das stimme nicht.", "stimme nicht", "der Sprecher"),
        ("Der Minister wirft der Opposition Blockade vor.", "Blockade", "Der Minister"),
    ],
)
def test_speaker_is_no_dative_of_a_woman(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_pronoun_speaker_after_reproach_is_the_one_who_reproached() -> None:
    text = (
        "Vor allem die Pläne sind laut Klubchef Robert Lugar eine gefährliche Drohung. Der Unterrichtsministerin "
        "Gabriele Heinisch-Hosek (SPÖ) wirft Lugar ideologische Gründe für das verfehlte Bildungskonzept vor. Ich "
        "weiß, die Ministerin hat es nicht leicht, gestand er ihr aber auch zu."
    )
    doc = article("d", text)
    infos = analyse(doc, segment.sentences(doc)).sentences
    assert [infos[k].shown for k in (1, 2)] == ["Klubchef Robert Lugar", "Klubchef Robert Lugar"]
