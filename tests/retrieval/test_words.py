"""The second encoder tells apart nouns that e5 confuses, across English and German."""

import threading

import pytest

from retrieval.embedding.words import WordEncoder, encoder


@pytest.mark.parametrize(
    ("word", "same", "other"),
    [
        ("tanks", "Panzer", "Soldaten"),
        ("visitors", "Besucher", "Flamingo-Küken"),
        ("salary", "Gehalt", "Ablösesumme"),
        ("Eltern", "parents", "Kindergärten"),
        ("votes", "Stimmen", "Sitze"),
    ],
)
def test_a_word_is_closer_to_its_translation_than_to_a_neighbour_of_its_topic(word: str, same: str, other: str) -> None:
    e = encoder()
    assert e.similarity(word, same) > 0.6
    assert e.similarity(word, same) > e.similarity(word, other) + 0.2


def test_best_is_the_closest_of_the_others_and_minus_one_for_none() -> None:
    e = encoder()
    assert e.best("tanks", ["Soldaten", "Panzer"]) == pytest.approx(e.similarity("tanks", "Panzer"))
    assert e.best("tanks", []) == -1.0


def test_vectors_are_normalised_cached_and_safe_across_threads() -> None:
    e = WordEncoder()
    rows = e.vectors(["Haus", "house", "Haus"])
    assert rows.shape == (3, 512)
    assert abs(float(rows[0] @ rows[0]) - 1.0) < 1e-5
    assert (rows[0] == rows[2]).all()
    results: list[float] = []
    threads = [threading.Thread(target=lambda: results.append(e.similarity("Haus", "house"))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
