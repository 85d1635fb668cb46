"""retrieval.casing: a question typed all in lower case gets the capitals the corpus gives its names, and the
search embeds it both ways."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from conftest import HashEmbedder, article

from retrieval.answer.answerer import named_as_printed
from retrieval.casing import Casing, typed_lower
from retrieval.indexer import Indexer
from retrieval.nlp import german_name
from retrieval.question import parse_question
from retrieval.search import _STOP, Searcher

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Im Hafen von Ostervik legten am Montag drei Schiffe an. Der Bürgermeister von Ostervik sagte, man sei froh.",
    "Die Fähre nach Ostervik fiel aus. Laut Reederei Pirnow lag das am Sturm.",
    "Die neue Brücke ist fertig. Der Bau war teuer, sagte die Reederei Pirnow. Neue Pläne gibt es keine.",
    "Das ist eine neue Idee. Wer hat sie? Der Sturm kam am Abend, die neue Mole hielt.",
]


def test_typed_lower() -> None:
    assert typed_lower("wie viele schiffe legten in ostervik an?")
    assert not typed_lower("Wie viele Schiffe legten in Ostervik an?")
    assert not typed_lower("wie viele schiffe legten in Ostervik an?")  # one capital: typed with care
    assert not typed_lower("2015?")


def test_the_corpus_record_counts_words_inside_sentences_only() -> None:
    casing = Casing.of(TEXTS)
    assert casing.written("ostervik") == "Ostervik"
    assert casing.written("pirnow") == "Pirnow"
    assert casing.written("neue") is None  # "Neue Pläne" opens a sentence; inside them it is "neue"
    assert casing.written("sturm") == "Sturm"
    assert casing.written("mole") is None  # written once: no record
    assert casing.written("leuchtturm") is None  # never written


def test_the_record_of_many_texts_counts_as_each_text_added_one_by_one() -> None:
    """``Casing.of`` counts with two regular expressions what ``add`` finds word by word: the same record, on the
    shipped corpus and where a hyphen or apostrophe opens a word or joins two."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.md"))] + [
        *TEXTS,
        "Nord- und Südkorea. Das 3-Jährige Kind. 'Hallo', sagte er.",
        "L'Aquila - Stadt; Costa-Concordia fährt -Nach\n  Neu\tWort „Zitat“ Ende McDonald's Filiale",
    ]
    added = Casing()
    for text in texts:
        added.add(text)
    assert Casing.of(texts) == added
    assert Casing.of(texts).lower["und"] > 0 and "nach" not in Casing.of(texts[-1:]).forms


def test_restore_gives_names_their_capitals_and_leaves_the_rest() -> None:
    casing = Casing.of(TEXTS)
    names = {"Ostervik", "Pirnow"}
    asked = "was sagte die reederei pirnow zum sturm vor ostervik?"
    assert casing.restore(asked, name=names.__contains__) == "was sagte die reederei Pirnow zum sturm vor Ostervik?"
    assert casing.restore(asked) == "was sagte die Reederei Pirnow zum Sturm vor Ostervik?"  # every form
    assert casing.restore(asked, keep={"sturm"}.__contains__) == "was sagte die Reederei Pirnow zum sturm vor Ostervik?"
    typed = "Was sagte die Reederei pirnow?"
    assert casing.restore(typed) == typed  # not typed all in lower case: left as it is


def test_an_acronym_in_capitals_is_not_a_word_of_the_sentence() -> None:
    casing = Casing.of(["Der Verband ÖKV meldete das. Laut ÖKV stimmt es.", "Auch der ÖKV war da."])
    assert casing.restore("was meldete der ökv", keep=_STOP.__contains__) == "was meldete der ÖKV"


def test_german_name() -> None:
    assert german_name("ÖKV")
    assert german_name("Frankfurt")
    assert german_name("Zwieselbrunner")  # a word no lexicon lists
    assert not german_name("Zeitung")
    assert not german_name("Wahlkampf")


def test_a_question_typed_in_lower_case_is_searched_with_both_vectors(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    index = make_index()
    index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    searcher = Searcher(index.store, hash_embedder)
    searcher.fuse_lower_case = True  # off by default (``search.FUSE_LOWER_CASE``)
    typed = "wann legten die schiffe in ostervik an"
    written = "wann legten die schiffe in Ostervik an"
    assert searcher.written(typed) == written
    assert searcher.written("Wann legten die Schiffe in ostervik an") == "Wann legten die Schiffe in ostervik an"
    calls = hash_embedder.query_calls
    searcher.embed_ahead(typed, written)
    result = searcher.search(typed, k=1, language="de")
    assert hash_embedder.query_calls == calls + 1  # both embedded ahead in one batch, neither again
    both = (hash_embedder.vector(typed) + hash_embedder.vector(written)) / 2
    assert result.vector is not None
    assert np.allclose(result.vector, both, atol=1e-6)
    careful = searcher.search("Wann legten die Schiffe in Ostervik an", k=1, language="de")
    assert careful.vector is not None
    assert np.allclose(careful.vector, hash_embedder.vector("Wann legten die Schiffe in Ostervik an"))
    searcher.fuse_lower_case = False
    assert searcher.written(typed) == typed


def test_a_sentence_is_as_close_to_the_mean_of_two_vectors_as_to_each_on_average(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    """The similarities of the mean of a lower-case question's two vectors are the means of theirs (the scale the
    scorer learnt), not those of its unit vector, which are higher for every sentence."""
    index = make_index()
    index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    searcher = Searcher(index.store, hash_embedder)
    searcher.fuse_lower_case = True  # off by default (``search.FUSE_LOWER_CASE``)
    typed = "was sagte die reederei pirnow zum sturm"
    written = searcher.written(typed)
    assert written != typed
    result = searcher.search(typed, k=4, language="de")
    one, other = hash_embedder.vector(typed), hash_embedder.vector(written)
    vectors = index.store.vectors("sentences", [(s.doc_id, s.index) for s in result.sentences])
    assert result.sentences
    for s in result.sentences:
        mean = (float(vectors[(s.doc_id, s.index)] @ one) + float(vectors[(s.doc_id, s.index)] @ other)) / 2
        assert abs(s.dense - mean) < 1e-5


def test_a_question_typed_in_lower_case_names_what_the_corpus_prints_as_names(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    index = make_index()
    index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    searcher = Searcher(index.store, hash_embedder)
    typed = parse_question("was sagte die reederei pirnow zum sturm vor ostervik", "de")
    assert typed.names == []  # no capital tells them
    assert searcher.written(typed.text) == typed.text  # the search still embeds it as typed (fusion is off)
    # before the record is read (after the first answer, in the background: ``Searcher.warm``), names as typed
    assert named_as_printed(typed, searcher) == typed
    reading = searcher.warm()
    assert reading is not None
    reading.join()
    named = named_as_printed(typed, searcher)
    assert named.names == ["Pirnow", "Ostervik"]  # not "Sturm": a German noun, no name
    assert named.model_copy(update={"names": []}) == typed  # nothing else changes
    careful = parse_question("Was sagte die Reederei pirnow zum Sturm?", "de")
    assert named_as_printed(careful, searcher) == careful  # typed with a capital: its own names stand


def test_the_compact_record_writes_every_word_as_the_counts_did() -> None:
    """The serving record keeps each word's settled form, not the counts (22 MB for a thousand articles)."""
    texts = [*TEXTS, *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.md")))]
    casing = Casing.of(texts)
    compact = casing.compact()
    assert not compact.forms and not compact.lower and compact.compact() is compact
    words = {*casing.forms, *casing.lower, "leuchtturm"}
    assert all(compact.written(word) == casing.written(word) for word in words)
    assert any(compact.written(word) for word in words)  # it does write some
    asked = "was sagte die reederei pirnow zum sturm vor ostervik und wie viele soldaten schickt nordkorea?"
    assert compact.restore(asked) == casing.restore(asked)
