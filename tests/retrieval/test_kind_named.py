"""A source that names a body or a document by its kind alone ("das Ministerium", "die Firma", "Bericht",
"Ministeriumsangaben") keeps its words and gains the name the article gave that body before: a compound of the same
kind, or for a company the name written right after a company's kind ("Das kanadische Unternehmen TransCanada
Corp"). Not for a name, a person's role or a plural, and not where the article names nothing of that kind. A
spokesperson named without a body ("ein Sprecher") gains the body the paragraph names just before."""

from __future__ import annotations

import pytest

from retrieval.answer.actors import kind_named, spoken_for
from retrieval.api import Belegbot


def _named(source: str, text: str) -> str | None:
    return kind_named(source, text, len(text))


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        (
            "das Ministerium",
            "Die Produktion sank um 1,1 Prozent, teilte das deutsche Wirtschaftsministerium mit. Das Geschäftsklima "
            "ist gut, betonte das Ministerium.",
            "das Ministerium (Wirtschaftsministerium)",
        ),
        (
            "die Firma",
            "Das kanadische Unternehmen TransCanada Corp wäre einer der Betreiber der Pipeline geworden. Danach "
            "kündigte die Firma eine Klage über 15 Milliarden Dollar an.",
            "die Firma (TransCanada Corp)",
        ),
        (
            "Bericht",
            "Das zeigt eine Auswertung im Expertenbericht zur Lesestudie PIRLS. In dem vom Bifie herausgegebenen "
            "Bericht analysieren Wissenschafter die Ergebnisse.",
            "Bericht (Expertenbericht)",
        ),
        # the information of a body: its kind before "Angaben"; the reference may come after the figure's sentence
        (
            "Ministeriumsangaben",
            "Das Innenministerium hat 300.000 Euro für Werbung ausgegeben. Laut Ministeriumsangaben wurden 2.429 "
            "Bewerbungen gezählt.",
            "Ministeriumsangaben (Innenministerium)",
        ),
        # a kind the table does not know: the one compound the article wrote before (``sources.body_named``, stop 53)
        (
            "das Krankenhaus",
            "Nach Angaben des Kinderkrankenhauses handelte es sich um eine Premiere. Das sei gelungen, teilte das "
            "Krankenhaus mit.",
            "das Krankenhaus (Kinderkrankenhaus)",
        ),
    ],
)
def test_a_kind_gains_the_name_the_article_gave_it_before(source: str, text: str, expected: str) -> None:
    assert _named(source, text) == expected


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # no body of that kind named before the reference, only after it
        ("das Ministerium", "Das Geschäftsklima ist gut, betonte das Ministerium. Das Wirtschaftsministerium schwieg."),
        # a person's role is no body's kind
        ("der Sprecher", "Das Innenministerium prüft den Fall, sagte der Sprecher."),
        # a plural speaks for bodies in general
        ("die Behörden", "Die Sicherheitsbehörden ermitteln. Die Behörden zählten 40 Festnahmen."),
        # a name of its own
        ("die Landespolizeidirektion", "Die Landespolizeidirektion zählte 300 Anzeigen."),
        # a company's kind with no name after it anywhere before
        ("das Unternehmen", "Ein Unternehmen aus Linz wächst. Das Unternehmen zahlte 20 Millionen Euro aus."),
    ],
)
def test_a_kind_stays_as_written_where_the_article_names_none_of_it(source: str, text: str) -> None:
    assert _named(source, text) is None


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # the subject that opens the sentence before, on a proper adjective and a noun
        (
            "ein Sprecher",
            "Die Grünen warnten vor vollen Zügen.\nDie Wiener Linien waren um Beruhigung bemüht: Wir haben die "
            "Intervalle verdichtet. Wir sind vorbereitet, sagte ein Sprecher.",
            "ein Sprecher (Wiener Linien)",
        ),
        # the nearest: the part of the spokesperson's own sentence before them
        (
            "ein Unternehmenssprecher",
            "Die Telekom senkt die Preise. Der ORF will die Staatsanwaltschaft befassen, erklärt ein "
            "Unternehmenssprecher.",
            "ein Unternehmenssprecher (ORF)",
        ),
        # a body in passing, where no sentence opens on a name
        (
            "ein Sprecher",
            "Brüssel – Die Räumung des Lagers war aus Sicht der EU-Kommission ein richtiger Schritt. Jedes Lager sei "
            "besser, sagte ein Sprecher.",
            "ein Sprecher (EU-Kommission)",
        ),
        # the paragraph before is another's: no body
        ("ein Sprecher", "Die Wiener Linien bauen aus.\nDie Intervalle seien kurz, sagte ein Sprecher.", None),
        # a spokesperson who names the body already is no bare role
        (
            "ein Sprecher der Polizei",
            "Die Wiener Linien bauen aus. Es war ruhig, sagte ein Sprecher der Polizei.",
            None,
        ),
        # stop 53: a compound whose first part names the body needs no bracket
        ("eine ÖBB-Sprecherin", "Die ÖBB hielten die Züge an. Der Betrieb ruhe, sagte eine ÖBB-Sprecherin.", None),
        # a quantity of things, not a body: the body named before it
        (
            "eine Sprecherin",
            "Denn es hieß in Brüssel aus der EU-Kommission, dass dies in Ordnung sei. Alle Balkanstaaten hätten die "
            "Schließungen angekündigt. Die Maßnahmen seien korrekt, sagte eine Sprecherin.",
            "eine Sprecherin (EU-Kommission)",
        ),
        # a role, a person with a first name, a document: no body, the role alone
        (
            "ein Polizeisprecher",
            "Die Ermittler hätten bisher 16 Verdächtige ausgemacht, sagte ein Polizeisprecher.",
            None,
        ),
        (
            "Ein Sprecher",
            "Der Hacker Marcel Lazar plädierte auf schuldig. Lazar wurde verurteilt. Ein Sprecher wollte nichts sagen.",
            None,
        ),
        ("eine Sprecherin", "Man arbeite an dem Bericht, sagte eine Sprecherin.", None),
        # a body the article only names after an indefinite article is none in particular
        (
            "eine Kommissionssprecherin",
            "Die EU-Kommission hat einen Bericht zurückgewiesen. Es gibt keinen Plan, eine EU-Armee aufzustellen, "
            "erklärte eine Kommissionssprecherin.",
            "eine Kommissionssprecherin (EU-Kommission)",
        ),
        # another's spokesperson: their body is not this one's; the role's own body adds nothing
        (
            "ein Polizeisprecher",
            "Das teilte die Polizei mit. Es brannte, sagte ein Sprecher der Feuerwehr. Es sei unklar, sagte ein "
            "Polizeisprecher.",
            None,
        ),
    ],
)
def test_a_spokesperson_gains_the_body_the_paragraph_names_before(source: str, text: str, expected: str | None) -> None:
    assert spoken_for(source, text, len(text)) == expected


def test_who_said_names_the_ministry_the_article_named_before(service: Belegbot) -> None:
    """The shipped article: "Dieser hat laut Außenministerium vorläufig die Leitung … inne. Sollte Nordkorea … wäre
    dies gravierend …, erklärte das Ministerium am Mittwoch im Onlinedienst X." """
    answer = service.answer(
        "wer hat gesagt, eine unterstützung des russischen angriffskriegs mit truppen wäre ein verstoß gegen das "
        "völkerrecht",
        "de",
    )
    assert answer.found and answer.claims
    assert answer.claims[0].source == "das Ministerium (Außenministerium)"
