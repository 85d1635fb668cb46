"""What a person said, in full: the sentences their words run on into count past the few claims search finds."""

from __future__ import annotations

from dataclasses import replace

from conftest import PlainArticle, candidate_at, sentence_spans

from retrieval.answer.answerer import MAX_CLAIMS, RUN_ON_CLAIMS, Answerer
from retrieval.answer.features import NAMES
from retrieval.answer.listing import Listed
from retrieval.answer.persons import _mentions, named_holders, persons_asked
from retrieval.answer.said import run_on, words_before
from retrieval.models import Article, SentenceInfo
from retrieval.question import parse_question

# A match report: the coach speaks four times, and after each of his sentences his words go on in the next one.
REPORT = (
    "Wir wollten eine Steigerung, meinte Barisic. "
    "Mir geht es nur um unser Spiel. "
    "Die Tabelle sei eine Momentaufnahme, betonte Barisic. "
    "Wir wollen die Fans begeistern. "
    "Ein Lauf gehe nicht auf Knopfdruck, sagte Barisic. "
    "Diese Leichtigkeit muss man sich hart erarbeiten. "
    "Die Altacher seien stark, warnte Barisic. "
    "Es wird an uns liegen."
)
SAID = SentenceInfo(source="Trainer Zoran Barisic", speaker="Barisic", cue="sagte", how="indirect")


def test_a_persons_words_run_on_into_the_claims_left() -> None:
    infos = dict.fromkeys((0, 2, 4, 6), SAID)
    answerer = Answerer(PlainArticle(REPORT, infos), listing=None)  # type: ignore[arg-type]
    spans = sentence_spans(REPORT)
    row = [0.0] * len(NAMES)
    row[NAMES.index("person")] = 1.0
    source = "Trainer Zoran Barisic"
    listed = [Listed(candidate_at(REPORT, spans[i], i, infos), 0.9, [], source, row=row) for i in (0, 2)]
    claims = answerer._run_on(listed, "de")
    assert len(claims) == RUN_ON_CLAIMS == MAX_CLAIMS["who_said"]
    assert [item.candidate.index for item in claims] == [0, 2, 1, 3]  # "Mir geht es …", "Wir wollen …"
    assert all(item.continued for item in claims[2:])


# The headline gives the speaker's view; the body opens with a dateline and quotes a letter he got.
HEADED = (
    "Gnesda sieht das Schreiben als problematisch. "
    "Wien – Verstimmung löst ein Brief aus. "
    "Wir würden uns sehr freuen, wenn du informierst."
)


def test_a_dateline_ends_the_words_of_the_headline() -> None:
    spans = sentence_spans(HEADED)
    infos = {0: SentenceInfo(source="Gnesda", speaker="Gnesda", how="headline")}
    article = Article(id="d", title="T", text=HEADED)
    assert run_on(0, spans[0][1], "Gnesda", infos, article, {1: spans[1], 2: spans[2]}) == []
    # without the dateline, the words in the first person after the narration would be taken for his
    plain = HEADED.replace("Wien – ", "")
    spans = sentence_spans(plain)
    article = Article(id="d", title="T", text=plain)
    assert run_on(0, spans[0][1], "Gnesda", infos, article, {1: spans[1], 2: spans[2]}) == [1, 2]


# An interview report: the director speaks on exhibitions twice, on the building once; a dateline sentence names the
# topic in his source's paragraph.
EXHIBITIONS = (
    "Ausstellen bedeutet kritisches Hinterfragen, sagt Direktor Thomas Trummer. "
    "Das Haus sei ein Juwel der Architektur, sagt Trummer. "
    "Kunst aufhängen sei nicht der Sinn von Ausstellungen, sagt Trummer. "
    "Vielmehr gehe es um das Hinterfragen von Werten. "
    "Der Umbau koste viel Geld, sagt Trummer."
)


def _listed_at(text: str, infos: dict[int, SentenceInfo], index: int, source: str) -> Listed:
    row = [0.0] * len(NAMES)
    row[NAMES.index("person")] = 1.0
    return Listed(candidate_at(text, sentence_spans(text)[index], index, infos), 0.9, [], source, row=row)


def test_the_persons_other_sentences_on_the_topic_asked_about_are_claimed_with_their_run_on() -> None:
    said_ = SentenceInfo(source="Direktor Thomas Trummer", speaker="Trummer", cue="sagt", how="indirect")
    carried = said_.model_copy(update={"how": "carried_over", "cue": None})
    infos = {0: said_, 1: said_, 2: said_, 3: carried, 4: said_}
    answerer = Answerer(PlainArticle(EXHIBITIONS, infos), listing=None)  # type: ignore[arg-type]
    question = parse_question("Was sagt der Direktor über den Sinn von Ausstellungen?")
    claims = answerer._said_on_topic([_listed_at(EXHIBITIONS, infos, 0, "Direktor Thomas Trummer")], question)
    # not his words on the building or its cost: they share no word of the question
    assert [item.candidate.index for item in claims] == [0, 2, 3]
    assert not claims[1].continued and claims[2].continued


INTERVIEWED = (
    "Big Brother machen wir nicht. "
    "Es geht um die Inhalte, erklärte der Redakteur Simon Pützstück. "
    "Der Sender zeigt die Folgen ab Montag. "
    "Gedreht werde in Köln, sagte Pützstück."
)


def test_the_words_before_a_sentence_that_names_the_speaker_after_them_are_theirs() -> None:
    spans = sentence_spans(INTERVIEWED)
    said_ = SentenceInfo(source="der Redakteur Simon Pützstück", speaker="Pützstück", cue="erklärte", how="indirect")
    infos = {1: said_, 3: said_}
    article = Article(id="d", title="T", text=INTERVIEWED)
    assert words_before(1, spans, "der Redakteur Simon Pützstück", infos, article) == 0  # "wir": spoken
    assert words_before(3, spans, "der Redakteur Simon Pützstück", infos, article) is None  # the reporter's


def test_an_office_is_not_the_body_its_holders_form() -> None:
    assert not _mentions("richter", "sabine matejka, vizepräsidentin der richtervereinigung")
    assert _mentions("richter", "der verfahrensrichter walter pilgermaier")


HOLDER = (
    "Wien – Eine Änderung wünscht sich der Verfahrensrichter im Hypo-U-Ausschuss, Walter Pilgermaier. "
    "Der Zeitdruck mit parallelem Aktenstudium ist zu groß, meinte Pilgermaier am Montag."
)


def test_the_holder_of_an_office_asked_about_with_words_that_are_no_body_speaks_under_his_name() -> None:
    # "the procedural judge of the Hypo inquiry committee": "richter" and "hypo", no body the table knows
    assert named_holders(["richter"], ["hypo"], {"d": HOLDER}) == {"d": {"Pilgermaier"}}
    spans = sentence_spans(HOLDER)
    infos = {1: SentenceInfo(source="Pilgermaier", speaker="Pilgermaier", cue="meinte", how="indirect")}
    said = replace(candidate_at(HOLDER, spans[1], 1, infos), source="Pilgermaier")
    assert persons_asked(["richter", "hypo"], [], [said], articles={"d": HOLDER}) == [1.0]
