"""retrieval.segment: sentences and passages with exact character offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrieval.models import Article, Sentence
from retrieval.segment import passages, sentence_spans, sentences, token_spans


def split(text: str, language: str = "de") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """The invariants every segmentation keeps: in order, inside the text, trimmed, never overlapping."""
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text), (spans, text)
        assert not text[start].isspace() and not text[end - 1].isspace(), (text[start:end],)
        previous_end = end
    covered = "".join(text[a:b] for a, b in spans)
    # no word or number is left out (bare punctuation between sentences may be)
    assert [c for c in covered if c.isalnum()] == [c for c in text if c.isalnum()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er kam am 12. Oktober nach Berlin.",
        "Es gibt viele Gründe, z. B. das Wetter und die Kosten.",
        "Die Akte Nr. 5 liegt beim Gericht.",
        "„Was genau tun sie dort? Das bleibt abzuwarten“, sagte er.",
        "„Wer zahlt? Wir nicht!“, rief die Ministerin am 3. Mai.",
        "Das sagte Dr. Müller vom Institut u. a. in Bonn.",
    ],
)
def test_abbreviations_dates_and_quotes_stay_one_sentence(sentence: str) -> None:
    text = f"Vorher geschah etwas. {sentence} Danach ging es weiter."
    assert split(text) == ["Vorher geschah etwas.", sentence, "Danach ging es weiter."]


def test_seed_quote_with_question_is_one_sentence(seed_articles: list[Article]) -> None:
    article = next(a for a in seed_articles if a.id == "seed-002")
    texts = [s.text for s in sentences(article)]
    assert (
        "„Was genau tun sie dort? Das bleibt abzuwarten“, sagte US-Verteidigungsminister Lloyd Austin "
        "am Rande eines Besuches in Rom."
    ) in texts


def test_headlines_without_full_stop_end_at_the_line_break() -> None:
    text = (
        "Südkorea bestellt Botschafter ein\nDie Regierung reagierte am Montag. Sie war besorgt.\n\n"
        "Auch interessant\n\nEin neuer Absatz."
    )
    assert split(text) == [
        "Südkorea bestellt Botschafter ein",
        "Die Regierung reagierte am Montag.",
        "Sie war besorgt.",
        "Auch interessant",
        "Ein neuer Absatz.",
    ]


def test_line_wrapped_sentence_continues_on_a_lowercase_line() -> None:
    text = "Der Stadtrat hat den Bau eines neuen\nRadwegs beschlossen, der\nrund zwei Millionen kostet."
    # "Radwegs" starts a new line with a capital: a hard break; the lowercase line continues the sentence.
    assert split(text) == [
        "Der Stadtrat hat den Bau eines neuen",
        "Radwegs beschlossen, der\nrund zwei Millionen kostet.",
    ]


def test_open_quote_is_not_joined_across_a_line_break() -> None:
    text = "„Das ist ein Zitat ohne Ende.\nNeuer Absatz mit eigenem Satz."
    assert split(text) == ["„Das ist ein Zitat ohne Ende.", "Neuer Absatz mit eigenem Satz."]


def test_english_sentences() -> None:
    text = (
        "The U.S. Defense Secretary spoke in Rome on Oct. 23. He was worried. "
        '"What are they doing? We\'ll see," he said.'
    )
    assert split(text, "en") == [
        "The U.S. Defense Secretary spoke in Rome on Oct. 23.",
        "He was worried.",
        '"What are they doing? We\'ll see," he said.',
    ]


def test_offsets_with_nbsp_and_odd_whitespace() -> None:
    text = "  Es kamen 12\u00a0000 Soldaten.\u00a0 Das\u2009ist viel.\t\n"
    spans = sentence_spans(text)
    check_spans(text, spans)
    assert [text[a:b] for a, b in spans] == ["Es kamen 12\u00a0000 Soldaten.", "Das\u2009ist viel."]


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\u00a0"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert sentence_spans(text) == []


def test_sentences_carry_doc_id_index_and_exact_text(seed_articles: list[Article]) -> None:
    for article in seed_articles:
        units = sentences(article)
        assert len(units) > 20
        assert [s.index for s in units] == list(range(len(units)))
        for s in units:
            assert s.doc_id == article.id
            assert s.text == article.text[s.start : s.end]
        check_spans(article.text, [(s.start, s.end) for s in units])


def make_article(text: str) -> tuple[Article, list[Sentence]]:
    article = Article(id="a", title="t", text=text)
    return article, sentences(article)


def check_passages(article: Article, units: list[Sentence], max_chars: int) -> None:
    chunks = passages(article, units, max_chars=max_chars)
    assert [p.index for p in chunks] == list(range(len(chunks)))
    covered: list[int] = []
    for p in chunks:
        assert p.doc_id == article.id
        assert p.first_sentence <= p.last_sentence
        assert p.start == units[p.first_sentence].start and p.end == units[p.last_sentence].end
        assert p.text == article.text[p.start : p.end]
        assert p.end - p.start <= max_chars or p.first_sentence == p.last_sentence  # only a lone long sentence
        covered.extend(range(p.first_sentence, p.last_sentence + 1))
    assert covered == [s.index for s in units]  # consecutive whole sentences, each exactly once


@pytest.mark.parametrize("max_chars", [1, 40, 80, 200, 10_000])
def test_passages_are_windows_of_whole_sentences(max_chars: int) -> None:
    article, units = make_article(" ".join(f"Das ist der Satz Nummer {i} im Text." for i in range(12)))
    check_passages(article, units, max_chars)


def test_passages_are_greedy() -> None:
    article, units = make_article("Eins ist hier. Zwei ist da. Drei ist dort. Vier.")
    chunks = passages(article, units, max_chars=len("Eins ist hier. Zwei ist da."))
    assert [p.text for p in chunks] == ["Eins ist hier. Zwei ist da.", "Drei ist dort. Vier."]
    assert len(passages(article, units, max_chars=1000)) == 1


def test_a_sentence_longer_than_max_chars_is_its_own_passage() -> None:
    article, units = make_article("Kurz. " + "Ein sehr langer Satz " * 10 + "endet hier. Kurz.")
    chunks = passages(article, units, max_chars=50)
    assert [(p.first_sentence, p.last_sentence) for p in chunks] == [(0, 0), (1, 1), (2, 2)]
    assert chunks[1].end - chunks[1].start > 50


def test_max_chars_must_be_positive() -> None:
    article, units = make_article("Ein Satz.")
    with pytest.raises(ValueError, match="max_chars must be > 0, got 0"):
        passages(article, units, max_chars=0)


def test_seed_passages(seed_articles: list[Article]) -> None:
    for article in seed_articles:
        units = sentences(article)
        check_passages(article, units, 1000)
        check_passages(article, units, 300)


_ALPHABET = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyzÄÖÜäöüßABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        *[" ", " ", " ", "\n", "\n\n", "\u00a0", "\u202f", "\t", ".", ".", ",", "?", "!", ":", ";", "-", "–"],
        *["„", "“", "”", '"', "'", "‚", "‘", "»", "«", "(", ")"],
        *["z. B.", "Nr. 5", "12. Oktober", "Dr. ", "12.000"],
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_ALPHABET, max_size=120), max_chars=st.integers(min_value=1, max_value=200))
def test_any_text_segments_into_exact_non_overlapping_spans(parts: list[str], max_chars: int) -> None:
    text = "".join(parts)
    spans = sentence_spans(text)
    check_spans(text, spans)
    if spans:
        article, units = make_article(text)
        assert [(s.start, s.end) for s in units] == spans
        check_passages(article, units, max_chars)


def test_bare_punctuation_is_not_a_sentence() -> None:
    assert split("Erster Satz.\n\n.\n\n***\n\nZweiter Satz.") == ["Erster Satz.", "Zweiter Satz."]


def test_token_spans() -> None:
    """The tokens of a sentence span as segmenting found them; None for a span that cuts a token."""
    text = "Der Minister sagte, die Lage sei ernst. Es regnete am 12. Oktober."
    first, second = sentence_spans(text)
    assert [
        text[a:b] for a, b in token_spans(text, *first) or []
    ] == "Der Minister sagte , die Lage sei ernst .".split()
    assert [text[a:b] for a, b in token_spans(text, *second) or []][-3:] == ["12.", "Oktober", "."]
    assert token_spans(text, 0, len(text)) is not None
    assert token_spans(text, 1, first[1]) is None  # starts inside "Der"
    assert token_spans(text, 0, 6) is None  # ends inside "Minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Anteil stieg von sechs auf 92. Der dramatische Anteil ist neu.",
            ["Der Anteil stieg von sechs auf 92.", "Der dramatische Anteil ist neu."],
        ),
        ("Es wuchs bis 1990. In den Jahren danach sank es.", ["Es wuchs bis 1990.", "In den Jahren danach sank es."]),
        (
            "Sie feierten zum 20. Jahrestag am 3. Oktober in Bonn.",
            ["Sie feierten zum 20. Jahrestag am 3. Oktober in Bonn."],
        ),
        ("Er wurde 3. Die Polizei kam später.", ["Er wurde 3. Die Polizei kam später."]),  # no lower-case word after
    ],
)
def test_a_number_and_full_stop_before_a_sentence_opener_ends_the_sentence(text: str, expected: list[str]) -> None:
    """ "92. Der dramatische …": the full stop after a number ends the sentence where a word that opens one and a
    lower-case word follow; quotes are sentence spans, so each half is its own sentence."""
    assert split(text) == expected
    check_spans(text, sentence_spans(text))
