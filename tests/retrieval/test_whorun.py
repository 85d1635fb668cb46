"""Who said it: words someone has another told ("…, ließ er den ÖVP-Chef wissen") are theirs."""

from __future__ import annotations

import pytest
from conftest import article, sentence_spans

from retrieval import segment
from retrieval.analysis import analyse
from retrieval.answer.said import goes_on_speaking, run_on, same_statement
from retrieval.attribution import attribute
from retrieval.models import Article, SentenceInfo


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


def test_a_list_with_a_dative_is_no_subject() -> None:
    text = (
        "In den Anfragebeantwortungen zu Oberösterreich, Salzburg und dem Burgenland teilte das Innenministerium "
        "den Abgeordneten mit, dass die Beantwortung entfällt."
    )
    assert _speaker_of(text, "Beantwortung") == "das Innenministerium"


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Andererseits müsste auch die Frage des Datenschutzes ausführlich diskutiert werden.",
        "Das sich entwickelnde menschliche Hirn könnte diesen Prozess fortgesetzt haben.",
        "Das ist zehn Jahre nicht passiert.",
        "Das funktioniert im Prinzip so wie bei der Personenerkennung aus der Videoüberwachung.",
        "Das Team Stronach will gegen die Reform ankämpfen, denn: Das sind nordkoreanische Drohungen.",
    ],
)
def test_what_would_be_and_a_that_for_what_was_said_go_on_speaking(sentence: str) -> None:
    assert goes_on_speaking(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Das neue Gesetz tritt im Mai in Kraft.",
        "Das Team Stronach will nun mit allen Mitteln gegen die Reform ankämpfen.",
        "Die Leser zeigten sich entsetzt: Das Bild war auf Seite 3 zu sehen.",
        "Das war im Jahr 2010.",
        "Das kostete die Gemeinde drei Millionen Euro.",
        "Die Polizei sollte den Fall am Montag übernehmen.",
        "Der Erfolg der Maßnahmen dürfte vom sozialen Zusammenhalt abhängen.",
        "Im Ministerium wurde betont, dass ausreichend freie Kapazitäten vorhanden wären.",
    ],
)
def test_an_article_the_past_or_a_hedge_does_not_go_on_speaking(sentence: str) -> None:
    assert not goes_on_speaking(sentence)


SAID = SentenceInfo(source="Klubsprecher Blumenthal", speaker="Blumenthal", cue="sagt", how="indirect")


def _run_on(text: str) -> list[int]:
    spans = sentence_spans(text)
    doc = Article(id="d", title="T", text=text)
    return run_on(0, spans[0][1], "Klubsprecher Blumenthal", {0: SAID}, doc, {k: spans[k] for k in (1, 2, 3)})


def test_what_would_be_goes_on_right_after_the_speaker_only() -> None:
    # right after: his words go on
    assert _run_on(
        "Jetzt sind wir mitten in der Periode, sagt Blumenthal. Andererseits müsste die Frage diskutiert werden. "
        "Die SPÖ stimmte nicht mit. Der Landtag tagt am Montag."
    ) == [1]
    # after narration, a hedge does not make the narration his
    assert (
        _run_on(
            "Jetzt sind wir mitten in der Periode, sagt Blumenthal. Die SPÖ stimmte nicht mit. "
            "Heuer nun könnte Bewegung in die Sache kommen. Der Landtag tagt am Montag."
        )
        == []
    )


KASKE = (
    "Den Vorwurf der Klientelpolitik, wonach die Arbeitgeber immer nur ein Riesenpaket an Maßnahmen fordern würden, "
    "will Leitl so nicht stehen lassen: Wir schauen immer auf den Standort, nicht auf die Klientel. Und: Die "
    "Sozialpartnerschaft ist nicht perfekt, aber sie funktioniert. Verschnupft reagierte auch Arbeiterkammer-Präsident "
    "Rudolf Kaske. Wir sind Teil der Lösung, nicht Teil des Problems, ließ er den ÖVP-Chef wissen. Derartige "
    "untergriffige Argumentation schadet der Beziehung. Auch er betonte, die Sozialpartner hätten stets "
    "Lösungsvorschläge gemacht."
)


def test_a_fronted_object_before_wonach_is_no_source() -> None:
    assert _speaker_of(KASKE, "Riesenpaket") != "Den Vorwurf der Klientelpolitik"


def test_a_pronoun_speaker_stands_for_the_one_an_earlier_pronoun_stood_for() -> None:
    doc = article("d", KASKE)
    units = segment.sentences(doc)
    (k,) = [i for i, u in enumerate(units) if u.text.startswith("Auch er betonte")]
    assert (
        analyse(doc, units).sentences[k].shown == "Arbeiterkammer-Präsident Rudolf Kaske"
    )  # "Auch er betonte": Kaske, not Leitl


MEDWEDEW = (
    "Der russische Regierungschef Dmitri Medwedew bezeichnete die Flüchtlingspolitik der EU als kolossalen Fehler. "
    "Mir scheint, dass die Union zur Geisel ihrer Migrationspolitik geworden ist, sagte er dem Magazin Time. "
    "Der serbische Präsident Tomislav Nikolić äußerte sich am Montag anders."
)
MEDWEDEW_INFOS = {
    0: SentenceInfo(source="Der russische Regierungschef Dmitri Medwedew", shown="", how="reported"),
    1: SentenceInfo(source="Der russische Regierungschef Dmitri Medwedew", shown="", how="indirect"),
    2: SentenceInfo(source="Der serbische Präsident Tomislav Nikolić", shown="", how="reported"),
}


def _same_statement(index: int, infos: dict[int, SentenceInfo], source: str) -> list[int]:
    doc = Article(id="d", title="T", text=MEDWEDEW)
    shown = {i: info.model_copy(update={"shown": info.source}) for i, info in infos.items()}
    return same_statement(index, source, shown, doc)


def test_the_speakers_own_sentence_beside_is_the_same_statement() -> None:
    # the pronoun's sentence after (its source resolved to him) and, from it, his named sentence before
    assert _same_statement(0, MEDWEDEW_INFOS, "Der russische Regierungschef Dmitri Medwedew") == [1]
    assert _same_statement(1, MEDWEDEW_INFOS, "Dmitri Medwedew") == [0]


def test_another_speaker_or_an_unattributed_sentence_beside_is_not() -> None:
    assert _same_statement(2, MEDWEDEW_INFOS, "Der serbische Präsident Tomislav Nikolić") == []
    # words that only run on with no verb of their own are left to ``run_on``
    infos = {0: MEDWEDEW_INFOS[0], 1: SentenceInfo(source="Dmitri Medwedew", shown="", how="carried_over")}
    assert _same_statement(0, infos, "Dmitri Medwedew") == []
    # a shared country is no shared speaker
    infos = {
        0: MEDWEDEW_INFOS[0],
        1: SentenceInfo(source="Der russische Außenminister Lawrow", shown="", how="indirect"),
    }
    assert _same_statement(0, infos, "Der russische Regierungschef Dmitri Medwedew") == []
