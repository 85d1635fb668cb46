"""retrieval.spelling: a chat typo in a question is read as the one word the corpus writes a single edit inside it;
a word the corpus or a lexicon knows, a word one edit from two, an edit at an end and quoted words stay as typed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import HashEmbedder, article

from retrieval.api import Belegbot
from retrieval.casing import Casing
from retrieval.indexer import Indexer
from retrieval.search import Searcher
from retrieval.spelling import Spelling

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TEXTS = [
    "Im Hafen von Ostervik legten am Montag drei Schiffe an. Der Bürgermeister von Ostervik sagte, man sei froh.",
    "Die Fähre nach Ostervik fiel aus. Laut Reederei Pirnow lag das am Sturm. Die Reederei Pirnow zahlte.",
    "Die Menschen im Hafen warten. Viele Menschen kamen. In Sachen Sicherheit und in Sachsen sagte man nichts.",
    "Die Sachen blieben. Aus Sachsen kam der Minister von Rheinland-Pfalz nicht. Er fuhr nach Rheinland-Pfalz.",
    "Der Hafenmeister nannte es eine Rekordkaution. Sachsen zahlte.",
]


@pytest.fixture(scope="module")
def spelling() -> Spelling:
    return Spelling.of(Casing.of(TEXTS))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("mesnchen", "menschen"),  # two letters swapped
        ("menchen", "menschen"),  # one dropped
        ("mennschen", "menschen"),  # one doubled
        ("pirmow", "pirnow"),  # one changed
        ("ostrevik", "ostervik"),
        ("rheinland-pfaalz", "rheinland-pfalz"),  # inside a hyphenated name
    ],
)
def test_a_typo_is_read_as_the_one_corpus_word_an_edit_inside_it(spelling: Spelling, typed: str, read: str) -> None:
    assert spelling.nearest(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "menschen",  # the corpus writes it
        "sachesn",  # one edit from "sachen" and from "sachsen": no telling which
        "ostervika",  # an ending added: another form, not a typo
        "ostervi",  # an ending dropped
        "postervik",  # a first letter added: another word
        "rekordkautoin",  # the corpus writes "Rekordkaution" once: no record
        "rheinlandpfalz",  # a hyphen dropped: another spelling
        "hafn",  # too short to tell
        "pirnow's",  # an apostrophe
    ],
)
def test_no_typo_is_read_where_the_corpus_cannot_tell(spelling: Spelling, typed: str) -> None:
    assert spelling.nearest(typed) is None


def test_a_question_keeps_its_case_its_quotes_and_the_words_a_lexicon_knows(spelling: Spelling) -> None:
    assert spelling.corrected("Wie viele Mesnchen warten in OSTREVIK?") == "Wie viele Menschen warten in OSTERVIK?"
    assert spelling.corrected("Was sagte die Reederei Pirmow?") == "Was sagte die Reederei Pirnow?"
    assert spelling.corrected("In Rheinland-Pfaalz?") == "In Rheinland-Pfalz?"
    quoted = "Sagte Pirnow: „Die Mesnchen warten“?"
    assert spelling.corrected(quoted) == quoted  # a claim to check is quoted as the reader remembers it
    assert spelling.corrected("wie viele mesnchen", known={"mesnchen"}.__contains__) == "wie viele mesnchen"
    assert spelling.corrected("was sagte pirmow", fits=lambda near: False) == "was sagte pirmow"


def test_the_searcher_reads_typos_by_the_corpus_and_by_the_english_lexicon(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder
) -> None:
    index = make_index()
    index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    searcher = Searcher(index.store, hash_embedder)
    # the records are read in the background: a question before they are read is answered as typed
    assert searcher.corrected("Wie viele Mesnchen warten?") == "Wie viele Mesnchen warten?"
    reading = searcher.warm()
    assert reading is not None
    reading.join()
    assert searcher.warm() is None  # read once per generation
    assert searcher.corrected("Wie viele Mesnchen warten laut Reederei Pirmow?") == (
        "Wie viele Menschen warten laut Reederei Pirnow?"
    )
    assert searcher.corrected("Wie viele Menchen übernhemen das?") == "Wie viele Menschen übernhemen das?"
    # German knows "übernehmen": no corpus word, but no typo either
    assert searcher.corrected("Wie viele Menschen übernehmen das?") == "Wie viele Menschen übernehmen das?"
    # English: an everyday word of the lexicon, or a name the corpus writes; not a German word one edit away
    assert searcher.corrected("How many soldiers did Pirmow send, acording to the offiecrs?") == (
        "How many soldiers did Pirnow send, according to the officers?"
    )
    assert searcher.corrected("How many mesnchen came to the harbour?") == "How many mesnchen came to the harbour?"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Wie viele Soladten schickt Nordkorea nach Russland?", "Wie viele Soldaten schickt Nordkorea nach Russland?"),
        ("Wie viele Soldaten schickt Nordkorea nach Russlnad?", "Wie viele Soldaten schickt Nordkorea nach Russland?"),
        ("How many soldeirs did North Korea send to Russia?", "How many soldiers did North Korea send to Russia?"),
        ("How many soldiers did North Korea send to Russia?", "How many soldiers did North Korea send to Russia?"),
    ],
)
def test_the_seed_question_with_a_typo_reads_as_the_seed_question(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder, typed: str, read: str
) -> None:
    index = make_index()
    index.sync([article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.md"))])
    assert Searcher(index.store, hash_embedder).corrected(typed, wait=True) == read


def test_the_service_reads_the_corpus_words_after_its_first_answer(service: Belegbot) -> None:
    """Not at start-up, nor beside the first answer (either slowed it by 0.5-1 s): after it, in the background."""
    typed = "Wie viele Soladten schickt Nordkorea nach Russland?"
    assert service.searcher.corrected(typed) == typed  # nothing read before the first answer
    assert service.answer(typed).claims  # answered as typed: the semantic search still finds the soldiers
    reading = service.searcher.warm()
    if reading is not None:
        reading.join()
    assert service.searcher.corrected(typed) == "Wie viele Soldaten schickt Nordkorea nach Russland?"


def test_closing_the_searcher_while_it_reads_raises_nothing_in_the_background(
    make_index: Callable[..., Indexer], hash_embedder: HashEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`belegbot ask` closes the index right after its one answer, while the corpus words are being read: the
    reading ends before the store closes, or sees it closed and reads nothing ("Cannot operate on a closed
    database" was printed from the thread)."""
    index = make_index()
    index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda hook: failures.append(hook.exc_value))
    for _ in range(5):  # the thread at every stage: not started, reading, done
        searcher = Searcher(index.store, hash_embedder)
        reading = searcher.warm()
        searcher.close()
        index.store.lexical.close()
        assert reading is not None
        reading.join()
        index = make_index()
        index.sync([article(f"d{i}", f"Titel {i}\n{text}") for i, text in enumerate(TEXTS)])
    assert failures == []
    closed = Searcher(index.store, hash_embedder)
    closed.close()
    thread = closed.warm()
    assert thread is not None
    thread.join()
    assert closed.corrected("Wie viele Mesnchen warten?") == "Wie viele Mesnchen warten?"  # closed: nothing read


def test_a_word_longer_than_any_typed_is_left_as_typed_without_asking_a_lexicon(spelling: Spelling) -> None:
    """A hostile "aaaa…" of 5,000 letters: the tagger asked whether it knows it took seconds per hundred letters."""
    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return False

    long = "a" * 5000
    typed = f"wie viele {long}"
    assert spelling.corrected(typed, known=known) == typed
    assert long not in asked and spelling.nearest(long) is None
