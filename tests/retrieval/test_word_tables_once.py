"""Work asked of every word of every candidate, done once: the names of places as one set, the nouns for a country's
people as one table, and HanTa's path through a word's morphemes kept for the word in any case. Each answers as the
loop it replaced did."""

from __future__ import annotations

from functools import partial

import pytest
from HanTa.HanoverTagger import HanoverTagger

from retrieval import nlp
from retrieval.constraints import EXONYMS, PLACES_DE, _demonyms, _inflected, country_of, is_place
from retrieval.question.scope import _nationals
from retrieval.question.text import table


def _is_place_by_loop(word: str) -> bool:
    name = word.lower()
    return name in PLACES_DE or name in EXONYMS or any(name in names for names in EXONYMS.values())


def _nationals_by_loop(word: str) -> str | None:
    for stem, country in table("demonyms.tsv").items():
        if stem.endswith("isch") and word in {stem[:-4] + end for end in ("er", "ern", "erin", "erinnen")}:
            return country
        if stem.isascii() and not stem.endswith(("sh", "ch", "ss", "se")) and word == stem + "s":
            return country
    return None


def test_every_name_of_the_place_tables_is_a_place() -> None:
    names = set(PLACES_DE) | set(EXONYMS) | {name for names in EXONYMS.values() for name in names}
    for name in names:
        assert is_place(name) and is_place(name.capitalize()), name
        assert is_place(name.upper()) is _is_place_by_loop(name.upper()), name  # "GROSSBRITANNIEN" is neither


@pytest.mark.parametrize("word", ["Wien", "VIENNA", "Kanada", "Soldaten", "Bern", "Berns", "russlands", "", "US"])
def test_is_place_answers_as_the_loop_over_the_tables(word: str) -> None:
    assert is_place(word) is _is_place_by_loop(word)


def test_a_country_s_people_as_the_loop_over_the_demonyms_found_them() -> None:
    stems = table("demonyms.tsv")
    forms = {stem[:-4] + end for stem in stems if stem.endswith("isch") for end in ("er", "ern", "erin", "erinnen")}
    forms |= {stem + "s" for stem in stems} | {"deutsche", "spanier", "österreich", "soldaten"}
    assert {word: _nationals(word) for word in forms} == {word: _nationals_by_loop(word) for word in forms}
    assert _nationals("österreicherinnen") == "Österreich"
    assert _nationals("deutsche") is None  # may be an adjective


def test_hanta_finds_a_word_s_morphemes_once_for_every_casing() -> None:
    model = nlp.tagger("de")
    if model is None:
        pytest.skip("no HanTa model")
    plain = partial(HanoverTagger.analyze_viterbi, model)  # HanTa's own, uncached
    for word in ("Mehrheitsbeschaffer", "Flüchtlingsunterkünfte", "verhängte"):
        final = -model.tag2int[model.tag_word(word, cutoff=0)[0][0]]  # HanTa's id of the tag as a final state
        assert model.analyze_viterbi(word.lower(), final) == plain(word.lower(), final)
    lemma, tag = model.analyze("Mehrheitsbeschaffer", pos="NN")
    hits = model.analyze_viterbi.cache_info().hits
    assert model.analyze("MEHRHEITSBESCHAFFER", pos="NN") == (lemma, tag)
    assert model.analyze_viterbi.cache_info().hits == hits + 1  # the path "Mehrheitsbeschaffer" found, kept


def _country_of_by_loop(word: str) -> str | None:
    low = word.lower()
    stems = [(stem, land) for stem, land in _demonyms() if low.startswith(stem) and _inflected(stem, low)]
    if stems:
        return max(stems, key=lambda row: len(row[0]))[1]
    if len(low) > 4 and low.endswith("s") and word[:1].isupper() and low[:-1] in {land for _, land in _demonyms()}:
        return low[:-1]
    return None


def test_a_word_s_country_as_the_loop_over_the_demonyms_found_it() -> None:
    words = {"Südkoreas", "Kölns", "nordkoreanische", "koreanischen", "deutschen", "Deutsch", "Deutschland", "Soldaten"}
    for stem, land in _demonyms():
        words |= {stem + end for end in ("", "e", "en", "er", "es", "x", "ische")} | {land.capitalize() + "s"}
    assert {w: country_of(w) for w in words} == {w: _country_of_by_loop(w) for w in words}
    assert country_of("nordkoreanische") == "nordkorea"  # the longest stem, not "koreanisch"
