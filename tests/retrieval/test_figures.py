"""Tests for retrieval.figures: numbers in German and English news text, with what they count."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.figures import extract_figures, lexicon, parse_number
from retrieval.models import Figure


def _find(text: str, needle: str) -> Figure:
    """The figure whose number expression contains ``needle``."""
    for fig in extract_figures(text):
        if needle in text[fig.number_start : fig.number_end] or needle in fig.text:
            return fig
    raise AssertionError(f"no figure with {needle!r} in {[f.text for f in extract_figures(text)]}")


@pytest.mark.parametrize(
    ("expr", "values"),
    [
        ("12.000", [12000.0]),
        ("1,7", [1.7]),
        ("1,7 bis 3,1 Milliarden", [1.7e9, 3.1e9]),
        ("sechs Millionen", [6e6]),
        ("Dutzende", [12.0]),
        ("eine halbe Million", [5e5]),
        ("125 Mio.", [125e6]),
        ("12\u00a0000", [12000.0]),
        ("12\u202f000", [12000.0]),
        ("1.500.000", [1.5e6]),
        ("zweihundertfünfzig", [250.0]),
        ("einundzwanzig", [21.0]),
        ("anderthalb Millionen", [1.5e6]),
        ("Tausende", [1000.0]),
        ("300 bis 450", [300.0, 450.0]),
        ("kein Wert", []),
        ("", []),
    ],
)
def test_parse_number(expr: str, values: list[float]) -> None:
    assert parse_number(expr) == pytest.approx(values)


def test_brigades_with_soldiers_gives_two_figures() -> None:
    text = "Pjöngjang wolle insgesamt vier Brigaden mit 12.000 Soldaten entsenden, berichtete Yonhap."
    brigades = _find(text, "vier")
    soldiers = _find(text, "12.000")
    assert (brigades.values, brigades.unit, brigades.unit_lemma) == ([4.0], "Brigaden", "Brigade")
    assert brigades.qualifier == "insgesamt"
    assert (soldiers.values, soldiers.unit, soldiers.unit_lemma, soldiers.kind) == (
        [12000.0],
        "Soldaten",
        "Soldat",
        "count",
    )


def test_adjective_between_number_and_noun() -> None:
    text = "Südkorea: 1500 nordkoreanische Soldaten in die Ukraine verlegt"
    fig = _find(text, "1500")
    assert fig.text == "1500 nordkoreanische Soldaten"
    assert fig.unit == "Soldaten" and fig.kind == "count"
    assert text[fig.number_start : fig.number_end] == "1500"


def test_partitive_pronoun_has_no_unit() -> None:
    fig = _find("3000 von ihnen sollen sich bereits im Land befinden.", "3000")
    assert fig.unit is None and fig.kind == "count" and fig.values == [3000.0]


def test_qualifier_sogar_and_dative_plural() -> None:
    text = "Die Veranstalter sprachen sogar von 45.000 Teilnehmern."
    fig = _find(text, "45.000")
    assert fig.qualifier == "sogar"
    assert fig.text == "sogar von 45.000 Teilnehmern"
    assert fig.unit_lemma == "Teilnehmer"


@pytest.mark.parametrize(
    ("text", "needle", "qualifier"),
    [
        ("Es kamen mehr als 300 Menschen.", "300", "mehr als"),
        ("Rund 20.000 Stahlarbeiter demonstrierten.", "20.000", "Rund"),
        ("Es waren etwa 50 Polizisten im Einsatz.", "50", "etwa"),
        ("Bis zu 3.000 Neuankünfte täglich wurden gezählt.", "3.000", "Bis zu"),
        ("Das Land nahm beinahe 90.000 Flüchtlinge auf.", "90.000", "beinahe"),
        ("Knapp 5.000 Beschäftigte streikten.", "5.000", "Knapp"),
        ("Über 70 Prozent sind dafür.", "70", "Über"),
        ("Fast 200 Häuser wurden zerstört.", "200", "Fast"),
        ("Mindestens 32 Menschen starben.", "32", "Mindestens"),
        ("Pjöngjang will insgesamt mehr als 12.000 Soldaten schicken.", "12.000", "insgesamt mehr als"),
        ("More than 1,000 people attended.", "1,000", "More than"),
        ("About 40 soldiers were wounded.", "40", "About"),
        ("Up to 300 refugees arrive every day.", "300", "Up to"),
        ("Nearly 2,000 workers went on strike.", "2,000", "Nearly"),
        ("At least 12 people died in the attack.", "12", "At least"),
    ],
)
def test_qualifiers(text: str, needle: str, qualifier: str) -> None:
    fig = _find(text, needle)
    assert fig.qualifier == qualifier
    assert fig.text.startswith(qualifier)


@pytest.mark.parametrize(
    ("text", "needle", "values", "unit_lemma"),
    [
        ("Der Schaden beträgt 125 Mio. Euro.", "125", [125e6], "Euro"),
        ("Die Ermittler stellten 300.000 Euro sicher.", "300.000", [3e5], "Euro"),
        ("Die Kosten liegen bei 1,7 Milliarden Euro.", "1,7", [1.7e9], "Euro"),
        ("Die Mehrkosten betragen zwischen 1,7 und 3,1 Milliarden Euro.", "1,7", [1.7e9, 3.1e9], "Euro"),
        ("The fund has $5 million left.", "5", [5e6], "Dollar"),
        ("Das kostet 20 €.", "20", [20.0], "Euro"),
        ("Sie erhielt eine halbe Million Euro.", "halbe", [5e5], "Euro"),
        ("Der Konzern investiert 2,5 Mrd. Dollar.", "2,5", [2.5e9], "Dollar"),
    ],
)
def test_money(text: str, needle: str, values: list[float], unit_lemma: str) -> None:
    fig = _find(text, needle)
    assert fig.kind == "money"
    assert fig.values == pytest.approx(values)
    assert fig.unit_lemma == unit_lemma


def test_money_number_span_includes_scale() -> None:
    text = "Der Schaden beträgt 125 Mio. Euro."
    fig = _find(text, "125")
    assert text[fig.number_start : fig.number_end] == "125 Mio."
    assert fig.text == "125 Mio. Euro"


@pytest.mark.parametrize(
    ("text", "needle", "values"),
    [
        ("25 Prozent der Befragten wollen Geschenke weiterverkaufen.", "25", [25.0]),
        ("Die Arbeitslosenquote stieg auf 9,7 %.", "9,7", [9.7]),
        ("Der Anteil lag bei 12 percent.", "12", [12.0]),
        ("Jeder Dritte will ungeliebte Geschenke online verkaufen.", "Dritte", [100 / 3]),
        ("Zwei Drittel der Befragten sind dagegen.", "Zwei", [200 / 3]),
        ("Die Zinsen steigen um 0,25 Prozentpunkte.", "0,25", [0.25]),
    ],
)
def test_percent(text: str, needle: str, values: list[float]) -> None:
    fig = _find(text, needle)
    assert fig.kind == "percent"
    assert fig.values == pytest.approx(values)


def test_percent_unit() -> None:
    fig = _find("25 Prozent der Befragten", "25")
    assert fig.unit == "Prozent" and fig.text == "25 Prozent"


@pytest.mark.parametrize(
    ("text", "needle", "kind"),
    [
        ("Die Wahl findet am 12. Oktober statt.", "12", "date"),
        ("Das Gesetz trat am 3. März 2015 in Kraft.", "3", "date"),
        ("Die Berichte stammen vom Oktober 2024.", "2024", "date"),
        ("Der Vertrag wurde am 29.4.2016 unterzeichnet.", "29", "date"),
        ("The talks began on October 12, 2024 in Vienna.", "12", "date"),
        ("Im Jahr 2013 war alles anders.", "2013", "year"),
        ("Seit 2015 steigt die Zahl.", "2015", "year"),
        ("2014 starben auf Österreichs Straßen 430 Menschen.", "2014", "year"),
        ("Von 1990 bis 1995 war er Präsident.", "1990", "year"),
        ("The law was passed in 2014.", "2014", "year"),
        ("Die Kundgebung begann um 15 Uhr.", "15", "time"),
        ("Der Zug fährt um 15.30 Uhr ab.", "15.30", "time"),
        ("The meeting starts at 3 p.m. sharp.", "3", "time"),
        ("Die Verhandlungen dauerten drei Tage.", "drei", "duration"),
        ("Er war zwei Wochen im Krankenhaus.", "zwei", "duration"),
        ("Sie lebt seit 20 Jahren in Wien.", "20", "duration"),
        ("Der 37-jährige Mann wurde festgenommen.", "37", "age"),
        ("Sie starb im Alter von 40 Jahren.", "40", "age"),
        ("Er ist 52 Jahre alt.", "52", "age"),
        ("A 37-year-old man was arrested.", "37", "age"),
        ("Musiker Heino (77) sagte der Zeitung ab.", "77", "age"),
        ("Der dritte Versuch scheiterte.", "dritte", "ordinal"),
        ("Im 12. Bezirk wurde gewählt.", "12", "ordinal"),
        ("Zum 3. Mal fand das Treffen statt.", "3", "ordinal"),
        ("It was the 21st meeting.", "21", "ordinal"),
        ("Die G20 tagen in Rom.", "20", "other"),
        ("Nach Artikel 5 des Nato-Vertrags ist das ein Bündnisfall.", "5", "other"),
        ("Rapid gewann 2:1 gegen Sturm.", "2:1", "other"),
        ("Aktuell läuft Android 6.0 erst auf 1,2 Prozent aller Android-Geräte.", "6.0", "other"),
        ("Für Ubuntu LTS-Versionen (12.04 und 14.04) gilt das.", "12.04", "other"),
        ("Bis 22.15, ZDF 20.15 DOKUMENTATION Die Welt", "20.15", "other"),
        ("Die Nutzung sank auf 4.9 Milliarden Minuten.", "4.9", "duration"),  # scaled: a comma typed as a dot
    ],
)
def test_kinds(text: str, needle: str, kind: str) -> None:
    assert _find(text, needle).kind == kind


def test_date_components_and_span() -> None:
    text = "Das Gesetz trat am 3. März 2015 in Kraft."
    fig = _find(text, "3")
    assert fig.text == "3. März 2015"
    assert fig.values == [3.0, 3.0, 2015.0]


def test_month_year_date_is_not_a_count() -> None:
    text = "Im Oktober 2024 meldete Südkorea 1500 Soldaten."
    kinds = {f.text: f.kind for f in extract_figures(text)}
    assert kinds["Oktober 2024"] == "date"
    assert kinds["1500 Soldaten"] == "count"


def test_year_sized_number_with_noun_is_a_count() -> None:
    fig = _find("Die Polizei zählte 1500 Demonstranten.", "1500")
    assert fig.kind == "count" and fig.unit == "Demonstranten"


@pytest.mark.parametrize(
    ("text", "needle", "kind"),
    [
        ("Der Polizei zufolge nahmen mehr als 2000 zumeist Vermummte teil.", "2000", "count"),
        ("Rund 1500 kamen zur Kundgebung.", "1500", "count"),
        ("Up to 2000 came to the rally.", "2000", "count"),
        ("Es gab 335 Anzeigen, weniger als 2014.", "2014", "year"),  # compared with a year
        ("Es gab weniger Anzeigen als 2014 und 2013.", "2014", "year"),
        ("Allein 2015 kamen 90.000 Menschen.", "2015", "year"),
    ],
)
def test_a_qualified_year_sized_number_is_an_amount(text: str, needle: str, kind: str) -> None:
    assert _find(text, needle).kind == kind


@pytest.mark.parametrize(
    ("text", "needle", "kind", "unit"),
    [
        ("Eine Steigerung um 60 beziehungsweise 46 Prozent.", "60", "percent", "Prozent"),
        ("Es kamen 20 und 30 Soldaten.", "20", "count", "Soldaten"),
        ("Es kosten 3 oder 4 Millionen Euro.", "3", "count", None),  # the scale is not shared
    ],
)
def test_a_bare_number_coordinated_with_a_figure_shares_its_unit(
    text: str, needle: str, kind: str, unit: str | None
) -> None:
    figure = _find(text, needle)
    assert (figure.kind, figure.unit, figure.text) == (kind, unit, needle)


def test_number_at_sentence_end_is_not_an_ordinal() -> None:
    text = "Verletzt wurden 12. Die Polizei ermittelt."
    fig = _find(text, "12")
    assert fig.kind == "count" and fig.text == "12"


@pytest.mark.parametrize(
    ("text", "needle", "values", "unit"),
    [
        ("Die Polizei zählte zwischen fünf und 20 Verletzte.", "fünf", [5.0, 20.0], "Verletzte"),
        ("Erwartet werden 300 bis 450 Teilnehmer.", "300", [300.0, 450.0], "Teilnehmer"),
        ("Es wurden 5.000 bis 8.000 Demonstranten erwartet.", "5.000", [5000.0, 8000.0], "Demonstranten"),
        ("Between 5 and 20 officers were injured.", "5", [5.0, 20.0], "officers"),
        ("Some 300 to 450 protesters gathered.", "300", [300.0, 450.0], "protesters"),
    ],
)
def test_ranges(text: str, needle: str, values: list[float], unit: str) -> None:
    fig = _find(text, needle)
    assert fig.values == pytest.approx(values)
    assert fig.unit == unit


@pytest.mark.parametrize(
    ("text", "needle", "values", "unit"),
    [
        ("Mehr als tausend Menschen protestierten.", "tausend", [1000.0], "Menschen"),
        ("Dutzende Häuser brannten.", "Dutzende", [12.0], "Häuser"),
        ("Hunderte Flüchtlinge warteten an der Grenze.", "Hunderte", [100.0], "Flüchtlinge"),
        ("Tausende von Menschen flohen.", "Tausende", [1000.0], "Menschen"),
        ("Zwölf Verletzte wurden ins Spital gebracht.", "Zwölf", [12.0], "Verletzte"),
        ("Es leben dort sechs Millionen Menschen.", "sechs", [6e6], "Menschen"),
        ("Dozens of people were arrested.", "Dozens", [12.0], "people"),
        ("Thousands of refugees crossed the border.", "Thousands", [1000.0], "refugees"),
        ("Tens of thousands of people marched.", "Tens", [10000.0], "people"),
        ("Twenty-five soldiers were killed.", "Twenty-five", [25.0], "soldiers"),
        ("Three journalists were detained.", "Three", [3.0], "journalists"),
    ],
)
def test_number_words(text: str, needle: str, values: list[float], unit: str) -> None:
    fig = _find(text, needle)
    assert fig.values == pytest.approx(values)
    assert fig.unit == unit


def test_capitalised_numeral_mid_sentence_is_not_a_number() -> None:
    assert extract_figures("Die deutsche Elf verlor, das ließ er außer Acht.") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Wien – Zwei Männer sind bei Arbeitsunfällen in Wien verletzt worden.", "Zwei Männer"),  # after the dateline
        (
            "Hausdurchsuchungen in Europa, in Nord- und Mittelamerika – Fünf Verdächtige festgenommen.",
            "Fünf Verdächtige",
        ),
    ],
)
def test_capitalised_numeral_after_a_spaced_dash_opens_a_clause(text: str, figure: str) -> None:
    assert [f.text for f in extract_figures(text)] == [figure]


def test_capitalised_numeral_after_a_glued_dash_is_not_a_number() -> None:
    assert extract_figures("Das Team –Elf Freunde– verlor.") == []


@pytest.mark.parametrize(
    ("text", "needle", "values"),
    [
        ("Es kamen 12 000 Menschen.", "12", [12000.0]),
        ("Es kamen 12\u00a0000 Menschen.", "12", [12000.0]),
        ("Es kamen 12\u202f000 Menschen.", "12", [12000.0]),
        ("Die Inflation lag bei 1,7 Prozent.", "1,7", [1.7]),
        ("More than 12,000 North Korean soldiers are in Russia, the ministry said.", "12,000", [12000.0]),
        ("Growth was 1.5 percent in the third quarter, the bank said.", "1.5", [1.5]),
        ("More than 1,000 people attended.", "1,000", [1000.0]),  # English without "the": langid, not cue words
        ("Sie zahlte 12.000,50 Euro.", "12.000,50", [12000.5]),
    ],
)
def test_separators(text: str, needle: str, values: list[float]) -> None:
    assert _find(text, needle).values == pytest.approx(values)


def test_english_unit_after_adjectives() -> None:
    text = "More than 12,000 North Korean soldiers are in Russia, the ministry said."
    fig = _find(text, "12,000")
    assert fig.unit == "soldiers" and fig.unit_lemma == "soldier"
    assert fig.text == "More than 12,000 North Korean soldiers"


def test_offsets_are_relative_to_full_text() -> None:
    text = "Vorspann ohne Zahl. Dann kamen 300 Menschen und 20 Polizisten."
    start = text.index("Dann")
    figs = extract_figures(text, start, text.index(" und"))
    assert [f.text for f in figs] == ["300 Menschen"]
    assert all(text[f.start : f.end] == f.text for f in figs)


def test_seed_sentence_with_no_break_spaces() -> None:
    text = "Der Geheimdienst geht davon aus, dass\u00a0Nordkorea\u00a0bis Dezember insgesamt 10.000 Soldaten."
    fig = _find(text, "10.000")
    assert (fig.values, fig.unit, fig.qualifier) == ([10000.0], "Soldaten", "insgesamt")


@pytest.mark.parametrize("bad", [("abc", -5, None), ("abc", 10, 2), ("12 Leute", 0, 999), ("", 0, None)])
def test_odd_bounds_do_not_raise(bad: tuple[str, int, int | None]) -> None:
    text, start, end = bad
    for fig in extract_figures(text, start, end):
        assert text[fig.start : fig.end] == fig.text


_NEWSY = st.text(
    alphabet=st.sampled_from(list("0123456789.,:-–/ \u00a0\u202f%€$abcdeMioMrdProzentUhrJahre„“'\n")),
    max_size=80,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    text=st.one_of(st.text(max_size=200), _NEWSY),
    start=st.integers(-5, 250),
    end=st.one_of(st.none(), st.integers(-5, 250)),
)
def test_property_never_raises_and_spans_are_consistent(text: str, start: int, end: int | None) -> None:
    figs = extract_figures(text, start, end)
    lo = max(0, min(start, len(text)))
    hi = len(text) if end is None else max(0, min(end, len(text)))
    for fig in figs:
        assert lo <= fig.start <= fig.number_start <= fig.number_end <= fig.end <= max(lo, hi)
        assert fig.text == text[fig.start : fig.end]


@settings(max_examples=100, deadline=None)
@given(expr=st.text(max_size=60))
def test_property_parse_number_never_raises(expr: str) -> None:
    assert isinstance(parse_number(expr), list)


def test_every_number_word_in_the_data_files_is_read() -> None:
    """A word added to data/number_words.tsv must get past the scanner's cheap suffix pre-filter."""
    words = {**lexicon.DE_UNITS, **lexicon.DE_TEENS, **lexicon.DE_TENS, **lexicon.DE_HALVES, **lexicon.EN_TENS}
    for word, value in words.items():
        if word == "ein":  # "ein" counts only before a scale ("eine Million")
            continue
        assert parse_number(f"Es waren {word} Leute.") == [value], word


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Die Stadt zählte rund 130.000 die Hauptstadt passierende Personen und 113.491 Nächtigungen.", "Personen"),
        ("Es gibt rund 500 in Wien lebende Flüchtlinge.", "Flüchtlinge"),
        ("Zwei vom Staat eingesetzte Verwalter übernahmen.", "Verwalter"),
        ("Rund 8.300 in der namensgebenden Stadtgemeinde.", None),  # "der …": the participle is not the number's
        ("Die Firma hat 2015 die Preise erhöhte Waren verkauft.", None),  # a year counts nothing
    ],
)
def test_a_number_counts_the_noun_past_an_extended_attribute(text: str, unit: str | None) -> None:
    assert extract_figures(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit", "lemma"),
    [
        (
            "Ausgefallen sind 3.000 Kurz- und Mittelstreckenflügen.",
            "Kurz- und Mittelstreckenflügen",
            "Mittelstreckenflug",
        ),
        ("Rund 500 Ein-, Zwei- und Mehrfamilienhäuser.", "Ein-, Zwei- und Mehrfamilienhäuser", "Mehrfamilienhaus"),
        ("Es kamen 300 Schülerinnen und Schüler.", "Schülerinnen", "Schülerin"),  # no truncated compound
        ("Es gab 20 Nord-Süd-Verbindungen.", "Nord-Süd-Verbindungen", "Nord-Süd-Verbindung"),
    ],
)
def test_a_truncated_compound_counts_the_noun_that_completes_it(text: str, unit: str, lemma: str) -> None:
    figure = extract_figures(text)[0]
    assert (figure.unit, figure.unit_lemma) == (unit, lemma)
