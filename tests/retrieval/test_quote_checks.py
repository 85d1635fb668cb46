"""Quote checks: how a question puts up the words to check, and when a sentence of the person's says them in other
words (a paraphrase) rather than something else on the same topic (not found)."""

from __future__ import annotations

import pytest
from conftest import SaidArticle

from retrieval.answer.quotecheck import _reworded, _said_by, _same_word, fold
from retrieval.models import SentenceInfo
from retrieval.question import parse_question
from retrieval.search import ScoredSentence


@pytest.mark.parametrize(
    ("text", "person", "claim"),
    [
        # whom the words were said to stands between the speaker and the verb
        (
            "Hat der Bürgermeister Karl Huber dem ORF vorgeworfen, nach dem Motto zu arbeiten, dass nur schlechte "
            "Nachrichten gute Nachrichten sind?",
            "der Bürgermeister Karl Huber",
            "nach dem Motto zu arbeiten, dass nur schlechte Nachrichten gute Nachrichten sind",
        ),
        ("hat der trainer einem reporter gesagt, die mannschaft sei müde", "der trainer", "die mannschaft sei müde"),
        # a report ("gemeldet") is a verb of saying in news
        (
            "Hat die Polizei gemeldet, dass drei Menschen verletzt wurden?",
            "die Polizei",
            "drei Menschen verletzt wurden",
        ),
    ],
)
def test_the_words_put_up_for_checking(text: str, person: str, claim: str) -> None:
    q = parse_question(text)
    assert (q.kind, q.person, q.claimed_quote) == ("quote_check", person, claim)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Zitatprüfung: Die Sprecherin soll angekündigt haben, der Rat werde „umgehend über eine Reaktion beraten“. "
            "Ist das so belegt?",
            "Die Sprecherin",
        ),
        ('Quote check: the mayor said "we will rebuild the bridge", right?', "the mayor"),
    ],
)
def test_a_label_before_the_statement_is_no_speaker(text: str, person: str) -> None:
    assert parse_question(text).person == person


def test_a_quoted_report_is_a_quote_check() -> None:
    q = parse_question(
        "der geheimdienst soll gemeldet haben die soldaten würden „derzeit im osten russlands ausgebildet und "
        "danach an die front geschickt“ – passt das zitat so"
    )
    assert (q.kind, q.person) == ("quote_check", "der geheimdienst")


_SAID = "Die Leute wollen, dass ihre Vertreter egoistischer vorgehen, als sie es selber tun würden, sagte Hilbe."
_CLAIM = (
    "Hat Christian Hilbe gesagt, die Menschen wünschten sich Vertreter, die egoistischer sind, als sie selbst es wären?"
)


def _reword(question: str, printed: str, dense: float) -> str | None:
    q = parse_question(question)
    library = SaidArticle(printed, "Christian Hilbe")
    match = _reworded(q, fold(q.claimed_quote or ""), [ScoredSentence("d", 0, 0, len(printed), 0, dense)], library)  # type: ignore[arg-type]
    return None if match is None else match.verdict


def test_a_claim_in_synonyms_that_keeps_a_third_of_its_words_is_a_paraphrase_of_a_sentence_this_close() -> None:
    # "die Leute wollen" for "die Menschen wünschten sich", "selber" for "selbst": two of five words kept
    assert _reword(_CLAIM, _SAID, 0.905) == "paraphrase"


def test_the_same_words_further_in_meaning_are_no_paraphrase() -> None:
    assert _reword(_CLAIM, _SAID, 0.885) is None  # claims nobody made keep half their words at 0.889


def test_a_close_sentence_that_keeps_one_word_of_the_claim_is_no_paraphrase() -> None:
    claim = "Hat Christian Hilbe gesagt, Politiker würden nach der Wahl ihre Versprechen brechen?"
    assert _reword(claim, _SAID, 0.905) is None


def test_a_close_sentence_that_says_no_where_the_claim_says_yes_is_no_paraphrase_of_it() -> None:
    printed = "Die Leute wollen nicht, dass ihre Vertreter egoistischer vorgehen, als sie es selber tun würden."
    assert _reword(_CLAIM, printed, 0.905) is None


def test_a_claim_kept_in_its_content_words_and_a_compound_is_a_paraphrase_whatever_auxiliaries_it_adds() -> None:
    # "hatte", "weil", "wurde" carry nothing of the claim; "geboren" is the end of "hineingeboren": four of five kept
    claim = "hat hilbe gesagt er hatte glück weil er ins goldene zeitalter der forschung geboren wurde"
    printed = "Ich bin in ein goldenes Zeitalter der Forschung hineingeboren worden, freut sich Hilbe."
    assert _reword(claim, printed, 0.888) == "paraphrase"


def test_auxiliaries_a_claim_shares_with_a_sentence_keep_none_of_its_content() -> None:
    # "hätten gehabt", "weil", "worden war" shared: one content word of four ("Wähler") is kept, not five of eight
    claim = "hat hilbe gesagt die wähler hätten eine wahl gehabt weil alles entschieden worden war"
    printed = "Die Wähler hätten gewusst, wen sie wählen, weil es so geworden war, sagte Hilbe."
    assert _reword(claim, printed, 0.9) is None


@pytest.mark.parametrize(
    ("claimed", "printed", "same"),
    [
        ("erheblich", "erheblichen", True),
        ("gebären", "hineingebären", True),
        ("geschichte", "lebensgeschichte", True),
        ("kind", "flüchtlingskind", False),
        ("wähler", "wahl", False),
    ],
)
def test_the_same_word_by_its_first_letters_or_as_the_end_of_a_compound(claimed: str, printed: str, same: bool) -> None:
    assert _same_word(claimed, printed) is same


_PODIUM = (
    "Die Vorarlbergerin Eva Pinkelnig wurde Dritte. Es ist großartig, mit den Besten auf dem Podest zu stehen, sagte "
    "die Vorarlbergerin."
)


def _speaker_line(question: str, text: str, source: str) -> bool | None:
    start = text.index("Es ist")
    info = SentenceInfo(source=source, shown=source)
    return _said_by(parse_question(question), info, text, ScoredSentence("d", 1, start, len(text), 0, 0.9))  # type: ignore[arg-type]


def test_a_source_that_describes_the_person_as_the_article_names_them_is_theirs() -> None:
    assert _speaker_line("Did Eva Pinkelnig say it was great to be on the podium?", _PODIUM, "die Vorarlbergerin")


def test_a_source_that_describes_someone_the_article_never_names_so_is_not_said_to_be_someone_else() -> None:
    # "die Tirolerin" may be her or not: the speaker line says nothing, rather than "the article does not say so"
    text = _PODIUM.replace("sagte die Vorarlbergerin", "sagte die Tirolerin")
    assert _speaker_line("Did Eva Pinkelnig say it was great to be on the podium?", text, "die Tirolerin") is None


def test_a_source_that_names_someone_else_is_someone_else() -> None:
    text = _PODIUM.replace("sagte die Vorarlbergerin", "sagte Sara Marita Kramer")
    assert _speaker_line("Did Eva Pinkelnig say it was great to be on the podium?", text, "Sara Marita Kramer") is False


def test_a_claim_that_says_no_with_kein_is_a_paraphrase_of_a_sentence_that_says_it_with_nicht_ein() -> None:
    # "kein" is "nicht … ein": not a content word the sentence lacks, the claim and the sentence both say no
    claim = "hat hilbe gesagt, er werde keinen nachfolger bestimmen?"
    printed = "Ich werde sicher nicht einen Nachfolger bestimmen, sagte Christian Hilbe."
    assert _reword(claim, printed, 0.88) == "paraphrase"


def test_a_sentence_that_keeps_every_content_word_but_says_yes_where_the_claim_says_no_is_no_paraphrase() -> None:
    claim = "hat hilbe gesagt, er werde sich keinen nachfolger aufdrängen lassen?"
    printed = "Ich werde mir sicher einen Nachfolger aufdrängen lassen, sagte Christian Hilbe."
    assert _reword(claim, printed, 0.87) is None


def test_a_short_claim_whose_every_word_is_printed_or_has_a_synonym_is_a_paraphrase_of_a_close_sentence() -> None:
    # "extrem" for "äußerst", "war" for "ist": both content words kept, one in another word of the same meaning
    claim = "Stimmt das Zitat von Christian Hilbe zum Urteil: Ich war äußerst erstaunt?"
    assert _reword(claim, "Ich bin extrem erstaunt, sagte Christian Hilbe.", 0.9) == "paraphrase"


def test_a_short_claim_with_a_word_of_another_meaning_is_no_paraphrase_of_a_close_sentence() -> None:
    claim = "Stimmt das Zitat von Christian Hilbe zum Urteil: Ich war äußerst erstaunt?"
    assert _reword(claim, "Ich bin kaum erstaunt, sagte Christian Hilbe.", 0.9) is None
