"""Who-said questions on people asked by office or body: English offices in German, an office-holder's later words
under their surname, a body speaking through its members."""

from __future__ import annotations

import pytest
from conftest import candidate_at, said, sentence_spans

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.persons import (
    body_words,
    by_name,
    identifying_words,
    named_holders,
    person_match,
    persons_asked,
    surname,
)
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question


def test_a_governor_is_a_landeshauptmann_or_a_central_bank_gouverneur() -> None:
    words = identifying_words("the oenb governor", "en")
    assert "gouverneur" in words and "landeshauptmann" in words
    nowotny = said("Der OeNB-Gouverneur warnt vor einer Verzerrung.", "Der OeNB-Gouverneur")
    assert person_match(words, nowotny) == 1.0


def test_an_office_holder_speaks_later_under_the_surname_alone() -> None:
    first = said("Es sei ein hoher Betrag, warnt OeNB-Gouverneur Ewald Nowotny.", "OeNB-Gouverneur Ewald Nowotny")
    later = said("Eine Blase sieht Nowotny derzeit nicht.", "Nowotny")
    other = said("Das ist gut, sagte Helga Berger.", "Helga Berger")
    together = said("Das ist ein Meilenstein, sagten Mitterlehner und Nowotny.", "Mitterlehner und Nowotny")
    q = parse_question("what does the oenb governor think about a housing bubble", default_language="en")
    pool = Pool(q, [first, later, other, together], None)
    persons = [person_match(identifying_words("the oenb governor", "en"), c) for c in pool.candidates]
    assert persons[1] < 1.0
    assert by_name(persons, pool) == [1.0, 1.0, persons[2], persons[3]]


def test_a_surname_is_the_last_name_of_a_speaker_phrase_not_an_office_or_a_body() -> None:
    assert surname("OeNB-Gouverneur und EZB-Rat Ewald Nowotny") == "Nowotny"
    assert surname("ÖGB-Präsident Erich Foglar") == "Foglar"
    assert surname("Der OeNB-Gouverneur") is None
    assert surname("ÖGB-Präsident") is None
    assert surname("die Armutskonferenz") is None


def test_a_body_speaks_through_the_post_a_possessive_gives_it() -> None:
    kickl = said(
        "Anders die FPÖ: Die Mindestsicherung bietet die falschen Anreize, meint deren Sozialsprecher Herbert Kickl.",
        "Sozialsprecher Herbert Kickl",
    )
    assert person_match(["fpö"], kickl) == 1.0
    after = said("Ihr Klubchef Max Berger sagte: Das lehnen wir ab.", "Klubchef Max Berger", before="Die Neos zögern.")
    assert person_match(["neos"], after) == 1.0
    # the body named, but the speaker's post is another body's, or given with no possessive: named only
    other = said("Die FPÖ lehnt das ab, meint SPÖ-Sozialsprecher Max Muchitsch.", "SPÖ-Sozialsprecher Max Muchitsch")
    assert person_match(["fpö"], other) == 0.5
    plain = said("Die FPÖ lehnt das ab, meint Sozialsprecher Max Muchitsch.", "Sozialsprecher Max Muchitsch")
    assert person_match(["fpö"], plain) == 0.5


def test_english_body_words_are_the_german_ones_an_office_is_compounded_with() -> None:
    assert body_words("the greens' budget spokesman", "en") == ["grün", "budget"]
    assert body_words("the spö's communications chief", "en") == ["kommunikation", "spö"]
    # a nationality qualifies the body, it is not required; the body's words are no names
    assert body_words("the president of the Austrian bar association", "en") == ["anwaltskammer"]
    assert identifying_words("the president of the Austrian bar association", "en") == ["präsident"]
    assert body_words("the head of the trade union federation", "en") == ["gewerkschaftsbund|ögb|dgb"]
    # a phrase of the table is read whole before its words: not "police" → "polizei"
    assert body_words("the head of germany's federal criminal police office", "en") == ["bka|bundeskriminalamt"]
    # a body asked about as a whole, in German
    assert identifying_words("the Greens", "en") == ["grün"]
    # a body with a name of its own keeps its words
    assert identifying_words("the pilots union cockpit", "en") == ["pilots", "union", "cockpit"]


def test_an_office_with_its_english_body_is_its_holder_in_that_body_only() -> None:
    words, body = (
        identifying_words("the greens' budget spokesman", "en"),
        body_words("the greens' budget spokesman", "en"),
    )
    rossmann = said(
        "Das droht, sagte der Budgetsprecher der Grünen, Bruno Rossmann.",
        "der Budgetsprecher der Grünen, Bruno Rossmann",
    )
    walser = said("Wir sind bereit, sagt der grüne Bildungssprecher Walser.", "Der grüne Bildungssprecher Walser")
    assert persons_asked(words, body, [rossmann, walser]) == [1.0, 0.5]
    chief = identifying_words("the spö's communications chief", "en")
    euler = said(
        "Uns liegt kein Vorschlag vor, sagte SPÖ-Kommunikationschef Matthias Euler-Rolle.",
        "SPÖ-Kommunikationschef Matthias Euler-Rolle",
    )
    klubchef = said("Das ist falsch, sagte SPÖ-Klubchef Andreas Schieder.", "SPÖ-Klubchef Andreas Schieder")
    assert persons_asked(chief, body_words("the spö's communications chief", "en"), [euler, klubchef]) == [1.0, 0.5]


def test_the_holder_an_article_names_with_the_office_and_its_body_speaks_under_the_surname() -> None:
    text = (
        "Die Koalition baue ein Spitzelnetz auf, warnt Rupert  Wolff, Präsident des Österreichischen "
        "Rechtsanwaltskammertages (ÖRAK). Die Politik schuldet der Rechtsprechung Respekt, mahnt Wolff."
    )
    words, body = ["präsident"], ["anwaltskammer"]
    assert named_holders(words, body, {"d": text}) == {"d": {"Wolff"}}
    later = said("Die Politik schuldet der Rechtsprechung Respekt, mahnt Wolff.", "Rupert Wolff")
    leitl = said("Das ist ein Meilenstein, sagte Präsident Christoph Leitl.", "Christoph Leitl")
    assert persons_asked(words, body, [later, leitl], False, {"d": text})[0] == 1.0
    assert persons_asked(words, body, [later, leitl])[0] < 1.0  # without the article's text: not known
    # after the office, and with its body in the genitive; a deputy holds another office
    assert named_holders(
        ["sprecher"], ["grün", "budget"], {"d": "Anders der Budgetsprecher der Grünen, Bruno Rossmann."}
    )
    deputy = "Für den ÖGB reagierte Vizepräsidentin Renate Anderl. ÖGB-Präsident Erich Foglar lachte."
    assert named_holders(["präsident"], ["ögb"], {"d": deputy}) == {"d": {"Foglar"}}
    # the office named without its body names no holder of it
    assert (
        named_holders(
            ["präsident"], ["anwaltskammer"], {"d": "Präsident Christoph Leitl lachte. Die Anwaltskammer schwieg."}
        )
        == {}
    )


def test_a_body_speaks_under_the_short_name_an_article_gives_it_in_brackets() -> None:
    text = (
        "Die Gewerkschaft der Privatangestellten (GPA-djp) prüft den Vorschlag. "
        "Manfred Wolf von der GPA-djp verwies auf eine genaue Prüfung."
    )
    wolf = said("Manfred Wolf von der GPA-djp verwies auf eine genaue Prüfung.", "Manfred Wolf von der GPA-djp")
    words = ["gewerkschaft", "privatangestellten"]
    assert persons_asked(words, [], [wolf]) == [-1.0]
    assert persons_asked(words, [], [wolf], False, {"d": text}) == [1.0]
    # brackets after other words, or holding no short name, teach nothing
    other = "Die Gewerkschaft der Privatangestellten prüft den Vorschlag der Wirtschaftskammer (WK)."
    assert persons_asked(words, [], [wolf], False, {"d": other}) == [-1.0]
    # his later words under his name alone are his too
    assert surname("Manfred Wolf von der GPA-djp") == "Wolf"
    assert surname("Ursula von der Leyen") == "Leyen"


NOWOTNY = (
    "Nowotny warnt vor den Abgaben, sagte Nowotny. "
    "Jeder hat das Risiko gekannt, betonte Nowotny. "
    "Eine Blase sieht Nowotny nicht, sagte Nowotny. "
    "In Österreich ortet er keine Überbewertung. "
    "Preise seien kein Problem. "
    "Der Sektor wirke stabilisierend."
)


class _Library:
    """One article: a speaker's words on two other things, then on the topic asked about, running on."""

    def __init__(self, infos: dict[int, SentenceInfo]) -> None:
        self.infos = infos

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", outlet="DER STANDARD", text=NOWOTNY)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def sentences_of(self, keys: list[tuple[str, int]]) -> list[Candidate]:
        spans = sentence_spans(NOWOTNY)
        return [candidate_at(NOWOTNY, spans[i], i, self.infos) for _, i in keys if i in spans]


def test_the_best_claims_words_run_on_before_the_persons_words_off_the_topic() -> None:
    said_ = SentenceInfo(source="Nowotny", speaker="Nowotny", cue="sagte", how="indirect")
    infos = {0: said_, 1: said_, 2: said_, 4: said_.model_copy(update={"how": "carried_over", "cue": None})}
    answerer = Answerer(_Library(infos), listing=None)  # type: ignore[arg-type]
    spans = sentence_spans(NOWOTNY)
    person, cover, context = NAMES.index("person"), NAMES.index("cover"), NAMES.index("cover_context")

    def listed(index: int, on_topic: bool) -> Listed:
        row = [0.0] * len(NAMES)
        row[person], row[cover], row[context] = 1.0, float(on_topic), float(on_topic)
        return Listed(candidate_at(NOWOTNY, spans[index], index, infos), 0.99, [], "Nowotny", row=row)

    claims = answerer._run_on([listed(2, True), listed(0, False), listed(1, False)], "de")
    assert [item.candidate.index for item in claims] == [2, 3, 4, 0]  # his words on the levy last
    # the others on the topic too: listed first, the run-on after them
    claims = answerer._run_on([listed(2, True), listed(0, True), listed(1, True)], "de")
    assert [item.candidate.index for item in claims][:3] == [2, 0, 1]


def test_a_body_speaks_through_the_person_named_after_a_reaction_from_it_is_announced() -> None:
    before = (
        "Allerdings gibt es auch Widerspruch an dieser Darstellung, und zwar von der Industriestaatenorganisation OECD."
    )
    schleicher = said(
        "Andreas Schleicher, der als Vater der Pisa-Tests gilt, meint, dass Wößmann das unterschätze.",
        "Andreas Schleicher",
        before=before,
    )
    assert person_match(["oecd"], schleicher) == 1.0
    # no reaction announced, the reaction from another body, or a speaker posted in another body: not the OECD's
    assert (
        person_match(["oecd"], said(schleicher.text, "Andreas Schleicher", before="Die OECD legte Zahlen vor.")) < 1.0
    )
    spoe = said(
        "Das ist falsch, sagte SPÖ-Sozialsprecher Josef Muchitsch.", "SPÖ-Sozialsprecher Josef Muchitsch", before
    )
    assert person_match(["oecd"], spoe) < 1.0


def test_the_members_a_reaction_from_a_body_names_speak_for_it_in_their_sentences_after() -> None:
    before = "Herbe Kritik an Schelling kam am Samstag auch von den Grünen."
    first = said(
        "Fassungslos zeigten ArbeitnehmerInnen-Sprecherin Birgit Schatz und Sozialsprecherin Judith Schwentner: "
        "Bei 55 Prozent kann man nicht leben.",
        None,
        before=before,
    )
    both = "ArbeitnehmerInnen-Sprecherin Birgit Schatz und Sozialsprecherin Judith Schwentner"
    later = said("Arbeitslosigkeit sei ein Einfallstor in die Armut.", both)
    schatz = said("Das ist letztklassig, meint Schatz.", "ArbeitnehmerInnen-Sprecherin Birgit Schatz")
    kickl = said("Anders die FPÖ, meint Herbert Kickl.", "Herbert Kickl")
    words = identifying_words("the Greens", "en")
    q = parse_question("How did the Greens react to Schelling's call?", default_language="en")
    pool = Pool(q, [first, later, schatz, kickl], None)
    persons = [person_match(words, c) for c in pool.candidates]
    assert persons[0] == 1.0 and persons[1] < 1.0
    assert by_name(persons, pool) == [1.0, 1.0, 1.0, persons[3]]
    # no reaction announced before: a sentence naming two people is not the body's
    assert person_match(words, said(first.text, None, before="Schelling sprach am Samstag.")) < 1.0


def test_the_european_union_is_no_trade_union() -> None:
    assert body_words("the head of the european union", "en") == ["eu|europäische union"]
    assert body_words("the union chief", "en") == ["gewerkschaft"]
    eu = said("Das ist neu, sagte der Präsident Max Berger.", "der Präsident Max Berger")
    assert person_match(["präsident"], eu, ["eu|europäische union"]) == 0.5  # "eu" in "neu" is no EU


def test_an_office_compounded_with_another_body_is_not_the_one_asked_about() -> None:
    words = identifying_words("the head of the trade union federation", "en")
    body = body_words("the head of the trade union federation", "en")
    kaske = said(
        "Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl, sagte Kaske.",
        "Arbeiterkammer-Präsident Rudolf Kaske",
    )
    foglar = said("Eine Frist hat noch nie eine Lösung gebracht, sagte ÖGB-Chef Erich Foglar.", "ÖGB-Chef Erich Foglar")
    assert person_match(words, kaske, body) == 0.5
    assert person_match(words, foglar, body) == 1.0


@pytest.mark.parametrize(
    ("person", "identifying", "body"),
    [
        # the name after an English office or field identifies the person; the office only describes them
        ("discrimination lawyer volker frey", ["volker", "frey"], []),
        ("psychologist hofmann", ["hofmann"], []),
        ("the greens' budget spokesman bruno rossmann", ["bruno", "rossmann"], []),
        # no name after it: the office (and its body) is what identifies
        # a city or country qualifies the office, it names no one (who3)
        ("the director of the Vienna State Opera", ["direktor", "leiter", "regisseur", "state", "opera"], []),
        ("Austria's head coach", ["trainer"], []),
    ],
)
def test_a_name_after_an_english_office_identifies_the_person(
    person: str, identifying: list[str], body: list[str]
) -> None:
    assert identifying_words(person, "en") == identifying
    assert body_words(person, "en") == body


@pytest.mark.parametrize(
    ("asked", "source", "expected"),
    [
        ("das Finanzministerium", "ein Sprecher des Finanzministeriums", 1.0),  # a body speaks through its spokesman
        ("die Versicherung", "eine Sprecherin der Versicherung", 1.0),
        ("das Finanzministerium", "der Ministeriumssprecher", 1.0),  # the spokesman by its head's compound
        ("die Wiener Polizei", "ein Polizeisprecher", 1.0),
        ("das Finanzministerium", "der Parteisprecher", -1.0),
        ("Mogherini", "die Sprecherin der Außenbeauftragten Mogherini", 0.5),  # a person's spokeswoman is not her
        ("die Regierung", "Kreise der Regierung", 0.5),  # circles are hearsay
    ],
)
def test_a_body_speaks_through_its_spokesperson(asked: str, source: str, expected: float) -> None:
    c = said(f"Wir sind dran, sagte {source}.", source)
    assert person_match(identifying_words(asked, "de"), c) == expected
