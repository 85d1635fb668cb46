"""Word matching in bulk: learning many texts at once must match exactly what learning each alone matches."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.answer.words import Matcher, share, sharer, words

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"

# Each kind of match the screens must let through, beside words that match nothing; "eu", "2015" and "övp" are
# short wanted words (only the same word counts), "flüchtlinge" is found inflected, compounded and misspelt.
WANTED = ["flüchtlinge", "soldiers", "korea", "eu", "2015", "övp", "antisemtische"]
TEXTS = [
    "Flüchtlingsheim",
    "Die EU zählte 2015 rund 90.000 Flüchtlinge und Flüchtling; die ÖVP schwieg.",
    "Nordkorea schickt Soldaten, sagt Südkoreas Geheimdienst.",
    "Antisemitische Vorfälle nahmen zu, Fluechtlinge nicht.",
    "EU-Kommission 20150 Eurozone Euro",
    "Korea",
]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def one_by_one(wanted: list[str], texts: list[str]) -> list[frozenset[str]]:
    return [Matcher(wanted).found(text) for text in texts]


def test_learning_texts_together_matches_what_each_alone_matches() -> None:
    together = Matcher(WANTED)
    together.learn(TEXTS)
    found = [together.found(text) for text in TEXTS]
    assert found == one_by_one(WANTED, TEXTS)
    assert found[0] == {"flüchtlinge"}  # the first word of all: where an off-by-one would show
    assert found[5] == {"korea"}  # the last word of all
    assert found[1] == {"eu", "2015", "flüchtlinge", "övp"}
    assert found[4] == frozenset()  # a short word or a number must be the same word: not "EU-Kommission", "20150"


def test_learning_whole_articles_matches_learning_sentences_one_by_one() -> None:
    """On real questions and articles: the bulk screens let through every word a pairwise comparison accepts."""
    articles = [json.loads(line)["text"] for line in _lines(EVAL / "dev" / "corpus.jsonl")[:20]]
    questions = [json.loads(line)["question"] for line in _lines(EVAL / "dev" / "questions.jsonl")]
    for question in questions[:10]:
        wanted = words(question)
        together = Matcher(wanted)
        together.learn(articles)
        sentences = [s for article in articles for s in article.split(". ")[:15]]
        assert [together.found(s) for s in sentences] == one_by_one(wanted, sentences), question


def test_share_is_zero_when_nothing_is_found_and_one_when_nothing_is_wanted() -> None:
    assert share(frozenset(), ["podemos"], {"podemos": 0.5}) == 0.0
    assert share(frozenset(), [], {}) == 1.0


def test_sharer_sums_the_weights_once_and_gives_what_share_gives() -> None:
    weights = {"podemos": 0.5, "sitze": 0.25}
    of = sharer(["podemos", "sitze", "wahl"], weights)
    for found in (frozenset(), frozenset({"podemos"}), frozenset({"sitze", "wahl"}), frozenset({"podemos", "sitze"})):
        assert of(found) == share(found, ["podemos", "sitze", "wahl"], weights)
    assert sharer([], {})(frozenset()) == 1.0
