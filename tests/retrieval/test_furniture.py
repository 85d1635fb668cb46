"""Page furniture is flagged, content is not: the two scraped seed pages line by line, then synthetic pages."""

from __future__ import annotations

import pytest
from conftest import CORPUS_DIR

from retrieval.corpus import load
from retrieval.furniture import flags, is_furniture
from retrieval.segment import sentence_spans

# Every furniture sentence of the shipped seed pages, read by hand; all other sentences are content.
SEED_FURNITURE = {
    "seed-000.md": [
        "Zum Inhalt springen",
        "OZD.news - News und Nachrichten zum Nachschlagen",
        "OZD / ©AFP",
        "OZD-Kommentar:",
        "Biographien und Erklärungen:",
        "Mehr Informationen finden Sie auf der offiziellen Webseite der Nato.",
        "Mehr dazu auf der offiziellen Nato-Webseite.",
        "Hinweise:",
        "Alle Angaben ohne Gewähr.",
        "Titelbild AFP.",
    ],
    "seed-002.md": [
        "Berlin.",
        "Auch interessant",
        *(
            2
            * [
                "Empfohlener externer Inhalt",
                "An dieser Stelle befindet sich ein externer Inhalt von X, der von unserer Redaktion empfohlen wird.",
                "Er ergänzt den Artikel und kann mit einem Klick angezeigt und wieder ausgeblendet werden.",
                "Externer Inhalt",
                "Ich bin damit einverstanden, dass mir dieser externe Inhalt angezeigt wird.",
                "Es können dabei personenbezogene Daten an den Anbieter des Inhalts und Drittdienste "
                "übermittelt werden.",
                "Mehr dazu in unserer Datenschutzerklärung",
            ]
        ),
        "Auch interessant",
    ],
}


def _flagged(text: str, language: str = "de") -> list[tuple[str, bool]]:
    spans = sentence_spans(text, language)
    return [(text[a:b], f) for (a, b), f in zip(spans, flags(text, spans, language), strict=True)]


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_seed_pages_flag_exactly_their_furniture(name: str) -> None:
    article = load([CORPUS_DIR / name]).articles[0]
    found = _flagged(article.text, article.language)
    assert sorted(s for s, f in found if f) == sorted(SEED_FURNITURE[name])


def test_seed_headlines_questions_and_quotes_stay_content() -> None:
    article = load([CORPUS_DIR / "seed-002.md"]).articles[0]
    content = {s for s, f in _flagged(article.text) if not f}
    assert "Südkorea: 1500 nordkoreanische Soldaten in die Ukraine verlegt" in content
    assert "Deutschland bestellt nordkoreanischen Top-Diplomaten ein" in content
    assert "Bekommt Russland Unterstützung aus Pjöngjang?" in content
    assert "Er fügte hinzu: „Ich bin ziemlich besorgt über die Entwicklung.“" in content
    assert "3000 von ihnen sollen sich bereits im Land befinden." in content


GERMAN_PAGE = """\
Zum Hauptinhalt springen
Menü
Von Anna Muster und Jan Beispiel
Maria Sterkl, Reuters

Wien. Die Regierung hat am Montag ein neues Budget vorgelegt. Das bleibt abzuwarten.
Foto: APA/Hans Punz

Lesen Sie auch: Opposition kritisiert Sparpaket
Auch interessant ist, dass die Länder zustimmen.

MEHR ZUM THEMA
Budget: Defizit sinkt auf 2,5 Prozent
Er sagte:

„Foto: Das ist ein Unsinn“, sagte der Minister.
Bild berichtete, dass die Regierung zurücktreten wolle.

Teilen
Artikel drucken

Jetzt unseren Newsletter abonnieren und nichts verpassen

© dpa

(APA/dpa, 23.8.2015)
"""

ENGLISH_PAGE = """\
Skip to main content
By Jane Doe and John Roe, Reuters

The government cut its growth forecast on Monday. That remains to be seen.
Photo: Getty Images/John MacDougall

Related stories
Read more: Markets fall as inflation rises
Advertisement
Share this article
Sign up for our newsletter
Markets: Stocks fall sharply
Boris Johnson Resigns
He said:
Copyright infringement claims rose sharply last year.
"""


@pytest.mark.parametrize(
    ("text", "language", "furniture", "content"),
    [
        (
            GERMAN_PAGE,
            "de",
            {
                "Zum Hauptinhalt springen",
                "Menü",
                "Von Anna Muster und Jan Beispiel",
                "Maria Sterkl, Reuters",
                "Wien.",
                "Foto: APA/Hans Punz",
                "Lesen Sie auch: Opposition kritisiert Sparpaket",
                "MEHR ZUM THEMA",
                "Teilen",
                "Artikel drucken",
                "Jetzt unseren Newsletter abonnieren und nichts verpassen",
                "© dpa",
                "(APA/dpa, 23.8.2015)",
            },
            {
                "Die Regierung hat am Montag ein neues Budget vorgelegt.",
                "Das bleibt abzuwarten.",
                "Auch interessant ist, dass die Länder zustimmen.",
                "Budget: Defizit sinkt auf 2,5 Prozent",
                "Er sagte:",
                "„Foto: Das ist ein Unsinn“, sagte der Minister.",
                "Bild berichtete, dass die Regierung zurücktreten wolle.",
            },
        ),
        (
            ENGLISH_PAGE,
            "en",
            {
                "Skip to main content",
                "By Jane Doe and John Roe, Reuters",
                "Photo: Getty Images/John MacDougall",
                "Related stories",
                "Read more: Markets fall as inflation rises",
                "Advertisement",
                "Share this article",
                "Sign up for our newsletter",
            },
            {
                "The government cut its growth forecast on Monday.",
                "That remains to be seen.",
                "Markets: Stocks fall sharply",
                "Boris Johnson Resigns",
                "He said:",
                "Copyright infringement claims rose sharply last year.",
            },
        ),
    ],
    ids=["de", "en"],
)
def test_synthetic_pages(text: str, language: str, furniture: set[str], content: set[str]) -> None:
    found = dict(_flagged(text, language))
    assert {s for s in furniture if not found.get(s)} == set()
    assert {s for s in content if found.get(s, True)} == set()


def test_lines_joined_into_one_span_are_furniture_only_if_every_line_is() -> None:
    # A line that opens with "©", "(" or a quotation mark continues the sentence before it in segmentation.
    assert [f for _, f in _flagged("Artikel drucken\n© dpa\n(APA/dpa, 23.8.2015)")] == [True]
    assert [f for _, f in _flagged("Er sagte:\n„Foto: Das ist Unsinn“, sagte er.")] == [False]
    assert [f for _, f in _flagged("Die Lage bleibt angespannt\n© dpa")] == [False]


def test_consent_box_middle_is_flagged_but_prose_between_furniture_with_a_quote_is_not() -> None:
    consent = "Externer Inhalt\nIch bin damit einverstanden, dass mir externe Inhalte angezeigt werden."
    box = consent + " Ein Satz dazwischen.\nTeilen"
    assert [f for _, f in _flagged(box)] == [True, True, True, True]
    quoted = consent + " „Wir gehen“, sagte sie.\nTeilen"
    assert [f for _, f in _flagged(quoted)] == [True, True, False, True]


def test_a_line_repeated_is_flagged_after_its_first_copy_but_repeated_prose_is_not() -> None:
    page = "Videos zeigen Soldaten in Kasernen\nDer Text geht weiter.\nVideos zeigen Soldaten in Kasernen\n"
    assert [f for _, f in _flagged(page)] == [False, False, True]
    prose = "Das ist ein wiederholter Satz im Text. Mehr folgt. Das ist ein wiederholter Satz im Text. Ende."
    assert not any(f for _, f in _flagged(prose))


def test_shapes_that_need_a_line_of_their_own() -> None:
    # A label, a bare word or a dateline inside running text is not furniture.
    assert is_furniture("Hinweise:", starts_line=True, ends_line=True)
    assert not is_furniture("Hinweise:", starts_line=False, ends_line=True)
    assert is_furniture("Berlin.", starts_line=True)
    assert not is_furniture("Berlin.")
    assert not is_furniture("Schön.", starts_line=True)  # a short sentence, not a place
    assert not is_furniture("Rijeka.", starts_line=True, ends_line=True)  # a dateline runs into the text
    assert not is_furniture("Das bleibt abzuwarten.", starts_line=True, ends_line=True)
