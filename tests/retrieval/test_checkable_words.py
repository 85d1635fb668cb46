"""Which rare words of an English question can tell German articles apart (``features.on_topic_en``): a name, a number
or a word English does not use wherever an article prints it; an everyday English word ("money", "groups") only where
an article prints it as German does ("Polizei" for "police"), not where one prints it in English ("Money Talks").
And a counted noun of two words in the table ("voting rounds") is not its last word alone ("negotiation rounds")."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import figures_of, sentence_candidate

from retrieval.answer.counted import concept
from retrieval.answer.features import NAMES, QuestionTerms, on_topic_en
from retrieval.answer.figure_evidence import ages, durations, named_alone, named_figures, sums
from retrieval.answer.words import Matcher
from retrieval.models import Article
from retrieval.nlp import english_word
from retrieval.question import parse_question


def _terms(rare: list[str], names: Sequence[str] = ()) -> QuestionTerms:
    return QuestionTerms(
        words=rare,
        weights=dict.fromkeys(rare, 0.8),
        rare=rare,
        names=list(names),
        unknown=0,
        years=[],
        when=[],
        places=[],
        source=None,
        predicates=set(),
        person_words=[],
    )


def _on_topic(qt: QuestionTerms, texts: dict[str, str]) -> frozenset[str] | None:
    articles = {doc_id: Article(id=doc_id, title="", text=text) for doc_id, text in texts.items()}
    rare = Matcher(qt.rare)
    rare.learn(a.text for a in articles.values())
    return on_topic_en(qt, rare, articles)


def test_everyday_english_words_are_told_from_names_and_german_words() -> None:
    for word in ("money", "groups", "killed", "votes", "negotiation", "Money"):
        assert english_word(word), word
    for word in ("leopoldstadt", "fpö", "Polizei", "Verhandlungsrunden", "sydney", "rooney"):
        assert not english_word(word), word  # a German word, a name, or a word English lists as a name


def test_an_english_word_another_article_prints_in_english_does_not_rule_an_article_out() -> None:
    qt = _terms(["negotiation", "groups", "money"])
    texts = {
        "answer": "Sie sollten nach zehn Verhandlungsrunden gemeinsam eine Geldsumme bereitstellen.",
        "other": "Die Band Money Groups spielte am Abend in Wien.",
    }
    # nothing German text can show is printed: the feature rows decide, as before
    assert _on_topic(qt, texts) is None


def test_a_word_printed_as_german_prints_it_or_a_name_still_rules_articles_out() -> None:
    qt = _terms(["police", "money", "favoriten"])
    texts = {
        "answer": "Die Polizei in Wien-Favoriten nahm die Frau fest.",
        "no_place": "Die Polizei in Graz nahm die Frau fest, Money war kein Thema.",
        "english": "Das Lied Money der Band war ein Hit.",
    }
    # "police" is printed as German prints it ("Polizei"), "favoriten" wherever it is printed; "money" tells nothing
    assert _on_topic(qt, texts) == frozenset({"answer"})


def test_a_count_of_an_english_question_answers_alone_in_an_article_on_the_topic_german_can_show() -> None:
    q = parse_question("How many negotiation rounds did the groups in the experiment have to raise the money?")
    text = "Sie sollten nach zehn Verhandlungsrunden gemeinsam eine Geldsumme bereitstellen."
    c = sentence_candidate(text, info=figures_of(text))
    row = [{"missing_rare": 0.84, "cover_rare_article": 0.25}.get(name, 0.0) for name in NAMES]
    names = lambda f: True  # noqa: E731 - the noun is named (``Answerer._naming``)
    assert not named_figures(q, c, row, names)  # the rows count "money" some other article prints
    assert named_figures(q, c, row, names, on_topic=True)
    assert not named_figures(q, c, [0.0] * len(NAMES), names, on_topic=False)


def test_a_two_word_counted_noun_of_the_table_is_not_its_last_word() -> None:
    assert concept("negotiation rounds") is None  # not a round of voting
    assert concept("rounds") is None
    voting = concept("voting rounds")
    assert voting is not None and voting == concept("Wahlgänge")


def test_the_only_sum_of_an_article_on_the_topic_answers_a_money_question() -> None:
    q = parse_question("what revenue does the packaging maker make in india and south-east asia, according to its ceo?")
    assert q.measure == "money"
    text = "Dort machen wir heute fast 100 Millionen Euro Umsatz."
    c = sentence_candidate(text, info=figures_of(text))
    on = [{"cover_rare_article": 1.0}.get(name, 0.0) for name in NAMES]
    alone = list(figures_of(text).figures) + list(figures_of("Das Werk hat 300 Beschäftigte.").figures)
    assert named_alone(q, c, on, alone, sums)  # a count beside it is no other sum
    other = list(figures_of("Im Vorjahr waren es 80 Millionen Euro.").figures)
    assert not named_alone(q, c, on, alone + other, sums)  # which of two sums?
    assert not named_alone(q, c, on, alone, sums, on_topic=False)  # not the article on the topic
    per = "Nutzer zahlen zehn Euro pro Monat."
    assert not named_alone(q, sentence_candidate(per, info=figures_of(per)), on, list(figures_of(per).figures), sums)


def test_the_only_age_of_an_article_on_the_topic_answers_how_old() -> None:
    q = parse_question("how old is the mum who killed her little son in favoriten")
    assert q.figure_kind == "age"
    text = "Wien – Eine 25-jährige Frau soll in einer Wohnung in Wien-Favoriten ihren Sohn getötet haben."
    c = sentence_candidate(text, info=figures_of(text))
    on = [{"cover_rare_article": 1.0}.get(name, 0.0) for name in NAMES]
    alone = list(figures_of(text).figures) + list(figures_of("Die Polizei rückte mit 12 Beamten an.").figures)
    assert named_alone(q, c, on, alone, ages)  # a count is no other age
    other = list(figures_of("Der 31-jährige Vater war nicht zu Hause.").figures)
    assert not named_alone(q, c, on, alone + other, ages)  # whose age?
    assert not named_alone(q, c, on, alone, ages, on_topic=False)


def test_the_only_span_of_time_of_an_article_on_the_topic_answers_what_sentence_someone_got() -> None:
    q = parse_question("what sentence did the guy in wismar get for threatening to burn down a refugee home")
    assert q.figure_kind == "duration"  # a sentence lasts, as a ban or "Haft" does
    text = "Das Amtsgericht Wismar entschied am Mittwoch auf fünf Monate Gefängnis auf Bewährung."
    c = sentence_candidate(text, info=figures_of(text))
    on = [{"cover_rare_article": 1.0}.get(name, 0.0) for name in NAMES]
    alone = list(figures_of(text).figures)
    assert named_alone(q, c, on, alone, durations)
    other = list(figures_of("Die Staatsanwaltschaft hatte acht Monate Haft gefordert.").figures)
    assert not named_alone(q, c, on, alone + other, durations)  # which of two?
