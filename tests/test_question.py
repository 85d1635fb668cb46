"""Tests for retrieval.question: language, kind, quote, speaker and focus of user questions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retrieval.question import find_quotes, parse_question


@pytest.mark.parametrize(
    ("text", "kind", "language"),
    [
        ("How many soldiers has North Korea sent to Russia?", "figure", "en"),
        ("How much money did the ministry spend on the programme?", "figure", "en"),
        ("What share of voters backs the coalition, according to which poll?", "figure", "en"),
        ("What percentage of households have no internet access?", "figure", "en"),
        ("Wie viele Menschen demonstrierten am Samstag in Berlin?", "figure", "de"),
        ("Von wie vielen Toten spricht die Polizei?", "figure", "de"),
        ("Wie viel Geld hat die Stadt ausgegeben?", "figure", "de"),
        ("Wie hoch ist der Schaden nach dem Unwetter?", "figure", "de"),
        ("Welcher Anteil der Jugendlichen raucht täglich?", "figure", "de"),
        ("Wie groß ist die betroffene Fläche?", "figure", "de"),
        ("Mit welchen Kosten rechnet das Finanzministerium?", "figure", "de"),
        ("Did Scholz say 'Wir lassen niemanden allein'?", "quote_check", "en"),
        ('Did the chancellor really call the plan a "Zeitenwende"?', "quote_check", "en"),
        ("Hat Merkel gesagt: „Wir schaffen das“?", "quote_check", "de"),
        ("Stimmt es, dass der Minister „das war ein Fehler“ sagte?", "quote_check", "de"),
        ("Is it true that the mayor said 'the budget is safe'?", "quote_check", "en"),
        ("„Die Lage ist ernst, aber beherrschbar.“", "quote_check", "de"),
        ("Hat der Gewerkschaftschef gesagt: Wir werden das nicht hinnehmen?", "quote_check", "de"),
        ("Who warned of an escalation in the region?", "who_said", "en"),
        ("Which organisation criticised the new emissions rules?", "who_said", "en"),
        ("Which survey found that most people shop online?", "who_said", "en"),
        ("Wer forderte den sofortigen Abzug der Truppen?", "who_said", "de"),
        ("Welche Partei warnte vor höheren Steuern?", "who_said", "de"),
        ("Wer meinte, die Zusammenarbeit sei unproblematisch?", "who_said", "de"),
        ("What is the capital of Austria?", "general", "en"),
        ("Was ist in Wien passiert?", "general", "de"),
    ],
)
def test_kind_and_language(text: str, kind: str, language: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.language) == (kind, language)
    assert q.text == text


def test_figure_question_asking_for_a_survey_is_a_figure() -> None:
    q = parse_question("What share of people want to sell unwanted gifts online, according to which survey?")
    assert q.kind == "figure"


@pytest.mark.parametrize(
    ("text", "person", "quote"),
    [
        (
            "Did Pistorius really call it a 'neue Qualität und eine Art Eskalation'?",
            "Pistorius",
            "neue Qualität und eine Art Eskalation",
        ),
        (
            "Did Lloyd Austin say that North Korea had 'eine rote Linie überschritten'?",
            "Lloyd Austin",
            "eine rote Linie überschritten",
        ),
        (
            "Did the German Foreign Office say troop support would be 'gravierend'?",
            "the German Foreign Office",
            "gravierend",
        ),
        (
            'Hat Rutte geschrieben: "Das wäre eine erhebliche Eskalation"?',
            "Rutte",
            "Das wäre eine erhebliche Eskalation",
        ),
        (
            "Hat Bsirske gesagt: Wir werden diesen Angriff nicht hinnehmen?",
            "Bsirske",
            "Wir werden diesen Angriff nicht hinnehmen",
        ),
        (
            "Stimmt es, dass Pistorius „das ist eine neue Qualität“ sagte?",
            "Pistorius",
            "das ist eine neue Qualität",
        ),
        ("Is it true that Rutte said 'we don't accept this'?", "Rutte", "we don't accept this"),
        ("Did Macron say »Europe must wake up«?", "Macron", "Europe must wake up"),
        ("Hat Kogler gesagt, es sei ‚alternativlos‘?", "Kogler", "alternativlos"),
    ],
)
def test_person_and_claimed_quote(text: str, person: str, quote: str) -> None:
    q = parse_question(text)
    assert q.kind == "quote_check"
    assert q.person == person
    assert q.claimed_quote == quote


def test_quoted_german_inside_english_question_stays_english() -> None:
    q = parse_question("Did Pistorius call it a 'neue Qualität der Eskalation und eine Bedrohung für uns'?")
    assert q.language == "en"


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("Don't the workers' unions say it's fine?") == []
    assert parse_question("Don't the workers' unions say it's fine?").claimed_quote is None


@pytest.mark.parametrize(
    ("text", "head", "also"),
    [
        (
            "How many North Korean soldiers is Pyongyang sending to Russia?",
            "soldiers",
            ["North", "Korean", "Pyongyang", "Russia"],
        ),
        (
            "Wie viele Flüchtlinge sind im September durch Österreich gereist?",
            "Flüchtlinge",
            ["September", "Österreich"],
        ),
        (
            "Von wie vielen nordkoreanischen Soldaten spricht die Regierung?",
            "Soldaten",
            ["nordkoreanischen", "Regierung"],
        ),
        ("How many asylum applications per day does the ministry register?", "asylum", ["applications"]),
        ("What share of people want to resell presents online?", "people", ["share", "resell"]),
        ("Wie viel Falschgeld haben die Ermittler sichergestellt?", "Falschgeld", ["Ermittler"]),
    ],
)
def test_focus_starts_with_counted_noun(text: str, head: str, also: list[str]) -> None:
    focus = parse_question(text).focus
    assert focus[0] == head
    assert all(word in focus for word in also)


def test_focus_drops_stop_and_question_words() -> None:
    focus = parse_question("How many people died in the attack, and according to whom?").focus
    lowered = {w.lower() for w in focus}
    assert lowered.isdisjoint({"how", "many", "the", "and", "according", "whom", "in"})
    assert focus[0] == "people"


def test_short_text_uses_default_language() -> None:
    assert parse_question("ok", default_language="de").language == "de"
    assert parse_question("ok", default_language="en").language == "en"
    assert parse_question("", default_language="de").language == "de"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "?",
        "''",
        "„",
        "\u202e\u05e9\u05dc\u05d5\u05dd",
        "😀" * 50,
        "\x00\x01\x1b[31m",
        "a" * 100_000,
        "'" * 5000,
        "„" * 3000 + "“" * 3000,
        "Did X say '" + "x " * 20_000,
    ],
)
def test_odd_inputs_do_not_raise(text: str) -> None:
    q = parse_question(text)
    assert q.language in ("de", "en")
    assert q.kind in ("figure", "who_said", "quote_check", "general")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), default=st.sampled_from(["de", "en", "fr", ""]))
def test_property_never_raises(text: str, default: str) -> None:
    q = parse_question(text, default_language=default)
    assert q.text == text
    assert q.language in ("de", "en")
