"""Who said it: whose words an unattributed sentence gives, and which speakers a what-said question asks about."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from conftest import candidate_at, said

from retrieval.answer.answerer import Answerer
from retrieval.answer.evidence import Candidate, misread_relative, pronoun_and_cue, wrong_pronoun
from retrieval.answer.persons import (
    body_words,
    by_role,
    identifying_words,
    named_body,
    names_checkably,
    person_match,
    persons_asked,
)
from retrieval.answer.reporting import cue_after_words
from retrieval.answer.said import sounds_spoken
from retrieval.models import Article, ArticleAnalysis, SentenceInfo
from retrieval.question import parse_question


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir sind am Limit.",
        "Beim Fußball ändert man ja auch nicht die Regeln während des Spiels.",
        "Doch fünf Minuten später waren sie ruhig und arbeiteten hoch konzentriert mit mir.",
        "Die Lage sei ernst.",
    ],
)
def test_a_sentence_in_the_first_person_or_the_subjunctive_sounds_spoken(sentence: str) -> None:
    assert sounds_spoken(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Teilnahme des Staatsoberhaupts an der Veranstaltung hatte für heftige Kritik gesorgt.",
        "Der Geschäftsführer der Waldorfschule hat aber gegen das Flüchtlingsprojekt nichts einzuwenden.",
        "Je nach Art der Verkehrsteilnahme variieren die Auslöser der Unachtsamkeit.",
    ],
)
def test_the_reporters_narration_does_not_sound_spoken(sentence: str) -> None:
    assert not sounds_spoken(sentence)


def test_a_verb_of_saying_after_the_words_is_found_behind_the_comma() -> None:
    assert cue_after_words("Das Ergebnis war zweitrangig, sagte Weiss.", "sagte")
    assert cue_after_words("Nun bringen wir die Preise nicht mehr rauf, so die Kammer-Obfrau.", "so")
    assert not cue_after_words("Weiss sagte, das Ergebnis sei zweitrangig.", "sagte")


# An article of four sentences: a quotation over sentences 1 and 2 with its speaker named after it in 2, and
# narration in 3.
TEXT = (
    "Weiss kam auf Platz 16. "
    "Es war ein Kampf ums Überleben. "
    "Das Ergebnis war zweitrangig, sagte Weiss. "
    "Die Teilnahme hatte für Kritik gesorgt."
)


@dataclass(frozen=True)
class _Sentence:
    doc_id: str
    index: int
    start: int
    end: int


def _spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    return out


class _Library:
    def __init__(self, infos: dict[int, SentenceInfo]) -> None:
        self.infos = infos
        self.text = TEXT

    def article(self, doc_id: str) -> Article:
        return Article(id=doc_id, title="T", outlet="DER STANDARD", text=self.text)

    def analysis(self, doc_id: str) -> ArticleAnalysis:
        return ArticleAnalysis(sentences=self.infos)

    def sentences_of(self, keys: list[tuple[str, int]]) -> list[_Sentence]:
        spans = _spans(self.text)
        return [_Sentence(d, i, *spans[i]) for d, i in keys if 0 <= i < len(spans)]


def _candidate(index: int, infos: dict[int, SentenceInfo]) -> Candidate:
    return candidate_at(TEXT, _spans(TEXT)[index], index, infos, lead=TEXT[:400])


def _answerer(infos: dict[int, SentenceInfo]) -> Answerer:
    return Answerer(_Library(infos), listing=None)  # type: ignore[arg-type]


WEISS = SentenceInfo(source="Weiss", speaker="Weiss", cue="sagte", how="indirect", shown="Michael Weiss")


def test_an_unattributed_sentence_between_two_of_one_speaker_is_theirs() -> None:
    infos = {0: WEISS.model_copy(update={"cue": "kam", "how": "carried_over"}), 2: WEISS}
    assert _answerer(infos)._spoken_by(_candidate(1, infos)) == "Michael Weiss"


def test_an_unattributed_sentence_before_a_speaker_named_after_the_words_is_theirs_only_if_it_sounds_spoken() -> None:
    infos = {2: WEISS}
    assert _answerer(infos)._spoken_by(_candidate(1, infos)) is None  # "Es war ein Kampf …" could be narration
    library = _Library(infos)
    library.text = TEXT.replace("Es war ein Kampf", "Wir hatten einen Kampf")
    answerer = Answerer(library, listing=None)  # type: ignore[arg-type]
    start, end = _spans(library.text)[1]
    c = _candidate(1, infos)
    c = Candidate(**{**c.__dict__, "start": start, "end": end, "text": library.text[start:end]})
    assert answerer._spoken_by(c) == "Michael Weiss"


def test_narration_after_a_speakers_sentence_is_no_ones_words() -> None:
    infos = {2: WEISS}
    assert _answerer(infos)._spoken_by(_candidate(3, infos)) is None


def test_an_english_office_asked_about_with_its_body_in_lower_case_keeps_the_body() -> None:
    assert body_words("liste pilzs club chief", "en") == ["liste", "pilz"]
    assert body_words("the övp club chief", "en") == ["övp"]
    assert body_words("France's interior minister", "en") == []  # named by a proper name: as before
    assert body_words("the club chief", "en") == []
    assert body_words("der Klubchef", "de") == []


def test_an_office_of_another_body_is_not_the_one_asked_about() -> None:
    body = ["team", "strona"]
    lugar = said(
        "Vor allem die Pläne sind laut Klubchef Robert Lugar eine gefährliche Drohung.",
        "Klubchef Robert Lugar",
        before="Das Team Stronach will der Bildungsreform auf keinen Fall zustimmen.",
    )
    scherak = said(
        "Nikolaus Scherak, stellvertretender Klubchef der Neos, geht davon aus, dass vieles nicht so kommen wird.",
        "Nikolaus Scherak, stellvertretender Klubchef der Neos",
    )
    assert person_match(["klubchef"], lugar, body) == 1.0
    assert person_match(["klubchef"], scherak, body) == 0.5
    assert person_match(["klubchef"], scherak) == 1.0  # no body asked about: any club chief


def test_a_body_speaks_through_a_member_named_by_post_right_after_it_in_the_first_person_plural() -> None:
    before = "Die Pilotenvereinigung Cockpit wurde damit auf dem falschen Fuß erwischt."
    wahl = said("Wir sind vollkommen überrascht, erklärte Vorstand Markus Wahl.", "Vorstand Markus Wahl", before)
    assert person_match(["pilots", "union", "cockpit"], wahl) == 1.0
    own = said("Das Urteil ist falsch, erklärte Vorstand Markus Wahl.", "Vorstand Markus Wahl", before)
    assert person_match(["cockpit"], own) < 1.0  # his own view, not the body's "wir"
    other = said(
        "Wir sind überrascht, erklärte ÖVP-Klubchef Reinhold Lopatka.", "ÖVP-Klubchef Reinhold Lopatka", before
    )
    assert person_match(["cockpit"], other) < 1.0  # a post that names its own body
    far = said("Wir sind vollkommen überrascht, erklärte Vorstand Markus Wahl.", "Vorstand Markus Wahl", "Es regnete.")
    assert person_match(["cockpit"], far) < 1.0


def test_a_person_asked_by_first_name_and_surname_does_not_speak_in_another_members_first_person_plural() -> None:
    # dev63-014 "Was hat Rafael Benitez selbst nach der 0:4-Niederlage gesagt?": the club president's "wir" on him
    before = "Die Klubführung von Real Madrid hat seinem Trainer Rafael Benitez den Rücken gestärkt."
    perez = said("Wir stehen voll hinter ihm, sagte Perez.", "Präsident Floréntino Perez", before)
    assert person_match(["rafael", "benitez"], perez) < 1.0
    assert person_match(["klubführung"], perez) == 1.0  # a body: its president's "wir" is its word


@pytest.mark.parametrize(
    ("said_as", "source"),
    [
        (("sie", "appellierte"), "Arbeiterkammer-Präsident Rudolf Kaske"),
        (("sie", "betonte"), "Bundeskanzler Werner Faymann"),
        (("er", "sagte"), "Schauspielerin Robin Wright"),
        (("er", "sagte"), "Fachverbandsobfrau Angelika Sery-Froschauer"),
    ],
)
def test_a_pronoun_of_the_other_gender_is_not_the_office_it_was_resolved_to(
    said_as: tuple[str, str], source: str
) -> None:
    assert wrong_pronoun(said_as, source)


@pytest.mark.parametrize(
    ("said_as", "source"),
    [
        (("sie", "appellierten"), "Arbeiterkammer-Präsident Rudolf Kaske"),  # plural: they
        (("sie", "appellierte"), "Vizepräsidentin Renate Anderl"),
        (("er", "sagte"), "Arbeiterkammer-Präsident Rudolf Kaske"),
        (("sie", "sagte"), "Renate Anderl"),  # no office to tell the gender by
        (("kaske", "sagte"), "Arbeiterkammer-Präsident Rudolf Kaske"),
    ],
)
def test_a_pronoun_that_fits_or_cannot_be_told_keeps_its_source(said_as: tuple[str, str], source: str) -> None:
    assert not wrong_pronoun(said_as, source)


def test_a_carried_over_sentence_is_said_as_the_sentence_it_carries_from() -> None:
    infos = {
        4: SentenceInfo(source="Kaske", speaker="sie", cue="appellierte", how="indirect"),
        5: SentenceInfo(source="Kaske", speaker="sie", how="carried_over"),
    }
    assert pronoun_and_cue(5, infos) == ("sie", "appellierte")


def test_the_body_of_an_office_counts_where_some_article_names_it() -> None:
    articles = ["Der Hallwanger Bürgermeister Johannes Ebner", "Bürgermeister Hermann Manahl (VP) in Lochau"]
    assert named_body(["hallwa"], articles) == ["hallwa"]  # so Manahl, named without it, is not the one asked about
    assert named_body(["mayors", "hallwa"], articles[1:]) == []  # no article names it: it tells nothing


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wie schildert Gustavo Dudamel, wie er als Kind zum Dirigieren gekommen ist?", "Gustavo Dudamel"),
        ("wie begründete hundstorfer seine ablehnung", "hundstorfer"),
        ("Wie verteidigte Faymann die Obergrenze?", "Faymann"),
        ("how did hundstorfer justify his position on asylum seekers working", "hundstorfer"),
        ("how did merkel defend her refugee policy", "merkel"),
        ("what was the reaction of the pilots union to the court ruling", "the pilots union"),
        ("what was the pilots union's reaction to the ruling", "the pilots union"),
        ("Was war die Reaktion der Gewerkschaft auf das Urteil?", "der Gewerkschaft"),
    ],
)
def test_how_someone_accounts_for_something_asks_what_they_said(text: str, person: str) -> None:
    q = parse_question(text)
    assert (q.intent, q.person) == ("what_said", person)


@pytest.mark.parametrize(
    "text",
    ["Wie erklärt sich der Rückgang der Arbeitslosigkeit?", "Wie erklärt man das?", "How is the decline explained?"],
)
def test_how_something_is_explained_asks_no_one(text: str) -> None:
    assert parse_question(text).intent != "what_said"


def test_the_body_of_an_office_no_office_holder_is_named_with_tells_nothing() -> None:
    walser = said("Wir sind bereit, sagt Walser.", "Grünen-Bildungssprecher Harald Walser")
    lugar = said("Das ist eine Drohung, sagt Lugar.", "Klubchef Robert Lugar", "Das Team Stronach lehnt ab.")
    scherak = said("Das wird nicht kommen, sagt Scherak.", "stellvertretender Klubchef der Neos Nikolaus Scherak")
    assert persons_asked(["sprecher"], ["green"], [walser]) == [1.0]  # no "green" anywhere: any spokesman
    assert persons_asked(["klubchef"], ["team", "strona"], [lugar, scherak]) == [1.0, 0.5]


@pytest.mark.parametrize(
    ("person", "checkable"),
    [
        ("Putin", True),
        ("mark rutte", True),
        ("Germany's justice minister", True),  # an office the table translates
        ("the head of the IMF", True),  # an acronym is written alike in German
        ("the head of the advertising association", False),
        ("the head of the chamber of labour", False),  # "Labour-Oppositionsführer" names no Austrian
    ],
)
def test_an_english_description_of_a_person_cannot_tell_that_they_are_silent(person: str, checkable: bool) -> None:
    assert names_checkably(person, "en") is checkable
    assert names_checkably(person, "de")


@pytest.mark.parametrize(
    ("sentence", "source", "article"),
    [
        ("Es gehört Anton Wieser, der dem STANDARD bestätigt, dass es keine Angriffe gab.", "Fritz Grundnig", ""),
        (
            "Privatbeteiligtenvertreterin Lorenz, die 11.200 Euro fordert, ist überzeugt.",
            "Staatsanwalt Philipp Trebuch",
            "",
        ),
        (
            "Explizit kritische Aussagen gab es von Kern, der als ÖBB-Chef dafür bekannt war.",
            "Arbeiterkammer-Präsident Rudolf Kaske",
            "Erste Aussagen des designierten SPÖ-Chefs Christian Kern deuten darauf hin.",
        ),
    ],
)
def test_a_relative_pronoun_after_a_name_is_not_an_earlier_source(sentence: str, source: str, article: str) -> None:
    speaker = re.search(r", (der|die)\b", sentence)
    assert speaker is not None
    assert misread_relative(speaker.group(1), source, sentence, article or sentence)


@pytest.mark.parametrize(
    ("speaker", "sentence", "source"),
    [
        ("die", "Mit sechs von zehn Reisenden, die sich versichern, liege Österreich im Mittelfeld.", "Lackner"),
        ("die", "Bösch: Es gibt schon seit einigen Jahren Leute, die sagen, das sei auserzählt.", "Bösch"),
        ("der", "Es gehört Anton Wieser, der dem STANDARD bestätigt, dass es keine Angriffe gab.", "Anton Wieser"),
        ("Kaske", "Das ist falsch, sagte Kaske.", "Arbeiterkammer-Präsident Rudolf Kaske"),
    ],
)
def test_a_relative_pronoun_after_a_common_noun_or_its_own_source_keeps_it(
    speaker: str, sentence: str, source: str
) -> None:
    assert not misread_relative(speaker, source, sentence, sentence)


def test_english_roles_the_table_now_translates() -> None:
    assert identifying_words("the defence lawyer", "en") == ["verteidiger"]
    assert identifying_words("the managing director of the waldorf school", "en") == ["geschäftsführer"]
    assert identifying_words("the union boss", "en") == ["chef"]
    assert identifying_words("the defendant", "en") == ["angeklagte"]


def test_a_person_asked_by_role_speaks_under_the_bare_name_given_right_after_the_role() -> None:
    before = "Der Geschäftsführer der Waldorfschule hat gegen das Flüchtlingsprojekt nichts einzuwenden."
    c = said("Das ist kein Problem für die Schule, sagte Harald Walter-Arndt.", "Harald Walter-Arndt", before)
    words = ["geschäftsführer", "waldorfschule"]
    assert by_role(words)
    assert person_match(words, c, (), by_role(words)) == 1.0
    assert person_match(words, c) < 1.0  # without the role reading: only named before
    titled = said("Das ist falsch, sagte Bürgermeister Johannes Ebner.", "Bürgermeister Johannes Ebner", before)
    assert person_match(words, titled, (), True) < 1.0  # a speaker with a role of their own is someone else
    named = said("Das ist falsch, sagte Ebner.", "Ebner", "Ebner und der Geschäftsführer der Waldorfschule kamen.")
    assert person_match(words, named, (), True) < 1.0  # the sentence before names him beside the role


def test_a_person_asked_by_name_is_not_asked_by_role() -> None:
    assert not by_role(["hundstorfer"])
    assert not by_role(["gewerkschaft", "cockpit"])
    assert by_role(["angeklagte"])


# A quotation running on over three sentences, its speaker named after the words of the last ("…, sagte Huber.").
RUN_ON = "Der Verein meldete sich. Wir brauchen mehr Mut. Es ist mir wichtig, dass wir kämpfen. Es dauert, sagte Huber."
HUBER = SentenceInfo(source="Huber", speaker="Huber", cue="sagte", how="indirect", shown="Franz Huber")


def _spoken_two_on(text: str, infos: dict[int, SentenceInfo]) -> str | None:
    library = _Library(infos)
    library.text = text
    c = candidate_at(text, _spans(text)[1], 1, infos, lead=text[:400])
    return Answerer(library, listing=None)._said_later(c)  # type: ignore[arg-type]


def test_words_whose_speaker_is_named_two_sentences_on_are_theirs_over_a_sentence_carried_over_to_them() -> None:
    infos = {2: HUBER.model_copy(update={"cue": None, "how": "carried_over"}), 3: HUBER}
    assert _spoken_two_on(RUN_ON, infos) == "Franz Huber"


def test_words_whose_speaker_is_named_two_sentences_on_are_theirs_over_a_sentence_that_sounds_spoken() -> None:
    assert _spoken_two_on(RUN_ON, {3: HUBER}) == "Franz Huber"


def test_narration_or_another_speaker_between_ends_the_quotation() -> None:
    narrated = RUN_ON.replace("Es ist mir wichtig, dass wir kämpfen.", "Das Stadion war am Abend voll.")
    assert _spoken_two_on(narrated, {3: HUBER}) is None
    other = SentenceInfo(source="Maier", speaker="Maier", cue=None, how="carried_over", shown="Eva Maier")
    assert _spoken_two_on(RUN_ON, {2: other, 3: HUBER}) is None
