"""retrieval.corpus: real files in tmp_path; each bad file is named and skipped, the rest still loads."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import CORPUS_DIR, SEEDS_DIR

from retrieval import corpus
from retrieval.corpus import LoadResult

GOOD_MD = "---\nid: gut\ntitle: Ein gutes Stück\noutlet: Testblatt\npublished: 2024-10-23\n---\nDer Text ist gut.\n"

HTML_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Stadtrat beschließt neuen Radweg | Lokalzeitung</title>
  {meta}
</head>
<body>
  <header><nav><ul>
    <li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/abo">Jetzt abonnieren</a></li>
  </ul></nav></header>
  <main><article>
    <h1>Stadtrat beschließt neuen Radweg</h1>
    <p>Der Stadtrat von Münster hat am Dienstag mit großer Mehrheit den Bau eines neuen Radwegs entlang
    der Promenade beschlossen. Die Arbeiten sollen im Frühjahr beginnen und rund 2,4 Millionen Euro
    kosten.</p>
    <p>„Das ist ein guter Tag für alle, die mit dem Rad zur Arbeit fahren“, sagte Bürgermeisterin Anna
    Beispiel nach der Abstimmung. Die Opposition kritisierte die Kosten als zu hoch.</p>
    <p>Der Radweg soll eine Länge von vier Kilometern haben und die Innenstadt mit dem Hafen verbinden.
    Anwohner können sich bis Ende November an einer Befragung beteiligen.</p>
  </article></main>
  <footer>
    <p>© 2024 Lokalzeitung GmbH. Alle Rechte vorbehalten.</p>
    <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutzerklärung</a>
    <a href="/cookies">Cookie-Einstellungen</a>
  </footer>
</body>
</html>
"""


def load_one(path: Path) -> LoadResult:
    return corpus.load([path])


# ------------------------------------------------------------------------------------------ seeds


def test_seed_corpus_loads_with_ids_and_exact_text() -> None:
    loaded = corpus.load([CORPUS_DIR])
    assert loaded.errors == []
    by_id = {a.id: a for a in loaded.articles}
    assert sorted(by_id) == ["seed-000", "seed-002"]
    for seed_id, seed_file in [("seed-000", "000_*.txt"), ("seed-002", "002_*.txt")]:
        [path] = SEEDS_DIR.glob(seed_file)
        assert by_id[seed_id].text == path.read_text(encoding="utf-8")
    seed = by_id["seed-000"]
    assert seed.title.startswith("Nordkoreanische Soldaten für Russland")
    assert seed.outlet == "OZD.news"
    assert seed.published == "2024-10"
    assert seed.url is None  # "url: null" is no URL, not the string "None"
    assert seed.language == "de"
    assert seed.source_path is not None and seed.source_path.endswith("seed-000.md")


# ------------------------------------------------------------------------------------- good files


def test_markdown_front_matter_fields(tmp_path: Path) -> None:
    (tmp_path / "gut.md").write_text(GOOD_MD, encoding="utf-8")
    [a] = load_one(tmp_path / "gut.md").articles
    assert (a.id, a.title, a.outlet) == ("gut", "Ein gutes Stück", "Testblatt")
    assert a.published == "2024-10-23"  # a YAML date becomes ISO text, not a repr
    assert a.text.startswith("Der Text ist gut.")


def test_markdown_without_id_or_title_uses_file_name_and_first_line(tmp_path: Path) -> None:
    (tmp_path / "ohne-id.md").write_text("---\noutlet: X\n---\n\nErste Zeile\nZweite Zeile.", encoding="utf-8")
    [a] = load_one(tmp_path / "ohne-id.md").articles
    assert a.id == "ohne-id"
    assert a.title == "Erste Zeile"


def test_txt_first_line_is_title_and_text_is_kept_whole(tmp_path: Path) -> None:
    (tmp_path / "notiz.txt").write_text("  Überschrift  \nDer erste Satz. Der zweite Satz.\n", encoding="utf-8")
    [a] = load_one(tmp_path / "notiz.txt").articles
    assert a.id == "notiz"
    assert a.title == "Überschrift"
    assert a.text == "  Überschrift  \nDer erste Satz. Der zweite Satz.\n"


def test_latin1_txt_is_decoded(tmp_path: Path) -> None:
    text = "Grüße aus Köln\nDie Straße war voller Menschen. Der Bürgermeister äußerte sich über die Größe des Festes.\n"
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    [a] = load_one(tmp_path / "latin.txt").articles
    assert a.text == text


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffTitel\nText.".encode())
    [a] = load_one(tmp_path / "bom.txt").articles
    assert a.text == "Titel\nText."


def test_crlf_and_cr_become_lf(tmp_path: Path) -> None:
    (tmp_path / "crlf.txt").write_bytes(b"Titel\r\nErste Zeile.\r\nZweite Zeile.\rDritte.")
    [a] = load_one(tmp_path / "crlf.txt").articles
    assert a.text == "Titel\nErste Zeile.\nZweite Zeile.\nDritte."
    assert a.title == "Titel"


def test_text_is_nfc(tmp_path: Path) -> None:
    decomposed = "---\ntitle: Ko\u0308ln\n---\nDer Bu\u0308rgermeister sprach."
    assert not unicodedata.is_normalized("NFC", decomposed)
    (tmp_path / "nfd.md").write_text(decomposed, encoding="utf-8")
    [a] = load_one(tmp_path / "nfd.md").articles
    assert a.text == "Der Bürgermeister sprach."
    assert a.title == "Köln"
    assert unicodedata.is_normalized("NFC", a.text)


def test_html_body_extracted_and_boilerplate_dropped(tmp_path: Path) -> None:
    (tmp_path / "radweg.html").write_text(HTML_PAGE.format(meta=""), encoding="utf-8")
    loaded = load_one(tmp_path / "radweg.html")
    assert loaded.errors == []
    [a] = loaded.articles
    assert a.id == "radweg"
    assert a.title == "Stadtrat beschließt neuen Radweg"
    assert "mit großer Mehrheit den Bau eines neuen Radwegs" in a.text
    assert "„Das ist ein guter Tag für alle, die mit dem Rad zur Arbeit fahren“, sagte" in a.text
    assert "Anwohner können sich bis Ende November an einer Befragung beteiligen." in a.text
    for boilerplate in (
        "Startseite",
        "Jetzt abonnieren",
        "Impressum",
        "Alle Rechte vorbehalten",
        "Cookie-Einstellungen",
        "Datenschutzerklärung",
    ):
        assert boilerplate not in a.text
    assert a.published is None  # the copyright year in the footer is not a publication date


def test_html_metadata_from_meta_tags(tmp_path: Path) -> None:
    meta = (
        '<meta property="article:published_time" content="2024-10-23T08:00:00+02:00">'
        '<meta property="og:site_name" content="Lokalzeitung">'
    )
    (tmp_path / "radweg.html").write_text(HTML_PAGE.format(meta=meta), encoding="utf-8")
    [a] = load_one(tmp_path / "radweg.html").articles
    assert a.published == "2024-10-23"
    assert a.outlet == "Lokalzeitung"


def test_jsonl_articles_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "a1", "title": "Eins", "outlet": "Blatt", "url": "https://example.org/1", '
        '"text": "Satz eins."}\n'
        "\n"
        '{"id": 2, "text": "Satz zwei.\\r\\nNoch einer."}\n',
        encoding="utf-8",
    )
    loaded = load_one(tmp_path / "feed.jsonl")
    assert loaded.errors == []
    one, two = loaded.articles
    assert (one.id, one.title, one.outlet, one.url) == ("a1", "Eins", "Blatt", "https://example.org/1")
    assert (two.id, two.title, two.text) == ("2", "Satz zwei.", "Satz zwei.\nNoch einer.")


def test_folder_is_searched_recursively_sorted_and_hidden_paths_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "zwei.txt").write_text("Zwei\nText.", encoding="utf-8")
    (tmp_path / "eins.md").write_text("Eins\nText.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "versteckt.txt").write_text("Versteckt\nText.", encoding="utf-8")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    loaded = corpus.load([tmp_path])
    assert [a.id for a in loaded.articles] == ["zwei", "eins"]  # sorted by path: b/zwei.txt < eins.md
    assert loaded.errors == []  # files of other types inside a folder are ignored, not errors


# -------------------------------------------------------------------------------------- bad files

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("binary.txt", b"GIF89a\x00\x01\x02\x00text" * 20, "binary"),
    ("undecodable.txt", bytes(range(128, 256)) * 4, "not text"),
    ("empty.md", b"", "empty"),
    ("whitespace.txt", b"  \n\t \r\n", "empty"),
    ("broken.md", b"---\ntitle: [nicht geschlossen\n---\nText hier.", "front matter"),
    ("nobody.md", b"---\ntitle: Nur Kopf\n---\n\n  \n", "no article text"),
    (
        "nothing.html",
        b"<html><head><title>Leer</title></head><body><div> </div></body></html>",
        "no article text",
    ),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_named_and_the_rest_still_loads(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / "gut.md").write_text(GOOD_MD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    loaded = corpus.load([tmp_path])
    assert [a.id for a in loaded.articles] == ["gut"]
    [error] = loaded.errors
    assert error.path == str(tmp_path / name)
    assert reason in error.reason
    assert str(error).startswith(f"{tmp_path / name}: ")


def test_front_matter_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "liste.md").write_text("---\n- eins\n- zwei\n---\nText hier.", encoding="utf-8")
    loaded = load_one(tmp_path / "liste.md")
    assert loaded.articles == []
    [error] = loaded.errors
    assert "front matter" in error.reason


def test_all_bad_files_together_each_named_once(tmp_path: Path) -> None:
    (tmp_path / "gut.md").write_text(GOOD_MD, encoding="utf-8")
    for name, data, _ in BAD_FILES:
        (tmp_path / name).write_bytes(data)
    loaded = corpus.load([tmp_path])
    assert [a.id for a in loaded.articles] == ["gut"]
    assert sorted(Path(e.path).name for e in loaded.errors) == sorted(b[0] for b in BAD_FILES)


def test_jsonl_bad_lines_are_named_by_line_number(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "j1", "text": "Erster Satz."}\n'
        "{kaputt\n"
        '{"id": "j3", "title": "ohne Text"}\n'
        '["keine", "Zuordnung"]\n'
        '{"id": "j5", "text": "   "}\n'
        '{"id": "j6", "text": "Sechster Satz."}\n',
        encoding="utf-8",
    )
    loaded = load_one(tmp_path / "feed.jsonl")
    assert [a.id for a in loaded.articles] == ["j1", "j6"]
    by_line = {e.line: e for e in loaded.errors}
    assert sorted(line for line in by_line if line is not None) == [2, 3, 4, 5]
    assert "bad JSON" in by_line[2].reason
    assert "'text'" in by_line[3].reason
    assert "empty 'text'" in by_line[5].reason
    assert str(by_line[2]).startswith(f"{tmp_path / 'feed.jsonl'}:2: ")


def test_jsonl_with_no_lines_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "leer.jsonl").write_text("\n   \n\n", encoding="utf-8")
    loaded = load_one(tmp_path / "leer.jsonl")
    assert loaded.articles == []
    assert len(loaded.errors) == 1


def test_unsupported_suffix_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "gut.md").write_text(GOOD_MD, encoding="utf-8")
    (tmp_path / "bericht.pdf").write_bytes(b"%PDF-1.4")
    loaded = corpus.load([tmp_path / "gut.md", tmp_path / "bericht.pdf", tmp_path / "fehlt.md"])
    assert [a.id for a in loaded.articles] == ["gut"]
    reasons = {Path(e.path).name: e.reason for e in loaded.errors}
    assert "unsupported file type '.pdf'" in reasons["bericht.pdf"]
    assert ".md" in reasons["bericht.pdf"]  # says what is supported
    assert reasons["fehlt.md"] == "no such file or folder"


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nid: gleich\n---\nErster.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nid: gleich\n---\nZweiter.", encoding="utf-8")
    loaded = corpus.load([tmp_path])
    [a] = loaded.articles
    assert a.text == "Erster."
    [error] = loaded.errors
    assert error.path == str(tmp_path / "b.md")
    assert "duplicate article id 'gleich'" in error.reason


def test_too_large_file_is_refused_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 10)
    (tmp_path / "gross.txt").write_text("Titel\nEin langer Text.", encoding="utf-8")
    [error] = load_one(tmp_path / "gross.txt").errors
    assert "too large" in error.reason


def test_normalise_changes_only_line_ends_and_composition() -> None:
    assert corpus.normalise("a\r\nb\rc\u00a0d  e\t") == "a\nb\nc\u00a0d  e\t"
    assert corpus.normalise("e\u0301") == "é"
