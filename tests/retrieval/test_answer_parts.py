"""The answer stage's pure parts: word matching, readable sources, quote folding and differences."""

from __future__ import annotations

import pytest
from conftest import sentence_candidate

from retrieval.answer.actors import named_in
from retrieval.answer.counted import agrees, concept
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import (
    NAMES,
    countable,
    counted_by,
    counted_match,
    english_time_words,
    event_match,
    of_measure,
    origin_match,
    place_match,
    refers_back,
    share_of_counted,
    source_match,
    terms,
    time_words,
    unnamed_articles,
    violates,
    year_match,
)
from retrieval.answer.figure_evidence import shown, unknown_amount
from retrieval.answer.occasion import says_when
from retrieval.answer.persons import identifying_words, person_match
from retrieval.answer.quotecheck import differences, fold, reported_statement
from retrieval.answer.reporting import carries_on, describes, pointed_source, scores
from retrieval.answer.scorer import default_scorer
from retrieval.answer.words import Matcher, _lines_of, share, words
from retrieval.constraints import checkable_source, mentions, other_place, predicates, same_source
from retrieval.figures import extract_figures
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question
from retrieval.sources import readable, reported_after


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nordkorea schickt 1500 Soldaten.", "soldiers"),  # cognate, inflected
        ("Nordkorea schickt 1500 Soldaten.", "korea"),  # inside a compound
        ("Eine erhebliche Eskalation", "escalation"),  # c/k, different ending
        ("Antisemitische Vorfälle nahmen zu", "antisemtische"),  # a typo
        ("Die Zahl der Flüchtlinge", "flüchtling"),
    ],
)
def test_matcher_finds_inflections_compounds_typos_and_cognates(text: str, word: str) -> None:
    assert word in Matcher([word]).found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Podemos gewann 69 Sitze.", "ciudadanos"),
        ("In Pakistan gab es 54 neue Fälle.", "nigeria"),
        ("Die Zahl stieg 2015.", "2016"),
    ],
)
def test_matcher_tells_other_names_apart(text: str, word: str) -> None:
    assert word not in Matcher([word]).found(text)


_TEXTS = [
    "Nordkorea schickt 1500 Soldaten an die Grenze.",
    "Die Soldaten der Nordkoreaner, sagte der Sprecher.",
    "Nordkorea schickt 1500 Soldaten an die Grenze.",  # a title or a "before" that many candidates share
    "Antisemitische Vorfälle nahmen zu, die Eskalation auch.",
    "Ein Sold, ein Soldat, die Soldateska und der Kriegssoldat.",
]


def test_matcher_learns_each_text_once_and_finds_the_same_words_however_it_learns_them() -> None:
    """Stop 54: ``learn`` reads a repeated text once, keeps the first texts' words as its known set and places the
    screens' hits by counting line breaks; what it finds is what a matcher that learns text by text finds."""
    wanted = ["soldiers", "korea", "escalation", "antisemtische", "sold"]
    bulk, one_by_one, unlearned = Matcher(wanted), Matcher(wanted), Matcher(wanted)
    bulk.learn(iter(_TEXTS))
    for text in _TEXTS:
        one_by_one.learn([text])
    assert bulk._known == one_by_one._known
    assert bulk._near == one_by_one._near
    for text in _TEXTS:
        assert bulk.found(text) == one_by_one.found(text) == unlearned.found(text)
    assert bulk.found(_TEXTS[0]) == {"soldiers", "korea"}  # "sold" is too short to be more than itself
    assert bulk.found(_TEXTS[4]) == {"soldiers", "sold"}
    assert bulk.found(_TEXTS[3]) == {"escalation", "antisemtische"}


def test_each_position_is_placed_on_its_line() -> None:
    lines = "\nnordkorea\nsoldaten\nein\nsoldateska\n"
    at = [lines.index(w) for w in ("soldateska", "korea", "daten", "ein\n")]
    assert sorted(_lines_of(lines, at)) == [0, 1, 2, 3]
    assert list(_lines_of(lines, [])) == []


def test_a_learned_text_is_not_read_for_new_words_again() -> None:
    """``found`` of a text ``learn`` read skips the check of its words against the known ones (an article of
    several hundred words, asked of by each rare word's test)."""

    class Known(set[str]):
        asked = 0

        def __contains__(self, word: object) -> bool:
            Known.asked += 1
            return super().__contains__(word)

    matcher = Matcher(["soldiers"])
    matcher.learn(_TEXTS[:2])
    matcher._known = Known(matcher._known)
    assert matcher.found(_TEXTS[1]) == {"soldiers"}
    assert Known.asked == 0
    assert matcher.found("Die Soldaten kamen.") == {"soldiers"}  # a text not learned: its words are checked
    assert Known.asked > 0


def test_share_is_weighted_and_one_when_nothing_is_asked() -> None:
    found = Matcher(["podemos", "ciudadanos"]).found("Podemos gewann 69 Sitze im Parlament.")
    assert found == {"podemos"}
    assert share(found, [], {}) == 1.0
    assert share(found, ["podemos", "ciudadanos"], {"podemos": 1.0, "ciudadanos": 3.0}) == pytest.approx(0.25)


def test_question_words_drop_stop_words_of_both_languages() -> None:
    assert words("How many soldiers did North Korea send, according to whom?") == ["soldiers", "north", "korea", "send"]
    assert words("wie viele verletzte gabs bei dem brand in bad-ischl") == ["verletzte", "brand", "bad-ischl"]
    # English contractions of question and function words, as typed with or without the apostrophe
    assert words("whats the price of that folding bike") == ["price", "folding", "bike"]
    assert words("what’s the price, and why doesn't the shop say") == ["price", "shop"]


ARTICLE = Article(
    id="a",
    title="Sozialminister Alois Stöger im Interview",
    outlet="DER STANDARD",
    text="Sozialminister Alois Stöger sprach mit dem STANDARD. Er sagte, die Jobs fehlen. Stöger will mehr tun.",
)
INFOS = {0: SentenceInfo(source="Sozialminister Alois Stöger"), 1: SentenceInfo(source="Er")}


@pytest.mark.parametrize(
    ("source", "index", "expected"),
    [
        ("Er", 1, "Sozialminister Alois Stöger"),  # a pronoun points back
        ("Stöger", 2, "Sozialminister Alois Stöger"),  # a surname gets its fullest form
        ("STANDARD", 2, None),  # the outlet's own reporting names no source
        ("eigenen Angaben", 2, None),  # a filler names nobody
        ("den Angaben", 2, None),  # ... with an article too
        ("dem Vernehmen", 2, None),  # "dem Vernehmen nach": reportedly
        ("die", 1, "Sozialminister Alois Stöger"),  # an article alone is a pointer, not a filler
        ("Stöger im STANDARD-Interview", 2, "Sozialminister Alois Stöger"),  # where he spoke is not who
        ("Stöger in einer Aussendung", 2, "Sozialminister Alois Stöger"),  # nor how
        ("Stöger in Anspielung auf die ÖVP", 2, "Sozialminister Alois Stöger"),
        ("Stöger zur APA", 2, "Sozialminister Alois Stöger"),  # the tail is trimmed before the surname is looked up
        ("den Angaben vom Freitag", 2, None),  # ... and before a filler is told
        ("der Sozialminister", 2, "Sozialminister Alois Stöger"),  # a role with a definite article points back
        ("eine Sprecherin", 2, "eine Sprecherin"),  # an indefinite one brings in someone new (stop 53)
        ("einer Umfrage", 2, "einer Umfrage"),
        ("Die Vorsitzende im Hauptverband", 2, "Die Vorsitzende im Hauptverband"),  # after a role: the office
        (
            "Der Vertreter der EU im Rat, der Diplomat Peter Sörensen",
            2,
            "Der Vertreter der EU im Rat, der Diplomat Peter Sörensen",
        ),
        ("die Polizei", 2, "die Polizei"),  # a body stays as written
        (None, 2, None),
    ],
)
def test_readable_sources(source: str | None, index: int, expected: str | None) -> None:
    assert readable(source, index, INFOS, ARTICLE) == expected


def test_fold_ignores_case_quotation_marks_and_punctuation() -> None:
    assert fold("„Ohne Scheitern kein Lernen.“") == fold("ohne scheitern kein lernen")


def test_differences_skip_case_and_punctuation_and_name_changed_words() -> None:
    claimed = "das lassen wir uns von der geschäftsführung nicht bieten"
    printed = "„Das lassen wir uns von der Konzernleitung nicht bieten!“, betonte sie."
    assert differences(claimed, printed) == ["geschäftsführung → Konzernleitung"]


def test_differences_of_a_short_claim_are_read_where_the_sentence_prints_it() -> None:
    printed = 'Vize-Außenminister Kim Hong Kyun äußerte "ernste Besorgnis" und forderte den "sofortigen Abzug".'
    assert differences("tiefe Besorgnis", printed) == ["tiefe → ernste"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Derzeit registriert das Sozialministerium rund 2.000 Anträge pro Woche.", "Sozialministerium"),
        ("Im Vorjahr waren den Behörden 80 Fälle bekannt.", "Behörden"),
        ("Schätzungen nach kostet der Bau 40 Millionen Euro.", "Schätzungen"),
        ("2014 wurden 120 Meldungen an die Stelle gegen Rassismus übermittelt.", None),
        ("Insgesamt gingen 310 Beschwerden beim Forum gegen Lärm ein.", "Forum gegen Lärm"),
        ("Graz – Die Polizei zählte am Samstag 3.000 Teilnehmer.", "Polizei"),
        ("Rund 500 Menschen kamen am Montag zur Kundgebung.", None),  # no body, a weekday is no source
        ("Von 340.000 Beschäftigten des Konzerns sind 145.000 Aktionäre.", None),  # whose staff, not who counts
        ("Judith Weissenböck, Chefin vom Dienst, bekam 16 Stimmen.", None),
        ("Nach Angaben des Innenministeriums kamen 300 Menschen.", "Innenministeriums"),  # information: the source
        ("Insgesamt wurden 465 Fälle dem Forum gegen Lärm gemeldet.", "Forum gegen Lärm"),  # a dative: told to it
    ],
)
def test_named_in_finds_the_body_that_gives_a_figure(sentence: str, expected: str | None) -> None:
    assert named_in(sentence, 0, []) == expected


def test_named_in_skips_the_counted_words_and_the_outlet() -> None:
    sentence = "Tausende Experten kamen laut STANDARD-Bericht nach Wien."
    assert named_in(sentence, 100, [(100, 116)], outlet="DER STANDARD") is None


def test_the_found_bar_is_per_kind_of_question() -> None:
    shipped = default_scorer()
    for kind in ("figure", "who_said"):
        bar = shipped.found["figure" if kind == "figure" else "other"]
        assert shipped.answers(kind, bar) and not shipped.answers(kind, bar - 0.01)


def test_a_compound_question_weighs_source_measure_and_place_but_rules_out_only_by_year_and_event() -> None:
    other_source = [0.0] * len(NAMES)
    other_source[NAMES.index("source_condition")] = -1.0
    other_place = [0.0] * len(NAMES)
    other_place[NAMES.index("place")] = -1.0
    other_year = [0.0] * len(NAMES)
    other_year[NAMES.index("year")] = -1.0
    assert violates(other_source) and not violates(other_source, compound=True)
    assert violates(other_place) and not violates(other_place, compound=True)
    assert violates(other_year) and violates(other_year, compound=True)


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        ("Wie viele Beschwerden gab es gegen das Foto der toten Flüchtlinge?", "Beschwerden", set()),
        ("Wie viele tote Zivilisten gab es?", "Zivilisten", {"dead"}),
        ("How many injured police officers were there?", None, {"injured"}),
        ("How many people died in the fire?", "people", {"dead"}),
        ("Es gab 20 Tote und 30 Verletzte.", None, {"dead", "injured"}),
        ("Er trägt die Verantwortung für den Tod der 32 Menschen.", None, {"dead"}),  # the noun of the event
        ("Ihm droht die Todesstrafe.", None, set()),
        ("Eine Tollwutepidemie, der 48.000 Menschen zum Opfer fielen.", None, {"dead"}),  # deaths without "sterben"
        ("Im Mittelmeer sind 300 Flüchtlinge ertrunken.", None, {"dead"}),
        ("Opferzahl nach jüngsten libyschen Angaben auf 49 gestiegen.", None, {"dead"}),  # the death toll
        ("What balance sheet total will the company have?", "total", set()),  # "tot" and "dead" are whole words
        ("Wie hoch war der Totalschaden?", None, set()),
        ("When is the deadline?", None, set()),
        ("Der Mann war sofort tot.", None, {"dead"}),
        ("How many dead were there?", None, {"dead"}),
    ],
)
def test_predicates_skip_adjectives_that_describe_another_noun(
    text: str, counted: str | None, expected: set[str]
) -> None:
    assert predicates(text, counted) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a count of years asks a duration: the sentence's duration answers, its sum of money does not
        (
            "Wie viele Jahre Haft hat der Staatsanwalt gefordert?",
            "Er forderte drei Jahre Haft und 556.000 Euro.",
            ["drei Jahre"],
        ),
        ("how many yrs did he get", "Das Gericht verhängte fünf Jahre Haft.", ["fünf Jahre"]),
        ("Wie viele Besucher kamen?", "Es kamen 3000 Besucher in drei Tagen.", ["3000 Besucher"]),
    ],
)
def test_a_count_of_time_units_is_measured_as_a_duration(question: str, sentence: str, expected: list[str]) -> None:
    figures = extract_figures(sentence)
    assert [f.text for f in of_measure(parse_question(question), figures)] == expected


@pytest.mark.parametrize(
    ("asked", "counted", "expected"),
    [
        ("tanks", "Soldat", -1.0),  # a thing is not a person
        ("votes", "Sitz", -1.0),
        ("votes", "Wahlgang", -1.0),  # rounds of voting are not the votes cast in them
        ("Gesetze", "Sitzung", -1.0),
        ("Kampfpanzer", "Panzer", 1.0),  # compounds count by their head
        ("asylum applications", "Asylantrag", 1.0),
        ("steelworkers", "Teilnehmer", 0.0),  # people are many things at once
        ("soldiers", "Tote", 0.0),
        ("verletzte", "Tote", -1.0),  # two states exclude each other; a noun typed in lower case is a noun
        ("vorfälle", "Vorfall", 1.0),
        ("Todesopfer", "Getötete", 1.0),
        ("Tiger", "Tier", 0.0),  # a generic concept may be any of its kind
        ("Beispiele", "Spiel", 0.0),  # a short head matches a whole word only
        ("Marshmallows", "Soldat", 0.0),  # what the table does not know decides nothing
        ("tigers", "Tigerstaat", -1.0),  # a marked short head ends compounds: the 13 tiger states are countries
        ("US-Bürger", "Bundesstaat", -1.0),
        ("countries", "EU-Staaten", 1.0),
        ("Landwirte", "Land", 0.0),  # an unmarked short head does not
        ("Angriffe", "Vorfall", 0.0),  # an incident may be any event ("Sachsen ist auch hier mit 126 Vorfällen …")
        ("Angriffe", "Sitzung", -1.0),  # but a session is not an attack
        ("passengers", "Mittelstreckenflug", -1.0),  # flights are not passengers
        ("missiles", "Brigade", -1.0),  # a brigade is a unit of soldiers, not weapons
        ("Angriffe", "Straftaten", 0.0),  # crimes may be the attacks asked about
        ("aces", "Zuschauer", -1.0),  # a match's figures: aces, goals, double faults are not its spectators
        ("goals", "Treffer", 1.0),
        ("double faults", "Ass", -1.0),
        ("Tore", "Torhüter", 0.0),  # a short head matches a whole word only
        ("Mörsergranaten", "Soldaten", -1.0),  # shells are not the troops that fire them
        ("shells", "Granaten", 1.0),
        ("Marinestützpunkte", "Kasernen", 1.0),  # bases and barracks are facilities, not the troops they house
        ("bases", "Truppen", -1.0),
    ],
)
def test_counted_concepts(asked: str, counted: str, expected: float) -> None:
    assert agrees(concept(asked), concept(counted)) == expected


@pytest.mark.parametrize(
    ("counted", "sentence", "expected"),
    [
        ("Flüchtlinge", "Laut OeNB sind 90 Prozent der anerkannten Flüchtlinge arbeitslos.", True),
        ("refugees", "Laut OeNB sind 90 Prozent der anerkannten Flüchtlinge arbeitslos.", True),
        ("Autos", "Nissan beschäftigt 24 Prozent der Mitarbeiter.", False),  # a share of something else
        ("Flüchtlinge", "Die Arbeitslosigkeit stieg um 9 Prozent.", False),
    ],
)
def test_a_share_of_the_counted_thing(counted: str, sentence: str, expected: bool) -> None:
    info = SentenceInfo(figures=tuple(extract_figures(sentence)))
    candidate = sentence_candidate(sentence, info=info)
    assert any(share_of_counted(counted, f, candidate) for f in info.figures) == expected


def test_a_bare_year_is_no_count() -> None:
    text = "Dieses Ziel wurde 2010 von den 13 Tigerstaaten beschlossen."
    info = SentenceInfo(figures=tuple(extract_figures(text)))
    candidate = sentence_candidate(text, info=info)
    assert [f.text for f in info.figures] == ["2010", "13 Tigerstaaten"]  # extraction takes the year for a count
    assert [f.text for f in countable(candidate)] == ["13 Tigerstaaten"]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Die Regierung in Kiew sprach sogar von 12.000 Soldaten.", "sogar 12.000 Soldaten"),
        ("Rund 4000 Postler zogen vor den Post-Tower.", "Rund 4000 Postler"),
        ("Insgesamt mehr als 10.000 Soldaten sollen es sein.", "Insgesamt mehr als 10.000 Soldaten"),
    ],
)
def test_a_figure_is_named_without_the_link_between_qualifier_and_number(sentence: str, named: str) -> None:
    (figure,) = extract_figures(sentence)
    assert shown(figure) == named


def test_a_definite_document_points_back_to_the_source_named_before() -> None:
    article = Article(
        id="r", title="Route", text="Der Guardian berichtete über die Route. Dem Bericht zufolge kamen 20."
    )
    infos = {0: SentenceInfo(source="Der Guardian"), 1: SentenceInfo(source="Dem Bericht")}
    assert readable("Dem Bericht", 1, infos, article) == "Der Guardian"
    assert readable("Dem Bericht", 0, {}, article) == "Dem Bericht"  # nothing named before: as written


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("indirect", "das griechische Staatsfernsehen"),  # "…, berichtete X"
        ("according_to", "das griechische Staatsfernsehen"),  # "Wie X mitteilte, …"
        ("carried_over", None),
        ("direct", None),
    ],
)
def test_a_fact_takes_its_source_from_the_report_that_follows(how: str, expected: str | None) -> None:
    text = "Vor Samos kam eine Frau ums Leben. Vier werden vermisst, berichtete das griechische Staatsfernsehen."
    infos = {0: SentenceInfo(), 1: SentenceInfo(source="das griechische Staatsfernsehen", how=how)}
    assert reported_after(0, infos, Article(id="s", title="Samos", text=text)) == expected


@pytest.mark.parametrize(
    ("sentence", "unknown"),
    [
        ("Wie viele der 150 Mitarbeiter ihren Job verlieren, ist noch nicht klar.", True),
        ("Wie hoch der Schaden ist, bleibt vorerst offen.", True),
        ("How many of the 150 staff will lose their jobs is unclear.", True),
        ("Wie viele Menschen starben, ist bekannt: 30.", False),
        ("150 Mitarbeiter verlieren ihren Job.", False),
    ],
)
def test_a_sentence_saying_the_amount_is_not_known_does_not_answer(sentence: str, unknown: bool) -> None:
    assert unknown_amount(sentence) is unknown


@pytest.mark.parametrize(
    ("place", "text", "named", "other"),
    [
        ("Seoul", "Südkorea bestellt Botschafter ein, Russland schweigt.", True, False),  # a capital: its country
        ("Kiew", "Die Ukraine spricht von 12.000 Soldaten.", True, False),
        ("Seoul", "Russland und Nordkorea vertiefen ihre Zusammenarbeit.", False, True),
        ("India", "In Indien leben die meisten Tiger.", True, False),  # an exonym
        ("Nigeria", "In Pakistan gab es 2015 neue Fälle.", False, True),
        ("Greece", "Vor der griechischen Insel Samos kenterte ein Boot.", True, False),  # by its adjective
        ("Moscow", "Die Moschee wurde gestürmt.", False, False),  # German spells it "Moskau"
        ("Moscow", "Moskaus Bürgermeister schweigt.", True, False),
        ("Österreich", "Die österreichischen Banken melden Gewinne.", True, False),
        ("Austria", "Die meisten Ausbildungsabbrecher gibt es in Wien.", False, False),  # a region of the country
        ("Germany", "Die meisten Ausbildungsabbrecher gibt es in Wien.", False, True),
        ("Wien", "Österreichs Regierung widerspricht.", True, False),
        ("Wien", "In Oberösterreich stieg die Zahl der Anträge.", False, True),  # a state of the country, not it
    ],
)
def test_places_are_named_by_exonym_and_by_capital(place: str, text: str, named: bool, other: bool) -> None:
    assert mentions(place, text) is named
    assert other_place(place, text) is other


@pytest.mark.parametrize(
    ("wanted", "source", "checkable", "same"),
    [
        ("union", "Gewerkschaft Verdi", True, True),  # an English body by its German name
        ("the police", "Polizeiangaben", True, True),
        ("union's", "der Betriebsrat", True, False),
        ("WWF", "die Naturschutzorganisation WWF", True, True),  # a name survives translation
        ("the different estimates", "Berechnungen der Hagelversicherung", False, False),  # a document is no body
        ("Die Polizei", "Die Veranstalter", True, False),  # an article names nobody
        ("the EU", "die EU-Kommission", True, True),  # a two-letter acronym counts, as itself
        ("EU", "ein neuer Bericht", True, False),
    ],
)
def test_english_sources_are_checked_by_name_or_by_the_body_they_name(
    wanted: str, source: str, checkable: bool, same: bool
) -> None:
    assert checkable_source(wanted, "en") is checkable
    assert same_source(wanted, source) is same


@pytest.mark.parametrize(
    ("person", "language", "expected"),
    [
        ("France's interior minister", "en", "innenminister"),  # an English office by its German noun
        ("the chancellor", "en", "kanzler"),
        ("the Nato spokeswoman", "en", "sprecherin"),
        ("Mark Rutte", "en", "rutte"),
        ("der Kreml-Sprecher", "de", "kreml-sprecher"),
    ],
)
def test_the_person_asked_about_is_matched_by_name_or_by_office(person: str, language: str, expected: str) -> None:
    assert expected in identifying_words(person, language)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("die EU-Außenbeauftragte Federica Mogherini", 1.0),
        ("die Sprecherin der EU-Außenbeauftragten Federica Mogherini", 0.5),  # speaks for her: not her words
        ("ein Anwalt von Federica Mogherini", 0.5),
        ("Kommissionschef Juncker", 0.5),
    ],
)
def test_a_person_speaks_only_in_their_own_name(source: str, expected: float) -> None:
    text = "Mogherini habe das nie geplant, hieß es."
    candidate = sentence_candidate(text, source=source)
    assert person_match(["federica", "mogherini"], candidate) == expected


def test_a_bare_number_among_counted_ones_counts_the_same_thing() -> None:
    figures = extract_figures("Die PSOE kam auf 89 Sitze, Podemos stellt 65 und Ciudadanos 40 Sitze.")
    assert [f.unit for f in figures] == ["Sitze", None, "Sitze"]
    assert {c.name if c else None for c in counted_by(figures)} == {"seat"}
    mixed = extract_figures("Es kamen 300 Schiffe und 12 Flugzeuge, dazu 5.")
    assert counted_by(mixed)[-1] is None  # two things counted: a bare number stays unknown


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("Die Arbeitslosenquote lag im April bei 11,1 Prozent. Im April 2014 war sie höher.", -0.5),  # other years only
        ("Die Arbeitslosenquote lag im April bei 11,1 Prozent. Seit 2016 sinkt sie.", 0.0),  # names the year asked
        ("Die Arbeitslosenquote lag im April bei 11,1 Prozent.", 0.0),  # names no year: cannot tell
    ],
)
def test_an_article_that_names_other_years_only_is_not_about_the_year_asked(article: str, expected: float) -> None:
    text = "Die Arbeitslosenquote lag im April bei 11,1 Prozent."
    candidate = sentence_candidate(text, title="Arbeitsmarkt")
    assert year_match(["2016"], candidate, article) == expected


def test_an_english_time_without_a_year_is_met_by_its_german_words() -> None:
    text = "Der Fiskalrat rechnet im nächsten Jahr mit Kosten von 1,7 Milliarden Euro."
    candidate = sentence_candidate(text, title="Budget")
    assert year_match([], candidate, text, english_time_words(["next year"])) == 1.0
    assert year_match([], candidate, text, english_time_words(["this year"])) == 0.0


@pytest.mark.parametrize(
    ("text", "times", "expected"),
    [
        ("Das IHS rechnet für heuer mit einem Plus von 0,1 Prozentpunkten.", ["heuer"], 1.0),
        ("Im vergangenen Jahr wurden 465 Fälle gemeldet.", ["im vergangenen Jahr"], 1.0),
        ("Im Jahr davor wurden 465 Fälle gemeldet.", ["im vergangenen Jahr"], 0.0),  # not every word: cannot tell
        ("Das IHS rechnet mit einem Plus von 0,1 Prozentpunkten.", ["heuer"], 0.0),  # never ruled out by it
    ],
)
def test_a_time_without_a_year_is_met_by_its_words(text: str, times: list[str], expected: float) -> None:
    candidate = sentence_candidate(text, title="Konjunktur")
    assert year_match([], candidate, text, time_words(times)) == expected


def test_an_event_word_conditions_what_a_figure_counts_not_who_said_something() -> None:
    def no_frequencies(words: object) -> dict[str, int]:
        return {}

    counted = parse_question("How many refugees died in the lorry?")
    said = parse_question("Who described the picture of the drowned migrants on the beach as tasteless?")
    assert terms(counted, no_frequencies, 10).predicates == {"dead"}
    assert terms(said, no_frequencies, 10).predicates == set()  # the dead are the topic, not a condition


@pytest.mark.parametrize(
    ("sentence", "continues", "expected"),
    [
        ("Weitere 26 Menschen seien verletzt worden.", None, 1.0),
        ("Laut Polizei wurden 50 Beteiligte festgenommen.", None, -1.0),  # the sentence before told of injuries
        ("Zwei von ihnen waren Polizisten.", 0, 1.0),  # continues the count of the sentence before
    ],
)
def test_the_sentence_itself_reports_the_event_asked_about(
    sentence: str, continues: int | None, expected: float
) -> None:
    info = SentenceInfo(continues=continues)
    before = "Bei der Schlägerei wurden 26 Menschen verletzt."
    candidate = sentence_candidate(sentence, index=1, before=before, lead=before, info=info)
    assert event_match({"injured"}, candidate) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Europaweit will GE 6.500 Stellen streichen.", -1.0),  # a figure for a wider area
        ("In Deutschland fallen 1.700 Stellen weg, europaweit 6.500.", 1.0),
        ("GE will 6.500 Stellen streichen.", 1.0),  # the lead names Germany
    ],
)
def test_a_figure_for_a_wider_area_does_not_count_the_place_asked_about(sentence: str, expected: float) -> None:
    lead = "Proteste gegen Stellenabbau bei General Electric, auch in Deutschland."
    candidate = sentence_candidate(sentence, index=3, title="GE", lead=lead)
    assert place_match(["Germany"], candidate, True) == expected


@pytest.mark.parametrize(
    ("wanted", "sentence", "source", "expected"),
    [
        (
            "Urteil",
            "Jetzt hat das Landesgericht geurteilt: Die Stadt habe 8,24 Millionen Euro zu bezahlen.",
            "das Landesgericht",
            1.0,
        ),
        (
            "Studie",
            "Die Kosten stiegen um 18 Prozent, sagte der Minister.",
            "der Minister",
            0.0,
        ),  # a study: not ruled out
        ("Polizei", "Die Kosten stiegen um 18 Prozent, sagte der Minister.", "der Minister", -1.0),  # a body: ruled out
    ],
)
def test_a_document_named_as_source_is_met_by_its_word_never_ruled_out(
    wanted: str, sentence: str, source: str, expected: float
) -> None:
    candidate = sentence_candidate(sentence, source=source)
    assert source_match(wanted, candidate) == expected


@pytest.mark.parametrize(
    ("source", "article_names", "expected"), [(None, True, 0.0), (None, False, -0.5), ("die AK", True, -1.0)]
)
def test_an_unsourced_sentence_may_report_the_source_its_article_names(
    source: str | None, article_names: bool, expected: float
) -> None:
    """ "Laut Bank Austria …" once, then "Aber auch die Arbeitslosigkeit soll … zunehmen": not ruled out."""
    sentence = "Aber auch die Arbeitslosigkeit soll von 9,1 auf 9,5 Prozent zunehmen."
    candidate = sentence_candidate(sentence, index=1, source=source)
    assert source_match("Bank Austria", candidate, article_names) == expected


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        ("Das zeigt der Werbeklimaindex des Wifo.", "Der Index ist von 23 auf 8 Punkte gesunken.", True),
        ("Das zeigt der Werbeklimaindex des Wifo.", "Der Umsatz ist um 8 Prozent gesunken.", False),
        ("", "Der Index ist von 23 auf 8 Punkte gesunken.", False),
        ("Das zeigt der Index.", "Im Index fehlen 8 Punkte.", False),  # no definite opening
    ],
)
def test_a_sentence_opening_on_what_the_one_before_named_refers_back(
    before: str, sentence: str, expected: bool
) -> None:
    candidate = sentence_candidate(sentence, index=1, before=before)
    assert refers_back(candidate) is expected


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        ("wie viel preisgeld hat frodeno auf hawaii kassiert?", {"frenzel"}),  # a lower-case name
        ("Wie viel Preisgeld hat Frodeno kassiert?", {"frenzel"}),
        ("wie viel preisgeld gab es beim essen?", set()),  # "essen" is a verb as typed, not the city
        ("wie viel preisgeld haben frodeno und frenzel kassiert?", set()),  # each article names one of them
        # a name English does not know, printed as it is: English names spelt otherwise in German ("Pyongyang") are
        # printed by no article, English words ("prize") are known to English
        ("How much prize money did Frodeno win?", {"frenzel"}),
        ("How much prize money did the triathlete win in Hawaii?", set()),  # a place: the place condition's
    ],
)
def test_an_article_naming_none_of_the_names_asked_about_cannot_answer(question: str, unnamed: set[str]) -> None:
    articles = {
        "frodeno": Article(id="frodeno", title="Ironman", text="Jan Frodeno siegte auf Hawaii in 8:14 Stunden."),
        "frenzel": Article(id="frenzel", title="Kombination", text="Eric Frenzel kassierte 14.500 Euro Preisgeld."),
    }
    q = parse_question(question)
    frequency = {"frodeno": 1, "hawaii": 1, "frenzel": 1, "preisgeld": 1, "essen": 1}
    qt = terms(q, lambda ws: {w: frequency.get(w, 0) for w in ws}, 100)
    pool = Pool(q, [], None, articles)
    assert unnamed_articles(q, qt, pool) == unnamed


def test_articles_are_not_read_for_names_when_a_german_question_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop 54: with no name asked, no article can lack one; the articles are no longer lowered and read for marks."""
    import retrieval.answer.features as features

    def unread(text: str) -> str:
        raise AssertionError(f"read for names: {text[:20]}")

    monkeypatch.setattr(features, "_plain", unread)
    articles = {"frenzel": Article(id="frenzel", title="Kombination", text="Eric Frenzel kassierte 14.500 Euro.")}
    q = parse_question("wie viel preisgeld gab es beim essen?")
    qt = terms(q, lambda ws: dict.fromkeys(ws, 1), 100)
    assert unnamed_articles(q, qt, Pool(q, [], None, articles)) == frozenset()


@pytest.mark.parametrize(
    ("sentence", "events", "context", "expected"),
    [
        ("50 Festnahmen.", {"injured"}, "", -1.0),  # arrests are not the injured asked about
        ("50 Festnahmen.", set(), "", 0.0),  # no event asked: people may be arrested
        ("26 Menschen wurden verletzt.", {"injured"}, "Krawalle in Moskau", -1.0),  # people at large, no officers
        ("26 Menschen wurden verletzt.", {"injured"}, "Angriff auf Polizisten", 0.0),  # the context names them
        ("26 Polizisten wurden verletzt.", {"injured"}, "", 1.0),
    ],
)
def test_a_figure_counts_the_group_and_the_state_asked_about(
    sentence: str, events: set[str], context: str, expected: float
) -> None:
    asked = concept("police officers")
    assert counted_match(asked, extract_figures(sentence), events, f"{context} {sentence}") == expected


def test_a_surname_after_van_der_is_a_name_in_chat() -> None:
    articles = {
        "gruber": Article(id="gruber", title="Wahlkampf", text="Hanna Gruber hat 100.000 Euro Spenden."),
        "meer": Article(id="meer", title="Wahlkampf", text="Jakob Van der Meer hat 30.000 Euro Spenden."),
        "other": Article(id="other", title="Wahlkampf", text="Peter Kogler hat 20.000 Euro Spenden."),
    }
    q = parse_question("wie viel an spenden haben gruber und van der meer schon gesammelt")
    frequency = {"gruber": 1, "meer": 1, "spenden": 1}
    qt = terms(q, lambda ws: {w: frequency.get(w, 0) for w in ws}, 100)
    assert unnamed_articles(q, qt, Pool(q, [], None, articles)) == {"other"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "expected"),
    [
        ("Bis 2020 sollten es mehr als 200.000 sein.", "Siemens-Chef Joe Kaeser", True),  # reported speech
        ("Die Zahl sei auf 40 gestiegen.", "ein Sprecher", True),
        ("Ein Vergleichsangebot von Zanger lautet: eine Million Euro.", "Rechtsanwalt Georg Zanger", True),  # named
        ("Rund 700 arbeiten für die CEE-Sparte.", "Die italienische Mutter Unicredit", False),  # the article's own
        # narrated in the past, a Konjunktiv II only in a later clause: the reporter's (dev87-052)
        (
            "40 Asse hatte ihm der große Anderson um die Ohren gepfeffert – es wäre sein erstes Viertelfinale gewesen.",
            "der Serbe",
            False,
        ),
        (
            "Die Universität hatte ihm das Ehrendoktorat aberkannt, weil er Elemente verbreitet hätte.",
            "der Verein",
            False,
        ),
        ("Im Vorjahr hätten 40 Prozent zugestimmt, im Jahr davor waren es 30.", "ein Sprecher", True),  # reported
    ],
)
def test_an_unsourced_figure_carries_on_the_speaker_before(sentence: str, speaker: str, expected: bool) -> None:
    assert carries_on(sentence, speaker) == expected


def test_a_sentence_pointing_back_takes_the_source_named_before() -> None:
    sentences = [
        "Zu diesem Schluss kommt die FAO in ihrem Weltwaldbericht.",
        "Demnach verringerten sich die Waldflächen um jährlich 0,18 Prozent.",
        "In den vergangenen fünf Jahren betrug der Nettoverlust noch 0,08 Prozent.",
    ]
    text = " ".join(sentences)
    article = Article(id="d", title="Wald", text=text)
    infos = {1: SentenceInfo(source="Demnach", how="according_to", shown="")}
    starts = [text.index(s) for s in sentences]

    def candidate(i: int) -> Candidate:
        s = sentences[i]
        return Candidate(
            "d",
            i,
            starts[i],
            starts[i] + len(s),
            0.8,
            0.0,
            s,
            sentences[i - 1],
            "Wald",
            text,
            None,
            infos.get(i, SentenceInfo()),
            infos.get(i - 1),
        )

    texts = {i: sentences[i] for i in range(2)}
    assert pointed_source(candidate(1), article, infos, {0: sentences[0]}) == "FAO"  # "Demnach"
    assert pointed_source(candidate(2), article, infos, texts) == "FAO"  # right after it
    there = Candidate(
        "d",
        1,
        0,
        10,
        0.8,
        0.0,
        "Dort sind 35 Beschwerden eingelangt.",
        "Viele wandten sich an den Presserat.",
        "T",
        "",
        None,
        SentenceInfo(),
    )
    assert pointed_source(there, article, {}, {}) == "Presserat"
    plain = Candidate(
        "d", 1, 0, 10, 0.8, 0.0, "Es kamen 35 Leute.", "Der Presserat tagte.", "T", "", None, SentenceInfo()
    )
    assert pointed_source(plain, article, {}, {0: "Der Presserat tagte."}) is None


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("In der eine Milliarde Euro teuren Anlage wollen Forscher die Kernfusion erforschen.", "Euro", True),
        ("Britische Sängerin sichert sich 117 Millionen Euro schweren Deal.", "Euro", True),
        ("Das Innenministerium zählt pro Tag 300 Asylanträge.", "Asylanträge", False),  # counts, describes nothing
        ("Europaweit will GE 6.500 Stellen streichen.", "Stellen", False),
    ],
)
def test_a_figure_that_describes_a_thing(sentence: str, figure: str, expected: bool) -> None:
    assert describes(sentence, sentence.index(figure) + len(figure)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die PSOE kam auf 89 Sitze, Podemos stellt 65 und Ciudadanos 40 Sitze.", True),
        ("Die FPÖ liegt nun nur mehr 21 Stimmen hinter den Grünen.", True),
        ("Europaweit will GE 6.500 Stellen streichen.", False),  # what GE plans: its word
        ("Zwei Millionen Euro hat die FPÖ bereits investiert.", False),
    ],
)
def test_a_sentence_telling_what_someone_scored(sentence: str, expected: bool) -> None:
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Nato-Generalsekretär Mark Rutte warnte am Montag vor einer Eskalation.", True),
        ("Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär.", True),
        ("Die Nato ist ein Verteidigungsbündnis, das 1949 gegründet wurde.", True),
        ("Vor drei Wochen kamen die ersten Soldaten an.", True),
        ("Südkorea bestellt Botschafter ein.", False),  # dates nothing: no answer to "when"
    ],
)
def test_a_when_question_is_answered_by_a_sentence_that_dates_something(sentence: str, dates: bool) -> None:
    candidate = Candidate(
        "d",
        0,
        0,
        len(sentence),
        0.8,
        0.0,
        sentence,
        "",
        "T",
        sentence,
        None,
        SentenceInfo(figures=tuple(extract_figures(sentence))),
    )
    assert says_when(candidate) is dates


@pytest.mark.parametrize(
    ("origin", "title", "sentence", "expected"),
    [
        ("Nordkorea", "Nordkorea schickt Soldaten", "Kiew sprach von 12.000 Soldaten.", 0.0),  # the headline names it
        ("China", "Nordkorea schickt Soldaten", "Kiew sprach von 12.000 Soldaten.", -1.0),  # China: named nowhere
        ("China", "Russland", "Auch 500 chinesische Soldaten sind dort.", 0.0),
        (None, "Russland", "Kiew sprach von 12.000 Soldaten.", 0.0),  # no nationality asked
    ],
)
def test_people_of_a_country_are_counted_only_where_it_is_named(
    origin: str | None, title: str, sentence: str, expected: float
) -> None:
    candidate = sentence_candidate(sentence, index=1, title=title)
    assert origin_match(origin, candidate) == expected


@pytest.mark.parametrize(
    ("question", "claimed", "statement"),
    [
        (
            "Zitatprüfung: Die Sprecherin nannte es „erbärmlich“, sollte Russland rekrutieren. Korrekt?",
            "erbärmlich",
            "Die Sprecherin nannte es erbärmlich, sollte Russland rekrutieren",
        ),
        (
            "Quote check: Peskov called the reports 'fake news' and said ties would grow?",
            "fake news",
            "Peskov called the reports fake news and said ties would grow",
        ),  # after a colon, a statement
        ("hat pistorius gesagt er sei „sehr besorgt“?", "sehr besorgt", None),  # the question itself
        ("Zitatprüfung: „Das ist ein Spiel mit dem Feuer“. Stimmt das?", "Das ist ein Spiel mit dem Feuer", None),
        ("Zitatprüfung: Er nannte es „erbärmlich“. Stimmt das?", "erbärmlich", None),  # no more than the word
    ],
)
def test_a_short_quotation_is_read_in_the_statement_the_question_reports(
    question: str, claimed: str, statement: str | None
) -> None:
    assert reported_statement(question, claimed) == statement


def test_a_body_asked_about_in_english_is_found_by_its_german_words() -> None:
    from types import SimpleNamespace

    from retrieval.answer.persons import identifying_words
    from retrieval.answer.quotecheck import _said_by
    from retrieval.models import SentenceInfo

    # a city qualifies the body, it is no name of it
    assert identifying_words("the Salzburg airport", "en") == ["flughafen"]
    assert identifying_words("the Vienna police", "en") == ["polizei"]
    text = "Die Reaktion der Flughafen Salzburg AG: Man weise alle Vorwürfe als völlig absurd zurück."
    s = SimpleNamespace(doc_id="d", index=0, start=0, end=len(text), dense=0.9, lexical=0.0)
    info = SentenceInfo(source="Flughafen Salzburg AG")
    asked = parse_question("did salzburg airport say the accusations were absurd")
    assert asked.person == "salzburg airport"
    assert _said_by(asked, info, text, s) is True
    other = parse_question("did the salzburg police say the accusations were absurd")
    assert _said_by(other, info, text, s) is False


def test_demnach_cites_the_source_just_before_whatever_it_names() -> None:
    article = Article(
        id="d",
        title="Brand im Dorf",
        text="Sprecherin Eva Gruber sagte, man sei vorbereitet. Der Feuerwehr zufolge brannten zwei Häuser. "
        "Zwölf weitere wurden demnach beschädigt. Drei Menschen wurden demnach verletzt.",
    )
    infos = {
        0: SentenceInfo(source="Sprecherin Eva Gruber"),
        1: SentenceInfo(source="Der Feuerwehr"),  # a body named without a proper name
        2: SentenceInfo(source="demnach"),
        3: SentenceInfo(source="demnach"),
    }
    assert readable("demnach", 2, infos, article) == "Der Feuerwehr"  # not the speaker named before it
    assert readable("demnach", 3, infos, article) == "Der Feuerwehr"  # a "demnach" before it cites the same
    assert readable("demnach", 1, {1: SentenceInfo(source="eigenen Angaben")}, article) is None  # no one named


def test_demnach_after_a_company_named_by_its_kind_cites_the_company() -> None:
    article = Article(
        id="k",
        title="Neues Telefon",
        text="Der Hersteller Lenovo stellte ein Telefon vor. Es koste 300 Euro, teilte das Unternehmen mit. "
        "Im ersten Monat wurden demnach zwei Millionen Stück bestellt.",
    )
    infos = {0: SentenceInfo(source="Lenovo"), 1: SentenceInfo(source="das Unternehmen")}
    assert readable("demnach", 2, infos, article) == "Lenovo"
