"""Kinds of near miss a question over news often is, each found by a general condition: a source named as the
condition that gives no figure, an event no sentence reports, an upcoming date no sentence gives, a person asked about
a topic they never speak on, a request asked the wrong way round, a country's own word, a figure for each one of a
group, whom someone met, and which kind of a thing a sentence names only bare."""

from __future__ import annotations

from dataclasses import replace

from conftest import article, figures_of, said, sentence_candidate, topic_terms

from retrieval.answer.answerer import asked_addressee, names_bare, names_subject, requests_of
from retrieval.answer.counted import agrees, concept
from retrieval.answer.evidence import Candidate, Pool
from retrieval.answer.features import (
    asks_each,
    asks_whether,
    distributes,
    off_topic,
    printed_source,
    readable_source,
    speaks_for_place,
    topic_head,
    typed_name,
)
from retrieval.answer.occasion import asks_upcoming, dates_ahead
from retrieval.constraints import predicates, same_source
from retrieval.models import SentenceInfo
from retrieval.question import parse_question
from retrieval.question.asked import asked_thing

CNN = "„CNN“ verweist auf ein weiteres Video, dass der Sender geolokalisiert hat. 3000 Soldaten sind dort."


def test_allies_are_countries_not_soldiers() -> None:
    """ "How many NATO allies have confirmed …" is not answered by a count of troops."""
    assert concept("NATO allies") == concept("Mitgliedstaaten")
    assert concept("Verbündete", lemma=True) == concept("country")
    assert agrees(concept("allies"), concept("Soldat", lemma=True)) == -1.0


def test_a_source_typed_in_lower_case_that_an_article_prints_as_a_name_is_a_condition() -> None:
    articles = [article("d", CNN)]
    assert printed_source("cnn", articles) == "CNN"
    assert printed_source("the different estimates", articles) is None  # a description, printed as nothing
    assert printed_source("reuters", articles) is None  # not in the articles: nothing to compare
    assert printed_source("video", articles) is None  # a German noun, no name


def test_a_source_typed_in_lower_case_is_compared_by_its_printed_name_or_its_country() -> None:
    """An office typed before a name the articles print is that name; a foreign state's body or seat of government is
    its country's, so another country's word rules a sentence out; a description stays loose."""
    articles = [article("d", "Verbündete hätten das bestätigt, erklärte Nato-Sprecherin Farah Dakhlallah.")]
    assert readable_source("nato spokeswoman dakhlallah", articles) == "Dakhlallah"
    assert readable_source("the white house", articles) == "USA the white house"
    assert readable_source("the russian government", articles) == "Russland the russian government"
    assert readable_source("the austrian government", articles) is None  # a home country's bodies go unqualified
    assert readable_source("the industry association", articles) is None  # a description the text words otherwise
    assert readable_source("spokeswoman smith", articles) is None  # a name no article prints: nothing to compare
    pentagon = readable_source("pentagon", articles)
    assert pentagon is not None
    assert not same_source(pentagon, "Der südkoreanische Geheimdienst", by_stem=True)
    assert same_source(pentagon, "US-Verteidigungsminister Lloyd Austin", by_stem=True)


def test_asking_whether_a_source_says_a_figure_names_the_source() -> None:
    assert parse_question("does cnn say how many soldiers are in russia").source == "cnn"
    assert parse_question("does cnn put any number on the nk troops in russia").source == "cnn"
    assert parse_question("what does the police say about how many came").source is None  # sources side by side


def test_a_name_typed_in_lower_case_is_matched_as_the_article_prints_it() -> None:
    texts = ["Kreml-Sprecher Dmitri Peskow erklärte, die Kooperation werde fortgesetzt.", "Gnesdas Brief. Gnesda sagte"]
    assert typed_name("peskov", texts) == ["peskow"]
    assert typed_name("gnesda", texts) == ["gnesda"]  # printed as typed: kept
    assert typed_name("kooperation", texts) == []  # a noun, printed capitalised, is no name
    assert typed_name("Peskov", texts) == []  # capitalised: a plain name already


def test_what_a_person_said_about_a_thing_another_report_names_and_theirs_never_does_is_off_topic() -> None:
    peskow = "Kreml-Sprecher Dmitri Peskow erklärte, die Kooperation müsse niemanden beunruhigen."
    videos = "In den Netzwerken kursieren Videos von Soldaten. Die Videos zeigen Kasernen. Ein Video ist neu."
    c = replace(said(peskow, "Kreml-Sprecher Dmitri Peskow"), doc_id="a", start=0, end=len(peskow), dense=0.7)
    other = replace(sentence_candidate(videos.split(". ")[0]), doc_id="b", dense=0.9)
    q = parse_question("did peskov say anything about those videos of nk soldiers in russian barracks")
    assert topic_head(q.text) == "videos"
    weights = {"videos": 0.4, "soldiers": 1.0, "barracks": 1.0}
    qt = topic_terms(["videos", "soldiers", "barracks"], ["peskow"], weights)
    pool = Pool(q, [c, other], None, {"a": article("a", peskow), "b": article("b", videos)})
    assert off_topic(q, qt, pool, [1.0, 0.0]) == {"a"}
    once = {"a": article("a", peskow), "b": article("b", "Ein Video zeigt Soldaten.", title="Bericht")}
    assert off_topic(q, qt, Pool(q, [c, other], None, once), [1.0, 0.0]) == set()  # a word in passing: no topic
    assert topic_head("what did losey say about how the stone age people buried their dogs") is None  # a clause


def test_whether_an_event_happened_needs_a_sentence_reporting_it() -> None:
    assert asks_whether("did moscow kick out any south korean diplomats in response")
    assert asks_whether("Hat Deutschland seinen Botschafter aus Pjöngjang zurückgerufen?")
    assert not asks_whether("What did Moscow say about the diplomats?")
    assert not asks_whether("Was passierte bei dem Unfall, bei dem drei Menschen starben?")  # German "what"
    assert asks_whether("was anyone killed in the attack")
    assert predicates("did moscow kick out any south korean diplomats in response") == {"expelled"}
    assert predicates("Hat Deutschland seinen Botschafter aus Pjöngjang zurückgerufen?") == {"recalled"}
    assert predicates("Russland hat zwei Diplomaten ausgewiesen.") == {"expelled"}
    assert predicates("Die südkoreanische Regierung bestellte daraufhin den russischen Botschafter ein.") == set()
    assert predicates("do you recall what rutte said") == set()


def test_an_event_word_in_another_sense_reports_no_event() -> None:
    assert predicates("how many ppl lost their jobs when schlecker went bust") == set()
    assert predicates("how many soldiers lost their lives") == {"dead"}
    assert predicates("how many helpers fought the fire at the caritas donation warehouse") == set()
    assert predicates("how many firefighters were called") == set()
    assert predicates("how many rebels fought the army") == {"fought"}
    assert predicates("Die Polizei berichtet von rund 200 Aufgriffen pro Woche.") == {"arrested"}
    assert predicates("Führende Parteipolitiker hatten die Idee eines Boykotts aufgegriffen.") == set()


def test_a_figure_for_each_one_of_a_group_is_not_the_group_s_total() -> None:
    assert asks_each("Wie stark ist jede einzelne der vier nordkoreanischen Brigaden?")
    assert asks_each("how many soldiers are in each of the four brigades")
    assert asks_each("wie viel zahlt man pro Kopf")
    assert not asks_each("Wie viele Stimmen bekam jeder Kandidat?")  # one figure each, not a rate
    assert not asks_each("wie viel kostet es pro jahr")  # a period: ``asked_period``
    assert not asks_each("What percentage per cent of voters …")
    assert not asks_each("what share of android devices run marshmallow, per google's numbers")  # whose numbers
    assert not asks_each("how many were there per the report")
    assert asks_each("How much do Austrian Airlines and Lufthansa charge travel agencies per booking?")
    total = "Pjöngjang will insgesamt vier Brigaden mit 12.000 Soldaten entsenden."
    assert not distributes(total)
    assert distributes("Jede Brigade zählt rund 3000 Soldaten.")
    assert distributes("Die vier Brigaden haben je 3000 Mann.")


def test_what_someone_asked_of_another_is_the_request_the_first_made() -> None:
    assert asked_addressee("so what did rutte ask yoon to do on that phone call") == "yoon"
    assert asked_addressee("Was forderte Rutte von Yoon?") == "yoon"
    assert asked_addressee("what did the minister ask for") is None
    assert asked_addressee("what did he tell reporters") is None
    reversed_ = sentence_candidate(
        "Zuvor hatte er mit dem südkoreanischen Präsidenten Yoon Suk Yeol telefoniert, der die Nato dazu aufforderte, "
        "konkrete Maßnahmen zu ergreifen."
    )
    assert not requests_of("yoon", reversed_)  # Yoon asks Nato
    assert requests_of("nato", reversed_)
    assert not requests_of("yoon", sentence_candidate("Rutte warnte am Montag vor einer Eskalation."))
    assert requests_of("yoon", sentence_candidate("Rutte forderte Yoon auf, Beweise vorzulegen."))


def test_a_country_asked_about_speaks_through_its_own_offices() -> None:
    assert speaks_for_place("moscow", said("Das Außenministerium betonte …", "Das russische Außenministerium"))
    assert speaks_for_place("moscow", said("Peskow erklärte …", "Kreml-Sprecher Dmitri Peskow"))
    german = said("Sie nannte es verzweifelt.", "Eine Sprecherin des Bundesaußenministeriums")
    assert not speaks_for_place("moscow", german)
    assert speaks_for_place("moscow", sentence_candidate("Russland bestreitet den Einsatz."))
    assert not speaks_for_place("moscow", sentence_candidate("Für Russland könnte diese Unterstützung wichtig sein."))


def test_when_something_is_to_happen_is_not_answered_by_a_past_date() -> None:
    assert asks_upcoming("When is NATO's North Atlantic Council scheduled to convene on the North Korean deployment?")
    assert asks_upcoming("when will new horizons get to 2014 mu69")
    assert asks_upcoming("Wann wird der Gerichtshof über die Beschwerde entscheiden?")
    assert not asks_upcoming("Wann wurde die Nato gegründet?")
    assert not asks_upcoming("when did rutte warn of an escalation")

    def dated(text: str) -> Candidate:
        return replace(sentence_candidate(text, info=figures_of(text)), published="2024-10-23")

    assert not dates_ahead(dated("Die Nato ist ein Verteidigungsbündnis, das 1949 gegründet wurde."))
    assert not dates_ahead(dated("Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär."))
    assert not dates_ahead(dated("Rutte warnte am Montag vor einer Eskalation, sollte sich dies bestätigen."))
    assert not dates_ahead(dated("Am 14. Juli ist die Sonde am Pluto vorbeigeflogen."))
    assert dates_ahead(dated("Der Rat werde am Montag über eine Reaktion beraten."))
    assert dates_ahead(dated("Das Gesetz tritt am 1. Jänner 2025 in Kraft."))
    assert dates_ahead(dated("Das Gesetz tritt mit 1. Jänner in Kraft."))  # months before October: next January
    assert not dates_ahead(dated("Am 1. Jänner 2024 trat das Gesetz in Kraft."))
    vote = "Die Briten stimmen am 23. Juni ab."
    unknown_day = sentence_candidate(vote, info=figures_of(vote))  # the article's day unknown: only a future tells
    assert not dates_ahead(unknown_day)
    assert dates_ahead(replace(unknown_day, text="Die Briten werden am 23. Juni abstimmen."))
    assert not dates_ahead(replace(dated(vote), published="2024-07-01"))  # a week after 23 June: past
    assert dates_ahead(dated(vote))  # four months after 23 June: next year's


def test_a_word_of_a_nationality_the_question_names_is_no_subject() -> None:
    q = parse_question("When is NATO's North Atlantic Council scheduled to convene on the North Korean deployment?")
    assert not names_subject(q, sentence_candidate("Nordkorea wird bis Dezember 10.000 Soldaten schicken."))
    assert names_subject(q, sentence_candidate("Die Nato wird am Montag beraten."))


def test_whom_someone_met_asks_a_name() -> None:
    assert parse_question("Whom was Lloyd Austin meeting on his visit to Rome?").intent == "name"
    assert parse_question("Mit wem traf sich Pistorius?").intent == "name"
    assert parse_question("According to whom is the chargé in charge of the embassy?").intent == "who_said"


def test_which_kind_of_thing_is_not_answered_by_a_sentence_naming_it_bare() -> None:
    assert asked_thing("welche uniformen kriegen die nordkoreaner in sergievsky, russische", "de") == ("uniformen",)
    bare = "Es soll Soldaten zeigen, die auf dem Truppenübungsplatz Sergievsky Uniformen und Ausrüstung erhalten."
    assert names_bare("uniformen", bare)
    assert not names_bare("uniformen", "Die Soldaten erhalten russische Uniformen.")
    assert not names_bare("uniformen", "Die Soldaten erhalten Tarnuniformen.")
    assert not names_bare("uniformen", "Sie bekommen Uniformen der russischen Armee.")
    assert not names_bare("uniformen", "Sie bekommen neue Kleidung.")  # not named: may be said in other words


def test_said_is_a_candidate_with_a_source() -> None:  # the helpers above rely on it
    assert said("x", "Kreml-Sprecher").info == SentenceInfo(source="Kreml-Sprecher", speaker="Kreml-Sprecher")
