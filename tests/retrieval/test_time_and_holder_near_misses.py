"""Near misses of time and person: a when-question answered only by the day someone spoke, "last year" asked of an
article that never looks back a year, and a minister asked about by office and surname while another holder of the
office speaks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import figures_of, one_article_bot, said, sentence_candidate

from retrieval.answer.evidence import Candidate
from retrieval.answer.features import english_time_words, last_year_unnamed, time_words, year_match
from retrieval.answer.occasion import asks_statement, names_year, statement_dated_only, year_asked
from retrieval.answer.persons import surname_asked
from retrieval.models import Answer, SentenceInfo

DAMS = "Die Dämme hätten dem Druck standgehalten, erklärte Landesrätin Eva Moser am Dienstag in Linz."


def _spoken(text: str, source: str, cue: str) -> Candidate:
    c = said(text, source)
    return replace(c, info=SentenceInfo(source=source, speaker=source, cue=cue, figures=figures_of(text).figures))


def test_a_day_right_after_the_speaker_dates_the_statement_not_what_it_tells() -> None:
    assert statement_dated_only(_spoken(DAMS, "Landesrätin Eva Moser", "erklärte"))
    ministry = "Die Lage sei ernst, teilte das Ministerium am Freitag mit."
    assert statement_dated_only(_spoken(ministry, "das Ministerium", "teilte"))
    # a time of what is told, beside the day of the statement: the sentence dates it
    flood = "Die Dämme seien am Sonntag gebrochen, erklärte Landesrätin Eva Moser am Dienstag."
    assert not statement_dated_only(_spoken(flood, "Landesrätin Eva Moser", "erklärte"))
    # no speaker: the day dates what the sentence tells
    assert not statement_dated_only(sentence_candidate("Am Dienstag brach der Damm bei Linz.", info=SentenceInfo()))
    assert not statement_dated_only(_spoken("Die Dämme hielten, sagte Moser.", "Moser", "sagte"))  # no time at all
    # a source by "laut" opening what the sentence tells: its day is the event's
    assert not statement_dated_only(_spoken("Laut Polizei wurde der Mann am Sonntag festgenommen.", "Polizei", "laut"))


def test_a_when_question_about_words_is_answered_by_the_day_they_were_said() -> None:
    assert asks_statement("Wann warnte die Landesrätin vor dem Hochwasser?")
    assert asks_statement("when did the minister confirm the figures")
    assert not asks_statement("Seit wann halten die Dämme?")
    assert not asks_statement("since when have the troops been stationed there")


def test_a_question_for_the_year_needs_a_sentence_naming_one() -> None:
    assert year_asked("seit wann gibt es den Vertrag, welches jahr")
    assert year_asked("In welchem Jahr wurde der Verein gegründet?")
    assert year_asked("what year did the mayor take office")
    assert not year_asked("Seit wann gibt es den Vertrag?")

    def dated(text: str) -> Candidate:
        return sentence_candidate(text, info=figures_of(text))

    assert names_year(dated("Der Verein wurde 1921 gegründet."))
    assert names_year(dated("Sie ist seit März 2019 Bürgermeisterin."))
    assert not names_year(dated("Die beiden Städte haben in den vergangenen Jahren enger zusammengearbeitet."))
    assert not names_year(dated("Am 3. Oktober kam der Rat zusammen."))


def _undated_claim(text: str, *, before: str = "", published: str | None = "2023-05") -> Candidate:
    return replace(sentence_candidate(text, before=before, info=figures_of(text)), published=published)


def test_last_year_asked_of_an_article_that_never_looks_back_a_year_rules_its_plain_sentences_out() -> None:
    when = time_words(["letztes Jahr"])
    article = "Die Stadt zählt 4000 Störche. Die Zahl wächst."
    storks = _undated_claim("Die Stadt zählt 4000 Störche.")
    assert last_year_unnamed(when, storks, article)
    assert year_match([], storks, article, when) < 0
    assert last_year_unnamed(english_time_words(["last year"]), storks, article)  # asked in English alike
    # the article looks back a year, by word or (its day known) by number: its sentences may be about it
    assert not last_year_unnamed(when, storks, article + " Im Vorjahr waren es 3500.")
    assert not last_year_unnamed(when, storks, article + " 2022 waren es 3500.")
    # its day unknown, a number tells nothing of last year
    assert last_year_unnamed(when, replace(storks, published=None), article + " 2022 waren es 3500.")
    # recent years are not last year
    assert last_year_unnamed(when, storks, article + " In den vergangenen Jahren kamen mehr.")
    # the sentence or the one before names a year: its own time, for the year rules to judge
    assert not last_year_unnamed(when, _undated_claim("2022 zählte die Stadt 3500 Störche."), article)
    assert not last_year_unnamed(when, _undated_claim("Im Jahr davor zählte sie 3500."), article)  # cannot tell
    assert not last_year_unnamed(time_words(["heuer"]), storks, article)  # only last year is asked this way


def test_an_office_with_a_surname_asks_for_that_holder_where_an_article_prints_the_full_name() -> None:
    texts = ["Das sei erst der Anfang, sagte Umweltminister Karl Brandt nach einem Treffen mit Jean Dupont."]
    assert surname_asked(["umweltminister", "dupont"], texts) == ["dupont"]
    assert surname_asked(["französische", "umweltminister", "dupont"], texts) == ["dupont"]
    assert surname_asked(["umweltminister", "brandt"], texts) == ["brandt"]
    # a word the article never prints after a first name stays with the office: an object, a place, an adjective
    assert surname_asked(["generalsekretär", "liechtenstein"], ["Die Bank in Liechtenstein zahlte."]) == [
        "generalsekretär",
        "liechtenstein",
    ]
    assert surname_asked(["umweltminister"], texts) == ["umweltminister"]  # the office alone: any holder
    assert surname_asked(["dupont"], texts) == ["dupont"]  # a name alone: as it was


FLOOD = (
    "Hochwasser an der Moldau\n"
    "Die Pegel an der Moldau steigen weiter. Es gebe noch keine verlässlichen Prognosen für die kommenden Tage, "
    "sagte Umweltministerin Petra Lindner bei einem Treffen mit ihrem tschechischen Amtskollegen Tomas Novak. "
    "Die Dämme seien aber stabil, fügte die Ministerin hinzu. Derzeit sind 800 Helfer der Feuerwehr im Einsatz. "
    "Die Dämme hätten dem Druck standgehalten, erklärte Landesrätin Eva Moser am Dienstag in Budweis."
)


QUESTIONS = {
    "colleague": "Was hat der tschechische Umweltminister Novak zum Hochwasser gesagt?",
    "colleague typed": "was hat umweltminister novak zu den pegeln gesagt",
    "speaker": "Was hat Umweltministerin Lindner zum Hochwasser gesagt?",
    "since": "Seit wann halten die Dämme an der Moldau?",
    "spoke": "Wann erklärte Landesrätin Moser, die Dämme hätten standgehalten?",
    "last year": "Wie viele Helfer der Feuerwehr waren letztes Jahr im Einsatz?",
    "now": "Wie viele Helfer der Feuerwehr sind im Einsatz?",
}


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Answer]:
    with one_article_bot(tmp_path_factory.mktemp("flood"), "f", FLOOD) as bot:
        return {key: bot.answer(question) for key, question in QUESTIONS.items()}


def test_words_asked_of_a_colleague_named_beside_the_speaker_are_not_found(flood: dict[str, Answer]) -> None:
    assert not flood["colleague"].found and not flood["colleague typed"].found
    assert flood["speaker"].found and any("Lindner" in (c.source or "") for c in flood["speaker"].claims)


def test_since_when_is_not_answered_by_the_day_someone_spoke(flood: dict[str, Answer]) -> None:
    assert not flood["since"].found
    assert flood["spoke"].found and any("am Dienstag" in c.quote for c in flood["spoke"].claims)


def test_last_year_is_not_answered_by_the_articles_present(flood: dict[str, Answer]) -> None:
    assert not flood["last year"].found or not any("800" in c.quote for c in flood["last year"].claims)
    assert flood["now"].found and any("800" in c.quote for c in flood["now"].claims)


TOWNS = (
    "Städtepartnerschaft\n"
    "Graz und Pécs haben in den vergangenen Jahren ihre Zusammenarbeit in der Kultur vertieft. "
    "Im Sommer gibt es ein gemeinsames Festival."
)


def test_which_year_is_not_answered_by_recent_years(tmp_path: Path) -> None:
    with one_article_bot(tmp_path, "t", TOWNS) as bot:
        which_year = bot.answer("In welchem Jahr haben Graz und Pécs ihre Zusammenarbeit in der Kultur vertieft?")
        when = bot.answer("Wann haben Graz und Pécs ihre Zusammenarbeit in der Kultur vertieft?")
    assert not which_year.found
    assert when.found and any("vergangenen Jahren" in c.quote for c in when.claims)  # a time, if not a year
